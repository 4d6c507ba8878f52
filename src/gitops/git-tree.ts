// `lint --base REF`: the repository as it is at a git ref, as a RepoFs read from git objects — never from a checkout,
// and never touching the user's working tree or index. The tree comes from one `git ls-tree -r -z --long` (names,
// modes, object ids, sizes); a file's content is the working tree's where `git diff REF` says the two are the same
// (so the head's bytes are read, as the head lint did, and no blob is copied), and the blob read through one
// `git cat-file --batch` where they differ. Paths are the working tree's own absolute paths, so a base render's
// origins name the files a person edits and an app whose every input is unchanged can stand for itself at the base.
//
// The tree is hostile input like the head: symlinks resolve inside the tree (a link out of the repository resolves to
// its target, which this fs never reads: the load restrictor reports it), loops stop at 40 links (ELOOP, as Linux's
// path walk), and entries and blob bytes are capped.
import { spawn, spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { EntryType, RepoFs } from './fs.js';
import { toPosix } from './paths.js';

/** More entries than this in the base tree is refused (a tree this size is not a GitOps repo). */
export const MAX_BASE_ENTRIES = 200_000;
/** Blobs larger than this are not read (discovery reports files over its own, smaller limit by their size). */
export const MAX_BASE_BLOB_BYTES = 64 * 1024 * 1024;
/** The blobs of the files changed since the ref are held in memory: more than this in all is refused. */
export const MAX_BASE_CHANGED_BYTES = 512 * 1024 * 1024;
/** Symlinks followed in one path walk before ELOOP (Linux's MAXSYMLINKS). */
const MAX_LINKS = 40;

export class BaseTreeError extends Error {}

interface Blob {
  mode: string;
  oid: string;
  size: number;
}

export interface GitTree {
  /** The commit `ref` resolved to ('' for the empty tree of an unborn HEAD). */
  commit: string;
  /** The tree at the commit, under the working tree's paths. */
  fs: RepoFs;
  /** Whether `file` (an absolute path in the working tree) has the same content at the commit as on disk now. */
  unchanged(file: string): boolean;
  /**
   * The tree written into a new temporary directory, for what must read a disk (the kustomize fallback); symlinks
   * are written as symlinks, which the load restrictor resolves against that directory. `dispose` removes it.
   */
  materialize(): { root: string; dispose(): void };
}

function fsError(code: string, path: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${code}: ${path}`);
  error.code = code;
  error.path = path;
  return error;
}

export function git(repoRoot: string, args: string[]): string {
  const result = spawnSync('git', args, { cwd: repoRoot, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0) throw new BaseTreeError(`git ${args[0]} failed: ${(result.stderr || String(result.error ?? '')).trim().split('\n')[0]}`);
  return result.stdout;
}

/** HEAD names a branch with no commit yet. */
export function unbornHead(repoRoot: string): boolean {
  const head = spawnSync('git', ['rev-parse', '--verify', '--quiet', 'HEAD'], { cwd: repoRoot, stdio: 'ignore' });
  if (head.status === 0) return false;
  return spawnSync('git', ['symbolic-ref', '--quiet', 'HEAD'], { cwd: repoRoot, stdio: 'ignore' }).status === 0;
}

/** The tree of `ref` (a commit-ish of the repository whose working tree is `repoRoot`). */
export async function openGitTree(repoRoot: string, ref: string): Promise<GitTree> {
  if (ref.startsWith('-') || ref.includes('\0')) throw new BaseTreeError(`"${ref}" is not a git ref`);
  const root = resolve(repoRoot);
  if (ref === 'HEAD' && unbornHead(root)) {
    // The first commit of a repository (the pre-commit hook compares with HEAD): the base is the empty tree.
    return new TreeFs(root, '', new Map(), new Set(), new Map()).tree();
  }
  const commit = git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]).trim();
  if (!/^[0-9a-f]{40,64}$/.test(commit)) throw new BaseTreeError(`"${ref}" does not name a commit`);
  const files = new Map<string, Blob>();
  for (const record of git(root, ['ls-tree', '-r', '-z', '--long', '--full-tree', commit]).split('\0')) {
    if (record === '') continue;
    const tab = record.indexOf('\t');
    const [mode = '', type = '', oid = '', size = ''] = record.slice(0, tab).split(/ +/);
    if (type !== 'blob') continue; // submodules (commit entries) have no content here
    const path = record.slice(tab + 1);
    // git never stores these, but the tree is hostile: a name that would leave the root is refused.
    if (path.startsWith('/') || path.split('/').some((part) => part === '..' || part === '.' || part === '')) {
      throw new BaseTreeError(`path ${JSON.stringify(path)} in the tree at ${ref} leaves the repository`);
    }
    files.set(path, { mode, oid, size: Number(size) });
    if (files.size > MAX_BASE_ENTRIES) throw new BaseTreeError(`the tree at ${ref} has more than ${MAX_BASE_ENTRIES} files`);
  }
  // What differs between the commit and the working tree (content, mode, deletion): read from git objects.
  // GIT_OPTIONAL_LOCKS=0: git may not refresh and write back the index while it compares (git(1), "optional locks").
  const diff = spawnSync('git', ['diff', '--name-only', '-z', '--no-renames', '--no-ext-diff', commit, '--'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' },
  });
  const changed = diff.status === 0 ? new Set(diff.stdout.split('\0').filter(Boolean)) : undefined;
  const wanted = [...files].filter(([path, blob]) => blob.mode === '120000' || !changed || changed.has(path));
  const toRead = wanted.filter(([, blob]) => blob.size <= MAX_BASE_BLOB_BYTES);
  const bytes = toRead.reduce((sum, [, blob]) => sum + blob.size, 0);
  if (bytes > MAX_BASE_CHANGED_BYTES) {
    throw new BaseTreeError(`the files changed since ${ref} hold ${bytes} bytes at ${ref}, more than the ${MAX_BASE_CHANGED_BYTES} read into memory`);
  }
  const blobs = await readBlobs(root, toRead.map(([, blob]) => blob.oid));
  const same = new Set([...files.keys()].filter((path) => changed !== undefined && !changed.has(path)));
  return new TreeFs(root, commit, files, same, blobs).tree();
}

/** The content of each object id, through one `git cat-file --batch`. */
async function readBlobs(repoRoot: string, oids: string[]): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  const unique = [...new Set(oids)];
  if (unique.length === 0) return out;
  const child = spawn('git', ['cat-file', '--batch'], { cwd: repoRoot, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    if (stderr.length < 4096) stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((done) => child.on('close', done));
  child.stdin.on('error', () => {}); // an early exit is reported by the status below
  child.stdin.end(`${unique.join('\n')}\n`);
  let pending: Buffer = Buffer.alloc(0);
  let index = 0;
  let size: number | undefined;
  for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
    pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
    while (index < unique.length) {
      if (size === undefined) {
        const newline = pending.indexOf(10);
        if (newline < 0) break;
        const header = pending.subarray(0, newline).toString();
        const parsed = Number(header.split(' ')[2]);
        if (!header.includes(' blob ') || !Number.isSafeInteger(parsed)) throw new BaseTreeError(`unexpected git cat-file output: ${header.slice(0, 80)}`);
        pending = pending.subarray(newline + 1);
        size = parsed;
      }
      if (pending.length < size + 1) break;
      out.set(unique[index] as string, Buffer.from(pending.subarray(0, size)));
      pending = pending.subarray(size + 1);
      size = undefined;
      index++;
    }
  }
  const status = await exited;
  if (status !== 0 || index < unique.length) throw new BaseTreeError(`git cat-file failed${stderr ? `: ${stderr.trim().split('\n')[0]}` : ''}`);
  return out;
}

/** The tree's paths relative to the root; directories derived from the files. */
class TreeFs implements RepoFs {
  private readonly dirs = new Map<string, Set<string>>([['', new Set()]]);
  /** The root as given and its real path: both name the repository. */
  private readonly roots: string[];
  private readonly realRoot: string;

  constructor(
    private readonly root: string,
    private readonly commit: string,
    private readonly files: ReadonlyMap<string, Blob>,
    private readonly same: ReadonlySet<string>,
    private readonly blobs: ReadonlyMap<string, Buffer>,
  ) {
    for (const path of files.keys()) {
      let child = path;
      for (let slash = path.lastIndexOf('/'); ; slash = child.lastIndexOf('/')) {
        const parent = slash < 0 ? '' : child.slice(0, slash);
        const name = slash < 0 ? child : child.slice(slash + 1);
        const entries = this.dirs.get(parent);
        if (entries) {
          entries.add(name);
          break;
        }
        this.dirs.set(parent, new Set([name]));
        if (parent === '') break;
        child = parent;
      }
    }
    let real = root;
    try {
      real = realpathSync(root);
    } catch {
      // the root is gone: only its spelling as given names it
    }
    this.realRoot = real;
    this.roots = real === root ? [root] : [root, real];
  }

  tree(): GitTree {
    return { commit: this.commit, fs: this, unchanged: (file) => this.unchangedFile(file), materialize: () => this.materialize() };
  }

  private materialize(): { root: string; dispose(): void } {
    const root = mkdtempSync(join(tmpdir(), 'pgwarden-base-'));
    const dispose = () => rmSync(root, { recursive: true, force: true });
    try {
      for (const [rel, blob] of this.files) {
        const target = join(root, ...rel.split('/'));
        mkdirSync(dirname(target), { recursive: true });
        const absolute = resolve(this.root, ...rel.split('/'));
        if (blob.mode === '120000') symlinkSync(this.blobs.get(blob.oid)?.toString('utf8') ?? '', target);
        else writeFileSync(target, blob.size > MAX_BASE_BLOB_BYTES ? '' : this.readFile(absolute)); // discovery reports it by size
      }
    } catch (error) {
      dispose();
      throw new BaseTreeError(`cannot write the tree at ${this.commit.slice(0, 12)}: ${(error as Error).message}`);
    }
    return { root, dispose };
  }

  /** The tree-relative path of an absolute one; undefined outside the repository. */
  private inTree(path: string): string | undefined {
    const abs = resolve(path);
    for (const root of this.roots) {
      if (abs === root) return '';
      if (abs.startsWith(root.endsWith(sep) ? root : root + sep)) return toPosix(relative(root, abs));
    }
    return undefined;
  }

  private unchangedFile(file: string): boolean {
    const rel = this.inTree(file);
    return rel !== undefined && this.same.has(rel);
  }

  /**
   * Every symlink on `rel` resolved (the last one too when `followLast`), as Linux's path walk does: the tree-relative
   * real path, or `outside` (an absolute path out of the repository) for a link that leaves it.
   */
  private walk(rel: string, followLast: boolean, original: string): { rel: string } | { outside: string } {
    const pending = rel === '' ? [] : rel.split('/').reverse();
    const done: string[] = [];
    let links = 0;
    while (pending.length > 0) {
      const part = pending.pop() as string;
      if (part === '' || part === '.') continue;
      if (part === '..') {
        if (done.length === 0) return { outside: resolve(this.root, '..', ...pending.reverse()) };
        done.pop();
        continue;
      }
      const here = done.length === 0 ? part : `${done.join('/')}/${part}`;
      const blob = this.files.get(here);
      if (blob?.mode === '120000' && (pending.length > 0 || followLast)) {
        if (++links > MAX_LINKS) throw fsError('ELOOP', original);
        const target = this.blobs.get(blob.oid)?.toString('utf8') ?? '';
        if (target.startsWith('/')) {
          const inside = this.inTree(target);
          if (inside === undefined) return { outside: resolve(target, ...pending.reverse()) };
          done.length = 0;
          pending.push(...(inside === '' ? [] : inside.split('/').reverse()));
        } else {
          pending.push(...target.split('/').reverse());
        }
        continue;
      }
      if (pending.length > 0 && !this.dirs.has(here)) throw fsError(blob ? 'ENOTDIR' : 'ENOENT', original);
      done.push(part);
    }
    return { rel: done.join('/') };
  }

  /** The tree-relative real path of an existing entry (symlinks followed); throws ENOENT for anything else. */
  private entry(path: string, followLast = true): string {
    const rel = this.inTree(path);
    if (rel === undefined) throw fsError('ENOENT', path); // nothing outside the repository is read
    const walked = this.walk(rel, followLast, path);
    if ('outside' in walked || (!this.files.has(walked.rel) && !this.dirs.has(walked.rel))) throw fsError('ENOENT', path);
    return walked.rel;
  }

  readdir(dir: string): string[] {
    const rel = this.entry(dir);
    const names = this.dirs.get(rel);
    if (!names) throw fsError('ENOTDIR', dir);
    return [...names];
  }

  typeOf(path: string): EntryType {
    return this.dirs.has(this.entry(path)) ? 'dir' : 'file';
  }

  isSymlink(path: string): boolean {
    return this.files.get(this.entry(path, false))?.mode === '120000';
  }

  size(path: string): number {
    const rel = this.entry(path);
    const blob = this.files.get(rel);
    if (!blob) throw fsError('EISDIR', path);
    return blob.size;
  }

  readFile(path: string): Buffer {
    const rel = this.entry(path);
    const blob = this.files.get(rel);
    if (!blob) throw fsError('EISDIR', path);
    if (this.same.has(rel)) {
      // The same bytes are on disk (git diff said so); a regular file there, not a link swapped in since.
      const onDisk = resolve(this.root, ...rel.split('/'));
      try {
        if (lstatSync(onDisk).isFile()) return readFileSync(onDisk);
      } catch {
        // gone since: read the blob
      }
    }
    return this.blobs.get(blob.oid) ?? this.readBlobNow(blob, path);
  }

  /** A blob not read ahead (its file changed on disk after the diff): one `git cat-file blob`. */
  private readBlobNow(blob: Blob, path: string): Buffer {
    if (blob.size > MAX_BASE_BLOB_BYTES) throw fsError('EFBIG', path);
    const result = spawnSync('git', ['cat-file', 'blob', blob.oid], { cwd: this.root, maxBuffer: MAX_BASE_BLOB_BYTES + 1, stdio: ['ignore', 'pipe', 'ignore'] });
    if (result.status !== 0 || !Buffer.isBuffer(result.stdout)) throw fsError('EIO', path);
    return result.stdout;
  }

  realpath(path: string): string {
    const rel = this.inTree(path);
    if (rel === undefined) throw fsError('ENOENT', path);
    const walked = this.walk(rel, true, path);
    if ('outside' in walked) return walked.outside;
    if (!this.files.has(walked.rel) && !this.dirs.has(walked.rel)) throw fsError('ENOENT', path);
    // As node's realpath: the repository under its real path.
    return walked.rel === '' ? this.realRoot : resolve(this.realRoot, ...walked.rel.split('/'));
  }
}
