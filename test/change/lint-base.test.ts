// `lint --base REF` end to end: each case is a small git repository (a base commit, a head commit) linted with the
// change rules, for each flavour a rule applies to, plus changes that must not fire.
import { describe, expect, it } from 'vitest';
import { loadRenderer } from '../../src/cli/deps.js';
import { formatReport } from '../../src/cli/formatters/index.js';
import { runLint } from '../../src/cli/lint.js';
import { cnpg, flavours, pgoV4, pgoV5, type Shape, statefulSet, zalando } from './manifests.js';
import { app, changeFindings, changeRepo, lintChange } from './repo.js';

type Flavour = keyof typeof flavours;
const build = (flavour: Flavour, shape: Shape = {}) => flavours[flavour](shape);
const smaller: Record<Flavour, [string, string]> = {
  'pgo-v5': ['10Gi', '5Gi'],
  cnpg: ['10Gi', '5Gi'],
  zalando: ['10Gi', '5Gi'],
  'pgo-v4': ['10G', '5G'],
  statefulset: ['10Gi', '5Gi'],
};
const majors: Record<Flavour, [number, number]> = { 'pgo-v5': [16, 17], cnpg: [16, 17], zalando: [16, 17], 'pgo-v4': [13, 14], statefulset: [16, 17] };
const all = Object.keys(flavours) as Flavour[];
/** A Flux post-build variable, unresolved in the repository. */
const flux = (name: string) => `\${${name}}`;
const summary = (findings: ReturnType<typeof changeFindings>) => findings.map((f) => `${f.ruleId}:${f.severity}:${f.side}:${f.file}:${f.line}`);

describe('lint --base: each rule on each flavour', () => {
  it.each(all)('%s: cluster-removed lands on the base file, marked removed in this change', async (flavour) => {
    const result = await lintChange(app(build(flavour)), { 'README.md': 'moved away\n' });
    const found = changeFindings(result);
    expect(summary(found)).toEqual([`cluster-removed:error:base:cluster.yaml:${flavour === 'pgo-v4' ? 4 : 4}`]);
    expect(found[0]?.message).toContain('removed in this change');
  });

  it.each(all)('%s: storage-shrink with before and after sizes', async (flavour) => {
    const [before, after] = smaller[flavour];
    const result = await lintChange(app(build(flavour, { size: before })), app(build(flavour, { size: after })));
    const found = changeFindings(result).filter((f) => f.ruleId === 'storage-shrink');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', side: 'head', file: 'cluster.yaml' });
    expect(found[0]?.message).toContain(`from ${before} to ${after}`);
  });

  it.each(all)('%s: storage-class-change in the operator’s words', async (flavour) => {
    const result = await lintChange(app(build(flavour)), app(build(flavour, { storageClass: 'slow' })));
    const found = changeFindings(result).filter((f) => f.ruleId === 'storage-class-change');
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) {
      expect(f.severity).toBe(flavour === 'statefulset' ? 'error' : 'warning');
      expect(f.message).toContain('from `fast` to `slow`');
    }
  });

  it.each(all)('%s: major-upgrade without the operator path', async (flavour) => {
    const [from, to] = majors[flavour];
    const result = await lintChange(app(build(flavour, { major: from })), app(build(flavour, { major: to })));
    const found = changeFindings(result).filter((f) => f.ruleId === 'major-upgrade');
    expect(found).toHaveLength(1);
    // CloudNativePG (1.26+) upgrades in place on an image change, Zalando in its default mode (manual) on a version
    // change: info with the steps left.
    expect(found[0]?.severity).toBe(flavour === 'cnpg' || flavour === 'zalando' ? 'info' : 'error');
    expect(found[0]?.message).toContain(`from Postgres ${from} to ${to}`);
  });

  it.each([
    ['pgo-v4', { replicas: '1' }, { replicas: '3' }, 'warning', 'spec.replicas'],
    ['cnpg', { bootstrapDb: 'app' }, { bootstrapDb: 'shop' }, 'warning', 'spec.bootstrap'],
    ['statefulset', { serviceName: 'pg' }, { serviceName: 'pg-headless' }, 'error', 'spec.serviceName'],
    ['pgo-v5', { setName: 'instance1' }, { setName: 'set-a' }, 'warning', 'instance1'],
  ] as const)('%s: immutable-field', async (flavour, before, after, severity, text) => {
    const result = await lintChange(app(build(flavour, before)), app(build(flavour, after)));
    const found = changeFindings(result).filter((f) => f.ruleId === 'immutable-field');
    expect(found).toHaveLength(1);
    expect(found[0]?.severity).toBe(severity);
    expect(found[0]?.message).toContain(text);
  });

  it.each(['pgo-v5', 'cnpg', 'zalando'] as const)('%s: backup-removed when the schedule goes', async (flavour) => {
    const result = await lintChange(app(build(flavour)), app(build(flavour, { schedule: null })));
    const found = changeFindings(result).filter((f) => f.ruleId === 'backup-removed');
    expect(found).toHaveLength(1);
    expect(found[0]?.severity).toBe('warning');
  });

  it.each([
    ['pgo-v5', '14', '7'],
    ['cnpg', '30d', '7d'],
  ] as const)('%s: backup-removed when the retention is lowered', async (flavour, before, after) => {
    const result = await lintChange(app(build(flavour, { retention: before })), app(build(flavour, { retention: after })));
    const found = changeFindings(result).filter((f) => f.ruleId === 'backup-removed');
    expect(found.map((f) => f.message)).toEqual([expect.stringContaining(`from \`${before}\` to \`${after}\``)]);
  });
});

