import type { Model, PostgresCluster, SecretInfo } from './model.js';
import type { Finding, Fix, Pointer, ResourceRef, RuleMeta, Severity } from './types.js';
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
export type ValueOf<S> = S extends {
    readonly enum: readonly (infer E)[];
} ? E : S extends {
    readonly type: 'boolean';
} ? boolean : S extends {
    readonly type: 'integer' | 'number';
} ? number : S extends {
    readonly type: 'string';
} ? string : S extends {
    readonly type: 'array';
    readonly items: infer I;
} ? readonly ValueOf<I>[] : S extends {
    readonly type: 'object';
    readonly additionalProperties: infer A extends OptionSchema;
} ? Readonly<Record<string, ValueOf<A>>> : unknown;
/** A rule's options after the engine applied the schema: properties with a `default` are always present. */
export type OptionsOf<S extends OptionsSchema> = {
    readonly [K in keyof S['properties'] as S['properties'][K] extends {
        readonly default: unknown;
    } ? K : never]: ValueOf<S['properties'][K]>;
} & {
    readonly [K in keyof S['properties'] as S['properties'][K] extends {
        readonly default: unknown;
    } ? never : K]?: ValueOf<S['properties'][K]>;
};
type Placeholders<T extends string> = T extends `${string}{{${infer Name}}}${infer Rest}` ? Name | Placeholders<Rest> : never;
/** The data a message template needs: one value per `{{placeholder}}`. */
export type MessageData<T extends string> = [Placeholders<T>] extends [never] ? {
    readonly [key: string]: string | number;
} | undefined : {
    readonly [K in Placeholders<T>]: string | number;
};
/** Renders `{{name}}` placeholders (a placeholder without data stays as written, as in ESLint). */
export declare function formatMessage(template: string, data: Readonly<Record<string, string | number>> | undefined): string;
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
    meta: Omit<RuleMeta, 'optionsSchema' | 'messages'> & {
        optionsSchema: S;
        messages: M;
    };
    check(model: Model, context: RuleContext<OptionsOf<S>, M>): void;
}
/** What the registry and the engine hold: the meta and a check taking already-resolved options. */
export interface Rule {
    meta: RuleMeta & {
        messages: Readonly<Record<string, string>>;
    };
    check(model: Model, context: RuleContext): void;
}
/** Declares a rule: options typed from `meta.optionsSchema`, `report` typed by `meta.messages`. */
export declare function defineRule<const S extends OptionsSchema, const M extends Readonly<Record<string, string>>>(definition: RuleDefinition<S, M>): Rule;
/**
 * A rule reports each case at its own level (e.g. replicas: warning below `min`, error at 0). A policy that moves the
 * rule's severity moves every level by the same number of steps, clamped to info..error, so the cases keep their order:
 * `replicas: {severity: error}` makes "below min" an error; `storage-class: {severity: warning}` makes "no class" info.
 */
export declare function scaleSeverity(level: Severity, defaultSeverity: Severity, configured: Severity): Severity;
/** A context whose `report` appends to `findings`. */
export declare function makeContext(meta: Rule['meta'], severity: Severity, options: Readonly<Record<string, unknown>>, clusterStorageClasses?: readonly string[]): RuleContext & {
    findings: Finding[];
};
/**
 * A glob matcher for a list of globs from a rule's options (allowed storage classes, registries), compiled once per
 * list: options are resolved once per policy, so the same array comes back with every review. Keyed weakly by the
 * policy's own array, which lives as long as the policy, never by anything of a review.
 */
export declare function globMatcher(globs: readonly string[]): (text: string) => boolean;
export declare function docsUrl(id: string): string;
/** "PostgresCluster prod/hippo" — how messages name a cluster. */
export declare function describeCluster(cluster: PostgresCluster): string;
export declare function describeSecret(secret: SecretInfo): string;
/** Where a finding about the cluster's own object lands. */
export declare function onCluster(cluster: PostgresCluster): Target;
export {};
