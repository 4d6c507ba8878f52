export declare const backupScheduleOptionsSchema: {
    readonly type: "object";
    readonly properties: {
        readonly maxFullInterval: {
            readonly type: "string";
            readonly pattern: "^\\d+(\\.\\d+)?\\s*[wdhm]$";
            readonly default: "7d";
            readonly description: "Longest allowed time between two full backups (`7d`, `36h`, `2w`).";
        };
        readonly requireSchedule: {
            readonly type: "boolean";
            readonly default: true;
            readonly description: "Warn when a cluster has no backup schedule.";
        };
        readonly requireRetention: {
            readonly type: "boolean";
            readonly default: true;
            readonly description: "Warn when backups have no retention.";
        };
    };
    readonly additionalProperties: false;
};
export declare const backupSchedule: import("../rule.js").Rule;
