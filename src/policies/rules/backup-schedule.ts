// Backup schedules that the operator accepts and reads as their author meant, frequent enough full backups, retention.
import { type CronReading, describeRuns, formatInterval, longestGapMs, parseInterval, readSchedule } from '../cron.js';
import type { BackupSchedule, PostgresCluster } from '../model.js';
import { describeCluster, docsUrl, type Rule } from '../rule.js';
import type { Finding } from '../types.js';

function rejection(cluster: PostgresCluster, schedule: BackupSchedule, reading: CronReading): string {
  const text = `\`${schedule.schedule.value}\``;
  switch (cluster.flavour) {
    case 'pgo-v5':
      if (schedule.schedule.value.length < 6) {
        return `${text} is rejected by the PostgresCluster CRD (schedules need at least 6 characters) and then, as a CronJob schedule (${reading.error}). Write 5 fields, e.g. \`0 1 * * 0\`.`;
      }
      return `${text} is not a valid Kubernetes CronJob schedule (${reading.error}). PGO v5 accepts the PostgresCluster (its CRD only checks a length of 6) but then fails to create the ${schedule.type} backup CronJob (event UnableToCreatePGBackRestCronJob): no ${schedule.type} backup ever runs. Write 5 fields, e.g. \`0 1 * * 0\`.`;
    case 'pgo-v4':
      return `${text} is rejected by pgo-scheduler's validation (${reading.error}), so this backup never runs. Write 5 fields without descriptors, e.g. \`0 1 * * *\`.`;
    case 'zalando':
      return `${text} is rejected by the postgresql CRD (${reading.error}). Write 5 fields of a number or \`*\` with an optional \`/n\`, e.g. \`30 00 * * *\`${/[-,]/.test(schedule.schedule.value) ? '; ranges and lists (e.g. weekdays only) cannot be written in this dialect, so schedule daily' : ''}.`;
    case 'cnpg':
      return `${text} is rejected by CloudNativePG (${reading.error}). Write 6 fields with seconds first, e.g. \`0 0 2 * * *\` for 02:00 daily.`;
    case 'statefulset':
      return `${text} is not a valid Kubernetes CronJob schedule (${reading.error}). Write 5 fields, e.g. \`0 2 * * *\`.`;
  }
}

function retentionHint(flavour: PostgresCluster['flavour']): string {
  switch (flavour) {
    case 'pgo-v5':
      return '`repo1-retention-full: "14"` (with `repo1-retention-full-type`) under `spec.backups.pgbackrest.global`';
    case 'pgo-v4':
      return '`--repo1-retention-full=7` in the scheduler ConfigMap’s `pgbackrest.options`';
    case 'zalando':
      return '`spec.logicalBackupRetention` (e.g. `"3 months"`) or `logical_backup_s3_retention_time` in the operator configuration';
    case 'cnpg':
      return '`spec.backup.retentionPolicy: "30d"` on the Cluster';
    case 'statefulset':
      return 'pruning in the backup job';
  }
}

function howToSchedule(flavour: PostgresCluster['flavour']): string {
  switch (flavour) {
    case 'pgo-v5':
      return 'add `schedules: {full: "0 1 * * 0", differential: "0 1 * * 1-6"}` to a repo in `spec.backups.pgbackrest.repos`';
    case 'pgo-v4':
      return 'add a ConfigMap labelled `crunchy-scheduler: "true"` with a pgbackrest `full` schedule';
    case 'zalando':
      return 'set `spec.enableLogicalBackup: true` and `spec.logicalBackupSchedule: "30 00 * * *"` (or configure Spilo WAL-E/WAL-G base backups)';
    case 'cnpg':
      return 'add a ScheduledBackup for this cluster with a 6-field schedule such as `0 0 2 * * *`';
    case 'statefulset':
      return 'add a CronJob that runs pg_dump or pg_basebackup against it';
  }
}

/** Backup kinds that can restore on their own (not differential/incremental). */
const fullKinds = new Set<BackupSchedule['type']>(['full', 'base', 'logical']);

