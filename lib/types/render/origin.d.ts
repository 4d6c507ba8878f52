export declare const ORIGIN_ANNOTATION = "config.kubernetes.io/origin";
export declare const TRANSFORMATIONS_ANNOTATION = "alpha.config.kubernetes.io/transformations";
/** resource.Origin: a local resource has `path`; a generated object or a transformer has configuredIn/By. */
export interface Origin {
    path?: string;
    repo?: string;
    ref?: string;
    configuredIn?: string;
    configuredBy?: {
        apiVersion?: string;
        kind?: string;
        name?: string;
        namespace?: string;
    };
}
/** The origin annotation's value (Origin.String). */
export declare function originText(o: Origin): string;
/** The transformations annotation's value (Transformations.String): a YAML list of origins. */
export declare function transformationsText(list: readonly Origin[]): string;
/** Parse an origin annotation (or one transformations entry); undefined when it is not a mapping. */
export declare function readOrigin(value: unknown): Origin | undefined;
/** Parse a transformations annotation. */
export declare function readTransformations(value: unknown): Origin[];
/**
 * Re-root an origin's local paths: `from` is the directory they are relative to now, `to` the one they should be
 * relative to (a remote origin's path is relative to its repository and stays).
 */
export declare function rerootOrigin(o: Origin, from: string, to: string): Origin;
