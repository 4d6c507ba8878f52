// The real HTTPS server with real AdmissionReview v1 payloads: answers, garbage, health, metrics, logs,
// policy reload, certificate rotation, a failing engine and draining.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { Agent } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request as httpsRequest } from 'node:https';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/webhook/main.js';
import {
  KINDS,
  type KindInfo,
  get,
  logSink,
  makePki,
  post,
  responseOf,
  review,
  scaleReview,
  servedSerial,
  type TestPki,
  until,
} from './helpers.js';
import { throwingEngine } from './throwing-engine.js';
import { b64, cnpg, pgoUserSecret, pgoV4, pgoV5, statefulSet, zalando, zalandoUserSecret } from './manifests.js';

const ENFORCE = `apiVersion: pgwarden.io/v1alpha1
kind: PostgresPolicy
metadata: {name: prod-strict}
spec:
  mode: enforce
  match: {namespaces: ["*-prod"]}
  rules:
    storage-class: {allowed: [fast-ssd], default: fast-ssd, mutate: true}
    replicas: {min: 2, severity: error}
---
apiVersion: pgwarden.io/v1alpha1
kind: PostgresPolicy
metadata: {name: default}
spec:
  mode: enforce
`;
const AUDIT = ENFORCE.replace(/mode: enforce/g, 'mode: audit');
const INVALID = `apiVersion: pgwarden.io/v1alpha1
kind: PostgresPolicy
metadata: {name: broken}
spec:
  mode: sometimes
  rules:
    replicas: {min: "two"}
`;

const bad = () => pgoV5('hippo', 'db-prod', { image: 'postgres:latest' });

