// The little git the CLI needs: the checkout root (from src/gitops) and the files changed since a ref
// (`--changed-since`). git is run with an argument vector, never a shell.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { gitTopLevel } from '../gitops/index.js';
import { UsageError } from './errors.js';

export { gitTopLevel };

/** Absolute paths of files changed (committed, staged, unstaged or untracked) since `ref`. */
export function changedFilesSince(ref: string, cwd: string): string[] {
  const top = gitTopLevel(cwd);
  if (!top) throw new UsageError(`--changed-since needs a git checkout; ${cwd} is not in one`);
  if (ref.startsWith('-')) throw new UsageError(`--changed-since: "${ref}" is not a git ref`);
  const run = (args: string[]) => {
    try {
      // GIT_OPTIONAL_LOCKS=0: linting never writes the user's index (git(1), "optional locks").
      return execFileSync('git', args, {
        cwd: top,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' },
      });
    } catch (error) {
      const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim().split('\n')[0];
      throw new UsageError(`--changed-since ${ref}: git ${args[0]} failed${stderr ? `: ${stderr}` : ''}`);
    }
  };
  run(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  const changed = run(['diff', '--name-only', '-z', ref, '--']).split('\0');
  const untracked = run(['ls-files', '--others', '--exclude-standard', '-z']).split('\0');
  return [...new Set([...changed, ...untracked].filter(Boolean).map((f) => resolve(top, f)))];
}
