// Change rules: judge the change from a base to a head, not only the state at the head (issue 12).
// The two sides are normalised by the same adapters (so every flavour is covered by its adapter), clusters are paired
// by API group, kind, namespace and name, and each change rule looks at one pair at a time. Pure, no I/O, never throws:
// a rule that throws becomes an internal-error finding naming it, as in evaluate().
import { buildModel, withChangeProfiles } from './adapters/index.js';
import type { ChangeContext, ChangeFinding, ChangeSide, ClusterPair } from './change-rule.js';
import { changeRules } from './change-rules/index.js';
import { evaluate, evaluateBuilt, IGNORE_ANNOTATION_PREFIX } from './engine.js';
import type { Model, PostgresCluster } from './model.js';
import { isEnabled, policyFor, ruleSetting } from './policy.js';
import { formatMessage, scaleSeverity } from './rule.js';
import type { EvaluateOptions, Finding, InputObject, ResourceRef } from './types.js';

function apiGroupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

/** The identity a cluster keeps across the change: API group (not version), kind, namespace, name. */
export function pairKey(resource: ResourceRef): string {
  return `${apiGroupOf(resource.apiVersion)}|${resource.kind}|${resource.namespace ?? ''}|${resource.name}`;
}

/** Pairs the clusters of both sides; removed clusters (base only) first in base order, then head order. */
export function pairClusters(baseModel: Model, headModel: Model): ClusterPair[] {
  const heads = new Map<string, PostgresCluster>();
  for (const cluster of headModel.clusters) if (!heads.has(pairKey(cluster.resource))) heads.set(pairKey(cluster.resource), cluster);
  const pairs: ClusterPair[] = [];
  const paired = new Set<PostgresCluster>();
  const seenBase = new Set<string>();
  for (const base of baseModel.clusters) {
    const key = pairKey(base.resource);
    if (seenBase.has(key)) continue;
    seenBase.add(key);
    const head = heads.get(key);
    if (head) paired.add(head);
    pairs.push({ ...(head ? { head } : {}), base, baseModel, headModel });
  }
  for (const head of headModel.clusters) if (!paired.has(head) && !seenBase.has(pairKey(head.resource))) pairs.push({ head, baseModel, headModel });
  return pairs;
}

