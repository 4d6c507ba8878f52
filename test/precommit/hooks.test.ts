// pre-commit integration, against a clone of the repository at HEAD (only committed work ships):
//  1. `npm install -g git+file://<clone>` — how pre-commit >= 4.6.1 installs a `language: node` hook — gives a
//     working `bin/pgwarden`. npm 11 (Node 24's) leaves a dangling link to a deleted temp clone for any package with
//     a lifecycle script (npm/cli#4148, #8440), so pgwarden has none: bin/pgwarden runs the committed lib/ bundle.
//  2. The hook from .pre-commit-hooks.yaml, installed in a temporary git repo with the pre-commit framework when
//     it is on PATH, refuses a commit with a finding and accepts the fixed one; the pgwarden-fix hook rewrites the
//     file. Without the framework the same entry is run directly, after installing the package the way pre-commit
//     < 4.6.1 does (npm install, npm pack, npm install -g <tarball>).
import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const repoRoot = resolve(import.meta.dirname, '../..');
const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
const INSTALL_TIMEOUT = 15 * 60_000;
// Node 24 first: the hook and npm's lifecycle scripts run on whatever `node` is first on PATH.
const PATH = [join(repoRoot, 'node_modules/.bin'), process.env.PATH ?? ''].join(delimiter);
const work = mkdtempSync(join(tmpdir(), 'pgw-precommit-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Inherited git variables (tests run from a git hook) would point every git command at the wrong repository.
const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^GIT_(DIR|INDEX_FILE|WORK_TREE|PREFIX)$/.test(k)));

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}, timeout = INSTALL_TIMEOUT): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    timeout,
    // The caller's environment (npm needs its proxy / CA settings to reach the registry), made deterministic.
    env: {
      ...inherited,
      PATH,
      GIT_AUTHOR_NAME: 'Octo Cat',
      GIT_AUTHOR_EMAIL: 'octocat@example.com',
      GIT_COMMITTER_NAME: 'Octo Cat',
      GIT_COMMITTER_EMAIL: 'octocat@example.com',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
      ...env,
    },
  });
}

