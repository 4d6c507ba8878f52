import { type Alias, type Document, type Node, parseAllDocuments } from 'yaml';
/**
 * The 1-based line and column of `offset`, given the offsets at which lines start (ascending): yaml's
 * `LineCounter.linePos` (yaml 2.x src/parse/line-counter.ts), answer for answer, for the line starts a parse memo
 * kept. A run whose every file comes from the memo then never loads the YAML library (bin/pgwarden loads lib/yaml.cjs
 * on first use), and the position of each node is what the parse that filled the memo gave.
 */
export declare function linePosAt(lineStarts: readonly number[], offset: number): {
    line: number;
    col: number;
};
/** yaml's `maxAliasCount` for plain-value conversion (the package's own default is 100). */
export declare const MAX_ALIAS_COUNT = 1000;
/** go-yaml's message (yaml.v3 decode.go), which kustomize prints for the same input. */
export declare const EXCESSIVE_ALIASING = "document contains excessive aliasing";
type StreamOptions = NonNullable<Parameters<typeof parseAllDocuments>[1]>;
/**
 * All documents of a YAML stream (an empty stream is no documents). Aliases are not expanded here.
 *
 * Duplicate keys are found here, not by yaml's `uniqueKeys`: yaml compares each new key with every earlier key of its
 * map (`mapIncludes`, yaml 2.x), so a 3.5 MB ConfigMap of 200,000 keys took minutes; one pass with a set per map
 * reports the same keys (a scalar key equal to an earlier one's value; other keys only by identity) as the same
 * error (DUPLICATE_KEY, "Map keys must be unique", at the key), in document order with yaml's other errors.
 */
export declare function parseYamlStream(text: string, options?: StreamOptions): Document.Parsed[];
/** Thrown when a document's aliases would expand past the cap; `offset` is where, in the source text. */
export declare class YamlAliasError extends Error {
    readonly offset: number;
    constructor(offset: number);
}
/** A document as plain JS values, alias expansion capped (yaml's ReferenceError becomes a YamlAliasError). */
export declare function yamlToJS(doc: Document): unknown;
/** Parse one YAML value and convert it, capped (Flux substitutions, small embedded values). */
export declare function parseYamlValue(text: string): unknown;
/**
 * For code that walks the AST itself and expands aliases (the renderer's provenance trees): resolves each alias
 * in one pass over the document (yaml's `Alias.resolve` walks the whole document per call) and counts decoded
 * nodes as go-yaml does, throwing a YamlAliasError past its ratio.
 */
export declare class AliasExpansion {
    private readonly targets;
    private decodeCount;
    private aliasCount;
    private depth;
    constructor(doc: Document);
    /** The node an alias names (the last anchor of that name before it), or undefined. */
    target(alias: Alias): Node | undefined;
    /** Count one decoded node (at `offset`); throws past go-yaml's alias ratio. */
    decode(offset: number): void;
    /** Run `convert` (which decodes an alias's target) counting every node it decodes as alias expansion. */
    expand<T>(convert: () => T): T;
}
export { jsonSafe, type ParseMemo, parseMemo, setParseMemo } from './memo.js';
