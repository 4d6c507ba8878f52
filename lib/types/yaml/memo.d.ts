export interface ParseMemo {
    /** The value stored under `kind` for `file` when its text was exactly `text`; undefined when there is none. */
    get(file: string, text: string, kind: string): unknown;
    /** Store `value` under `kind` for `file` with this text; kept only when it is plain JSON data (jsonSafe). */
    set(file: string, text: string, kind: string, value: unknown): void;
}
/** The memo in force for this process (one CLI run), or undefined. */
export declare function parseMemo(): ParseMemo | undefined;
export declare function setParseMemo(memo: ParseMemo | undefined): void;
/**
 * `value` survives JSON.stringify → JSON.parse unchanged: plain objects and arrays, strings, booleans, null and finite
 * numbers other than -0 (JSON has no Infinity, NaN or -0; a YAML `.inf` must not come back as null). Anything else
 * (a Date, a Map, a Uint8Array from a tag) makes the file not cached: it is parsed every time, as without a cache.
 */
export declare function jsonSafe(value: unknown, depth?: number): boolean;
