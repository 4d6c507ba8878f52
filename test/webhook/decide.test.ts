// decide() with the real engine: AdmissionReview requests as the apiserver sends them → admission responses.
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../src/policies/index.js';
import { boundedWarnings, decide, fieldOf, MUTATED_ANNOTATION, WARNING_MAX } from '../../src/webhook/decide.js';
import { realEngine } from '../../src/webhook/engine.js';
import { parseReview } from '../../src/webhook/review.js';
import type { AdmissionRequest } from '../../src/webhook/types.js';
import { KINDS, review, scaleReview } from './helpers.js';
import { b64, cnpg, pgoUserSecret, pgoV4, pgoV5, statefulSet, zalando, zalandoUserSecret } from './manifests.js';

function requestOf(body: Record<string, unknown>): AdmissionRequest {
  const parsed = parseReview(body);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.request;
}

const builtin = { engine: realEngine, policy: undefined };

function validate(body: Record<string, unknown>, context: Parameters<typeof decide>[2] = builtin) {
  return decide(requestOf(body), 'validate', context);
}

describe('decide: the five kinds through the real engine', () => {
  it('allows a clean PostgresCluster and answers with the request uid', () => {
    const body = review(KINDS.PostgresCluster, pgoV5());
    const { response, summary } = validate(body);
    expect(response.uid).toBe((body.request as { uid: string }).uid);
    expect(response.allowed).toBe(true);
    expect(response.status).toBeUndefined();
    expect(summary.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('denies a PostgresCluster with a :latest image: 403 naming the rule, the field and what to write', () => {
    const { response, summary } = validate(review(KINDS.PostgresCluster, pgoV5('hippo', 'db-prod', { image: 'postgres:latest' })));
    expect(response.allowed).toBe(false);
    expect(response.status?.code).toBe(403);
    expect(response.status?.reason).toBe('Forbidden');
    expect(response.status?.message).toContain('[image-tag] spec.image');
    expect(response.status?.message).toMatch(/full version tag/);
    expect(response.status?.message).toContain('PostgresCluster db-prod/hippo');
    expect(summary.decision).toBe('denied');
  });

  it('warns (and allows) a CNPG Cluster with one instance; each warning under 120 characters', () => {
    const { response } = validate(review(KINDS.Cluster, cnpg('pg', 'db', { instances: 1 })));
    expect(response.allowed).toBe(true);
    const replicas = response.warnings?.find((w) => w.startsWith('[replicas] spec.instances'));
    expect(replicas).toBeDefined();
    for (const warning of response.warnings ?? []) expect(warning.length).toBeLessThan(WARNING_MAX);
  });

  it('denies a StatefulSet with ALLOW_EMPTY_PASSWORD=yes (password-reset, error)', () => {
    const bad = statefulSet('pg', 'db', { image: 'bitnami/postgresql:16.4.0-debian-12-r0', env: [{ name: 'ALLOW_EMPTY_PASSWORD', value: 'yes' }] });
    const { response } = validate(review(KINDS.StatefulSet, bad));
    expect(response.allowed).toBe(false);
    expect(response.status?.message).toContain('[password-reset] spec.template.spec.containers[0].env[0]');
  });

  it('judges a Zalando postgresql and a PGO v4 Pgcluster (no crash, findings name their fields)', () => {
    const zal = validate(review(KINDS.postgresql, zalando('acid-main', 'db', { instances: 1 })));
    expect(zal.response.allowed).toBe(true);
    expect(zal.summary.findings.map((f) => f.ruleId)).toContain('replicas');
    const v4 = validate(review(KINDS.Pgcluster, pgoV4()));
    expect(v4.response.allowed).toBe(true);
    expect(v4.summary.findings.every((f) => f.severity !== 'error')).toBe(true);
  });

  it('a malformed object of a known kind is a deny with the field named, not an error', () => {
    const malformed = { apiVersion: 'postgresql.cnpg.io/v1', kind: 'Cluster', metadata: { name: 'x', namespace: 'db' }, spec: { instances: 'three', storage: { size: '1Gi' } } };
    const { response, summary } = validate(review(KINDS.Cluster, malformed));
    expect(response.allowed).toBe(false);
    expect(response.status?.code).toBe(403);
    expect(response.status?.message).toContain('[invalid-manifest] spec.instances');
    expect(summary.decision).toBe('denied');
  });

  it('request.object that is not an object is a 400 deny naming request.object', () => {
    const body = review(KINDS.Cluster, 'not an object');
    const { response } = validate(body);
    expect(response.allowed).toBe(false);
    expect(response.status?.code).toBe(400);
    expect(response.status?.message).toContain('request.object');
  });
});

describe('decide: operations', () => {
  it('DELETE (object null) and CONNECT are allowed without evaluation', () => {
    const del = validate(review(KINDS.PostgresCluster, null, { operation: 'DELETE', oldObject: pgoV5('h', 'db', { image: 'postgres:latest' }) }));
    expect(del.response).toEqual({ uid: expect.any(String), allowed: true });
    expect(del.summary.decision).toBe('skipped');
    const connect = validate(review(KINDS.StatefulSet, { kind: 'PodExecOptions' }, { operation: 'CONNECT' }));
    expect(connect.response.allowed).toBe(true);
    expect(connect.summary.decision).toBe('skipped');
  });

  it('UPDATE judges the new object, not the old one', () => {
    const fixed = validate(review(KINDS.PostgresCluster, pgoV5(), { operation: 'UPDATE', oldObject: pgoV5('hippo', 'db-prod', { image: 'postgres:latest' }) }));
    expect(fixed.response.allowed).toBe(true);
    const broken = validate(review(KINDS.PostgresCluster, pgoV5('hippo', 'db-prod', { image: 'postgres:latest' }), { operation: 'UPDATE', oldObject: pgoV5() }));
    expect(broken.response.allowed).toBe(false);
  });

  it('dryRun requests are judged exactly like real ones', () => {
    const bad = pgoV5('hippo', 'db-prod', { image: 'postgres:latest' });
    const real = validate(review(KINDS.PostgresCluster, bad, { uid: 'same-uid' }));
    const dry = validate(review(KINDS.PostgresCluster, bad, { uid: 'same-uid', dryRun: true }));
    expect(dry.response).toEqual(real.response);
  });

  it('status and other subresources are not judged', () => {
    const body = review(KINDS.Cluster, cnpg('pg', 'db', { instances: 0 }), { operation: 'UPDATE', oldObject: cnpg(), subResource: 'status' });
    expect(validate(body).summary.decision).toBe('skipped');
  });
});

describe('decide: scale subresources', () => {
  const strict = {
    engine: realEngine,
    policy: parsePolicy('apiVersion: pgwarden.io/v1alpha1\nkind: PostgresPolicy\nmetadata: {name: strict}\nspec:\n  rules:\n    replicas: {min: 2, severity: error}\n', 'strict.yaml'),
  };

  it('kubectl scale statefulset --replicas=1 is judged by the replicas rule against the policy', () => {
    const { response } = validate(scaleReview(KINDS.StatefulSet, 'pg', 'db', 1), strict);
    expect(response.allowed).toBe(false);
    expect(response.status?.message).toContain('StatefulSet/scale db/pg');
    expect(response.status?.message).toContain('[replicas] spec.replicas');
    expect(response.status?.message).toContain('policy strict');
  });

  it('a Scale to 0 omits spec.replicas (omitempty) and is read as 0: for a StatefulSet the engine calls that a shutdown', () => {
    const { response, summary } = validate(scaleReview(KINDS.StatefulSet, 'pg', 'db', 0), strict);
    expect(response.allowed).toBe(true);
    expect(summary.decision).not.toBe('skipped');
  });

  it('a CNPG Cluster scaled to 0 is below its CRD minimum: denied through invalid-manifest on spec.instances', () => {
    const { response } = validate(scaleReview(KINDS.Cluster, 'pg-main', 'db', 0));
    expect(response.allowed).toBe(false);
    expect(response.status?.message).toContain('[invalid-manifest] spec.instances');
  });

  it('scaling a CNPG Cluster to 1 warns, to 3 passes, and only the replicas rule speaks', () => {
    const one = validate(scaleReview(KINDS.Cluster, 'pg-main', 'db', 1));
    expect(one.response.allowed).toBe(true);
    expect(one.summary.findings.map((f) => f.ruleId)).toEqual(['replicas']);
    const three = validate(scaleReview(KINDS.Cluster, 'pg-main', 'db', 3));
    expect(three.response).toEqual({ uid: expect.any(String), allowed: true });
  });

  it('a Scale with a negative replica count is a 400 deny naming the field', () => {
    const body = scaleReview(KINDS.Cluster, 'pg-main', 'db', 2);
    ((body.request as { object: { spec: { replicas: number } } }).object.spec as { replicas: number }).replicas = -1;
    const { response } = validate(body);
    expect(response.status?.code).toBe(400);
    expect(response.status?.message).toContain('spec.replicas');
  });

  it('the mutate endpoint never patches a Scale', () => {
    const { response } = decide(requestOf(scaleReview(KINDS.StatefulSet, 'pg', 'db', 0)), 'mutate', builtin);
    expect(response.allowed).toBe(true);
    expect(response.patch).toBeUndefined();
  });
});

describe('decide: Secrets', () => {
  it('a PGO v5 pguser Secret blanked on UPDATE is a deliberate reset: allowed (the cluster is inferred from its label and name)', () => {
    const old = pgoUserSecret('hippo', 'app', 'db', { password: b64('s3cret-value'), verifier: b64('SCRAM-SHA-256$4096:abc') });
    const reset = pgoUserSecret('hippo', 'app', 'db', { password: '', verifier: '' });
    const { response, summary } = validate(review(KINDS.Secret, reset, { operation: 'UPDATE', oldObject: old }));
    expect(response.allowed).toBe(true);
    expect(summary.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(JSON.stringify(response)).not.toContain('s3cret-value');
    expect(JSON.stringify(summary)).not.toContain(b64('s3cret-value'));
  });

  it('never puts a Secret value in a response or summary', () => {
    const secret = zalandoUserSecret('acid-main', 'app', 'db', { username: b64('app'), password: b64('hunter2-topsecret') });
    const result = validate(review(KINDS.Secret, secret, { operation: 'UPDATE', oldObject: secret }));
    const text = JSON.stringify(result);
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain(b64('hunter2-topsecret'));
  });
});

describe('decide: policy modes and mutation', () => {
  const auditPolicy = parsePolicy(
    `apiVersion: pgwarden.io/v1alpha1
kind: PostgresPolicy
metadata: {name: rollout}
spec:
  mode: audit
`,
    'audit.yaml',
  );

  it('audit mode allows and turns errors into warnings', () => {
    const { response, summary } = validate(review(KINDS.PostgresCluster, pgoV5('hippo', 'db-prod', { image: 'postgres:latest' })), {
      engine: realEngine,
      policy: auditPolicy,
    });
    expect(response.allowed).toBe(true);
    expect(response.warnings?.some((w) => w.startsWith('audit: [image-tag] spec.image'))).toBe(true);
    expect(summary.mode).toBe('audit');
    expect(summary.policy).toBe('rollout');
  });

  const mutatePolicy = parsePolicy(
    `apiVersion: pgwarden.io/v1alpha1
kind: PostgresPolicy
metadata: {name: prod}
spec:
  match: {namespaces: ["*-prod"]}
  rules:
    storage-class:
      allowed: [fast-ssd]
      default: fast-ssd
      mutate: true
---
apiVersion: pgwarden.io/v1alpha1
kind: PostgresPolicy
metadata: {name: dev}
spec:
  rules:
    storage-class:
      allowed: [fast-ssd]
      default: fast-ssd
`,
    'mutate.yaml',
  );

  it('/mutate patches only rules that opt in (mutate: true), records it in an annotation, and the patch applies', async () => {
    const jsonPatch = (await import('fast-json-patch')).default;
    const object = cnpg('pg', 'db-prod', { storageClass: 'slow-hdd' });
    const { response, summary } = decide(requestOf(review(KINDS.Cluster, object)), 'mutate', { engine: realEngine, policy: mutatePolicy });
    expect(response.allowed).toBe(true);
    expect(response.patchType).toBe('JSONPatch');
    expect(summary.decision).toBe('mutated');
    const ops = JSON.parse(Buffer.from(response.patch ?? '', 'base64').toString());
    const patched = jsonPatch.applyPatch(structuredClone(object), ops, true).newDocument as ReturnType<typeof cnpg> & {
      metadata: { annotations?: Record<string, string> };
    };
    expect(patched.spec.storage.storageClass).toBe('fast-ssd');
    expect(patched.metadata.annotations?.[MUTATED_ANNOTATION]).toContain('storage-class');
    // Reinvocation (the apiserver may call a mutating webhook again): nothing left to change.
    const again = decide(requestOf(review(KINDS.Cluster, patched)), 'mutate', { engine: realEngine, policy: mutatePolicy });
    expect(again.response.patch).toBeUndefined();
  });

  it('/mutate leaves objects alone where the policy does not opt in, and /validate still denies there', () => {
    const object = cnpg('pg', 'db-dev', { storageClass: 'slow-hdd' });
    const mutated = decide(requestOf(review(KINDS.Cluster, object)), 'mutate', { engine: realEngine, policy: mutatePolicy });
    expect(mutated.response).toEqual({ uid: expect.any(String), allowed: true });
    const validated = decide(requestOf(review(KINDS.Cluster, object)), 'validate', { engine: realEngine, policy: mutatePolicy });
    expect(validated.response.allowed).toBe(false);
    expect(validated.response.status?.message).toContain('[storage-class]');
    expect(validated.response.status?.message).toContain('policy dev');
  });

  it('StorageClass informer data: a class that does not exist in the cluster is flagged', () => {
    const object = cnpg('pg', 'db', { storageClass: 'gone' });
    const known = validate(review(KINDS.Cluster, object), { engine: realEngine, policy: undefined, clusterStorageClasses: ['gone', 'standard'] });
    expect(known.response.allowed).toBe(true);
    const missing = validate(review(KINDS.Cluster, object), { engine: realEngine, policy: undefined, clusterStorageClasses: ['standard'] });
    expect(missing.response.allowed).toBe(false);
    expect(missing.response.status?.message).toContain('[storage-class]');
  });
});

describe('decide: engine failures and message bounds', () => {
  it('an engine that throws becomes a deny naming pgwarden, never an exception', () => {
    const throwing = { ...realEngine, evaluate: () => { throw new Error('boom'); } };
    const { response, summary } = validate(review(KINDS.Cluster, cnpg()), { engine: throwing, policy: undefined });
    expect(response.allowed).toBe(false);
    expect(response.status?.code).toBe(500);
    expect(response.status?.message).toContain('internal error judging Cluster db-prod/pg-main: boom');
    expect(summary.decision).toBe('error');
  });

  it('warnings: deduplicated, each < 120 chars, all < 4096, with a note when some are cut', () => {
    const lines = Array.from({ length: 200 }, (_, i) => `[replicas] spec.instances[${i % 50}]: ${'x'.repeat(150)}`);
    const out = boundedWarnings(lines);
    expect(new Set(out).size).toBe(out.length);
    for (const w of out) expect(w.length).toBeLessThan(120);
    expect(out.join('').length).toBeLessThan(4096);
    expect(out.at(-1)).toMatch(/more findings not shown/);
    expect(boundedWarnings(['a', 'a', 'b'])).toEqual(['a', 'b']);
  });

  it('fieldOf turns pointers into YAML paths', () => {
    expect(fieldOf('/spec/instances/0/replicas')).toBe('spec.instances[0].replicas');
    expect(fieldOf('/metadata/annotations/pgwarden.io~1mutated')).toBe('metadata.annotations["pgwarden.io/mutated"]');
    expect(fieldOf('')).toBe('(object)');
  });
});
