// bench/cli: `pgwarden lint` against `kubectl kustomize` of every overlay, side by side in one run, at 100, 1,000
// and 3,000 overlays, each size twice: a namespace per team and environment, and namespaces shared by every team
// (one per environment). Prints one table: lint wall time, CPU and peak memory; kubectl's wall and CPU time; the
// ratios; and shared / separate for CPU time and memory. Targets (issue 10 §6): lint ≥ 10× faster than kubectl at every size;
// shared namespaces within 1.5× of separate ones in time and memory.
//
//   npm run bench:cli -- [--sizes 100,1000,3000] [--kubectl-sample 40] [--keep]
//
// The repo: teams of five apps — one per flavour, copied from examples/ (PGO v5, CloudNativePG with a
// ScheduledBackup, Zalando with its Secret, PGO v4 with its backup schedule, a plain StatefulSet with Secret and
// Service) — each a base and three overlays (dev, staging, prod) that set the namespace and a team name prefix,
// so objects are unique per team in both layouts. No Argo CD / Flux objects: every overlay is a kustomize root.
//
// Each lint is `bin/pgwarden lint` in a process of its own (what a user runs), so each peak RSS is that run's alone.
// kubectl kustomize costs ~0.1 s of process start and build per overlay: it is measured on an evenly spread sample
// of the overlays (--kubectl-sample, default 40) and extrapolated per overlay to all of them; the table says so.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const repoRoot = resolve(process.env.PGWARDEN_REPO ?? process.cwd());
const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

const FLAVOURS: { app: string; base: string; files: string[] }[] = [
  { app: 'orders', base: 'apps/orders/base', files: ['postgrescluster.yaml'] },
  { app: 'billing', base: 'apps/billing/base', files: ['cluster.yaml', 'scheduledbackup.yaml'] },
  { app: 'analytics', base: 'apps/analytics', files: ['postgresql.yaml', 'credentials.yaml'] },
  { app: 'inventory', base: 'apps/inventory-legacy', files: ['pgcluster.yaml', 'backup-schedule.yaml'] },
  { app: 'metrics', base: 'apps/metrics', files: ['secret.yaml', 'service.yaml', 'statefulset.yaml'] },
];
const ENVS = ['dev', 'staging', 'prod'];
const OVERLAYS_PER_TEAM = FLAVOURS.length * ENVS.length;

/** The repo with `overlays` overlays (rounded up to whole teams); returns the overlay directories. */
function generate(root: string, overlays: number, shared: boolean): string[] {
  const dirs: string[] = [];
  const teams = Math.ceil(overlays / OVERLAYS_PER_TEAM);
  for (let t = 1; t <= teams; t++) {
    const team = `team-${String(t).padStart(4, '0')}`;
    for (const flavour of FLAVOURS) {
      if (dirs.length >= overlays) break; // no base without an overlay: it would be a kustomize root of its own
      const app = join(root, 'teams', team, flavour.app);
      const base = join(app, 'base');
      mkdirSync(base, { recursive: true });
      for (const file of flavour.files) cpSync(join(repoRoot, 'examples', flavour.base, file), join(base, file));
      writeFileSync(join(base, 'kustomization.yaml'), `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n${flavour.files.map((f) => `  - ${f}\n`).join('')}`);
      for (const env of ENVS) {
        if (dirs.length >= overlays) break;
        const dir = join(app, 'overlays', env);
        mkdirSync(dir, { recursive: true });
        const namespace = shared ? env : `${team}-${flavour.app}-${env}`;
        writeFileSync(
          join(dir, 'kustomization.yaml'),
          `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: ${namespace}\nnamePrefix: ${team}-\nresources:\n  - ../../base\n`,
        );
        dirs.push(dir);
      }
    }
  }
  cpSync(join(repoRoot, 'examples', '.pgwarden.yaml'), join(root, '.pgwarden.yaml'));
  return dirs;
}

interface LintRun {
  ms: number;
  cpuMs: number;
  rssMb: number;
  apps: number;
  findings: number;
}

const bin = join(repoRoot, 'bin/pgwarden');

