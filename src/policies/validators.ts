// The ajv validators of the policy document and of each rule's options. Run from the sources (tests, the Action's
// bundle, the webhook) they are compiled on first use. The CLI bundle replaces this module with ajv "standalone" code
// that scripts/build-cli.mjs generates from the same schemas (the same two option sets), so a CLI run neither loads
// ajv's compiler nor spends its start-up compiling schemas (issue 14: 39 ms on a one-file lint). The schemas stay
// plain objects: `npm run check:bundles` fails when the generated code no longer matches them.
import { Ajv, type ValidateFunction } from 'ajv';

/** Options of the two ajv instances; the build script compiles with the same ones. */
export const DOCUMENT_AJV_OPTIONS = { allErrors: true, strict: false } as const;
export const DEFAULTS_AJV_OPTIONS = { useDefaults: true, strict: false, allErrors: true } as const;

let documentAjv: Ajv | undefined;
let defaultsAjv: Ajv | undefined;
let policyDocument: ValidateFunction | undefined;
const options = new Map<string, ValidateFunction>();

/** Validates one PostgresPolicy document against `schema()` (compiled once). */
export function policyDocumentValidator(schema: () => Record<string, unknown>): ValidateFunction {
  documentAjv ??= new Ajv(DOCUMENT_AJV_OPTIONS);
  policyDocument ??= documentAjv.compile(schema());
  return policyDocument;
}

/** Validates a rule's options and fills in the schema's defaults (compiled once per rule). */
export function ruleOptionsValidator(ruleId: string, schema: Record<string, unknown>): ValidateFunction {
  let validate = options.get(ruleId);
  if (!validate) {
    defaultsAjv ??= new Ajv(DEFAULTS_AJV_OPTIONS);
    validate = defaultsAjv.compile(schema);
    options.set(ruleId, validate);
  }
  return validate;
}
