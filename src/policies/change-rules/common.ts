// Helpers the change rules share: matching volumes across the change and naming things in messages.
import type { PostgresCluster, Volume } from '../model.js';

/** A volume's identity across the change: its role and its owner (instance set, repo, claim template). */
export function volumePairs(base: PostgresCluster, head: PostgresCluster): { before: Volume; after: Volume }[] {
  const key = (volume: Volume) => `${volume.role}\u0000${volume.owner ?? ''}`;
  const after = new Map(head.volumes.map((volume) => [key(volume), volume]));
  const pairs: { before: Volume; after: Volume }[] = [];
  for (const before of base.volumes) {
    const match = after.get(key(before));
    if (match) pairs.push({ before, after: match });
  }
  return pairs;
}

export function describeVolume(volume: Volume): string {
  const role = volume.role === 'wal' ? 'WAL' : volume.role;
  return `the ${role} volume${volume.owner ? ` of ${volume.owner}` : ''}`;
}

export function describe(cluster: PostgresCluster): string {
  const { kind, namespace, name } = cluster.resource;
  return `${kind} ${namespace ? `${namespace}/` : ''}${name}`;
}
