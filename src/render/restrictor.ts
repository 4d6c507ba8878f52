// kustomize's load restrictor, with symlinks resolved before any check, and a repository boundary on top.
//
// kustomize (v5.5.0):
//  - a kustomization root is a ConfirmedDir: "a clean, absolute, delinkified path" (kyaml/filesys/confirmeddir.go);
//    relative paths are joined to that real root, lexically (filepath.Join), then resolved again;
//  - Load(path) runs the restrictor (api/internal/loader/loadrestrictions.go RestrictionRootOnly): CleanedAbs
//    resolves every symlink of the path (EvalSymlinks), and the real directory must be the root or below it,
//    else "security; file '<path>' is not in or below '<root>'";
//  - New(path) (a base or a component) refuses an absolute path ("new root '<path>' cannot be absolute"), confirms
//    the real directory, and refuses a root equal to or above any root already on the loading chain
//    ("cycle detected: candidate root '…' contains visited root '…'") (api/internal/loader/fileloader.go).
// On top of that, pgwarden never reads outside the repository: bases and components (which kustomize lets point
// anywhere) and, under Flux's LoadRestrictionsNone, every file must also resolve inside the repository root —
// kustomize-controller reads through a secure filesystem rooted at its source artifact the same way
// (fluxcd/pkg kustomize/filesys/fs_secure.go).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { diskFs, type SourceFs } from './cache.js';

export type LoadRestrictor = 'rootOnly' | 'none';

/** Thrown for a refused path; the builder re-throws it at the line that names the path. */
export class RestrictionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RestrictionError';
  }
}

