// cluster-removed: a cluster at the base is gone at the head. With Argo CD's or Flux's prune on, merging the change
// deletes the cluster object, and what the operator does then (its change profile's `onDelete`, with the source in
// adapters/change.ts) decides whether the data survives.
import { defineChangeRule } from '../change-rule.js';
import { docsUrl } from '../rule.js';
import { describe } from './common.js';

export const clusterRemoved = defineChangeRule({
  meta: {
    id: 'cluster-removed',
    docsUrl: docsUrl('cluster-removed'),
    description: 'A Postgres cluster present at the base is removed in this change: with prune on, merging deletes it (and, depending on the operator, its data).',
    defaultSeverity: 'error',
    optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      removed:
        '{{cluster}} is removed in this change: with prune on, merging deletes the cluster, and {{onDelete}}. Restore the manifest, or if the removal is deliberate first merge `ignore.pgwarden.io/cluster-removed: "<reason>"` on it.',
    },
  },
  check({ base, head }, context) {
    if (!base || head) return;
    context.report({
      messageId: 'removed',
      data: { cluster: describe(base), onDelete: base.change?.onDelete ?? 'the operator decides what happens to the volumes' },
      side: 'base',
      pointer: '/metadata/name',
    });
  },
});
