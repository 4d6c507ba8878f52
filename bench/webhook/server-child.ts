// A server process for the webhook benches: `bare` = fastify over HTTPS answering a fixed allow (the ceiling),
// `pgwarden` = startServer() with its shipped defaults (inline evaluation, info logs) and the real engine, or with
// an engine that finds nothing (`--engine noop`). Sends {"port": N} over the IPC channel once ready (common.ts; on
// stdout when started without one); SIGTERM stops it.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Fastify from 'fastify';
import { startServer, webhookLogger } from '../../src/webhook/index.js';
import { noopEngine } from './noop-engine.js';

const { values } = parseArgs({
  options: {
    mode: { type: 'string' },
    cert: { type: 'string' },
    key: { type: 'string' },
    policy: { type: 'string' },
    'body-limit': { type: 'string' },
    log: { type: 'string' },
    'file-poll-ms': { type: 'string', default: '500' },
    engine: { type: 'string', default: 'real' },
  },
});
const here = dirname(fileURLToPath(import.meta.url));

/** The port, to the parent: over IPC (stdout is the log), else on stdout. */
function announce(port: number): void {
  if (process.send) process.send({ port });
  else process.stdout.write(`${JSON.stringify({ port })}\n`);
}

if (values.mode === 'bare') {
  const app = Fastify({ https: { cert: readFileSync(values.cert!), key: readFileSync(values.key!) }, logger: false });
  const allow = { apiVersion: 'admission.k8s.io/v1', kind: 'AdmissionReview', response: { uid: 'fixed', allowed: true } };
  app.post('/validate', async () => allow);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  announce(typeof address === 'object' && address ? address.port : 0);
  process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
} else {
  // Decision logs go to stdout, a pipe as in a container (or to --log FILE), through the logger `pgwarden serve`
  // uses (same level, same batching): their cost is part of the measure. common.ts drains the pipe.
  const logger = webhookLogger({ level: 'info', destination: values.log ?? 1 });
  const server = await startServer({
    port: 0,
    tls: { certFile: values.cert!, keyFile: values.key! },
    ...(values.policy ? { policyFile: values.policy } : {}),
    ...(values.engine === 'noop' ? { engine: noopEngine } : {}),
    policyWorkerScript: join(here, 'policy-worker.mjs'),
    ...(values['body-limit'] ? { bodyLimit: Number(values['body-limit']) } : {}),
    filePollMs: Number(values['file-poll-ms']),
    logger,
  });
  const deadline = Date.now() + 30_000;
  while (!server.ready().ready && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  announce(server.port);
  process.once('SIGTERM', () => void server.close().then(() => process.exit(0)));
}
