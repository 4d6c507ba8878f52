import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  createLocator,
  encodeBase64Wrapped,
  GeneratorError,
  type GeneratorContext,
  generate,
  generatorInputs,
  mergeGenerated,
  mergeGeneratorOptions,
  parseEnvFile,
  runGenerators,
} from '../../src/render/generators.js';
import { hashedName } from '../../src/render/hash.js';
import { kubectlAvailable, kubectlKustomize } from './kubectl.js';

const tmpDirs: string[] = [];
afterAll(() => {
  for (const d of tmpDirs) rmSync(d, { recursive: true, force: true });
});

/** Writes files (path → content) into a fresh temp dir. */
function scratch(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pgw-gen-'));
  tmpDirs.push(dir);
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), content);
  }
  return dir;
}

function contextFor(dir: string, rel = 'kustomization.yaml'): { ctx: GeneratorContext; kustomization: Record<string, unknown> } {
  const file = path.join(dir, rel);
  const text = readFileSync(file, 'utf8');
  const kustomization = parse(text) as Record<string, unknown>;
  const ctx: GeneratorContext = {
    kustomizationFile: file,
    readFile: (abs) => {
      if (!abs.startsWith(path.dirname(file) + path.sep)) throw new Error('file is outside the kustomization root');
      return readFileSync(abs);
    },
    locate: createLocator(file, text),
    generatorOptions: kustomization.generatorOptions,
  };
  return { ctx, kustomization };
}

/** Our generators for a single kustomization, names hashed as kustomize does at the end of a build. */
function ours(dir: string): Record<string, unknown>[] {
  const { ctx, kustomization } = contextFor(dir);
  return runGenerators(kustomization, ctx).map((g) => {
    const obj = structuredClone(g.object);
    if (g.needsHashSuffix) (obj.metadata as Record<string, unknown>).name = hashedName(obj);
    return obj;
  });
}

/** kubectl sorts ConfigMaps before Secrets already; sort by kind+name to compare sets. */
function byId(objs: Record<string, unknown>[]): Record<string, unknown>[] {
  const id = (o: Record<string, unknown>) => `${String(o.kind)}/${String((o.metadata as Record<string, unknown>).name)}`;
  return [...objs].sort((a, b) => id(a).localeCompare(id(b)));
}

const CASES: Record<string, Record<string, string | Uint8Array>> = {
  'literals, quotes and empty values': {
    'kustomization.yaml': `configMapGenerator:
- name: lit
  literals:
  - plain=v
  - dq="quoted value"
  - sq='single'
  - half="open
  - eq=a=b=c
  - empty=
  - spaced = x
secretGenerator:
- name: lit
  literals:
  - password="s3cr3t"
  - other=x
`,
  },
  'files: plain path, key=path, nested dir, binary': {
    'kustomization.yaml': `configMapGenerator:
- name: files
  files:
  - conf/postgresql.conf
  - custom.sql=sql/init.sql
  - blob.bin
secretGenerator:
- name: tls
  type: kubernetes.io/tls
  files:
  - tls.crt=certs/server.crt
  - tls.key=certs/server.key
`,
    'conf/postgresql.conf': 'shared_buffers = 128MB\n# comment kept\nmax_connections = 100\n',
    'sql/init.sql': 'CREATE EXTENSION IF NOT EXISTS pg_stat_statements;\n',
    'blob.bin': new Uint8Array([0xff, 0xfe, 0x00, 0x80, ...Array.from({ length: 80 }, (_, i) => i * 3)]),
    'certs/server.crt': `-----BEGIN CERTIFICATE-----\n${'A'.repeat(64)}\n${'B'.repeat(64)}\n-----END CERTIFICATE-----\n`,
    'certs/server.key': `-----BEGIN PRIVATE KEY-----\n${'C'.repeat(64)}\n-----END PRIVATE KEY-----\n`,
  },
  'envs and legacy env: comments, blanks, no quote processing, BOM, CRLF': {
    'kustomization.yaml': `configMapGenerator:
- name: env
  envs:
  - a.env
  env: b.env
secretGenerator:
- name: env
  envs: [s.env]
`,
    'a.env': '\uFEFFFIRST=1\n# comment\n\n   INDENTED=yes\nQUOTED="kept quotes"\nNOVALUE\nTRAILING=x  \nEQ=a=b\n=skipped\n',
    'b.env': 'WIN=crlf\r\nLAST=no-newline',
    's.env': 'PGPASSWORD=hunter2\nPGUSER=app\n',
  },
  'generatorOptions and options: labels, annotations, immutable, disableNameSuffixHash, namespace': {
    'kustomization.yaml': `generatorOptions:
  labels: {app.kubernetes.io/part-of: db, tier: global}
  annotations: {note: global}
  immutable: true
configMapGenerator:
- name: opt
  namespace: pg
  literals: [k=v]
  options:
    labels: {tier: local}
    annotations: {extra: "1"}
    disableNameSuffixHash: true
- name: opt2
  literals: [k=v]
  options:
    immutable: false
secretGenerator:
- name: opt
  literals: [k=v]
  options:
    disableNameSuffixHash: false
`,
  },
  'empty generators and long secret values': {
    'kustomization.yaml': `configMapGenerator:
- name: nothing
secretGenerator:
- name: nothing
- name: long
  literals:
  - k52=${'x'.repeat(52)}
  - k53=${'x'.repeat(53)}
  - k200=${'y'.repeat(200)}
`,
  },
};

