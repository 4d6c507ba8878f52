// Policy: `apiVersion: pgwarden.io/v1alpha1`, `kind: PostgresPolicy`. Parsing and validation (ajv) live here;
// reading the file is the door's job. OWNER: rules helper (issue 2 §3).
import type { ErrorObject } from 'ajv';
import picomatch from 'picomatch';
import { isMap, LineCounter, type Document } from 'yaml';
import { parseYamlStream, YamlAliasError, yamlToJS } from '../yaml/index.js';
import { ruleMetas } from './rules/index.js';
import type { InputObject, RuleMeta, Severity, SeveritySetting } from './types.js';
import { didYouMean } from './suggest.js';
import { policyDocumentValidator } from './validators.js';

export interface RuleSetting {
  severity?: SeveritySetting;
  /** Webhook only: apply this rule's safe fixes as a mutation. */
  mutate?: boolean;
  options?: Record<string, unknown>;
  [option: string]: unknown;
}

export interface PolicyMatch {
  namespaces?: string[];
  labels?: Record<string, string>;
  files?: string[];
}

export interface Policy {
  name: string;
  /** Where it was read from, for messages (`file:line`). */
  source?: string;
  mode: 'enforce' | 'audit';
  match?: PolicyMatch;
  rules: Record<string, RuleSetting>;
  /**
   * Added: what rules the policy does not list get. `recommended` (default): their default severity and options;
   * `none`: off. Lets a policy switch on only the rules it names.
   */
  extends?: 'recommended' | 'none';
}

/** Ordered: the first policy whose `match` matches an object applies to it; `recommended` when none does. */
export interface PolicySet {
  policies: Policy[];
}

export const POLICY_API_VERSION = 'pgwarden.io/v1alpha1';
export const POLICY_KIND = 'PostgresPolicy';

/** The built-in preset: every rule at its default severity and options, enforced. */
export const recommendedPolicy: Policy = Object.freeze({
  name: 'recommended',
  source: 'built-in preset',
  mode: 'enforce',
  rules: {},
}) as Policy;

export const presets: Readonly<Record<string, Policy>> = { recommended: recommendedPolicy };

const severitySchema = { enum: ['error', 'warning', 'info', 'off'] };

function ruleSettingSchema(meta: RuleMeta): Record<string, unknown> {
  const optionProperties = (meta.optionsSchema.properties as Record<string, unknown> | undefined) ?? {};
  return {
    type: 'object',
    description: `${meta.description} Docs: ${meta.docsUrl}`,
    properties: {
      severity: { ...severitySchema, description: `Default: ${meta.defaultSeverity}.` },
      mutate: { type: 'boolean', description: 'Webhook: apply this rule’s safe fixes as a mutation.' },
      ...optionProperties,
    },
    additionalProperties: false,
  };
}

/** The JSON Schema of one PostgresPolicy document, assembled from each rule's options schema. */
export function policySchema(): Record<string, unknown> {
  const globs = { type: 'array', items: { type: 'string', minLength: 1 } };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/pgwarden/pgwarden/blob/main/docs/policy.schema.json',
    title: 'pgwarden PostgresPolicy',
    description: 'One document of a pgwarden policy file. Generated from the rules; see docs/policy.md.',
    type: 'object',
    required: ['apiVersion', 'kind', 'metadata', 'spec'],
    properties: {
      apiVersion: { const: POLICY_API_VERSION },
      kind: { const: POLICY_KIND },
      metadata: {
        type: 'object',
        required: ['name'],
        properties: {
          name: { type: 'string', minLength: 1 },
          labels: { type: 'object', additionalProperties: { type: 'string' } },
          annotations: { type: 'object', additionalProperties: { type: 'string' } },
        },
        additionalProperties: false,
      },
      spec: {
        type: 'object',
        properties: {
          mode: {
            enum: ['enforce', 'audit'],
            description: 'enforce (default): the webhook denies on errors; audit: it only warns.',
          },
          extends: {
            enum: ['recommended', 'none'],
            description: 'What unlisted rules get: recommended (default) or none (off).',
          },
          match: {
            type: 'object',
            description: 'All given conditions must hold. No match block: the policy applies to everything.',
            properties: {
              namespaces: { ...globs, description: 'Namespace globs, e.g. `*-prod`.' },
              labels: { type: 'object', additionalProperties: { type: 'string' }, description: 'Labels the object must carry.' },
              files: { ...globs, description: 'Repo-relative file globs (CLI), e.g. `clusters/prod/**`.' },
            },
            additionalProperties: false,
          },
          rules: {
            type: 'object',
            properties: Object.fromEntries(ruleMetas.map((meta) => [meta.id, ruleSettingSchema(meta)])),
            additionalProperties: false,
          },
        },
        additionalProperties: false,
      },
    },
    additionalProperties: false,
  };
}

