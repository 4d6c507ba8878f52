// Runs the committed Action bundle as the GitHub runner does (`node github-action/dist/index.js`, INPUT_* and
// GITHUB_* set, on a workflow_dispatch: the whole path is linted; or on a pull_request against its base) and collects every output a person can read:
// the log, the job summary, the step outputs, the SARIF file and the `format-file` report.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '../..');
export const actionBundle = join(repoRoot, 'github-action/dist/index.js');
const node24 = join(repoRoot, 'node_modules/.bin/node');

export interface BundledActionRun {
  status: number | null;
  /** Everything the runner reads for workflow commands and shows as the log. */
  log: string;
  summary: string;
  outputs: string;
  sarif: string;
  /** The `format-file` report, when that input was given. */
  report?: string;
}

export function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', ['-c', 'user.name=Octo Cat', '-c', 'user.email=octocat@example.com', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

/** Makes `dir` a git checkout with one commit (the Action reads the repository root from git). */
export function commitAll(dir: string): void {
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'fixture');
}

/** A pull_request event whose base is `baseSha` (the Action lints the head against it: change findings, changed lines). */
export interface PullRequestEvent {
  baseSha: string;
  headSha: string;
}

export function runBundledAction(workspace: string, inputs: Record<string, string>, pullRequest?: PullRequestEvent): BundledActionRun {
  if (!existsSync(actionBundle)) throw new Error('github-action/dist/index.js is missing: run npm run bundle');
  const runDir = mkdtempSync(join(workspace, '..', 'runner-'));
  mkdirSync(runDir, { recursive: true });
  const summaryFile = join(runDir, 'step_summary.md');
  const outputFile = join(runDir, 'output');
  writeFileSync(summaryFile, '');
  writeFileSync(outputFile, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    GITHUB_REPOSITORY: 'acme/gitops',
    GITHUB_SERVER_URL: 'https://github.com',
    RUNNER_TEMP: runDir,
  };
  if (pullRequest) {
    const eventFile = join(runDir, 'event.json');
    writeFileSync(eventFile, JSON.stringify({ pull_request: { base: { sha: pullRequest.baseSha }, head: { sha: pullRequest.headSha } } }));
    Object.assign(env, { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventFile, GITHUB_SHA: pullRequest.headSha });
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const r = spawnSync(node24, [actionBundle], { cwd: workspace, env, encoding: 'utf8', timeout: 120_000 });
  const outputs = readFileSync(outputFile, 'utf8');
  const sarifFile = /^sarif-file<<(\S+)\n(.*)\n\1$/m.exec(outputs)?.[2];
  const reportFile = inputs['format-file'] ? join(workspace, inputs['format-file']) : undefined;
  return {
    status: r.status,
    log: r.stdout + r.stderr,
    summary: readFileSync(summaryFile, 'utf8'),
    outputs,
    sarif: sarifFile && existsSync(sarifFile) ? readFileSync(sarifFile, 'utf8') : '',
    ...(reportFile && existsSync(reportFile) ? { report: readFileSync(reportFile, 'utf8') } : {}),
  };
}