describe('webhook server (inline evaluation, policy file)', () => {
  let pki: TestPki;
  let server: RunningServer;
  let policyFile: string;
  const sink = logSink();
  const logger = pino({ level: 'info' }, sink.stream);
  const send = (body: unknown, path = '/validate') => post(server.url, path, JSON.stringify(body), pki.ca);

  beforeAll(async () => {
    pki = makePki();
    const dir = mkdtempSync(join(tmpdir(), 'pgwarden-policy-'));
    policyFile = join(dir, 'policy.yaml');
    writeFileSync(policyFile, ENFORCE);
    server = await startServer({
      port: 0,
      tls: { certFile: pki.certFile, keyFile: pki.keyFile },
      policyFile,
      bodyLimit: 256 * 1024,
      filePollMs: 50,
      logger,
      defaultMetrics: false,
    });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('answers a CREATE with an AdmissionReview carrying the request uid', async () => {
    const body = review(KINDS.PostgresCluster, pgoV5());
    const result = await send(body);
    expect(result.status).toBe(200);
    const response = responseOf(result);
    expect(response.uid).toBe((body.request as { uid: string }).uid);
    expect(response.allowed).toBe(true);
  });

  it('denies with 403, the rule, the field and the policy name', async () => {
    const response = responseOf(await send(review(KINDS.PostgresCluster, bad())));
    expect(response.allowed).toBe(false);
    expect(response.status?.code).toBe(403);
    expect(response.status?.message).toContain('[image-tag] spec.image');
    expect(response.status?.message).toContain('policy prod-strict, enforce');
  });

  it('/mutate returns a base64 JSONPatch for the opted-in rule', async () => {
    const response = responseOf(await send(review(KINDS.Cluster, cnpg('pg', 'db-prod', { storageClass: 'slow' })), '/mutate'));
    expect(response.allowed).toBe(true);
    expect(response.patchType).toBe('JSONPatch');
    const ops = JSON.parse(Buffer.from(response.patch ?? '', 'base64').toString()) as { path: string; value: unknown }[];
    expect(ops).toContainEqual(expect.objectContaining({ path: '/spec/storage/storageClass', value: 'fast-ssd' }));
  });

  it('answers DELETE (object null), dryRun and scale requests', async () => {
    const del = responseOf(await send(review(KINDS.PostgresCluster, null, { operation: 'DELETE', oldObject: bad() })));
    expect(del.allowed).toBe(true);
    const dry = responseOf(await send(review(KINDS.PostgresCluster, bad(), { dryRun: true })));
    expect(dry.allowed).toBe(false);
    const scale = responseOf(await send(scaleReview(KINDS.StatefulSet, 'pg', 'db-prod', 1)));
    expect(scale.allowed).toBe(false);
    expect(scale.status?.message).toContain('[replicas]');
  });

  it('the five kinds and an operator Secret over HTTPS, on CREATE and on UPDATE with oldObject', async () => {
    const objects: [KindInfo, unknown][] = [
      [KINDS.PostgresCluster, pgoV5('hippo', 'db-prod')],
      [KINDS.Pgcluster, pgoV4('legacy', 'db-prod')],
      [KINDS.postgresql, zalando('acid-main', 'db-prod')],
      [KINDS.Cluster, cnpg('pg-main', 'db-prod')],
      [KINDS.StatefulSet, statefulSet('pg', 'db-prod', { replicas: 2 })],
      [KINDS.Secret, pgoUserSecret('hippo', 'app', 'db-prod', { password: b64('x'), verifier: b64('y') })],
    ];
    for (const [kind, object] of objects) {
      for (const operation of ['CREATE', 'UPDATE'] as const) {
        const body = review(kind, object, operation === 'UPDATE' ? { operation, oldObject: object } : {});
        const result = await send(body);
        expect(result.status, `${kind.kind} ${operation}`).toBe(200);
        const response = responseOf(result);
        expect(response.uid).toBe((body.request as { uid: string }).uid);
        expect(typeof response.allowed).toBe('boolean');
        if (!response.allowed) expect(response.status?.message, `${kind.kind} ${operation}`).toMatch(/^pgwarden denied .* \(policy /);
      }
    }
    const line = sink.lines.filter((l) => l.msg === 'admission' && l.kind === 'acid.zalan.do/postgresql').at(-1);
    expect(line).toMatchObject({ operation: 'UPDATE', namespace: 'db-prod', name: 'acid-main' });
  });

  // A body with a readable request.uid is refused inside an AdmissionReview (HTTP 200, status.code 400) so the
  // apiserver shows the reason; one without gets the HTTP 4xx.
  describe('garbage gets a 4xx with a clear message and the server stays up', () => {
    const cases: [string, string | Buffer, number, RegExp, string?][] = [
      ['non-JSON', 'this is { not json', 400, /not valid JSON/],
      ['a JSON array', '[{"kind":"AdmissionReview"}]', 400, /must be an AdmissionReview JSON object, got a JSON array/],
      ['a JSON string', '"AdmissionReview"', 400, /got a string/],
      ['no request', '{"apiVersion":"admission.k8s.io/v1","kind":"AdmissionReview"}', 400, /request is missing/],
      ['no uid', JSON.stringify({ ...review(KINDS.Cluster, cnpg()), request: { ...(review(KINDS.Cluster, cnpg()).request as object), uid: undefined } }), 400, /request\.uid/],
      ['admission v1beta1', JSON.stringify({ ...review(KINDS.Cluster, cnpg()), apiVersion: 'admission.k8s.io/v1beta1' }), 200, /admissionReviewVersions/],
      ['a bad operation', JSON.stringify({ ...review(KINDS.Cluster, cnpg()), request: { ...(review(KINDS.Cluster, cnpg()).request as object), operation: 'PATCH' } }), 200, /operation/],
      ['an empty body', '', 400, /empty/],
      ['text/plain', 'hello', 415, /Content-Type/, 'text/plain'],
      ['application/xml', '<AdmissionReview/>', 415, /Content-Type/, 'application/xml'],
      ['a body over the limit', Buffer.alloc(300 * 1024, 'a'), 413, /larger than the limit \(262144 bytes\)/],
    ];
    for (const [label, body, status, message, contentType] of cases) {
      it(label, async () => {
        const result = await post(server.url, '/validate', body, pki.ca, undefined, contentType);
        expect(result.status).toBe(status);
        if (status === 200) {
          const response = responseOf(result);
          expect(response.uid).toBe((JSON.parse(String(body)) as { request: { uid: string } }).request.uid);
          expect(response.allowed).toBe(false);
          expect(response.status?.code).toBe(400);
          expect(response.status?.message).toMatch(message);
        } else expect((result.json as { message: string }).message).toMatch(message);
        expect((await get(server.url, '/healthz', pki.ca)).status).toBe(200);
      });
    }
    it('garbage answers keep the connection open: no new TLS handshake per bad request', async () => {
      let handshakes = 0;
      const count = () => {
        handshakes++;
      };
      server.app.server.on('secureConnection', count);
      const agent = new Agent({ keepAlive: true, maxSockets: 1, ca: pki.ca });
      try {
        const bodies = ['not json', '', '[1]', '{"kind":"AdmissionReview"}', Buffer.alloc(300 * 1024, 'a'), JSON.stringify(review(KINDS.Cluster, cnpg()))];
        const statuses: number[] = [];
        for (const body of bodies) statuses.push((await post(server.url, '/validate', body, pki.ca, agent)).status);
        expect(statuses).toEqual([400, 400, 400, 400, 413, 200]);
        expect(handshakes).toBe(1);
      } finally {
        agent.destroy();
        server.app.server.off('secureConnection', count);
      }
    });
    it('an unknown path is a 404 that says which paths exist', async () => {
      const result = await post(server.url, '/admit', '{}', pki.ca);
      expect(result.status).toBe(404);
      expect(result.body).toContain('POST /validate');
    });
  });

  it('/healthz, /readyz (policy loaded) and /metrics', async () => {
    expect((await get(server.url, '/healthz', pki.ca)).json).toEqual({ status: 'ok' });
    const ready = await get(server.url, '/readyz', pki.ca);
    expect(ready.status).toBe(200);
    expect(ready.json).toMatchObject({ ready: true, checks: { policy: { version: 1 } } });
    const metrics = (await get(server.url, '/metrics', pki.ca)).body;
    expect(metrics).toMatch(/pgwarden_admission_requests_total\{endpoint="validate",operation="CREATE",result="denied"\} [1-9]/);
    expect(metrics).toMatch(/pgwarden_admission_requests_total\{endpoint="validate",operation="DELETE",result="skipped"\} 1/);
    expect(metrics).toMatch(/pgwarden_admission_duration_seconds_bucket\{le="0.01",endpoint="validate"\} [1-9]/);
    expect(metrics).toMatch(/pgwarden_findings_total\{rule="image-tag",severity="error"\} [1-9]/);
    expect(metrics).toMatch(/pgwarden_policy_reloads_total\{source="file",result="applied"\} 1/);
    expect(metrics).toMatch(/pgwarden_bad_requests_total\{reason="FST_ERR_CTP_BODY_TOO_LARGE"\} [1-9]/);
  });

  it('logs a review it let through untouched at debug only, with uid, kind, namespace/name and decision, never a Secret value', async () => {
    const secret = zalandoUserSecret('acid-main', 'app', 'db-prod', { username: b64('app'), password: b64('hunter2-topsecret') });
    const atInfo = review(KINDS.Secret, secret, { operation: 'UPDATE', oldObject: secret });
    expect(responseOf(await send(atInfo)).allowed).toBe(true);
    const denied = review(KINDS.PostgresCluster, bad());
    await send(denied);
    // The denial after it is logged at info: had the allowed review been logged, its line would be there by now.
    await until(() => sink.lines.some((l) => l.uid === (denied.request as { uid: string }).uid), 5000, 'the denial logged');
    expect(sink.lines.some((l) => l.uid === (atInfo.request as { uid: string }).uid)).toBe(false);

    logger.level = 'debug';
    try {
      const body = review(KINDS.Secret, secret, { operation: 'UPDATE', oldObject: secret });
      const uid = (body.request as { uid: string }).uid;
      await send(body);
      const line = sink.lines.find((l) => l.uid === uid);
      expect(line).toMatchObject({ msg: 'admission', level: 20, kind: 'Secret', namespace: 'db-prod', name: 'app.acid-main.credentials.postgresql.acid.zalan.do', operation: 'UPDATE', decision: 'allowed' });
    } finally {
      logger.level = 'info';
    }
    expect(sink.text()).not.toContain('hunter2');
    expect(sink.text()).not.toContain(b64('hunter2-topsecret'));
  });

  it('reloads a changed policy file; rejects an invalid one and keeps the last good policy', async () => {
    writeFileSync(policyFile, AUDIT);
    await until(() => server.policy.version === 2, 5000, 'policy reload');
    const audited = responseOf(await send(review(KINDS.PostgresCluster, bad())));
    expect(audited.allowed).toBe(true);
    expect(audited.warnings?.some((w) => w.startsWith('audit: [image-tag]'))).toBe(true);

    writeFileSync(policyFile, INVALID);
    await until(() => server.policy.lastError !== undefined, 5000, 'policy rejection');
    expect(server.policy.lastError).toMatch(/policy\.yaml:5/);
    expect(server.policy.version).toBe(2);
    const still = responseOf(await send(review(KINDS.PostgresCluster, bad())));
    expect(still.allowed).toBe(true); // audit, the last good policy
    const rejection = sink.lines.find((l) => l.msg === 'policy rejected; the last good policy stays in force');
    expect(String(rejection?.err)).toContain('spec.mode');
    expect((await get(server.url, '/metrics', pki.ca)).body).toMatch(/pgwarden_policy_reloads_total\{source="file",result="rejected"\} [1-9]/);

    writeFileSync(policyFile, ENFORCE);
    await until(() => server.policy.version === 3, 5000, 'policy restored');
    expect(responseOf(await send(review(KINDS.PostgresCluster, bad()))).allowed).toBe(false);
  });

  it('rotates the certificate without a restart; open keep-alive connections keep working', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1, ca: pki.ca });
    const before = await servedSerial(server.port, pki.ca);
    expect(responseOf(await post(server.url, '/validate', JSON.stringify(review(KINDS.Cluster, cnpg())), pki.ca, agent)).allowed).toBe(true);
    const serial = pki.issue(pki.certFile, pki.keyFile);
    expect(serial).not.toBe(before);
    await until(async () => (await servedSerial(server.port, pki.ca)) === serial, 5000, 'new certificate served');
    // the connection opened before the rotation still answers
    expect(responseOf(await post(server.url, '/validate', JSON.stringify(review(KINDS.Cluster, cnpg())), pki.ca, agent)).allowed).toBe(true);
    agent.destroy();
    expect((await get(server.url, '/metrics', pki.ca)).body).toMatch(/pgwarden_tls_reloads_total\{result="applied"\} 1/);
  });

  it('a broken certificate pair is rejected and the current one stays in use', async () => {
    const serial = await servedSerial(server.port, pki.ca);
    writeFileSync(pki.keyFile, '-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----\n');
    expect(server.reloadTls()).toBe(false);
    expect(await servedSerial(server.port, pki.ca)).toBe(serial);
    expect(sink.text()).not.toContain('not a key');
    pki.issue(pki.certFile, pki.keyFile); // restore a good pair
  });
});

