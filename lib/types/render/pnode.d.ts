import { type Node as YamlNode, type Document as YamlDocument } from 'yaml';
import type { Origin } from './types.js';
export type Via = Origin['via'];
export type ScalarValue = string | number | boolean | null;
/** One parsed YAML document of one file; shared (read-only) by every PNode parsed from it. */
export interface SourceDoc {
    file: string;
    docIndex: number;
    /** 1-based line/column of a byte offset of the parsed text (for an inline patch, mapped into the host file). */
    linePos(offset: number): {
        line: number;
        col: number;
    };
    /** For text embedded in a block scalar (an inline patch): the yamlPath of that scalar in the host document. */
    embeddedIn?: (string | number)[];
    /** Length of the parsed text when it does not end with a newline (block scalars at EOF keep no final \n). */
    eofWithoutNewline?: number;
    /**
     * Loose manifests (not kustomize input) are read the way kubectl apply reads them (sigs.k8s.io/yaml, YAML 1.1):
     * `yes`/`on` are booleans, and a key like `5432:` becomes the string "5432" instead of an error.
     */
    lenientKeys?: boolean;
}
/** Where a value was written. Immutable and shared between clones. */
export interface Prov {
    doc: SourceDoc;
    /** Byte offsets of the node in the file. */
    start: number;
    end: number;
    yamlPath: readonly (string | number)[];
    via: Via;
}
export interface PScalar {
    t: 's';
    v: ScalarValue;
    p: Prov;
}
export interface PMap {
    t: 'm';
    v: Map<string, PNode>;
    p: Prov;
}
export interface PSeq {
    t: 'a';
    v: PNode[];
    p: Prov;
}
export type PNode = PScalar | PMap | PSeq;
export declare function materialize(prov: Prov): Origin;
/** The same location, re-labelled (a patch's node becomes `via: 'patch'`). */
export declare function withVia(prov: Prov, via: Via): Prov;
/** Resolve a plain (unquoted) scalar the way kustomize ends up seeing it. */
export type Where = () => {
    file: string;
    line: number;
    column: number;
};
export declare function resolvePlain(text: string, where: Where): ScalarValue;
/** Convert one yaml AST node (parsed with the failsafe schema, so every scalar is its source text). */
export declare function fromYaml(node: YamlNode | null | undefined, doc: SourceDoc, yamlDoc: YamlDocument, yamlPath: (string | number)[], via: Via, fallbackRange: [number, number]): PNode;
export type WireNode = [0, ScalarValue, number, number, (string | number)[]?] | [1, WireNode[], number, number, (string | number)[]?] | [2, (string | WireNode)[], number, number, (string | number)[]?];
/** `node` (parsed from one document: every Prov of it on the same SourceDoc and via) in the memo's form. */
export declare function toWire(node: PNode, expectedPath: readonly (string | number)[]): WireNode;
/** The tree toWire wrote, on `doc`; throws a TypeError on anything toWire cannot have written. */
export declare function fromWire(wire: unknown, doc: SourceDoc, expectedPath: readonly (string | number)[], via: Via): PNode;
/** Wrap a plain JSON value; every node gets the same provenance (a value set by one kustomization field). */
export declare function fromJSON(value: unknown, p: Prov): PNode;
export declare function toJSON(node: PNode): unknown;
export declare function clone(node: PNode): PNode;
/** Clone and re-label every node (a patch's nodes become `via: 'patch'`). */
export declare function cloneVia(node: PNode, via: Via): PNode;
export declare function parsePointer(pointer: string): string[];
export declare function child(node: PNode | undefined, seg: string): PNode | undefined;
/** The deepest existing node along `segments` (the nearest existing parent of a missing pointer). */
export declare function nearest(root: PNode, segments: readonly string[]): PNode;
export declare function getPath(root: PNode | undefined, segments: readonly string[]): PNode | undefined;
export declare function str(node: PNode | undefined): string | undefined;
export declare function mapOf(node: PNode | undefined): PMap | undefined;
export declare function deepEqual(a: PNode, b: PNode): boolean;
