// The change-rule contract (issue 12): the same meta/messages/report contract as defineRule, over a pair of clusters
// (base → head) instead of one model. Rules read only the normalised model of both sides and each operator's change
// profile (model.ts ChangeProfile, written by the adapters), so they never branch on the flavour.
import type { Model, PostgresCluster } from './model.js';
import type { MessageData } from './rule.js';
import type { Finding, Pointer, RuleMeta, Severity } from './types.js';

/** Which side of the change a finding lands on: the head object, or (for a removed object) the base object. */
export type ChangeSide = 'head' | 'base';

/** A change finding: `objectIndex` indexes the head inputs, or the base inputs when `side` is `base`. */
export interface ChangeFinding extends Finding {
  side: ChangeSide;
  messageId: string;
  data: Readonly<Record<string, string | number>>;
}

/** One cluster at the base and at the head, paired by API group, kind, namespace and name (either may be missing). */
export interface ClusterPair {
  base?: PostgresCluster;
  head?: PostgresCluster;
  /** The whole models, for related objects (Secrets, problems). */
  baseModel: Model;
  headModel: Model;
}


export type ChangeReport<M extends Readonly<Record<string, string>>> = {
  [Id in keyof M & string]: {
    messageId: Id;
    data: MessageData<M[Id]>;
    /** `head` (default): on the head cluster; `base`: on the base cluster (the object is removed in this change). */
    side?: ChangeSide;
    pointer: Pointer;
    /** The rule's own level for this case (default meta.defaultSeverity); the policy scales it. */
    severity?: Severity;
  };
}[keyof M & string];

export interface ChangeContext<M extends Readonly<Record<string, string>> = Readonly<Record<string, string>>> {
  ruleId: string;
  severity: Severity;
  report(descriptor: ChangeReport<M>): void;
}

export interface ChangeRuleDefinition<M extends Readonly<Record<string, string>>> {
  meta: Omit<RuleMeta, 'fixable'> & { messages: M };
  check(pair: ClusterPair, context: ChangeContext<M>): void;
}

export interface ChangeRule {
  meta: RuleMeta & { messages: Readonly<Record<string, string>> };
  check(pair: ClusterPair, context: ChangeContext): void;
}

/** Declares a change rule: the same meta/messages/report contract as defineRule, over a pair of clusters. */
export function defineChangeRule<const M extends Readonly<Record<string, string>>>(definition: ChangeRuleDefinition<M>): ChangeRule {
  return { meta: { ...definition.meta, fixable: false }, check: definition.check as unknown as ChangeRule["check"] };
}

// ---- values shared by the change rules --------------------------------------------------------------------------------

const BINARY: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
const DECIMAL: Record<string, number> = { n: 1e-9, u: 1e-6, m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };

/**
 * A Kubernetes quantity in base units (bytes for storage), or undefined when it does not parse — the grammar of
 * k8s.io/apimachinery pkg/api/resource/quantity.go: a decimal number, then a binary (Ki…Ei) or decimal (n…E) suffix or
 * an exponent. 1Gi and 1024Mi are the same size.
 */
export function parseQuantity(text: string): number | undefined {
  const match = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))(?:(Ki|Mi|Gi|Ti|Pi|Ei)|([numkMGTPE]?)|[eE]([+-]?\d+))$/.exec(text.trim());
  if (!match) return undefined;
  const number = Number(match[1]);
  if (match[2]) return number * (BINARY[match[2]] ?? 1);
  if (match[4] !== undefined) return number * 10 ** Number(match[4]);
  return number * (DECIMAL[match[3] ?? ''] ?? 1);
}

/** The Postgres major a cluster declares (postgresVersion / postgresql.version / catalog major), else its image's. */
export function postgresMajor(cluster: PostgresCluster): { major: number; path: Pointer; via: string } | 'unknown' | undefined {
  const declared = cluster.postgresVersion;
  if (declared?.unknown) return 'unknown';
  if (declared && declared.value !== undefined && !declared.defaulted) return { major: declared.value, path: declared.path, via: 'version' };
  const image = cluster.images.find((use) => use.role === 'postgres');
  if (image?.reference.unknown) return 'unknown';
  if (image?.postgresMajor !== undefined && !image.reference.defaulted) return { major: image.postgresMajor, path: image.reference.path, via: 'image' };
  return undefined;
}
