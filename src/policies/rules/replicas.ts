// Enough Postgres instances for a failover, none by accident, not more than the policy allows.
import { defineRule, docsUrl } from '../rule.js';

export const replicasOptionsSchema = {
  type: 'object',
  properties: {
    min: { type: 'integer', minimum: 0, default: 2, description: 'Fewest instances (primary included).' },
    max: { type: 'integer', minimum: 1, description: 'Most instances (primary included).' },
  },
  additionalProperties: false,
} as const;

export const replicas = defineRule({
  meta: {
    id: 'replicas',
    docsUrl: docsUrl('replicas'),
    description: 'A cluster runs at least `min` Postgres instances (a failover needs a replica), at most `max`, and 0 only when deliberately shut down.',
    defaultSeverity: 'warning',
    optionsSchema: replicasOptionsSchema,
    messages: {
      zero: 'runs 0 Postgres instances and is not marked as shut down: write {{fix}}. {{shutdown}} The database is unavailable until then.',
      belowMin:
        'runs {{count}} Postgres instance{{plural}}{{origin}}, fewer than {{min}}: write {{fix}}. With no replica there is no failover, and a node drain or crash is downtime.',
      aboveMax: "runs {{count}} Postgres instances, more than the policy's maximum of {{max}}: write {{fix}}.",
    },
    fixable: false,
  },
  check(model, context) {
    const { min, max } = context.options;
    for (const cluster of model.clusters) {
      const total = cluster.totalInstances;
      if (total.unknown || total.value === undefined) continue;
      if (cluster.shutdown.unknown) continue;
      // No instance set at all is a malformed manifest (invalid-manifest reports it), not a deliberate 0.
      if (cluster.instanceSets.length === 0) continue;
      const at = { resource: cluster.resource, objectIndex: total.objectIndex ?? cluster.objectIndex, pointer: total.path };
      if (total.value === 0) {
        if (cluster.shutdown.value) continue;
        context.report({
          ...at,
          severity: 'error',
          messageId: 'zero',
          data: { fix: cluster.operator.instances(Math.max(min, 1)), shutdown: cluster.operator.shutdown },
        });
        continue;
      }
      if (cluster.shutdown.value) continue;
      // Fewer than `min` is what the operator supports here (a Zalando standby runs 1 pod): no finding to act on.
      if (total.value < min && !(cluster.instanceCeiling && total.value >= cluster.instanceCeiling.value)) {
        context.report({
          ...at,
          messageId: 'belowMin',
          data: {
            count: total.value,
            plural: total.value === 1 ? '' : 's',
            origin: total.defaulted ? (total.origin ?? " (the operator's default)") : (total.origin ?? ''),
            min,
            fix: cluster.operator.instances(min),
          },
        });
      }
      if (max !== undefined && total.value > max) {
        context.report({ ...at, messageId: 'aboveMax', data: { count: total.value, max, fix: cluster.operator.instances(max) } });
      }
    }
  },
});
