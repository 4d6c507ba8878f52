// Integration tests: spawn bin/pgwarden (built dist/, Node 24) on fixture repos and assert the JSON report
// (rule, file, line, severity, apps), exit codes, stderr notes and the other formats.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { brief, copyFixture, ensureBuilt, fixtures, lintJson, pgwarden, repoRoot } from './helpers.js';

beforeAll(() => ensureBuilt());

describe('pgwarden lint on a plain kustomize repo', () => {
  const cwd = join(fixtures, 'overlays');

  it('lints overlays through their shared base, loose manifests per directory, each finding at the line that set it', () => {
    const { run, report } = lintJson([], cwd);
    expect(run.code).toBe(1);
    expect(report.version).toBe(1);
    expect(report.summary).toEqual({ errors: 2, warnings: 5, infos: 0, apps: 4, files: 8 });
    expect(brief(report.findings)).toEqual([
      // One finding for the base line both overlays deploy unchanged; prod patched instances away.
      'warning replicas base/cluster.yaml:7 [overlays/dev overlays/staging]',
      // staging and prod set their own image: the base's `latest` only reaches dev.
      'error image-tag base/cluster.yaml:8 [overlays/dev]',
      'warning backup-schedule loose/standalone.yaml:7 [loose]',
      'warning replicas loose/standalone.yaml:9 [loose]',
      // Two overlays setting different values: one finding each, at each overlay's line.
      'warning image-tag overlays/prod/cluster.yaml:8 [overlays/prod]',
      'error anti-affinity overlays/prod/cluster.yaml:10 [overlays/prod]',
      'warning image-tag overlays/staging/image.yaml:6 [overlays/staging]',
    ]);
    const antiAffinity = report.findings.find((f) => f.ruleId === 'anti-affinity');
    expect(antiAffinity).toMatchObject({
      column: 28,
      endLine: 10,
      endColumn: 33,
      path: '/spec/affinity/enablePodAntiAffinity',
      resource: { apiVersion: 'postgresql.cnpg.io/v1', kind: 'Cluster', name: 'shop', namespace: 'shop-prod' },
    });
    expect(antiAffinity?.fix?.patch.length).toBeGreaterThan(0);
    // The merged base finding names the other object it stands for.
    expect(report.findings[0]?.message).toContain('(also shop-staging/shop)');
  });

  it('prints the stylish report grouped by file with code frames and a summary (snapshot read by hand)', () => {
    const run = pgwarden(['lint'], cwd);
    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain('\u001b[');
    expect(run.stdout).toMatchSnapshot();
  });

  it('limits the run to the apps that include the files given (pre-commit)', () => {
    const { report } = lintJson(['overlays/prod/cluster.yaml'], cwd);
    expect(report.summary.apps).toBe(1);
    expect(new Set(report.findings.flatMap((f) => f.apps))).toEqual(new Set(['overlays/prod']));
    const base = lintJson(['base/cluster.yaml'], cwd).report;
    expect(base.summary.apps).toBe(3);
  });

  it('exit codes as ESLint: --quiet, --max-warnings, usage errors', () => {
    const quiet = lintJson(['--quiet'], cwd);
    expect(quiet.run.code).toBe(1);
    expect(quiet.report.findings.every((f) => f.severity === 'error')).toBe(true);
    expect(quiet.report.summary).toMatchObject({ errors: 2, warnings: 0, infos: 0 });
    const warningsOnly = lintJson(['loose'], cwd);
    expect(warningsOnly.run.code).toBe(0);
    expect(lintJson(['loose', '--max-warnings', '1'], cwd).run.code).toBe(1);
    expect(lintJson(['loose', '--max-warnings', '2'], cwd).run.code).toBe(0);
    expect(pgwarden(['lint', '--no-such-flag'], cwd).code).toBe(2);
    expect(pgwarden(['lint', '--format', 'xml'], cwd).code).toBe(2);
    expect(pgwarden(['lint', 'does/not/exist'], cwd).code).toBe(2);
  });

  it('writes the report to --output', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pgwarden-out-'));
    const out = join(dir, 'nested', 'report.json');
    const run = pgwarden(['lint', '-f', 'json', '-o', out], cwd);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).summary.errors).toBe(2);
  });
});

