// The rule contract (ESLint-like). A rule is `defineRule({meta, check})`:
// - `meta.optionsSchema` is a plain JSON Schema object (exported as is, so a build step can precompile it); the options
//   the rule receives are typed from it (`OptionsOf`) and have the schema's defaults filled in once per policy by the
//   engine — a rule never re-checks an option's type or repeats its default.
// - `meta.messages` maps message ids to templates with `{{placeholders}}`; `context.report({messageId, data, ...})`
//   renders one, and the finding keeps `messageId` and `data` for tests and machine consumers. Each template leads with
//   what is wrong and the fix (a webhook warning is cut at 120 characters), the why after.
// A rule reads only the normalised model (model.ts): what differs per operator comes from `cluster.operator`.
// Rules do no I/O and never throw on purpose (the engine turns a throw into an internal-error finding naming the rule).
import picomatch from 'picomatch';
import type { Model, PostgresCluster, SecretInfo } from './model.js';
import type { Finding, Fix, Pointer, ResourceRef, RuleMeta, Severity } from './types.js';

// ---- options typed from their schema ---------------------------------------------------------------------------------

/** The JSON Schema subset rule options use (what `OptionsOf` can type). */
export interface OptionsSchema {
  readonly type: 'object';
  readonly properties: Readonly<Record<string, OptionSchema>>;
  readonly additionalProperties: false;
}

export interface OptionSchema {
  readonly type?: 'boolean' | 'integer' | 'number' | 'string' | 'array' | 'object';
  readonly enum?: readonly unknown[];
  readonly items?: OptionSchema;
  readonly additionalProperties?: OptionSchema | boolean;
  readonly default?: unknown;
  readonly description?: string;
  readonly [keyword: string]: unknown;
}

/** The TypeScript type of a value that validates against `S`. */
export type ValueOf<S> = S extends { readonly enum: readonly (infer E)[] }
  ? E
  : S extends { readonly type: 'boolean' }
    ? boolean
    : S extends { readonly type: 'integer' | 'number' }
      ? number
      : S extends { readonly type: 'string' }
        ? string
        : S extends { readonly type: 'array'; readonly items: infer I }
          ? readonly ValueOf<I>[]
          : S extends { readonly type: 'object'; readonly additionalProperties: infer A extends OptionSchema }
            ? Readonly<Record<string, ValueOf<A>>>
            : unknown;

/** A rule's options after the engine applied the schema: properties with a `default` are always present. */
export type OptionsOf<S extends OptionsSchema> = {
  readonly [K in keyof S['properties'] as S['properties'][K] extends { readonly default: unknown } ? K : never]: ValueOf<S['properties'][K]>;
} & {
  readonly [K in keyof S['properties'] as S['properties'][K] extends { readonly default: unknown } ? never : K]?: ValueOf<S['properties'][K]>;
};

// ---- messages ---------------------------------------------------------------------------------------------------------

type Placeholders<T extends string> = T extends `${string}{{${infer Name}}}${infer Rest}` ? Name | Placeholders<Rest> : never;

/** The data a message template needs: one value per `{{placeholder}}`. */
export type MessageData<T extends string> = [Placeholders<T>] extends [never]
  ? { readonly [key: string]: string | number } | undefined
  : { readonly [K in Placeholders<T>]: string | number };

/**
 * A template split once into literal text and placeholders: `parts` alternates text, placeholder name, text, …, with the
 * placeholder as written in `wholes` (kept when the data has no such key).
 */
interface CompiledTemplate {
  parts: string[];
  wholes: string[];
}

const compiledTemplates = new Map<string, CompiledTemplate>();

function compileTemplate(template: string): CompiledTemplate {
  let compiled = compiledTemplates.get(template);
  if (compiled) return compiled;
  const parts: string[] = [];
  const wholes: string[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{\{\s*([\w.-]+)\s*\}\}/g)) {
    parts.push(template.slice(last, match.index), match[1]!);
    wholes.push(match[0]);
    last = match.index + match[0].length;
  }
  parts.push(template.slice(last));
  compiled = { parts, wholes };
  // Templates come from rule metas (a fixed set); a caller passing ever-new strings must not grow this without bound.
  if (compiledTemplates.size < 10_000) compiledTemplates.set(template, compiled);
  return compiled;
}

/** Renders `{{name}}` placeholders (a placeholder without data stays as written, as in ESLint). */
export function formatMessage(template: string, data: Readonly<Record<string, string | number>> | undefined): string {
  if (!data) return template;
  const { parts, wholes } = compileTemplate(template);
  let text = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    text += (Object.hasOwn(data, name) ? String(data[name]) : wholes[(i - 1) >> 1]) + parts[i + 1]!;
  }
  return text;
}

// ---- report -----------------------------------------------------------------------------------------------------------