describe.skipIf(!kubectlAvailable())('generators match kubectl kustomize', () => {
  for (const [name, files] of Object.entries(CASES)) {
    it(name, async () => {
      const dir = scratch(files);
      const ref = await kubectlKustomize(dir);
      expect(ref.ok, ref.error).toBe(true);
      expect(byId(ours(dir))).toEqual(byId(ref.objects));
    });
  }

  it('behavior merge/replace across base and overlay (prefix, namespace, hash, labels, type)', async () => {
    const dir = scratch({
      'base/kustomization.yaml': `namePrefix: base-
namespace: bns
configMapGenerator:
- name: cm
  literals: [a=1, b=2]
  options:
    labels: {l1: base, l2: base}
    disableNameSuffixHash: true
- name: cm2
  literals: [a=1]
- name: cm3
  literals: [a=1]
secretGenerator:
- name: sec
  type: kubernetes.io/tls
  literals: [x=1]
  options: {immutable: true}
`,
      'ov/kustomization.yaml': `resources: [../base]
configMapGenerator:
- name: cm
  behavior: merge
  literals: [b=3, c=4]
  options:
    labels: {l2: ov}
- name: cm2
  behavior: replace
  literals: [z=9]
  options: {disableNameSuffixHash: true}
- name: cm3
  behavior: replace
  literals: [z=9]
secretGenerator:
- name: sec
  behavior: merge
  literals: [y=2]
`,
    });
    const ref = await kubectlKustomize(path.join(dir, 'ov'));
    expect(ref.ok, ref.error).toBe(true);

    // What the renderer does: base generated, then base's namePrefix/namespace, then the overlay's merge, hash last.
    const base = contextFor(dir, 'base/kustomization.yaml');
    const accumulated = runGenerators(base.kustomization, base.ctx).map((g) => {
      const obj = structuredClone(g.object);
      const meta = obj.metadata as Record<string, unknown>;
      meta.name = `base-${String(meta.name)}`;
      meta.namespace = 'bns';
      return { obj, needsHash: g.needsHashSuffix, originalName: g.source.name, kind: obj.kind };
    });
    const ov = contextFor(dir, 'ov/kustomization.yaml');
    for (const g of runGenerators(ov.kustomization, ov.ctx)) {
      const existing = accumulated.find((a) => a.kind === g.object.kind && a.originalName === g.source.name);
      if (!existing || g.behavior === 'create') throw new Error('fixture expects merge/replace of a base generator');
      existing.obj = mergeGenerated(existing.obj, g.object, g.behavior);
      existing.needsHash = existing.needsHash && g.needsHashSuffix;
    }
    const result = accumulated.map(({ obj, needsHash }) => {
      if (needsHash) (obj.metadata as Record<string, unknown>).name = hashedName(obj);
      return obj;
    });
    expect(byId(result)).toEqual(byId(ref.objects));
  });
});

