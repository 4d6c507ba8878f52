export declare const storageClassOptionsSchema: {
    readonly type: "object";
    readonly properties: {
        readonly allowed: {
            readonly type: "array";
            readonly items: {
                readonly type: "string";
                readonly minLength: 1;
            };
            readonly description: "Storage class names (globs allowed) that Postgres volumes may use. Absent: any class.";
        };
        readonly default: {
            readonly type: "string";
            readonly minLength: 1;
            readonly description: "The class the fix writes when a volume has none or a class outside `allowed`.";
        };
        readonly requireExplicit: {
            readonly type: "boolean";
            readonly default: true;
            readonly description: "Warn when a volume names no class (the cluster’s default StorageClass decides).";
        };
    };
    readonly additionalProperties: false;
};
export declare const storageClass: import("../rule.js").Rule;
