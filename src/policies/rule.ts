// The rule module shape (ESLint-like). A rule reads only the normalised model (model.ts) and returns findings;
// the engine resolves its options and severity from the policy and runs it. Rules do no I/O and never throw on
// purpose (the engine turns a throw into an internal-error finding naming the rule).
import type { Model, PostgresCluster, SecretInfo } from './model.js';
import type { Finding, Fix, Pointer, ResourceRef, RuleMeta, Severity } from './types.js';

/** One finding as a rule reports it: `severity` is the rule's own level for this case (default: meta.defaultSeverity). */
export interface ReportInput {
  severity?: Severity;
  message: string;
  resource: ResourceRef;
  objectIndex: number;
  path: Pointer;
  fix?: Fix;
}

export interface RuleContext {
  ruleId: string;
  /** The severity the policy gives this rule (meta.defaultSeverity when the policy says nothing). */
  severity: Severity;
  /** The rule's options with the schema's defaults filled in. */
  options: Readonly<Record<string, unknown>>;
  /** Storage classes that exist in the live cluster, when known. */
  clusterStorageClasses?: readonly string[];
  /** Builds a finding: fills ruleId and scales the rule's own level by the policy's severity (see scaleSeverity). */
  report(input: ReportInput): Finding;
}

/** What the engine hands to a rule: the model restricted to the objects whose policy enables the rule. */
export interface Rule {
  meta: RuleMeta;
  check(model: Model, context: RuleContext): Finding[];
}

const rank: Record<Severity, number> = { info: 0, warning: 1, error: 2 };
const byRank: Severity[] = ['info', 'warning', 'error'];

/**
 * A rule reports each case at its own level (e.g. replicas: warning below `min`, error at 0). A policy that moves the
 * rule's severity moves every level by the same number of steps, clamped to info..error, so the cases keep their order:
 * `replicas: {severity: error}` makes "below min" an error; `storage-class: {severity: warning}` makes "no class" info.
 */
export function scaleSeverity(level: Severity, defaultSeverity: Severity, configured: Severity): Severity {
  const scaled = rank[level] + rank[configured] - rank[defaultSeverity];
  return byRank[Math.max(0, Math.min(2, scaled))] ?? level;
}

export function makeContext(
  meta: RuleMeta,
  severity: Severity,
  options: Readonly<Record<string, unknown>>,
  clusterStorageClasses?: readonly string[],
): RuleContext {
  return {
    ruleId: meta.id,
    severity,
    options,
    ...(clusterStorageClasses ? { clusterStorageClasses } : {}),
    report(input: ReportInput): Finding {
      const finding: Finding = {
        ruleId: meta.id,
        severity: scaleSeverity(input.severity ?? meta.defaultSeverity, meta.defaultSeverity, severity),
        message: input.message,
        resource: input.resource,
        objectIndex: input.objectIndex,
        path: input.path,
      };
      if (input.fix && input.fix.patch.length > 0) finding.fix = input.fix;
      return finding;
    },
  };
}

export function docsUrl(id: string): string {
  return `https://github.com/pgwarden/pgwarden/blob/main/docs/rules/${id}.md`;
}

/** "PostgresCluster prod/hippo" — how messages name a cluster. */
export function describeCluster(cluster: PostgresCluster): string {
  const { kind, namespace, name } = cluster.resource;
  return `${kind} ${namespace ? `${namespace}/` : ''}${name}`;
}

export function describeSecret(secret: SecretInfo): string {
  const { namespace, name } = secret.resource;
  return `Secret ${namespace ? `${namespace}/` : ''}${name}`;
}

/** Operator names for messages. */
export const operatorName: Record<PostgresCluster['flavour'], string> = {
  'pgo-v4': 'Crunchy PGO v4',
  'pgo-v5': 'Crunchy PGO v5',
  zalando: 'the Zalando operator',
  cnpg: 'CloudNativePG',
  statefulset: 'a plain StatefulSet',
};

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function stringArray(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : undefined;
}
