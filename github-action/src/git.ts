// Git plumbing for the Action: which commit a pull request is compared with, and which lines it changed.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { type ChangedLines, parseUnifiedDiff } from './changed-lines.js';

function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
}

function tryGit(cwd: string, args: string[]): string | undefined {
  try {
    return git(cwd, args);
  } catch {
    return undefined;
  }
}

/** The repository root containing `dir`, or undefined when `dir` is not in a git checkout. */
export function gitToplevel(dir: string): string | undefined {
  return tryGit(dir, ['rev-parse', '--show-toplevel'])?.trim() || undefined;
}

export interface EventBase {
  base: string;
  /** Where the sha came from, for messages. */
  from: string;
}

/**
 * The base commit of the event, as GitHub sends it: `pull_request.base.sha` for pull_request and
 * pull_request_target, `merge_group.base_sha` for merge queues. Other events (push, schedule, …) have no base:
 * the whole path is linted.
 */
export function eventBase(eventName: string | undefined, eventPath: string | undefined): EventBase | undefined {
  if (!eventPath) return undefined;
  let payload: unknown;
  try {
    payload = JSON.parse(readFileSync(eventPath, 'utf8'));
  } catch (err) {
    throw new Error(`cannot read the event payload GITHUB_EVENT_PATH=${eventPath}: ${(err as Error).message}`);
  }
  const record = (v: unknown): Record<string, unknown> | undefined =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  const root = record(payload);
  const isSha = (v: unknown): v is string => typeof v === 'string' && /^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(v);
  const prBase = record(record(root?.pull_request)?.base)?.sha;
  if ((eventName === undefined || eventName.startsWith('pull_request')) && isSha(prBase)) {
    return { base: prBase, from: 'pull_request.base.sha' };
  }
  const mgBase = record(root?.merge_group)?.base_sha;
  if ((eventName === undefined || eventName === 'merge_group') && isSha(mgBase)) {
    return { base: mgBase, from: 'merge_group.base_sha' };
  }
  return undefined;
}

/**
 * Makes sure `sha` is present locally (actions/checkout fetches one commit by default) by fetching it from
 * `origin` when missing. Returns an explanation when it still is not available.
 */
export function ensureCommit(repoRoot: string, sha: string): string | undefined {
  const has = () => tryGit(repoRoot, ['cat-file', '-e', `${sha}^{commit}`]) !== undefined;
  if (has()) return undefined;
  tryGit(repoRoot, ['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', sha]);
  if (has()) return undefined;
  return `the base commit ${sha.slice(0, 12)} is not in the checkout and could not be fetched; use actions/checkout with fetch-depth: 0`;
}

/**
 * Lines changed between the base and HEAD. `base...HEAD` (changes on the PR side since the merge base) as the
 * brief and GitHub's own "Files changed" view do; in a shallow clone without a merge base, the two-dot diff
 * against the base is the same set for a PR merge commit (whose first parent is the base).
 */
export function changedLines(repoRoot: string, base: string): { changed: ChangedLines; note?: string } {
  const common = ['-c', 'core.quotePath=false', 'diff', '--unified=0', '--no-color', '--no-ext-diff', '--no-renames'];
  const threeDot = tryGit(repoRoot, [...common, `${base}...HEAD`]);
  if (threeDot !== undefined) return { changed: parseUnifiedDiff(threeDot) };
  const twoDot = git(repoRoot, [...common, base, 'HEAD']);
  return {
    changed: parseUnifiedDiff(twoDot),
    note: `no merge base between ${base.slice(0, 12)} and HEAD (shallow clone?): compared the trees directly`,
  };
}