describe('lint --base: the operator’s path and refusals', () => {
  it('PGO v5 with a PGUpgrade and the allow-upgrade annotation: info with the steps left', async () => {
    const upgrade = `---
apiVersion: postgres-operator.crunchydata.com/v1beta1
kind: PGUpgrade
metadata:
  name: hippo-17
  namespace: db
spec:
  postgresClusterName: hippo
  fromPostgresVersion: 16
  toPostgresVersion: 17
`;
    const result = await lintChange(
      app(pgoV5({ major: 16 })),
      app(pgoV5({ major: 17, annotations: { 'postgres-operator.crunchydata.com/allow-upgrade': 'hippo-17' }, extra: upgrade })),
    );
    const found = changeFindings(result).filter((f) => f.ruleId === 'major-upgrade');
    expect(found.map((f) => f.severity)).toEqual(['info']);
    expect(found[0]?.message).toContain('PGUpgrade hippo-17');
  });

  it.each([
    ['off', undefined, 'error'],
    ['off', 'acid', 'info'],
    ['full', undefined, 'info'],
    [flux('UPGRADE_MODE'), undefined, 'info'],
  ] as const)('Zalando with major_version_upgrade_mode %s (team allow list %s): %s', async (mode, team, severity) => {
    const config = `---
apiVersion: acid.zalan.do/v1
kind: OperatorConfiguration
metadata:
  name: postgresql-operator-configuration
  namespace: db
configuration:
  major_version_upgrade:
    major_version_upgrade_mode: "${mode}"${team ? `\n    major_version_upgrade_team_allow_list: [${team}]` : ''}
`;
    const result = await lintChange(app(zalando({ major: 16, extra: config })), app(zalando({ major: 17, extra: config })));
    expect(changeFindings(result).map((f) => `${f.ruleId}:${f.severity}`)).toEqual([`major-upgrade:${severity}`]);
  });

  it('PGO v4 removed with the keep-data annotation: still removed, and the message says the data PVCs stay', async () => {
    const result = await lintChange(app(pgoV4({ annotations: { 'keep-data': 'true' } })), { 'README.md': 'gone\n' });
    const found = changeFindings(result);
    expect(found.map((f) => f.ruleId)).toEqual(['cluster-removed']);
    expect(found[0]?.message).toContain('`keep-data` annotation keeps the data PVCs');
  });

  it('Zalando with major_version_upgrade_mode manual: info', async () => {
    const config = `---
apiVersion: acid.zalan.do/v1
kind: OperatorConfiguration
metadata:
  name: postgresql-operator-configuration
  namespace: db
configuration:
  major_version_upgrade:
    major_version_upgrade_mode: manual
`;
    const result = await lintChange(app(zalando({ major: 16, extra: config })), app(zalando({ major: 17, extra: config })));
    expect(changeFindings(result).map((f) => `${f.ruleId}:${f.severity}`)).toEqual(['major-upgrade:info']);
  });

  it('CloudNativePG major downgrade: error', async () => {
    const result = await lintChange(app(cnpg({ major: 17 })), app(cnpg({ major: 16 })));
    const found = changeFindings(result);
    expect(found.map((f) => `${f.ruleId}:${f.severity}`)).toEqual(['major-upgrade:error']);
    expect(found[0]?.message).toContain('down to 16');
  });
});

