// Render benchmark (issue 3): a generated GitOps repo (teams × dev/staging/prod overlays over shared Postgres
// bases of four flavours, with generators and patches), rendered
//   1. by pgwarden's render() — every app in this one process, sharing one RenderCache, one app at a time;
//   2. by `kubectl kustomize` — one process per app, `--kubectl-concurrency` processes at a time (default 2).
// Prints both wall times, the ratio (target ≥ 5×), peak memory of this process while rendering, and how many
// apps rendered identically (a speed number for a wrong render would mean nothing).
//
// Run: npm run bench:render   (or: node_modules/.bin/esbuild bench/render/run.ts --bundle --platform=node
//      --format=esm --packages=external --outfile=node_modules/.cache/pgwarden/bench-render.mjs
//      && node_modules/.bin/node node_modules/.cache/pgwarden/bench-render.mjs [--teams 100] [--kubectl-concurrency 2])
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parseAllDocuments, stringify } from 'yaml';
import { RenderCache, render } from '../../src/render/index.js';

interface Args {
  teams: number;
  kubectlConcurrency: number;
  keep: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { teams: 100, kubectlConcurrency: 2, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const v = Number(argv[++i]);
      if (!Number.isInteger(v) || v < 1) throw new Error(`${a} needs a positive integer`);
      return v;
    };
    if (a === '--teams') args.teams = next();
    else if (a === '--kubectl-concurrency') args.kubectlConcurrency = next();
    else if (a === '--keep') args.keep = true;
    else throw new Error(`unknown argument ${a} (use --teams N, --kubectl-concurrency N, --keep)`);
  }
  return args;
}

// ---- the generated repository ------------------------------------------------------------------------------

const FLAVOURS = ['pgo', 'cnpg', 'zalando', 'statefulset'] as const;
type Flavour = (typeof FLAVOURS)[number];
const ENVS = ['dev', 'staging', 'prod'] as const;

