import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const repoRoot = resolve(import.meta.dirname, '../..');
const load = (file: string) => parse(readFileSync(join(repoRoot, file), 'utf8')) as Record<string, unknown>;

describe('action.yml', () => {
  const inner = load('github-action/action.yml');
  const root = load('action.yml');

  it('runs the committed bundle on node24, from both locations', () => {
    expect(inner.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(root.runs).toEqual({ using: 'node24', main: 'github-action/dist/index.js' });
  });

  it('root and github-action/ declare the same interface', () => {
    const { runs: _a, ...innerRest } = inner;
    const { runs: _b, ...rootRest } = root;
    expect(rootRest).toEqual(innerRest);
  });

  it('declares every input the code reads, and the outputs it sets', () => {
    const source = ['inputs.ts', 'action.ts'].map((f) => readFileSync(join(repoRoot, 'github-action/src', f), 'utf8')).join('\n');
    const read = new Set([...source.matchAll(/input\('([a-z-]+)'\)/g)].map((m) => m[1]));
    expect([...read].sort()).toEqual(Object.keys(inner.inputs as object).sort());
    const set = new Set([...source.matchAll(/setOutput\('([a-z-]+)'/g)].map((m) => m[1]));
    expect([...set].sort()).toEqual(Object.keys(inner.outputs as object).sort());
  });
});