function ignoreReason(object: unknown, ruleId: string): string | undefined {
  const annotations = (object as { metadata?: { annotations?: unknown } } | undefined)?.metadata?.annotations;
  if (annotations === null || typeof annotations !== 'object') return undefined;
  const value = (annotations as Record<string, unknown>)[`${IGNORE_ANNOTATION_PREFIX}${ruleId}`];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

export interface EvaluateChangeOptions extends EvaluateOptions {
  /** Ids of the change rules to run (default: all of them); the webhook judges a DELETE by cluster-removed only. */
  ruleIds?: readonly string[];
}

/**
 * Judges the change from `baseInputs` to `headInputs` with the change rules. Each pair follows the policy of its head
 * object (of its base object when it is removed). A finding is ignored by `ignore.pgwarden.io/<rule>: "<reason>"` on
 * the head object, or on the base object (the only place for a removed cluster). Pure, no I/O, never throws.
 */
export function evaluateChange(baseInputs: readonly InputObject[], headInputs: readonly InputObject[], options: EvaluateChangeOptions = {}): ChangeFinding[] {
  return evaluateChangeBuilt(baseInputs, headInputs, options);
}

export interface UpdateFindings {
  /** evaluate() of the head. */
  head: Finding[];
  /** evaluateChange() from the base to the head. */
  change: ChangeFinding[];
}

/**
 * An update judged whole, as an admission UPDATE is: the head's state (evaluate) and the change from the base
 * (evaluateChange), over one model of each side — the head's model is built once and read by both rule sets.
 * Pure, no I/O, never throws.
 */
export function evaluateUpdate(baseInputs: readonly InputObject[], headInputs: readonly InputObject[], options: EvaluateChangeOptions = {}): UpdateFindings {
  let headModel: Model;
  try {
    headModel = buildModel(headInputs);
  } catch {
    // evaluate() and evaluateChange() each report the failure in their terms.
    return { head: evaluate(headInputs, options), change: evaluateChange(baseInputs, headInputs, options) };
  }
  const { ruleIds: _changeRulesOnly, ...evaluateOptions } = options;
  return { head: evaluateBuilt(headInputs, headModel, evaluateOptions), change: evaluateChangeBuilt(baseInputs, headInputs, options, headModel) };
}

function evaluateChangeBuilt(baseInputs: readonly InputObject[], headInputs: readonly InputObject[], options: EvaluateChangeOptions, builtHead?: Model): ChangeFinding[] {
  const findings: ChangeFinding[] = [];
  let baseModel: Model;
  let headModel: Model;
  try {
    baseModel = withChangeProfiles(buildModel(baseInputs));
    // The head's model may come from evaluateUpdate, built for evaluate(): its change profiles are filled here.
    headModel = withChangeProfiles(builtHead ?? buildModel(headInputs));
  } catch (error) {
    return [internalError('building the model', error, headInputs.length > 0 ? 'head' : 'base', baseInputs, headInputs)];
  }
  const selected = options.ruleIds ? changeRules.filter((rule) => options.ruleIds?.includes(rule.meta.id)) : changeRules;
  for (const pair of pairClusters(baseModel, headModel)) {
    const governing = pair.head ? headInputs[pair.head.objectIndex] : pair.base ? baseInputs[pair.base.objectIndex] : undefined;
    if (!governing) continue;
    const policy = policyFor(governing, options.policy);
    for (const rule of selected) {
      const setting = ruleSetting(policy, rule.meta);
      if (!isEnabled(setting.severity)) continue;
      const configured = setting.severity;
      const ignored = [pair.head ? headInputs[pair.head.objectIndex]?.object : undefined, pair.base ? baseInputs[pair.base.objectIndex]?.object : undefined].some(
        (object) => object !== undefined && ignoreReason(object, rule.meta.id) !== undefined,
      );
      if (ignored) continue;
      const context: ChangeContext = {
        ruleId: rule.meta.id,
        severity: configured,
        report(descriptor) {
          const side = descriptor.side ?? 'head';
          const cluster = side === 'base' ? pair.base : pair.head;
          if (!cluster) throw new Error(`rule ${rule.meta.id} reported on the ${side} side of a pair that has none`);
          const template = rule.meta.messages[descriptor.messageId];
          if (template === undefined) throw new Error(`rule ${rule.meta.id} reported unknown messageId "${descriptor.messageId}"`);
          const data = (descriptor.data ?? {}) as Readonly<Record<string, string | number>>;
          findings.push({
            ruleId: rule.meta.id,
            severity: scaleSeverity(descriptor.severity ?? rule.meta.defaultSeverity, rule.meta.defaultSeverity, configured),
            messageId: descriptor.messageId,
            data,
            message: formatMessage(template, data),
            resource: cluster.resource,
            objectIndex: cluster.objectIndex,
            path: descriptor.pointer,
            side,
          });
        },
      };
      try {
        rule.check(pair, context);
      } catch (error) {
        findings.push(internalError(`rule ${rule.meta.id}`, error, pair.head ? 'head' : 'base', baseInputs, headInputs, (pair.head ?? pair.base)?.objectIndex ?? 0));
      }
    }
  }
  return findings.sort(
    (a, b) => (a.side === b.side ? 0 : a.side === 'head' ? -1 : 1) || a.objectIndex - b.objectIndex || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
}

function internalError(what: string, error: unknown, side: ChangeSide, baseInputs: readonly InputObject[], headInputs: readonly InputObject[], objectIndex = 0): ChangeFinding {
  const reason = error instanceof Error ? error.message : String(error);
  const object = (side === 'head' ? headInputs : baseInputs)[objectIndex]?.object as { apiVersion?: unknown; kind?: unknown; metadata?: { name?: unknown; namespace?: unknown } } | undefined;
  const resource: ResourceRef = {
    apiVersion: typeof object?.apiVersion === 'string' ? object.apiVersion : '',
    kind: typeof object?.kind === 'string' ? object.kind : '',
    name: typeof object?.metadata?.name === 'string' ? object.metadata.name : '',
    ...(typeof object?.metadata?.namespace === 'string' ? { namespace: object.metadata.namespace } : {}),
  };
  return {
    ruleId: 'internal-error',
    severity: 'error',
    messageId: 'internalError',
    data: { what, reason },
    message: `pgwarden failed in ${what}: ${reason}. The change was not fully checked; please report this with the manifests.`,
    resource,
    objectIndex,
    path: '',
    side,
  };
}
