export declare const replicasOptionsSchema: {
    readonly type: "object";
    readonly properties: {
        readonly min: {
            readonly type: "integer";
            readonly minimum: 0;
            readonly default: 2;
            readonly description: "Fewest instances (primary included).";
        };
        readonly max: {
            readonly type: "integer";
            readonly minimum: 1;
            readonly description: "Most instances (primary included).";
        };
    };
    readonly additionalProperties: false;
};
export declare const replicas: import("../rule.js").Rule;
