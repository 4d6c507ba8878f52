export declare const clusterRemoved: import("../change-rule.js").ChangeRule;
