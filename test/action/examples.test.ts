// The bundled examples/ repo is documentation: every `# deliberate:` comment must sit right above a line the
// Action reports as an error, and nothing else may be an error. Runs the bundle as action-examples.yml does.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'pgw-examples-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? yamlFiles(join(dir, e.name)) : /\.ya?ml$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** `file:line` of the first non-comment line after each `# deliberate:` comment block. */
function deliberateLines(): string[] {
  const found: string[] = [];
  for (const file of yamlFiles(join(repoRoot, 'examples'))) {
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (!/^\s*# deliberate:/.test(line)) return;
      let j = i + 1;
      while (j < lines.length && /^\s*#/.test(lines[j]!)) j++;
      found.push(`${relative(repoRoot, file)}:${j + 1}`);
    });
  }
  return found.sort();
}

const kubectl = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' }).status === 0;
if (!kubectl) console.warn('SKIP kubectl kustomize check of examples/: kubectl is not on PATH');

describe('examples/', () => {
  it.skipIf(!kubectl)('every kustomization renders with plain `kubectl kustomize`', () => {
    const dirs = yamlFiles(join(repoRoot, 'examples'))
      .filter((f) => /[\\/]kustomization\.yaml$/.test(f))
      .map((f) => join(f, '..'));
    expect(dirs.length).toBeGreaterThanOrEqual(14);
    for (const dir of dirs) {
      const r = spawnSync('kubectl', ['kustomize', dir], { encoding: 'utf8' });
      expect(r.status, `${relative(repoRoot, dir)}: ${r.stderr}`).toBe(0);
      expect(r.stdout).toMatch(/^kind: /m);
    }
  });

  it('has the eight deliberate problems, each reported as an error on its line, and no other error', () => {
    const summary = join(work, 'summary.md');
    const output = join(work, 'output');
    writeFileSync(summary, '');
    writeFileSync(output, '');
    const r = spawnSync(join(repoRoot, 'node_modules/.bin/node'), [join(repoRoot, 'github-action/dist/index.js')], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        GITHUB_ACTIONS: 'true',
        GITHUB_EVENT_NAME: 'workflow_dispatch',
        GITHUB_WORKSPACE: repoRoot,
        GITHUB_STEP_SUMMARY: summary,
        GITHUB_OUTPUT: output,
        RUNNER_TEMP: work,
        INPUT_PATH: 'examples',
        INPUT_POLICY: 'examples/.pgwarden.yaml',
        'INPUT_FAIL-ON': 'never',
      },
    });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const errors = [...r.stdout.matchAll(/^::error [^:]*file=([^,]+),line=(\d+)/gm)].map((m) => `${m[1]}:${m[2]}`).sort();
    const expected = deliberateLines();
    expect(expected).toHaveLength(8);
    expect(errors).toEqual(expected);
    const outputs = readFileSync(output, 'utf8');
    expect(outputs).toMatch(/^errors<<(\S+)\n8\n\1$/m);

    // The examples hold one Secret with a value: it must not reach the log, the summary or the SARIF file.
    const secretValue = 'change-me-in-a-sealed-secret';
    expect(readFileSync(join(repoRoot, 'examples/apps/metrics/secret.yaml'), 'utf8')).toContain(secretValue);
    const sarifFile = /^sarif-file<<(\S+)\n(.*)\n\1$/m.exec(outputs)?.[2];
    for (const text of [r.stdout, r.stderr, readFileSync(summary, 'utf8'), readFileSync(sarifFile!, 'utf8')]) {
      expect(text).not.toContain(secretValue);
    }
  });
});
