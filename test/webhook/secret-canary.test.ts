// The webhook door of the secret canary (test/secret-canary.test.ts covers the CLI, render, --fix and the Action): one
// distinctive value planted in every secret-bearing place of reviews of each kind; neither the answers (messages,
// warnings, patches), nor the logs at debug level, nor /metrics ever hold it, its base64 or base64 of user:value.
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/webhook/index.js';
import { get, KINDS, logSink, makePki, post, review, type TestPki } from './helpers.js';
import { b64, cnpg, pgoUserSecret, statefulSet } from './manifests.js';

const CANARY = 'PGW-CANARY-webhook-5e1d';
const needles = [CANARY, b64(CANARY), b64(`app:${CANARY}`), b64(CANARY).slice(0, 12)];

function withCredentials(): Record<string, unknown>[] {
  const sts = statefulSet('pg', 'db-prod', {
    image: 'postgres:latest',
    env: [
      { name: 'POSTGRES_PASSWORD', value: CANARY },
      { name: 'SERVICE_TOKEN', value: CANARY },
      { name: 'BACKUP_URL', value: `s3://app:${CANARY}@backups.example/pg` },
    ],
  }) as { spec: { template: { spec: { containers: { args?: string[] }[] } } } };
  const container = sts.spec.template.spec.containers[0];
  if (container) container.args = [`--password=${CANARY}`];
  const cluster = cnpg('pg-main', 'db-prod', { instances: 1 }) as { spec: Record<string, unknown>; metadata: Record<string, unknown> };
  cluster.spec.backup = { barmanObjectStore: { destinationPath: `s3://app:${CANARY}@bucket/pg` } };
  cluster.metadata.annotations = { 'kubectl.kubernetes.io/last-applied-configuration': JSON.stringify({ password: CANARY }) };
  const secret = pgoUserSecret('hippo', 'app', 'db-prod', { password: '', uri: b64(`postgresql://app:${CANARY}@hippo/app`) }) as Record<string, unknown>;
  secret.stringData = { token: CANARY };
  return [
    review(KINDS.StatefulSet, sts),
    review(KINDS.Cluster, cluster),
    review(KINDS.Secret, secret, { operation: 'UPDATE', oldObject: pgoUserSecret('hippo', 'app', 'db-prod', { password: b64(CANARY) }) }),
  ];
}

describe('the secret canary at the webhook', () => {
  let pki: TestPki;
  let server: RunningServer;
  const sink = logSink();
  beforeAll(async () => {
    pki = makePki();
    server = await startServer({
      port: 0,
      tls: { certFile: pki.certFile, keyFile: pki.keyFile },
      logger: pino({ level: 'debug' }, sink.stream),
      defaultMetrics: false,
    });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('no answer, log line or metric holds a planted value', async () => {
    const answers: string[] = [];
    for (const body of withCredentials()) {
      for (const path of ['/validate', '/mutate']) {
        const result = await post(server.url, path, JSON.stringify(body), pki.ca);
        expect(result.status).toBe(200);
        answers.push(JSON.stringify(result.json));
      }
    }
    // The reviews were judged (findings exist), so there was text in which a value could have leaked.
    expect(answers.join('\n')).toMatch(/denied|warning/i);
    const metrics = await get(server.url, '/metrics', pki.ca);
    const outputs = { answers: answers.join('\n'), logs: sink.text(), metrics: metrics.body };
    for (const [where, text] of Object.entries(outputs)) {
      for (const needle of needles) expect(text.includes(needle), `${where} holds ${needle === CANARY ? 'the value' : 'a base64 form'}`).toBe(false);
    }
  });
});
