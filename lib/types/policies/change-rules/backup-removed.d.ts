export declare const backupRemoved: import("../change-rule.js").ChangeRule;
