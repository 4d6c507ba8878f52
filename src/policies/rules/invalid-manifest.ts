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
    messages: { problem: '{{problem}}' },
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
  },
});
