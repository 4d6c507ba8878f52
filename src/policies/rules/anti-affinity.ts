// Instances of one cluster spread over nodes (or zones), after the operator's own defaults.
import { defineRule, docsUrl } from '../rule.js';

export const antiAffinityOptionsSchema = {
  type: 'object',
  properties: {
    requireHard: {
      type: 'boolean',
      default: false,
      description: 'Require hard spreading (required anti-affinity / DoNotSchedule) rather than soft (preferred / ScheduleAnyway).',
    },
    topologyKey: {
      type: 'string',
      minLength: 1,
      description: 'A topology key the spreading must use, e.g. topology.kubernetes.io/zone.',
    },
  },
  additionalProperties: false,
} as const;

export const antiAffinity = defineRule({
  meta: {
    id: 'anti-affinity',
    docsUrl: docsUrl('anti-affinity'),
    description:
      'A cluster with 2+ instances spreads them over nodes (pod anti-affinity or topology spread), after the operator’s defaults.',
    defaultSeverity: 'error',
    optionsSchema: antiAffinityOptionsSchema,
    messages: {
      selectsNothing:
        "this {{term}} selects none of the cluster's own Postgres pods, so it spreads nothing: select the labels {{operator}} puts on them ({{labels}}){{set}}.",
      switchedOff:
        'spreading is switched off{{set}}: to spread the {{count}} instances, {{fix}}. Otherwise they may land on one node, and one node failure takes out the primary and its replicas together.{{origin}}',
      none: 'no pod anti-affinity or topology spread for {{count}} instances{{set}}: {{fix}}. Otherwise the scheduler may put them all on one node, and one node failure takes out every copy of the data.{{origin}}',
      soft: 'instances are spread only softly{{set}}{{defaulted}}, and the policy requires hard spreading: {{fix}}. When nodes are short the scheduler still co-locates soft-spread pods.',
      missingKey:
        'instances are spread by {{keys}} but not by `{{key}}`{{set}}, which the policy requires: add a term with `topologyKey: {{key}}`.{{origin}}',
    },
    fixable: true,
  },
  check(model, context) {
    const { requireHard, topologyKey } = context.options;

    for (const cluster of model.clusters) {
      const total = cluster.totalInstances;
      if (total.unknown || total.value === undefined) continue;
      const switchesReported = new Set<string>();
      for (const set of cluster.instanceSets) {
        const spreading = set.spreading;
        const setName = cluster.instanceSets.length > 1 ? ` (instance set ${set.name})` : '';
        const origin = spreading.origin ? ` ${spreading.origin}` : '';
        for (const term of spreading.terms) {
          if (term.selectsOwnPods || term.unknown) continue;
          context.report({
            messageId: 'selectsNothing',
            data: {
              term: term.source === 'topologySpreadConstraints' ? 'topology spread constraint' : 'anti-affinity term',
              operator: cluster.operator.name,
              labels: JSON.stringify(cluster.podLabels),
              set: setName,
            },
            resource: cluster.resource,
            objectIndex: term.objectIndex ?? cluster.objectIndex,
            pointer: term.path,
          });
        }
        // Spreading only matters when there is something to spread.
        if (total.value < 2) continue;
        if (spreading.terms.some((term) => term.unknown)) continue;
        const fix = spreading.addSoftAntiAffinity
          ? { patch: spreading.addSoftAntiAffinity, description: 'add preferred pod anti-affinity by hostname' }
          : undefined;
        // Switched off and nothing else spreads (own terms beside a switched-off default are fine).
        if (spreading.level === 'none' && spreading.disabledBy && !spreading.disabledBy.unknown) {
          // One switch (e.g. PGO v5 disableDefaultPodScheduling) can cover several instance sets: one finding.
          const at = `${spreading.disabledBy.objectIndex ?? cluster.objectIndex}${spreading.disabledBy.path}`;
          if (switchesReported.has(at)) continue;
          switchesReported.add(at);
          const shared = cluster.instanceSets.filter((s) => s.spreading.disabledBy?.path === spreading.disabledBy?.path).length > 1;
          // A set's own term spreads that set's pods only: with one switch over several sets, no patch of one set (or
          // of each) spreads the cluster, so the message gives the fix and no patch is offered.
          context.report({
            messageId: 'switchedOff',
            data: { set: shared ? '' : setName, count: total.value, fix: cluster.operator.spread(requireHard), origin },
            resource: cluster.resource,
            objectIndex: spreading.disabledBy.objectIndex ?? cluster.objectIndex,
            pointer: spreading.disabledBy.path,
            ...(fix && !shared ? { fix } : {}),
          });
          continue;
        }
        if (spreading.level === 'none') {
          context.report({
            messageId: 'none',
            data: { count: total.value, set: setName, fix: cluster.operator.spread(requireHard), origin },
            resource: cluster.resource,
            objectIndex: cluster.objectIndex,
            pointer: set.path,
            ...(fix ? { fix } : {}),
          });
          continue;
        }
        const where = spreading.terms.find((term) => term.selectsOwnPods);
        const at = { resource: cluster.resource, objectIndex: where?.objectIndex ?? cluster.objectIndex, pointer: where?.path ?? set.path };
        if (requireHard && spreading.level === 'soft') {
          const defaulted = spreading.terms.every((term) => term.defaulted) ? ` (${cluster.operator.name}'s default is soft)` : '';
          context.report({ ...at, messageId: 'soft', data: { set: setName, defaulted, fix: cluster.operator.spread(true) } });
        }
        if (topologyKey && !spreading.topologyKeys.includes(topologyKey)) {
          context.report({
            ...at,
            messageId: 'missingKey',
            data: { keys: spreading.topologyKeys.join(', ') || 'no key', key: topologyKey, set: setName, origin },
          });
        }
      }
    }
  },
});
