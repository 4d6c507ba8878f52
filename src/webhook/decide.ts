// One admission request → one admission response, through the engine. Pure: no I/O, no clocks, so the same code
// runs inline and in the evaluation workers, and tests call it directly.

import type { Operation } from 'fast-json-patch';
import jsonPatch from 'fast-json-patch';
import type { Finding, InputObject, Policy, PolicySet } from '../policies/index.js';
import type { EngineApi } from './engine.js';
import type { RelatedInputs } from './related.js';
import type { AdmissionRequest, AdmissionResponse, DecisionResult, DecisionSummary } from './types.js';

export type Endpoint = 'validate' | 'mutate';

export interface DecideContext {
  engine: EngineApi;
  /** undefined = the engine's built-in preset. */
  policy: PolicySet | undefined;
  /** Storage classes that exist in the cluster (StorageClass informer); undefined = unknown, the policy's list decides. */
  clusterStorageClasses?: readonly string[];
  /**
   * Objects the request lacks, gathered by the server (related.ts): the Zalando operator configuration for a
   * `postgresql`, the CNPG Cluster a ScheduledBackup names. Judged alongside; only findings about the request's
   * object count.
   */
  related?: RelatedInputs;
}

/** The annotation a mutated object carries: what pgwarden changed and why (shown by `kubectl get -o yaml`, ignored by Argo CD per docs/webhook.md). */
export const MUTATED_ANNOTATION = 'pgwarden.io/mutated';

/** The apiserver drops duplicate warnings, truncates each past 120 characters and all of them past 4096. */
export const WARNING_MAX = 120;
export const WARNINGS_TOTAL_MAX = 4096;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function resourceLabel(request: AdmissionRequest, object: unknown, engine: EngineApi): string {
  const meta = isRecord(object) && isRecord(object.metadata) ? object.metadata : {};
  const name = typeof meta.name === 'string' ? meta.name : (request.name ?? '');
  const namespace = typeof meta.namespace === 'string' ? meta.namespace : request.namespace;
  const sub = request.subResource ? `/${request.subResource}` : '';
  const kind = request.subResource ? (engine.scaleSubject(request.resource.group, request.resource.resource)?.kind ?? request.resource.resource) : request.kind.kind;
  return `${kind}${sub} ${namespace ? `${namespace}/` : ''}${name}`;
}

/** The object as stored: the apiserver fills metadata.namespace from the URL, but be robust when a client omitted it. */
function withNamespace(object: Record<string, unknown>, namespace: string | undefined): Record<string, unknown> {
  if (!namespace) return object;
  const meta = isRecord(object.metadata) ? object.metadata : undefined;
  if (meta && typeof meta.namespace === 'string' && meta.namespace !== '') return object;
  return { ...object, metadata: { ...(meta ?? {}), namespace } };
}

interface Judged {
  inputs: InputObject[];
  /** Only findings about this input index are the request's business. */
  subjectIndex: number;
  /** Other input indexes whose findings count as the request's (related.ts `counted`). */
  counted?: Set<number>;
  /** When set, only this finding counts (scale: the replicas rule, or a malformed replica count). */
  keep?: (finding: Finding) => boolean;
}

function judgedInputs(request: AdmissionRequest, engine: EngineApi, related: RelatedInputs | undefined): Judged | { invalid: string } {
  const object = request.object;
  if (request.subResource === 'scale') {
    if (!isRecord(object)) return { invalid: 'request.object must be an autoscaling/v1 Scale object' };
    const spec = object.spec;
    if (spec !== undefined && !isRecord(spec)) return { invalid: 'Scale spec must be an object' };
    // autoscaling/v1 Scale omits spec.replicas when it is 0.
    const replicas = spec?.replicas ?? 0;
    if (typeof replicas !== 'number' || !Number.isInteger(replicas) || replicas < 0) {
      return { invalid: 'Scale spec.replicas must be a non-negative integer' };
    }
    const meta = isRecord(object.metadata) ? object.metadata : {};
    const name = typeof meta.name === 'string' ? meta.name : (request.name ?? '');
    const namespace = typeof meta.namespace === 'string' ? meta.namespace : request.namespace;
    // What the scale changes is the operator profile's answer: the object (as stored, when the server has it) with
    // the new count where the operator keeps it. Only what the count decides is the request's business.
    const subject = engine.scaleSubject(request.resource.group, request.resource.resource);
    if (!subject) return { inputs: [], subjectIndex: 0 };
    return {
      inputs: [{ object: subject.scaled(related?.stored, name, namespace, replicas) }],
      subjectIndex: 0,
      keep: (f) => f.ruleId === 'replicas' || (f.ruleId === 'invalid-manifest' && f.path === subject.replicasPath),
    };
  }
  if (!isRecord(object)) {
    return { invalid: `request.object must be the ${request.kind.kind} object, got ${object === null ? 'null' : typeof object}` };
  }
  const subject: InputObject = { object: withNamespace(object, request.namespace) };
  if (request.operation === 'UPDATE' && isRecord(request.oldObject)) {
    subject.oldObject = withNamespace(request.oldObject, request.namespace);
  }
  const inputs = [subject];
  const offset = inputs.length;
  for (const object of related?.objects ?? []) inputs.push({ object });
  // Findings about related objects the request makes relevant (the Secrets a workload reads) count too.
  const counted = related?.counted?.length ? new Set(related.counted.map((i) => offset + i)) : undefined;
  return { inputs, subjectIndex: 0, ...(counted ? { counted } : {}) };
}

