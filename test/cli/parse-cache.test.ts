// The parse cache (src/cli/parse-cache.ts, src/yaml/memo.ts): what a run parsed is served to the next run only for
// exactly the same text, and a run served from it reports exactly what a run that parses everything reports.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { type LintReport, runLint } from '../../src/cli/index.js';
import { MAX_FILES, ParseCache } from '../../src/cli/parse-cache.js';
import { loadPolicy } from '../../src/cli/policy-file.js';
import { loadEngine } from '../../src/cli/deps.js';
import { RenderCache, readYamlFile } from '../../src/gitops/index.js';
import type { PNode } from '../../src/render/pnode.js';
import { type ParseMemo, parseMemo, setParseMemo } from '../../src/yaml/index.js';
import { copyFixture, pgwarden, repoRoot } from './helpers.js';

const temps: string[] = [];
const temp = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});
afterEach(() => setParseMemo(undefined));

/** A memo in memory that counts what it answered. */
function memoryMemo(): ParseMemo & { hits: number; stored: Map<string, unknown> } {
  const stored = new Map<string, unknown>();
  const memo = {
    hits: 0,
    stored,
    get(file: string, text: string, kind: string) {
      const key = `${kind}\u0000${file}\u0000${text}`;
      if (!stored.has(key)) return undefined;
      memo.hits++;
      return JSON.parse(JSON.stringify(stored.get(key)));
    },
    set(file: string, text: string, kind: string, value: unknown) {
      stored.set(`${kind}\u0000${file}\u0000${text}`, JSON.parse(JSON.stringify(value)));
    },
  };
  return memo;
}

/** Every YAML file of the examples and the CLI fixtures, and a few the fixtures lack. */
function yamlFiles(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.ya?ml$/.test(entry.name)) found.push(path);
    }
  };
  walk(join(repoRoot, 'examples'));
  walk(join(repoRoot, 'test/fixtures/cli'));
  const extra = temp('pgwarden-parse-cache-yaml-');
  const write = (name: string, text: string) => {
    writeFileSync(join(extra, name), text);
    found.push(join(extra, name));
  };
  // Merge keys (the merged entries keep the path they were written at), aliases, several documents, an empty one,
  // a block scalar at the end of a file without a final newline, YAML 1.1 booleans, numbers of every form.
  write('merge.yaml', 'base: &b\n  a: 1\n  b: [x, y]\nkind: ConfigMap\nlist:\n  - <<: *b\n    c: 3\n  - <<: [*b, {d: 4}]\n    a: 0\n');
  write('docs.yaml', '---\napiVersion: v1\nkind: Secret\nstringData:\n  password: ""\n---\n---\napiVersion: v1\nkind: ConfigMap\ndata:\n  script: |\n    echo hi\n    exit 0');
  write('scalars.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: s}\ndata:\n  on: yes\n  n: 0777\n  hex: 0x1F\n  f: 1e3\n  t: 2024-01-02\n  q: "quoted"\n  nul: ~\n  big: 123456789012345678901234567890\n');
  write('Kustomization', 'resources:\n  - a.yaml\nnamespace: n\ncommonLabels: {on: "x"}\n');
  // Not YAML: discovery's problem (file:line) comes from the cache as it came from the parse.
  write('broken.yaml', 'apiVersion: v1\nkind: ConfigMap\ndata:\n  a: [1, 2\n  b: c\n');
  return found;
}

/** A provenance tree as plain data: every value, range, path and where its document's lines fall. */
function dump(node: PNode | null): unknown {
  if (!node) return null;
  const { doc, start, end, yamlPath, via } = node.p;
  const p = { file: doc.file, docIndex: doc.docIndex, eof: doc.eofWithoutNewline, lenient: doc.lenientKeys, start, end, at: [doc.linePos(start), doc.linePos(end)], yamlPath, via };
  if (node.t === 's') return { v: node.v, type: typeof node.v, p };
  if (node.t === 'a') return { a: node.v.map(dump), p };
  return { m: [...node.v].map(([k, v]) => [k, dump(v)]), p };
}