describe('pgwarden lint on an Argo CD repo', () => {
  const cwd = join(fixtures, 'argocd');

  it('lints what the Applications and ApplicationSet deploy; a reset Secret in an admin app meets its cluster', () => {
    const { run, report } = lintJson([], cwd);
    expect(run.code).toBe(1);
    expect(report.summary.apps).toBe(4);
    const deployed = report.findings.filter((f) => !f.apps.includes('apps/unused'));
    expect(brief(deployed)).toEqual(['info password-reset apps/orders/admin/reset-password.yaml:7 [argocd:orders-admin]']);
    expect(deployed[0]?.message).toContain('PostgresCluster orders-prod/orders');
    // The Application whose path is missing is named on stderr.
    expect(run.stderr).toContain('argocd:missing');
    // apps/unused is deployed by no Application: still linted (issue 10 §4: it may be applied by hand), as loose
    // files of its own, and named on stderr as deployed by nothing.
    expect(report.findings.filter((f) => f.apps.includes('apps/unused')).map((f) => f.file)).toContain('apps/unused/cluster.yaml');
    expect(run.stderr).toContain('apps/unused: no Argo CD Application or Flux Kustomization in this tree deploys it');
  });
});

describe('pgwarden lint on a Flux repo', () => {
  const cwd = join(fixtures, 'flux');

  it('applies components and postBuild substitution; reports a shared component once; placeholders stay unknown', () => {
    const { run, report } = lintJson([], cwd);
    expect(run.code).toBe(1);
    expect(brief(report.findings)).toEqual([
      'error backup-schedule apps/components/backup/scheduledbackup.yaml:7 [flux:flux-system/db-team-a flux:flux-system/db-team-b]',
      // team-b's ConfigMap (substituteFrom) sets 3 instances; team-a substitutes 1.
      'warning replicas apps/db/cluster.yaml:6 [flux:flux-system/db-team-a]',
    ]);
    // `${PG_TAG}` is set by no Kustomization: no image-tag finding.
    expect(report.findings.some((f) => f.ruleId === 'image-tag')).toBe(false);
    expect(report.findings[1]?.resource).toMatchObject({ name: 'team-a-db', namespace: 'team-a' });
  });
});