/** `/spec/instances/0/replicas` → `spec.instances[0].replicas`: how people write a field in YAML discussions. */
export function fieldOf(pointer: string): string {
  let field = fields.get(pointer);
  if (field === undefined) {
    field = fieldOfPointer(pointer);
    // Pointers repeat from review to review (the rules' fields); the cache is bounded against hostile keys.
    if (fields.size >= 4096) fields.clear();
    fields.set(pointer, field);
  }
  return field;
}

const fields = new Map<string, string>();

function fieldOfPointer(pointer: string): string {
  if (pointer === '' || pointer === '/') return '(object)';
  let out = '';
  for (const raw of pointer.split('/').slice(1)) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (/^\d+$/.test(part)) out += `[${part}]`;
    else if (/^[A-Za-z_][\w-]*$/.test(part)) out += out === '' ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}

/** Whether `text` has whitespace other than single spaces between words (most messages have none). */
function untidy(text: string): boolean {
  let previousSpace = true; // a leading space is untidy
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (previousSpace) return true;
      previousSpace = true;
    } else if (c < 32 || (c >= 0x7f && /\s/.test(text[i]!))) {
      return true;
    } else {
      previousSpace = false;
    }
  }
  return previousSpace && text.length > 0;
}

function oneLine(text: string): string {
  return untidy(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

/**
 * Cut to `max` characters, marked with an ASCII `...`: one `…` (U+2026) made the whole answer a two-byte string,
 * which the socket write then transcodes to UTF-8 (bench/webhook, review with findings: ~1 µs of CPU per review).
 */
function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 3)}...`;
}

const MORE_LENGTH = "pgwarden:  more findings not shown; see pgwarden's log".length;

/** Short enough for the apiserver (each < 120 chars, all < 4096, no duplicates); the full text is in the log. */
export function boundedWarnings(lines: readonly string[]): string[] {
  return boundedOneLineWarnings(lines.map(oneLine));
}

/** boundedWarnings for lines already on one line (findingLine's, and notes passed through oneLine). */
function boundedOneLineWarnings(lines: readonly string[]): string[] {
  const out: string[] = [];
  let total = 0;
  for (let i = 0; i < lines.length; i++) {
    const warning = truncate(lines[i] ?? '', WARNING_MAX - 1);
    // A handful of warnings per review: a linear look-up beats hashing each string into a Set.
    if (out.includes(warning)) continue;
    // The note's length without building it for every line: it only grows with the count's digits.
    if (total + warning.length > WARNINGS_TOTAL_MAX - (MORE_LENGTH + String(lines.length - i).length) - 8) {
      out.push(`pgwarden: ${lines.length - i} more findings not shown; see pgwarden's log`);
      break;
    }
    out.push(warning);
    total += warning.length;
  }
  return out;
}

/** One line (fieldOf escapes whatever a key holds, oneLine the message): no warning needs oneLine again. */
function findingLine(finding: Finding): string {
  return `[${finding.ruleId}] ${fieldOf(finding.path)}: ${oneLine(finding.message)}`;
}

/** The summary for the log and the metrics; `lines[i]` is findings[i]'s text, formatted once per request. */
function summarise(policy: Policy | undefined, findings: readonly Finding[], lines: readonly string[]): DecisionSummary {
  const pairs: DecisionSummary['findings'] = [];
  const infos: string[] = [];
  const details: string[] = [];
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    pairs.push({ ruleId: f.ruleId, severity: f.severity });
    (f.severity === 'info' ? infos : details).push(lines[i]!);
  }
  return {
    decision: 'allowed',
    ...(policy ? { policy: policy.name } : {}),
    mode: policy?.mode ?? 'enforce',
    findings: pairs,
    infos,
    details,
  };
}

function allow(uid: string): AdmissionResponse {
  return { uid, allowed: true };
}

/**
 * The mutation: the safe fixes of rules whose policy entry says `mutate: true`, each applied to a copy first so a
 * fix that no longer applies (or conflicts with an earlier one) is skipped rather than sent to the apiserver.
 */
