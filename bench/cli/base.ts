// bench/cli/base: the cost of `pgwarden lint --base REF` against a plain `pgwarden lint` of the same repository,
// side by side in one run (issue 12: target under 2× a plain lint).
//
//   npm run bench:base -- [--apps 300] [--rounds 3] [--keep]
//
// The repository: `--apps` kustomize apps (a base and a prod overlay each), one flavour after another from examples/
// (PGO v5, CloudNativePG with a ScheduledBackup, Zalando, PGO v4 with its backup schedule, a plain StatefulSet),
// committed as the base; the head commit then changes one app in ten (a volume shrunk in its base file) and removes
// one in fifty, so the change rules have work to do. Each lint runs in-process, alternating plain and --base, after
// one warm-up of each; the table shows the median wall time and CPU of each and the ratio. A third run,
// `--changed-since HEAD~1`, shows what judging only the changed apps costs (it leaves the others unrendered).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runLint } from '../../src/cli/index.js';

const repoRoot = resolve(process.env.PGWARDEN_REPO ?? process.cwd());
const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const APPS = Number(flag('--apps') ?? 300);
const ROUNDS = Number(flag('--rounds') ?? 3);

const FLAVOURS: { base: string; files: string[]; size: RegExp }[] = [
  { base: 'apps/orders/base', files: ['postgrescluster.yaml'], size: /storage: (\d+)Gi/ },
  { base: 'apps/billing/base', files: ['cluster.yaml', 'scheduledbackup.yaml'], size: /size: (\d+)Gi/ },
  { base: 'apps/analytics', files: ['postgresql.yaml', 'credentials.yaml'], size: /size: (\d+)Gi/ },
  { base: 'apps/inventory-legacy', files: ['pgcluster.yaml', 'backup-schedule.yaml'], size: /size: (\d+)G/ },
  { base: 'apps/metrics', files: ['secret.yaml', 'service.yaml', 'statefulset.yaml'], size: /storage: (\d+)Gi/ },
];

function git(dir: string, ...gitArgs: string[]): void {
  const env = { ...process.env, GIT_AUTHOR_NAME: 'b', GIT_AUTHOR_EMAIL: 'b@example.com', GIT_COMMITTER_NAME: 'b', GIT_COMMITTER_EMAIL: 'b@example.com' };
  const run = spawnSync('git', gitArgs, { cwd: dir, env, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`git ${gitArgs[0]}: ${run.stderr}`);
}

function generate(root: string): void {
  for (let a = 0; a < APPS; a++) {
    const flavour = FLAVOURS[a % FLAVOURS.length] as (typeof FLAVOURS)[number];
    const name = `app-${String(a).padStart(4, '0')}`;
    const base = join(root, 'apps', name, 'base');
    mkdirSync(base, { recursive: true });
    for (const file of flavour.files) cpSync(join(repoRoot, 'examples', flavour.base, file), join(base, file));
    writeFileSync(join(base, 'kustomization.yaml'), `resources:\n${flavour.files.map((f) => `  - ${f}\n`).join('')}`);
    const prod = join(root, 'apps', name, 'prod');
    mkdirSync(prod, { recursive: true });
    writeFileSync(join(prod, 'kustomization.yaml'), `namespace: ${name}\nnamePrefix: ${name}-\nresources:\n  - ../base\n`);
  }
  cpSync(join(repoRoot, 'examples', '.pgwarden.yaml'), join(root, '.pgwarden.yaml'));
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'base');
  for (let a = 0; a < APPS; a++) {
    const flavour = FLAVOURS[a % FLAVOURS.length] as (typeof FLAVOURS)[number];
    const dir = join(root, 'apps', `app-${String(a).padStart(4, '0')}`);
    if (a % 50 === 7) rmSync(dir, { recursive: true });
    else if (a % 10 === 3) {
      const file = join(dir, 'base', flavour.files.find((f) => flavour.size.test(readFileSync(join(dir, 'base', f), 'utf8'))) ?? '');
      const text = readFileSync(file, 'utf8');
      writeFileSync(file, text.replace(flavour.size, (whole, n: string) => whole.replace(n, String(Math.max(1, Math.floor(Number(n) / 2))))));
    }
  }
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'head');
}

interface Sample {
  ms: number;
  cpuMs: number;
  findings: number;
  change: number;
  /** Apps reported on. */
  apps: number;
}

async function measure(root: string, base?: string, changedSince?: string): Promise<Sample> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = await runLint({ paths: ['.'], cwd: root, ...(base ? { base } : {}), ...(changedSince ? { changedSince } : {}) });
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const change = result.report.findings.filter((f) => f.side !== undefined).length;
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, findings: result.report.findings.length, change, apps: result.report.summary.apps };
}

const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)] ?? 0;

async function main(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'pgwarden-bench-base-'));
  try {
    generate(root);
    await measure(root);
    await measure(root, 'HEAD~1');
    await measure(root, undefined, 'HEAD~1');
    const plain: Sample[] = [];
    const withBase: Sample[] = [];
    const changedOnly: Sample[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      plain.push(await measure(root));
      withBase.push(await measure(root, 'HEAD~1'));
      changedOnly.push(await measure(root, undefined, 'HEAD~1'));
    }
    const p = { ms: median(plain.map((s) => s.ms)), cpu: median(plain.map((s) => s.cpuMs)) };
    const b = { ms: median(withBase.map((s) => s.ms)), cpu: median(withBase.map((s) => s.cpuMs)) };
    const c = { ms: median(changedOnly.map((s) => s.ms)), cpu: median(changedOnly.map((s) => s.cpuMs)) };
    console.log(`bench/cli/base: ${APPS} apps, ${ROUNDS} rounds (median), ${cpus().length} CPUs, load ${loadavg()[0]?.toFixed(2)}`);
    console.log('| run | wall ms | CPU ms | findings | change findings |');
    console.log('|---|---:|---:|---:|---:|');
    console.log(`| lint | ${p.ms.toFixed(0)} | ${p.cpu.toFixed(0)} | ${plain[0]?.findings} | ${plain[0]?.change} |`);
    console.log(`| lint --base HEAD~1 | ${b.ms.toFixed(0)} | ${b.cpu.toFixed(0)} | ${withBase[0]?.findings} | ${withBase[0]?.change} |`);
    console.log(`| ratio (--base / plain) | ${(b.ms / p.ms).toFixed(2)}× | ${(b.cpu / p.cpu).toFixed(2)}× | | target < 2× |`);
    console.log(`| lint --changed-since HEAD~1 | ${c.ms.toFixed(0)} | ${c.cpu.toFixed(0)} | ${changedOnly[0]?.findings} | (apps: ${changedOnly[0]?.apps}) |`);
    console.log(`| ratio (--changed-since / plain) | ${(c.ms / p.ms).toFixed(2)}× | ${(c.cpu / p.cpu).toFixed(2)}× | | |`);
  } finally {
    if (args.includes('--keep')) console.log(`repository kept: ${root}`);
    else rmSync(root, { recursive: true, force: true });
  }
}

await main();