describe('each parse site served from the memo gives what it parses', () => {
  const files = yamlFiles();

  it('the renderer: the same provenance trees, for every way it reads a file', () => {
    let compared = 0;
    for (const [via, lenient] of [['resource', false], ['resource', true], ['kustomization', false], ['patch', false]] as const) {
      for (const file of files) {
        const memo = memoryMemo();
        setParseMemo(memo);
        let parsed: unknown;
        try {
          parsed = new RenderCache().parseFile(file, via, lenient).docs.map((d) => [d.docIndex, dump(d.root)]);
        } catch (error) {
          // A file the renderer rejects is not remembered: the next run reports it again.
          expect(memo.stored.size).toBe(0);
          expect(() => new RenderCache().parseFile(file, via, lenient)).toThrow((error as Error).message);
          continue;
        }
        const hitsBefore = memo.hits;
        const served = new RenderCache().parseFile(file, via, lenient).docs.map((d) => [d.docIndex, dump(d.root)]);
        if (memo.stored.size > 0) {
          expect(memo.hits, relative(repoRoot, file)).toBe(hitsBefore + 1);
          compared++;
        }
        expect(served, `${relative(repoRoot, file)} (${via}${lenient ? ', lenient' : ''})`).toEqual(parsed);
      }
    }
    expect(compared).toBeGreaterThan(files.length * 3);
  });

  it('discovery: the same documents and problems', () => {
    let compared = 0;
    for (const file of files) {
      const memo = memoryMemo();
      setParseMemo(memo);
      const parsed = readYamlFile(file);
      const served = readYamlFile(file);
      if (memo.hits === 1) compared++;
      expect(served, relative(repoRoot, file)).toEqual(parsed);
    }
    expect(compared).toBe(files.length);
    expect(readYamlFile(files.find((f) => f.endsWith('broken.yaml'))!).problem?.ruleId).toBe('yaml-syntax');
  });

  it('a number JSON cannot carry is not remembered (the file is parsed every time)', () => {
    const dir = temp('pgwarden-parse-cache-inf-');
    const file = join(dir, 'inf.yaml');
    writeFileSync(file, 'apiVersion: argoproj.io/v1alpha1\nkind: Application\nspec:\n  x: .inf\n  y: -0.0\n');
    const memo = memoryMemo();
    setParseMemo(memo);
    const parsed = readYamlFile(file);
    expect(parsed.docs[0]?.object).toMatchObject({ spec: { x: Number.POSITIVE_INFINITY } });
    expect(memo.stored.size).toBe(0);
  });

  it('the policy file: the same policies; one with problems is not remembered', async () => {
    const engine = await loadEngine();
    const memo = memoryMemo();
    setParseMemo(memo);
    const file = join(repoRoot, 'examples/.pgwarden.yaml');
    const parsed = loadPolicy(engine, file, memo);
    expect(loadPolicy(engine, file, memo)).toEqual(parsed);
    expect(memo.hits).toBe(1);
    const bad = join(temp('pgwarden-parse-cache-policy-'), '.pgwarden.yaml');
    writeFileSync(bad, 'apiVersion: pgwarden.io/v1alpha1\nkind: PostgresPolicy\nmetadata: {name: p}\nspec:\n  rules:\n    replicas: {severity: fatal}\n');
    expect(() => loadPolicy(engine, bad, memo)).toThrow(/fatal|severity/);
    expect(memo.stored.size).toBe(1);
  });
});

