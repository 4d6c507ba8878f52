// Storage class of every Postgres volume: allowed by the policy, existing in the live cluster, and persistent at all.
import type { Volume } from '../model.js';
import { defineRule, describeCluster, docsUrl, globMatcher } from '../rule.js';

function volumeName(volume: Volume): string {
  return `${volume.role} volume${volume.owner ? ` of ${volume.owner}` : ''}`;
}

export const storageClassOptionsSchema = {
  type: 'object',
  properties: {
    allowed: {
      type: 'array',
      items: { type: 'string', minLength: 1 },
      description: 'Storage class names (globs allowed) that Postgres volumes may use. Absent: any class.',
    },
    default: {
      type: 'string',
      minLength: 1,
      description: 'The class the fix writes when a volume has none or a class outside `allowed`.',
    },
    requireExplicit: {
      type: 'boolean',
      default: true,
      description: 'Warn when a volume names no class (the cluster’s default StorageClass decides).',
    },
  },
  additionalProperties: false,
} as const;

export const storageClass = defineRule({
  meta: {
    id: 'storage-class',
    docsUrl: docsUrl('storage-class'),
    description:
      'Postgres volumes use an allowed storage class that exists in the cluster, and Postgres data lives on a persistent volume.',
    defaultSeverity: 'error',
    optionsSchema: storageClassOptionsSchema,
    messages: {
      notPersistent:
        'the Postgres {{volume}} is on no persistent volume: {{fix}}. Otherwise the database is lost whenever the pod moves or restarts ({{cluster}}).',
      noClass:
        "the {{volume}} names no storage class: {{fix}}{{allowed}}. Otherwise whichever StorageClass is the cluster's default at creation time decides (reclaim policy, speed, zones).",
      notAllowed: 'the {{volume}} uses storage class "{{class}}", which the policy does not allow: write `{{key}}:` with one of: {{allowed}}.',
      missing:
        'the {{volume}} uses storage class "{{class}}", which does not exist in the cluster: write `{{key}}:` with one of: {{existing}}. Otherwise its PersistentVolumeClaim stays Pending and {{operator}} cannot start the instance.',
    },
    fixable: true,
  },
  check(model, context) {
    const { allowed, default: defaultClass, requireExplicit } = context.options;
    const isAllowed = allowed ? globMatcher(allowed) : undefined;
    const known = context.clusterStorageClasses;

    for (const cluster of model.clusters) {
      const key = cluster.operator.storageClassKey;
      for (const volume of cluster.volumes) {
        const fixTo = (reason: string) => {
          if (!defaultClass || !volume.setStorageClass) return undefined;
          if (isAllowed && !isAllowed(defaultClass)) return undefined;
          if (known && !known.includes(defaultClass)) return undefined;
          return { patch: volume.setStorageClass(defaultClass), description: `${reason}: set ${key}: ${defaultClass}` };
        };
        const persistent = volume.persistent;
        if (persistent.value === false && !persistent.unknown) {
          if (volume.role === 'data' || volume.role === 'wal') {
            context.report({
              messageId: 'notPersistent',
              data: { volume: volumeName(volume), fix: volume.persist ?? cluster.operator.persistData, cluster: describeCluster(cluster) },
              resource: cluster.resource,
              objectIndex: persistent.objectIndex ?? cluster.objectIndex,
              pointer: persistent.path,
            });
          }
          continue;
        }
        const sc = volume.storageClass;
        if (sc.unknown) continue;
        const at = { resource: cluster.resource, objectIndex: sc.objectIndex ?? cluster.objectIndex, pointer: sc.path };
        if (sc.value === undefined) {
          if (!requireExplicit) continue;
          const fix = fixTo('name the storage class');
          context.report({
            ...at,
            severity: 'warning',
            messageId: 'noClass',
            data: { volume: volumeName(volume), fix: volume.nameClass ?? `write \`${key}: <class>\``, allowed: allowed ? ` with one of: ${allowed.join(', ')}` : '' },
            ...(fix ? { fix } : {}),
          });
          continue;
        }
        if (isAllowed && !isAllowed(sc.value)) {
          const fix = fixTo(`replace storage class ${sc.value}`);
          context.report({
            ...at,
            messageId: 'notAllowed',
            data: { volume: volumeName(volume), class: sc.value, key: key, allowed: allowed?.join(', ') ?? '' },
            ...(fix ? { fix } : {}),
          });
          continue;
        }
        if (known && !known.includes(sc.value)) {
          const fix = fixTo(`replace missing storage class ${sc.value}`);
          context.report({
            ...at,
            messageId: 'missing',
            data: {
              volume: volumeName(volume),
              class: sc.value,
              key: key,
              existing: known.join(', ') || '(none)',
              operator: cluster.operator.name,
            },
            ...(fix ? { fix } : {}),
          });
        }
      }
    }
  },
});
