// What makes the CLI start fast (issue 14 §6), checked on the committed bundle: `--version` and `--help` load none of
// the heavy modules, and the bundle validates policies with the ajv code generated at bundle time — the same
// answers as ajv compiling the schemas from the sources. The time itself is measured by `npm run bench:cold`.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../src/policies/index.js';
import { copyFixture, lintJson, pgwarden, repoRoot } from './helpers.js';

const lib = join(repoRoot, 'lib');

/** Packages and chunks a module loads before its code runs: its static imports, transitively (not `import()`). */
function staticGraph(file: string, seen = new Set<string>(), packages = new Set<string>()): Set<string> {
  if (seen.has(file)) return packages;
  seen.add(file);
  const code = readFileSync(join(lib, file), 'utf8');
  for (const [, spec] of [...code.matchAll(/^\s*(?:import|export)\s[^;]*?\bfrom\s*"([^"]+)"|^\s*import\s*"([^"]+)"/gm)].map((m) => [m[0], m[1] ?? m[2]] as const)) {
    if (!spec) continue;
    if (spec.startsWith('./')) staticGraph(spec.slice(2), seen, packages);
    else if (!spec.startsWith('node:')) packages.add(spec);
  }
  return packages;
}

describe('cold start', () => {
  it('bin/pgwarden → lib/pgwarden.js loads no dependency before a command needs it', () => {
    expect([...staticGraph('pgwarden.js')]).toEqual([]);
  });

  it('no part of the bundle loads ajv: the validators are generated at bundle time', () => {
    const loaders = readdirSync(lib).filter((file) => /\bfrom\s*"ajv"|import\("ajv"\)/.test(readFileSync(join(lib, file), 'utf8')));
    expect(loaders).toEqual([]);
  });

  it('--version and --help answer without loading the engine', () => {
    expect(pgwarden(['--version'], repoRoot).stdout.trim()).toBe(JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version);
    expect(pgwarden(['--help'], repoRoot).stdout).toContain('Usage: pgwarden <command>');
  });

  it('the generated validators report a bad policy as ajv does from the sources', () => {
    const dir = copyFixture('overlays');
    const text = [
      'apiVersion: pgwarden.io/v1alpha1',
      'kind: PostgresPolicy',
      'metadata:',
      '  name: p',
      'spec:',
      '  rules:',
      '    replicas:',
      '      severity: fatal',
      '      min: two',
      '    storage-class:',
      '      allowed: fast',
      '      colour: blue',
      '',
    ].join('\n');
    writeFileSync(join(dir, '.pgwarden.yaml'), text);
    let expected = '';
    try {
      parsePolicy(text, join(dir, '.pgwarden.yaml'));
    } catch (error) {
      expected = (error as Error).message;
    }
    expect(expected).toContain(':8:');
    const run = pgwarden(['lint'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`pgwarden: ${expected}\n`);
  });

  it("the generated validators fill in each rule's option defaults (findings as from the sources)", () => {
    const dir = copyFixture('overlays');
    writeFileSync(join(dir, '.pgwarden.yaml'), 'apiVersion: pgwarden.io/v1alpha1\nkind: PostgresPolicy\nmetadata:\n  name: p\nspec:\n  rules:\n    replicas: {}\n    storage-class: {}\n');
    const { report } = lintJson([], dir);
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.findings.filter((f) => f.ruleId === 'internal-error')).toEqual([]);
  });
});