/** `dir` equals `root` or lies below it (ConfirmedDir.HasPrefix). */
export function isWithin(dir: string, root: string): boolean {
  if (root === path.sep || dir === root) return true;
  return dir.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

/** The nearest ancestor of `dir` (itself included) that holds a `.git` entry: the checkout's root. */
export function findRepoRoot(dir: string): string | undefined {
  for (let cur = path.resolve(dir); ; cur = path.dirname(cur)) {
    if (existsSync(path.join(cur, '.git'))) return cur;
    if (path.dirname(cur) === cur) return undefined;
  }
}

export interface Resolved {
  /** The real path (every symlink resolved). */
  real: string;
  /** The same file as a person sees it: the real path with the lexical prefix of the repository (or top dir). */
  shown: string;
}

/** One per render: realpath lookups are cached, since a base is reached once per overlay. */
export class PathRestrictor {
  private readonly reals = new Map<string, string | NodeJS.ErrnoException>();
  private readonly shownCache = new Map<string, string>();
  /** Real repository root; undefined when none is known (then only kustomize's own rules apply). */
  readonly repo: string | undefined;
  private readonly prefixes: { real: string; lexical: string }[] = [];

  constructor(
    readonly mode: LoadRestrictor,
    repoRoot: string | undefined,
    topDir: string,
    /** Where paths are resolved: the disk, or a tree read from git objects (`lint --base`). */
    private readonly fs: SourceFs = diskFs,
  ) {
    const repoLexical = repoRoot ? path.resolve(repoRoot) : undefined;
    this.repo = repoLexical ? this.realOrSelf(repoLexical) : undefined;
    if (repoLexical && this.repo && this.repo !== repoLexical) this.prefixes.push({ real: this.repo, lexical: repoLexical });
    // Without a repository, map the part of the top dir that symlinks moved (e.g. a checkout reached through a
    // symlinked parent), so paths keep the prefix the user typed.
    const topLexical = path.resolve(topDir);
    const topReal = this.realOrSelf(topLexical);
    if (topReal !== topLexical) {
      const a = topLexical.split(path.sep);
      const b = topReal.split(path.sep);
      while (a.length > 1 && b.length > 1 && a[a.length - 1] === b[b.length - 1]) {
        a.pop();
        b.pop();
      }
      this.prefixes.push({ real: b.join(path.sep) || path.sep, lexical: a.join(path.sep) || path.sep });
    }
  }

  private realOrSelf(p: string): string {
    const r = this.realpath(p);
    return typeof r === 'string' ? r : p;
  }

  /** realpath(3), cached; the error (ENOENT for a missing path or a dangling link, ELOOP, …) when it fails. */
  realpath(p: string): string | NodeJS.ErrnoException {
    let r = this.reals.get(p);
    if (r === undefined) {
      try {
        r = this.fs.realpath(p);
      } catch (e) {
        r = e as NodeJS.ErrnoException;
      }
      this.reals.set(p, r);
    }
    return r;
  }

  /** How a real path is shown: under the repository's (or top dir's) lexical prefix when that names the same file. */
  shown(real: string): string {
    let s = this.shownCache.get(real);
    if (s === undefined) {
      s = real;
      for (const { real: rp, lexical } of this.prefixes) {
        if (!isWithin(real, rp)) continue;
        const candidate = path.join(lexical, path.relative(rp, real));
        if (this.realpath(candidate) === real) {
          s = candidate;
          break;
        }
      }
      this.shownCache.set(real, s);
    }
    return s;
  }

  private resolveExisting(joined: string): string | undefined {
    const r = this.realpath(joined);
    if (typeof r === 'string') return r;
    if (r.code === 'ENOENT' || r.code === 'ENOTDIR') return undefined;
    throw new RestrictionError(`'${joined}' cannot be resolved (${r.code ?? r.message})`);
  }

  private outsideRepo(what: string, given: string, real: string): RestrictionError {
    const target = real !== given ? ` (it resolves to '${real}')` : '';
    return new RestrictionError(
      `security; ${what} '${given}' is not in or below the repository '${this.repo}'${target}: pgwarden never reads outside the repository`,
    );
  }

  /**
   * A top-level kustomization directory (kustomize's ConfirmDir): its real path, inside the repository.
   * undefined when it does not exist.
   */
  topRoot(dir: string): Resolved | undefined {
    const joined = path.resolve(dir);
    const real = this.resolveExisting(joined);
    if (real === undefined) return undefined;
    if (this.repo && !isWithin(real, this.repo)) throw this.outsideRepo('directory', joined, real);
    return { real, shown: this.shown(real) };
  }

  /**
   * kustomize's loader.New for a base or component named `rel` in the kustomization rooted at `root` (real):
   * absolute roots refused, symlinks resolved, the repository boundary kept, cycles refused against `chain`
   * (the real roots being loaded). undefined when the path does not exist.
   */
  newRoot(root: string, rel: string, chain: readonly string[]): Resolved | undefined {
    if (path.isAbsolute(rel)) throw new RestrictionError(`new root '${rel}' cannot be absolute`);
    const joined = path.join(root, rel);
    const real = this.resolveExisting(joined);
    if (real === undefined) return undefined;
    if (this.repo && !isWithin(real, this.repo)) throw this.outsideRepo('directory', joined, real);
    // errIfArgEqualOrHigher: a root at or above a root being loaded ('.', '..') is a cycle.
    for (let i = chain.length - 1; i >= 0; i--) {
      const visited = chain[i]!;
      if (isWithin(visited, real)) {
        throw new RestrictionError(`cycle detected: candidate root '${this.shown(real)}' contains visited root '${this.shown(visited)}'`);
      }
    }
    return { real, shown: this.shown(real) };
  }

  /**
   * kustomize's Load(path) through the restrictor, for a file a kustomization rooted at `root` (real) names:
   * every symlink resolved first, then the real file must be in or below the root (rootOnly) and always inside
   * the repository. undefined when the path does not exist.
   */
  file(root: string, rel: string): Resolved | undefined {
    const joined = path.isAbsolute(rel) ? path.normalize(rel) : path.join(root, rel);
    const real = this.resolveExisting(joined);
    if (real === undefined) return undefined;
    let isDir = false;
    try {
      isDir = this.fs.typeOf(real) === 'dir';
    } catch {
      // raced away: read errors are reported by the reader
    }
    if (isDir) throw new RestrictionError(`'${joined}' must resolve to a file`);
    if (this.mode === 'rootOnly' && !isWithin(path.dirname(real), root)) {
      const target = real !== joined ? ` (it resolves to '${real}')` : '';
      throw new RestrictionError(`security; file '${joined}' is not in or below '${this.shown(root)}'${target}`);
    }
    if (this.repo && !isWithin(real, this.repo)) throw this.outsideRepo('file', joined, real);
    return { real, shown: this.shown(real) };
  }

  /** A file given directly (loose manifests): only the repository boundary applies. */
  looseFile(file: string): Resolved | undefined {
    const joined = path.resolve(file);
    const real = this.resolveExisting(joined);
    if (real === undefined) return undefined;
    if (this.repo && !isWithin(real, this.repo)) throw this.outsideRepo('file', joined, real);
    return { real, shown: this.shown(real) };
  }
}
