export declare const majorUpgrade: import("../change-rule.js").ChangeRule;