function write(root: string, rel: string, text: string): void {
  const file = path.join(root, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

function writeBases(root: string): void {
  write(
    root,
    'bases/pgo/kustomization.yaml',
    'resources:\n- postgrescluster.yaml\nconfigMapGenerator:\n- name: pg-tuning\n  literals:\n  - shared_buffers=256MB\n  - work_mem=8MB\n',
  );
  write(
    root,
    'bases/pgo/postgrescluster.yaml',
    `apiVersion: postgres-operator.crunchydata.com/v1beta1
kind: PostgresCluster
metadata:
  name: db
spec:
  image: registry.developers.crunchydata.com/crunchydata/crunchy-postgres:ubi8-16.2-0
  postgresVersion: 16
  instances:
  - name: instance1
    replicas: 1
    dataVolumeClaimSpec:
      accessModes: ["ReadWriteOnce"]
      resources:
        requests:
          storage: 1Gi
  backups:
    pgbackrest:
      repos:
      - name: repo1
        schedules:
          full: "0 1 * * 0"
          incremental: "0 1 * * 1-6"
        volume:
          volumeClaimSpec:
            accessModes: ["ReadWriteOnce"]
            resources:
              requests:
                storage: 1Gi
  patroni:
    dynamicConfiguration:
      postgresql:
        parameters:
          max_connections: 200
`,
  );
  write(
    root,
    'bases/cnpg/kustomization.yaml',
    'resources:\n- cluster.yaml\n- scheduled-backup.yaml\nsecretGenerator:\n- name: backup-creds\n  literals:\n  - ACCESS_KEY_ID=placeholder\n  - ACCESS_SECRET_KEY=placeholder\n',
  );
  write(
    root,
    'bases/cnpg/cluster.yaml',
    `apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata:
  name: db
spec:
  instances: 1
  imageName: ghcr.io/cloudnative-pg/postgresql:16.2
  storage:
    size: 1Gi
  postgresql:
    parameters:
      max_connections: "200"
  backup:
    retentionPolicy: 30d
    barmanObjectStore:
      destinationPath: s3://backups/db
      s3Credentials:
        accessKeyId: {name: backup-creds, key: ACCESS_KEY_ID}
        secretAccessKey: {name: backup-creds, key: ACCESS_SECRET_KEY}
`,
  );
  write(
    root,
    'bases/cnpg/scheduled-backup.yaml',
    'apiVersion: postgresql.cnpg.io/v1\nkind: ScheduledBackup\nmetadata:\n  name: db-daily\nspec:\n  schedule: "0 0 2 * * *"\n  cluster:\n    name: db\n',
  );
  write(root, 'bases/zalando/kustomization.yaml', 'resources:\n- postgresql.yaml\n');
  write(
    root,
    'bases/zalando/postgresql.yaml',
    `apiVersion: acid.zalan.do/v1
kind: postgresql
metadata:
  name: acid-db
spec:
  teamId: acid
  numberOfInstances: 2
  volume:
    size: 1Gi
  users:
    app: [createdb]
  databases:
    app: app
  postgresql:
    version: "16"
    parameters:
      shared_buffers: 128MB
`,
  );
  write(root, 'bases/statefulset/kustomization.yaml', 'resources:\n- statefulset.yaml\n- service.yaml\nconfigMapGenerator:\n- name: pg-conf\n  files:\n  - postgresql.conf\n');
  write(root, 'bases/statefulset/postgresql.conf', "shared_buffers = '128MB'\nmax_connections = 100\nlog_min_duration_statement = 500\n");
  write(
    root,
    'bases/statefulset/statefulset.yaml',
    `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: postgres
spec:
  serviceName: postgres
  replicas: 1
  selector:
    matchLabels: {app: postgres}
  template:
    metadata:
      labels: {app: postgres}
    spec:
      containers:
      - name: postgres
        image: postgres:16.2
        env:
        - name: POSTGRES_PASSWORD
          valueFrom:
            secretKeyRef: {name: pg-secret, key: password}
        volumeMounts:
        - {name: data, mountPath: /var/lib/postgresql/data}
        - {name: conf, mountPath: /etc/postgresql}
      volumes:
      - name: conf
        configMap: {name: pg-conf}
  volumeClaimTemplates:
  - metadata: {name: data}
    spec:
      accessModes: ["ReadWriteOnce"]
      resources:
        requests:
          storage: 10Gi
`,
  );
  write(
    root,
    'bases/statefulset/service.yaml',
    'apiVersion: v1\nkind: Service\nmetadata:\n  name: postgres\nspec:\n  clusterIP: None\n  selector: {app: postgres}\n  ports:\n  - port: 5432\n',
  );
  // Shared by every team: a pgbouncer in front of the database.
  write(root, 'bases/common/kustomization.yaml', 'resources:\n- pgbouncer.yaml\nconfigMapGenerator:\n- name: pgbouncer-config\n  envs:\n  - pgbouncer.env\n');
  write(root, 'bases/common/pgbouncer.env', 'POOL_MODE=transaction\nMAX_CLIENT_CONN=500\n# comment\nDEFAULT_POOL_SIZE=20\n');
  write(
    root,
    'bases/common/pgbouncer.yaml',
    `apiVersion: apps/v1
kind: Deployment
metadata:
  name: pgbouncer
spec:
  replicas: 1
  selector:
    matchLabels: {app: pgbouncer}
  template:
    metadata:
      labels: {app: pgbouncer}
    spec:
      containers:
      - name: pgbouncer
        image: bitnami/pgbouncer:1.21.0
        envFrom:
        - configMapRef: {name: pgbouncer-config}
        ports:
        - {name: pgbouncer, containerPort: 6432}
`,
  );
}

function overlayFor(flavour: Flavour, team: string, env: (typeof ENVS)[number]): { kustomization: string; files: Record<string, string> } {
  const replicas = env === 'prod' ? 3 : env === 'staging' ? 2 : 1;
  const size = env === 'prod' ? '100Gi' : env === 'staging' ? '20Gi' : '5Gi';
  const files: Record<string, string> = { 'app.env': `TEAM=${team}\nENVIRONMENT=${env}\nLOG_LEVEL=${env === 'prod' ? 'warn' : 'debug'}\n` };
  const secretGenerator: Record<string, unknown>[] = [
    { name: 'app-credentials', literals: ['username=app', `password=placeholder-${team}-${env}`] },
  ];
  const patches: Record<string, unknown>[] = [];
  const jsonPatch = (ops: { op: string; path: string; value: unknown }[]) => stringify(ops);
  switch (flavour) {
    case 'pgo':
      patches.push({
        target: { group: 'postgres-operator.crunchydata.com', kind: 'PostgresCluster' },
        patch: jsonPatch([
          { op: 'replace', path: '/spec/instances/0/replicas', value: replicas },
          { op: 'replace', path: '/spec/instances/0/dataVolumeClaimSpec/resources/requests/storage', value: size },
        ]),
      });
      patches.push({ path: 'pgo-patch.yaml' });
      files['pgo-patch.yaml'] = stringify({
        apiVersion: 'postgres-operator.crunchydata.com/v1beta1',
        kind: 'PostgresCluster',
        metadata: { name: 'db' },
        spec: { patroni: { dynamicConfiguration: { postgresql: { parameters: { work_mem: env === 'prod' ? '32MB' : '8MB' } } } } },
      });
      break;
    case 'cnpg':
      patches.push({
        patch: stringify({
          apiVersion: 'postgresql.cnpg.io/v1',
          kind: 'Cluster',
          metadata: { name: 'db' },
          spec: { instances: replicas, storage: { size } },
        }),
      });
      if (env === 'prod') patches.push({ target: { kind: 'ScheduledBackup' }, patch: jsonPatch([{ op: 'replace', path: '/spec/schedule', value: '0 0 * * * *' }]) });
      break;
    case 'zalando':
      patches.push({
        target: { kind: 'postgresql' },
        patch: jsonPatch([
          { op: 'replace', path: '/spec/numberOfInstances', value: replicas },
          { op: 'replace', path: '/spec/volume/size', value: size },
          { op: 'replace', path: '/spec/teamId', value: team },
        ]),
      });
      break;
    case 'statefulset':
      secretGenerator.push({ name: 'pg-secret', literals: [`password=placeholder-${env}`] });
      patches.push({ path: 'sts-patch.yaml' });
      files['sts-patch.yaml'] = stringify({
        apiVersion: 'apps/v1',
        kind: 'StatefulSet',
        metadata: { name: 'postgres' },
        spec: {
          replicas,
          template: {
            spec: {
              containers: [
                {
                  name: 'postgres',
                  resources: { limits: { memory: env === 'prod' ? '8Gi' : '1Gi' } },
                  env: [{ name: 'PGDATA', value: '/var/lib/postgresql/data/pgdata' }],
                },
              ],
            },
          },
          volumeClaimTemplates: [
            { metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: size } } } },
          ],
        },
      });
      break;
  }
  const kustomization = {
    resources: [`../../../bases/${flavour}`, '../../../bases/common'],
    namespace: `${team}-${env}`,
    namePrefix: `${team}-`,
    commonLabels: { team, env },
    commonAnnotations: { owner: `${team}@example.com` },
    configMapGenerator: [{ name: 'app-settings', envs: ['app.env'], literals: [`REPLICAS=${replicas}`] }],
    secretGenerator,
    images: [{ name: 'bitnami/pgbouncer', newTag: '1.22.1' }],
    replicas: [{ name: 'pgbouncer', count: replicas }],
    patches,
  };
  return { kustomization: stringify(kustomization), files };
}

