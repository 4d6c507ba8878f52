// A local rehearsal of deploy/e2e/kind.sh: the same manifests and `# expect:` lines, the policies from
// deploy/policies as PostgresPolicy resources, and kind's `standard` StorageClass, through the real HTTPS server.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pino } from 'pino';
import { parse, parseAllDocuments } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/webhook/main.js';
import { FakeApiServer } from './fake-apiserver.js';
import { KINDS, type KindInfo, makePki, post, repoRoot, responseOf, review, type TestPki, until } from './helpers.js';

const dir = join(repoRoot, 'test/webhook/e2e');
const cases = ['good', 'bad', 'audit'].flatMap((group) =>
  readdirSync(join(dir, group)).map((file) => {
    const text = readFileSync(join(dir, group, file), 'utf8');
    const expectation = /^# expect: (allow|deny|warn)\s*(.*)$/m.exec(text);
    if (!expectation) throw new Error(`${group}/${file}: missing "# expect:" line`);
    return { name: `${group}/${file}`, object: parse(text) as Record<string, unknown>, verdict: expectation[1]!, detail: expectation[2]!.trim() };
  }),
);

function kindOf(object: Record<string, unknown>): KindInfo {
  const kind = Object.values(KINDS).find((k) => k.kind === object.kind);
  if (!kind) throw new Error(`no kind info for ${String(object.kind)}`);
  return kind;
}

/** The apiserver turns stringData into base64 data before admission. */
function asStored(object: Record<string, unknown>): Record<string, unknown> {
  if (object.kind !== 'Secret' || !object.stringData) return object;
  const { stringData, ...rest } = object as { stringData: Record<string, string> };
  const data = Object.fromEntries(Object.entries(stringData).map(([k, v]) => [k, Buffer.from(v).toString('base64')]));
  return { ...rest, data: { ...((rest as { data?: object }).data ?? {}), ...data } };
}

describe('e2e manifests against deploy/policies (rehearsal of kind.sh)', () => {
  let api: FakeApiServer;
  let pki: TestPki;
  let server: RunningServer;

  beforeAll(async () => {
    api = new FakeApiServer();
    api.collection('/apis/storage.k8s.io/v1/storageclasses', 'StorageClass', 'storage.k8s.io/v1');
    api.collection('/apis/pgwarden.io/v1alpha1/postgrespolicies', 'PostgresPolicy', 'pgwarden.io/v1alpha1');
    api.put('/apis/storage.k8s.io/v1/storageclasses', { apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name: 'standard' } });
    for (const file of readdirSync(join(repoRoot, 'deploy/policies')).filter((f) => f !== 'kustomization.yaml')) {
      for (const doc of parseAllDocuments(readFileSync(join(repoRoot, 'deploy/policies', file), 'utf8'))) {
        api.put('/apis/pgwarden.io/v1alpha1/postgrespolicies', doc.toJS() as { metadata: { name: string } });
      }
    }
    await api.start();
    pki = makePki();
    server = await startServer({
      port: 0,
      tls: { certFile: pki.certFile, keyFile: pki.keyFile },
      policySource: 'crd',
      kubeConfig: api.kubeConfig(),
      logger: pino({ level: 'silent' }),
      defaultMetrics: false,
    });
    await until(() => server.ready().ready, 10_000, 'ready');
  });
  afterAll(async () => {
    await server?.close();
    await api?.stop();
  });

  it('has good, bad and audit cases', () => {
    expect(cases.filter((c) => c.verdict === 'deny').length).toBeGreaterThanOrEqual(3);
    expect(cases.filter((c) => c.verdict === 'allow').length).toBeGreaterThanOrEqual(2);
  });

  for (const testCase of cases) {
    it(`${testCase.name}: ${testCase.verdict} ${testCase.detail}`, async () => {
      const object = asStored(testCase.object);
      for (const dryRun of [true, false]) {
        const response = responseOf(await post(server.url, '/validate', JSON.stringify(review(kindOf(object), object, { dryRun })), pki.ca));
        if (testCase.verdict === 'deny') {
          expect(response.allowed).toBe(false);
          expect(response.status?.message).toContain('pgwarden denied');
          expect(response.status?.message).toContain(`[${testCase.detail}]`);
        } else {
          expect(response.allowed, response.status?.message).toBe(true);
          if (testCase.verdict === 'warn') expect(response.warnings?.some((w) => w.includes(testCase.detail))).toBe(true);
        }
      }
    });
  }
});
