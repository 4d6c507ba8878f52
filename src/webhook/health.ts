// The health plugin: /healthz (the process answers) and /readyz (the policy is loaded, the informers are synced,
// not draining), for the kubelet's probes.
import type { FastifyPluginAsync } from 'fastify';

export interface Readiness {
  ready: boolean;
  checks: Record<string, unknown>;
}

export const healthPlugin: FastifyPluginAsync<{ ready: () => Readiness }> = async (app, { ready }) => {
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    const state = ready();
    return reply.code(state.ready ? 200 : 503).send(state);
  });
};
