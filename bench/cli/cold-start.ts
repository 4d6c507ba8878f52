// bench/cli cold start: what a user pays per invocation, against the tools it stands beside, side by side in one run.
//
//   npm run bench:cold -- [--rounds 15]
//
// A git repository holding a copy of examples/ (as a user's GitOps repo would: Argo CD Applications, 12 apps, the
// examples' .pgwarden.yaml). Each round runs, in an order that rotates every round so no side always goes first:
//   - `pgwarden lint examples/apps/analytics/postgresql.yaml` from the root (what pre-commit runs per commit),
//   - the same lint of that file changed since the last run (a comment line added before every run, in a second copy
//     of the repository): the file is parsed, every other one comes from the parse cache — a commit that touches the
//     file. Reported beside the others, without a target: the target is set on the unchanged file,
//   - `pgwarden lint examples/apps/analytics` (one app),
//   - `kubectl kustomize examples/apps/analytics` (rendering that app alone, the peer of both),
//   - `pgwarden --version` and `node -e 0` (the floor: starting Node).
// Every command is a fresh process through bin/pgwarden with this Node (node_modules/.bin/node); one warm-up round
// first (the OS file cache, bin/pgwarden's code caches and lint's parse cache, in a cache directory of the bench's own
// (NODE_COMPILE_CACHE), as a user's first run fills them — a code cache is kept as the first run of its kind made it,
// so one left by another run (a lint of another tree) would measure that run's paths through the code: the
// linted file is unchanged between rounds, so every round is served by the parse cache — see docs/cli.md). Prints median and p90 wall time and median CPU time of each, and the
// ratios peer ÷ pgwarden (target ≥ 1 for both lints).
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repoRoot = resolve(process.env.PGWARDEN_REPO ?? process.cwd());
const args = process.argv.slice(2);
const roundsFlag = args.indexOf('--rounds');
const rounds = Number(roundsFlag >= 0 ? args[roundsFlag + 1] : 15) || 15;
const bin = join(repoRoot, 'bin/pgwarden');
const node = process.execPath;

interface Case {
  name: string;
  command: string;
  args: string[];
  /** Exit codes that mean it ran (a lint of the examples finds problems: 1). */
  ok: number[];
  /** Runs in the second copy of the repository, after `before` there. */
  changed?: true;
}

const LINTED_FILE = 'examples/apps/analytics/postgresql.yaml';
let edits = 0;
/** The linted file, changed: one comment line more than the run before saw. */
const changeFile = (repo: string) => appendFileSync(join(repo, LINTED_FILE), `# edit ${++edits}\n`);

const cases: Case[] = [
  { name: 'pgwarden lint FILE', command: node, args: [bin, 'lint', LINTED_FILE], ok: [0, 1] },
  { name: 'pgwarden lint FILE, changed', command: node, args: [bin, 'lint', LINTED_FILE], ok: [0, 1], changed: true },
  { name: 'pgwarden lint APP', command: node, args: [bin, 'lint', 'examples/apps/analytics'], ok: [0, 1] },
  { name: 'kubectl kustomize APP', command: 'kubectl', args: ['kustomize', 'examples/apps/analytics'], ok: [0] },
  { name: 'pgwarden --version', command: node, args: [bin, '--version'], ok: [0] },
  { name: 'node -e 0', command: node, args: ['-e', '0'], ok: [0] },
];

/** The caches of this run only (bin/pgwarden's code caches and lint's parse cache), set in main(). */
const env: NodeJS.ProcessEnv = { ...process.env };

function time(c: Case, cwd: string): number {
  if (c.changed) changeFile(cwd);
  const start = process.hrtime.bigint();
  const run = spawnSync(c.command, c.args, { cwd, encoding: 'utf8', env });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.error || !c.ok.includes(run.status ?? -1)) {
    throw new Error(`${c.name} failed (exit ${run.status}): ${run.error?.message ?? run.stderr.slice(0, 400)}`);
  }
  return ms;
}

/**
 * CPU time (user + system, every thread) of one run, from bash's `times` (the children's line): what the run cost the
 * machine, which a loaded machine inflates far less than wall time.
 */
