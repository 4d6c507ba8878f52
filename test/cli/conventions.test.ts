// What ESLint users reach for (issue 14 §4): stdin, "did you mean", --debug, progress in CI logs, FORCE_COLOR /
// NO_COLOR, `init` into a new directory with a production policy at least as strict as the rest.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { type Io, main } from '../../src/cli/main.js';
import { parsePolicy, ruleMetas, ruleSetting } from '../../src/policies/index.js';
import { copyFixture, pgwarden, repoRoot } from './helpers.js';

const nodeBin = join(repoRoot, 'node_modules/.bin/node');
const bin = join(repoRoot, 'bin/pgwarden');
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function withStdin(args: string[], input: string, cwd = repoRoot) {
  const r = spawnSync(nodeBin, [bin, ...args], { cwd, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('lint - (stdin)', () => {
  it('lints a rendered stream as one file, named by --stdin-filename, with the policy nearest to that name', () => {
    const rendered = spawnSync('kubectl', ['kustomize', 'examples/apps/analytics'], { cwd: repoRoot, encoding: 'utf8' }).stdout;
    const run = withStdin(['lint', '-', '--format', 'json', '--stdin-filename', 'examples/apps/analytics/all.yaml'], rendered);
    const report = JSON.parse(run.stdout) as { findings: { ruleId: string; file: string; severity: string; policy: unknown }[] };
    const replicas = report.findings.find((f) => f.ruleId === 'replicas');
    expect(replicas).toMatchObject({ file: 'examples/apps/analytics/all.yaml', severity: 'error', policy: { name: 'production', file: 'examples/.pgwarden.yaml' } });
    expect(run.code).toBe(1);
  });

  it('without --stdin-filename it is stdin.yaml under the built-in preset; - with another path is a usage error', () => {
    const run = withStdin(['lint', '-', '-f', 'json'], readFileSync(join(repoRoot, 'examples/apps/analytics/postgresql.yaml'), 'utf8'), tmpdir());
    const report = JSON.parse(run.stdout) as { findings: { file: string }[]; policy: unknown };
    expect(report.findings.length).toBeGreaterThan(0);
    expect(new Set(report.findings.map((f) => f.file))).toEqual(new Set(['stdin.yaml']));
    expect(report.policy).toEqual({ file: null, names: ['recommended'] });
    expect(withStdin(['lint', '-', 'examples'], '').code).toBe(2);
    expect(withStdin(['lint', '-', '--fix'], '').code).toBe(2);
  });
});

describe('lint - (stdin) and the policy in force', () => {
  const policy = [
    'apiVersion: pgwarden.io/v1alpha1',
    'kind: PostgresPolicy',
    'metadata:',
    '  name: prod-files',
    'spec:',
    '  match:',
    '    files: ["clusters/prod/**"]',
    '  rules:',
    '    replicas: { severity: error, min: 2 }',
    '---',
    'apiVersion: pgwarden.io/v1alpha1',
    'kind: PostgresPolicy',
    'metadata:',
    '  name: everything-else',
    'spec:',
    '  rules:',
    '    replicas: { severity: info, min: 2 }',
    '',
  ].join('\n');
  const cluster = ['apiVersion: postgresql.cnpg.io/v1', 'kind: Cluster', 'metadata:', '  name: db', '  namespace: apps', 'spec:', '  instances: 1', '  storage:', '    size: 1Gi', ''].join('\n');
  const repo = () => {
    const dir = mkdtempSync(join(tmpdir(), 'pgwarden-stdin-policy-'));
    temps.push(dir);
    mkdirSync(join(dir, 'gitops/clusters/prod'), { recursive: true });
    mkdirSync(join(dir, 'gitops/clusters/dev'), { recursive: true });
    writeFileSync(join(dir, 'gitops/.pgwarden.yaml'), policy);
    return dir;
  };
  const replicas = (stdout: string) => (JSON.parse(stdout) as { findings: { ruleId: string; file: string; severity: string; policy: unknown }[] }).findings.filter((f) => f.ruleId === 'replicas');

  it("applies the document whose files: glob matches --stdin-filename, relative to the nearest policy, as a file on disk would", () => {
    const dir = repo();
    const piped = withStdin(['lint', '-', '-f', 'json', '--stdin-filename', 'gitops/clusters/prod/db.yaml'], cluster, dir);
    expect(replicas(piped.stdout)).toEqual([
      expect.objectContaining({ file: 'gitops/clusters/prod/db.yaml', severity: 'error', policy: { name: 'prod-files', file: 'gitops/.pgwarden.yaml' } }),
    ]);
    expect(piped.code).toBe(1);
    // The same bytes as a file on disk: the same finding.
    writeFileSync(join(dir, 'gitops/clusters/prod/db.yaml'), cluster);
    const onDisk = pgwarden(['lint', '-f', 'json', 'gitops/clusters/prod/db.yaml'], dir);
    expect(replicas(onDisk.stdout).map(({ severity, policy }) => ({ severity, policy }))).toEqual(replicas(piped.stdout).map(({ severity, policy }) => ({ severity, policy })));
  });

  it('a name the glob does not select, or outside the policy directory, gets the other document', () => {
    const dir = repo();
    for (const name of ['gitops/clusters/dev/db.yaml', 'gitops/db.yaml', 'elsewhere/clusters/prod/db.yaml']) {
      const run = withStdin(['lint', '-', '-f', 'json', '--stdin-filename', name], cluster, dir);
      const expected = name.startsWith('gitops/') ? { name: 'everything-else', file: 'gitops/.pgwarden.yaml' } : { name: 'recommended', file: null };
      const found = replicas(run.stdout);
      expect(found.map((f) => ({ file: f.file, policy: f.policy })), name).toEqual([{ file: name, policy: expected }]);
      expect(found[0]?.severity, name).not.toBe('error');
    }
    // --policy names the policy outright; the name still places the file relative to it.
    const run = withStdin(['lint', '-', '-f', 'json', '--policy', 'gitops/.pgwarden.yaml', '--stdin-filename', 'gitops/clusters/prod/x.yaml'], cluster, dir);
    expect(replicas(run.stdout)[0]).toMatchObject({ severity: 'error', policy: { name: 'prod-files' } });
  });
});

describe('did you mean', () => {
  it('suggests the flag a typo meant, in pgwarden words', () => {
    const run = pgwarden(['lint', '--formt', 'json'], repoRoot);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('pgwarden: unknown option --formt (did you mean --format?) (see pgwarden lint --help)\n');
    expect(pgwarden(['lint', '--zzzzzz'], repoRoot).stderr).toBe('pgwarden: unknown option --zzzzzz (see pgwarden lint --help)\n');
    expect(pgwarden(['lint', '--format'], repoRoot).stderr).toBe('pgwarden: --format needs a value (see pgwarden lint --help)\n');
  });

  it('suggests the rule a policy misspelt', () => {
    expect(() => parsePolicy('apiVersion: pgwarden.io/v1alpha1\nkind: PostgresPolicy\nmetadata:\n  name: p\nspec:\n  rules:\n    replica: {}\n', 'p.yaml')).toThrow(
      /p\.yaml:7:5: spec\.rules\.replica: unknown rule "replica" \(did you mean "replicas"\?\)/,
    );
  });
});

describe('colour', () => {
  const dir = copyFixture('overlays');
  temps.push(dir);
  const esc = '\u001b[';
  it('FORCE_COLOR turns it on off a terminal, FORCE_COLOR=0 and NO_COLOR off; the flags win', () => {
    expect(pgwarden(['lint'], dir, { FORCE_COLOR: '1', NO_COLOR: '' }).stdout).toContain(esc);
    expect(pgwarden(['lint'], dir, { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout).toContain(esc);
    expect(pgwarden(['lint'], dir, { FORCE_COLOR: '0' }).stdout).not.toContain(esc);
    expect(pgwarden(['lint'], dir, { NO_COLOR: '1' }).stdout).not.toContain(esc);
    expect(pgwarden(['lint', '--no-color'], dir, { FORCE_COLOR: '1' }).stdout).not.toContain(esc);
  });
});

describe('init', () => {
  it('creates the directories of the file it is asked to write', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pgwarden-init-dirs-'));
    temps.push(dir);
    const run = pgwarden(['init', 'sub/dir/policy.yaml'], dir);
    expect(run.stderr).toBe('pgwarden: wrote sub/dir/policy.yaml\n');
    expect(run.code).toBe(0);
    expect(existsSync(join(dir, 'sub/dir/policy.yaml'))).toBe(true);
  });

  it('the starter production policy is at least as strict as every other document, rule by rule', async () => {
    const { STARTER_POLICY } = await import('../../src/cli/init.js');
    const [production, ...rest] = parsePolicy(STARTER_POLICY, 'starter.yaml').policies;
    const rank = { off: 0, info: 1, warning: 2, error: 3 } as const;
    for (const meta of ruleMetas) {
      const prod = rank[ruleSetting(production!, meta).severity];
      for (const other of rest) expect(prod, `${meta.id} in production vs ${other.name}`).toBeGreaterThanOrEqual(rank[ruleSetting(other, meta).severity]);
    }
  });
});

describe('--debug and progress', () => {
  it('--debug prints the time of each phase, the apps found and the fallbacks used, on stderr only', () => {
    const dir = copyFixture('overlays');
    temps.push(dir);
    const plain = pgwarden(['lint', '-f', 'json'], dir);
    const debug = pgwarden(['lint', '-f', 'json', '--debug'], dir);
    expect(debug.stdout).toBe(plain.stdout);
    expect(debug.stderr).toMatch(/^pgwarden: debug: discover [\d.]+ ms: \d+ apps \(/m);
    expect(debug.stderr).toMatch(/^pgwarden: debug: render [\d.]+ ms: \d+ apps, \d+ failed, kustomize fallback for none$/m);
    expect(debug.stderr).toMatch(/^pgwarden: debug: evaluate [\d.]+ ms: /m);
  });

  it('off a terminal, a long run prints a progress line every few seconds', async () => {
    let now = 1_000_000;
    // Each look at the clock is 3 s later: the run "takes" long enough for several lines.
    const clock = vi.spyOn(Date, 'now').mockImplementation(() => (now += 3_000));
    const err: string[] = [];
    const io: Io = { stdout: () => {}, stderr: (t) => err.push(t), stdoutIsTTY: false, stderrIsTTY: false, cwd: join(repoRoot, 'examples'), env: {} };
    try {
      await main(['lint', '.'], io);
    } finally {
      clock.mockRestore();
    }
    const lines = err.join('').split('\n').filter((l) => /^pgwarden: \d+% \(\d+\/\d+ steps, \d+ s\)$/.test(l));
    expect(lines.length).toBeGreaterThan(2);
    expect(err.join('')).not.toContain('\r');
  });
});
