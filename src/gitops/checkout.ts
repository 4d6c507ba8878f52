// The checkout a path is in, found as git finds it — the nearest directory upwards holding `.git` (a directory, or
// a file `gitdir: …` in a linked worktree or a submodule) — without starting git: `git rev-parse --show-toplevel`
// costs a process (3–8 ms, twice per lint), which a one-file lint run by pre-commit pays on every commit.
// git's discovery: setup.c setup_git_directory_gently (is_git_directory / read_gitfile_gently), git v2.47.
// Where the environment tells git where the repository is (GIT_DIR, GIT_WORK_TREE), or no `.git` is found below a
// GIT_CEILING_DIRECTORIES entry, the answer is git's own.
import { execFileSync } from 'node:child_process';
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

function askGit(cwd: string): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** `.git` in `dir` is a repository: a directory with HEAD, or a `gitdir:` file (worktree, submodule). */
function holdsGit(dir: string): boolean {
  const dotGit = join(dir, '.git');
  let isDir: boolean;
  try {
    isDir = statSync(dotGit).isDirectory();
  } catch {
    return false;
  }
  try {
    if (isDir) return statSync(join(dotGit, 'HEAD')).isFile();
    return readFileSync(dotGit, 'utf8').startsWith('gitdir:');
  } catch {
    return false;
  }
}

/** The checkout root holding `cwd` (its real path, as git prints it), or undefined outside a checkout. */
export function checkoutRoot(cwd: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.GIT_DIR || env.GIT_WORK_TREE || env.GIT_CEILING_DIRECTORIES) return askGit(cwd);
  let found: string | undefined;
  try {
    let dir = realpathSync(cwd);
    for (;;) {
      if (holdsGit(dir)) {
        found = dir;
        break;
      }
      const up = dirname(dir);
      if (up === dir) break;
      dir = up;
    }
  } catch {
    found = undefined; // cwd does not exist: git would fail too
  }
  return found;
}
