// storage-shrink: a data or WAL volume's requested size decreased. A PVC cannot shrink (the apiserver refuses a smaller
// request, k8s pkg/apis/core/validation ValidatePersistentVolumeClaimUpdate); who says no first is per operator
// (its change profile's `shrink`, sources in adapters/change.ts). Sizes compare as quantities: 1Gi equals 1024Mi.
import { defineChangeRule, parseQuantity } from '../change-rule.js';
import { docsUrl } from '../rule.js';
import { describeVolume, volumePairs } from './common.js';

export const storageShrink = defineChangeRule({
  meta: {
    id: 'storage-shrink',
    docsUrl: docsUrl('storage-shrink'),
    description: "A data or WAL volume's requested size decreased: volumes cannot shrink.",
    defaultSeverity: 'error',
    optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      shrunk: '{{volume}} shrinks from {{before}} to {{after}}: keep {{before}} or more. {{why}}.',
    },
  },
  check({ base, head }, context) {
    if (!base || !head) return;
    for (const { before, after } of volumePairs(base, head)) {
      if (before.role !== 'data' && before.role !== 'wal') continue;
      const from = before.size;
      const to = after.size;
      if (!from || !to || from.unknown || to.unknown || from.value === undefined || to.value === undefined) continue;
      const oldBytes = parseQuantity(from.value);
      const newBytes = parseQuantity(to.value);
      if (oldBytes === undefined || newBytes === undefined || newBytes >= oldBytes) continue;
      context.report({
        messageId: 'shrunk',
        data: { volume: describeVolume(after).replace(/^t/, 'T'), before: from.value, after: to.value, why: head.change?.shrink ?? 'a PersistentVolumeClaim cannot shrink' },
        pointer: to.path,
      });
    }
  },
});
