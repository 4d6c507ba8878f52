// Shared helpers for the CLI tests: rebuild lib/ (the committed bundle) when stale, spawn bin/pgwarden with Node 24, copy fixtures to temp dirs.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { LintReport, ReportFinding } from '../../src/cli/report.js';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const fixtures = resolve(repoRoot, 'test/fixtures/cli');
const nodeBin = join(repoRoot, 'node_modules/.bin/node');
const bin = join(repoRoot, 'bin/pgwarden');

function isBuildFresh(entry: string): boolean {
  const built = existsSync(entry) ? statSync(entry).mtimeMs : 0;
  const sources = spawnSync('git', ['ls-files', '-mo', '--exclude-standard', 'src'], { cwd: repoRoot, encoding: 'utf8' }).stdout.split('\n');
  const newest = Math.max(
    ...[...sources, 'src/cli/lint.ts', 'src/cli/main.ts', 'src/render/index.ts', 'src/policies/engine.ts']
      .filter(Boolean)
      .map((f) => (existsSync(join(repoRoot, f)) ? statSync(join(repoRoot, f)).mtimeMs : 0)),
  );
  return built > newest;
}

/**
 * bin/pgwarden runs lib/ (the committed bundle): rebuild it when a source is newer, so a developer's edit is what
 * the spawned CLI runs. `npm test` checks the committed bundle before vitest starts (check:bundles), so this never
 * hides a stale commit. Test files run in parallel: the check and the build happen under a lock directory.
 */
export function ensureBuilt(): void {
  const entry = join(repoRoot, 'lib/pgwarden.js');
  const lock = join(tmpdir(), 'pgwarden-test-build.lock');
  const deadline = Date.now() + 300_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock older than the deadline belongs to a dead run.
      if (Date.now() > deadline || Date.now() - statSync(lock).mtimeMs > 300_000) {
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    if (isBuildFresh(entry)) return;
    const built = spawnSync(nodeBin, [join(repoRoot, 'scripts/build-cli.mjs')], { cwd: repoRoot, encoding: 'utf8' });
    if (built.status !== 0 || !existsSync(entry)) throw new Error(`scripts/build-cli.mjs failed:\n${built.stderr}`);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function pgwarden(args: string[], cwd: string, env: Record<string, string> = {}): Run {
  const r = spawnSync(nodeBin, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function lintJson(args: string[], cwd: string): { run: Run; report: LintReport } {
  const run = pgwarden(['lint', '--format', 'json', ...args], cwd);
  let report: LintReport;
  try {
    report = JSON.parse(run.stdout) as LintReport;
  } catch {
    throw new Error(`not JSON (exit ${run.code}):\n${run.stdout}\n${run.stderr}`);
  }
  return { run, report };
}

/** The fields the tests pin: rule, file, line, severity (and apps). */
export function brief(findings: ReportFinding[]): string[] {
  return findings.map((f) => `${f.severity} ${f.ruleId} ${f.file}:${f.line} [${f.apps.join(' ')}]`);
}

export function copyFixture(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `pgwarden-${name}-`));
  cpSync(join(fixtures, name), dir, { recursive: true });
  return dir;
}