function mutationPatch(object: unknown, findings: Finding[], policy: Policy | undefined): { ops: Operation[]; applied: Finding[] } {
  const optedIn = findings.filter((f) => f.fix && f.fix.patch.length > 0 && policy?.rules[f.ruleId]?.mutate === true);
  if (optedIn.length === 0) return { ops: [], applied: [] };
  let document = jsonPatch.deepClone(object) as unknown;
  const ops: Operation[] = [];
  const applied: Finding[] = [];
  for (const finding of optedIn) {
    const patch = finding.fix?.patch ?? [];
    try {
      const trial = jsonPatch.deepClone(document) as unknown;
      document = jsonPatch.applyPatch(trial, jsonPatch.deepClone(patch) as Operation[], true, true).newDocument;
      ops.push(...patch);
      applied.push(finding);
    } catch {
      // The fix does not apply to this object as it stands: leave it to `pgwarden lint --fix` in git.
    }
  }
  if (applied.length === 0) return { ops: [], applied };
  const record = applied.map((f) => `${f.ruleId}: ${oneLine(f.fix?.description ?? '')}`).join('; ');
  const meta = isRecord(document) && isRecord(document.metadata) ? document.metadata : undefined;
  if (meta && isRecord(meta.annotations)) {
    ops.push({ op: 'add', path: `/metadata/annotations/${MUTATED_ANNOTATION.replace(/~/g, '~0').replace(/\//g, '~1')}`, value: record });
  } else if (meta) {
    ops.push({ op: 'add', path: '/metadata/annotations', value: { [MUTATED_ANNOTATION]: record } });
  }
  return { ops, applied };
}

/** Judges one admission request. Never throws: an engine failure is a deny naming pgwarden, not a 500. */
export function decide(request: AdmissionRequest, endpoint: Endpoint, context: DecideContext): DecisionResult {
  const uid = request.uid;
  if (request.operation === 'DELETE') return decideDelete(request, endpoint, context);
  if (request.operation === 'CONNECT') {
    return { response: allow(uid), summary: { decision: 'skipped', findings: [], infos: [] } };
  }
  if (request.subResource && request.subResource !== 'scale') {
    // status and other subresources carry no spec a person wrote.
    return { response: allow(uid), summary: { decision: 'skipped', findings: [], infos: [] } };
  }
  if (request.subResource === 'scale' && endpoint === 'mutate') {
    return { response: allow(uid), summary: { decision: 'skipped', findings: [], infos: [] } };
  }
  const judged = judgedInputs(request, context.engine, context.related);
  const label = resourceLabel(request, request.object, context.engine);
  if ('invalid' in judged) {
    return {
      response: { uid, allowed: false, status: { code: 400, reason: 'BadRequest', message: `pgwarden: ${label}: ${judged.invalid}` } },
      summary: { decision: 'denied', findings: [], infos: [] },
    };
  }
  if (judged.inputs.length === 0) {
    return { response: allow(uid), summary: { decision: 'skipped', findings: [], infos: [] } };
  }
  let findings: Finding[];
  let policy: Policy | undefined;
  try {
    const subject = judged.inputs[judged.subjectIndex]!;
    policy = context.engine.policyFor(subject, context.policy);
    const options = {
      // The apiserver pruned and validated the object against its live CRD before admission.
      schemaAppliedByApiserver: true,
      ...(context.policy ? { policy: context.policy } : {}),
      ...(context.clusterStorageClasses ? { clusterStorageClasses: context.clusterStorageClasses } : {}),
    };
    const ours = (f: Finding) => (f.objectIndex === judged.subjectIndex || judged.counted?.has(f.objectIndex) === true) && (!judged.keep || judged.keep(f));
    if (endpoint === 'validate' && !request.subResource && subject.oldObject && context.engine.evaluateUpdate) {
      // UPDATE: the change rules too, the stored object (oldObject) as the base; one model of the head for both.
      const before = judged.inputs.map((input, i) => ({ object: i === judged.subjectIndex ? subject.oldObject : input.object }));
      const { head, change } = context.engine.evaluateUpdate(before, judged.inputs, options);
      findings = head.filter(ours);
      for (const f of change) if (f.side === 'head' && f.objectIndex === judged.subjectIndex) findings.push(f);
    } else {
      findings = context.engine.evaluate(judged.inputs, options).filter(ours);
    }
  } catch (error) {
    return internalError(uid, label, error);
  }
  return respond(request, endpoint, context, { label, policy, findings, subject: judged.inputs[judged.subjectIndex]?.object, subjectIndex: judged.subjectIndex });
}

