export declare const passwordResetOptionsSchema: {
    readonly type: "object";
    readonly properties: {};
    readonly additionalProperties: false;
};
export declare const passwordReset: import("../rule.js").Rule;