/**
 * `pgwarden lint ROOT` as a user runs it: a fresh process through bin/pgwarden (the committed bundle, its code cache
 * warm from an earlier run, as on a user's second run), the report written as JSON to a file. Its CPU time (user +
 * system, every thread of the process: V8's compiler and GC threads included) and peak RSS are read by a probe
 * loaded with --import that records process.resourceUsage() at exit; wall time is the parent's, start-up included.
 */
function lintProcess(root: string, work: string): LintRun {
  const usageFile = join(work, 'usage.json');
  const reportFile = join(work, 'report.json');
  const t0 = performance.now();
  const run = spawnSync(process.execPath, ['--import', pathToFileURL(join(work, 'probe.mjs')).href, bin, 'lint', root, '--format', 'json', '--output', reportFile], {
    encoding: 'utf8',
    env: { ...process.env, PGWARDEN_BENCH_USAGE: usageFile },
  });
  const ms = performance.now() - t0;
  if (run.status !== 0 && run.status !== 1) throw new Error(`lint failed (${run.status}): ${run.stderr.slice(0, 2000)}`);
  const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as NodeJS.ResourceUsage;
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as { summary: { apps: number }; findings: unknown[] };
  return {
    ms,
    cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
    rssMb: usage.maxRSS / 1024,
    apps: report.summary.apps,
    findings: report.findings.length,
  };
}

const PROBE = `import { writeFileSync } from 'node:fs';
process.on('exit', () => writeFileSync(process.env.PGWARDEN_BENCH_USAGE, JSON.stringify(process.resourceUsage())));
`;

/** Seconds in a `times` line (`0m1.250s 0m0.310s` → user + sys). */
function timesSeconds(line: string): number {
  let total = 0;
  for (const [, m, sec] of line.matchAll(/(\d+)m([\d.]+)s/g)) total += Number(m) * 60 + Number(sec);
  return total;
}

/**
 * kubectl kustomize of an evenly spread sample, one process per overlay, run by bash so that its `times` builtin
 * gives the CPU the kubectl processes used (user + system); the mean wall and CPU time per overlay.
 */
function kubectlPerOverlay(dirs: string[], sample: number): { wallMs: number; cpuMs: number; sampled: number; failed: number } {
  const step = Math.max(1, Math.floor(dirs.length / sample));
  const picked = dirs.filter((_, i) => i % step === 0).slice(0, sample);
  const script = 'for d in "$@"; do kubectl kustomize "$d" >/dev/null 2>&1 || echo FAILED; done; times';
  const t0 = performance.now();
  const run = spawnSync('bash', ['-c', script, 'kubectl-sample', ...picked], { encoding: 'utf8' });
  const wallMs = performance.now() - t0;
  const lines = run.stdout.trim().split('\n');
  const failed = lines.filter((l) => l === 'FAILED').length;
  const children = lines[lines.length - 1] ?? '';
  return { wallMs: wallMs / picked.length, cpuMs: (timesSeconds(children) * 1000) / picked.length, sampled: picked.length, failed };
}

