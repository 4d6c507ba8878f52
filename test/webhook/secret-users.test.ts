// Lone Secrets judged with their users, and workloads with their Secrets (--read-secrets), without an apiserver:
// RelatedSource with an index and a Secret getter, then decide() with the real engine. The real-apiserver runs are
// in test/e2e/secrets.test.ts.
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import type { PolicySet } from '../../src/policies/index.js';
import { parsePolicy } from '../../src/policies/index.js';
import { decide } from '../../src/webhook/decide.js';
import { realEngine } from '../../src/webhook/engine.js';
import { RelatedSource } from '../../src/webhook/related.js';
import { parseReview } from '../../src/webhook/review.js';
import { SecretUsers } from '../../src/webhook/secret-users.js';
import { KINDS, review } from './helpers.js';
import { zalando, zalandoUserSecret } from './manifests.js';

const log = pino({ level: 'silent' });
const VALUE = 'correct-horse-battery';
const b64 = (text: string) => Buffer.from(text).toString('base64');
const enforce: PolicySet = parsePolicy('apiVersion: pgwarden.io/v1alpha1\nkind: PostgresPolicy\nmetadata: {name: strict}\nspec: {mode: enforce, extends: none, rules: {password-reset: {severity: error}}}\n', 'strict.yaml');

function requestOf(body: Record<string, unknown>) {
  const parsed = parseReview(body);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.request;
}

const sts = (name: string, secret: string) => ({
  apiVersion: 'apps/v1',
  kind: 'StatefulSet',
  metadata: { name, namespace: 'db-prod' },
  spec: { replicas: 2, template: { spec: { containers: [{ name: 'pg', image: 'postgres:16.4', env: [{ name: 'POSTGRES_PASSWORD', valueFrom: { secretKeyRef: { name: secret, key: 'password' } } }] }] } } },
});
const secret = (name: string, password: string) => ({ apiVersion: 'v1', kind: 'Secret', metadata: { name, namespace: 'db-prod', labels: { 'pgwarden.io/check': 'true' } }, data: { password } });

describe('a lone Secret with the workloads that reference it', () => {
  const users = new SecretUsers();
  users.update({ group: 'apps', version: 'v1', plural: 'statefulsets', kind: 'StatefulSet' }, [sts('pg', 'pg-creds')]);
  users.update({ group: 'acid.zalan.do', version: 'v1', plural: 'postgresqls', kind: 'postgresql', operator: 'Zalando' }, [zalando('acid-main', 'db-prod') as never]);
  const related = new RelatedSource({ secretUsers: (ns, name) => users.usersOf(ns, name), log });

  it('a blank password in a StatefulSet’s Secret: denied under an enforcing policy, naming the StatefulSet', async () => {
    const request = requestOf(review(KINDS.Secret, secret('pg-creds', '')));
    const extra = await related.for(request);
    expect(extra?.reason).toBe('secret-users');
    const result = decide(request, 'validate', { engine: realEngine, policy: enforce, ...(extra ? { related: extra } : {}) });
    expect(result.response.allowed).toBe(false);
    expect(result.response.status?.message).toMatch(/\[password-reset\].*StatefulSet db-prod\/pg/);
    // Alone (no index), the same Secret cannot be placed: allowed.
    expect(decide(request, 'validate', { engine: realEngine, policy: enforce }).response.allowed).toBe(true);
  });

  it('a Zalando user Secret is judged with its postgresql; one nobody references gets no related objects', async () => {
    const request = requestOf(review(KINDS.Secret, zalandoUserSecret('acid-main', 'postgres', 'db-prod', { password: '' })));
    const extra = await related.for(request);
    expect(extra?.objects).toHaveLength(1);
    expect(decide(request, 'validate', { engine: realEngine, policy: enforce, related: extra! }).response.allowed).toBe(false);
    expect(await related.for(requestOf(review(KINDS.Secret, secret('nobody-creds', ''))))).toBeUndefined();
  });

  it('DELETE of a Secret gathers nothing', async () => {
    const request = requestOf(review(KINDS.Secret, null, { operation: 'DELETE', oldObject: secret('pg-creds', '') }));
    expect(await related.for(request)).toBeUndefined();
  });
});

describe('--read-secrets: a workload with the Secrets it references', () => {
  const stored: Record<string, unknown> = { 'db-prod/empty-creds': secret('empty-creds', ''), 'db-prod/set-creds': secret('set-creds', b64(VALUE)) };
  const reads: string[] = [];
  const related = new RelatedSource({
    log,
    getSecret: async (ns, name) => {
      reads.push(`${ns}/${name}`);
      const { emptinessOnly } = await import('../../src/audit/index.js');
      return emptinessOnly(stored[`${ns}/${name}`]);
    },
  });

  it('findings about the referenced Secret count for the workload; a set password allows it; no value reaches the answer', async () => {
    const bad = requestOf(review(KINDS.StatefulSet, sts('pg', 'empty-creds')));
    const extra = await related.for(bad);
    expect(extra).toMatchObject({ reason: 'referenced-secrets', counted: [0] });
    const denied = decide(bad, 'validate', { engine: realEngine, policy: enforce, related: extra! });
    expect(denied.response.allowed).toBe(false);
    expect(denied.response.status?.message).toContain('pgwarden denied StatefulSet db-prod/pg');
    expect(denied.response.status?.message).toContain('empty-creds');
    const good = requestOf(review(KINDS.StatefulSet, sts('pg', 'set-creds')));
    const ok = decide(good, 'validate', { engine: realEngine, policy: enforce, related: (await related.for(good))! });
    expect(ok.response.allowed).toBe(true);
    expect(JSON.stringify([denied, ok])).not.toContain(b64(VALUE));
    expect(reads).toEqual(['db-prod/empty-creds', 'db-prod/set-creds']);
  });

  it('a Secret that cannot be read leaves the workload judged without it', async () => {
    const failing = new RelatedSource({ log, getSecret: async () => Promise.reject(Object.assign(new Error('forbidden'), { code: 403 })) });
    expect(await failing.for(requestOf(review(KINDS.StatefulSet, sts('pg', 'empty-creds'))))).toBeUndefined();
  });
});
