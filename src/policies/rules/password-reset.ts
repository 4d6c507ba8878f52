// Empty or missing passwords, told apart from PGO v5's deliberate reset (a blanked password it regenerates).
import type { Credential, PostgresCluster, SecretInfo } from '../model.js';
import { describeCluster, describeSecret, docsUrl, operatorName, type Rule } from '../rule.js';
import type { Finding } from '../types.js';

function sameNamespace(a: string | undefined, b: string | undefined): boolean {
  return a === undefined || b === undefined || a === b;
}

function findSecret(secrets: readonly SecretInfo[], cluster: PostgresCluster, name: string): SecretInfo | undefined {
  return secrets.find((s) => s.resource.name === name && sameNamespace(s.resource.namespace, cluster.resource.namespace));
}

/** What the operator does with a blank password it finds, for messages. */
const blankBehaviour: Record<PostgresCluster['flavour'], string> = {
  'pgo-v4': 'PGO v4 never regenerates it: it only creates user Secrets that are missing, and mounts this one as it is',
  'pgo-v5': 'PGO v5 regenerates it',
  zalando:
    'the Zalando operator does not regenerate it: it adopts the blank password, creates a new role with PASSWORD NULL and leaves an existing role’s old password, so Secret and database disagree',
  cnpg: 'CloudNativePG never rewrites an existing Secret and applies the blank password to the role as it is',
  statefulset: 'the container receives an empty password',
};

export const passwordReset: Rule = {
  meta: {
    id: 'password-reset',
    docsUrl: docsUrl('password-reset'),
    description:
      'No empty or missing Postgres passwords and no trust authentication; a blanked PGO v5 user password is reported as the reset it is.',
    defaultSeverity: 'error',
    optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
    fixable: false,
  },
  check(model, context) {
    const findings: Finding[] = [];
    // Several clusters (or users) can point at one Secret key: report it once.
    const reported = new Set<string>();
    for (const cluster of model.clusters) {
      const name = describeCluster(cluster);
      for (const credential of cluster.credentials) {
        const secret = findSecret(model.secrets, cluster, credential.secretName);
        if (!secret) continue;
        const once = `${secret.objectIndex}/${credential.passwordKey}`;
        if (reported.has(once)) continue;
        const key = secret.keys[credential.passwordKey];
        if (key?.unknown) continue;
        const missing = key === undefined || key.missing === true;
        if (!missing && !key.empty) continue;
        const state = missing ? `has no \`${credential.passwordKey}\` key` : `has an empty \`${credential.passwordKey}\``;
        const path = key?.path ?? '/data';
        reported.add(once);
        if (credential.regeneratesBlank) {
          const previous = secret.previousKeys?.[credential.passwordKey];
          const wasSet = previous !== undefined && !previous.empty && !previous.missing;
          findings.push(
            context.report({
              severity: 'info',
              message: `${describeSecret(secret)} ${state} for user ${credential.user} of ${name}: PGO v5 reads this as a password reset and generates a new password${wasSet ? ' (it was set before this change)' : ''}. If the Secret is managed by Argo CD or Flux, the generated password differs from Git and the app stays OutOfSync (or the reset repeats on every sync); after the reset, remove \`${credential.passwordKey}\` from Git or ignore the Secret's data in the sync.`,
              resource: secret.resource,
              objectIndex: secret.objectIndex,
              path,
            }),
          );
          continue;
        }
        findings.push(
          context.report({
            message: `${describeSecret(secret)} ${state} for user ${credential.user} of ${name}, and ${blankBehaviour[cluster.flavour]}. ${credentialAdvice(cluster, credential)}`,
            resource: secret.resource,
            objectIndex: secret.objectIndex,
            path,
          }),
        );
      }
      for (const setting of cluster.authSettings) {
        const upper = setting.name.toUpperCase();
        const value = setting.value?.toLowerCase();
        let why: string | undefined;
        if (upper === 'ALLOW_EMPTY_PASSWORD' && (value === 'yes' || value === 'true' || value === '1')) {
          why = 'the Bitnami image then accepts an empty password and leaves pg_hba.conf on `trust` for every address, so anyone who reaches the port logs in. Remove it and set `POSTGRESQL_PASSWORD` from a Secret';
        } else if (upper.endsWith('HOST_AUTH_METHOD') && value === 'trust') {
          why = 'the image then writes `host all all all trust` to pg_hba.conf: no password is needed from any host. Remove it and set `POSTGRES_PASSWORD` from a Secret';
        } else if (setting.empty) {
          why = 'an empty password either stops the container at first start or, combined with trust settings, leaves the database open. Set it from a Secret (`valueFrom.secretKeyRef`)';
        }
        if (!why) continue;
        findings.push(
          context.report({
            message: `${name}: container ${setting.container} sets \`${setting.name}\`${setting.empty ? ' to an empty value' : `=${setting.value}`}: ${why}.`,
            resource: cluster.resource,
            objectIndex: cluster.objectIndex,
            path: setting.path,
          }),
        );
      }
    }
    return findings;
  },
};

function credentialAdvice(cluster: PostgresCluster, credential: Credential): string {
  switch (cluster.flavour) {
    case 'pgo-v4':
    case 'zalando':
    case 'cnpg':
      return `Put a real password in \`${credential.passwordKey}\`, or delete the Secret from Git so that ${operatorName[cluster.flavour]} generates one.`;
    default:
      return `Put a real password in \`${credential.passwordKey}\`.`;
  }
}
