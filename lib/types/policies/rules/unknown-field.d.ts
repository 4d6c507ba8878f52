export declare const unknownField: import("../rule.js").Rule;
