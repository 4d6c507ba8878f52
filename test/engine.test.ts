import { afterEach, describe, expect, it, vi } from 'vitest';
import { evaluate } from '../src/policies/engine.js';
import { allRuleMetas, compareFindings, type PolicySet, parsePolicy, ruleById, rules } from '../src/policies/index.js';
import { loadManifests, policyForRule } from '../src/policies/rule-tester.js';
import { scaleSeverity } from '../src/policies/rule.js';
import { fixture } from './rules/helpers.js';

afterEach(() => vi.restoreAllMocks());

describe('evaluate', () => {
  it('a rule that throws becomes an internal-error finding naming it; other rules still run', () => {
    const replicas = ruleById('replicas')!;
    vi.spyOn(replicas, 'check').mockImplementation(() => {
      throw new Error('boom');
    });
    const findings = evaluate(loadManifests(fixture('replicas', 'cnpg-default')));
    const internal = findings.filter((f) => f.ruleId === 'internal-error');
    expect(internal).toHaveLength(1);
    expect(internal[0]?.message).toContain('rule replicas: boom');
    expect(findings.some((f) => f.ruleId === 'storage-class')).toBe(true);
  });

  it('a malformed programmatic policy is an internal-error finding, not a throw', () => {
    const inputs = loadManifests(fixture('replicas', 'cnpg-default'));
    const broken = { policies: [{ name: 'x', mode: 'enforce', rules: {}, match: { namespaces: [42] } }] } as unknown as PolicySet;
    const findings = evaluate(inputs, { policy: broken });
    expect(findings.map((f) => f.ruleId)).toEqual(['internal-error']);
    expect(findings[0]?.message).toContain('applying the policy');
  });

  it('returns nothing for no input and never throws on junk', () => {
    expect(evaluate([])).toEqual([]);
    expect(() => evaluate(loadManifests([undefined, { metadata: 5 }, { kind: 'Secret', data: 'x' }]))).not.toThrow();
  });

  it('sorts findings by object, path, rule, severity, message — the same for the same input', () => {
    const inputs = loadManifests(`${fixture('anti-affinity', 'statefulset-none')}\n---\n${fixture('replicas', 'pgo-v5-single')}`);
    const first = evaluate(inputs);
    expect(evaluate(inputs)).toEqual(first);
    expect(first.length).toBeGreaterThan(3);
    for (let i = 1; i < first.length; i++) expect(compareFindings(first[i - 1]!, first[i]!)).toBeLessThanOrEqual(0);
    expect(new Set(first.map((f) => f.objectIndex))).toEqual(new Set([0, 1]));
  });

  it('severity off disables a rule; defaults fill options (replicas min 2)', () => {
    const inputs = loadManifests(fixture('replicas', 'cnpg-default'));
    expect(evaluate(inputs, { policy: policyForRule('replicas', {}, 'off') })).toEqual([]);
    const findings = evaluate(inputs, { policy: policyForRule('replicas') });
    expect(findings[0]?.message).toContain('fewer than 2');
  });

  it('an ignore annotation naming no rule is reported', () => {
    const inputs = loadManifests(fixture('replicas', 'cnpg-default'));
    const object = inputs[0]!.object as { metadata: Record<string, unknown> };
    object.metadata.annotations = { 'ignore.pgwarden.io/replica': 'typo' };
    const findings = evaluate(inputs).filter((f) => f.ruleId === 'ignore-annotation');
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain('names no pgwarden rule');
  });

  it('an ignore annotation suppresses only its rule on its object', () => {
    const inputs = loadManifests(`${fixture('replicas', 'cnpg-default')}\n---\n${fixture('replicas', 'pgo-v5-single')}`);
    const object = inputs[0]!.object as { metadata: Record<string, unknown> };
    object.metadata.annotations = { 'ignore.pgwarden.io/replicas': 'single-node lab' };
    const findings = evaluate(inputs);
    expect(findings.filter((f) => f.ruleId === 'replicas').map((f) => f.objectIndex)).toEqual([1]);
    expect(findings.some((f) => f.objectIndex === 0 && f.ruleId === 'storage-class')).toBe(true);
    expect(findings.some((f) => f.ruleId === 'ignore-annotation')).toBe(false);
  });

  it('the ignore-annotation check itself can be configured', () => {
    const inputs = loadManifests(fixture('replicas', 'cnpg-default'));
    (inputs[0]!.object as { metadata: Record<string, unknown> }).metadata.annotations = { 'ignore.pgwarden.io/replicas': '' };
    const policy = parsePolicy(
      'apiVersion: pgwarden.io/v1alpha1\nkind: PostgresPolicy\nmetadata: {name: p}\nspec:\n  rules:\n    ignore-annotation: {severity: error}\n',
    );
    const finding = evaluate(inputs, { policy }).find((f) => f.ruleId === 'ignore-annotation');
    expect(finding?.severity).toBe('error');
  });

  it('clusterStorageClasses reach the rules', () => {
    const inputs = loadManifests(fixture('storage-class', 'pgo-v5-good'));
    const findings = evaluate(inputs, { clusterStorageClasses: ['standard'] }).filter((f) => f.ruleId === 'storage-class');
    expect(findings).toHaveLength(2);
    expect(findings[0]?.message).toContain('does not exist in the cluster');
  });
});

