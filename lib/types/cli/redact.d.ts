import type { LintReport } from './report.js';
export declare const MASK = "<redacted>";
/** The mark in `pgwarden render` output: the renderer's own for Secret data (REDACTED_SECRET_VALUE), so one stream has one. */
export declare const RENDER_MASK = "<redacted by pgwarden>";
/** An env var, flag or generator-literal name whose value is a credential (`PGPWD`, `AWS_SECRET_ACCESS_KEY`). */
export declare function isCredentialName(name: string): boolean;
/** A mapping key whose scalar value is a credential (`password: …`, `aws_secret_access_key: …`). */
export declare function isCredentialKey(key: string): boolean;
interface TreeView<N> {
    /** Entries of a mapping node (keys as strings), or undefined when `node` is not a mapping. */
    entries(node: N): [string, N][] | undefined;
    /** Items of a sequence node, or undefined. */
    items(node: N): N[] | undefined;
    /** The value of a scalar node, or undefined when `node` is not a scalar. */
    scalar(node: N): unknown;
    /** What makes two nodes the same node (default: the node itself), so a shared one is walked once. */
    identity?(node: N): unknown;
}
/** A credential found by structure: the whole node, or (for a string scalar) its text from index `from` on. */
export interface Mark<N> {
    node: N;
    from?: number;
}
/**
 * Credentials in a tree, by structure. Iterative (a 10,000-deep document must not overflow the stack) and each
 * node is visited once (shared/aliased objects too).
 */
export declare function credentialMarks<N>(root: N, view: TreeView<N>): Mark<N>[];
/** Free text (finding messages, notes, diagnostics): URL passwords, `--flag=value` and `NAME=value` assignments. */
export declare function maskText(text: string, mask?: string): string;
export interface MaskedSource {
    /** The text's lines (split on \n; a trailing \r stays), with credentials replaced. Same count as the input. */
    lines: string[];
    /** 1-based numbers of the lines that were changed. */
    masked: Set<number>;
}
/** Mask a file's text for display. `file` (a name) tells YAML from opaque files (env files, generator inputs). */
export declare function maskSource(text: string, file?: string): MaskedSource;
/**
 * maskSource of the file at `path` (absolute), through the parse memo in force (src/yaml/memo.ts): a code frame of a
 * file that did not change since the last run is masked without parsing it again. What is kept is the masked lines,
 * never the values they hide.
 */
export declare function maskFileSource(text: string, file: string, path: string): MaskedSource;
/** maskSource joined back into text (for diffs). */
export declare function maskSourceText(text: string, file?: string): string;
/** A deep copy of `value` with every credential replaced by `mask` (structure, then patterns on every string). */
export declare function maskObject<T>(value: T, mask?: string): T;
/** The report with credentials masked in messages and fix values (formatters and the Action print only this). */
export declare function maskReport(report: LintReport): LintReport;
export {};
