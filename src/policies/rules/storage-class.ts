// Storage class of every Postgres volume: allowed by the policy, existing in the live cluster, and persistent at all.
import picomatch from 'picomatch';
import type { PostgresCluster, Volume } from '../model.js';
import { capitalize, describeCluster, docsUrl, operatorName, type Rule, stringArray } from '../rule.js';
import type { Finding } from '../types.js';

/** The key that holds the class in each operator's syntax, for "what to write instead". */
const classKey: Record<PostgresCluster['flavour'], string> = {
  'pgo-v4': 'storageclass',
  'pgo-v5': 'storageClassName',
  zalando: 'storageClass',
  cnpg: 'storageClass',
  statefulset: 'storageClassName',
};

function volumeName(volume: Volume): string {
  return `${volume.role} volume${volume.owner ? ` of ${volume.owner}` : ''}`;
}

export const storageClass: Rule = {
  meta: {
    id: 'storage-class',
    docsUrl: docsUrl('storage-class'),
    description:
      'Postgres volumes use an allowed storage class that exists in the cluster, and Postgres data lives on a persistent volume.',
    defaultSeverity: 'error',
    optionsSchema: {
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
    },
    fixable: true,
  },
  check(model, context) {
    const findings: Finding[] = [];
    const allowed = stringArray(context.options.allowed);
    const isAllowed = allowed ? picomatch(allowed) : undefined;
    const defaultClass = typeof context.options.default === 'string' ? context.options.default : undefined;
    const requireExplicit = context.options.requireExplicit !== false;
    const known = context.clusterStorageClasses;

    for (const cluster of model.clusters) {
      const key = classKey[cluster.flavour];
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
            const advice =
              cluster.flavour === 'pgo-v4'
                ? 'PGO v4 mounts an emptyDir when `storagetype` is empty or `emptydir`; write `storagetype: dynamic` and a `storageclass`'
                : `${capitalize(operatorName[cluster.flavour])} gives it no PersistentVolumeClaim; declare a volume claim${cluster.flavour === 'statefulset' ? ' (`spec.volumeClaimTemplates`) mounted at the data directory' : ''}`;
            findings.push(
              context.report({
                message: `${describeCluster(cluster)}: the Postgres ${volumeName(volume)} is on no persistent volume, so the database is lost whenever the pod moves or restarts. ${advice}.`,
                resource: cluster.resource,
                objectIndex: persistent.objectIndex ?? cluster.objectIndex,
                path: persistent.path,
              }),
            );
          }
          continue;
        }
        const sc = volume.storageClass;
        if (sc.unknown) continue;
        const objectIndex = sc.objectIndex ?? cluster.objectIndex;
        if (sc.value === undefined) {
          if (!requireExplicit) continue;
          const fix = fixTo('name the storage class');
          findings.push(
            context.report({
              severity: 'warning',
              message: `${describeCluster(cluster)}: the ${volumeName(volume)} names no storage class, so whichever StorageClass is the cluster's default at creation time decides (its reclaim policy, speed and zones). Write \`${key}: <class>\`${allowed ? ` with one of: ${allowed.join(', ')}` : ''}.`,
              resource: cluster.resource,
              objectIndex,
              path: sc.path,
              ...(fix ? { fix } : {}),
            }),
          );
          continue;
        }
        if (isAllowed && !isAllowed(sc.value)) {
          const fix = fixTo(`replace storage class ${sc.value}`);
          findings.push(
            context.report({
              message: `${describeCluster(cluster)}: the ${volumeName(volume)} uses storage class "${sc.value}", which the policy does not allow. Write \`${key}:\` with one of: ${allowed?.join(', ')}.`,
              resource: cluster.resource,
              objectIndex,
              path: sc.path,
              ...(fix ? { fix } : {}),
            }),
          );
          continue;
        }
        if (known && !known.includes(sc.value)) {
          const fix = fixTo(`replace missing storage class ${sc.value}`);
          findings.push(
            context.report({
              message: `${describeCluster(cluster)}: the ${volumeName(volume)} uses storage class "${sc.value}", which does not exist in the cluster, so its PersistentVolumeClaim stays Pending and ${operatorName[cluster.flavour]} cannot start the instance. Existing classes: ${known.join(', ') || '(none)'}.`,
              resource: cluster.resource,
              objectIndex,
              path: sc.path,
              ...(fix ? { fix } : {}),
            }),
          );
        }
      }
    }
    return findings;
  },
};
