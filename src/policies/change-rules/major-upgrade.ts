// major-upgrade: the Postgres major changes (postgresVersion, postgresql.version, a catalog's major, or the image).
// An error unless the operator's upgrade path is in the change (its change profile's `majorUpgrade.present`: a PGO v5
// PGUpgrade with the allow-upgrade annotation, Zalando's major_version_upgrade_mode, CloudNativePG's in-place upgrade),
// then info with the steps left. A downgrade is always an error. Sources in adapters/change.ts.
import { defineChangeRule, postgresMajor } from '../change-rule.js';
import { docsUrl } from '../rule.js';
import { describe } from './common.js';

export const majorUpgrade = defineChangeRule({
  meta: {
    id: 'major-upgrade',
    docsUrl: docsUrl('major-upgrade'),
    description: "A Postgres major version change without the operator's upgrade path (info with the steps left when the path is there).",
    defaultSeverity: 'error',
    optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      noPath: '{{cluster}} moves from Postgres {{before}} to {{after}} by its {{via}} without an upgrade path: {{missing}}.',
      withPath: '{{cluster}} moves from Postgres {{before}} to {{after}} through {{path}}; steps left: {{steps}}.',
      downgrade: '{{cluster}} moves from Postgres {{before}} down to {{after}}: keep {{before}}. {{why}}.',
    },
  },
  check({ base, head }, context) {
    if (!base || !head) return;
    const from = postgresMajor(base);
    const to = postgresMajor(head);
    if (!from || !to || from === 'unknown' || to === 'unknown' || from.major === to.major) return;
    const data = { cluster: describe(head), before: from.major, after: to.major };
    const upgrade = head.change?.majorUpgrade;
    if (to.major < from.major) {
      context.report({ messageId: 'downgrade', data: { ...data, why: upgrade?.downgrade ?? 'the older binaries cannot read the newer data directory' }, pointer: to.path });
    } else if (upgrade?.present) {
      context.report({ messageId: 'withPath', data: { ...data, path: upgrade.present, steps: upgrade.stepsLeft }, severity: 'info', pointer: to.path });
    } else {
      context.report({
        messageId: 'noPath',
        data: { ...data, via: to.via === 'image' ? 'image' : 'version field', missing: upgrade?.missing ?? 'the new binaries cannot read the old data directory' },
        pointer: to.path,
      });
    }
  },
});
