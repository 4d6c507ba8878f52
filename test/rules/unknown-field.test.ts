import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/policies/index.js';
import { loadManifests, RuleTester, runRule } from '../../src/policies/rule-tester.js';
import { edited, fixture } from './helpers.js';

const rule = 'unknown-field';
const tester = new RuleTester({ describe, it });

// A CRD of our own making: where a linted repo or `--crds` brings one, it decides instead of the built-in catalogue.
const customCrd = {
  apiVersion: 'apiextensions.k8s.io/v1',
  kind: 'CustomResourceDefinition',
  metadata: { name: 'clusters.postgresql.cnpg.io' },
  spec: {
    group: 'postgresql.cnpg.io',
    names: { kind: 'Cluster', plural: 'clusters' },
    scope: 'Namespaced',
    versions: [
      {
        name: 'v1',
        served: true,
        storage: true,
        schema: {
          openAPIV3Schema: {
            type: 'object',
            properties: {
              spec: { type: 'object', properties: { instances: { type: 'integer' }, instance: { type: 'integer' } } },
            },
          },
        },
      },
    ],
  },
};

tester.run(rule, {
  valid: [
    { name: 'CNPG Cluster with maps, quantities, resources and status', manifests: fixture(rule, 'cnpg-valid') },
    { name: 'Zalando postgresql with users, databases and parameters', manifests: fixture(rule, 'zalando-valid') },
    { name: 'PGO v4 (no published schema) and a StatefulSet (built-in kind) are not judged', manifests: fixture(rule, 'others-unchecked') },
    { name: 'placeholders are unknown values, never findings', manifests: fixture(rule, 'placeholders') },
  ],
  invalid: [
    {
      name: 'CNPG: spec.instance and storage.storageclass are pruned; a case-only typo is fixed',
      manifests: fixture(rule, 'cnpg-typos'),
      findings: [
        {
          messageId: 'typo',
          path: '/spec/instance',
          data: { field: 'spec.instance', suggestion: 'spec.instances', source: 'CloudNativePG 1.30.0' },
          message: '`spec.instance` is not a field of Cluster postgresql.cnpg.io/v1: write `spec.instances`.',
          output: null,
        },
        {
          messageId: 'typo',
          path: '/spec/storage/storageclass',
          data: { suggestion: 'spec.storage.storageClass' },
          output: edited(fixture(rule, 'cnpg-typos'), (cluster) => {
            cluster.spec.storage = { size: '20Gi', storageClass: 'encrypted-gp3' };
          }),
        },
      ],
    },
    {
      name: 'CNPG ScheduledBackup: a field no defined name is near is reported plainly',
      manifests: fixture(rule, 'cnpg-scheduledbackup-typo'),
      findings: [{ messageId: 'unknown', path: '/spec/backupowner', data: { field: 'spec.backupowner' }, output: null }],
    },
    {
      name: 'PGO v5 (v1beta1, 5.8.9 and 6.0.3 both): a typo inside a list item',
      manifests: fixture(rule, 'pgo-v5-typo'),
      findings: [
        {
          messageId: 'typo',
          path: '/spec/instances/0/replica',
          data: { suggestion: 'spec.instances[0].replicas', source: 'Crunchy PGO 5.8.9 and Crunchy PGO 6.0.3' },
          output: null,
        },
      ],
    },
    {
      name: 'PGO v6 v1: the right name is already there, so the case-only typo is reported without a fix',
      manifests: fixture(rule, 'pgo-v6-v1-typo'),
      findings: [{ messageId: 'typo', path: '/spec/postgresversion', data: { source: 'Crunchy PGO 6.0.3' }, output: null }],
    },
    {
      name: 'Zalando: a typo beside the real field (not fixed: it would overwrite) and an unknown field',
      manifests: fixture(rule, 'zalando-typo'),
      findings: [
        { messageId: 'unknown', path: '/spec/frobnicate', data: { source: 'Zalando postgres-operator 2.0.1' }, output: null },
        { messageId: 'typo', path: '/spec/numberofinstances', data: { suggestion: 'spec.numberOfInstances' }, output: null },
      ],
    },
    {
      name: 'a CRD given by the door (--crds, the live cluster) decides over the built-in catalogue, and is named',
      manifests: fixture(rule, 'cnpg-typos'),
      crds: [{ crd: customCrd, source: 'crds/cnpg.yaml' }],
      findings: [{ messageId: 'unknown', path: '/spec/storage', data: { source: 'crds/cnpg.yaml' }, output: null }],
    },
  ],
});

describe('unknown-field: where schemas come from', () => {
  it('a CRD in the linted input decides first, named by its file', () => {
    const inputs = [...loadManifests(fixture(rule, 'cnpg-typos')), { object: customCrd, file: 'crds/clusters.yaml' }];
    const { findings } = runRule(rule, { manifests: inputs, crds: [{ crd: { spec: {} }, source: 'ignored' }] });
    expect(findings.map((f) => [f.messageId, f.path, f.data.source])).toEqual([
      ['unknown', '/spec/storage', 'the CRD in crds/clusters.yaml'],
    ]);
  });
});

describe('invalid-manifest from the CRD schema', () => {
  it('names wrong types and enum values in the operator version’s terms, once per field', () => {
    const { findings } = runRule('invalid-manifest', { manifests: fixture(rule, 'cnpg-wrong-types') });
    expect(findings.map((f) => [f.messageId, f.path, f.data.expected])).toEqual([
      ['wrongType', '/spec/enablePDB', 'boolean'],
      // The CNPG adapter words this one already: its message is kept, the schema's dropped.
      ['problem', '/spec/enableSuperuserAccess', undefined],
      ['notInEnum', '/spec/logLevel', '"error", "warning", "info", "debug", "trace"'],
      ['notInEnum', '/spec/primaryUpdateStrategy', '"unsupervised", "supervised"'],
    ]);
    expect(findings[0]?.message).toBe(
      '`spec.enablePDB` is string, but Cluster postgresql.cnpg.io/v1 wants boolean: write it as boolean. The apiserver rejects the object as written (schema: CloudNativePG 1.30.0).',
    );
  });
});

describe('objects the apiserver already checked', () => {
  it('report nothing: the live CRD pruned and validated them, and a newer operator may define more than the catalogue', () => {
    const inputs = loadManifests(`${fixture(rule, 'cnpg-typos')}---\n${fixture(rule, 'cnpg-wrong-types')}`);
    const schemaRules = (findings: ReturnType<typeof evaluate>) =>
      findings.filter((f) => f.ruleId === 'unknown-field' || ['wrongType', 'notInEnum'].includes(f.messageId)).length;
    expect(schemaRules(evaluate(inputs))).toBeGreaterThan(0);
    expect(schemaRules(evaluate(inputs, { schemaAppliedByApiserver: true }))).toBe(0);
  });
});
