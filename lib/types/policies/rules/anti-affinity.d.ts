export declare const antiAffinityOptionsSchema: {
    readonly type: "object";
    readonly properties: {
        readonly requireHard: {
            readonly type: "boolean";
            readonly default: false;
            readonly description: "Require hard spreading (required anti-affinity / DoNotSchedule) rather than soft (preferred / ScheduleAnyway).";
        };
        readonly topologyKey: {
            readonly type: "string";
            readonly minLength: 1;
            readonly description: "A topology key the spreading must use, e.g. topology.kubernetes.io/zone.";
        };
    };
    readonly additionalProperties: false;
};
export declare const antiAffinity: import("../rule.js").Rule;
