// The operators' profiles as the webhook asks them (src/policies/adapters/profiles.ts): the related objects an object
// needs, and what a `/scale` request changes. A profile answering wrongly shows here as a wrong GET, a missing
// configuration, or a scaled count judged at the wrong field.
import { describe, expect, it } from 'vitest';
import { buildModel, parsePolicy, type RelatedObjectNeed, relatedNeeds, scaleSubject } from '../../src/policies/index.js';
import { decide } from '../../src/webhook/decide.js';
import { realEngine } from '../../src/webhook/engine.js';
import { parseReview } from '../../src/webhook/review.js';
import type { AdmissionRequest } from '../../src/webhook/types.js';
import { KINDS, scaleReview } from './helpers.js';
import { cnpg, pgoUserSecret, pgoV4, pgoV5, scheduledBackup, statefulSet, zalando } from './manifests.js';

function requestOf(body: Record<string, unknown>): AdmissionRequest {
  const parsed = parseReview(body);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.request;
}

describe('relatedNeeds', () => {
  it('a CNPG ScheduledBackup needs the Cluster it names, in its own namespace (LocalObjectReference)', () => {
    const needs = relatedNeeds(scheduledBackup('nightly', 'db-prod', { cluster: 'pg-main' }));
    expect(needs).toEqual([
      expect.objectContaining({ need: 'object', id: 'cnpg-cluster', group: 'postgresql.cnpg.io', version: 'v1', kind: 'Cluster', resource: 'clusters', namespace: 'db-prod', name: 'pg-main' }),
    ]);
  });

  it('the namespace comes from the request when the object has none; without either nothing can be read', () => {
    const backup = scheduledBackup('nightly', 'db-prod');
    const { namespace: _dropped, ...metadata } = backup.metadata;
    const bare = { ...backup, metadata };
    expect((relatedNeeds(bare, 'team-a')[0] as RelatedObjectNeed).namespace).toBe('team-a');
    expect(relatedNeeds(bare)).toEqual([]);
  });

  it('a missing, malformed or placeholder cluster name names nothing to read (the engine reports the field)', () => {
    for (const cluster of ['', 'Not_A_Name', '${' + 'CLUSTER}']) {
      expect(relatedNeeds(scheduledBackup('nightly', 'db-prod', { cluster }))).toEqual([]);
    }
  });

  it('in place of a missing Cluster: one the CNPG adapter reads as a Cluster of that name, so the schedule is placed', () => {
    const [need] = relatedNeeds(scheduledBackup('nightly', 'db-prod', { cluster: 'pg-later' })) as RelatedObjectNeed[];
    const model = buildModel([{ object: scheduledBackup('nightly', 'db-prod', { cluster: 'pg-later' }) }, { object: need!.whenAbsent!() }]);
    expect(model.clusters.map((c) => c.resource)).toEqual([{ apiVersion: 'postgresql.cnpg.io/v1', kind: 'Cluster', name: 'pg-later', namespace: 'db-prod' }]);
    expect(model.clusters[0]!.backups.schedules.map((s) => s.schedule.value)).toEqual(['0 0 2 * * *']);
    expect(model.problems).toEqual([]);
  });

  it('a Zalando postgresql needs the operator configuration; a Secret its users; clusters of other kinds nothing', () => {
    expect(relatedNeeds(zalando())).toEqual([{ need: 'operator-configuration', operator: 'zalando', role: 'the operator configuration' }]);
    expect(relatedNeeds(pgoUserSecret('hippo', 'app', 'db-prod', { password: '' }))).toEqual([
      { need: 'secret-users', namespace: 'db-prod', name: 'hippo-pguser-app', role: 'the workloads that read it' },
    ]);
    for (const object of [pgoV5(), pgoV4(), cnpg(), statefulSet(), null, 'text', { kind: 'ScheduledBackup', apiVersion: 'other.io/v1' }]) {
      expect(relatedNeeds(object)).toEqual([]);
    }
  });
});

