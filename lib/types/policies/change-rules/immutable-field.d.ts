export declare const immutableField: import("../change-rule.js").ChangeRule;
