// backup-removed: backups switched off, a schedule removed (or suspended), a retention removed or lowered. Schedules
// and retentions are read by each operator's adapter (PGO v5 repoN schedules and retention, CNPG ScheduledBackups and
// retentionPolicy, Zalando logical backups, PGO v4 scheduler ConfigMaps, Spilo's WAL-G env), so the rule compares
// the normalised backups of both sides.
import { defineChangeRule } from '../change-rule.js';
import type { BackupSchedule } from '../model.js';
import { docsUrl } from '../rule.js';
import { describe } from './common.js';

const scheduleKey = (schedule: BackupSchedule) => `${schedule.type}\u0000${schedule.name ?? ''}`;
const scheduleName = (schedule: BackupSchedule) => `${schedule.type} backup schedule${schedule.name ? ` ${schedule.name}` : ''}`;

/** "14d" → {14, d}; "7" → {7, ""}; other shapes do not compare. */
function retentionCount(text: string): { count: number; unit: string } | undefined {
  const match = /^\s*(\d+)\s*([a-zA-Z]*)\s*$/.exec(text);
  return match ? { count: Number(match[1]), unit: match[2] ?? '' } : undefined;
}

export const backupRemoved = defineChangeRule({
  meta: {
    id: 'backup-removed',
    docsUrl: docsUrl('backup-removed'),
    description: 'Backups removed in this change: the backup configuration, a schedule, or a retention removed or lowered.',
    defaultSeverity: 'warning',
    optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      backupsRemoved: '{{cluster}} has no backup configured any more (it had at the base): restore the backup configuration, or say why it is not needed.',
      scheduleRemoved: 'The {{schedule}} (`{{before}}`) is {{how}} in this change: restore it, or schedule backups another way.',
      retentionRemoved: 'The backup retention{{scope}} (`{{before}}`) is removed in this change: the operator then keeps backups by its default; restore it.',
      retentionLowered: 'The backup retention{{scope}} is lowered from `{{before}}` to `{{after}}`: fewer backups to restore from; keep `{{before}}` unless that is intended.',
    },
  },
  check({ base, head }, context) {
    if (!base || !head) return;
    const was = base.backups.configured;
    const now = head.backups.configured;
    if (!was.unknown && !now.unknown && was.value && !now.value) {
      context.report({ messageId: 'backupsRemoved', data: { cluster: describe(head) }, pointer: now.path });
      return;
    }
    const headSchedules = new Map(head.backups.schedules.map((schedule) => [scheduleKey(schedule), schedule]));
    for (const before of base.backups.schedules) {
      if (before.suspended || before.schedule.unknown) continue;
      const after = headSchedules.get(scheduleKey(before));
      if (after && !after.suspended) continue;
      context.report({
        messageId: 'scheduleRemoved',
        data: { schedule: scheduleName(before), before: before.schedule.value, how: after ? 'suspended' : 'removed' },
        // A schedule in another object (a ScheduledBackup, a ConfigMap) has no line in the cluster: the finding lands on
        // the cluster's backup configuration.
        pointer: after && after.schedule.objectIndex === undefined ? after.schedule.path : now.path,
      });
    }
    // One retention per repository (PGO v5 repoN) or one for the cluster, matched by what it covers.
    const headRetention = new Map(head.backups.retention.map((retention) => [retention.scope ?? '', retention]));
    for (const { setting: before, scope } of base.backups.retention) {
      const after = headRetention.get(scope ?? '')?.setting;
      if (!after || before.unknown || after.unknown || before.value === undefined) continue;
      const covers = scope ? ` ${scope}` : '';
      if (after.value === undefined) {
        context.report({ messageId: 'retentionRemoved', data: { scope: covers, before: before.value }, pointer: after.path });
        continue;
      }
      const from = retentionCount(before.value);
      const to = retentionCount(after.value);
      if (from && to && from.unit === to.unit && to.count < from.count) {
        context.report({ messageId: 'retentionLowered', data: { scope: covers, before: before.value, after: after.value }, pointer: after.path });
      }
    }
  },
});