function cpu(c: Case, cwd: string): number {
  if (c.changed) changeFile(cwd);
  const run = spawnSync('bash', ['-c', '"$@" >/dev/null 2>&1; echo "exit $?"; times', 'cpu', c.command, ...c.args], { cwd, encoding: 'utf8', env });
  const lines = run.stdout.trim().split('\n');
  const status = Number(/exit (\d+)/.exec(run.stdout)?.[1] ?? -1);
  if (!c.ok.includes(status)) throw new Error(`${c.name} failed (exit ${status})`);
  let total = 0;
  for (const [, m, sec] of (lines[lines.length - 1] ?? '').matchAll(/(\d+)m([\d.]+)s/g)) total += Number(m) * 60 + Number(sec);
  return total * 1000;
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

function main(): void {
  const root = mkdtempSync(join(tmpdir(), 'pgwarden-bench-cold-'));
  // The copy whose linted file changes before every run: a parse cache of its own (one per repository).
  const changedRoot = mkdtempSync(join(tmpdir(), 'pgwarden-bench-cold-changed-'));
  // Outside the repositories, which the lints walk.
  const cacheDir = mkdtempSync(join(tmpdir(), 'pgwarden-bench-cold-cache-'));
  const cwdOf = (c: Case) => (c.changed ? changedRoot : root);
  try {
    for (const repo of [root, changedRoot]) {
      cpSync(join(repoRoot, 'examples'), join(repo, 'examples'), { recursive: true });
      execFileSync('git', ['init', '-q'], { cwd: repo });
    }
    env.NODE_COMPILE_CACHE = cacheDir;
    delete env.NODE_DISABLE_COMPILE_CACHE;
    const walls = new Map<string, number[]>(cases.map((c) => [c.name, []]));
    const cpus = new Map<string, number[]>(cases.map((c) => [c.name, []]));
    for (const c of cases) time(c, cwdOf(c)); // warm-up (and bin/pgwarden's code cache for each kind of run)
    for (let r = 0; r < rounds; r++) {
      for (let i = 0; i < cases.length; i++) {
        const c = cases[(i + r) % cases.length]!;
        walls.get(c.name)!.push(time(c, cwdOf(c)));
        cpus.get(c.name)!.push(cpu(c, cwdOf(c)));
      }
    }
    const wall = new Map<string, number>();
    const cpuMedian = new Map<string, number>();
    console.log(`cold start, ${rounds} rounds (+1 warm-up), Node ${process.versions.node}, in a git repo holding examples/; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    console.log('  wall: elapsed per run; CPU: user + system of the process, every thread (bash times)');
    for (const c of cases) {
      const sorted = [...walls.get(c.name)!].sort((a, b) => a - b);
      const sortedCpu = [...cpus.get(c.name)!].sort((a, b) => a - b);
      wall.set(c.name, quantile(sorted, 0.5));
      cpuMedian.set(c.name, quantile(sortedCpu, 0.5));
      console.log(
        `  ${c.name.padEnd(28)} wall median ${quantile(sorted, 0.5).toFixed(0).padStart(5)} ms  p90 ${quantile(sorted, 0.9).toFixed(0).padStart(5)} ms   CPU median ${quantile(sortedCpu, 0.5).toFixed(0).padStart(5)} ms`,
      );
    }
    const ratio = (peer: string, ours: string) => `${(wall.get(peer)! / wall.get(ours)!).toFixed(2)}× wall, ${(cpuMedian.get(peer)! / cpuMedian.get(ours)!).toFixed(2)}× CPU`;
    console.log(`  ratio kubectl kustomize APP ÷ pgwarden lint FILE: ${ratio('kubectl kustomize APP', 'pgwarden lint FILE')} (target ≥ 1)`);
    console.log(`    the file changed since the last run:           ${ratio('kubectl kustomize APP', 'pgwarden lint FILE, changed')}`);
    console.log(`  ratio kubectl kustomize APP ÷ pgwarden lint APP:  ${ratio('kubectl kustomize APP', 'pgwarden lint APP')} (target ≥ 1)`);
    console.log(`  ratio node -e 0 ÷ pgwarden --version:             ${ratio('node -e 0', 'pgwarden --version')}`);
  } finally {
    rmSync(root, { recursive: true, force: true });
    rmSync(changedRoot, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

main();
