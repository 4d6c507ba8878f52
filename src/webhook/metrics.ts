// Prometheus metrics (prom-client), one registry per server so tests and benches can run several side by side.
import type { FastifyPluginAsync } from 'fastify';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface WebhookMetrics {
  registry: Registry;
  requests: Counter<'endpoint' | 'operation' | 'result'>;
  latency: Histogram<'endpoint'>;
  findings: Counter<'rule' | 'severity'>;
  policyReloads: Counter<'source' | 'result'>;
  tlsReloads: Counter<'result'>;
  informerHealthy: Gauge<'informer'>;
  informerRestarts: Counter<'informer'>;
  badRequests: Counter<'reason'>;
  /** Counts one answered review: its latency, its result and its findings. */
  observeReview(endpoint: string, operation: string, result: string, seconds: number, findings: readonly { ruleId: string; severity: string }[]): void;
}

/**
 * prom-client hashes the label object on every inc/observe (sorting its keys); a review's labels come from small
 * fixed sets (endpoints, operations, results, rule ids × severities), so each series' child is looked up once.
 */
function childCache<C>(make: (...values: string[]) => C): (...values: string[]) => C {
  const children = new Map<string, C>();
  return (...values) => {
    const key = values.join('\u0000');
    let child = children.get(key);
    if (child === undefined) {
      child = make(...values);
      children.set(key, child);
    }
    return child;
  };
}

export function createMetrics(defaultMetrics = true): WebhookMetrics {
  const registry = new Registry();
  if (defaultMetrics) collectDefaultMetrics({ register: registry, prefix: 'pgwarden_' });
  const metrics: Omit<WebhookMetrics, 'observeReview'> = {
    registry,
    requests: new Counter({
      name: 'pgwarden_admission_requests_total',
      help: 'Admission reviews answered, by endpoint, operation and result',
      labelNames: ['endpoint', 'operation', 'result'],
      registers: [registry],
    }),
    latency: new Histogram({
      name: 'pgwarden_admission_duration_seconds',
      help: 'Time from a review arriving to its answer',
      labelNames: ['endpoint'],
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    findings: new Counter({
      name: 'pgwarden_findings_total',
      help: 'Findings reported in admission reviews, by rule and severity',
      labelNames: ['rule', 'severity'],
      registers: [registry],
    }),
    policyReloads: new Counter({
      name: 'pgwarden_policy_reloads_total',
      help: 'Policy loads, by source (file|crd) and result (applied|rejected)',
      labelNames: ['source', 'result'],
      registers: [registry],
    }),
    tlsReloads: new Counter({
      name: 'pgwarden_tls_reloads_total',
      help: 'TLS certificate reloads, by result (applied|rejected)',
      labelNames: ['result'],
      registers: [registry],
    }),
    informerHealthy: new Gauge({
      name: 'pgwarden_informer_healthy',
      help: '1 when the informer is synced and watching, 0 while it is failing or restarting',
      labelNames: ['informer'],
      registers: [registry],
    }),
    informerRestarts: new Counter({
      name: 'pgwarden_informer_restarts_total',
      help: 'Informer restarts by the supervisor (after an error or a silent stall)',
      labelNames: ['informer'],
      registers: [registry],
    }),
    badRequests: new Counter({
      name: 'pgwarden_bad_requests_total',
      help: 'Requests answered with a 4xx before judging, by reason',
      labelNames: ['reason'],
      registers: [registry],
    }),
  };
  const latency = childCache((endpoint) => metrics.latency.labels(endpoint!));
  const requests = childCache((endpoint, operation, result) => metrics.requests.labels(endpoint!, operation!, result!));
  const findings = childCache((rule, severity) => metrics.findings.labels(rule!, severity!));
  return {
    ...metrics,
    observeReview(endpoint, operation, result, seconds, found) {
      latency(endpoint).observe(seconds);
      requests(endpoint, operation, result).inc();
      for (const f of found) findings(f.ruleId, f.severity).inc();
    },
  };
}

/** The metrics plugin: GET /metrics in the Prometheus text format. */
export const metricsPlugin: FastifyPluginAsync<{ metrics: WebhookMetrics }> = async (app, { metrics }) => {
  app.get('/metrics', async (_request, reply) => {
    reply.header('content-type', metrics.registry.contentType);
    return metrics.registry.metrics();
  });
};
