export declare const storageClassChange: import("../change-rule.js").ChangeRule;
