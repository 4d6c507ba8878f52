// Provenance spot-check: for every string leaf of every natively rendered object (fixtures and corpus) whose
// origin says it came from a resource or a patch, the line the origin names must hold that value — or the value
// must be built from it (namePrefix/nameSuffix/hash keep the line where a person edits the name). Values set by
// kustomization fields (namespace, labels, images, …) must say `via: 'kustomization'` or 'generator' instead.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { render } from '../../src/render/index.js';
import { kustomizationDirs } from './kubectl.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
const roots = [path.join(repoRoot, 'test/fixtures/render'), path.resolve(repoRoot, '../shared/corpus')];


function* stringLeaves(v: unknown, at: string): Generator<[string, string]> {
  if (v !== null && typeof v === 'object') {
    for (const [k, c] of Object.entries(v)) yield* stringLeaves(c, `${at}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`);
  } else if (typeof v === 'string') {
    yield [at, v];
  }
}

/** A line whose value is a block scalar (`key: |`, `- >-`): the text starts on the next lines. */
const BLOCK_SCALAR = /(^|[:-]\s*)[|>][-+0-9]*\s*(#.*)?$/;

describe('render() provenance', () => {
  it('points every resource/patch string value at a line that holds it', { timeout: 300_000 }, async () => {
    const fileLines = new Map<string, string[]>();
    const wrong: string[] = [];
    let checked = 0;
    for (const dir of roots.flatMap((r) => kustomizationDirs(r))) {
      const result = await render(dir, { fallback: false });
      if (result.diagnostics.some((d) => d.severity === 'error')) continue;
      result.objects.forEach((obj, i) => {
        for (const [pointer, value] of stringLeaves(obj, '')) {
          if (value.length < 2 || value.includes('\n')) continue;
          const origin = result.origin(i, pointer);
          if (!origin || (origin.via !== 'resource' && origin.via !== 'patch')) continue;
          let lines = fileLines.get(origin.file);
          if (!lines) {
            lines = readFileSync(origin.file, 'utf8').split('\n');
            fileLines.set(origin.file, lines);
          }
          const line = lines[origin.line - 1] ?? '';
          checked++;
          if (line.includes(value) || BLOCK_SCALAR.test(line.trimEnd())) continue;
          // A `$(VAR)` template filled in by vars: the line holds the template.
          if (line.includes('$(')) continue;
          // Derived names: the value contains the word written on that line (prefix/suffix/hash, vars).
          const words = line.split(/[\s:{},[\]"'=]+/).filter((w) => w.length >= 2);
          if (words.some((w) => value.includes(w) && !['name', 'namespace', 'value', 'kind'].includes(w))) continue;
          wrong.push(`${path.relative(repoRoot, dir)}: ${pointer}=${JSON.stringify(value.slice(0, 40))} → ${origin.file}:${origin.line} (${origin.via}) "${line.trim().slice(0, 70)}"`);
        }
      });
    }
    console.log(`[provenance] ${checked} string values checked, ${wrong.length} pointing at a line without them`);
    expect(checked).toBeGreaterThan(1000);
    expect(wrong.slice(0, 25)).toEqual([]);
  });
});

describe('render() provenance of generated values', () => {
  it('points generated data at the literal, the files entry and the env-file line; references at the resource', async () => {
    const dir = path.join(repoRoot, 'test/fixtures/render/generators');
    const k = path.join(dir, 'kustomization.yaml');
    const result = await render(dir, { fallback: false });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const index = (kind: string, prefix: string) =>
      result.objects.findIndex((o) => o.kind === kind && String((o.metadata as { name?: string }).name).startsWith(prefix));
    const at = (i: number, pointer: string) => {
      const o = result.origin(i, pointer);
      return o && { file: o.file, line: o.line, via: o.via };
    };
    const envConf = index('ConfigMap', 'env-conf-');
    const conf = index('ConfigMap', 'postgres-conf-');
    const secret = index('Secret', 'postgres-secret-');
    const sts = index('StatefulSet', 'postgres');
    expect(at(envConf, '/data/PGTZ')).toEqual({ file: k, line: 13, via: 'generator' });
    expect(at(envConf, '/data/PGPORT')).toEqual({ file: path.join(dir, 'settings.env'), line: 2, via: 'generator' });
    expect(at(conf, '/data/pg_hba.conf')).toEqual({ file: k, line: 8, via: 'generator' });
    expect(at(secret, '/data/password')).toEqual({ file: k, line: 17, via: 'generator' });
    expect(at(secret, '/metadata/name')).toMatchObject({ file: k, line: 15 });
    // The StatefulSet's reference was rewritten to the hashed name; a person edits it in the StatefulSet.
    expect(at(sts, '/spec/template/spec/volumes/0/configMap/name')).toMatchObject({ file: path.join(dir, 'statefulset.yaml'), line: 45 });
  });
});
