import { type ValidateFunction } from 'ajv';
/** Options of the two ajv instances; the build script compiles with the same ones. */
export declare const DOCUMENT_AJV_OPTIONS: {
    readonly allErrors: true;
    readonly strict: false;
};
export declare const DEFAULTS_AJV_OPTIONS: {
    readonly useDefaults: true;
    readonly strict: false;
    readonly allErrors: true;
};
/** Validates one PostgresPolicy document against `schema()` (compiled once). */
export declare function policyDocumentValidator(schema: () => Record<string, unknown>): ValidateFunction;
/** Validates a rule's options and fills in the schema's defaults (compiled once per rule). */
export declare function ruleOptionsValidator(ruleId: string, schema: Record<string, unknown>): ValidateFunction;
