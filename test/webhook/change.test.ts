// The change rules in the webhook: UPDATE judges oldObject → object; DELETE of a cluster object is denied only where a
// policy names cluster-removed for it (the built-in preset never denies a DELETE).
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../src/policies/index.js';
import { decide } from '../../src/webhook/decide.js';
import { realEngine } from '../../src/webhook/engine.js';
import { parseReview } from '../../src/webhook/review.js';
import type { AdmissionRequest } from '../../src/webhook/types.js';
import { KINDS, review } from './helpers.js';
import { cnpg, zalando } from './manifests.js';

function requestOf(body: Record<string, unknown>): AdmissionRequest {
  const parsed = parseReview(body);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.request;
}

const builtin = { engine: realEngine, policy: undefined };
const prodPolicy = (mode = 'enforce') =>
  parsePolicy(
    `apiVersion: pgwarden.io/v1alpha1\nkind: PostgresPolicy\nmetadata: {name: prod}\nspec:\n  mode: ${mode}\n  match:\n    namespaces: [db-prod]\n  rules:\n    cluster-removed: {severity: error}\n`,
    'prod.yaml',
  );

function resized(size: string) {
  const cluster = cnpg();
  return { ...cluster, spec: { ...cluster.spec, storage: { ...cluster.spec.storage, size } } };
}

describe('webhook UPDATE: the change rules judge oldObject → object', () => {
  it('denies a CNPG volume shrink with before and after in the message', () => {
    const { response } = decide(requestOf(review(KINDS.Cluster, resized('5Gi'), { operation: 'UPDATE', oldObject: cnpg() })), 'validate', builtin);
    expect(response.allowed).toBe(false);
    expect(response.status?.message).toContain('[storage-shrink] spec.storage.size');
    expect(response.status?.message).toContain('from 10Gi to 5Gi');
  });

  it('allows growing the volume and a same-major change', () => {
    const { response } = decide(requestOf(review(KINDS.Cluster, resized('20Gi'), { operation: 'UPDATE', oldObject: cnpg() })), 'validate', builtin);
    expect(response.allowed).toBe(true);
    expect(response.warnings ?? []).not.toContainEqual(expect.stringContaining('storage-shrink'));
  });

  it('a Zalando major bump is not denied by major-upgrade (the operator upgrades in place in its default mode, manual); a downgrade is', () => {
    const upgrade = decide(
      requestOf(review(KINDS.postgresql, zalando('acid-main', 'db-prod', { version: '17' }), { operation: 'UPDATE', oldObject: zalando() })),
      'validate',
      builtin,
    );
    // (other rules may deny this fixture: anti-affinity, the image's major)
    expect(upgrade.response.status?.message ?? '').not.toContain('[major-upgrade]');
    const downgrade = decide(
      requestOf(review(KINDS.postgresql, zalando('acid-main', 'db-prod', { version: '15' }), { operation: 'UPDATE', oldObject: zalando() })),
      'validate',
      builtin,
    );
    expect(downgrade.response.allowed).toBe(false);
    expect(downgrade.response.status?.message).toContain('[major-upgrade]');
    expect(downgrade.response.status?.message).toContain('down to 15');
  });

  it('CREATE runs no change rule, and the mutate endpoint neither', () => {
    expect(decide(requestOf(review(KINDS.Cluster, resized('5Gi'))), 'validate', builtin).response.allowed).toBe(true);
    const mutate = decide(requestOf(review(KINDS.Cluster, resized('5Gi'), { operation: 'UPDATE', oldObject: cnpg() })), 'mutate', builtin);
    expect(mutate.response.allowed).toBe(true);
  });
});

describe('webhook DELETE: cluster-removed only where a policy names it', () => {
  const remove = (object: unknown) => requestOf(review(KINDS.Cluster, null, { operation: 'DELETE', oldObject: object }));

  it('the built-in preset never denies a DELETE', () => {
    const { response, summary } = decide(remove(cnpg()), 'validate', builtin);
    expect(response.allowed).toBe(true);
    expect(summary.decision).toBe('skipped');
  });

  it('denies the DELETE in a namespace whose policy enables cluster-removed', () => {
    const { response, summary } = decide(remove(cnpg()), 'validate', { engine: realEngine, policy: prodPolicy() });
    expect(response.allowed).toBe(false);
    expect(response.status?.message).toContain('[cluster-removed]');
    expect(response.status?.message).toContain('Cluster db-prod/pg-main');
    expect(summary.decision).toBe('denied');
  });

  it('allows the DELETE in another namespace, and with an ignore annotation carrying a reason', () => {
    const policy = { engine: realEngine, policy: prodPolicy() };
    expect(decide(remove(cnpg('pg-main', 'db-dev')), 'validate', policy).response.allowed).toBe(true);
    const annotated = { ...cnpg(), metadata: { name: 'pg-main', namespace: 'db-prod', annotations: { 'ignore.pgwarden.io/cluster-removed': 'moved to pg-next (TICKET-9)' } } };
    expect(decide(remove(annotated), 'validate', policy).response.allowed).toBe(true);
  });

  it('audit mode warns instead of denying', () => {
    const { response } = decide(remove(cnpg()), 'validate', { engine: realEngine, policy: prodPolicy('audit') });
    expect(response.allowed).toBe(true);
    expect(response.warnings?.[0]).toContain('audit: [cluster-removed]');
  });
});