describe('bad input never stops the run', () => {
  it('reports invalid YAML, binary files, symlink loops and render failures at file:line and lints the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pgwarden-broken-'));
    mkdirSync(join(dir, 'good'));
    writeFileSync(
      join(dir, 'good', 'cluster.yaml'),
      'apiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata:\n  name: good\n  namespace: db\nspec:\n  instances: 1\n',
    );
    writeFileSync(join(dir, 'invalid.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  labels: [unclosed\n');
    writeFileSync(join(dir, 'binary.yaml'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00]));
    writeFileSync(join(dir, 'huge.yaml'), `# ${'x'.repeat(5 * 1024 * 1024)}\n`);
    mkdirSync(join(dir, 'loop'));
    symlinkSync(join(dir, 'loop', 'a.yaml'), join(dir, 'loop', 'b.yaml'));
    symlinkSync(join(dir, 'loop', 'b.yaml'), join(dir, 'loop', 'a.yaml'));
    mkdirSync(join(dir, 'app'));
    writeFileSync(join(dir, 'app', 'kustomization.yaml'), 'resources:\n  - missing.yaml\n');
    const { run, report } = lintJson([], dir);
    expect(run.code).toBe(1);
    const byRule = brief(report.findings).filter((b) => !b.includes('good/'));
    // The YAML parser's own position of the error.
    const parserLine = parseAllDocuments(readFileSync(join(dir, 'invalid.yaml'), 'utf8'), { prettyErrors: true })
      .flatMap((d) => ('errors' in d ? d.errors : []))[0]?.linePos?.[0]?.line;
    expect(byRule).toContainEqual(`error yaml-syntax invalid.yaml:${parserLine} []`);
    expect(byRule).toContainEqual(expect.stringMatching(/^error render-error binary\.yaml:1 /));
    expect(byRule).toContainEqual(expect.stringMatching(/^error render-error loop\/a\.yaml:1 /));
    expect(report.findings.find((f) => f.file === 'huge.yaml')?.message).toContain('too large');
    expect(byRule).toContainEqual(expect.stringMatching(/^error render-error app\/kustomization\.yaml:\d+ \[app\]/));
    expect(report.findings.find((f) => f.ruleId === 'render-error' && f.file.startsWith('loop/'))?.message).toContain('symlink loop');
    // The good cluster is still linted.
    expect(brief(report.findings)).toContain('warning replicas good/cluster.yaml:7 [good]');
    rmSync(dir, { recursive: true, force: true });
  });

  it('says so when no PostgreSQL object was found; --fail-if-no-objects makes it exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pgwarden-empty-'));
    writeFileSync(join(dir, 'cm.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n');
    const plain = pgwarden(['lint'], dir);
    expect(plain.code).toBe(0);
    expect(plain.stderr).toContain('no PostgreSQL object found');
    expect(pgwarden(['lint', '--fail-if-no-objects'], dir).code).toBe(2);
  });

  it('an invalid policy is a policy error: exit 2 naming file:line', () => {
    const dir = copyFixture('overlays');
    writeFileSync(join(dir, '.pgwarden.yaml'), 'apiVersion: pgwarden.io/v1alpha1\nkind: PostgresPolicy\nmetadata:\n  name: p\nspec:\n  rules:\n    replicas:\n      severity: fatal\n');
    const run = pgwarden(['lint'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/\.pgwarden\.yaml:8/);
    expect(pgwarden(['lint', '--policy', 'nope.yaml'], dir).code).toBe(2);
  });

  it('the nearest .pgwarden.yaml applies (rules switched off, severities changed)', () => {
    const dir = copyFixture('overlays');
    writeFileSync(
      join(dir, '.pgwarden.yaml'),
      'apiVersion: pgwarden.io/v1alpha1\nkind: PostgresPolicy\nmetadata:\n  name: p\nspec:\n  rules:\n    image-tag:\n      severity: "off"\n    anti-affinity:\n      severity: warning\n',
    );
    const { run, report } = lintJson([], dir);
    expect(report.findings.some((f) => f.ruleId === 'image-tag')).toBe(false);
    expect(report.findings.find((f) => f.ruleId === 'anti-affinity')?.severity).toBe('warning');
    expect(run.code).toBe(0);
  });
});

describe('secret values never appear in any output', () => {
  it('keeps a Secret value out of stylish, json, sarif, junit and github output', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pgwarden-secret-'));
    writeFileSync(
      join(dir, 'db.yaml'),
      [
        'apiVersion: v1',
        'kind: Secret',
        'metadata:',
        '  name: db-pguser-app',
        '  namespace: db',
        'stringData:',
        '  user: TOPSECRET-user-value',
        '  password: ""',
        '  other: TOPSECRET-other-value',
        '---',
        'apiVersion: postgres-operator.crunchydata.com/v1beta1',
        'kind: PostgresCluster',
        'metadata:',
        '  name: db',
        '  namespace: db',
        'spec:',
        '  postgresVersion: 16',
        '  users:',
        '    - name: app',
        '  instances:',
        '    - name: one',
        '      replicas: 1',
        '      dataVolumeClaimSpec:',
        '        accessModes: [ReadWriteOnce]',
        '        resources: {requests: {storage: 1Gi}}',
        '  backups:',
        '    pgbackrest:',
        '      repos:',
        '        - name: repo1',
        '          volume:',
        '            volumeClaimSpec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}',
        '',
      ].join('\n'),
    );
    for (const format of ['stylish', 'json', 'sarif', 'junit', 'github']) {
      const run = pgwarden(['lint', '--format', format], dir);
      expect(run.stdout.length).toBeGreaterThan(0);
      expect(run.stdout + run.stderr).not.toContain('TOPSECRET');
    }
    const { report } = lintJson([], dir);
    expect(report.findings.some((f) => f.resource.kind === 'Secret')).toBe(true);
  });
});

