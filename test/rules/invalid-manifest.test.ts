import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/policies/engine.js';
import { loadManifests, RuleTester, runRule } from '../../src/policies/rule-tester.js';
import { fixture, ignoring } from './helpers.js';

const rule = 'invalid-manifest';
const tester = new RuleTester({ describe, it });

tester.run(rule, {
  valid: [
    { name: 'ignore annotation with a reason', manifests: ignoring(fixture(rule, 'cnpg-instances-string'), rule) },
    { name: 'a well-formed Zalando postgresql', manifests: fixture(rule, 'zalando-good') },
    { name: 'kinds pgwarden does not read', manifests: fixture(rule, 'unrelated') },
    { name: 'placeholders are not wrong types', manifests: fixture(rule, 'cnpg-placeholders') },
  ],
  invalid: [
    {
      name: 'PGO v5 without instances and postgresVersion',
      manifests: fixture(rule, 'pgo-v5-no-instances'),
      findings: [
        { messageId: 'problem', severity: 'error', path: '/spec', message: 'spec.instances is required' },
        { messageId: 'problem', severity: 'error', path: '/spec', message: 'spec.postgresVersion is required' },
      ],
    },
    {
      name: 'CNPG instances of the wrong type',
      manifests: fixture(rule, 'cnpg-instances-string'),
      findings: [{ messageId: 'problem', severity: 'error', path: '/spec/instances' }],
    },
    {
      name: 'Zalando postgresql.version that is no major',
      manifests: fixture(rule, 'zalando-version-number'),
      findings: [{ messageId: 'problem', severity: 'error', path: '/spec/postgresql/version', message: 'major version' }],
    },
    {
      name: 'CNPG ScheduledBackup without a cluster',
      manifests: fixture(rule, 'cnpg-scheduledbackup-no-cluster'),
      findings: [{ messageId: 'problem', severity: 'error', path: '/spec', message: 'spec.cluster.name is required' }],
    },
  ],
});

describe('invalid-manifest and the engine', () => {
  it('never throws on garbage input and reports nothing for non-objects', () => {
    const inputs = [null, 42, 'text', [], { kind: 'PostgresCluster' }, { apiVersion: 'postgresql.cnpg.io/v1', kind: 'Cluster', spec: 7 }];
    const findings = evaluate(loadManifests(inputs));
    expect(findings.every((f) => f.ruleId !== 'internal-error')).toBe(true);
  });

  it('problems attributed to another rule are reported under it (and not here)', () => {
    const orphan = loadManifests([
      { apiVersion: 'postgresql.cnpg.io/v1', kind: 'ScheduledBackup', metadata: { name: 'b' }, spec: { schedule: '0 0 0 * * *', cluster: { name: 'missing' } } },
    ]);
    expect(runRule(rule, { manifests: orphan }).findings).toEqual([]);
    expect(runRule('backup-schedule', { manifests: orphan }).findings).toHaveLength(1);
  });

  it('the message names the field', () => {
    const { findings } = runRule(rule, { manifests: fixture(rule, 'cnpg-instances-string') });
    expect(findings[0]?.message).toMatch(/instances/);
  });
});
