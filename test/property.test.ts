// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Flux/OpenShift placeholders are the test data here
// Property: whatever JSON lands wherever in real-looking manifests of the known kinds, buildModel never throws, reports
// well-formed problems and clusters, never keeps a Secret's value, and every fix patch applies to its input object.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import fastJsonPatch, { type Operation } from 'fast-json-patch';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { buildModel } from '../src/policies/adapters/index.js';
import type { Model, Sourced } from '../src/policies/model.js';
import { pathsOf, setAt } from './support/mutate.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const seeds: unknown[] = parseAllDocuments(readFileSync(path.join(here, 'fixtures/manifests/all-flavours.yaml'), 'utf8')).map((doc) => doc.toJS() as unknown);

const placeholder = fc.constantFrom('${VAR}', '${VAR:=3}', '${{PARAM}}', 'pre-${X}-post');
const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  placeholder,
  fc.constantFrom(null, [], {}, '', 0, -1, 1.5, true, 'three', 'required', 'disabled', 'emptydir', 'on', '0 0 2 * * *', 'postgres:latest'),
);
const mutation = fc.record({ seed: fc.nat(), pathIndex: fc.nat(), value: wrongValue, remove: fc.boolean() });

function mutated(mutations: { seed: number; pathIndex: number; value: unknown; remove: boolean }[]): unknown[] {
  const objects = seeds.map((seed) => structuredClone(seed));
  for (const change of mutations) {
    const index = change.seed % objects.length;
    const paths = pathsOf(objects[index]);
    const at = paths.length === 0 ? [] : paths[change.pathIndex % paths.length]!;
    objects[index] = setAt(objects[index], at, change.value, change.remove);
  }
  return objects;
}

const isPointer = (value: unknown) => typeof value === 'string' && (value === '' || value.startsWith('/'));

function checkSourced(sourced: Sourced<unknown>, count: number): void {
  expect(isPointer(sourced.path)).toBe(true);
  if (sourced.objectIndex !== undefined) {
    expect(sourced.objectIndex).toBeLessThan(count);
    expect(sourced.resource?.kind).toBeTypeOf('string');
  }
}

function applies(object: unknown, patch: Operation[]): void {
  expect(() => fastJsonPatch.applyPatch(structuredClone(object), patch, true, false)).not.toThrow();
}

function checkModel(model: Model, objects: unknown[]): void {
  for (const problem of model.problems) {
    expect(problem.objectIndex).toBeLessThan(objects.length);
    expect(isPointer(problem.path)).toBe(true);
    expect(problem.message.length).toBeGreaterThan(10);
    expect(problem.message).not.toContain('internal error');
  }
  for (const cluster of model.clusters) {
    const object = objects[cluster.objectIndex];
    checkSourced(cluster.totalInstances, objects.length);
    checkSourced(cluster.shutdown, objects.length);
    const total = cluster.totalInstances.value;
    if (total !== undefined) expect(Number.isInteger(total) && total >= 0).toBe(true);
    for (const set of cluster.instanceSets) {
      expect(isPointer(set.path)).toBe(true);
      checkSourced(set.replicas, objects.length);
      const own = set.spreading.terms.filter((term) => term.selectsOwnPods && !term.unknown);
      const expected = own.some((term) => term.level === 'hard') ? 'hard' : own.length > 0 ? 'soft' : 'none';
      expect(set.spreading.level).toBe(expected);
      for (const term of set.spreading.terms) expect(isPointer(term.path)).toBe(true);
      if (set.spreading.addSoftAntiAffinity) applies(object, set.spreading.addSoftAntiAffinity);
    }
    for (const volume of cluster.volumes) {
      checkSourced(volume.storageClass, objects.length);
      if (volume.storageClass.value !== undefined) expect(typeof volume.storageClass.value).toBe('string');
      if (volume.setStorageClass) applies(object, volume.setStorageClass('gp3'));
    }
    for (const image of cluster.images) {
      checkSourced(image.reference, objects.length);
      if (image.reference.value !== undefined) expect(typeof image.reference.value).toBe('string');
      if (image.setReference) applies(object, image.setReference('postgres:16.4'));
    }
    for (const schedule of cluster.backups.schedules) checkSourced(schedule.schedule, objects.length);
    for (const retention of cluster.backups.retention) checkSourced(retention.setting, objects.length);
  }
}

describe('buildModel on mutated manifests', () => {
  it('never throws; problems, clusters and fixes are well-formed', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (mutations) => {
        const objects = mutated(mutations);
        const model = buildModel(objects.map((object) => ({ object })));
        checkModel(model, objects);
      }),
      { numRuns: 400 },
    );
  });

  it('the unmutated seed builds one cluster per flavour, each fix applying', () => {
    const model = buildModel(seeds.map((object) => ({ object })));
    expect(model.clusters.map((cluster) => cluster.flavour).sort()).toEqual(['cnpg', 'pgo-v4', 'pgo-v5', 'statefulset', 'zalando']);
    expect(model.problems).toEqual([]);
    checkModel(model, seeds);
  });

  it('any top-level value (null, arrays, numbers, wrong kinds) is skipped or reported, never thrown', () => {
    const kinds = seeds.map((seed) => [(seed as { apiVersion: string }).apiVersion, (seed as { kind: string }).kind] as const);
    fc.assert(
      fc.property(fc.constantFrom(...kinds), fc.jsonValue({ maxDepth: 4 }), fc.jsonValue({ maxDepth: 3 }), ([apiVersion, kind], spec, metadata) => {
        const objects = [{ apiVersion, kind, metadata, spec }, spec, null, [spec], { apiVersion, kind, metadata: { name: 'x' }, spec, configuration: spec, data: spec }];
        checkModel(
          buildModel(objects.map((object) => ({ object, oldObject: spec }))),
          objects,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('a Secret value never reaches the model, whatever it is', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 6 }).map((text) => `SECRET-${text}`), fc.boolean(), (value, asData) => {
        const stored = asData ? Buffer.from(value).toString('base64') : value;
        const secret = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, [asData ? 'data' : 'stringData']: { password: stored } };
        const text = JSON.stringify(buildModel([{ object: secret, oldObject: secret }]));
        expect(text).not.toContain(stored);
        expect(text).not.toContain(value);
      }),
      { numRuns: 200 },
    );
  });
});
