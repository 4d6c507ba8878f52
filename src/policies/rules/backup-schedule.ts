// Backup schedules that the operator accepts and reads as their author meant, frequent enough full backups, retention.
import { type CronReading, describeRuns, formatInterval, longestGapMs, parseInterval, readSchedule } from '../cron.js';
import type { BackupSchedule } from '../model.js';
import { defineRule, docsUrl } from '../rule.js';

/** The layer that rejects `schedule` (from the adapter's gates) and what that costs. */
function rejectingLayer(schedule: BackupSchedule, reading: CronReading): string {
  const { gates } = schedule;
  if (gates.minLength !== undefined && schedule.schedule.value.length < gates.minLength) return gates.schema;
  return reading.stage === 'schema' ? gates.schema : gates.parser;
}

/** The policy's `maxFullInterval` in ms; the schema's pattern guarantees a readable interval. Read once per text. */
function maxFullOf(text: string): number {
  if (lastMaxFull?.text !== text) lastMaxFull = { text, ms: parseInterval(text) ?? 7 * 86_400_000 };
  return lastMaxFull.ms;
}

let lastMaxFull: { text: string; ms: number } | undefined;

/** Backup kinds that can restore on their own (not differential/incremental). */
const fullKinds = new Set<BackupSchedule['type']>(['full', 'base', 'logical']);

export const backupScheduleOptionsSchema = {
  type: 'object',
  properties: {
    maxFullInterval: {
      type: 'string',
      pattern: '^\\d+(\\.\\d+)?\\s*[wdhm]$',
      default: '7d',
      description: 'Longest allowed time between two full backups (`7d`, `36h`, `2w`).',
    },
    requireSchedule: { type: 'boolean', default: true, description: 'Warn when a cluster has no backup schedule.' },
    requireRetention: { type: 'boolean', default: true, description: 'Warn when backups have no retention.' },
  },
  additionalProperties: false,
} as const;

export const backupSchedule = defineRule({
  meta: {
    id: 'backup-schedule',
    docsUrl: docsUrl('backup-schedule'),
    description:
      'Backup schedules are valid in the operator’s own cron dialect and mean what they look like; full backups run often enough; retention is set.',
    defaultSeverity: 'error',
    optionsSchema: backupScheduleOptionsSchema,
    messages: {
      rejected: 'the {{label}} schedule `{{schedule}}` is rejected by {{layer}} ({{error}}): write {{example}}.',
      misread:
        'the {{label}} schedule `{{schedule}}` has 5 fields but is read seconds first: write `{{suggestion}}` for the crontab meaning. As written it runs {{runs}}; the operator’s webhook only warns.',
      noSchedule: '{{why}}: to schedule backups, {{fix}}. Otherwise a lost volume or a bad migration cannot be recovered.',
      noFull:
        'only differential/incremental backups are scheduled: add a full schedule. They build on a full backup that nothing schedules, so restores depend on one old full backup.',
      fullTooRare:
        "full backups run at most every {{gap}}, longer than the policy's {{max}}: schedule them at least every {{max}}. A restore replays more WAL and older data is at risk.",
      noRetention:
        'no backup retention{{scope}}: set {{fix}}. Otherwise old backups are either kept forever (the bucket grows without bound) or pruned by a default nobody chose.',
      problem: '{{problem}}',
    },
    fixable: false,
  },
  check(model, context) {
    const { requireSchedule, requireRetention } = context.options;
    const maxFull = maxFullOf(context.options.maxFullInterval);

    for (const cluster of model.clusters) {
      const backups = cluster.backups;
      let anyUnknown = backups.configured.unknown === true;
      const fullReadings: CronReading[] = [];
      let active = 0;
      // A rejected schedule is already an error that says no backup runs: no second finding about the gap it leaves.
      let rejected = 0;
      for (const schedule of backups.schedules) {
        if (schedule.schedule.unknown) {
          anyUnknown = true;
          continue;
        }
        const at = { resource: cluster.resource, objectIndex: schedule.schedule.objectIndex ?? cluster.objectIndex, pointer: schedule.schedule.path };
        const reading = readSchedule(schedule.schedule.value, schedule.dialect);
        const label = schedule.name ? `${schedule.type} backup ${schedule.name}` : `${schedule.type} backup`;
        if (!reading.accepted) {
          rejected++;
          context.report({
            ...at,
            messageId: 'rejected',
            data: { label, schedule: schedule.schedule.value, layer: rejectingLayer(schedule, reading), error: reading.error ?? 'invalid', example: schedule.gates.example },
          });
          continue;
        }
        if (reading.misread) {
          context.report({
            ...at,
            messageId: 'misread',
            data: { label, schedule: schedule.schedule.value, suggestion: reading.misread.suggestion, runs: describeRuns(reading) },
          });
        }
        if (schedule.suspended) continue;
        active++;
        if (fullKinds.has(schedule.type)) fullReadings.push(reading);
      }
      if (anyUnknown) continue;
      const onCluster = { resource: cluster.resource, objectIndex: cluster.objectIndex };
      if (rejected > 0 && fullReadings.length === 0) {
        // Reported above.
      } else if (active === 0) {
        if (requireSchedule) {
          const why = !backups.configured.value
            ? 'no backup configured'
            : backups.schedules.length > 0
              ? 'only suspended backup schedules'
              : 'a backup repository but no schedule (backups run only when someone starts one)';
          context.report({
            ...onCluster,
            objectIndex: backups.configured.objectIndex ?? cluster.objectIndex,
            pointer: backups.configured.path,
            severity: 'warning',
            messageId: 'noSchedule',
            data: { why, fix: cluster.operator.scheduleBackups },
          });
        }
      } else if (fullReadings.length === 0) {
        context.report({ ...onCluster, pointer: backups.configured.path, severity: 'warning', messageId: 'noFull', data: undefined });
      } else {
        // Identical schedules (the same full schedule on many repos) merge to one run list: cost follows distinct ones.
        const distinct =
          fullReadings.length === 1
            ? fullReadings
            : [...new Map(fullReadings.map((reading) => [`${reading.expression}|${reading.everyMs}|${reading.timeZone}|${reading.neverRuns}`, reading])).values()];
        const gap = longestGapMs(distinct);
        if (gap > maxFull) {
          const first = backups.schedules.find((s) => fullKinds.has(s.type) && !s.suspended);
          context.report({
            ...onCluster,
            severity: 'warning',
            messageId: 'fullTooRare',
            data: { gap: formatInterval(gap), max: formatInterval(maxFull) },
            objectIndex: first?.schedule.objectIndex ?? cluster.objectIndex,
            pointer: first?.schedule.path ?? backups.configured.path,
          });
        }
      }
      if (requireRetention && backups.configured.value) {
        for (const retention of backups.retention) {
          if (retention.setting.unknown || retention.setting.value !== undefined) continue;
          context.report({
            ...onCluster,
            severity: 'warning',
            messageId: 'noRetention',
            data: { scope: retention.scope ? ` ${retention.scope}` : '', fix: retention.fix },
            objectIndex: retention.setting.objectIndex ?? cluster.objectIndex,
            pointer: retention.setting.path,
          });
        }
      }
    }
  },
});