/** Where a finding lands: an input object (a cluster, or a related object such as its Secret). */
export interface Target {
  objectIndex: number;
  resource: ResourceRef;
}

export type ReportDescriptor<M extends Readonly<Record<string, string>>> = {
  [Id in keyof M & string]: {
    messageId: Id;
    data: MessageData<M[Id]>;
    /** Pointer to the offending field, or to the nearest existing parent when the field is missing. */
    pointer: Pointer;
    /** The rule's own level for this case (default meta.defaultSeverity); the policy scales it (scaleSeverity). */
    severity?: Severity;
    fix?: Fix;
  } & Target;
}[keyof M & string];

export interface RuleContext<O = Readonly<Record<string, unknown>>, M extends Readonly<Record<string, string>> = Readonly<Record<string, string>>> {
  ruleId: string;
  /** The severity the policy gives this rule (meta.defaultSeverity when the policy says nothing). */
  severity: Severity;
  /** The rule's options with the schema's defaults filled in (validated when the policy was resolved). */
  options: O;
  /** Storage classes that exist in the live cluster, when known. */
  clusterStorageClasses?: readonly string[];
  /** Records one finding: renders the message, fills ruleId and scales the rule's level by the policy's severity. */
  report(descriptor: ReportDescriptor<M>): void;
}

export interface RuleDefinition<S extends OptionsSchema, M extends Readonly<Record<string, string>>> {
  meta: Omit<RuleMeta, 'optionsSchema' | 'messages'> & { optionsSchema: S; messages: M };
  check(model: Model, context: RuleContext<OptionsOf<S>, M>): void;
}

/** What the registry and the engine hold: the meta and a check taking already-resolved options. */
export interface Rule {
  meta: RuleMeta & { messages: Readonly<Record<string, string>> };
  check(model: Model, context: RuleContext): void;
}

/** Declares a rule: options typed from `meta.optionsSchema`, `report` typed by `meta.messages`. */
export function defineRule<const S extends OptionsSchema, const M extends Readonly<Record<string, string>>>(definition: RuleDefinition<S, M>): Rule {
  return definition as unknown as Rule;
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

/** A context whose `report` appends to `findings`. */
export function makeContext(
  meta: Rule['meta'],
  severity: Severity,
  options: Readonly<Record<string, unknown>>,
  clusterStorageClasses?: readonly string[],
): RuleContext & { findings: Finding[] } {
  return new ReportingContext(meta, severity, options, clusterStorageClasses);
}

/** One rule's context for one evaluation: a class, so each review's eight contexts are plain objects with no closures. */
class ReportingContext implements RuleContext {
  readonly ruleId: string;
  readonly findings: Finding[] = [];
  readonly clusterStorageClasses?: readonly string[];

  constructor(
    private readonly meta: Rule['meta'],
    readonly severity: Severity,
    readonly options: Readonly<Record<string, unknown>>,
    clusterStorageClasses: readonly string[] | undefined,
  ) {
    this.ruleId = meta.id;
    if (clusterStorageClasses) this.clusterStorageClasses = clusterStorageClasses;
  }

  report(descriptor: ReportDescriptor<Readonly<Record<string, string>>>): void {
    const meta = this.meta;
    const template = meta.messages[descriptor.messageId];
    if (template === undefined) throw new Error(`rule ${meta.id} reported unknown messageId "${descriptor.messageId}"`);
    const data = (descriptor.data ?? {}) as Readonly<Record<string, string | number>>;
    const finding: Finding = {
      ruleId: meta.id,
      severity: scaleSeverity(descriptor.severity ?? meta.defaultSeverity, meta.defaultSeverity, this.severity),
      messageId: descriptor.messageId,
      data,
      message: formatMessage(template, data),
      resource: descriptor.resource,
      objectIndex: descriptor.objectIndex,
      path: descriptor.pointer,
    };
    if (descriptor.fix && descriptor.fix.patch.length > 0) finding.fix = descriptor.fix;
    this.findings.push(finding);
  }
}

/**
 * A glob matcher for a list of globs from a rule's options (allowed storage classes, registries), compiled once per
 * list: options are resolved once per policy, so the same array comes back with every review. Keyed weakly by the
 * policy's own array, which lives as long as the policy, never by anything of a review.
 */
export function globMatcher(globs: readonly string[]): (text: string) => boolean {
  let matcher = globMatchers.get(globs);
  if (!matcher) {
    matcher = picomatch([...globs]);
    globMatchers.set(globs, matcher);
  }
  return matcher;
}

const globMatchers = new WeakMap<readonly string[], (text: string) => boolean>();

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

/** Where a finding about the cluster's own object lands. */
export function onCluster(cluster: PostgresCluster): Target {
  return { objectIndex: cluster.objectIndex, resource: cluster.resource };
}
