import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/policies/engine.js';
import { applyFix, assertInvalid, policyForRule, RuleTester, runRule } from '../../src/policies/rule-tester.js';
import { edited, fixture } from './helpers.js';

const rule = 'storage-class';
const tester = new RuleTester({ describe, it });

tester.run(rule, {
  valid: [
    { name: 'PGO v5 with a class on data and repo volumes', manifests: fixture(rule, 'pgo-v5-good') },
    { name: 'PGO v4 dynamic storage with classes', manifests: fixture(rule, 'pgo-v4-good'), options: { allowed: ['fast-ssd'] } },
    { name: 'CNPG class from pvcTemplate.storageClassName', manifests: fixture(rule, 'cnpg-pvc-template'), options: { allowed: ['fast-*'] } },
    { name: 'placeholder class is never a finding', manifests: fixture(rule, 'placeholder'), options: { allowed: ['fast-ssd'] } },
    {
      name: 'class known to exist in the live cluster',
      manifests: fixture(rule, 'pgo-v5-good'),
      clusterStorageClasses: ['fast-ssd', 'standard'],
    },
    { name: 'requireExplicit: false accepts the default class', manifests: fixture(rule, 'pgo-v5-no-class'), options: { requireExplicit: false } },
    { name: 'ignore annotation with a reason', manifests: fixture(rule, 'ignored'), options: { allowed: ['fast-ssd'] } },
  ],
  invalid: [
    {
      name: 'PGO v4 storagetype create ignores the storageclass written: the fix is storagetype dynamic',
      manifests: fixture(rule, 'pgo-v4-create'),
      options: { default: 'fast-ssd' },
      findings: [
        {
          messageId: 'noClass',
          severity: 'warning',
          path: '/spec/PrimaryStorage/storagetype',
          message: 'write `storagetype: dynamic`: `storagetype: create` ignores `storageclass: fast-ssd`',
          output: edited(fixture(rule, 'pgo-v4-create'), (o) => {
            o.spec.PrimaryStorage.storagetype = 'dynamic';
          }),
        },
      ],
    },
    {
      name: 'PGO v5 without a class: warning, fixed with the policy default',
      manifests: fixture(rule, 'pgo-v5-no-class'),
      options: { default: 'fast-ssd' },
      findings: [
        {
          messageId: 'noClass',
          severity: 'warning',
          path: '/spec/instances/0/dataVolumeClaimSpec',
          message: 'storageClassName: <class>',
          resource: { kind: 'PostgresCluster', name: 'hippo' },
          output: edited(fixture(rule, 'pgo-v5-no-class'), (o) => {
            o.spec.instances[0].dataVolumeClaimSpec.storageClassName = 'fast-ssd';
          }),
        },
      ],
    },
    {
      name: 'PGO v4 emptydir primary storage is data on no persistent volume',
      manifests: fixture(rule, 'pgo-v4-emptydir'),
      findings: [{ messageId: 'notPersistent', severity: 'error', path: '/spec/PrimaryStorage/storagetype', message: 'storagetype: dynamic' }],
    },
    {
      name: 'Zalando class outside the allowed list, fixed',
      manifests: fixture(rule, 'zalando-standard'),
      options: { allowed: ['fast-ssd', 'encrypted-*'], default: 'fast-ssd' },
      findings: [
        {
          messageId: 'notAllowed',
          severity: 'error',
          path: '/spec/volume/storageClass',
          data: { class: 'standard' },
          output: edited(fixture(rule, 'zalando-standard'), (o) => {
            o.spec.volume.storageClass = 'fast-ssd';
          }),
        },
      ],
    },
    {
      name: 'CNPG data without a class (WAL has one)',
      manifests: fixture(rule, 'cnpg-no-class'),
      findings: [{ messageId: 'noClass', severity: 'warning', path: '/spec/storage', message: '`storageClass: <class>`', output: null }],
    },
    {
      name: 'StatefulSet class from the beta annotation, missing in the live cluster',
      manifests: fixture(rule, 'statefulset-annotation'),
      clusterStorageClasses: ['fast-ssd'],
      options: { default: 'fast-ssd' },
      findings: [
        {
          messageId: 'missing',
          severity: 'error',
          data: { class: 'slow-hdd', existing: 'fast-ssd' },
          output: edited(fixture(rule, 'statefulset-annotation'), (o) => {
            o.spec.volumeClaimTemplates[0].metadata.annotations['volume.beta.kubernetes.io/storage-class'] = 'fast-ssd';
          }),
        },
      ],
    },
    {
      name: 'policy severity warning scales the error down',
      manifests: fixture(rule, 'zalando-standard'),
      options: { allowed: ['fast-ssd'] },
      severity: 'warning',
      findings: [{ messageId: 'notAllowed', severity: 'warning', path: '/spec/volume/storageClass' }],
    },
  ],
});

describe('storage-class on real manifests', () => {
  it('no fix when the default class is not allowed itself', () => {
    const findings = assertInvalid(rule, {
      manifests: fixture(rule, 'zalando-standard'),
      options: { allowed: ['fast-ssd'], default: 'standard' },
      findings: [{ messageId: 'notAllowed', severity: 'error', output: null }],
    });
    expect(findings[0]?.fix).toBeUndefined();
  });

  it('an ignore annotation without a reason still ignores but is reported', () => {
    const inputs = runRule(rule, { manifests: fixture(rule, 'ignored') }).inputs;
    const object = structuredClone(inputs[0]?.object) as { metadata: { annotations: Record<string, string> } };
    object.metadata.annotations['ignore.pgwarden.io/storage-class'] = ' ';
    const findings = evaluate([{ object }], { policy: policyForRule(rule, { allowed: ['fast-ssd'] }) });
    expect(findings.filter((f) => f.ruleId === rule)).toEqual([]);
    const all = evaluate([{ object }]);
    const reason = all.find((f) => f.ruleId === 'ignore-annotation');
    expect(reason?.path).toBe('/metadata/annotations/ignore.pgwarden.io~1storage-class');
    expect(reason?.messageId).toBe('noReason');
  });

  it('applyFix writes the class where the operator reads it', () => {
    const { inputs, findings } = runRule(rule, { manifests: fixture(rule, 'zalando-standard'), options: { allowed: ['fast-ssd'], default: 'fast-ssd' } });
    const fixed = applyFix(inputs, findings[0]!);
    const patched = fixed[0]!.object as { spec: { volume: { storageClass: string } } };
    expect(patched.spec.volume.storageClass).toBe('fast-ssd');
  });
});
