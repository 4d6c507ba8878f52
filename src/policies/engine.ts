// evaluate(): adapters → model → for each policy, the rules it enables → ignore annotations → sorted findings.
// Never throws: a rule (or the model builder) that throws becomes an `internal-error` finding naming it.
import { buildModel } from './adapters/index.js';
import { findFieldViolations } from './field-check.js';
import type { Model, ModelProblem } from './model.js';
import { isEnabled, type Policy, policyFor, ruleSetting } from './policy.js';
import { formatMessage, makeContext } from './rule.js';
import { ignoreAnnotationMeta, internalErrorMeta, ruleMetas, rules } from './rules/index.js';
import type { EvaluateOptions, Finding, InputObject, ResourceRef, RuleMeta, Severity } from './types.js';
import { ruleOptionsValidator } from './validators.js';

export const IGNORE_ANNOTATION_PREFIX = 'ignore.pgwarden.io/';

/**
 * The rule's options with its schema's defaults filled in (a frozen copy). Throws naming the rule and the option when
 * they do not validate — a parsed policy file never gets here invalid (its schema includes every rule's options); a
 * programmatic one does, and becomes an internal-error finding instead of a rule misreading an option.
 */
export function resolveOptions(meta: RuleMeta, options: Record<string, unknown>): Readonly<Record<string, unknown>> {
  const validate = ruleOptionsValidator(meta.id, meta.optionsSchema);
  const copy = structuredClone(options);
  if (!validate(copy)) {
    const problems = (validate.errors ?? []).map((e) => `${e.instancePath.slice(1).replace(/\//g, '.') || 'options'} ${e.message ?? 'is invalid'}`);
    throw new Error(`the policy's options for rule ${meta.id} are invalid: ${problems.join('; ')}`);
  }
  return Object.freeze(copy);
}

/**
 * Options resolved once per policy object and rule (policies are parsed once and reused for every evaluation, so the
 * webhook does not re-validate on each admission request).
 */
const resolvedByPolicy = new WeakMap<Policy, Map<string, Readonly<Record<string, unknown>>>>();

function optionsFor(policy: Policy, meta: RuleMeta, written: Record<string, unknown>): Readonly<Record<string, unknown>> {
  let perRule = resolvedByPolicy.get(policy);
  if (!perRule) {
    perRule = new Map();
    resolvedByPolicy.set(policy, perRule);
  }
  let resolved = perRule.get(meta.id);
  if (!resolved) {
    resolved = resolveOptions(meta, written);
    perRule.set(meta.id, resolved);
  }
  return resolved;
}

function resourceOf(object: unknown): ResourceRef {
  const record = (object !== null && typeof object === 'object' ? object : {}) as Record<string, unknown>;
  const metadata = (record.metadata !== null && typeof record.metadata === 'object' ? record.metadata : {}) as Record<
    string,
    unknown
  >;
  return {
    apiVersion: typeof record.apiVersion === 'string' ? record.apiVersion : '',
    kind: typeof record.kind === 'string' ? record.kind : '',
    name: typeof metadata.name === 'string' ? metadata.name : '',
    ...(typeof metadata.namespace === 'string' ? { namespace: metadata.namespace } : {}),
  };
}

function resourceKey(resource: ResourceRef): string {
  return `${resource.apiVersion}|${resource.kind}|${resource.namespace ?? ''}|${resource.name}`;
}

function annotationsOf(object: unknown): Record<string, unknown> {
  if (object === null || typeof object !== 'object') return {};
  const metadata = (object as { metadata?: unknown }).metadata;
  if (metadata === null || typeof metadata !== 'object') return {};
  const annotations = (metadata as { annotations?: unknown }).annotations;
  return annotations !== null && typeof annotations === 'object' ? (annotations as Record<string, unknown>) : {};
}

function escapePointerToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

