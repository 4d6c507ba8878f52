// Garbage never crashes the webhook: arbitrary JSON as a review, arbitrary values at arbitrary paths of real
// objects, and arbitrary bodies over HTTPS are answered with a 4xx or an AdmissionReview, never a 5xx or a throw.
import fc from 'fast-check';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decide } from '../../src/webhook/decide.js';
import { realEngine } from '../../src/webhook/engine.js';
import { type RunningServer, startServer } from '../../src/webhook/main.js';
import { parseReview } from '../../src/webhook/review.js';
import { KINDS, type KindInfo, makePki, post, review, type TestPki } from './helpers.js';
import { cnpg, pgoUserSecret, pgoV4, pgoV5, statefulSet, zalando } from './manifests.js';

const seeds: [KindInfo, () => Record<string, unknown>][] = [
  [KINDS.PostgresCluster, () => pgoV5()],
  [KINDS.Pgcluster, () => pgoV4()],
  [KINDS.postgresql, () => zalando()],
  [KINDS.Cluster, () => cnpg()],
  [KINDS.StatefulSet, () => statefulSet()],
  [KINDS.Secret, () => pgoUserSecret('hippo', 'app', 'db', { password: '' })],
];

/** Every path (as keys) into a JSON value. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [prefix];
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) out.push(...paths(v, [...prefix, i]));
  } else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}

function setAt(root: Record<string, unknown>, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  let node: Record<string | number, unknown> = root;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = value;
  return root;
}

describe('fuzz: decide() and parseReview()', () => {
  it('parseReview never throws on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const parsed = parseReview(value);
        if (!parsed.ok) expect(parsed.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('arbitrary values at arbitrary paths of the five kinds and Secrets: an answer with the uid, never a throw or a 500', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: seeds.length - 1 }),
        fc.nat(),
        fc.jsonValue({ maxDepth: 3 }),
        fc.constantFrom('CREATE', 'UPDATE'),
        (seedIndex, pathSeed, value, operation) => {
          const [kind, make] = seeds[seedIndex]!;
          const object = make();
          const all = paths(object).filter((p) => p.length > 0);
          const mutated = setAt(object, all[pathSeed % all.length]!, value);
          const body = review(kind, mutated, operation === 'UPDATE' ? { operation, oldObject: make() } : {});
          const parsed = parseReview(body);
          if (!parsed.ok) return; // e.g. the mutation hit metadata.name, which the review copies into request.name
          for (const endpoint of ['validate', 'mutate'] as const) {
            const { response } = decide(parsed.request, endpoint, { engine: realEngine, policy: undefined });
            expect(response.uid).toBe(parsed.request.uid);
            expect(typeof response.allowed).toBe('boolean');
            if (response.status) expect(response.status.code, response.status.message).not.toBe(500);
            if (response.patch) expect(() => JSON.parse(Buffer.from(response.patch ?? '', 'base64').toString())).not.toThrow();
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('fuzz: the HTTPS server', () => {
  let pki: TestPki;
  let server: RunningServer;
  beforeAll(async () => {
    pki = makePki();
    server = await startServer({
      port: 0,
      tls: { certFile: pki.certFile, keyFile: pki.keyFile },
      bodyLimit: 64 * 1024,
      logger: pino({ level: 'silent' }),
      defaultMetrics: false,
    });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('arbitrary bodies and content types get a 2xx AdmissionReview or a 4xx, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v) ?? 'null'),
          fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify({ apiVersion: 'admission.k8s.io/v1', kind: 'AdmissionReview', request: v }) ?? ''),
          fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
        ),
        fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', 'application/octet-stream'),
        fc.constantFrom('/validate', '/mutate'),
        async (body, contentType, path) => {
          const result = await post(server.url, path, body, pki.ca, undefined, contentType);
          expect(result.status, result.body).toBeLessThan(500);
          if (result.status === 200) expect((result.json as { kind?: string }).kind).toBe('AdmissionReview');
          else expect((result.json as { message?: string }).message).toBeTruthy();
        },
      ),
      { numRuns: 150 },
    );
    expect((await post(server.url, '/validate', JSON.stringify(review(KINDS.Cluster, cnpg())), pki.ca)).status).toBe(200);
  });
});
