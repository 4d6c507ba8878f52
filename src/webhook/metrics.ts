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
 * Counts by label values, kept in nested Maps per review and handed to prom-client when it collects (a scrape): its
 * own inc() builds and checks a label hash on every call, even through a child from labels(), which cost a review with
 * two findings about 0.8 µs in a loop and more in the server (bench/webhook).
 */
interface Cell {
  labels: Record<string, string>;
  count: number;
}

class Tally {
  private readonly root = new Map<string, unknown>();
  private readonly cells: Cell[] = [];

  constructor(private readonly names: readonly string[]) {}

  add(...values: string[]): void {
    let level = this.root;
    for (let i = 0; i < values.length - 1; i++) {
      let next = level.get(values[i]!) as Map<string, unknown> | undefined;
      if (next === undefined) {
        next = new Map();
        level.set(values[i]!, next);
      }
      level = next;
    }
    const last = values[values.length - 1]!;
    let cell = level.get(last) as Cell | undefined;
    if (cell === undefined) {
      const labels: Record<string, string> = {};
      this.names.forEach((name, i) => {
        labels[name] = values[i]!;
      });
      cell = { labels, count: 0 };
      this.cells.push(cell);
      level.set(last, cell);
    }
    cell.count++;
  }

  /** Into `counter` (from its collect()): the totals so far. */
  publish(counter: { reset(): void; inc(labels: Record<string, string>, value: number): void }): void {
    counter.reset();
    for (const { labels, count } of this.cells) counter.inc(labels, count);
  }
}

export function createMetrics(defaultMetrics = true): WebhookMetrics {
  const registry = new Registry();
  const requestTally = new Tally(['endpoint', 'operation', 'result']);
  const findingTally = new Tally(['rule', 'severity']);
  if (defaultMetrics) collectDefaultMetrics({ register: registry, prefix: 'pgwarden_' });
  const metrics: Omit<WebhookMetrics, 'observeReview'> = {
    registry,
    requests: new Counter({
      name: 'pgwarden_admission_requests_total',
      help: 'Admission reviews answered, by endpoint, operation and result',
      labelNames: ['endpoint', 'operation', 'result'],
      registers: [registry],
      collect() {
        requestTally.publish(this);
      },
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
      collect() {
        findingTally.publish(this);
      },
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
  // The latency histogram's child per endpoint (two): prom-client still hashes its labels on each observe.
  const latencyByEndpoint = new Map<string, { observe(value: number): void }>();
  return {
    ...metrics,
    observeReview(endpoint, operation, result, seconds, found) {
      let latency = latencyByEndpoint.get(endpoint);
      if (latency === undefined) {
        latency = metrics.latency.labels(endpoint);
        latencyByEndpoint.set(endpoint, latency);
      }
      latency.observe(seconds);
      requestTally.add(endpoint, operation, result);
      for (let i = 0; i < found.length; i++) findingTally.add(found[i]!.ruleId, found[i]!.severity);
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
