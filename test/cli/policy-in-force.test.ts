// Which policy judged a finding is visible in every format (issue 14 §3), and a file argument finds the policy
// nearest to the file, not to the current directory: pre-commit runs `pgwarden lint <staged files>` at the root.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportFinding } from '../../src/cli/report.js';
import { copyFixture, lintJson, pgwarden, repoRoot } from './helpers.js';

/** A repository holding a copy of examples/ (its .pgwarden.yaml inside examples/, none at the root). */
let repo: string;
beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'pgwarden-policy-'));
  cpSync(join(repoRoot, 'examples'), join(repo, 'examples'), { recursive: true });
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

const zalandoReplicas = (findings: ReportFinding[]) =>
  findings.find((f) => f.ruleId === 'replicas' && f.file === 'examples/apps/analytics/postgresql.yaml');

describe('the policy in force', () => {
  it('a file argument from the root uses the .pgwarden.yaml nearest to the file, as linting its directory does', () => {
    const viaFile = lintJson(['examples/apps/analytics/postgresql.yaml'], repo).report;
    const viaDir = lintJson(['examples'], repo).report;
    // examples/.pgwarden.yaml's production policy makes a single Zalando instance an error (the preset: a warning).
    expect(zalandoReplicas(viaFile.findings)?.severity).toBe('error');
    expect(zalandoReplicas(viaDir.findings)?.severity).toBe('error');
    expect(zalandoReplicas(viaFile.findings)?.policy).toEqual({ name: 'production', file: 'examples/.pgwarden.yaml' });
    expect(viaFile.policy).toEqual({ file: 'examples/.pgwarden.yaml', names: ['production', 'development', 'default'] });
  });

  it('every JSON finding names its policy document; the built-in preset has file null', () => {
    const { report } = lintJson(['examples'], repo);
    expect(report.findings.length).toBeGreaterThan(0);
    for (const f of report.findings) expect(f.policy?.file === null || f.policy?.file === 'examples/.pgwarden.yaml', JSON.stringify(f)).toBe(true);
    const names = new Set(report.findings.map((f) => f.policy?.name));
    expect(names.has('production')).toBe(true);
    const dir = copyFixture('overlays');
    const plain = lintJson([], dir).report;
    expect(plain.policy).toEqual({ file: null, names: ['recommended'] });
    for (const f of plain.findings) expect(f.policy).toEqual({ name: 'recommended', file: null });
  });

  it('SARIF records it per result; stylish names the policy file', () => {
    const sarif = JSON.parse(pgwarden(['lint', '-f', 'sarif', 'examples'], repo).stdout) as {
      runs: { results: { ruleId: string; properties: { policy?: unknown } }[] }[];
    };
    const results = sarif.runs[0]!.results;
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) expect(r.properties.policy).toMatchObject({ name: expect.any(String) });
    const stylish = pgwarden(['lint', 'examples/apps/analytics/postgresql.yaml'], repo).stdout;
    expect(stylish).toContain('policy: examples/.pgwarden.yaml (production, development, default)');
  });

  it('--print-config FILE prints the policy and the defaulted rule settings for each object in it', () => {
    const run = pgwarden(['lint', '--print-config', 'examples/apps/analytics/postgresql.yaml'], repo);
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout) as {
      policyFile: string;
      objects: { resource: { kind: string; namespace?: string }; policy: string; rules: Record<string, { severity: string; options: Record<string, unknown> }> }[];
    };
    expect(printed.policyFile).toBe('examples/.pgwarden.yaml');
    const cluster = printed.objects.find((o) => o.resource.kind === 'postgresql');
    // The namespace comes from the Argo CD Application's destination: that is what the policy matches.
    expect(cluster).toMatchObject({ resource: { namespace: 'analytics-prod' }, policy: 'production' });
    expect(cluster?.rules.replicas).toMatchObject({ severity: 'error', options: { min: 2 } });
    expect(Object.keys(cluster?.rules ?? {})).toEqual(expect.arrayContaining(['storage-class', 'anti-affinity', 'image-tag', 'backup-schedule', 'password-reset']));
    expect(pgwarden(['lint', '--print-config', 'examples/apps/analytics/postgresql.yaml', 'examples'], repo).code).toBe(2);
  });

  it('the summary counts what the suppressions file hides', () => {
    const dir = copyFixture('overlays');
    expect(pgwarden(['lint', '--suppress-all'], dir).code).toBe(0);
    const { report } = lintJson([], dir);
    expect(report.findings).toEqual([]);
    expect(report.summary.suppressed).toBeGreaterThan(0);
    expect(pgwarden(['lint'], dir).stdout).toMatch(new RegExp(`no problems .*; ${report.summary.suppressed} suppressed`));
  });

  it('paths nearer to different policies say which one applies', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pgwarden-two-policies-'));
    try {
      cpSync(join(repoRoot, 'examples'), join(dir, 'a'), { recursive: true });
      mkdirSync(join(dir, 'b'));
      writeFileSync(join(dir, 'b', '.pgwarden.yaml'), 'apiVersion: pgwarden.io/v1alpha1\nkind: PostgresPolicy\nmetadata:\n  name: b\nspec:\n  rules: {}\n');
      writeFileSync(join(dir, 'b', 'x.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n');
      const run = pgwarden(['lint', 'a', 'b'], dir);
      expect(run.stderr).toContain('some paths given are nearer to b/.pgwarden.yaml; one policy applies per run: a/.pgwarden.yaml.');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