describe('scaleSubject', () => {
  it('CNPG Cluster scales spec.instances; a StatefulSet spec.replicas; PGO and Zalando kinds have no scale subresource', () => {
    expect(scaleSubject('postgresql.cnpg.io', 'clusters')).toMatchObject({ kind: 'Cluster', replicasPath: '/spec/instances' });
    expect(scaleSubject('apps', 'statefulsets')).toMatchObject({ kind: 'StatefulSet', replicasPath: '/spec/replicas' });
    for (const [group, resource] of [
      ['postgres-operator.crunchydata.com', 'postgresclusters'],
      ['acid.zalan.do', 'postgresqls'],
      ['crunchydata.com', 'pgclusters'],
      ['apps', 'deployments'],
      ['postgresql.cnpg.io', 'poolers'],
    ] as const) {
      expect(scaleSubject(group, resource)).toBeUndefined();
    }
  });

  it('writes the count into a copy of the stored object at replicasPath, and the adapter reads it there', () => {
    const stored = cnpg('pg-main', 'db-prod', { instances: 3 });
    const scaled = scaleSubject('postgresql.cnpg.io', 'clusters')!.scaled(stored, 'pg-main', 'db-prod', 1);
    expect(stored.spec.instances).toBe(3);
    expect(scaled).toEqual({ ...stored, spec: { ...stored.spec, instances: 1 } });
    expect(buildModel([{ object: scaled }]).clusters[0]!.totalInstances.value).toBe(1);
    const set = statefulSet('pg', 'db-prod', { replicas: 3 });
    const scaledSet = scaleSubject('apps', 'statefulsets')!.scaled(set, 'pg', 'db-prod', 5);
    expect(set.spec.replicas).toBe(3);
    expect(buildModel([{ object: scaledSet }]).clusters[0]!.totalInstances.value).toBe(5);
  });

  it('without the stored object, writes the object of its kind the adapter reads with that count', () => {
    for (const [group, resource, replicas] of [
      ['postgresql.cnpg.io', 'clusters', 2],
      ['apps', 'statefulsets', 4],
    ] as const) {
      const object = scaleSubject(group, resource)!.scaled(undefined, 'x', 'ns', replicas);
      const [cluster] = buildModel([{ object }]).clusters;
      expect(cluster?.resource).toMatchObject({ name: 'x', namespace: 'ns' });
      expect(cluster?.totalInstances.value).toBe(replicas);
    }
  });
});

describe('the webhook judges the stored object as scaled', () => {
  const strict = {
    engine: realEngine,
    policy: parsePolicy('apiVersion: pgwarden.io/v1alpha1\nkind: PostgresPolicy\nmetadata: {name: strict}\nspec:\n  rules:\n    replicas: {min: 2, severity: error}\n', 'strict.yaml'),
  };

  it('a StatefulSet that is not Postgres (stored, from the cache) is not judged as one when scaled to 1', () => {
    const nginx = statefulSet('web', 'db', { image: 'nginx:1.27', replicas: 3 });
    const request = requestOf(scaleReview(KINDS.StatefulSet, 'web', 'db', 1));
    expect(decide(request, 'validate', strict).response.allowed).toBe(false);
    expect(decide(request, 'validate', { ...strict, related: { objects: [], stored: nginx, reason: 'scale-stored' } }).response.allowed).toBe(true);
  });

  it('only what the count decides counts: the stored Cluster’s own problems stay out of a scale answer', () => {
    const stored = { ...cnpg('pg-main', 'db', { instances: 3 }), spec: { ...cnpg().spec, imageName: 'postgres:latest' } };
    const up = decide(requestOf(scaleReview(KINDS.Cluster, 'pg-main', 'db', 3)), 'validate', { ...strict, related: { objects: [], stored, reason: 'scale-stored' } });
    expect(up.response).toEqual({ uid: expect.any(String), allowed: true });
    const down = decide(requestOf(scaleReview(KINDS.Cluster, 'pg-main', 'db', 1)), 'validate', { ...strict, related: { objects: [], stored, reason: 'scale-stored' } });
    expect(down.response.allowed).toBe(false);
    expect(down.summary.findings.map((f) => f.ruleId)).toEqual(['replicas']);
    expect(down.response.status?.message).toContain('Cluster/scale db/pg-main');
  });
});

describe('relatedNeeds with secrets (serve --read-secrets)', () => {
  it('names the Secrets each flavour reads its passwords from, in the object’s namespace, counted as the request’s own', () => {
    const names = (object: unknown, namespace?: string) =>
      (relatedNeeds(object, namespace, { secrets: true }) as RelatedObjectNeed[]).filter((n) => n.kind === 'Secret').map((n) => `${n.namespace}/${n.name}${n.counts ? '' : ' (not counted)'}`);
    expect(names(pgoV5('hippo', 'db-prod'))).toEqual(['db-prod/hippo-pguser-app']);
    expect(names(cnpg('pg-main', 'db-prod'))).toContain('db-prod/pg-main-app');
    expect(names(statefulSet('pg', 'db-prod', { env: [] }))).toEqual([]);
    const { namespace: _dropped, ...metadata } = pgoV5('hippo', 'db-prod').metadata;
    expect(names({ ...pgoV5(), metadata }, 'team-a')).toEqual(['team-a/hippo-pguser-app']);
    expect(names({ ...pgoV5(), metadata })).toEqual([]);
  });

  it('names none unless asked: a door without read access to Secrets never sees such a need', () => {
    expect(relatedNeeds(pgoV5()).some((n) => n.need === 'object')).toBe(false);
  });
});
