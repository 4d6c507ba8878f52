// The kinds pgwarden judges in a live cluster, with the REST paths to list and watch them. What each kind means
// belongs to the engine's adapters (src/policies/adapters); this is only where they live in the API.
export interface ListedKind {
  group: string;
  version: string;
  plural: string;
  kind: string;
  /** The operator whose CRD serves it; absent for built-in kinds. */
  operator?: string;
}

/** Postgres clusters of every flavour the engine reads, and the objects judged with them. */
export const POSTGRES_KINDS: readonly ListedKind[] = [
  { group: 'postgres-operator.crunchydata.com', version: 'v1beta1', plural: 'postgresclusters', kind: 'PostgresCluster', operator: 'PGO v5' },
  { group: 'crunchydata.com', version: 'v1', plural: 'pgclusters', kind: 'Pgcluster', operator: 'PGO v4' },
  { group: 'acid.zalan.do', version: 'v1', plural: 'postgresqls', kind: 'postgresql', operator: 'Zalando' },
  { group: 'postgresql.cnpg.io', version: 'v1', plural: 'clusters', kind: 'Cluster', operator: 'CloudNativePG' },
  { group: 'apps', version: 'v1', plural: 'statefulsets', kind: 'StatefulSet' },
];

/** Judged with the Cluster it names (its schedule), never alone. */
export const CNPG_SCHEDULED_BACKUPS: ListedKind = {
  group: 'postgresql.cnpg.io',
  version: 'v1',
  plural: 'scheduledbackups',
  kind: 'ScheduledBackup',
  operator: 'CloudNativePG',
};

/** The Zalando operator's configuration (cluster-wide settings such as pod anti-affinity). */
export const ZALANDO_OPERATOR_CONFIGURATIONS: ListedKind = {
  group: 'acid.zalan.do',
  version: 'v1',
  plural: 'operatorconfigurations',
  kind: 'OperatorConfiguration',
  operator: 'Zalando',
};

/** `/api/v1` or `/apis/<group>/<version>`, then the namespace when given, then the plural. */
export function collectionPath(kind: ListedKind, namespace?: string): string {
  const base = kind.group === '' ? `/api/${kind.version}` : `/apis/${kind.group}/${kind.version}`;
  return `${base}${namespace ? `/namespaces/${namespace}` : ''}/${kind.plural}`;
}

export function apiVersionOf(kind: ListedKind): string {
  return kind.group === '' ? kind.version : `${kind.group}/${kind.version}`;
}

/** The object with apiVersion and kind set: items of a list response omit them. */
export function withTypeMeta<T extends object>(object: T, kind: ListedKind): T {
  const record = object as Record<string, unknown>;
  if (typeof record.apiVersion === 'string' && typeof record.kind === 'string') return object;
  return { ...object, apiVersion: apiVersionOf(kind), kind: kind.kind };
}
