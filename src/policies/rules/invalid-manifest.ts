// Manifests of known kinds that are malformed (the adapters' problems), reported with the field named.
import { defineRule, docsUrl } from '../rule.js';

export const invalidManifest = defineRule({
  meta: {
    id: 'invalid-manifest',
    docsUrl: docsUrl('invalid-manifest'),
    description:
      'A Postgres manifest of a known kind is malformed (wrong type, missing required field, a combination its operator rejects): the operator would reject or misread it.',
    defaultSeverity: 'error',
    optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
    // The adapters word each problem in the operator's terms (field, rule, source); the message is theirs.
    messages: {
      problem: '{{problem}}',
      // From the CRD's schema (field-check.ts): the apiserver rejects the object (apiextensions-apiserver validation).
      wrongType:
        '`{{field}}` is {{actual}}, but {{kind}} {{apiVersion}} wants {{expected}}: write it as {{expected}}. The apiserver rejects the object as written (schema: {{source}}).',
      notInEnum:
        '`{{field}}` is not one of the values {{kind}} {{apiVersion}} accepts: write one of {{expected}}. The apiserver rejects the object as written (schema: {{source}}).',
    },
    fixable: false,
  },
  check(model, context) {
    // Problems that name another rule are reported by the engine under that rule.
    for (const problem of model.problems) {
      if (problem.ruleId !== undefined && problem.ruleId !== 'invalid-manifest') continue;
      context.report({
        severity: problem.severity ?? 'error',
        messageId: 'problem',
        data: { problem: problem.message },
        resource: problem.resource,
        objectIndex: problem.objectIndex,
        pointer: problem.path,
      });
    }
    // Where an adapter already words a problem in the operator's terms at the same field, its message is the one kept.
    const worded = new Set(model.problems.map((problem) => `${problem.objectIndex}\u0000${problem.path}`));
    for (const { objectIndex, resource, violation, source } of model.fieldViolations ?? []) {
      if (violation.kind === 'unknown-field' || worded.has(`${objectIndex}\u0000${violation.pointer}`)) continue;
      const at = { resource, objectIndex, pointer: violation.pointer };
      const names = { field: violation.field, kind: resource.kind, apiVersion: resource.apiVersion, expected: violation.expected ?? '', source };
      if (violation.kind === 'wrong-type') {
        context.report({ ...at, messageId: 'wrongType', data: { ...names, actual: violation.actual ?? '' } });
      } else {
        context.report({ ...at, messageId: 'notInEnum', data: names });
      }
    }
  },
});
