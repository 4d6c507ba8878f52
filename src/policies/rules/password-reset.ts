// Empty or missing passwords, told apart from PGO v5's deliberate reset (a blanked password it regenerates).
import type { Credential, PostgresCluster, SecretInfo } from '../model.js';
import { defineRule, describeCluster, describeSecret, docsUrl } from '../rule.js';

function sameNamespace(a: string | undefined, b: string | undefined): boolean {
  return a === undefined || b === undefined || a === b;
}

/** Secrets by name, built once per check: clusters × credentials look-ups stay linear in the input. */
function secretIndex(secrets: readonly SecretInfo[]): Map<string, SecretInfo[]> {
  const byName = new Map<string, SecretInfo[]>();
  for (const secret of secrets) {
    const list = byName.get(secret.resource.name);
    if (list) list.push(secret);
    else byName.set(secret.resource.name, [secret]);
  }
  return byName;
}

/** The Secret the operator reads for `credential`: by name, in the namespace the operator puts it (the cluster's by default). */
function findSecret(byName: Map<string, SecretInfo[]>, cluster: PostgresCluster, credential: Credential): SecretInfo | undefined {
  if (credential.secretUnknown) return undefined;
  const namespace = credential.secretNamespace ?? cluster.resource.namespace;
  return byName.get(credential.secretName)?.find((s) => sameNamespace(s.resource.namespace, namespace));
}

export const passwordResetOptionsSchema = { type: 'object', properties: {}, additionalProperties: false } as const;

export const passwordReset = defineRule({
  meta: {
    id: 'password-reset',
    docsUrl: docsUrl('password-reset'),
    description:
      'No empty or missing Postgres passwords and no trust authentication; a blanked PGO v5 user password is reported as the reset it is.',
    defaultSeverity: 'error',
    optionsSchema: passwordResetOptionsSchema,
    messages: {
      reset:
        '{{secret}} {{state}} for user {{user}}: PGO v5 reads this as a password reset and generates a new password{{wasSet}}; after the reset, remove `{{key}}` from Git or ignore the Secret data in the sync. Otherwise Argo CD or Flux keeps the app OutOfSync (or repeats the reset on every sync) ({{cluster}}).',
      blank: '{{secret}} {{state}} for user {{user}}: {{fix}}. {{behaviour}} ({{cluster}}).',
      weakAuth: 'container {{container}} sets `{{setting}}`{{value}}: {{effect}}.',
      unsetPassword: 'container {{container}} leaves `{{setting}}` unset: {{effect}}.',
    },
    fixable: false,
  },
  check(model, context) {
    const byName = secretIndex(model.secrets);
    // Several clusters (or users) can point at one Secret key: report it once.
    const reported = new Set<string>();
    for (const cluster of model.clusters) {
      const name = describeCluster(cluster);
      for (const credential of cluster.credentials) {
        const secret = findSecret(byName, cluster, credential);
        if (!secret) continue;
        const once = `${secret.objectIndex}/${credential.passwordKey}`;
        if (reported.has(once)) continue;
        const key = secret.keys[credential.passwordKey];
        if (key?.unknown) continue;
        const missing = key === undefined || key.missing === true;
        if (!missing && !key.empty) continue;
        if (missing && credential.optional) continue;
        reported.add(once);
        const at = { resource: secret.resource, objectIndex: secret.objectIndex, pointer: key?.path ?? '/data' };
        const state = missing ? `has no \`${credential.passwordKey}\` key` : `has an empty \`${credential.passwordKey}\``;
        const base = { secret: describeSecret(secret), state, user: credential.user, cluster: name };
        if (credential.regeneratesBlank) {
          const previous = secret.previousKeys?.[credential.passwordKey];
          const wasSet = previous !== undefined && !previous.empty && !previous.missing;
          context.report({
            ...at,
            severity: 'info',
            messageId: 'reset',
            data: { ...base, wasSet: wasSet ? ' (it was set before this change)' : '', key: credential.passwordKey },
          });
          continue;
        }
        context.report({
          ...at,
          messageId: 'blank',
          data: {
            ...base,
            fix: cluster.operator.setPassword(credential.passwordKey),
            behaviour: credential.blankBehaviour ?? cluster.operator.blankPassword,
          },
        });
      }
      for (const setting of cluster.authSettings) {
        const at = { resource: cluster.resource, objectIndex: setting.objectIndex ?? cluster.objectIndex, pointer: setting.path };
        if (setting.unset) {
          context.report({ ...at, messageId: 'unsetPassword', data: { container: setting.container, setting: setting.name, effect: setting.effect } });
          continue;
        }
        context.report({
          ...at,
          messageId: 'weakAuth',
          data: { container: setting.container, setting: setting.name, value: setting.empty ? ' to an empty value' : setting.value ? `=${setting.value}` : '', effect: setting.effect },
        });
      }
    }
  },
});