export interface PolicyProblem {
  file: string;
  line: number;
  column: number;
  /** Dotted field path, e.g. `spec.rules.replicas.min`. */
  field: string;
  message: string;
}

/** An invalid policy file: every problem with file:line and the field. */
export class PolicyError extends Error {
  readonly problems: PolicyProblem[];
  constructor(problems: PolicyProblem[]) {
    super(problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.field ? `${p.field}: ` : ''}${p.message}`).join('\n'));
    this.name = 'PolicyError';
    this.problems = problems;
  }
}

function validateDocument(value: unknown): ErrorObject[] {
  const validate = policyDocumentValidator(policySchema);
  return validate(value) ? [] : [...(validate.errors ?? [])];
}

function decodePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function errorText(error: ErrorObject): { segments: string[]; message: string; atKey?: string } {
  const segments = decodePointer(error.instancePath);
  const params = error.params as Record<string, unknown>;
  const parent = segments.join('.');
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      if (parent === 'spec.rules') {
        return {
          segments,
          atKey: key,
          message: (() => {
            const known = ruleMetas.map((m) => m.id);
            const guess = didYouMean(key, known);
            return `unknown rule "${key}"${guess ? ` (did you mean "${guess}"?)` : ''} (known: ${known.join(', ')})`;
          })(),
        };
      }
      return { segments, atKey: key, message: `unknown field "${key}"` };
    }
    case 'required':
      return { segments, message: `missing required field "${String(params.missingProperty)}"` };
    case 'enum':
      return { segments, message: `must be one of: ${(params.allowedValues as unknown[]).map(String).join(', ')}` };
    case 'const':
      return { segments, message: `must be "${String(params.allowedValue)}"` };
    default:
      return { segments, message: error.message ?? 'is invalid' };
  }
}

function positionOf(doc: Document, lines: LineCounter, segments: string[], atKey?: string): { line: number; column: number } {
  // Walk down as far as the YAML goes: a missing field is reported at its nearest existing parent.
  let node: unknown = doc.contents;
  let offset = (doc.contents as { range?: [number, number, number] } | null)?.range?.[0] ?? 0;
  const path = atKey === undefined ? segments : [...segments, atKey];
  for (const [i, segment] of path.entries()) {
    if (!isMap(node) && !(node && typeof node === 'object' && 'items' in node)) break;
    const items = (node as { items: unknown[] }).items;
    let next: unknown;
    if (isMap(node)) {
      const pair = node.items.find((item) => {
        const key = item.key as { value?: unknown } | null;
        return key !== null && typeof key === 'object' && String(key.value) === segment;
      });
      if (!pair) break;
      const isLastKey = atKey !== undefined && i === path.length - 1;
      const target = (isLastKey ? pair.key : (pair.value ?? pair.key)) as { range?: [number, number, number] } | null;
      next = isLastKey ? undefined : pair.value;
      if (target?.range) offset = target.range[0];
      if (isLastKey) break;
    } else {
      next = items[Number(segment)];
      const range = (next as { range?: [number, number, number] } | undefined)?.range;
      if (!range) break;
      offset = range[0];
    }
    node = next;
  }
  const pos = lines.linePos(offset);
  return { line: pos.line, column: pos.col };
}

function asStringArray(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.map(String) : undefined;
}

/**
 * Parses a policy file (one or more `PostgresPolicy` documents, `---`-separated; order = match order).
 * Throws PolicyError naming file:line and the field for every problem found.
 */
export function parsePolicy(text: string, file = 'policy.yaml'): PolicySet {
  const lines = new LineCounter();
  const documents = parseYamlStream(text, { lineCounter: lines, prettyErrors: true });
  const problems: PolicyProblem[] = [];
  const policies: Policy[] = [];
  const docs = documents;
  for (const doc of docs) {
    if (doc.errors.length > 0) {
      for (const error of doc.errors) {
        const pos = error.linePos?.[0] ?? lines.linePos(error.pos[0]);
        problems.push({ file, line: pos.line, column: pos.col, field: '', message: `YAML: ${error.message.split('\n')[0]}` });
      }
      continue;
    }
    if (doc.contents === null) continue;
    let value: unknown;
    try {
      value = yamlToJS(doc);
    } catch (e) {
      if (!(e instanceof YamlAliasError)) throw e;
      const pos = lines.linePos(e.offset);
      problems.push({ file, line: pos.line, column: pos.col, field: '', message: `YAML: ${e.message}` });
      continue;
    }
    const errors = validateDocument(value);
    if (errors.length > 0) {
      const seen = new Set<string>();
      for (const error of errors) {
        const { segments, message, atKey } = errorText(error);
        const field = [...segments, ...(atKey === undefined ? [] : [atKey])].join('.');
        const key = `${field}|${message}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const pos = positionOf(doc, lines, segments, atKey);
        problems.push({ file, ...pos, field, message });
      }
      continue;
    }
    const object = value as {
      metadata: { name: string };
      spec: { mode?: 'enforce' | 'audit'; extends?: 'recommended' | 'none'; match?: Record<string, unknown>; rules?: Record<string, RuleSetting> };
    };
    const start = lines.linePos((doc.contents as { range?: [number, number, number] }).range?.[0] ?? 0);
    const policy: Policy = {
      name: object.metadata.name,
      source: `${file}:${start.line}`,
      mode: object.spec.mode ?? 'enforce',
      rules: object.spec.rules ?? {},
    };
    if (object.spec.extends) policy.extends = object.spec.extends;
    if (object.spec.match) {
      const match: PolicyMatch = {};
      const namespaces = asStringArray(object.spec.match.namespaces);
      const files = asStringArray(object.spec.match.files);
      if (namespaces) match.namespaces = namespaces;
      if (files) match.files = files;
      if (object.spec.match.labels) match.labels = object.spec.match.labels as Record<string, string>;
      policy.match = match;
    }
    policies.push(policy);
  }
  if (problems.length === 0 && policies.length === 0) {
    problems.push({ file, line: 1, column: 1, field: '', message: `no ${POLICY_KIND} document found` });
  }
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  if (problems.length > 0) throw new PolicyError(problems);
  return { policies };
}

