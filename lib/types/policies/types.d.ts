import type { Operation } from 'fast-json-patch';
export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';
/** A JSON pointer (RFC 6901) into one input object, e.g. `/spec/instances/0/replicas`. */
export type Pointer = string;
export interface ResourceRef {
    apiVersion: string;
    kind: string;
    name: string;
    namespace?: string;
}
/** One input object plus what the door knows about where it came from. */
export interface InputObject {
    object: unknown;
    /** Repo-relative file the object was read from (CLI), used by `spec.match.files`. */
    file?: string;
    /** The previous version of this object (webhook UPDATE), e.g. a password reset is only a reset on UPDATE. */
    oldObject?: unknown;
}
export interface Fix {
    /** JSON patch against the input object at `objectIndex` (paths are pointers into that object). */
    patch: Operation[];
    /** One line for humans: what the fix does. */
    description: string;
}
export interface Finding {
    ruleId: string;
    severity: Severity;
    /** Which of the rule's `meta.messages` this is (stable across wording changes: match on it, not on `message`). */
    messageId: string;
    /** The values the message template was rendered with. Never a Secret's value. */
    data: Readonly<Record<string, string | number>>;
    /** What is wrong and the fix first, then why it matters for this operator. Never a Secret's value. */
    message: string;
    resource: ResourceRef;
    /** Index into the `objects` given to `evaluate`: the object the finding is about. */
    objectIndex: number;
    /** Pointer to the offending field, or to the nearest existing parent when the field is missing. */
    path: Pointer;
    fix?: Fix;
}
export interface EvaluateOptions {
    /** A loaded policy set (see policy.ts); absent means the built-in `recommended` preset. */
    policy?: import('./policy.js').PolicySet;
    /** Storage classes that exist in the live cluster (webhook informer, `lint --cluster`, Action input). */
    clusterStorageClasses?: readonly string[];
    /**
     * CustomResourceDefinitions the door found (`--crds DIR`, the live cluster with `--cluster`), in priority order. They
     * come after CRDs in the inputs themselves and before the built-in catalogue (see field-check.ts).
     */
    crds?: readonly SchemaSource[];
    /**
     * True where the objects come from the apiserver, which already applied their CRD's schema: it prunes unknown
     * fields while decoding a request, before admission, and stores only what validates. The live CRD is then the
     * authority, not the catalogue — a newer operator's CRD may define fields or enum values ours lacks — so
     * unknown-field and the schema part of invalid-manifest report nothing (the webhook, `pgwarden audit`).
     */
    schemaAppliedByApiserver?: boolean;
}
/** A CRD object and where it came from, for messages ("crds/cnpg.yaml", "the live cluster"). */
export interface SchemaSource {
    crd: unknown;
    source: string;
}
export interface RuleMeta {
    id: string;
    docsUrl: string;
    description: string;
    defaultSeverity: Severity;
    /** JSON Schema of the rule's options (validated by ajv as part of the policy). */
    optionsSchema: Record<string, unknown>;
    /** Whether the rule can produce fixes (for `--fix` and the webhook's `mutate: true`). */
    fixable: boolean;
    /** Message templates by id (`{{placeholder}}` syntax); every engine rule has them, door-only rules may not. */
    messages?: Readonly<Record<string, string>>;
}