describe('ParseCache', () => {
  const text = 'apiVersion: v1\nkind: ConfigMap\n';

  it('answers for exactly the text an entry was stored with, across runs', () => {
    const dir = temp('pgwarden-parse-cache-');
    const first = ParseCache.open({ dir, build: 'b1' }, '/repo');
    first.set('/repo/a.yaml', text, 'tree', { d: [[0, 1, { kind: 'ConfigMap' }]] });
    first.save();
    const second = ParseCache.open({ dir, build: 'b1' }, '/repo');
    expect(second.get('/repo/a.yaml', text, 'tree')).toEqual({ d: [[0, 1, { kind: 'ConfigMap' }]] });
    expect(second.get('/repo/a.yaml', `${text} `, 'tree')).toBeUndefined(); // one byte more: parse again
    expect(second.get('/repo/a.yaml', text, 'policy')).toBeUndefined();
    expect(second.get('/repo/b.yaml', text, 'tree')).toBeUndefined();
    // Another build's parses, or another repository's cache, are never used.
    expect(ParseCache.open({ dir, build: 'b2' }, '/repo').get('/repo/a.yaml', text, 'tree')).toBeUndefined();
    expect(ParseCache.open({ dir, build: 'b1' }, '/other').get('/repo/a.yaml', text, 'tree')).toBeUndefined();
  });

  it('is written only when a run added to it', () => {
    const dir = temp('pgwarden-parse-cache-');
    const cache = ParseCache.open({ dir, build: 'b' }, '/repo');
    cache.save();
    expect(readdirSync(dir)).toEqual([]);
    cache.set('/repo/a.yaml', text, 'tree', { d: [] });
    cache.save();
    const written = statSync(cache.file).mtimeMs;
    const again = ParseCache.open({ dir, build: 'b' }, '/repo');
    again.get('/repo/a.yaml', text, 'tree');
    again.save();
    expect(statSync(cache.file).mtimeMs).toBe(written);
    expect(statSync(cache.file).mode & 0o777).toBe(0o600);
  });

  it('keeps the MAX_FILES most recently used caches of the directory (repositories linted once do not pile up)', () => {
    const dir = temp('pgwarden-parse-cache-');
    const old = Date.now() / 1000 - 3 * 24 * 3600;
    const roots = Array.from({ length: MAX_FILES }, (_, i) => `/repo${i}`);
    roots.forEach((root, i) => {
      const cache = ParseCache.open({ dir, build: 'b' }, root);
      cache.set(`${root}/a.yaml`, text, 'tree', { d: [] });
      cache.save();
      utimesSync(cache.file, old + i * 60, old + i * 60); // repo0 used longest ago
    });
    // Reading a cache marks it used: /repo0 is now the most recent.
    expect(ParseCache.open({ dir, build: 'b' }, '/repo0').get('/repo0/a.yaml', text, 'tree')).toEqual({ d: [] });
    const last = ParseCache.open({ dir, build: 'b' }, '/new');
    last.set('/new/a.yaml', text, 'tree', { d: [] });
    last.save();
    const left = readdirSync(dir);
    expect(left).toHaveLength(MAX_FILES);
    const kept = (root: string) => ParseCache.open({ dir, build: 'b' }, root).get(`${root}/a.yaml`, text, 'tree') !== undefined;
    expect(kept('/new')).toBe(true);
    expect(kept('/repo0')).toBe(true);
    expect(kept(`/repo${MAX_FILES - 1}`)).toBe(true);
    expect(kept('/repo1')).toBe(false); // the least recently used
    expect(kept('/repo2')).toBe(true);
  });

  it('ignores a corrupt cache file and malformed entries', () => {
    const dir = temp('pgwarden-parse-cache-');
    const cache = ParseCache.open({ dir, build: 'b' }, '/repo');
    cache.set('/repo/a.yaml', text, 'tree', { d: [] });
    cache.save();
    writeFileSync(cache.file, readFileSync(cache.file, 'utf8').slice(0, 40));
    expect(ParseCache.open({ dir, build: 'b' }, '/repo').get('/repo/a.yaml', text, 'tree')).toBeUndefined();
    writeFileSync(
      cache.file,
      JSON.stringify({ format: 1, build: 'b', root: '/repo', entries: { '/repo/a.yaml': { text, values: { tree: '{not json' } }, '/repo/b.yaml': { text: 1, values: {} }, '/repo/c.yaml': null } }),
    );
    const damaged = ParseCache.open({ dir, build: 'b' }, '/repo');
    expect(damaged.get('/repo/a.yaml', text, 'tree')).toBeUndefined();
    expect(damaged.get('/repo/b.yaml', text, 'tree')).toBeUndefined();
    expect(damaged.get('/repo/c.yaml', text, 'tree')).toBeUndefined();
  });

  it('stays within its bound, dropping first what the last run did not use', () => {
    const dir = temp('pgwarden-parse-cache-');
    const big = 'x'.repeat(4000);
    const location = { dir, build: 'b', maxBytes: 10_000 };
    const first = ParseCache.open(location, '/repo');
    first.set('/repo/old.yaml', big, 'tree', { d: [] });
    first.set('/repo/kept.yaml', big, 'tree', { d: [] });
    first.save();
    const second = ParseCache.open(location, '/repo');
    expect(second.get('/repo/kept.yaml', big, 'tree')).toEqual({ d: [] });
    second.set('/repo/new.yaml', big, 'tree', { d: [] });
    second.save();
    expect(readFileSync(second.file, 'utf8').length).toBeLessThanOrEqual(10_000);
    const third = ParseCache.open(location, '/repo');
    expect(third.get('/repo/old.yaml', big, 'tree')).toBeUndefined();
    expect(third.get('/repo/kept.yaml', big, 'tree')).toEqual({ d: [] });
    expect(third.get('/repo/new.yaml', big, 'tree')).toEqual({ d: [] });
  });
});