async function main(): Promise<void> {

  const work = mkdtempSync(join(tmpdir(), 'pgwarden-bench-cli-work-'));
  writeFileSync(join(work, 'probe.mjs'), PROBE);
  // One lint first, so the runs below start with bin/pgwarden's code cache as a user's second run does.
  const warm = mkdtempSync(join(tmpdir(), 'pgwarden-bench-cli-warm-'));
  generate(warm, OVERLAYS_PER_TEAM, false);
  lintProcess(warm, work);
  rmSync(warm, { recursive: true, force: true });
  const sizes = (flag('--sizes') ?? '100,1000,3000').split(',').map(Number).filter((n) => n > 0);
  const sample = Number(flag('--kubectl-sample') ?? 40) || 40;
  const keep = args.includes('--keep');
  const kubectlVersion = execFileSync('kubectl', ['version', '--client', '-o', 'json'], { encoding: 'utf8' });
  console.log(`bench/cli: lint vs kubectl kustomize (${(JSON.parse(kubectlVersion) as { kustomizeVersion?: string }).kustomizeVersion ?? 'kustomize'}), node ${process.version}`);
  console.log(`kubectl: ${sample} overlays per row, evenly spread, one process each; the kubectl columns are the mean per overlay × the row's overlays (extrapolated, not measured on every overlay).`);
  console.log(`lint: bin/pgwarden lint, one process per row (start-up included, code cache warm), every overlay. Load average at start: ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} CPUs.`);
  console.log('CPU = user + system time of each tool\'s processes, every thread (kubectl: bash `times` of its children; lint: process.resourceUsage at exit); wall = elapsed. On a loaded machine wall times are inflated for both tools; CPU is what each costs.');
  console.log('');
  const header = ['overlays', 'namespaces', 'apps', 'lint wall s', 'lint CPU s', 'lint peak MB', 'kubectl wall s', 'kubectl CPU s', 'kubectl CPU ms/ov.', 'ratio wall', 'ratio CPU', 'shared/sep. time', 'shared/sep. mem'];
  const rows: string[][] = [];
  const targets: string[] = [];
  for (const size of sizes) {
    const separate: { lint: LintRun } = { lint: { ms: 0, cpuMs: 0, rssMb: 0, apps: 0, findings: 0 } };
    for (const shared of [false, true]) {
      const root = mkdtempSync(join(tmpdir(), `pgwarden-bench-cli-${size}-${shared ? 'shared' : 'separate'}-`));
      const dirs = generate(root, size, shared);
      const lint = lintProcess(root, work);
      const kubectl = kubectlPerOverlay(dirs, sample);
      const kubectlWallMs = kubectl.wallMs * dirs.length;
      const kubectlCpuMs = kubectl.cpuMs * dirs.length;
      const ratio = kubectlCpuMs / lint.cpuMs;
      if (!shared) separate.lint = lint;
      const timeRatio = shared ? lint.cpuMs / separate.lint.cpuMs : undefined;
      const memRatio = shared ? lint.rssMb / separate.lint.rssMb : undefined;
      rows.push([
        String(dirs.length),
        shared ? 'shared (3)' : `per team (${dirs.length})`,
        String(lint.apps),
        (lint.ms / 1000).toFixed(2),
        (lint.cpuMs / 1000).toFixed(2),
        lint.rssMb.toFixed(0),
        (kubectlWallMs / 1000).toFixed(1),
        (kubectlCpuMs / 1000).toFixed(1),
        kubectl.cpuMs.toFixed(0) + (kubectl.failed ? ` (${kubectl.failed} failed)` : ''),
        `${(kubectlWallMs / lint.ms).toFixed(1)}×`,
        `${ratio.toFixed(1)}×`,
        timeRatio === undefined ? '' : `${timeRatio.toFixed(2)}×`,
        memRatio === undefined ? '' : `${memRatio.toFixed(2)}×`,
      ]);
      if (ratio < 10) targets.push(`${dirs.length} overlays, ${shared ? 'shared' : 'separate'}: kubectl / lint CPU ${ratio.toFixed(1)}× < 10×`);
      if (timeRatio !== undefined && timeRatio > 1.5) targets.push(`${dirs.length} overlays: shared/separate CPU time ${timeRatio.toFixed(2)}× > 1.5×`);
      if (memRatio !== undefined && memRatio > 1.5) targets.push(`${dirs.length} overlays: shared/separate memory ${memRatio.toFixed(2)}× > 1.5×`);
      if (!keep) rmSync(root, { recursive: true, force: true });
      else console.log(`kept ${root}`);
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i] ?? 0)).join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  console.log('');
  rmSync(work, { recursive: true, force: true });
  console.log(`Load average at end: ${loadavg().map((l) => l.toFixed(1)).join(' ')}.`);
  console.log(
    targets.length
      ? `targets missed (judged on CPU time and peak memory):\n  ${targets.join('\n  ')}`
      : 'targets met (judged on CPU time and peak memory): lint ≥ 10× cheaper than kubectl at every size; shared namespaces within 1.5× of separate ones in time and memory.',
  );
}

await main();
