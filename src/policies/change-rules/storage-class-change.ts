// storage-class-change: a volume's storage class changed on a running cluster. Existing volumes keep their class (a
// PVC's class is immutable); each operator then does something else, or the apiserver refuses the update — the
// operator's words and the level come from its change profile (adapters/change.ts, with sources).
import { defineChangeRule } from '../change-rule.js';
import { docsUrl } from '../rule.js';
import { describeVolume, volumePairs } from './common.js';

const shown = (value: string | undefined) => (value === undefined ? 'the default class' : `\`${value}\``);

export const storageClassChange = defineChangeRule({
  meta: {
    id: 'storage-class-change',
    docsUrl: docsUrl('storage-class-change'),
    description: 'A storage class changed on a running cluster: existing volumes keep their class, or the operator refuses the change.',
    defaultSeverity: 'warning',
    optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      changed: 'The storage class of {{volume}} changes from {{before}} to {{after}}: {{effect}}.',
    },
  },
  check({ base, head }, context) {
    if (!base || !head) return;
    const profile = head.change;
    for (const { before, after } of volumePairs(base, head)) {
      if (!before.persistent.value || !after.persistent.value) continue;
      if (before.storageClass.unknown || after.storageClass.unknown) continue;
      if (before.storageClass.value === after.storageClass.value) continue;
      context.report({
        messageId: 'changed',
        data: {
          volume: describeVolume(after),
          before: shown(before.storageClass.value),
          after: shown(after.storageClass.value),
          effect: profile?.storageClassChange.effect ?? 'existing volumes keep their class',
        },
        severity: profile?.storageClassChange.severity ?? 'warning',
        pointer: after.storageClass.path,
      });
    }
  },
});
