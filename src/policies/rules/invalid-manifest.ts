// Manifests of known kinds that are malformed (the adapters' problems), reported with the field named.
import { docsUrl, type Rule } from '../rule.js';

export const invalidManifest: Rule = {
  meta: {
    id: 'invalid-manifest',
    docsUrl: docsUrl('invalid-manifest'),
    description:
      'A Postgres manifest of a known kind is malformed (wrong type, missing required field): the operator would reject or misread it.',
    defaultSeverity: 'error',
    optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
    fixable: false,
  },
  check(model, context) {
    // Problems that name another rule are reported by the engine under that rule.
    return model.problems
      .filter((problem) => problem.ruleId === undefined || problem.ruleId === 'invalid-manifest')
      .map((problem) =>
        context.report({
          severity: problem.severity ?? 'error',
          message: problem.message,
          resource: problem.resource,
          objectIndex: problem.objectIndex,
          path: problem.path,
        }),
      );
  },
};