describe('--fix and --fix-dry-run', () => {
  it('prints a unified diff of the overlay that set the value, then --fix writes it keeping comments, and the finding is gone', () => {
    const dir = copyFixture('overlays');
    const before = readFileSync(join(dir, 'overlays/prod/cluster.yaml'), 'utf8');
    const dry = pgwarden(['lint', '--fix-dry-run'], dir);
    expect(dry.code).toBe(1);
    expect(dry.stdout).toContain('--- a/overlays/prod/cluster.yaml');
    expect(dry.stdout).toContain('-    enablePodAntiAffinity: false');
    expect(dry.stdout).toContain('+    enablePodAntiAffinity: true');
    expect(readFileSync(join(dir, 'overlays/prod/cluster.yaml'), 'utf8')).toBe(before);

    const fixed = lintJson(['--fix'], dir);
    const after = readFileSync(join(dir, 'overlays/prod/cluster.yaml'), 'utf8');
    expect(after).toContain('# Production: three instances, a floating major tag.');
    expect(after).toContain('enablePodAntiAffinity: true');
    expect(after).toContain('podAntiAffinityType: preferred');
    expect(fixed.report.findings.some((f) => f.ruleId === 'anti-affinity')).toBe(false);
    // The base was not touched: the value came from the prod overlay.
    expect(readFileSync(join(dir, 'base/cluster.yaml'), 'utf8')).toBe(readFileSync(join(fixtures, 'overlays/base/cluster.yaml'), 'utf8'));
    const again = lintJson([], dir);
    expect(again.report.findings.some((f) => f.ruleId === 'anti-affinity')).toBe(false);
    expect(again.report.summary.errors).toBe(1);
  });
});

describe('suppressions', () => {
  it('--suppress-all lets only new findings fail; --prune-suppressions drops entries that no longer occur', () => {
    const dir = copyFixture('overlays');
    const adopt = pgwarden(['lint', '--suppress-all'], dir);
    expect(adopt.code).toBe(0);
    const stored = JSON.parse(readFileSync(join(dir, 'pgwarden-suppressions.json'), 'utf8'));
    expect(stored['overlays/prod/cluster.yaml']['anti-affinity']).toEqual({ count: 1 });
    expect(lintJson([], dir).run.code).toBe(0);

    // A new problem in a new place fails; the suppressed ones stay hidden.
    writeFileSync(join(dir, 'overlays/dev/kustomization.yaml'), 'namespace: shop-dev\nresources:\n  - ../../base\n  - extra.yaml\n');
    writeFileSync(
      join(dir, 'overlays/dev/extra.yaml'),
      'apiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata:\n  name: extra\nspec:\n  instances: 2\n  imageName: ghcr.io/cloudnative-pg/postgresql:latest\n',
    );
    const { run, report } = lintJson([], dir);
    expect(run.code).toBe(1);
    expect(report.findings.every((f) => f.file === 'overlays/dev/extra.yaml')).toBe(true);

    // Fix the prod overlay by hand: its entry is stale, pruning removes it.
    writeFileSync(join(dir, 'overlays/prod/cluster.yaml'), readFileSync(join(dir, 'overlays/prod/cluster.yaml'), 'utf8').replace('enablePodAntiAffinity: false', 'enablePodAntiAffinity: true'));
    const stale = pgwarden(['lint'], dir);
    expect(stale.stderr).toContain('--prune-suppressions');
    pgwarden(['lint', '--prune-suppressions'], dir);
    const pruned = JSON.parse(readFileSync(join(dir, 'pgwarden-suppressions.json'), 'utf8'));
    expect(pruned['overlays/prod/cluster.yaml']?.['anti-affinity']).toBeUndefined();
  });
});