describe('rule registry', () => {
  it('every rule has meta pointing at its docs page', () => {
    for (const meta of allRuleMetas) {
      expect(meta.docsUrl).toBe(`https://github.com/pgwarden/pgwarden/blob/main/docs/rules/${meta.id}.md`);
      expect(meta.optionsSchema.type).toBe('object');
    }
    expect(rules.map((r) => r.meta.id)).toEqual([
      'storage-class',
      'anti-affinity',
      'replicas',
      'image-tag',
      'backup-schedule',
      'password-reset',
      'invalid-manifest',
      'unknown-field',
    ]);
  });

  it('policy severity shifts every level of a rule by the same steps', () => {
    expect(scaleSeverity('warning', 'warning', 'error')).toBe('error');
    expect(scaleSeverity('error', 'warning', 'error')).toBe('error');
    expect(scaleSeverity('warning', 'error', 'warning')).toBe('info');
    expect(scaleSeverity('info', 'error', 'error')).toBe('info');
    expect(scaleSeverity('info', 'error', 'warning')).toBe('info');
  });
});

describe('findings across objects and policies', () => {
  it('a finding landing on a ConfigMap follows the cluster: its policy and its ignore annotation', () => {
    const text = fixture('backup-schedule', 'pgo-v4-descriptor');
    const inputs = loadManifests(text);
    // The scheduler ConfigMap sits in a namespace no policy matches; the cluster in one whose policy turns the rule off.
    (inputs[1]!.object as { metadata: { namespace: string } }).metadata.namespace = 'pgo';
    const policy = parsePolicy(
      'apiVersion: pgwarden.io/v1alpha1\nkind: PostgresPolicy\nmetadata: {name: p}\nspec:\n  match: {labels: {tier: db}}\n  rules:\n    backup-schedule: {severity: off}\n',
    );
    const cluster = inputs[0]!.object as { metadata: Record<string, unknown> };
    expect(evaluate(inputs, { policy }).some((f) => f.ruleId === 'backup-schedule' && f.objectIndex === 1)).toBe(true);
    cluster.metadata.labels = { tier: 'db' };
    expect(evaluate(inputs, { policy }).some((f) => f.ruleId === 'backup-schedule')).toBe(false);
    delete cluster.metadata.labels;
    cluster.metadata.annotations = { 'ignore.pgwarden.io/backup-schedule': 'scheduler retired, pgBackRest runs from cron' };
    expect(evaluate(inputs).some((f) => f.ruleId === 'backup-schedule')).toBe(false);
  });
});
