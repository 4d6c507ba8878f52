// Instances of one cluster spread over nodes (or zones), after the operator's own defaults.
import type { InstanceSet, PostgresCluster } from '../model.js';
import { describeCluster, docsUrl, operatorName, type Rule } from '../rule.js';
import type { Finding } from '../types.js';

/** How to ask each operator for spreading, in its own syntax. */
const howToSpread: Record<PostgresCluster['flavour'], (hard: boolean) => string> = {
  'pgo-v4': (hard) => `set \`spec.podAntiAffinity.default: ${hard ? 'required' : 'preferred'}\``,
  'pgo-v5': (hard) =>
    hard
      ? 'add `spec.instances[].topologySpreadConstraints` with `whenUnsatisfiable: DoNotSchedule` or a `requiredDuringSchedulingIgnoredDuringExecution` podAntiAffinity selecting `postgres-operator.crunchydata.com/cluster`'
      : 'remove `spec.disableDefaultPodScheduling: true` or add `spec.instances[].affinity.podAntiAffinity` selecting `postgres-operator.crunchydata.com/cluster`',
  zalando: (hard) =>
    `set \`enable_pod_antiaffinity: true\`${hard ? '' : ' and `pod_antiaffinity_preferred_during_scheduling: true`'} in the OperatorConfiguration (\`configuration.kubernetes\`) or the operator ConfigMap — a postgresql manifest cannot change it`,
  cnpg: (hard) =>
    `set \`spec.affinity.enablePodAntiAffinity: true\`${hard ? ' and `podAntiAffinityType: required`' : ''} (or remove \`enablePodAntiAffinity: false\`)`,
  statefulset: (hard) =>
    `add \`spec.template.spec.affinity.podAntiAffinity.${hard ? 'requiredDuringSchedulingIgnoredDuringExecution' : 'preferredDuringSchedulingIgnoredDuringExecution'}\` with a labelSelector matching the pod template's labels and \`topologyKey: kubernetes.io/hostname\``,
};

function zalandoOrigin(cluster: PostgresCluster, set: InstanceSet): string {
  if (cluster.flavour !== 'zalando') return '';
  const decided = set.spreading.decidedByOperatorConfig;
  return decided
    ? ` The operator configuration given (\`${decided.path}\`${decided.unknown ? '' : ` = ${JSON.stringify(decided.value)}`}) decides this for every cluster of that operator.`
    : ' No OperatorConfiguration was given, so the operator default holds: `enable_pod_antiaffinity: false` (no anti-affinity).';
}

export const antiAffinity: Rule = {
  meta: {
    id: 'anti-affinity',
    docsUrl: docsUrl('anti-affinity'),
    description:
      'A cluster with 2+ instances spreads them over nodes (pod anti-affinity or topology spread), after the operator’s defaults.',
    defaultSeverity: 'error',
    optionsSchema: {
      type: 'object',
      properties: {
        requireHard: {
          type: 'boolean',
          default: false,
          description:
            'Require hard spreading (required anti-affinity / DoNotSchedule) rather than soft (preferred / ScheduleAnyway).',
        },
        topologyKey: {
          type: 'string',
          minLength: 1,
          description: 'A topology key the spreading must use, e.g. topology.kubernetes.io/zone.',
        },
      },
      additionalProperties: false,
    },
    fixable: true,
  },
  check(model, context) {
    const findings: Finding[] = [];
    const requireHard = context.options.requireHard === true;
    const topologyKey = typeof context.options.topologyKey === 'string' ? context.options.topologyKey : undefined;

    for (const cluster of model.clusters) {
      const total = cluster.totalInstances;
      if (total.unknown || total.value === undefined) continue;
      const name = describeCluster(cluster);
      const switchesReported = new Set<string>();
      for (const set of cluster.instanceSets) {
        const spreading = set.spreading;
        const setName = cluster.instanceSets.length > 1 ? ` (instance set ${set.name})` : '';
        for (const term of spreading.terms) {
          if (term.selectsOwnPods || term.unknown) continue;
          findings.push(
            context.report({
              message: `${name}${setName}: this ${term.source === 'topologySpreadConstraints' ? 'topology spread constraint' : 'anti-affinity term'} has a labelSelector that selects none of the cluster's own Postgres pods (labels ${JSON.stringify(cluster.podLabels)}), so it spreads nothing. Select the labels ${operatorName[cluster.flavour]} puts on the pods.`,
              resource: cluster.resource,
              objectIndex: term.objectIndex ?? cluster.objectIndex,
              path: term.path,
            }),
          );
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
          const where = cluster.instanceSets.filter((s) => s.spreading.disabledBy?.path === spreading.disabledBy?.path).length > 1 ? '' : setName;
          findings.push(
            context.report({
              message: `${name}${where}: spreading is switched off, so all ${total.value} instances may land on one node and a single node failure takes out the primary and its replicas together.${zalandoOrigin(cluster, set)} To spread them, ${howToSpread[cluster.flavour](requireHard)}.`,
              resource: cluster.resource,
              objectIndex: spreading.disabledBy.objectIndex ?? cluster.objectIndex,
              path: spreading.disabledBy.path,
              ...(fix ? { fix } : {}),
            }),
          );
          continue;
        }
        if (spreading.level === 'none') {
          findings.push(
            context.report({
              message: `${name}${setName}: ${total.value} instances with no pod anti-affinity or topology spread, so the scheduler may put them all on one node and a single node failure takes out every copy of the data.${zalandoOrigin(cluster, set)} To spread them, ${howToSpread[cluster.flavour](requireHard)}.`,
              resource: cluster.resource,
              objectIndex: cluster.objectIndex,
              path: set.path,
              ...(fix ? { fix } : {}),
            }),
          );
          continue;
        }
        const where = spreading.terms.find((term) => term.selectsOwnPods);
        const wherePath = where?.path ?? set.path;
        const whereIndex = where?.objectIndex ?? cluster.objectIndex;
        if (requireHard && spreading.level === 'soft') {
          const origin = spreading.terms.every((term) => term.defaulted)
            ? ` (${operatorName[cluster.flavour]}'s default is soft)`
            : '';
          findings.push(
            context.report({
              message: `${name}${setName}: instances are spread only softly${origin}: when nodes are short the scheduler still co-locates them, and the policy requires hard spreading. To require it, ${howToSpread[cluster.flavour](true)}.`,
              resource: cluster.resource,
              objectIndex: whereIndex,
              path: wherePath,
            }),
          );
        }
        if (topologyKey && !spreading.topologyKeys.includes(topologyKey)) {
          findings.push(
            context.report({
              message: `${name}${setName}: instances are spread by ${spreading.topologyKeys.join(', ') || 'no key'} but not by \`${topologyKey}\`, which the policy requires (e.g. to survive the loss of a zone). Add a term with \`topologyKey: ${topologyKey}\`.${zalandoOrigin(cluster, set)}`,
              resource: cluster.resource,
              objectIndex: whereIndex,
              path: wherePath,
            }),
          );
        }
      }
    }
    return findings;
  },
};