function internalError(what: string, error: unknown, objectIndex: number, inputs: readonly InputObject[]): Finding {
  const reason = error instanceof Error ? error.message : String(error);
  const data = { what, reason };
  return {
    ruleId: internalErrorMeta.id,
    severity: 'error',
    messageId: 'failed',
    data,
    message: formatMessage(internalErrorMeta.messages.failed ?? '', data),
    resource: resourceOf(inputs[objectIndex]?.object),
    objectIndex,
    path: '',
  };
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Stable order: object, then field, then rule, then severity, then message. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.objectIndex - b.objectIndex ||
    (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    severityRank[a.severity] - severityRank[b.severity] ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

/** The part of the model one policy governs: its clusters and problems; every Secret stays visible for look-ups. */
function modelFor(model: Model, governs: (objectIndex: number) => boolean): Model {
  return {
    clusters: model.clusters.filter((cluster) => governs(cluster.objectIndex)),
    secrets: model.secrets,
    problems: model.problems.filter((problem) => governs(problem.objectIndex)),
    fieldViolations: (model.fieldViolations ?? []).filter((violation) => governs(violation.objectIndex)),
  };
}

/**
 * The model's problems attributed to a rule other than invalid-manifest, by rule id: grouped once per evaluation and
 * passed to each rule, not cached in a WeakMap keyed by the model. A WeakMap entry's value outlives a scavenge even
 * when its key is garbage (V8 keeps ephemeron values of young keys alive until the next full GC), so a per-review key
 * promoted every review's problems to the old generation.
 */
function problemsByRule(model: Model): Map<string, ModelProblem[]> {
  const byRule = new Map<string, ModelProblem[]>();
  for (const problem of model.problems) {
    if (problem.ruleId === undefined) continue;
    const list = byRule.get(problem.ruleId);
    if (list) list.push(problem);
    else byRule.set(problem.ruleId, [problem]);
  }
  return byRule;
}

/**
 * What a policy says about each rule — severity and options with defaults — read once per policy object: the webhook
 * judges every review with the same few policies, and building the setting is per rule, per review otherwise.
 */
type EnabledSetting = { severity: Severity; options: Readonly<Record<string, unknown>> } | null;

/** Per policy, the setting of each rule of `rules`, by its index there (undefined: not read yet). */
const settingsByPolicy = new WeakMap<Policy, (EnabledSetting | undefined)[]>();

/** The settings of one policy, looked up once per evaluation, not once per rule. */
function settingsOf(policy: Policy): (EnabledSetting | undefined)[] {
  let settings = settingsByPolicy.get(policy);
  if (!settings) {
    settings = new Array<EnabledSetting | undefined>(rules.length).fill(undefined);
    settingsByPolicy.set(policy, settings);
  }
  return settings;
}

function enabledSetting(policy: Policy, settings: (EnabledSetting | undefined)[], ruleIndex: number): EnabledSetting {
  let setting = settings[ruleIndex];
  if (setting === undefined) {
    const written = ruleSetting(policy, rules[ruleIndex]!.meta);
    // Options are resolved only for enabled rules; an invalid one throws here, each time, as before (runRule's guard).
    setting = isEnabled(written.severity) ? { severity: written.severity, options: optionsFor(policy, rules[ruleIndex]!.meta, written.options) } : null;
    settings[ruleIndex] = setting;
  }
  return setting;
}

function runRule(
  ruleIndex: number,
  model: Model,
  problems: ReadonlyMap<string, readonly ModelProblem[]>,
  policy: Policy,
  settings: (EnabledSetting | undefined)[],
  options: EvaluateOptions,
): { findings: Finding[]; severity: Severity } | undefined {
  const rule = rules[ruleIndex]!;
  const setting = enabledSetting(policy, settings, ruleIndex);
  if (!setting) return undefined;
  const context = makeContext(rule.meta, setting.severity, setting.options, options.clusterStorageClasses);
  rule.check(model, context);
  // Problems the adapters attribute to this rule (e.g. an orphan ScheduledBackup for backup-schedule): its `problem` message.
  if (rule.meta.id !== 'invalid-manifest') {
    for (const problem of problems.get(rule.meta.id) ?? []) {
      context.report({
        severity: problem.severity ?? rule.meta.defaultSeverity,
        messageId: 'problem',
        data: { problem: problem.message },
        resource: problem.resource,
        objectIndex: problem.objectIndex,
        pointer: problem.path,
      });
    }
  }
  return { findings: context.findings, severity: setting.severity };
}

/**
 * Reads `ignore.pgwarden.io/<rule-id>: "<reason>"` on every object: returns the rules ignored per object and the
 * findings about the annotations themselves (empty reason, unknown rule).
 */
function readIgnores(
  inputs: readonly InputObject[],
  policies: readonly Policy[],
  options: EvaluateOptions,
): { ignored: Map<number, Set<string>>; findings: Finding[] } {
  const ignored = new Map<number, Set<string>>();
  const findings: Finding[] = [];
  for (let objectIndex = 0; objectIndex < inputs.length; objectIndex++) {
    const input = inputs[objectIndex]!;
    const annotations = annotationsOf(input.object);
    // Most objects carry no ignore annotation: find one before resolving the object's policy.
    let any = false;
    for (const key in annotations) {
      if (key.startsWith(IGNORE_ANNOTATION_PREFIX) && Object.hasOwn(annotations, key)) {
        any = true;
        break;
      }
    }
    if (!any) continue;
    const policy = policies[objectIndex] ?? policyFor(input, options.policy);
    const setting = ruleSetting(policy, ignoreAnnotationMeta);
    const context = isEnabled(setting.severity)
      ? makeContext(ignoreAnnotationMeta, setting.severity, {}, options.clusterStorageClasses)
      : undefined;
    for (const [key, value] of Object.entries(annotations)) {
      if (!key.startsWith(IGNORE_ANNOTATION_PREFIX)) continue;
      const ruleId = key.slice(IGNORE_ANNOTATION_PREFIX.length);
      const path = `/metadata/annotations/${escapePointerToken(key)}`;
      const resource = resourceOf(input.object);
      if (!knownRuleIds.has(ruleId)) {
        context?.report({ messageId: 'unknownRule', data: { key, known: [...knownRuleIds].join(', ') }, resource, objectIndex, pointer: path });
        continue;
      }
      let set = ignored.get(objectIndex);
      if (!set) {
        set = new Set();
        ignored.set(objectIndex, set);
      }
      set.add(ruleId);
      if (context && (typeof value !== 'string' || value.trim() === '')) {
        context.report({ messageId: 'noReason', data: { key, rule: ruleId }, resource, objectIndex, pointer: path });
      }
    }
    if (context) findings.push(...context.findings);
  }
  return { ignored, findings };
}

const knownRuleIds = new Set(ruleMetas.map((meta) => meta.id));

/** Findings sorted (compareFindings), each reported once: the same Secret can be reached from clusters under different policies. */
function sortedOnce(findings: Finding[]): Finding[] {
  findings.sort(compareFindings);
  const kept: Finding[] = [];
  // Duplicates share object, field and rule, so after the sort they sit in one run of those three.
  let runStart = 0;
  for (const finding of findings) {
    const first = kept[runStart];
    if (first === undefined || first.objectIndex !== finding.objectIndex || first.path !== finding.path || first.ruleId !== finding.ruleId) {
      runStart = kept.length;
      kept.push(finding);
      continue;
    }
    let duplicate = false;
    for (let i = runStart; i < kept.length; i++) {
      if (kept[i]!.message === finding.message) {
        duplicate = true;
        break;
      }
    }
    if (!duplicate) kept.push(finding);
  }
  return kept;
}

/**
 * Checks the objects against their policies (`options.policy`, else the `recommended` preset). Pure, no I/O, never throws.
 * Each object gets the first policy whose match selects it; a finding follows the policy of the object it lands on.
 */
export function evaluate(inputs: readonly InputObject[], options: EvaluateOptions = {}): Finding[] {
  try {
    return evaluateUnguarded(inputs, options);
  } catch (error) {
    // Only a malformed programmatic policy (bad globs, no `policies` array) gets here: rules are guarded one by one.
    return inputs.length > 0 ? [internalError('applying the policy', error, 0, inputs)] : [];
  }
}

/**
 * evaluate() over a model already built from `inputs` (evaluateUpdate shares the head's model with the change rules).
 * Never throws.
 */
export function evaluateBuilt(inputs: readonly InputObject[], model: Model, options: EvaluateOptions = {}): Finding[] {
  try {
    return evaluateUnguarded(inputs, options, model);
  } catch (error) {
    return inputs.length > 0 ? [internalError('applying the policy', error, 0, inputs)] : [];
  }
}

function evaluateUnguarded(inputs: readonly InputObject[], options: EvaluateOptions, built?: Model): Finding[] {
  const findings: Finding[] = [];
  const policies = inputs.map((input) => policyFor(input, options.policy));
  let model: Model;
  try {
    model = built ?? buildModel(inputs);
  } catch (error) {
    return inputs.length > 0 ? [internalError('building the model', error, 0, inputs)] : [];
  }
  if (!options.schemaAppliedByApiserver) {
    try {
      model.fieldViolations = findFieldViolations(inputs, (objectIndex) => resourceOf(inputs[objectIndex]?.object), options.crds);
    } catch (error) {
      findings.push(internalError('checking fields against the CRD schemas', error, 0, inputs));
    }
  }

  const distinct = policies.length === 1 ? policies : [...new Set(policies)];
  for (const policy of distinct) {
    // One policy (the usual case) governs the whole model: no need to filter it.
    const scoped = distinct.length === 1 ? model : modelFor(model, (objectIndex: number) => policies[objectIndex] === policy);
    if (scoped.clusters.length === 0 && scoped.problems.length === 0 && (scoped.fieldViolations?.length ?? 0) === 0) continue;
    const problems = problemsByRule(scoped);
    const settings = settingsOf(policy);
    for (let ruleIndex = 0; ruleIndex < rules.length; ruleIndex++) {
      const rule = rules[ruleIndex]!;
      try {
        const result = runRule(ruleIndex, scoped, problems, policy, settings, options);
        if (!result) continue;
        // A finding follows the policy of the cluster it is about, even when it lands on another object (its Secret,
        // a scheduler ConfigMap, the operator configuration in the operator's namespace).
        for (const finding of result.findings) findings.push(finding);
      } catch (error) {
        const first = scoped.clusters[0]?.objectIndex ?? scoped.problems[0]?.objectIndex ?? 0;
        findings.push(internalError(`rule ${rule.meta.id}`, error, first, inputs));
      }
    }
  }

  let ignores: ReturnType<typeof readIgnores>;
  try {
    ignores = readIgnores(inputs, policies, options);
  } catch (error) {
    ignores = { ignored: new Map(), findings: [internalError('reading ignore annotations', error, 0, inputs)] };
  }
  let kept = findings;
  if (ignores.ignored.size > 0) {
    // An ignore applies to findings landing on its object and to findings about it that land elsewhere.
    const indexByResource = new Map<string, number[]>();
    for (const [index] of ignores.ignored) {
      const key = resourceKey(resourceOf(inputs[index]?.object));
      indexByResource.set(key, [...(indexByResource.get(key) ?? []), index]);
    }
    const isIgnored = (finding: Finding) =>
      ignores.ignored.get(finding.objectIndex)?.has(finding.ruleId) ||
      (indexByResource.get(resourceKey(finding.resource)) ?? []).some((index) => ignores.ignored.get(index)?.has(finding.ruleId));
    kept = findings.filter((finding) => !isIgnored(finding));
  }
  for (const finding of ignores.findings) kept.push(finding);
  return sortedOnce(kept);
}

/** The policy, mode and per-rule settings that apply to one object (the webhook reads `mode` and `mutate`). */
export { policyFor };
