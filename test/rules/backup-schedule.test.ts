import { describe, it } from 'vitest';
import { RuleTester } from '../../src/policies/rule-tester.js';
import { fixture, ignoring } from './helpers.js';

const rule = 'backup-schedule';
const tester = new RuleTester({ describe, it });

tester.run(rule, {
  valid: [
    { name: 'ignore annotation on the ScheduledBackup with a reason', manifests: ignoring(fixture(rule, 'cnpg-hourly'), rule, 'hourly on purpose', 1) },
    { name: 'CNPG six-field daily schedule with retention', manifests: fixture(rule, 'cnpg-good') },
    { name: 'Zalando daily logical backup with retention', manifests: fixture(rule, 'zalando-good') },
    { name: 'PGO v4 scheduler ConfigMap, 5 fields, retention in options', manifests: fixture(rule, 'pgo-v4-good') },
    { name: 'PGO v5 weekly full + differential, retention', manifests: fixture(rule, 'pgo-v5-good') },
    { name: 'PGO v5 monthly full within a 35d maxFullInterval', manifests: fixture(rule, 'pgo-v5-monthly'), options: { maxFullInterval: '35d' } },
    { name: 'placeholder schedule is never a finding', manifests: fixture(rule, 'cnpg-placeholder') },
    { name: 'requireSchedule: false', manifests: fixture(rule, 'statefulset'), options: { requireSchedule: false } },
  ],
  invalid: [
    {
      name: 'PGO v5 schedules on repo2 with only repo1-retention-full; repo2 retention type is no enum value',
      manifests: fixture(rule, 'pgo-v5-repo2-retention'),
      findings: [{ messageId: 'noRetention', severity: 'warning', path: '/spec/backups/pgbackrest/global', data: { scope: ' for repo2' } }],
    },
    {
      name: 'Zalando `30 25 * * *` passes the CRD pattern; the apiserver rejects the CronJob later',
      manifests: fixture(rule, 'zalando-hour-25'),
      findings: [
        {
          messageId: 'rejected',
          severity: 'error',
          path: '/spec/logicalBackupSchedule',
          data: {
            layer: 'the apiserver when the operator creates the logical-backup CronJob, after it accepted the postgresql, so no logical backup runs',
            error: 'hour 25 is above the maximum 23',
          },
        },
      ],
    },
    {
      name: 'CNPG 5-field schedule runs hourly (seconds first)',
      manifests: fixture(rule, 'cnpg-hourly'),
      findings: [
        {
          messageId: 'misread',
          severity: 'error',
          path: '/spec/schedule',
          objectIndex: 1,
          data: { suggestion: '0 0 2 * * *' },
          message: /runs at most every 1h /,
        },
      ],
    },
    {
      name: 'CNPG backups every 30 days are longer than 7d',
      manifests: fixture(rule, 'cnpg-monthly'),
      findings: [{ messageId: 'fullTooRare', severity: 'warning', data: { gap: '30d', max: '7d' } }],
    },
    {
      name: 'CNPG only schedule suspended',
      manifests: fixture(rule, 'cnpg-suspended'),
      findings: [{ messageId: 'noSchedule', severity: 'warning', data: { why: 'only suspended backup schedules' } }],
    },
    {
      name: 'CNPG without retentionPolicy',
      manifests: fixture(rule, 'cnpg-no-retention'),
      findings: [{ messageId: 'noRetention', severity: 'warning', message: '`spec.backup.retentionPolicy: "30d"`' }],
    },
    {
      name: 'Zalando range rejected by the CRD pattern',
      manifests: fixture(rule, 'zalando-range'),
      findings: [
        { messageId: 'rejected', severity: 'error', path: '/spec/logicalBackupSchedule', data: { layer: 'the postgresql CRD pattern at admission' } },
      ],
    },
    {
      name: 'PGO v4 descriptor rejected by pgo-scheduler',
      manifests: fixture(rule, 'pgo-v4-descriptor'),
      findings: [
        { messageId: 'rejected', severity: 'error', objectIndex: 1, path: '/data/schedule.json', message: 'does not accept descriptors' },
      ],
    },
    {
      name: 'PGO v5 six-field full schedule fails at CronJob creation',
      manifests: fixture(rule, 'pgo-v5-six-fields'),
      findings: [
        { messageId: 'rejected', severity: 'error', path: '/spec/backups/pgbackrest/repos/0/schedules/full', message: 'UnableToCreatePGBackRestCronJob' },
      ],
    },
    {
      name: 'PGO v5 schedule shorter than the CRD allows',
      manifests: fixture(rule, 'pgo-v5-short'),
      findings: [{ messageId: 'rejected', severity: 'error', data: { layer: 'the PostgresCluster CRD (schedules need at least 6 characters)' } }],
    },
    {
      name: 'PGO v5 monthly full backups',
      manifests: fixture(rule, 'pgo-v5-monthly'),
      findings: [{ messageId: 'fullTooRare', severity: 'warning', path: '/spec/backups/pgbackrest/repos/0/schedules/full', data: { gap: '31d' } }],
    },
    {
      name: 'PGO v5 differential only',
      manifests: fixture(rule, 'pgo-v5-differential-only'),
      findings: [{ messageId: 'noFull', severity: 'warning' }],
    },
    {
      name: 'StatefulSet has no backup',
      manifests: fixture(rule, 'statefulset'),
      findings: [{ messageId: 'noSchedule', severity: 'warning', message: 'add a CronJob' }],
    },
  ],
});

