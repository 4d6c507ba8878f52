// Fields a Postgres operator's CRD does not define. The apiserver prunes them on every write without a word
// (k8s.io/apiextensions-apiserver pkg/apiserver/schema/pruning/algorithm.go, v1.28): `spec.instance: 3` leaves a
// CloudNativePG cluster at its default of one instance, `storage.storageclass` at the default class. Wrong types and
// values outside an enum are rejected by the same CRD's validation, and reported by invalid-manifest.
import { defineRule, docsUrl } from '../rule.js';

export const unknownField = defineRule({
  meta: {
    id: 'unknown-field',
    docsUrl: docsUrl('unknown-field'),
    description:
      "A field of a Postgres object that its operator's CRD does not define: the apiserver drops it silently, so the setting never takes effect.",
    defaultSeverity: 'error',
    optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
    fixable: true,
    messages: {
      typo: '`{{field}}` is not a field of {{kind}} {{apiVersion}}: write `{{suggestion}}`. The apiserver drops unknown fields without a word, so this setting has no effect (schema: {{source}}).',
      unknown:
        '`{{field}}` is not a field of {{kind}} {{apiVersion}}: remove it, or move it where the CRD defines it. The apiserver drops unknown fields without a word, so this setting has no effect (schema: {{source}}).',
    },
  },
  check(model, context) {
    for (const { objectIndex, resource, violation, source } of model.fieldViolations ?? []) {
      if (violation.kind !== 'unknown-field') continue;
      const common = { objectIndex, resource, pointer: violation.pointer };
      const names = { field: violation.field, kind: resource.kind, apiVersion: resource.apiVersion, source };
      if (!violation.suggestion) {
        context.report({ ...common, messageId: 'unknown', data: names });
        continue;
      }
      // Only a name that differs in letter case is fixed automatically: any other near miss is a guess to confirm.
      const target = violation.suggestionPointer;
      const sameLetters = violation.field.toLowerCase() === violation.suggestion.toLowerCase();
      context.report({
        ...common,
        messageId: 'typo',
        data: { ...names, suggestion: violation.suggestion },
        ...(sameLetters && target && !violation.suggestionTaken
          ? { fix: { description: `rename \`${violation.field}\` to \`${violation.suggestion}\``, patch: [{ op: 'move', from: violation.pointer, path: target }] } }
          : {}),
      });
    }
  },
});
