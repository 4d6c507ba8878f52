import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/policies/adapters/index.js';
import { ruleById } from '../../src/policies/index.js';
import { makeContext } from '../../src/policies/rule.js';
import { loadManifests, RuleTester, runRule } from '../../src/policies/rule-tester.js';
import { fixture, ignoring } from './helpers.js';

const rule = 'replicas';
const tester = new RuleTester({ describe, it });

tester.run(rule, {
  valid: [
    { name: 'ignore annotation with a reason', manifests: ignoring(fixture(rule, 'pgo-v5-single'), rule) },
    { name: 'PGO v4 replicas "1" is two instances', manifests: fixture(rule, 'pgo-v4-one-replica') },
    { name: 'PGO v5 two sets of one pod (replicas defaulted to 1)', manifests: fixture(rule, 'pgo-v5-two-sets') },
    { name: 'PGO v5 shutdown: true is deliberate', manifests: fixture(rule, 'pgo-v5-shutdown') },
    { name: 'CNPG hibernated is deliberate', manifests: fixture(rule, 'cnpg-hibernated') },
    { name: 'Zalando numberOfInstances: 0 is how that operator stops a cluster', manifests: fixture(rule, 'zalando-zero') },
    { name: 'StatefulSet scaled to 0 is a stop (kubectl scale)', manifests: fixture(rule, 'statefulset-zero') },
    { name: 'Zalando three instances within max', manifests: fixture(rule, 'zalando-three'), options: { max: 3 } },
    { name: 'min 1 accepts a single instance', manifests: fixture(rule, 'pgo-v5-single'), options: { min: 1 } },
    { name: 'placeholder replica count is never a finding', manifests: fixture(rule, 'statefulset-placeholder') },
    { name: 'Zalando min_instances 3 in the postgres-operator ConfigMap raises 1 to 3', manifests: fixture(rule, 'zalando-min-instances') },
    { name: 'Zalando standby cluster of 1 pod is what the operator supports', manifests: fixture(rule, 'zalando-standby') },
  ],
  invalid: [
    {
      name: 'Zalando max_instances in the ConfigMap the operator Deployment names (CONFIG_MAP_NAME) caps 3 at 1',
      manifests: fixture(rule, 'zalando-max-instances'),
      findings: [
        {
          messageId: 'belowMin',
          severity: 'warning',
          objectIndex: 1,
          path: '/data/max_instances',
          resource: { kind: 'postgresql', name: 'acid-main' },
          data: { count: 1, origin: " (the manifest's 3 is capped by `max_instances: 1` in the operator configuration, which is where to change it)" },
        },
      ],
    },
    {
      name: 'Zalando: a ConfigMap nothing names as the operator configuration is not read (no clamp)',
      manifests: fixture(rule, 'zalando-unnamed-configmap'),
      findings: [{ messageId: 'belowMin', severity: 'warning', path: '/spec/numberOfInstances', data: { count: 1, origin: '' } }],
    },
    {
      name: 'PGO v4 replicas "0" is the primary alone',
      manifests: fixture(rule, 'pgo-v4-primary-only'),
      findings: [{ messageId: 'belowMin', severity: 'warning', path: '/spec/replicas', message: '`spec.replicas: "1"` (PGO v4 counts replicas in addition' }],
    },
    {
      name: 'PGO v5 one pod (default replicas)',
      manifests: fixture(rule, 'pgo-v5-single'),
      findings: [{ messageId: 'belowMin', severity: 'warning', data: { count: 1, min: 2 } }],
    },
    {
      name: 'CNPG default instances 1; policy severity error raises it',
      manifests: fixture(rule, 'cnpg-default'),
      severity: 'error',
      findings: [{ messageId: 'belowMin', severity: 'error', data: { count: 1, origin: " (the operator's default)" } }],
    },
    {
      name: 'Zalando above max',
      manifests: fixture(rule, 'zalando-three'),
      options: { max: 2 },
      findings: [{ messageId: 'aboveMax', severity: 'warning', data: { count: 3, max: 2, fix: '`spec.numberOfInstances: 2`' } }],
    },

  ],
});

describe('replicas: 0 instances', () => {
  it('CNPG and PGO v5 reject 0 in their CRDs: reported once, by invalid-manifest', () => {
    for (const name of ['cnpg-zero', 'pgo-v5-zero']) {
      expect(runRule(rule, { manifests: fixture(rule, name) }).findings).toEqual([]);
      const invalid = runRule('invalid-manifest', { manifests: fixture(rule, name) }).findings;
      expect(invalid.map((f) => f.message)).toEqual([expect.stringMatching(/must be at least 1, got 0/)]);
    }
  });

  it('0 instances on a cluster that is not shut down is an error naming the way to stop it (model level)', () => {
    const model = buildModel(loadManifests(fixture(rule, 'pgo-v5-single')));
    const cluster = model.clusters[0]!;
    cluster.totalInstances = { value: 0, path: '/spec/instances/0/replicas' };
    const replicas = ruleById(rule)!;
    const context = makeContext(replicas.meta, 'warning', { min: 2 });
    replicas.check(model, context);
    expect(context.findings).toHaveLength(1);
    expect(context.findings[0]).toMatchObject({ severity: 'error', messageId: 'zero', path: '/spec/instances/0/replicas' });
    expect(context.findings[0]?.message).toContain('set `spec.shutdown: true`');
    cluster.shutdown = { value: true, path: '/spec/shutdown' };
    const again = makeContext(replicas.meta, 'warning', { min: 2 });
    replicas.check(model, again);
    expect(again.findings).toEqual([]);
  });
});

