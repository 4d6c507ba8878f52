// Paths a run skips in every door: `--exclude GLOB` (repeatable, relative to the working directory) and a
// `.pgwardenignore` at the repository root (gitignore syntax, read by the `ignore` package, as ESLint and
// Prettier read theirs). Both use gitignore semantics: `charts/`, `**/generated/*.yaml`, `!keep.yaml`.
import { isAbsolute, join, relative } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import type { RepoFs } from './fs.js';
import { toPosix } from './paths.js';

export const IGNORE_FILE_NAME = '.pgwardenignore';

/** Whether an absolute path is excluded (`dir` true for directories, so `name/` patterns match them). */
export type Excluder = (path: string, dir: boolean) => boolean;

interface Scope {
  base: string;
  matcher: Ignore;
}

function scoped(base: string, matcher: Ignore): Excluder {
  return (path, dir) => {
    const rel = toPosix(relative(base, path));
    // Outside the scope (or the scope itself): gitignore rules do not apply there.
    if (!rel || rel.startsWith('../') || rel === '..' || isAbsolute(rel)) return false;
    return matcher.ignores(dir ? `${rel}/` : rel);
  };
}

export interface ExcludeOptions {
  /** `--exclude` globs, relative to `cwd`. */
  patterns?: readonly string[];
  cwd: string;
  /** Where `.pgwardenignore` is read (the git top level, else the working directory). */
  ignoreFileDir: string;
  fs: RepoFs;
}

export interface Exclusion {
  excluded: Excluder;
  /** The ignore file read, if any (absolute). */
  ignoreFile?: string;
}

export function buildExcluder(options: ExcludeOptions): Exclusion {
  const scopes: Scope[] = [];
  const patterns = (options.patterns ?? []).filter((p) => p.trim() !== '');
  if (patterns.length > 0) scopes.push({ base: options.cwd, matcher: ignore().add(patterns.map(toPosix)) });
  const file = join(options.ignoreFileDir, IGNORE_FILE_NAME);
  let ignoreFile: string | undefined;
  try {
    const text = options.fs.readFile(file).toString('utf8');
    scopes.push({ base: options.ignoreFileDir, matcher: ignore().add(text) });
    ignoreFile = file;
  } catch {
    // no ignore file: nothing excluded by it
  }
  const excluders = scopes.map((s) => scoped(s.base, s.matcher));
  const excluded: Excluder = (path, dir) => excluders.some((e) => e(path, dir));
  return ignoreFile ? { excluded, ignoreFile } : { excluded };
}

export const NOTHING_EXCLUDED: Excluder = () => false;