describe('--changed-since', () => {
  it('lints only the apps whose inputs changed since the ref', () => {
    const dir = copyFixture('overlays');
    const git = (...args: string[]) => spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
    git('init', '-q');
    git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'add', '.');
    git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-q', '-m', 'init');
    const unchanged = lintJson(['--changed-since', 'HEAD'], dir);
    expect(unchanged.report.summary.apps).toBe(0);
    expect(unchanged.run.stderr).toContain('no app reads a file changed since HEAD');
    writeFileSync(join(dir, 'overlays/staging/image.yaml'), readFileSync(join(dir, 'overlays/staging/image.yaml'), 'utf8').replace(':16', ':15'));
    const { report } = lintJson(['--changed-since', 'HEAD'], dir);
    expect(report.summary.apps).toBe(1);
    expect(new Set(report.findings.flatMap((f) => f.apps))).toEqual(new Set(['overlays/staging']));
    expect(pgwarden(['lint', '--changed-since', 'no-such-ref'], dir).code).toBe(2);
  });
});

describe('other commands', () => {
  it('--version, --help for every command, rules, init, render', () => {
    const version = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version as string;
    expect(pgwarden(['--version'], repoRoot).stdout.trim()).toBe(version);
    for (const command of ['lint', 'render', 'rules', 'init']) {
      const help = pgwarden([command, '--help'], repoRoot);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain(`pgwarden ${command}`);
    }
    // `serve` hands over to the webhook's serveMain.
    const serve = pgwarden(['serve', '--help'], repoRoot);
    expect(serve.code).toBe(0);
    expect(serve.stdout).toContain('pgwarden serve');
    const rules = pgwarden(['rules', '--format', 'json'], repoRoot);
    const ids = (JSON.parse(rules.stdout) as { id: string; defaultSeverity: string; docsUrl: string }[]).map((r) => r.id);
    for (const id of ['storage-class', 'anti-affinity', 'replicas', 'image-tag', 'backup-schedule', 'password-reset', 'render-error', 'yaml-syntax']) {
      expect(ids).toContain(id);
    }
    expect(pgwarden(['rules'], repoRoot).stdout).toMatch(/anti-affinity\s+error/);

    const dir = mkdtempSync(join(tmpdir(), 'pgwarden-init-'));
    expect(pgwarden(['init'], dir).code).toBe(0);
    expect(pgwarden(['init'], dir).code).toBe(2); // exists
    // The starter policy is valid: linting with it works.
    mkdirSync(join(dir, 'app'));
    writeFileSync(join(dir, 'app', 'c.yaml'), 'apiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata:\n  name: c\n  namespace: x-prod\nspec:\n  instances: 1\n');
    const linted = lintJson([], dir);
    expect(linted.report.findings.find((f) => f.ruleId === 'replicas')?.severity).toBe('error');

    const render = pgwarden(['render', 'overlays/prod'], join(fixtures, 'overlays'));
    expect(render.code).toBe(0);
    expect(render.stdout).toContain('namespace: shop-prod');
    expect(render.stdout).toContain('instances: 3');
    const broken = mkdtempSync(join(tmpdir(), 'pgwarden-render-'));
    writeFileSync(join(broken, 'kustomization.yaml'), 'resources:\n  - missing.yaml\n');
    const failed = pgwarden(['render', '.'], broken);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('missing.yaml');
  });
});
