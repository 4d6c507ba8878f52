// Engine cost grows linearly with its input (issue 9 §3): each case is evaluated at n and 10n, and the time ratio must
// stay far below the 100× a quadratic loop would give. A ratio, measured side by side in one run (CPU time, best of 5), not a
// wall-time threshold: it holds on a slow or busy machine. n is large enough that fixed costs do not dominate.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/policies/engine.js';
import type { InputObject } from '../src/policies/types.js';

/** CPU time of `run` (user + system, ms), best of 5: CPU time, unlike wall time, does not grow when other processes share the machine. */
function bestOf5(run: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 5; i++) {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

/** Time at 10n over time at n; a linear engine gives about 10, a quadratic one about 100. */
function growth(build: (n: number) => InputObject[], n: number): { ratio: number; findings: number } {
  const small = build(n);
  const large = build(10 * n);
  evaluate(small); // warm-up (JIT, cron and option caches)
  const findings = evaluate(large).length;
  const ratio = bestOf5(() => evaluate(large)) / Math.max(bestOf5(() => evaluate(small)), 0.01);
  return { ratio, findings };
}

// 10n's objects cost more than 10× n's in garbage collection alone (a larger heap), and with the faster engine the
// small run's fixed costs weigh more: 32 was seen at load average 9, 46 with an `npm ci` running beside the suite.
// A quadratic loop gives about 100, so 60 still catches one.
const LINEAR_BOUND = 60;

function zalandoUsers(n: number): InputObject[] {
  const users = Object.fromEntries(Array.from({ length: n }, (_, i) => [`user_${i}`, ['login']]));
  const cluster = {
    apiVersion: 'acid.zalan.do/v1',
    kind: 'postgresql',
    metadata: { name: 'acid-big', namespace: 'db' },
    spec: { teamId: 'acid', numberOfInstances: 2, volume: { size: '1Gi' }, postgresql: { version: '17' }, users },
  };
  // One blank Secret per 100 users, so password-reset looks every credential up.
  const secrets = Array.from({ length: Math.ceil(n / 100) }, (_, i) => ({
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: `user-${i * 100}.acid-big.credentials.postgresql.acid.zalan.do`, namespace: 'db' },
    stringData: { username: `user_${i * 100}`, password: '' },
  }));
  return [cluster, ...secrets].map((object) => ({ object }));
}

function pgoRepos(n: number): InputObject[] {
  const repos = Array.from({ length: n }, (_, i) => ({
    name: `repo${(i % 4) + 1}`,
    volume: { volumeClaimSpec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } },
    schedules: { full: '0 1 * * 0', differential: '0 1 * * 1-6' },
  }));
  const cluster = {
    apiVersion: 'postgres-operator.crunchydata.com/v1beta1',
    kind: 'PostgresCluster',
    metadata: { name: 'hippo', namespace: 'db' },
    spec: {
      postgresVersion: 17,
      instances: [{ name: 'a', replicas: 2, dataVolumeClaimSpec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } }],
      backups: { pgbackrest: { global: { 'repo1-retention-full': '4' }, repos } },
    },
  };
  return [{ object: cluster }];
}

/** Many CNPG clusters, each with a ScheduledBackup and an app Secret, in one input (a big GitOps repo). */
function cnpgClusters(n: number): InputObject[] {
  const objects: unknown[] = [];
  for (let i = 0; i < n; i++) {
    objects.push({ apiVersion: 'postgresql.cnpg.io/v1', kind: 'Cluster', metadata: { name: `pg-${i}`, namespace: 'db' }, spec: { instances: 3, storage: { size: '1Gi' } } });
    objects.push({ apiVersion: 'postgresql.cnpg.io/v1', kind: 'ScheduledBackup', metadata: { name: `b-${i}`, namespace: 'db' }, spec: { schedule: '0 0 2 * * *', cluster: { name: `pg-${i}` } } });
    objects.push({ apiVersion: 'v1', kind: 'Secret', metadata: { name: `pg-${i}-app`, namespace: 'db' }, stringData: { password: 'x' } });
  }
  return objects.map((object) => ({ object }));
}

/** PGO v4 clusters with Pgreplicas and scheduler ConfigMaps. */
function pgoV4Clusters(n: number): InputObject[] {
  const objects: unknown[] = [];
  for (let i = 0; i < n; i++) {
    const name = `hippo-${i}`;
    objects.push({
      apiVersion: 'crunchydata.com/v1',
      kind: 'Pgcluster',
      metadata: { name, namespace: 'pgo' },
      spec: { replicas: '1', ccpimage: 'crunchy-postgres-ha', ccpimagetag: 'ubi8-13.10-4.7.10', PrimaryStorage: { storagetype: 'dynamic', storageclass: 'fast' } },
    });
    objects.push({ apiVersion: 'crunchydata.com/v1', kind: 'Pgreplica', metadata: { name: `${name}-r`, namespace: 'pgo' }, spec: { clustername: name } });
    const schedule = JSON.stringify({ version: 'v1', cluster: name, schedule: '0 1 * * *', type: 'pgbackrest', pgbackrest: { type: 'full', options: '--repo1-retention-full=7' } });
    objects.push({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `${name}-full`, namespace: 'pgo', labels: { 'crunchy-scheduler': 'true', 'pg-cluster': name } }, data: { [`${name}-full`]: schedule } });
  }
  return objects.map((object) => ({ object }));
}

describe('engine cost is linear in its input', () => {
  it('Zalando: 5,000 users (and their Secrets)', () => {
    const { ratio, findings } = growth(zalandoUsers, 500);
    expect(findings).toBeGreaterThanOrEqual(50); // every blank Secret found
    expect(ratio).toBeLessThan(LINEAR_BOUND);
  });

  it('PGO v5: a PostgresCluster with 500 repos', () => {
    const { ratio } = growth(pgoRepos, 100);
    expect(ratio).toBeLessThan(LINEAR_BOUND);
  });
});

describe('engine cost is linear in the number of clusters in one input', () => {
  it('CNPG: 2,000 clusters with ScheduledBackups and Secrets', () => {
    const { ratio } = growth(cnpgClusters, 200);
    expect(ratio).toBeLessThan(LINEAR_BOUND);
  });

  it('PGO v4: 2,000 clusters with Pgreplicas and scheduler ConfigMaps', () => {
    const { ratio } = growth(pgoV4Clusters, 200);
    expect(ratio).toBeLessThan(LINEAR_BOUND);
  });
});
