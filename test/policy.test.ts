import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  evaluate,
  PolicyError,
  parsePolicy,
  policyFor,
  policySchema,
  recommendedPolicy,
  ruleSetting,
  ruleMetas,
  tryParsePolicy,
} from '../src/policies/index.js';
import { repoRoot } from './rules/helpers.js';

const fixtures = path.join(repoRoot, 'test/fixtures/policy');
const read = (name: string) => readFileSync(path.join(fixtures, name), 'utf8');
const meta = (id: string) => ruleMetas.find((m) => m.id === id)!;
const object = (namespace?: string, labels?: Record<string, string>) => ({
  apiVersion: 'postgresql.cnpg.io/v1',
  kind: 'Cluster',
  metadata: { name: 'pg', ...(namespace ? { namespace } : {}), ...(labels ? { labels } : {}) },
  spec: { instances: 1, storage: { size: '1Gi' } },
});

describe('parsePolicy', () => {
  const set = parsePolicy(read('strict-and-loose.yaml'), 'policies/pgwarden.yaml');

  it('reads several documents in order, with defaults and sources', () => {
    expect(set.policies.map((p) => [p.name, p.mode, p.source])).toEqual([
      ['production', 'enforce', 'policies/pgwarden.yaml:2'],
      ['development', 'audit', 'policies/pgwarden.yaml:20'],
      ['team-labelled', 'enforce', 'policies/pgwarden.yaml:34'],
    ]);
  });

  it('resolves severity, mutate and flat options per rule', () => {
    const production = set.policies[0]!;
    expect(ruleSetting(production, meta('replicas'))).toEqual({ severity: 'error', mutate: false, options: { min: 3 } });
    expect(ruleSetting(production, meta('anti-affinity'))).toEqual({ severity: 'error', mutate: true, options: { requireHard: true } });
    // Unlisted rules follow the recommended preset...
    expect(ruleSetting(production, meta('image-tag')).severity).toBe('error');
    // ...unless the policy extends none.
    expect(ruleSetting(set.policies[2]!, meta('replicas')).severity).toBe('off');
    expect(ruleSetting(set.policies[1]!, meta('backup-schedule')).severity).toBe('off');
  });

  it('reports every problem with file:line:column and the field', () => {
    const result = tryParsePolicy(read('invalid.yaml'), 'bad.yaml');
    expect('problems' in result).toBe(true);
    if (!('problems' in result)) return;
    const shown = result.problems.map((p) => `${p.line}:${p.field}: ${p.message}`);
    expect(shown).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^6:spec\.mode: must be one of: enforce, audit$/),
        expect.stringMatching(/^9:spec\.rules\.replicas\.min: must be integer$/),
        expect.stringMatching(/^10:spec\.rules\.storage-clas: unknown rule "storage-clas" \(did you mean "storage-class"\?\) \(known: storage-class, /),
        expect.stringMatching(/^13:spec\.rules\.image-tag\.severity: must be one of: error, warning, info, off$/),
        expect.stringMatching(/^14:spec\.rules\.image-tag\.requireDigests: unknown field "requireDigests"$/),
        expect.stringMatching(/^16:spec\.match\.namespace: unknown field "namespace"$/),
      ]),
    );
    expect(result.problems.map((p) => p.line)).toEqual([6, 9, 10, 13, 14, 16]);
    expect(() => parsePolicy(read('invalid.yaml'), 'bad.yaml')).toThrow(/^bad\.yaml:6:\d+: spec\.mode: must be one of/);
  });

  it('names missing fields at their parent and wrong kinds', () => {
    const text = 'apiVersion: pgwarden.io/v1\nkind: PostgresPolicy\nmetadata: {}\nspec: {}\n';
    const error = (() => {
      try {
        parsePolicy(text, 'p.yaml');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(PolicyError);
    const problems = (error as PolicyError).problems.map((p) => `${p.line}:${p.field}: ${p.message}`);
    expect(problems).toEqual(['1:apiVersion: must be "pgwarden.io/v1alpha1"', '3:metadata: missing required field "name"']);
  });

  it('reports YAML syntax errors with their line', () => {
    expect(() => parsePolicy('apiVersion: pgwarden.io/v1alpha1\nkind: [PostgresPolicy\n', 'y.yaml')).toThrow(/^y\.yaml:\d+:\d+: YAML: /);
  });

  it('an empty file is an error, not an empty policy', () => {
    expect(() => parsePolicy('# nothing\n', 'empty.yaml')).toThrow('empty.yaml:1:1: no PostgresPolicy document found');
  });
});

describe('policyFor', () => {
  const set = parsePolicy(read('strict-and-loose.yaml'), 'p.yaml');

  it('first match wins: namespace globs', () => {
    expect(policyFor({ object: object('shop-prod') }, set).name).toBe('production');
    expect(policyFor({ object: object('shop-dev') }, set).name).toBe('development');
  });

  it('labels and files must all match', () => {
    const labelled = { object: object('payments', { team: 'payments' }), file: 'clusters/payments/pg.yaml' };
    expect(policyFor(labelled, set).name).toBe('team-labelled');
    expect(policyFor({ ...labelled, file: 'clusters/other/pg.yaml' }, set).name).toBe('recommended');
    expect(policyFor({ object: object('payments', { team: 'payments' }) }, set).name).toBe('recommended');
  });

  it('no policy set, or no match: the recommended preset', () => {
    expect(policyFor({ object: object('x') }, undefined)).toBe(recommendedPolicy);
    expect(policyFor({ object: object() }, set)).toBe(recommendedPolicy);
  });

  it('evaluate applies each object its own policy', () => {
    const inputs = [{ object: object('shop-prod') }, { object: object('shop-dev') }];
    const findings = evaluate(inputs, { policy: set }).filter((f) => f.ruleId === 'replicas');
    // prod: min 3 at severity error; dev: min 1, so nothing.
    expect(findings.map((f) => [f.objectIndex, f.severity])).toEqual([[0, 'error']]);
    expect(findings[0]?.message).toContain('fewer than 3');
  });
});

describe('policy JSON Schema', () => {
  const file = path.join(repoRoot, 'docs/policy.schema.json');
  const generated = `${JSON.stringify(policySchema(), null, 2)}\n`;

  it('docs/policy.schema.json is in sync with the rules (UPDATE_POLICY_SCHEMA=1 to rewrite)', () => {
    if (process.env.UPDATE_POLICY_SCHEMA === '1') writeFileSync(file, generated);
    expect(readFileSync(file, 'utf8')).toBe(generated);
  });

  it('has a property for every rule', () => {
    const rules = (policySchema().properties as { spec: { properties: { rules: { properties: object } } } }).spec.properties.rules.properties;
    expect(Object.keys(rules).sort()).toEqual(ruleMetas.map((m) => m.id).sort());
  });
});