describe('webhook server: a failure stays with its request', () => {
  let pki: TestPki;
  beforeAll(() => {
    pki = makePki();
  });

  it('an engine that throws on one object denies that review only; concurrent reviews are judged normally', async () => {
    const server = await startServer({
      port: 0,
      tls: { certFile: pki.certFile, keyFile: pki.keyFile },
      engine: throwingEngine,
      logger: pino({ level: 'silent' }),
      defaultMetrics: false,
    });
    try {
      const boom = cnpg('pg-boom', 'db-prod');
      const throwing = { ...boom, metadata: { ...boom.metadata, annotations: { 'test.pgwarden.io/throw': 'yes' } } };
      const answers = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          post(server.url, '/validate', JSON.stringify(review(i % 3 === 0 ? KINDS.Cluster : KINDS.PostgresCluster, i % 3 === 0 ? throwing : bad())), pki.ca),
        ),
      );
      answers.forEach((answer, i) => {
        expect(answer.status).toBe(200);
        const response = responseOf(answer);
        if (i % 3 === 0) {
          expect(response.allowed).toBe(false);
          expect(response.status?.message).toMatch(/internal error/);
        } else {
          expect(response.status?.code).toBe(403);
          expect(response.status?.message).toContain('[image-tag]');
        }
      });
    } finally {
      await server.close();
    }
  });

  it('close() drains: a review still arriving is answered before the server stops', async () => {
    const server = await startServer({
      port: 0,
      tls: { certFile: pki.certFile, keyFile: pki.keyFile },
      logger: pino({ level: 'silent' }),
      defaultMetrics: false,
    });
    const body = Buffer.from(JSON.stringify(review(KINDS.Cluster, cnpg('pg-drain', 'db-prod'))));
    const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpsRequest(
        `${server.url}/validate`,
        { method: 'POST', ca: pki.ca, headers: { 'content-type': 'application/json', 'content-length': body.length } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
        },
      );
      req.on('error', reject);
      req.write(body.subarray(0, 100));
      setTimeout(() => req.end(body.subarray(100)), 400);
    });
    await new Promise((resolve) => setTimeout(resolve, 150));
    server.beginDrain();
    expect((await get(server.url, '/readyz', pki.ca)).status).toBe(503);
    const closed = server.close();
    const result = await answer;
    expect(result.status).toBe(200);
    expect((JSON.parse(result.body) as { response: { allowed: boolean } }).response.allowed).toBe(true);
    await closed;
    await expect(get(server.url, '/healthz', pki.ca)).rejects.toThrow();
  });
});