function generateRepo(root: string, teams: number): string[] {
  writeBases(root);
  const apps: string[] = [];
  for (let t = 0; t < teams; t++) {
    const team = `team-${String(t).padStart(3, '0')}`;
    const flavour = FLAVOURS[t % FLAVOURS.length]!;
    for (const env of ENVS) {
      const rel = `teams/${team}/${env}`;
      const { kustomization, files } = overlayFor(flavour, team, env);
      write(root, `${rel}/kustomization.yaml`, kustomization);
      for (const [name, text] of Object.entries(files)) write(root, `${rel}/${name}`, text);
      apps.push(path.join(root, rel));
    }
  }
  return apps;
}

// ---- running -----------------------------------------------------------------------------------------------

function kubectl(dir: string): Promise<{ ok: boolean; stdout: string; error?: string }> {
  return new Promise((resolve) => {
    execFile('kubectl', ['kustomize', dir], { maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) resolve({ ok: false, stdout: '', error: (stderr || err.message).split('\n')[0] ?? '' });
      else resolve({ ok: true, stdout });
    });
  });
}

async function pool<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]!);
      }
    }),
  );
  return out;
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const root = mkdtempSync(path.join(tmpdir(), 'pgwarden-bench-render-'));
  try {
    const apps = generateRepo(root, args.teams);
    console.log(`repo: ${root} — ${args.teams} teams × ${ENVS.length} overlays = ${apps.length} apps over ${FLAVOURS.length} Postgres flavours`);

    // pgwarden: one process, one shared cache.
    let peakRss = process.memoryUsage().rss;
    let peakHeap = process.memoryUsage().heapUsed;
    const sampler = setInterval(() => {
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      peakHeap = Math.max(peakHeap, m.heapUsed);
    }, 20);
    const cache = new RenderCache();
    const ours: Record<string, unknown>[][] = [];
    let ourErrors = 0;
    let ourFallbacks = 0;
    const t0 = performance.now();
    for (const app of apps) {
      const result = await render(app, { cache, fallback: false });
      if (result.diagnostics.some((d) => d.severity === 'error')) ourErrors++;
      if (result.objects.some((_, i) => result.origin(i, '')?.via === 'fallback')) ourFallbacks++;
      ours.push(result.objects);
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      peakHeap = Math.max(peakHeap, m.heapUsed);
    }
    const oursMs = performance.now() - t0;
    clearInterval(sampler);
    const maxRssKb = process.resourceUsage().maxRSS;

    // kubectl kustomize: one process per app.
    const t1 = performance.now();
    const refs = await pool(apps, args.kubectlConcurrency, kubectl);
    const kubectlMs = performance.now() - t1;

    let identical = 0;
    const differing: string[] = [];
    refs.forEach((ref, i) => {
      const objects = ref.ok
        ? parseAllDocuments(ref.stdout)
            .map((d) => d.toJS() as unknown)
            .filter((v): v is Record<string, unknown> => v !== null && typeof v === 'object')
        : undefined;
      if (objects && isDeepStrictEqual(objects, ours[i])) identical++;
      else differing.push(path.relative(root, apps[i]!));
    });

    const objectCount = ours.reduce((n, objs) => n + objs.length, 0);
    console.log(`pgwarden render(): ${oursMs.toFixed(0)} ms for ${apps.length} apps (${objectCount} objects), one process, shared RenderCache, sequential`);
    console.log(`  errors: ${ourErrors}, fallbacks: ${ourFallbacks}`);
    console.log(`  peak memory: rss ${mb(peakRss)} (resourceUsage maxRSS ${mb(maxRssKb * 1024)}), heapUsed ${mb(peakHeap)}`);
    console.log(`kubectl kustomize: ${kubectlMs.toFixed(0)} ms for ${apps.length} apps, one process per app, ${args.kubectlConcurrency} at a time`);
    console.log(`speed-up: ${(kubectlMs / oursMs).toFixed(1)}× (target ≥ 5×)`);
    console.log(`identical to kubectl: ${identical} of ${apps.length}`);
    if (differing.length > 0) console.log(`differing apps (first 10): ${differing.slice(0, 10).join(', ')}`);
  } finally {
    if (args.keep) console.log(`kept ${root}`);
    else rmSync(root, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 1;
});
