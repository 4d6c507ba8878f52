export declare const invalidManifest: import("../rule.js").Rule;
