import { type PNode, type Via, type WireNode } from './pnode.js';
export interface ParsedDoc {
    /** null for an empty document (`---` with nothing after it). */
    root: PNode | null;
    docIndex: number;
}
export interface ParsedFile {
    file: string;
    docs: ParsedDoc[];
}
/**
 * Where the renderer reads files: the disk by default; `lint --base REF` passes a tree read from git objects (the
 * same absolute paths, the content at REF), so a base render never needs a checkout. Errors carry a `code` (ENOENT,
 * ELOOP, …) as node:fs's do.
 */
export interface SourceFs {
    /** What `path` is, following symlinks; throws when it does not exist. */
    typeOf(path: string): 'file' | 'dir' | 'other';
    readFile(path: string): Buffer;
    /** Every symlink resolved (realpath(3)). */
    realpath(path: string): string;
}
/** The disk, through node:fs. */
export declare const diskFs: SourceFs;
export declare class RenderCache {
    readonly fs: SourceFs;
    /** Whether files come from the disk (the kustomize fallback can only build a tree that is on disk). */
    readonly onDisk: boolean;
    constructor(fs?: SourceFs);
    private readonly texts;
    private readonly parsed;
    private readonly kinds;
    private readonly memo;
    /** A derived parse (an inline patch of a kustomization) computed once per process, keyed by its location. */
    memoize<T>(key: string, compute: () => T): T;
    /** Number of YAML parses done (for tests and the bench: shared bases are parsed once). */
    parseCount: number;
    kind(path: string): 'file' | 'dir' | 'missing';
    readText(file: string): string;
    /** Raw bytes (generator `files:` may be binary). Not cached: generator inputs are read once per build. */
    readBytes(file: string): Uint8Array;
    /** All documents of a YAML file, as provenance trees (`via` as given; patches relabel on use). */
    parseFile(file: string, via?: Via, lenientKeys?: boolean): ParsedFile;
}
/**
 * What the parse memo (src/yaml/memo.ts) keeps of a parsed file: the line starts of its text and each document's
 * provenance tree (pnode.ts toWire). Everything else a ParsedFile holds follows from the file, its text and how it
 * was read (via, lenientKeys), which are the memo's key.
 */
interface ParsedWire {
    lines: number[];
    docs: [number, WireNode | null][];
}
/**
 * Parse a (multi-document) YAML text. `linePos` maps offsets of `text` to the file's lines; inline patches pass
 * a mapping into their kustomization file.
 */
export declare function parseYamlText(text: string, file: string, via: Via, mapPos?: (line: number, col: number) => {
    line: number;
    col: number;
}, embeddedIn?: (string | number)[], lenientKeys?: boolean, remember?: (wire: ParsedWire) => void): ParsedFile;
export {};