describe('lint with the parse cache', () => {
  it('reports exactly what a lint without it reports, and parses a changed file again', async () => {
    const dir = copyFixture('overlays');
    const cacheDir = temp('pgwarden-parse-cache-lint-');
    const location = { dir: cacheDir, build: 'test' };
    const lint = async (cached: boolean) => {
      const result = await runLint({ paths: [], cwd: dir, ...(cached ? { parseCache: location } : {}) });
      return { findings: result.report.findings, summary: result.report.summary, diagnostics: result.diagnostics };
    };
    const uncached = await lint(false);
    expect(uncached.findings.length).toBeGreaterThan(0);
    expect(await lint(true)).toEqual(uncached); // fills the cache
    const cacheFile = readdirSync(cacheDir).find((name) => name.startsWith('parse-'));
    expect(cacheFile).toBeDefined();
    const entries = Object.keys(JSON.parse(readFileSync(join(cacheDir, cacheFile!), 'utf8')).entries);
    expect(entries.length).toBeGreaterThan(2);
    expect(await lint(true)).toEqual(uncached); // served from it
    expect(parseMemo()).toBeUndefined(); // nothing left in force after a run

    // Every finding's file changed: each is parsed again, and the report follows the new text.
    for (const file of new Set(uncached.findings.map((f) => f.file))) {
      const path = join(dir, file);
      writeFileSync(path, readFileSync(path, 'utf8').replace(/\n/, '\n# edited\n'));
    }
    const edited = await lint(false);
    expect(edited.findings.map((f) => f.line)).not.toEqual(uncached.findings.map((f) => f.line));
    expect(await lint(true)).toEqual(edited);
    expect(await lint(true)).toEqual(edited);
  });

  it('bin/pgwarden keeps it beside its code cache; --no-cache and NODE_DISABLE_COMPILE_CACHE=1 read and write none', () => {
    const examples = join(repoRoot, 'examples');
    const args = ['lint', '--format', 'json', 'apps/analytics/postgresql.yaml'];
    const expected = pgwarden(args, examples, { NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(expected.code).toBe(1);
    const root = temp('pgwarden-parse-cache-bin-');
    const parseCaches = () => readdirSync(join(root, 'pgwarden')).filter((name) => name.startsWith('parse-'));
    expect(pgwarden([...args, '--no-cache'], examples, { NODE_COMPILE_CACHE: root })).toEqual(expected);
    expect(parseCaches()).toEqual([]);
    expect(pgwarden(args, examples, { NODE_COMPILE_CACHE: root })).toEqual(expected);
    expect(parseCaches()).toHaveLength(1);
    const file = join(root, 'pgwarden', parseCaches()[0]!);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(pgwarden(args, examples, { NODE_COMPILE_CACHE: root })).toEqual(expected);

    // What is in it is what the next run uses (keyed by the text): a policy entry altered in place shows in the
    // report; then a corrupt cache is ignored and written anew.
    const data = JSON.parse(readFileSync(file, 'utf8'));
    const policyPath = join(examples, '.pgwarden.yaml');
    const policy = JSON.parse(data.entries[policyPath].values.policy);
    policy.policies[0].name = 'altered-in-the-cache';
    data.entries[policyPath].values.policy = JSON.stringify(policy);
    writeFileSync(file, JSON.stringify(data));
    expect(pgwarden(args, examples, { NODE_COMPILE_CACHE: root }).stdout).toContain('altered-in-the-cache');
    writeFileSync(file, '{"format":1,');
    expect(pgwarden(args, examples, { NODE_COMPILE_CACHE: root })).toEqual(expected);
    expect(pgwarden(args, examples, { NODE_COMPILE_CACHE: root })).toEqual(expected);
  });

  it('a one-file lint with the caches on sees a changed Application or kustomization elsewhere in the repository', () => {
    // pre-commit's run: the file given is unchanged, what decides which apps read it changed in other files.
    const dir = temp('pgwarden-parse-cache-elsewhere-');
    // As a GitOps repository holds them: the Applications name their paths from the root (examples/apps/…).
    cpSync(join(repoRoot, 'examples'), join(dir, 'examples'), { recursive: true });
    const env = { NODE_COMPILE_CACHE: temp('pgwarden-parse-cache-elsewhere-cache-') };
    const appsOfFindings = () => {
      const run = pgwarden(['lint', '--format', 'json', 'examples/apps/analytics/postgresql.yaml'], dir, env);
      expect(run.code, run.stderr).toBe(1);
      const findings = (JSON.parse(run.stdout) as LintReport).findings.filter((f) => f.file === 'examples/apps/analytics/postgresql.yaml');
      expect(findings.length).toBeGreaterThan(0);
      return [...new Set(findings.flatMap((f) => f.apps))].sort();
    };
    const edit = (file: string, from: string | RegExp, to: string) => {
      const path = join(dir, 'examples', file);
      const text = readFileSync(path, 'utf8');
      expect(text).toMatch(from);
      writeFileSync(path, text.replace(from, to));
    };
    expect(appsOfFindings()).toEqual(['argocd:analytics-prod']);
    expect(readdirSync(join(env.NODE_COMPILE_CACHE, 'pgwarden')).some((name) => name.startsWith('parse-'))).toBe(true);
    expect(appsOfFindings()).toEqual(['argocd:analytics-prod']); // served from the caches
    // The Application that deploys the file, renamed.
    edit('argocd/analytics.yaml', 'name: analytics-prod', 'name: analytics-eu');
    expect(appsOfFindings()).toEqual(['argocd:analytics-eu']);
    // A kustomization of another app, now including the file's directory as a base.
    edit('apps/billing/overlays/prod/kustomization.yaml', /^resources:\n/m, 'resources:\n  - ../../../analytics\n');
    expect(appsOfFindings()).toEqual(['argocd:analytics-eu', 'argocd:billing-prod']);
    expect(appsOfFindings()).toEqual(['argocd:analytics-eu', 'argocd:billing-prod']);
  });

  it("stylish's code frames (credentials masked) are the same from the cache", () => {
    const examples = join(repoRoot, 'examples');
    const root = temp('pgwarden-parse-cache-frames-');
    for (const args of [['lint', 'apps/analytics'], ['lint', 'apps/metrics'], ['lint']]) {
      const expected = pgwarden(args, examples, { NODE_DISABLE_COMPILE_CACHE: '1' });
      expect(expected.stdout).toMatch(/\n {4}> +\d+ \|/); // frames shown
      expect(pgwarden(args, examples, { NODE_COMPILE_CACHE: root })).toEqual(expected);
      const data = JSON.parse(readFileSync(join(root, 'pgwarden', readdirSync(join(root, 'pgwarden')).find((n) => n.startsWith('parse-'))!), 'utf8'));
      expect(Object.values(data.entries).some((e) => Object.keys((e as { values: object }).values).includes('mask:yaml'))).toBe(true);
      expect(pgwarden(args, examples, { NODE_COMPILE_CACHE: root })).toEqual(expected);
    }
  });
});
