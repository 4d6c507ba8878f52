// Enough Postgres instances for a failover, none by accident, not more than the policy allows.
import type { PostgresCluster } from '../model.js';
import { describeCluster, docsUrl, type Rule } from '../rule.js';
import type { Finding } from '../types.js';

/** How to write N instances in each operator's syntax. */
function howToWrite(flavour: PostgresCluster['flavour'], instances: number): string {
  switch (flavour) {
    case 'pgo-v4':
      return `\`spec.replicas: "${instances - 1}"\` (PGO v4 counts replicas in addition to the primary, as a string, and reads it only when the cluster is created; later add Pgreplica objects)`;
    case 'pgo-v5':
      return `\`replicas: ${instances}\` in \`spec.instances[]\` (the total pods of that set)`;
    case 'zalando':
      return `\`spec.numberOfInstances: ${instances}\``;
    case 'cnpg':
      return `\`spec.instances: ${instances}\``;
    case 'statefulset':
      return `\`spec.replicas: ${instances}\` (and an image that sets up streaming replication; a StatefulSet alone only starts copies)`;
  }
}

/** How to stop a cluster on purpose, so a 0 is not read as a mistake. */
const howToShutDown: Record<PostgresCluster['flavour'], string> = {
  'pgo-v4': 'To stop it deliberately, set `spec.shutdown: true`.',
  'pgo-v5': 'To stop it deliberately, set `spec.shutdown: true`.',
  zalando: 'If the stop is deliberate, add an ignore annotation with the reason.',
  cnpg: 'To stop it deliberately, hibernate it with the annotation `cnpg.io/hibernation: "on"`.',
  statefulset: 'If the stop is deliberate, add an ignore annotation with the reason.',
};

export const replicas: Rule = {
  meta: {
    id: 'replicas',
    docsUrl: docsUrl('replicas'),
    description: 'A cluster runs at least `min` Postgres instances (a failover needs a replica), at most `max`, and 0 only when deliberately shut down.',
    defaultSeverity: 'warning',
    optionsSchema: {
      type: 'object',
      properties: {
        min: { type: 'integer', minimum: 0, default: 2, description: 'Fewest instances (primary included).' },
        max: { type: 'integer', minimum: 1, description: 'Most instances (primary included).' },
      },
      additionalProperties: false,
    },
    fixable: false,
  },
  check(model, context) {
    const findings: Finding[] = [];
    const min = typeof context.options.min === 'number' ? context.options.min : 2;
    const max = typeof context.options.max === 'number' ? context.options.max : undefined;
    for (const cluster of model.clusters) {
      const total = cluster.totalInstances;
      if (total.unknown || total.value === undefined) continue;
      if (cluster.shutdown.unknown) continue;
      // No instance set at all is a malformed manifest (invalid-manifest reports it), not a deliberate 0.
      if (cluster.instanceSets.length === 0) continue;
      const name = describeCluster(cluster);
      const objectIndex = total.objectIndex ?? cluster.objectIndex;
      if (total.value === 0) {
        if (cluster.shutdown.value) continue;
        findings.push(
          context.report({
            severity: 'error',
            message: `${name} runs 0 Postgres instances and is not marked as shut down: the database is unavailable. Write ${howToWrite(cluster.flavour, Math.max(min, 1))}. ${howToShutDown[cluster.flavour]}`,
            resource: cluster.resource,
            objectIndex,
            path: total.path,
          }),
        );
        continue;
      }
      if (cluster.shutdown.value) continue;
      if (total.value < min) {
        findings.push(
          context.report({
            message: `${name} runs ${total.value} Postgres instance${total.value === 1 ? '' : 's'}${total.defaulted ? " (the operator's default)" : ''}, fewer than ${min}: with no replica there is no failover, and a node drain or crash is downtime. Write ${howToWrite(cluster.flavour, min)}.`,
            resource: cluster.resource,
            objectIndex,
            path: total.path,
          }),
        );
      }
      if (max !== undefined && total.value > max) {
        findings.push(
          context.report({
            message: `${name} runs ${total.value} Postgres instances, more than the policy's maximum of ${max}. Write ${howToWrite(cluster.flavour, max)}.`,
            resource: cluster.resource,
            objectIndex,
            path: total.path,
          }),
        );
      }
    }
    return findings;
  },
};
