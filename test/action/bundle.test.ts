// Runs the committed Action bundle the way the GitHub runner does: `node github-action/dist/index.js` with
// INPUT_* and GITHUB_* set, in a real git checkout with a base and a head commit, then reads what a reviewer
// would see: workflow-command annotations on stdout, the job summary, the step outputs and the SARIF file.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repoRoot = resolve(import.meta.dirname, '../..');
const fixtures = join(repoRoot, 'test/fixtures/action');
const bundle = join(repoRoot, 'github-action/dist/index.js');
// The runner's node24; this machine's `node` may be older.
const node24 = join(repoRoot, 'node_modules/.bin/node');
const work = mkdtempSync(join(tmpdir(), 'pgw-action-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', ['-c', 'user.name=Octo Cat', '-c', 'user.email=octocat@example.com', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

interface FixtureRepo {
  dir: string;
  base: string;
  head: string;
}

/** A checkout like actions/checkout leaves it: `main` at the base commit, HEAD on the PR branch's head commit. */
function makeRepo(name: string, headLayers: string[]): FixtureRepo {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  cpSync(join(fixtures, 'base'), dir, { recursive: true });
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  const base = git(dir, 'rev-parse', 'HEAD');
  git(dir, 'checkout', '-q', '-b', 'billing-backups');
  for (const layer of headLayers) cpSync(join(fixtures, layer), dir, { recursive: true });
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'head');
  return { dir, base, head: git(dir, 'rev-parse', 'HEAD') };
}

interface Annotation {
  level: 'error' | 'warning' | 'notice';
  props: Record<string, string>;
  message: string;
}

interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  annotations: Annotation[];
  summary: string;
  outputs: Record<string, string>;
}

const unescapeProperty = (v: string) => v.replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
const unescapeData = (v: string) => v.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');

function parseAnnotations(stdout: string): Annotation[] {
  const out: Annotation[] = [];
  for (const line of stdout.split('\n')) {
    const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const props: Record<string, string> = {};
    for (const pair of (m[2] ?? '').split(',').filter(Boolean)) {
      const eq = pair.indexOf('=');
      props[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
    out.push({ level: m[1] as Annotation['level'], props, message: unescapeData(m[3] ?? '') });
  }
  return out;
}

/** GITHUB_OUTPUT as @actions/core writes it: `name<<delimiter`, value lines, `delimiter`. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const re = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) outputs[m[1]!] = m[3]!;
  return outputs;
}

let runCount = 0;
function runAction(repo: FixtureRepo, inputs: Record<string, string>, event: 'pull_request' | 'push' = 'pull_request'): ActionRun {
  const runDir = join(work, `run-${++runCount}`);
  mkdirSync(runDir);
  const eventFile = join(runDir, 'event.json');
  const template = readFileSync(join(fixtures, event === 'pull_request' ? 'pull_request.synchronize.json' : 'push.json'), 'utf8');
  writeFileSync(eventFile, template.replaceAll('__BASE_SHA__', repo.base).replaceAll('__HEAD_SHA__', repo.head));
  const summaryFile = join(runDir, 'step_summary.md');
  const outputFile = join(runDir, 'output');
  writeFileSync(summaryFile, '');
  writeFileSync(outputFile, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_WORKSPACE: repo.dir,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    GITHUB_REPOSITORY: 'acme/gitops',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_SHA: repo.head,
    RUNNER_TEMP: runDir,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const r = spawnSync(node24, [bundle], { cwd: repo.dir, env, encoding: 'utf8', timeout: 120_000 });
  return {
    status: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    annotations: parseAnnotations(r.stdout),
    summary: readFileSync(summaryFile, 'utf8'),
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
  };
}

/** 1-based line of the first line in `file` containing `text`. */
function lineOf(file: string, text: string): number {
  const index = readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes(text));
  if (index < 0) throw new Error(`${text} not in ${file}`);
  return index + 1;
}

describe('the bundled Action on a pull request', () => {
  let repo: FixtureRepo;
  beforeAll(() => {
    expect(existsSync(bundle), 'github-action/dist/index.js is missing: run node github-action/build.mjs').toBe(true);
    repo = makeRepo('pr', ['head']);
  });

  it('annotates the changed lines, writes summary, outputs and SARIF, and fails on errors', () => {
    const run = runAction(repo, { path: '.', 'fail-on': 'error' });
    expect(run.stderr).not.toMatch(/could not run/);
    const errors = run.annotations.filter((a) => a.level === 'error');

    const scheduleLine = lineOf(join(repo.dir, 'apps/billing/scheduledbackup.yaml'), 'schedule:');
    const imageLine = lineOf(join(repo.dir, 'apps/billing/cluster.yaml'), 'imageName:');
    const schedule = errors.find((a) => a.props.title === 'backup-schedule');
    expect(schedule?.props).toMatchObject({ file: 'apps/billing/scheduledbackup.yaml', line: String(scheduleLine) });
    expect(Number(schedule?.props.col)).toBeGreaterThan(0);
    const image = errors.find((a) => a.props.title === 'image-tag');
    expect(image?.props).toMatchObject({ file: 'apps/billing/cluster.yaml', line: String(imageLine) });
    expect(Number(image?.props.col)).toBeGreaterThan(0);

    // changed-only: the orders app (an old :latest on a line this PR did not touch) is not linted at all.
    expect(run.annotations.some((a) => a.props.file?.startsWith('apps/orders/'))).toBe(false);
    expect(run.summary).not.toMatch(/apps\/orders/);

    // Outputs agree with the annotations (fewer than 10 of each, so every finding is annotated).
    expect(run.outputs.errors).toBe(String(errors.length));
    expect(run.outputs.warnings).toBe(String(run.annotations.filter((a) => a.level === 'warning').length));

    // Summary: headline totals, the verdict, the changed-only scope, a table row per finding with a link.
    expect(run.summary).toMatch(new RegExp(`^## pgwarden: ${errors.length} errors?`, 'm'));
    expect(run.summary).toContain(`changed since \`${repo.base.slice(0, 12)}\``);
    expect(run.summary).toContain('**Failed** (`fail-on: error`)');
    expect(run.summary).toContain('| severity | rule | file:line | message |');
    expect(run.summary).toContain(
      `[apps/billing/scheduledbackup.yaml:${scheduleLine}](https://github.com/acme/gitops/blob/${repo.head}/apps/billing/scheduledbackup.yaml#L${scheduleLine})`,
    );

    // SARIF 2.1.0 for github/codeql-action/upload-sarif, with repository-relative locations.
    const sarifFile = run.outputs['sarif-file'];
    expect(sarifFile && existsSync(sarifFile)).toBe(true);
    const sarif = JSON.parse(readFileSync(sarifFile!, 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    const results = sarif.runs[0].results as { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[];
    expect(results).toHaveLength(errors.length + run.annotations.filter((a) => a.level !== 'error').length);
    expect(
      results.some(
        (r) =>
          r.ruleId === 'backup-schedule' &&
          r.locations[0]?.physicalLocation.artifactLocation.uri === 'apps/billing/scheduledbackup.yaml' &&
          r.locations[0]?.physicalLocation.region.startLine === scheduleLine,
      ),
    ).toBe(true);

    expect(run.status).toBe(1);
  });

  it('lints everything with changed-only: false, still putting changed lines first', () => {
    const run = runAction(repo, { path: '.', 'changed-only': 'false', 'fail-on': 'never' });
    const orders = run.annotations.find((a) => a.props.file === 'apps/orders/cluster.yaml' && a.props.title === 'image-tag');
    expect(orders?.props.line).toBe(String(lineOf(join(repo.dir, 'apps/orders/cluster.yaml'), 'imageName:')));
    expect(Number(run.outputs.errors)).toBeGreaterThanOrEqual(3);
    expect(run.summary).toContain('`fail-on: never`');
    const onChanged = Number(/\((\d+) on changed lines\)/.exec(run.summary)?.[1]);
    expect(onChanged).toBeGreaterThanOrEqual(2);
    // The two billing errors (changed lines) are annotated before the old orders one.
    const errorFiles = run.annotations.filter((a) => a.level === 'error').map((a) => a.props.file);
    expect(errorFiles.indexOf('apps/orders/cluster.yaml')).toBeGreaterThan(errorFiles.lastIndexOf('apps/billing/scheduledbackup.yaml'));
    expect(run.status).toBe(0);
  });

  it('on push (no base) lints the whole path; fail-on: warning fails on errors too', () => {
    const run = runAction(repo, { path: 'apps', 'fail-on': 'warning' }, 'push');
    expect(run.annotations.some((a) => a.props.file === 'apps/orders/cluster.yaml')).toBe(true);
    expect(run.summary).not.toContain('changed since');
    expect(run.status).toBe(1);
  });

  it('writes format-file in the format its extension names', () => {
    const run = runAction(repo, { path: '.', 'fail-on': 'never', 'format-file': 'reports/pgwarden.xml' });
    const junit = readFileSync(join(repo.dir, 'reports/pgwarden.xml'), 'utf8');
    expect(junit).toMatch(/^<\?xml/);
    expect(junit).toContain('<testsuites');
    expect(run.outputs['sarif-file']).toMatch(/\.sarif$/);
    const sarifRun = runAction(repo, { path: '.', 'fail-on': 'never', 'format-file': 'out/pgwarden.sarif' });
    expect(sarifRun.outputs['sarif-file']).toBe(join(repo.dir, 'out/pgwarden.sarif'));
    expect(JSON.parse(readFileSync(join(repo.dir, 'out/pgwarden.sarif'), 'utf8')).version).toBe('2.1.0');
  });

  it('checks storage classes against cluster-storage-classes', () => {
    const run = runAction(repo, { path: 'apps/billing', 'cluster-storage-classes': 'encrypted-gp3\nstandard', 'fail-on': 'never' }, 'push');
    const storage = run.annotations.find((a) => a.props.title === 'storage-class');
    expect(storage?.props).toMatchObject({ file: 'apps/billing/cluster.yaml', line: String(lineOf(join(repo.dir, 'apps/billing/cluster.yaml'), 'storageClass:')) });
    expect(storage?.message).toContain('fast-ssd');
    // Without the input there is no cluster to compare with: no storage-class finding for an unlisted class.
    const without = runAction(repo, { path: 'apps/billing', 'fail-on': 'never' }, 'push');
    expect(without.annotations.some((a) => a.props.title === 'storage-class')).toBe(false);
  });

  it('lints everything, and says why, when the base commit is not in the checkout', () => {
    const missing = { ...repo, base: 'f'.repeat(40) };
    const run = runAction(missing, { path: '.', 'fail-on': 'never' });
    expect(run.summary).toContain('changed-only was not possible');
    expect(run.summary).toContain('fetch-depth: 0');
    expect(run.annotations.some((a) => a.props.file === 'apps/orders/cluster.yaml')).toBe(true);
    expect(run.status).toBe(0);
  });

  it('in a depth-1 checkout (actions/checkout default) fetches the base and still finds the changed lines', () => {
    const shallow = join(work, 'shallow');
    git(work, 'clone', '-q', '--depth=1', '--branch', 'billing-backups', `file://${repo.dir}`, shallow);
    expect(spawnSync('git', ['cat-file', '-e', `${repo.base}^{commit}`], { cwd: shallow }).status).not.toBe(0);
    const run = runAction({ ...repo, dir: shallow }, { path: '.', 'fail-on': 'never' });
    expect(run.summary).toContain(`changed since \`${repo.base.slice(0, 12)}\``);
    const schedule = run.annotations.find((a) => a.props.title === 'backup-schedule');
    expect(schedule?.props.file).toBe('apps/billing/scheduledbackup.yaml');
    expect(Number(/\((\d+) on changed lines\)/.exec(run.summary)?.[1])).toBeGreaterThanOrEqual(2);
    expect(run.annotations.some((a) => a.props.file?.startsWith('apps/orders/'))).toBe(false);
  });

  it('refuses a bad input with a message naming it, exit 2', () => {
    const run = runAction(repo, { 'fail-on': 'sometimes' });
    expect(run.annotations[0]?.message).toMatch(/input `fail-on`/);
    expect(run.status).toBe(2);
  });
});

describe('the bundled Action on a pull request that touches no app', () => {
  it('says there is nothing to lint, without a "wrong path" warning, and passes', () => {
    const repo = makeRepo('docs-only', ['docs-only']);
    const run = runAction(repo, { path: '.', 'fail-on': 'warning' });
    expect(run.annotations).toEqual([]);
    expect(run.summary).toContain(`No app reads a file changed since \`${repo.base.slice(0, 12)}\`: nothing to lint.`);
    expect(run.outputs).toMatchObject({ errors: '0', warnings: '0' });
    expect(run.status).toBe(0);
  });
});

describe('the bundled Action with more findings than GitHub shows', () => {
  it('annotates 10 errors, changed lines first, and says how many more in the summary', () => {
    const repo = makeRepo('fleet', ['head', 'fleet']);
    const run = runAction(repo, { path: '.', 'fail-on': 'error' });
    const errors = run.annotations.filter((a) => a.level === 'error');
    const total = Number(run.outputs.errors);
    expect(total).toBeGreaterThanOrEqual(14); // 12 fleet clusters on :latest + 2 in billing
    expect(errors).toHaveLength(10);
    expect(run.annotations.filter((a) => a.level === 'warning').length).toBeLessThanOrEqual(10);
    expect(run.annotations.filter((a) => a.level === 'notice').length).toBeLessThanOrEqual(10);
    // Every annotated error is on a line this PR added or changed.
    for (const a of errors) expect(a.props.file).toMatch(/^apps\/(billing|fleet)\//);
    expect(run.summary).toMatch(new RegExp(`\\*\\*\\d+ more\\*\\* \\(${total - 10} errors`));
    expect(run.status).toBe(1);
  });
});
