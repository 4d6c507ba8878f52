import type { Pointer } from './types.js';
/** One schema node. Children are indices into the catalogue's `nodes`, so shared subtrees are stored once. */
export interface FieldNode {
    /** type; 'int-or-string' for x-kubernetes-int-or-string. Absent = any. */
    t?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean' | 'int-or-string';
    /** properties */
    p?: Record<string, number>;
    /** items */
    i?: number;
    /** additionalProperties: a node, or true for any value */
    a?: number | true;
    /** enum */
    e?: unknown[];
    /** x-kubernetes-preserve-unknown-fields */
    u?: 1;
    /** x-kubernetes-embedded-resource: apiVersion, kind and metadata are allowed beside the properties */
    r?: 1;
}
export interface CatalogueEntry {
    group: string;
    version: string;
    kind: string;
    /** Where the schema comes from, for messages: "CloudNativePG 1.30.0", "the CRD in the linted input". */
    source: string;
    root: number;
}
export interface SchemaCatalogue {
    /**
     * A node, or its JSON text: the built-in catalogue (crd-catalogue.json) stores each node as text, parsed when a check
     * first reaches it. A lint checks one or two kinds of the twelve; building all 458 nodes as objects, each `p` of a
     * shape of its own, cost a one-file lint ~1.2 ms of its start (measured: the JSON's evaluation and compiling every node).
     */
    nodes: (FieldNode | string)[];
    entries: CatalogueEntry[];
}
/** Builds nodes into `catalogue`, sharing identical subtrees through `seen` (canonical JSON → index). */
export declare class CatalogueBuilder {
    readonly catalogue: SchemaCatalogue & {
        nodes: FieldNode[];
    };
    private readonly seen;
    add(schema: unknown): number;
    /** Adds every served version of a CRD object; returns the entries added (none when it is not a usable CRD). */
    addCrd(crd: unknown, source: string): CatalogueEntry[];
    private intern;
}
export interface FieldViolation {
    kind: 'unknown-field' | 'wrong-type' | 'not-in-enum';
    /** JSON pointer of the offending field (for unknown-field: the field itself). */
    pointer: Pointer;
    /** Dotted path for messages: `spec.storage.storageclass`, `spec.instances[0].name`. */
    field: string;
    /** unknown-field: the closest defined sibling (dotted, as `field`), when one is close enough to be a typo. */
    suggestion?: string;
    /** unknown-field with a suggestion: the sibling's pointer, and whether the object already has it. */
    suggestionPointer?: Pointer;
    suggestionTaken?: boolean;
    /** wrong-type: the type the schema wants; not-in-enum: the allowed values. */
    expected?: string;
    actual?: string;
}
/** The defined name a typo most likely meant: same letters in another case, else the nearest within a few edits. */
export declare function closestName(name: string, candidates: readonly string[]): string | undefined;
/**
 * Every field of `object` that the schema at `root` does not define (what the apiserver would prune), every value of the
 * wrong type and every value outside an enum (what it would reject). Linear in the object's size. Placeholder strings
 * (`${VAR}`) are unknown values and never reported.
 */
export declare function checkAgainstSchema(object: unknown, catalogue: SchemaCatalogue, root: number): FieldViolation[];
/** The entry for an object's apiVersion and kind, or undefined when the catalogue has none. */
export declare function entryFor(catalogue: SchemaCatalogue, apiVersion: string, kind: string): CatalogueEntry | undefined;