function ok(r: SpawnSyncReturns<string>, what: string): string {
  if (r.status !== 0) throw new Error(`${what} failed (${r.status ?? r.signal}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** The npm to install with: PGWARDEN_TEST_NPM (path to an npm-cli.js) or the npm on PATH. */
function findNpm(): string[] | undefined {
  const candidates: string[][] = [];
  if (process.env.PGWARDEN_TEST_NPM) candidates.push([join(repoRoot, 'node_modules/.bin/node'), process.env.PGWARDEN_TEST_NPM]);
  candidates.push(['npm']);
  for (const [cmd, ...args] of candidates) {
    if (run(cmd!, [...args, '--version'], repoRoot, {}, 30_000).status === 0) return [cmd!, ...args];
  }
  return undefined;
}

const npm = findNpm();
// PGWARDEN_TEST_NO_PRECOMMIT=1 exercises the fallback on a machine that has the framework.
const preCommit = !process.env.PGWARDEN_TEST_NO_PRECOMMIT && run('pre-commit', ['--version'], repoRoot, {}, 30_000).status === 0;
if (!npm) console.warn('SKIP npm install -g git+file:// test: no npm on PATH');
if (!preCommit) {
  console.warn(
    'pre-commit framework not used (not on PATH, or PGWARDEN_TEST_NO_PRECOMMIT set): running the hook entry directly instead (apt-get install pre-commit / pipx install pre-commit to run it for real)',
  );
}

let clone = '';
let head = '';
beforeAll(() => {
  clone = join(work, 'pgwarden');
  ok(run('git', ['clone', '--quiet', '--no-hardlinks', repoRoot, clone], work), 'git clone');
  head = ok(run('git', ['rev-parse', 'HEAD'], clone), 'git rev-parse').trim();
});

const cnpgCluster = (image: string, antiAffinity: boolean) => `apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata:
  name: ledger
  namespace: ledger-prod
spec:
  instances: 3
  imageName: ${image}
  storage:
    storageClass: fast-ssd
    size: 10Gi
  backup:
    retentionPolicy: 14d
    barmanObjectStore:
      destinationPath: s3://backups/ledger
      s3Credentials:
        accessKeyId:
          name: ledger-s3
          key: ACCESS_KEY_ID
        secretAccessKey:
          name: ledger-s3
          key: ACCESS_SECRET_KEY
  affinity:
    enablePodAntiAffinity: ${antiAffinity}
`;
const scheduledBackup = `apiVersion: postgresql.cnpg.io/v1
kind: ScheduledBackup
metadata:
  name: ledger-daily
  namespace: ledger-prod
spec:
  schedule: "0 0 2 * * *"
  cluster:
    name: ledger
`;
const GOOD_IMAGE = 'ghcr.io/cloudnative-pg/postgresql:17.5-system-bookworm';

/** A GitOps repo with one clean app and the given pre-commit hooks from the clone at HEAD. */
function gitopsRepo(name: string, hookIds: string[]): string {
  const dir = join(work, name);
  mkdirSync(join(dir, 'apps/ledger'), { recursive: true });
  ok(run('git', ['init', '-q', '-b', 'main'], dir), 'git init');
  writeFileSync(
    join(dir, '.pre-commit-config.yaml'),
    `repos:\n  - repo: ${clone}\n    rev: ${head}\n    hooks:\n${hookIds.map((id) => `      - id: ${id}\n`).join('')}`,
  );
  writeFileSync(join(dir, 'apps/ledger/kustomization.yaml'), 'resources:\n  - cluster.yaml\n  - scheduledbackup.yaml\n');
  writeFileSync(join(dir, 'apps/ledger/cluster.yaml'), cnpgCluster(GOOD_IMAGE, true));
  writeFileSync(join(dir, 'apps/ledger/scheduledbackup.yaml'), scheduledBackup);
  ok(run('git', ['add', '-A'], dir), 'git add');
  ok(run('git', ['commit', '-q', '--no-verify', '-m', 'clean app'], dir), 'git commit');
  return dir;
}

describe('pre-commit hooks', () => {
  it.skipIf(!npm)(
    'bin/pgwarden works from `npm install -g git+file://` of the repo at HEAD (pre-commit >= 4.6.1)',
    () => {
      const prefix = join(work, 'global-git');
      const [cmd, ...args] = npm!;
      ok(run(cmd!, [...args, 'install', '-g', '--prefix', prefix, `git+file://${clone}`], work), 'npm install -g git+file://');
      const r = run(join(prefix, 'bin/pgwarden'), ['--version'], work, {}, 60_000);
      expect(r.stderr).toBe('');
      expect(r.stdout.trim()).toBe(version);
      expect(r.status).toBe(0);
    },
    INSTALL_TIMEOUT,
  );

  it('package.json has no script that makes npm prepare a git install', () => {
    // npm's git fetcher (pacote) runs `npm install` in its clone when one of these exists, and npm 11 then links
    // the deleted clone instead of installing the package: the pre-commit >= 4.6.1 route breaks.
    const scripts = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts ?? {};
    const preparing = ['prepare', 'build', 'preinstall', 'install', 'postinstall', 'prepack'].filter((s) => s in scripts);
    expect(preparing).toEqual([]);
  });

  it('.pre-commit-hooks.yaml declares both hooks as language: node on YAML files', () => {
    const hooks = parse(readFileSync(join(repoRoot, '.pre-commit-hooks.yaml'), 'utf8')) as {
      id: string;
      entry: string;
      language: string;
      files: string;
    }[];
    expect(hooks.map((h) => h.id)).toEqual(['pgwarden', 'pgwarden-fix']);
    for (const h of hooks) {
      expect(h.language).toBe('node');
      const files = new RegExp(h.files);
      expect(['a/cluster.yaml', 'kustomization.yml'].every((f) => files.test(f))).toBe(true);
      expect(['README.md', 'values.yaml.tpl'].some((f) => files.test(f))).toBe(false);
    }
    expect(hooks[1]?.entry).toMatch(/--fix\b/);
  });

  it.runIf(preCommit)(
    'the pre-commit framework refuses a commit with a finding, accepts the fix, and pgwarden-fix rewrites the file',
    () => {
      const dir = gitopsRepo('with-framework', ['pgwarden']);
      const env = { PRE_COMMIT_HOME: join(work, 'pre-commit-home') };
      ok(run('pre-commit', ['install', '--install-hooks'], dir, env), 'pre-commit install --install-hooks');

      writeFileSync(join(dir, 'apps/ledger/cluster.yaml'), cnpgCluster('ghcr.io/cloudnative-pg/postgresql:latest', true));
      ok(run('git', ['add', 'apps/ledger/cluster.yaml'], dir), 'git add');
      const refused = run('git', ['commit', '-m', 'newest image'], dir, env);
      const said = refused.stdout + refused.stderr;
      expect(refused.status, said).not.toBe(0);
      expect(said).toMatch(/pgwarden \(PostgreSQL on Kubernetes\)\.+Failed/);
      expect(said).toContain('apps/ledger/cluster.yaml');
      expect(said).toMatch(/image-tag/);
      expect(run('git', ['rev-list', '--count', 'HEAD'], dir).stdout.trim()).toBe('1');

      writeFileSync(join(dir, 'apps/ledger/cluster.yaml'), cnpgCluster(GOOD_IMAGE, true).replace('17.5', '17.6'));
      ok(run('git', ['add', 'apps/ledger/cluster.yaml'], dir), 'git add');
      const accepted = run('git', ['commit', '-m', 'pin 17.6'], dir, env);
      expect(accepted.status, accepted.stdout + accepted.stderr).toBe(0);
      expect(accepted.stdout + accepted.stderr).toMatch(/pgwarden \(PostgreSQL on Kubernetes\)\.+Passed/);

      // pgwarden-fix: the framework sees the file changed and stops the commit so the fix can be reviewed.
      const fixDir = gitopsRepo('with-framework-fix', ['pgwarden-fix']);
      ok(run('pre-commit', ['install', '--install-hooks'], fixDir, env), 'pre-commit install --install-hooks');
      writeFileSync(join(fixDir, 'apps/ledger/cluster.yaml'), cnpgCluster(GOOD_IMAGE, false));
      ok(run('git', ['add', 'apps/ledger/cluster.yaml'], fixDir), 'git add');
      const fixed = run('git', ['commit', '-m', 'no spreading'], fixDir, env);
      expect(fixed.status).not.toBe(0);
      expect(fixed.stdout + fixed.stderr).toMatch(/files were modified by this hook/);
      expect(readFileSync(join(fixDir, 'apps/ledger/cluster.yaml'), 'utf8')).toMatch(/enablePodAntiAffinity: true/);
      ok(run('git', ['add', 'apps/ledger/cluster.yaml'], fixDir), 'git add');
      expect(run('git', ['commit', '-m', 'spread'], fixDir, env).status).toBe(0);
    },
    INSTALL_TIMEOUT,
  );

  it.skipIf(preCommit)(
    'without the framework: the hook entry, installed as pre-commit < 4.6.1 does, refuses the bad file and passes the good one',
    () => {
      // npm install (with devDependencies), npm pack (runs prepare), npm install -g <tarball>: pre-commit's node.py.
      const src = join(work, 'hook-src');
      ok(run('git', ['clone', '--quiet', clone, src], work), 'git clone');
      ok(run('npm', ['install', '--include=dev', '--no-save'], src), 'npm install');
      const tarball = ok(run('npm', ['pack', '--silent'], src), 'npm pack').trim().split('\n').pop()!;
      const prefix = join(work, 'hook-env');
      ok(run('npm', ['install', '-g', '--prefix', prefix, join(src, tarball)], src), 'npm install -g tarball');
      const hook = (parse(readFileSync(join(clone, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; files: string }[]).find(
        (h) => h.id === 'pgwarden',
      )!;
      const [bin, ...entryArgs] = hook.entry.split(/\s+/);
      const exe = join(prefix, 'bin', bin!);
      expect(existsSync(exe)).toBe(true);

      const dir = gitopsRepo('without-framework', ['pgwarden']);
      writeFileSync(join(dir, 'apps/ledger/cluster.yaml'), cnpgCluster('ghcr.io/cloudnative-pg/postgresql:latest', true));
      const staged = ['apps/ledger/cluster.yaml'].filter((f) => new RegExp(hook.files).test(f));
      const bad = run(exe, [...entryArgs, ...staged], dir, {}, 120_000);
      expect(bad.status, bad.stdout + bad.stderr).toBe(1);
      expect(bad.stdout).toContain('apps/ledger/cluster.yaml');
      expect(bad.stdout).toMatch(/image-tag/);
      writeFileSync(join(dir, 'apps/ledger/cluster.yaml'), cnpgCluster(GOOD_IMAGE, true));
      const good = run(exe, [...entryArgs, ...staged], dir, {}, 120_000);
      expect(good.status, good.stdout + good.stderr).toBe(0);
      expect(readdirSync(dirname(exe))).toContain('pgwarden');
    },
    INSTALL_TIMEOUT,
  );
});
