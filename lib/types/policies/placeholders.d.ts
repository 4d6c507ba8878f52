/** True when the string contains at least one unresolved placeholder. */
export declare function containsPlaceholder(text: string): boolean;
/** True when the value is a string holding a placeholder (numbers and booleans are rendered from strings too). */
export declare function isPlaceholder(value: unknown): value is string;
/** True when any string anywhere inside the JSON value holds a placeholder (keys included). */
export declare function containsPlaceholderDeep(value: unknown, depth?: number): boolean;
