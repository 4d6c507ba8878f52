export declare const storageShrink: import("../change-rule.js").ChangeRule;
