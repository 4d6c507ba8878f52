/** The closest of `known` to `typed` (case-insensitive), when within a third of its length (at least 1, at most 3). */
export declare function didYouMean(typed: string, known: readonly string[]): string | undefined;
