import { type ReportIo } from './report-output.js';
export declare const AUDIT_HELP: string;
export type AuditIo = ReportIo;
/**
 * Where a JSON pointer lands in the object as `kubectl get -o yaml` prints it (keys sorted, managedFields hidden):
 * the line and column of the field, or of its nearest existing parent. Secrets are shown reduced (emptiness only),
 * so their positions are those of the reduced object.
 */
export declare function yamlPosition(object: unknown, pointer: string): {
    line: number;
    column: number;
};
/** The object a finding is about, as a report "file". */
export declare function objectPath(resource: {
    namespace?: string;
    kind: string;
    name: string;
}): string;
export declare function auditCommand(args: string[], io: AuditIo, toolVersion: string): Promise<number>;
