// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Flux placeholders appear in test names here
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/policies/engine.js';
import { loadManifests, RuleTester, runRule } from '../../src/policies/rule-tester.js';
import { fixture, ignoring } from './helpers.js';

const rule = 'invalid-manifest';
const tester = new RuleTester({ describe, it });

tester.run(rule, {
  valid: [
    { name: 'ignore annotation with a reason', manifests: ignoring(fixture(rule, 'cnpg-instances-string'), rule) },
    { name: 'a well-formed Zalando postgresql', manifests: fixture(rule, 'zalando-good') },
    { name: 'kinds pgwarden does not read', manifests: fixture(rule, 'unrelated') },
    { name: 'placeholders are not wrong types', manifests: fixture(rule, 'cnpg-placeholders') },
    { name: 'Flux substitutions with envsubst functions (`${v,,}`, `${v:0:1}`, `${v#v}`) are unknown, not wrong types', manifests: fixture(rule, 'placeholders-flux-functions') },
    { name: 'postgres:18 with the volume at /var/lib/postgresql', manifests: fixture(rule, 'statefulset-postgres18-good') },
    { name: 'postgres:17 keeps its data at /var/lib/postgresql/data', manifests: fixture(rule, 'statefulset-postgres17-data-mount') },
    { name: 'CNPG sync replicas and supervised updates within what the webhook accepts', manifests: fixture(rule, 'cnpg-webhook-cross-field-good') },
  ],
  invalid: [
    {
      name: 'PGO v5 repoN-retention-full-type outside count|time',
      manifests: fixture('backup-schedule', 'pgo-v5-repo2-retention'),
      findings: [{ messageId: 'problem', severity: 'error', path: '/spec/backups/pgbackrest/global/repo2-retention-full-type', message: 'Write one of count, time' }],
    },
    {
      name: 'postgres:18 with a volume at /var/lib/postgresql/data: the entrypoint exits',
      manifests: fixture(rule, 'statefulset-postgres18-data-mount'),
      findings: [
        {
          messageId: 'problem',
          severity: 'error',
          path: '/spec/template/spec/containers/0/volumeMounts/0/mountPath',
          message: 'mount the volume at `/var/lib/postgresql` instead',
        },
      ],
    },
    {
      name: 'CNPG webhook cross-field checks against the instance count (cluster_webhook.go v1.30.0)',
      manifests: fixture(rule, 'cnpg-webhook-cross-field'),
      findings: [
        { messageId: 'problem', severity: 'error', path: '/spec/maxSyncReplicas', message: 'maxSyncReplicas must be lower than the number of instances, 1): write `spec.maxSyncReplicas: 0`' },
        { messageId: 'problem', severity: 'error', path: '/spec/minSyncReplicas', message: 'minSyncReplicas cannot be greater than maxSyncReplicas' },
        { messageId: 'problem', severity: 'error', path: '/spec/postgresql/synchronous/number', message: 'must be less than the total number of instances' },
        { messageId: 'problem', severity: 'error', path: '/spec/primaryUpdateStrategy', message: 'supervised update strategy is not allowed for clusters with a single instance' },
      ],
    },
    {
      name: 'PGO v5 without instances and postgresVersion',
      manifests: fixture(rule, 'pgo-v5-no-instances'),
      findings: [
        { messageId: 'problem', severity: 'error', path: '/spec', message: 'spec.instances is required' },
        { messageId: 'problem', severity: 'error', path: '/spec', message: 'spec.postgresVersion is required' },
      ],
    },
    {
      name: 'CNPG instances of the wrong type',
      manifests: fixture(rule, 'cnpg-instances-string'),
      findings: [{ messageId: 'problem', severity: 'error', path: '/spec/instances' }],
    },
    {
      name: 'Zalando postgresql.version that is no major',
      manifests: fixture(rule, 'zalando-version-number'),
      findings: [{ messageId: 'problem', severity: 'error', path: '/spec/postgresql/version', message: 'major version' }],
    },
    {
      name: 'CNPG ScheduledBackup without a cluster',
      manifests: fixture(rule, 'cnpg-scheduledbackup-no-cluster'),
      findings: [{ messageId: 'problem', severity: 'error', path: '/spec', message: 'spec.cluster.name is required' }],
    },
  ],
});

describe('invalid-manifest and the engine', () => {
  it('never throws on garbage input and reports nothing for non-objects', () => {
    const inputs = [null, 42, 'text', [], { kind: 'PostgresCluster' }, { apiVersion: 'postgresql.cnpg.io/v1', kind: 'Cluster', spec: 7 }];
    const findings = evaluate(loadManifests(inputs));
    expect(findings.every((f) => f.ruleId !== 'internal-error')).toBe(true);
  });

  it('problems attributed to another rule are reported under it (and not here)', () => {
    const orphan = loadManifests([
      { apiVersion: 'postgresql.cnpg.io/v1', kind: 'ScheduledBackup', metadata: { name: 'b' }, spec: { schedule: '0 0 0 * * *', cluster: { name: 'missing' } } },
    ]);
    expect(runRule(rule, { manifests: orphan }).findings).toEqual([]);
    expect(runRule('backup-schedule', { manifests: orphan }).findings).toHaveLength(1);
  });

  it('the message names the field', () => {
    const { findings } = runRule(rule, { manifests: fixture(rule, 'cnpg-instances-string') });
    expect(findings[0]?.message).toMatch(/instances/);
  });
});