export const backupSchedule: Rule = {
  meta: {
    id: 'backup-schedule',
    docsUrl: docsUrl('backup-schedule'),
    description:
      'Backup schedules are valid in the operator’s own cron dialect and mean what they look like; full backups run often enough; retention is set.',
    defaultSeverity: 'error',
    optionsSchema: {
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
    },
    fixable: false,
  },
  check(model, context) {
    const findings: Finding[] = [];
    const maxFull = parseInterval(String(context.options.maxFullInterval ?? '7d')) ?? 7 * 86_400_000;
    const requireSchedule = context.options.requireSchedule !== false;
    const requireRetention = context.options.requireRetention !== false;

    for (const cluster of model.clusters) {
      const name = describeCluster(cluster);
      const backups = cluster.backups;
      let anyUnknown = backups.configured.unknown === true;
      const fullReadings: CronReading[] = [];
      let active = 0;
      // A rejected schedule is already an error that says no backup runs: no second finding about the gap it leaves.
      let rejected = 0;
      for (const schedule of cluster.backups.schedules) {
        const objectIndex = schedule.schedule.objectIndex ?? cluster.objectIndex;
        if (schedule.schedule.unknown) {
          anyUnknown = true;
          continue;
        }
        const reading = readSchedule(schedule.schedule.value, schedule.dialect);
        const label = schedule.name ? `${schedule.type} backup ${schedule.name}` : `${schedule.type} backup`;
        if (!reading.accepted) {
          rejected++;
          findings.push(
            context.report({
              message: `${name}: the ${label} schedule ${rejection(cluster, schedule, reading)}`,
              resource: cluster.resource,
              objectIndex,
              path: schedule.schedule.path,
            }),
          );
          continue;
        }
        if (reading.misread) {
          findings.push(
            context.report({
              message: `${name}: the ${label} schedule \`${schedule.schedule.value}\` has 5 fields, but CloudNativePG reads schedules seconds first, so this runs ${describeRuns(reading)} — not what the crontab reading \`${reading.misread.intended}\` suggests. CloudNativePG's webhook only warns. For the crontab meaning write \`${reading.misread.suggestion}\`.`,
              resource: cluster.resource,
              objectIndex,
              path: schedule.schedule.path,
            }),
          );
        }
        if (schedule.suspended) continue;
        active++;
        if (fullKinds.has(schedule.type)) fullReadings.push(reading);
      }
      if (anyUnknown) continue;
      const at = { resource: cluster.resource, objectIndex: cluster.objectIndex };
      if (rejected > 0 && fullReadings.length === 0) {
        // Reported above.
      } else if (active === 0) {
        if (requireSchedule) {
          const why = !backups.configured.value
            ? 'has no backup configured'
            : cluster.backups.schedules.length > 0
              ? 'has only suspended backup schedules'
              : 'has a backup repository but no schedule, so backups run only when someone starts one';
          findings.push(
            context.report({
              ...at,
              severity: 'warning',
              message: `${name} ${why}: a lost volume or a bad migration cannot be recovered. To schedule backups, ${howToSchedule(cluster.flavour)}.`,
              path: backups.configured.path,
            }),
          );
        }
      } else if (fullReadings.length === 0) {
        findings.push(
          context.report({
            ...at,
            severity: 'warning',
            message: `${name} schedules only differential/incremental backups: they build on a full backup that nothing schedules, so restores depend on one old full backup. Add a full schedule.`,
            path: backups.configured.path,
          }),
        );
      } else {
        const gap = longestGapMs(fullReadings);
        if (gap > maxFull) {
          const first = cluster.backups.schedules.find((s) => fullKinds.has(s.type) && !s.suspended);
          findings.push(
            context.report({
              ...at,
              severity: 'warning',
              message: `${name}: full backups run at most every ${formatInterval(gap)}, longer than the policy's ${formatInterval(maxFull)}: a restore replays more WAL and older data is at risk. Schedule full backups at least every ${formatInterval(maxFull)}.`,
              objectIndex: first?.schedule.objectIndex ?? cluster.objectIndex,
              path: first?.schedule.path ?? backups.configured.path,
            }),
          );
        }
      }
      if (requireRetention && backups.configured.value && !backups.retention.unknown && backups.retention.value === undefined) {
        findings.push(
          context.report({
            ...at,
            severity: 'warning',
            message: `${name} sets no backup retention: old backups are either kept forever (the bucket grows without bound) or pruned by a default nobody chose. Set ${retentionHint(cluster.flavour)}.`,
            objectIndex: backups.retention.objectIndex ?? cluster.objectIndex,
            path: backups.retention.path,
          }),
        );
      }
    }
    return findings;
  },
};