describe('lint --base: changes that must not fire', () => {
  it.each(all)('%s: a file renamed', async (flavour) => {
    const result = await lintChange(app(build(flavour), 'cluster.yaml'), app(build(flavour), 'postgres.yaml'));
    expect(changeFindings(result)).toEqual([]);
  });

  it.each(all)('%s: a bump within the same major', async (flavour) => {
    const result = await lintChange(app(build(flavour, { minor: 2 })), app(build(flavour, { minor: 6 })));
    expect(changeFindings(result)).toEqual([]);
  });

  it('the same size in other units (10Gi → 10240Mi) is no shrink', async () => {
    const result = await lintChange(app(pgoV5({ size: '10Gi' })), app(pgoV5({ size: '10240Mi' })));
    expect(changeFindings(result)).toEqual([]);
  });

  it('a placeholder at the head never fires', async () => {
    const result = await lintChange(app(zalando({ storageClass: 'fast', size: '10Gi' })), app(zalando({ storageClass: flux('STORAGE_CLASS'), size: flux('SIZE') })));
    expect(changeFindings(result)).toEqual([]);
  });

  it('a value moved from the base to an overlay that renders the same', async () => {
    const overlay = (patch: string) => ({
      'overlays/prod/kustomization.yaml': `resources:\n  - ../../base\n${patch}`,
    });
    const before = { 'base/kustomization.yaml': 'resources:\n  - cluster.yaml\n', 'base/cluster.yaml': cnpg({ size: '20Gi' }), ...overlay('') };
    const patch = `patches:\n  - target:\n      kind: Cluster\n      name: pg\n    patch: |-\n      - op: replace\n        path: /spec/storage/size\n        value: 20Gi\n`;
    const after = { 'base/kustomization.yaml': 'resources:\n  - cluster.yaml\n', 'base/cluster.yaml': cnpg({ size: '10Gi' }), ...overlay(patch) };
    const result = await lintChange(before, after);
    // The base directory on its own does shrink (it is an app too); the overlay that renders the same does not change.
    expect(Object.keys(result.inputsByApp)).toContain('overlays/prod');
    const found = changeFindings(result);
    expect(found.filter((f) => f.apps.includes('overlays/prod'))).toEqual([]);
  });

  it('cluster-removed is opted out by an ignore annotation with a reason on the base object', async () => {
    const base = app(cnpg({ annotations: { 'ignore.pgwarden.io/cluster-removed': 'decommissioned, data exported (TICKET-12)' } }));
    const result = await lintChange(base, { 'README.md': 'gone\n' });
    expect(changeFindings(result)).toEqual([]);
  });

  it('without --base the report has no change findings', async () => {
    const dir = changeRepo(app(pgoV5({ size: '10Gi' })), app(pgoV5({ size: '5Gi' })));
    const result = await runLint({ paths: ['.'], cwd: dir });
    expect(changeFindings(result)).toEqual([]);
  });
});

describe('lint --base: plumbing', () => {
  it('renders again only the apps whose files changed; the others reuse the head render', async () => {
    const before = { 'a/kustomization.yaml': 'resources:\n  - cluster.yaml\n', 'a/cluster.yaml': cnpg(), 'b/kustomization.yaml': 'resources:\n  - cluster.yaml\n', 'b/cluster.yaml': zalando() };
    const after = { ...before, 'b/cluster.yaml': zalando({ size: '5Gi' }) };
    const dir = changeRepo(before, after);
    const renderer = await loadRenderer();
    let renders = 0;
    const counting = {
      ...renderer,
      render: (...a: Parameters<typeof renderer.render>) => {
        renders++;
        return renderer.render(...a);
      },
    };
    const result = await runLint({ paths: ['.'], cwd: dir, base: 'HEAD~1' }, { renderer: counting });
    expect(changeFindings(result).map((f) => `${f.ruleId}:${f.file}`)).toEqual(['storage-shrink:b/cluster.yaml']);
    expect(renders).toBe(3); // a and b at the head, b at the base
  });

  it('compares the working tree with HEAD (the pre-commit hook) without touching it or the index', async () => {
    const result = await lintChange(app(statefulSet({ size: '10Gi' })), app(statefulSet({ size: '1Gi' })), { commitHead: false });
    expect(changeFindings(result).map((f) => f.ruleId)).toEqual(['storage-shrink']);
  });

  it('every format carries the side: json has it, the others say removed in this change', async () => {
    const result = await lintChange(app(pgoV4()), { 'README.md': 'gone\n' });
    const json = JSON.parse(formatReport('json', result.report, { cwd: result.dir })) as { findings: { side?: string }[] };
    expect(json.findings.find((f) => f.side === 'base')).toBeDefined();
    for (const name of ['stylish', 'sarif', 'junit', 'github'] as const) {
      expect(formatReport(name, result.report, { cwd: result.dir })).toContain('removed in this change');
    }
  });

  it('an unknown ref is a usage error', async () => {
    const dir = changeRepo(app(cnpg()), app(cnpg()));
    await expect(runLint({ paths: ['.'], cwd: dir, base: 'no-such-ref' })).rejects.toThrow(/--base no-such-ref/);
  });

  it('a policy can switch a change rule off', async () => {
    const policy = 'apiVersion: pgwarden.io/v1alpha1\nkind: PostgresPolicy\nmetadata:\n  name: p\nspec:\n  rules:\n    storage-shrink:\n      severity: "off"\n';
    const result = await lintChange(app(zalando({ size: '10Gi' })), app(zalando({ size: '5Gi' })), { policy });
    expect(changeFindings(result)).toEqual([]);
  });
});
