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
  exports: Record<string, string | { types: string; default: string }>;
  types: string;
  dependencies: Record<string, string>;
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
    const targets = Object.values(pkg.exports).flatMap((target) => (typeof target === 'string' ? [target] : [target.types, target.default]));
    for (const target of [...targets, pkg.types]) expect(files).toContain(target.replace(/^\.\//, ''));
    expect(files).toContain('lib/cli.cjs');
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

describe('the package declarations (lib/types, package.json "types")', () => {
  /** The package as npm packs it, installed into a consumer project whose dependencies resolve from this repository. */
  function consumerProject(): string {
    const cache = join(repoRoot, 'node_modules/.cache/pgwarden');
    mkdirSync(cache, { recursive: true });
    const project = mkdtempSync(join(cache, 'consumer-'));
    temps.push(project);
    const packed = spawnSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', project], { cwd: repoRoot, encoding: 'utf8' });
    expect(packed.status, packed.stderr).toBe(0);
    const tarball = join(project, (JSON.parse(packed.stdout) as { filename: string }[])[0]!.filename);
    mkdirSync(join(project, 'node_modules/pgwarden'), { recursive: true });
    const untar = spawnSync('tar', ['-xzf', tarball, '-C', join(project, 'node_modules/pgwarden'), '--strip-components=1'], { encoding: 'utf8' });
    expect(untar.status, untar.stderr).toBe(0);
    // Its own scope, so `pgwarden` resolves to the packed copy (not to this repository by self-reference); its
    // dependencies (yaml, fast-json-patch, …) and @types/node are found in the repository's node_modules above it.
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { target: 'ES2023', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: true, types: ['node'] }, include: ['*.ts'] }),
    );
    return project;
  }
  const tsc = (project: string) => spawnSync(nodeBin, [join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', project], { cwd: project, encoding: 'utf8' });

  it("docs/cli.md's library example typechecks against the packed package, and misuse does not", () => {
    const doc = read('docs/cli.md');
    const example = /```js\n([\s\S]*?)```/.exec(doc.slice(doc.indexOf('## In-process API')))?.[1];
    expect(example).toContain("from 'pgwarden'");
    const project = consumerProject();
    writeFileSync(join(project, 'example.ts'), example!);
    // The types are the real ones (a package without declarations would make all of this `any`, and pass).
    writeFileSync(
      join(project, 'typed.ts'),
      [
        "import { FORMATS, type LintOptions, type LintResult, type ReportFinding, runLint, version } from 'pgwarden';",
        "const options: LintOptions = { paths: ['.'], exclude: ['vendor/**'] };",
        'const result: LintResult = await runLint(options);',
        'const errors: number = result.report.summary.errors;',
        "const first: ReportFinding | undefined = result.report.findings[0];",
        "const formats: readonly string[] = FORMATS;",
        'const v: string = version();',
        'export { errors, first, formats, v };',
        '',
      ].join('\n'),
    );
    const good = tsc(project);
    expect(good.stdout + good.stderr).toBe('');
    expect(good.status).toBe(0);

    writeFileSync(
      join(project, 'misuse.ts'),
      [
        "import { formatReport, runLint } from 'pgwarden';",
        'const result = await runLint({ paths: 1 });',
        'const name: number = result.report.findings[0]!.file;',
        "formatReport('yaml', result.report, { cwd: '.' });",
        'export { name };',
        '',
      ].join('\n'),
    );
    const bad = tsc(project);
    expect(bad.status).not.toBe(0);
    const errors = bad.stdout.split('\n').filter((l) => l.startsWith('misuse.ts('));
    expect(errors.map((l) => /^misuse\.ts\((\d+),/.exec(l)?.[1])).toEqual(['2', '3', '4']);
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
