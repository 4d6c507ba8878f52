import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/policies/engine.js';
import { loadManifests, policyForRule, RuleTester, runRule } from '../../src/policies/rule-tester.js';
import { fixture, ignoring } from './helpers.js';

const rule = 'password-reset';
const tester = new RuleTester({ describe, it });

tester.run(rule, {
  valid: [
    { name: 'ignore annotation on the Secret with a reason', manifests: ignoring(fixture(rule, 'zalando-blank'), rule, 'rotated by Vault', 1) },
    { name: 'PGO v5 set password with a blank verifier (user-chosen password)', manifests: fixture(rule, 'pgo-v5-own-password') },
    { name: 'PGO v5 Secret of a user the cluster does not have', manifests: fixture(rule, 'pgo-v5-unknown-user') },
    { name: 'StatefulSet password from a Secret that has one', manifests: fixture(rule, 'statefulset-good') },
    { name: 'placeholder password is never a finding', manifests: fixture(rule, 'cnpg-placeholder') },
    { name: 'Bitnami ALLOW_EMPTY_PASSWORD=yes with a password set: pg_hba is md5', manifests: fixture(rule, 'statefulset-bitnami-password-set') },
  ],
  invalid: [
    {
      name: 'StatefulSet envFrom: empty POSTGRES_PASSWORD in the Secret, trust from the ConfigMap',
      manifests: fixture(rule, 'statefulset-envfrom'),
      findings: [
        { messageId: 'blank', severity: 'error', objectIndex: 1, path: '/stringData/POSTGRES_PASSWORD', data: { user: 'postgres', state: 'has an empty `POSTGRES_PASSWORD`' } },
        { messageId: 'weakAuth', severity: 'error', objectIndex: 2, path: '/data/POSTGRES_HOST_AUTH_METHOD', data: { setting: 'POSTGRES_HOST_AUTH_METHOD' } },
      ],
    },
    {
      name: 'Bitnami ALLOW_EMPTY_PASSWORD=yes and no password: trust for every address',
      manifests: fixture(rule, 'statefulset-bitnami-no-password'),
      findings: [{ messageId: 'weakAuth', severity: 'error', path: '/spec/template/spec/containers/0/env/0', data: { setting: 'ALLOW_EMPTY_PASSWORD' } }],
    },
    {
      name: 'Zalando preparedDatabases defaultUsers: a blanked foo_writer_user Secret is adopted as is',
      manifests: fixture(rule, 'zalando-prepared-databases'),
      findings: [
        {
          messageId: 'blank',
          severity: 'error',
          objectIndex: 1,
          path: '/stringData/password',
          data: { user: 'foo_writer_user', state: 'has an empty `password`' },
          message: 'does not regenerate it',
        },
      ],
    },
    {
      name: 'PGO v5 blanked password: a deliberate reset (info)',
      manifests: fixture(rule, 'pgo-v5-reset'),
      findings: [
        {
          messageId: 'reset',
          severity: 'info',
          objectIndex: 1,
          path: '/stringData/password',
          resource: { kind: 'Secret', name: 'hippo-pguser-rhino' },
          message: 'OutOfSync',
        },
      ],
    },
    {
      name: 'PGO v4 blank password is not regenerated',
      manifests: fixture(rule, 'pgo-v4-blank'),
      findings: [{ messageId: 'blank', severity: 'error', objectIndex: 1, path: '/data/password', message: 'PGO v4 never regenerates it' }],
    },
    {
      name: 'Zalando blank password is adopted as-is',
      manifests: fixture(rule, 'zalando-blank'),
      findings: [{ messageId: 'blank', severity: 'error', objectIndex: 1, message: 'does not regenerate it' }],
    },
    {
      name: 'Zalando enable_cross_namespace_secret: the Secrets in the user\'s namespace and in secretNamespace, not the same names in the cluster\'s',
      manifests: fixture(rule, 'zalando-cross-namespace'),
      findings: [
        {
          messageId: 'blank',
          severity: 'error',
          objectIndex: 2,
          resource: { kind: 'Secret', name: 'billing.app-user.acid-main.credentials.postgresql.acid.zalan.do', namespace: 'billing' },
          data: { user: 'billing.app_user' },
        },
        {
          messageId: 'blank',
          severity: 'error',
          objectIndex: 3,
          resource: { kind: 'Secret', name: 'shop-owner-user.acid-main.credentials.postgresql.acid.zalan.do', namespace: 'shop-apps' },
          data: { user: 'shop_owner_user' },
        },
      ],
    },
    {
      name: 'Zalando without enable_cross_namespace_secret: a user\'s namespace and secretNamespace are ignored, the Secrets are in the cluster\'s namespace',
      manifests: fixture(rule, 'zalando-cross-namespace-off'),
      findings: [{ messageId: 'blank', severity: 'error', objectIndex: 2, resource: { namespace: 'db' }, data: { user: 'shop_writer_user' } }],
    },
    {
      name: 'Zalando enable_cross_namespace_secret as a placeholder: the namespaced user\'s Secret is unknown, the postgres Secret is judged',
      manifests: fixture(rule, 'zalando-cross-namespace-placeholder'),
      findings: [{ messageId: 'blank', severity: 'error', objectIndex: 4, data: { user: 'postgres' } }],
    },
    {
      name: 'Zalando super_username from the OperatorConfiguration: the renamed superuser\'s Secret, not postgres\'s',
      manifests: fixture(rule, 'zalando-super-username'),
      findings: [{ messageId: 'blank', severity: 'error', objectIndex: 2, resource: { name: 'dba.acid-main.credentials.postgresql.acid.zalan.do' }, data: { user: 'dba' } }],
    },
    {
      name: 'Zalando secret_name_template from the OperatorConfiguration names the Secret',
      manifests: fixture(rule, 'zalando-secret-name-template'),
      findings: [{ messageId: 'blank', severity: 'error', objectIndex: 2, resource: { name: 'acid-main-app-user-credentials' }, data: { user: 'app_user' } }],
    },
    {
      name: 'CNPG app Secret without a password key',
      manifests: fixture(rule, 'cnpg-missing-key'),
      findings: [{ messageId: 'blank', severity: 'error', objectIndex: 1, data: { state: 'has no `password` key' } }],
    },
    {
      name: 'StatefulSet POSTGRES_HOST_AUTH_METHOD=trust',
      manifests: fixture(rule, 'statefulset-trust'),
      findings: [{ messageId: 'weakAuth', severity: 'error', path: '/spec/template/spec/containers/0/env/0', data: { setting: 'POSTGRES_HOST_AUTH_METHOD' }, message: 'host all all all trust' }],
    },
    {
      name: 'Bitnami ALLOW_EMPTY_PASSWORD=yes and an empty Secret the env uses',
      manifests: fixture(rule, 'statefulset-bitnami'),
      findings: [
        { messageId: 'blank', severity: 'error', objectIndex: 1, path: '/data/password', data: { state: 'has an empty `password`' } },
      ],
    },
  ],
});

describe('password-reset end to end', () => {
  it('webhook UPDATE: says the password was set before the change', () => {
    const inputs = loadManifests(fixture(rule, 'pgo-v5-reset'));
    const secret = inputs[1]!.object as { stringData: Record<string, string> };
    const oldObject = { ...secret, stringData: { password: 'previous-password-value' } };
    const findings = evaluate([inputs[0]!, { object: secret, oldObject }], { policy: policyForRule(rule) });
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain('it was set before this change');
    expect(findings[0]?.message).not.toContain('previous-password-value');
  });

  it('messages never contain a Secret value', () => {
    const { findings } = runRule(rule, { manifests: fixture(rule, 'pgo-v5-own-password') });
    const all = evaluate(loadManifests(fixture(rule, 'statefulset-good')));
    for (const finding of [...findings, ...all]) expect(finding.message).not.toContain('not-a-real-password-but-set');
  });
});
