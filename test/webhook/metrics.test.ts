// The review counters: counted per review outside prom-client and handed to it on each scrape (metrics.ts, Tally).
import { describe, expect, it } from 'vitest';
import { createMetrics } from '../../src/webhook/metrics.js';

const value = (text: string, series: string) => Number(new RegExp(`^${series.replace(/[{}]/g, '\\$&')} (\\d+)$`, 'm').exec(text)?.[1] ?? NaN);

describe('review metrics', () => {
  it('are running totals: every scrape shows all reviews so far, by label values', async () => {
    const metrics = createMetrics(false);
    const found = [
      { ruleId: 'image-tag', severity: 'error' },
      { ruleId: 'replicas', severity: 'warning' },
    ];
    metrics.observeReview('validate', 'CREATE', 'denied', 0.0004, found);
    metrics.observeReview('validate', 'CREATE', 'denied', 0.002, found.slice(0, 1));
    metrics.observeReview('mutate', 'UPDATE', 'mutated', 0.0001, []);
    const first = await metrics.registry.metrics();
    expect(value(first, 'pgwarden_admission_requests_total{endpoint="validate",operation="CREATE",result="denied"}')).toBe(2);
    expect(value(first, 'pgwarden_admission_requests_total{endpoint="mutate",operation="UPDATE",result="mutated"}')).toBe(1);
    expect(value(first, 'pgwarden_findings_total{rule="image-tag",severity="error"}')).toBe(2);
    expect(value(first, 'pgwarden_findings_total{rule="replicas",severity="warning"}')).toBe(1);
    expect(value(first, 'pgwarden_admission_duration_seconds_count{endpoint="validate"}')).toBe(2);
    expect(value(first, 'pgwarden_admission_duration_seconds_bucket{le="0.0005",endpoint="validate"}')).toBe(1);
    // A second scrape does not count again; a later review adds to the totals.
    expect(await metrics.registry.metrics()).toBe(first);
    metrics.observeReview('validate', 'CREATE', 'denied', 0.0004, found);
    const second = await metrics.registry.metrics();
    expect(value(second, 'pgwarden_admission_requests_total{endpoint="validate",operation="CREATE",result="denied"}')).toBe(3);
    expect(value(second, 'pgwarden_findings_total{rule="replicas",severity="warning"}')).toBe(2);
  });
});