/** The rule a DELETE is judged by; the webhook runs it only where a policy names it for the object. */
const CLUSTER_REMOVED = 'cluster-removed';

/**
 * A DELETE of a Postgres cluster object (request.oldObject): denied only where a policy enables `cluster-removed`
 * for the object by naming it (the built-in preset never does: deleting stays a deliberate act unless a team opts in
 * for its production namespaces). An `ignore.pgwarden.io/cluster-removed: "<reason>"` on the object lets it go.
 */
function decideDelete(request: AdmissionRequest, endpoint: Endpoint, context: DecideContext): DecisionResult {
  const skipped: DecisionResult = { response: allow(request.uid), summary: { decision: 'skipped', findings: [], infos: [] } };
  const old = request.oldObject;
  if (endpoint !== 'validate' || request.subResource || !isRecord(old) || !context.policy || !context.engine.evaluateChange) return skipped;
  const subject: InputObject = { object: withNamespace(old, request.namespace) };
  const label = resourceLabel(request, old, context.engine);
  let policy: Policy | undefined;
  let findings: Finding[];
  try {
    policy = context.engine.policyFor(subject, context.policy);
    const setting = policy?.rules[CLUSTER_REMOVED];
    if (!setting || setting.severity === 'off') return skipped;
    findings = context.engine.evaluateChange([subject], [], { policy: context.policy, ruleIds: [CLUSTER_REMOVED] }).filter((f) => f.objectIndex === 0);
  } catch (error) {
    return internalError(request.uid, label, error);
  }
  if (findings.length === 0) return skipped;
  return respond(request, endpoint, context, { label, policy, findings, subject: old, subjectIndex: 0 });
}

function internalError(uid: string, label: string, error: unknown): DecisionResult {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    response: {
      uid,
      allowed: false,
      status: { code: 500, reason: 'InternalError', message: `pgwarden: internal error judging ${label}: ${oneLine(reason).slice(0, 300)}` },
    },
    summary: { decision: 'error', findings: [], infos: [] },
  };
}

interface Judgement {
  label: string;
  policy: Policy | undefined;
  findings: Finding[];
  subject: unknown;
  subjectIndex: number;
}

/** Findings → the admission answer: a patch (mutate), a deny (errors in enforce mode), warnings, or allowed. */
function respond(request: AdmissionRequest, endpoint: Endpoint, context: DecideContext, judgement: Judgement): DecisionResult {
  const uid = request.uid;
  const { label, policy, findings } = judgement;
  const lines = findings.map(findingLine);
  const summary = summarise(policy, findings, lines);
  const mode = summary.mode ?? 'enforce';

  if (endpoint === 'mutate') {
    const { ops, applied } = mutationPatch(judgement.subject, findings.filter((f) => f.objectIndex === judgement.subjectIndex), policy);
    if (ops.length === 0) return { response: allow(uid), summary };
    return {
      response: {
        uid,
        allowed: true,
        patchType: 'JSONPatch',
        patch: Buffer.from(JSON.stringify(ops)).toString('base64'),
        auditAnnotations: { mutated: applied.map((f) => f.ruleId).join(',') },
      },
      summary: { ...summary, decision: 'mutated' },
    };
  }

  // What the server could not gather (a missing Cluster): said once, beside the findings.
  const notes = (context.related?.notes ?? []).map(oneLine);
  const policyName = policy ? `policy ${policy.name}` : 'built-in policy';
  const enforced = mode === 'enforce' && findings.some((f) => f.severity === 'error');
  // enforce: the errors are the denial, the warnings ride along; audit: errors become warnings, so a team sees what
  // enforce would deny before switching it on.
  let list = '';
  let count = 0;
  const shown: string[] = [];
  for (let i = 0; i < findings.length; i++) {
    const severity = findings[i]!.severity;
    if (severity === 'error') {
      if (enforced) list += `${count++ === 0 ? '' : ' '}(${count}) ${lines[i]}`;
      else shown.push(`audit: ${lines[i]}`);
    }
  }
  for (let i = 0; i < findings.length; i++) if (findings[i]!.severity === 'warning') shown.push(lines[i]!);
  shown.push(...notes);
  if (enforced) {
    const message = `pgwarden denied ${label} (${policyName}, enforce): ${list}`;
    const response: AdmissionResponse = { uid, allowed: false, status: { code: 403, reason: 'Forbidden', message } };
    if (shown.length > 0) response.warnings = boundedOneLineWarnings(shown);
    return { response, summary: { ...summary, decision: 'denied' } };
  }
  if (shown.length === 0) return { response: allow(uid), summary };
  const findingsShown = shown.length > notes.length;
  return { response: { uid, allowed: true, warnings: boundedOneLineWarnings(shown) }, summary: findingsShown ? { ...summary, decision: 'warned' } : summary };
}
