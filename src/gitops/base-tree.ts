// `lint --base REF`: the repository as it is at a git ref, written into a temporary directory from git objects
// (`git ls-tree` + `git cat-file --batch`), so the same discovery and render pipeline reads it and the user's working
// tree and index are never touched. Chosen over `git archive` because archive applies the ref's own .gitattributes
// (export-ignore drops files, export-subst rewrites them): the base must be the tree exactly as committed.
// The base tree is hostile input like the head: symlinks are written as symlinks and the renderer's load restrictor
// resolves them against the temporary root, so nothing outside it is read; entries are capped in count and size.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';

/** More entries than this in the base tree is refused (a tree this size is not a GitOps repo). */
export const MAX_BASE_ENTRIES = 200_000;
/** Blobs larger than this are written empty: discovery reports files over its own limit anyway. */
export const MAX_BASE_BLOB_BYTES = 64 * 1024 * 1024;

export class BaseTreeError extends Error {}

export interface BaseTree {
  /** The temporary directory holding the tree at `ref` (the repository root at the base). */
  root: string;
  /** The commit `ref` resolved to. */
  commit: string;
  /**
   * Repository files (relative, forward slashes) whose content at `ref` is the content in the working tree now: the
   * renders that read only these files are the same at both sides and need not be done twice.
   */
  unchanged: ReadonlySet<string>;
  /** Removes the temporary directory. */
  dispose(): void;
}

interface Entry {
  mode: string;
  oid: string;
  path: string;
}

function git(repoRoot: string, args: string[]): string {
  const result = spawnSync('git', args, { cwd: repoRoot, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0) throw new BaseTreeError(`git ${args[0]} failed: ${(result.stderr || String(result.error ?? '')).trim().split('\n')[0]}`);
  return result.stdout;
}

/** HEAD names a branch with no commit yet. */
function unbornHead(repoRoot: string): boolean {
  const head = spawnSync('git', ['rev-parse', '--verify', '--quiet', 'HEAD'], { cwd: repoRoot, stdio: 'ignore' });
  if (head.status === 0) return false;
  return spawnSync('git', ['symbolic-ref', '--quiet', 'HEAD'], { cwd: repoRoot, stdio: 'ignore' }).status === 0;
}

/** Writes the tree of `ref` (a commit-ish of the repository at `repoRoot`) into a new temporary directory. */
export async function checkoutBaseTree(repoRoot: string, ref: string): Promise<BaseTree> {
  if (ref.startsWith('-') || ref.includes('\0')) throw new BaseTreeError(`"${ref}" is not a git ref`);
  if (ref === 'HEAD' && unbornHead(repoRoot)) {
    // The first commit of a repository (the pre-commit hook compares with HEAD): the base is the empty tree.
    const root = mkdtempSync(join(tmpdir(), 'pgwarden-base-'));
    return { root, commit: '', unchanged: new Set(), dispose: () => rmSync(root, { recursive: true, force: true }) };
  }
  const commit = git(repoRoot, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]).trim();
  if (!/^[0-9a-f]{40,64}$/.test(commit)) throw new BaseTreeError(`"${ref}" does not name a commit`);
  const entries: Entry[] = [];
  for (const record of git(repoRoot, ['ls-tree', '-r', '-z', '--full-tree', commit]).split('\0')) {
    if (record === '') continue;
    const tab = record.indexOf('\t');
    const [mode = '', type = '', oid = ''] = record.slice(0, tab).split(' ');
    if (type !== 'blob') continue; // submodules (commit entries) have no content here
    entries.push({ mode, oid, path: record.slice(tab + 1) });
    if (entries.length > MAX_BASE_ENTRIES) throw new BaseTreeError(`the tree at ${ref} has more than ${MAX_BASE_ENTRIES} files`);
  }
  const root = mkdtempSync(join(tmpdir(), 'pgwarden-base-'));
  const dispose = () => rmSync(root, { recursive: true, force: true });
  try {
    await writeEntries(repoRoot, root, entries);
  } catch (error) {
    dispose();
    throw error instanceof BaseTreeError ? error : new BaseTreeError(`cannot read the tree at ${ref}: ${(error as Error).message}`);
  }
  return { root, commit, unchanged: unchangedPaths(repoRoot, commit, entries), dispose };
}

/** The base's files that the working tree still has with the same content and mode (git diff against the worktree). */
function unchangedPaths(repoRoot: string, commit: string, entries: Entry[]): Set<string> {
  const diff = spawnSync('git', ['diff', '--name-only', '-z', '--no-renames', commit, '--'], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (diff.status !== 0) return new Set(); // nothing is known to be the same: everything is rendered again
  const changed = new Set(diff.stdout.split('\0'));
  return new Set(entries.map((entry) => entry.path).filter((path) => !changed.has(path)));
}

/** Streams every blob through one `git cat-file --batch` and writes it under `root` (never outside it). */
async function writeEntries(repoRoot: string, root: string, entries: Entry[]): Promise<void> {
  const rootPrefix = root + sep;
  const targets = entries.map((entry) => {
    const target = resolve(root, entry.path);
    // git paths have no `..` and are relative, but the tree is hostile: refuse anything that leaves the root.
    if (!target.startsWith(rootPrefix)) throw new BaseTreeError(`path ${JSON.stringify(entry.path)} leaves the repository`);
    return target;
  });
  if (entries.length === 0) return;
  const child = spawn('git', ['cat-file', '--batch'], { cwd: repoRoot, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    if (stderr.length < 4096) stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((done) => child.on('close', done));
  child.stdin.end(`${entries.map((entry) => entry.oid).join('\n')}\n`);

  let pending: Buffer = Buffer.alloc(0);
  let index = 0;
  let need: { size: number } | undefined;
  for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
    pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
    while (index < entries.length) {
      if (!need) {
        const newline = pending.indexOf(10);
        if (newline < 0) break;
        const header = pending.subarray(0, newline).toString();
        const size = Number(header.split(' ')[2]);
        if (!header.includes(' blob ') || !Number.isSafeInteger(size)) throw new BaseTreeError(`unexpected git cat-file output: ${header.slice(0, 80)}`);
        pending = pending.subarray(newline + 1);
        need = { size };
      }
      if (pending.length < need.size + 1) break;
      const entry = entries[index] as Entry;
      const target = targets[index] as string;
      const content = pending.subarray(0, need.size);
      pending = pending.subarray(need.size + 1);
      mkdirSync(dirname(target), { recursive: true });
      if (entry.mode === '120000') symlinkSync(content.toString(), target);
      else writeFileSync(target, need.size > MAX_BASE_BLOB_BYTES ? '' : content);
      need = undefined;
      index++;
    }
  }
  const status = await exited;
  if (status !== 0 || index < entries.length) throw new BaseTreeError(`git cat-file failed${stderr ? `: ${stderr.trim().split('\n')[0]}` : ''}`);
}
