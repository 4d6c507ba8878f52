// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Flux placeholders are the test data here
// Property: whatever lands wherever in the rule fixtures (every flavour), evaluate never throws, no rule throws
// (no internal-error), findings are well-formed, every fix applies, and no Secret value reaches a message.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import fastJsonPatch from 'fast-json-patch';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/policies/engine.js';
import { parsePolicy } from '../src/policies/policy.js';
import { loadManifests } from '../src/policies/rule-tester.js';
import { repoRoot } from './rules/helpers.js';
import { pathsOf, setAt } from './support/mutate.js';

const fixtureRoot = path.join(repoRoot, 'test/fixtures/rules');
const groups: unknown[][] = readdirSync(fixtureRoot).flatMap((rule) =>
  readdirSync(path.join(fixtureRoot, rule)).map((file) =>
    loadManifests(readFileSync(path.join(fixtureRoot, rule, file), 'utf8')).map((input) => input.object),
  ),
);

// Every option of every rule switched on, so every code path of the rules runs.
const strict = parsePolicy(`apiVersion: pgwarden.io/v1alpha1
kind: PostgresPolicy
metadata: {name: strict}
spec:
  rules:
    storage-class: {allowed: [fast-ssd], default: fast-ssd}
    anti-affinity: {requireHard: true, topologyKey: topology.kubernetes.io/zone}
    replicas: {min: 3, max: 4}
    image-tag: {requireDigest: true, allowedRegistries: [ghcr.io], pinned: {postgres: "postgres:16.4", ghcr.io/cloudnative-pg/postgresql: "ghcr.io/cloudnative-pg/postgresql:16.4"}}
    backup-schedule: {maxFullInterval: 1d}
`);

const value: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom('${VAR}', '${VAR:=3}', null, [], {}, '', 0, -1, 2.5, true, 'three', 'disabled', 'emptydir', 'on'),
  fc.constantFrom('0 2 * * *', '@every 1s', '* * * * * *', '0 0 31 2 *', 'TZ=UTC 0 1 * * *', 'postgres:latest', 'postgres@sha256:00'),
);
const change = fc.record({ pathIndex: fc.nat(), value, remove: fc.boolean() });

describe('evaluate on mutated fixtures', () => {
  it('never throws, no rule throws, findings well-formed, fixes apply, no Secret value in messages', () => {
    fc.assert(
      fc.property(fc.nat(), fc.array(change, { minLength: 1, maxLength: 5 }), fc.boolean(), (groupIndex, changes, useStrict) => {
        let objects = (groups[groupIndex % groups.length] ?? []).map((object) => structuredClone(object));
        for (const { pathIndex, value: replacement, remove } of changes) {
          const target = pathIndex % objects.length;
          const paths = pathsOf(objects[target]);
          const at = paths[pathIndex % Math.max(paths.length, 1)] ?? [];
          objects = objects.map((object, index) => (index === target ? setAt(object, at, replacement, remove) : object));
        }
        const inputs = objects.map((object) => ({ object, oldObject: object }));
        const findings = evaluate(inputs, useStrict ? { policy: strict, clusterStorageClasses: ['fast-ssd'] } : {});
        for (const finding of findings) {
          expect(finding.ruleId).not.toBe('internal-error');
          expect(finding.objectIndex).toBeGreaterThanOrEqual(0);
          expect(finding.objectIndex).toBeLessThan(objects.length);
          expect(finding.path === '' || finding.path.startsWith('/')).toBe(true);
          expect(finding.message).not.toContain('not-a-real-password-but-set');
          if (finding.fix) {
            const target = structuredClone(objects[finding.objectIndex]);
            expect(() => fastJsonPatch.applyPatch(target, finding.fix!.patch, true, false)).not.toThrow();
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