describe('generator details', () => {
  it('parses env files like kustomize', () => {
    expect(parseEnvFile('\uFEFFA=1\n# c\n\n  B = "q"\nC\nexport D=2\nE=a=b\r\n=x\n')).toEqual([
      { key: 'A', value: '1', line: 1, endColumn: 5 },
      { key: 'B ', value: ' "q"', line: 4, endColumn: 10 },
      { key: 'C', value: '', line: 5, endColumn: 2 },
      { key: 'export D', value: '2', line: 6, endColumn: 11 },
      { key: 'E', value: 'a=b', line: 7, endColumn: 7 },
    ]);
    expect(() => parseEnvFile(new Uint8Array([0x41, 0x3d, 0xff]))).toThrow(/UTF-8/);
  });

  it('wraps base64 at 70 characters with a newline after each line once it is longer than one line', () => {
    expect(encodeBase64Wrapped(Buffer.from('x'.repeat(51)))).toBe(Buffer.from('x'.repeat(51)).toString('base64'));
    const wrapped = encodeBase64Wrapped(Buffer.from('x'.repeat(93)));
    expect(wrapped.split('\n').map((l) => l.length)).toEqual([70, 54, 0]);
  });

  it('merges generatorOptions under local options', () => {
    expect(
      mergeGeneratorOptions({ labels: { a: 'local' }, immutable: false }, { labels: { a: 'g', b: 'g' }, immutable: true, disableNameSuffixHash: true }),
    ).toEqual({ labels: { a: 'local', b: 'g' }, immutable: true, disableNameSuffixHash: true });
  });

  it('points data values at the literal, the files entry and the env file line', () => {
    const dir = scratch({
      'kustomization.yaml': 'configMapGenerator:\n- name: c\n  literals:\n  - a=1\n  files:\n  - f.txt\n  envs:\n  - e.env\n',
      'f.txt': 'content',
      'e.env': '# c\nE=2\n',
    });
    const { ctx, kustomization } = contextFor(dir);
    const [g] = runGenerators(kustomization, ctx);
    const origins = new Map(g!.origins);
    expect(origins.get('/data/a')).toMatchObject({ file: path.join(dir, 'kustomization.yaml'), line: 4, column: 5, via: 'generator' });
    expect(origins.get('/data/f.txt')).toMatchObject({ line: 6, yamlPath: ['configMapGenerator', 0, 'files', 0] });
    expect(origins.get('/data/E')).toMatchObject({ file: path.join(dir, 'e.env'), line: 2 });
    expect(origins.get('/metadata/name')).toMatchObject({ line: 2 });
    expect(generatorInputs(kustomization, ctx.kustomizationFile)).toEqual([path.join(dir, 'e.env'), path.join(dir, 'f.txt')]);
  });

  it('throws a GeneratorError naming the kustomization file, line and entry, never a secret value', () => {
    const dir = scratch({
      'kustomization.yaml': 'secretGenerator:\n- name: s\n  literals:\n  - pw=hunter2\n  - nokeyhunter3\n',
    });
    const { ctx, kustomization } = contextFor(dir);
    let err: unknown;
    try {
      runGenerators(kustomization, ctx);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(GeneratorError);
    const ge = err as GeneratorError;
    expect(ge.message).toContain(`${path.join(dir, 'kustomization.yaml')}:5`);
    expect(ge.message).toContain('secretGenerator[0]');
    expect(ge.message).not.toMatch(/hunter/);
    expect(ge.line).toBe(5);
    expect(ge.code).toBe('invalid-literal');
  });

  it('reports duplicate keys, missing files, files outside the root and bad options with the entry line', () => {
    const dir = scratch({
      'kustomization.yaml': [
        'configMapGenerator:',
        '- name: dup',
        '  literals: [k=1, k=2]',
        '- name: missing',
        '  files: [nope.txt]',
        '- name: outside',
        '  files: [../../etc/passwd]',
        '- name: badopt',
        '  literals: [k=1]',
        '  options: {labels: {x: 1}}',
        '- name: unknown',
        '  literal: [k=1]',
        '- literals: [k=1]',
        '- name: badfile',
        '  files: [=x]',
        '',
      ].join('\n'),
    });
    const { ctx, kustomization } = contextFor(dir);
    const list = kustomization.configMapGenerator as unknown[];
    const codes = list.map((entry, i) => {
      try {
        generate('configMapGenerator', entry, i, ctx);
        return 'ok';
      } catch (e) {
        expect(e).toBeInstanceOf(GeneratorError);
        const ge = e as GeneratorError;
        expect(ge.file).toBe(path.join(dir, 'kustomization.yaml'));
        expect(ge.line).toBeGreaterThan(0);
        return `${ge.code}@${ge.line}`;
      }
    });
    expect(codes).toEqual([
      'duplicate-key@2',
      'read-failed@5',
      'read-failed@7',
      'invalid-entry@10',
      'invalid-entry@12',
      'invalid-entry@13',
      'invalid-file-source@15',
    ]);
  });

  it('mergeGenerated does not modify its inputs', () => {
    const existing = { kind: 'ConfigMap', metadata: { name: 'p-c', labels: { a: '1' } }, data: { x: '1' } };
    const generated = { kind: 'ConfigMap', metadata: { name: 'c' }, data: { y: '2' } };
    const snapshot = JSON.stringify([existing, generated]);
    expect(mergeGenerated(existing, generated, 'merge')).toEqual({
      kind: 'ConfigMap',
      metadata: { name: 'p-c', labels: { a: '1' } },
      data: { x: '1', y: '2' },
    });
    expect(mergeGenerated(existing, generated, 'replace')).toEqual({ kind: 'ConfigMap', metadata: { name: 'p-c', labels: { a: '1' } }, data: { y: '2' } });
    expect(JSON.stringify([existing, generated])).toBe(snapshot);
  });
});

describe.skipIf(!kubectlAvailable())('env-file parsing against kubectl on random files', () => {
  it('produces the same ConfigMap, or fails where kubectl fails', async () => {
    const line = fc.oneof(
      fc.string({ unit: fc.constantFrom('A', 'b', '_', '1', '=', '#', ' ', '\t', '"', "'", 'é', '.', '-'), maxLength: 14 }),
      fc.constantFrom('', '# comment', '   # indented comment', 'KEY=value # not a comment', 'export X=1', '\uFEFFBOM=1'),
    );
    const files = fc.sample(
      fc.tuple(fc.array(line, { minLength: 1, maxLength: 8 }), fc.constantFrom('\n', '\r\n'), fc.boolean()),
      { numRuns: 15, seed: 99 },
    );
    for (const [lines, eol, trailing] of files) {
      const dir = scratch({
        'kustomization.yaml': 'configMapGenerator:\n- name: env\n  envs:\n  - app.env\n',
        'app.env': lines.join(eol) + (trailing ? eol : ''),
      });
      const ref = await kubectlKustomize(dir);
      let mine: Record<string, unknown>[] | undefined;
      try {
        mine = ours(dir);
      } catch (e) {
        expect(e).toBeInstanceOf(GeneratorError);
      }
      if (!ref.ok) {
        expect(mine, `kubectl failed (${ref.error}) but we generated for ${JSON.stringify(lines)}`).toBeUndefined();
      } else {
        expect(mine, `we failed where kubectl generated for ${JSON.stringify(lines)}`).toBeDefined();
        expect(byId(mine!)).toEqual(byId(ref.objects));
      }
    }
  });
});