/** Like parsePolicy, but returns the problems instead of throwing. */
export function tryParsePolicy(text: string, file = 'policy.yaml'): { policySet: PolicySet } | { problems: PolicyProblem[] } {
  try {
    return { policySet: parsePolicy(text, file) };
  } catch (error) {
    if (error instanceof PolicyError) return { problems: error.problems };
    throw error;
  }
}

function metadataOf(object: unknown): { namespace?: string; labels: Record<string, unknown> } {
  if (object === null || typeof object !== 'object') return { labels: {} };
  const metadata = (object as { metadata?: unknown }).metadata;
  if (metadata === null || typeof metadata !== 'object') return { labels: {} };
  const { namespace, labels } = metadata as { namespace?: unknown; labels?: unknown };
  return {
    ...(typeof namespace === 'string' ? { namespace } : {}),
    labels: labels !== null && typeof labels === 'object' ? (labels as Record<string, unknown>) : {},
  };
}

const matcherCache = new Map<string, (text: string) => boolean>();
function globMatch(globs: readonly string[], text: string): boolean {
  const key = globs.join('\u0000');
  let matcher = matcherCache.get(key);
  if (!matcher) {
    // The files matched are relative paths with forward slashes on every platform, so `windows: false` always; left
    // unset, picomatch asks `navigator.platform`, and Node loads its navigator module on first access (~0.3 ms of a
    // short run).
    matcher = picomatch(globs as string[], { dot: true, windows: false });
    matcherCache.set(key, matcher);
  }
  return matcher(text);
}

/**
 * Whether `policy.match` selects the object: every given condition must hold. An object without a namespace matches
 * no `namespaces` condition; an object without a file (webhook) matches no `files` condition.
 */
export function policyMatches(policy: Policy, input: InputObject): boolean {
  const match = policy.match;
  if (!match) return true;
  const { namespace, labels } = metadataOf(input.object);
  if (match.namespaces && (namespace === undefined || !globMatch(match.namespaces, namespace))) return false;
  if (match.labels) {
    for (const [key, value] of Object.entries(match.labels)) {
      if (labels[key] !== value) return false;
    }
  }
  if (match.files) {
    if (input.file === undefined) return false;
    const file = input.file.replace(/\\/g, '/').replace(/^\.\//, '');
    if (!globMatch(match.files, file)) return false;
  }
  return true;
}

/** The policy for one object: the first in the set whose match selects it; `recommended` when none does. */
export function policyFor(input: InputObject, policySet: PolicySet | undefined): Policy {
  if (!policySet) return recommendedPolicy;
  return policySet.policies.find((policy) => policyMatches(policy, input)) ?? recommendedPolicy;
}

export interface ResolvedRuleSetting {
  severity: SeveritySetting;
  mutate: boolean;
  /** Options as written (without severity/mutate), not yet defaulted. */
  options: Record<string, unknown>;
}

/** What `policy` says about `meta`'s rule, with unlisted rules following `policy.extends`. */
export function ruleSetting(policy: Policy, meta: RuleMeta): ResolvedRuleSetting {
  const setting = policy.rules[meta.id];
  if (!setting) {
    return { severity: policy.extends === 'none' ? 'off' : meta.defaultSeverity, mutate: false, options: {} };
  }
  const { severity, mutate, options, ...flat } = setting;
  return {
    severity: severity ?? meta.defaultSeverity,
    mutate: mutate === true,
    options: { ...(options ?? {}), ...flat },
  };
}

export function isEnabled(severity: SeveritySetting): severity is Severity {
  return severity !== 'off';
}
