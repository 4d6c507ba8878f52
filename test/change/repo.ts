// Small git repositories for the change rules: a base commit and a head commit per case, built in a temporary
// directory (TMPDIR is per test run, see test/support/temp-dir.ts) and linted with `runLint({base})`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type LintResult, runLint } from '../../src/cli/lint.js';

const env = {
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^GIT_/.test(k))),
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.com',
};

export function git(dir: string, ...args: string[]): string {
  const result = spawnSync('git', args, { cwd: dir, encoding: 'utf8', env });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

export type Tree = Record<string, string>;

function write(dir: string, tree: Tree): void {
  for (const [path, text] of Object.entries(tree)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/** A repository with `base` committed, then the working tree replaced by `head` (committed when `commitHead`). */
export function changeRepo(base: Tree, head: Tree, commitHead = true): string {
  const dir = mkdtempSync(join(tmpdir(), 'pgw-change-'));
  git(dir, 'init', '-q', '-b', 'main');
  write(dir, base);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  for (const path of Object.keys(base)) if (!(path in head)) rmSync(join(dir, path));
  write(dir, head);
  if (commitHead) {
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '--allow-empty', '-m', 'head');
  }
  return dir;
}

/** Lints the head against the base (`HEAD~1` when the head is committed, else `HEAD`). */
export async function lintChange(base: Tree, head: Tree, options: { commitHead?: boolean; policy?: string } = {}): Promise<LintResult & { dir: string }> {
  const commitHead = options.commitHead ?? true;
  const dir = changeRepo(base, head, commitHead);
  if (options.policy) writeFileSync(join(dir, '.pgwarden.yaml'), options.policy);
  const result = await runLint({ paths: ['.'], cwd: dir, base: commitHead ? 'HEAD~1' : 'HEAD' });
  return { ...result, dir };
}

/** A kustomization listing one manifest: the app the change pipeline renders at both sides. */
export function app(manifest: string, file = 'cluster.yaml'): Tree {
  return { 'kustomization.yaml': `resources:\n  - ${file}\n`, [file]: manifest };
}

export const CHANGE_RULES = ['cluster-removed', 'storage-shrink', 'storage-class-change', 'major-upgrade', 'immutable-field', 'backup-removed'];

/** The change findings of a result (the state rules' findings are left out). */
export function changeFindings(result: LintResult) {
  return result.report.findings.filter((f) => CHANGE_RULES.includes(f.ruleId));
}
