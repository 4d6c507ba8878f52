import { type FieldViolation } from './crd-schema.js';
import type { InputObject, ResourceRef, SchemaSource } from './types.js';
export interface FieldViolationAt {
    objectIndex: number;
    resource: ResourceRef;
    violation: FieldViolation;
    /** Where the schema came from, for messages: "CloudNativePG 1.30.0", "the CRD in crds/cnpg.yaml". */
    source: string;
}
/**
 * Checks every object of a Postgres operator's kind against the first schema source that knows it. Within one source,
 * several entries for one kind (PGO 5.8 and 6.0 both serve v1beta1) report only what none of them defines. Objects of
 * other groups cost one set look-up; `resourceAt` is asked only for an object with a violation.
 */
export declare function findFieldViolations(inputs: readonly InputObject[], resourceAt: (objectIndex: number) => ResourceRef, extra?: readonly SchemaSource[]): FieldViolationAt[];
