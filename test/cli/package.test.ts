// What a user installs: the npm package's files, its library entry as docs/cli.md shows it, and one set of
// coordinates (npm name, GitHub repository, Action tag, pre-commit rev) in every place a user copies them from.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from './helpers.js';

const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  exports: Record<string, string>;
  repository: { url: string };
};
const nodeBin = join(repoRoot, 'node_modules/.bin/node');
const read = (file: string) => readFileSync(join(repoRoot, file), 'utf8');
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe('the npm package', () => {
  it('packs the licence, changelog, launcher and every bundle file, and no sources', () => {
    const packed = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: repoRoot, encoding: 'utf8' });
    expect(packed.status, packed.stderr).toBe(0);
    const files = (JSON.parse(packed.stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
    for (const file of ['LICENSE', 'CHANGELOG.md', 'README.md', 'bin/pgwarden', 'lib/pgwarden.js', 'lib/api.js', 'action.yml', '.pre-commit-hooks.yaml']) {
      expect(files).toContain(file);
    }
    for (const target of Object.values(pkg.exports)) expect(files).toContain(target.replace(/^\.\//, ''));
    expect(files.filter((f) => /^(src|test|bench|scripts)\//.test(f))).toEqual([]);
    expect(read('LICENSE')).toContain('Apache License\n                           Version 2.0, January 2004');
  });

  it("runs docs/cli.md's library example from a project that installed pgwarden", () => {
    const doc = read('docs/cli.md');
    const section = doc.slice(doc.indexOf('## In-process API'));
    const example = /```js\n([\s\S]*?)```/.exec(section)?.[1];
    expect(example).toContain("from 'pgwarden'");
    // A consumer project: node_modules/pgwarden is the package (npm links a local install the same way).
    const project = mkdtempSync(join(tmpdir(), 'pgwarden-consumer-'));
    temps.push(project);
    mkdirSync(join(project, 'node_modules'));
    symlinkSync(repoRoot, join(project, 'node_modules/pgwarden'), 'dir');
    writeFileSync(join(project, 'example.mjs'), example!);
    const run = spawnSync(nodeBin, [join(project, 'example.mjs')], { cwd: join(repoRoot, 'examples'), encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const sarif = JSON.parse(run.stdout) as { runs: { tool: { driver: { name: string } }; results: unknown[] }[] };
    expect(sarif.runs[0]?.tool.driver.name).toBe('pgwarden');
    expect(sarif.runs[0]?.results.length).toBeGreaterThan(0);
  });
});

describe('one set of coordinates', () => {
  const docs = ['README.md', 'CHANGELOG.md', 'docs/action.md', 'docs/pre-commit.md', 'docs/cli.md', 'docs/formats.md', 'docs/webhook.md', 'action.yml'];

  it('package.json names the GitHub repository pgwarden/pgwarden', () => {
    expect(pkg.name).toBe('pgwarden');
    expect(pkg.repository.url).toBe('git+https://github.com/pgwarden/pgwarden.git');
  });

  it('no placeholder owner, every Action use is pgwarden/pgwarden@v<major>, every pre-commit rev is this version', () => {
    const major = `v${pkg.version.split('.')[0]}`;
    for (const file of docs) {
      const text = read(file);
      expect(text, file).not.toMatch(/<owner>|OWNER\/|your-org/);
      for (const [, ref] of text.matchAll(/uses: pgwarden\/pgwarden@([\w.-]+)/g)) expect(ref, file).toBe(major);
      for (const [, rev] of text.matchAll(/^\s*rev: ([\w.-]+)/gm)) expect(rev, file).toBe(`v${pkg.version}`);
      for (const [, repo] of text.matchAll(/repo: (https:\/\/[^\s`,]+)/g)) expect(repo, file).toBe('https://github.com/pgwarden/pgwarden');
      for (const [, v] of text.matchAll(/npx (?:--yes )?pgwarden@([\w.-]+)/g)) expect(v, file).toBe(pkg.version);
      // Code scanning's upload action: one major everywhere (v3 is deprecated).
      for (const [, v] of text.matchAll(/codeql-action\/upload-sarif@([\w.-]+)/g)) expect(v, file).toBe('v4');
    }
  });
});
