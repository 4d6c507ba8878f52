// The checkout root: Argo CD / Flux source paths are relative to it, and `.pgwardenignore` lives there.
// git is run with an argument vector, never a shell.
import { execFileSync } from 'node:child_process';

export function gitTopLevel(cwd: string): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}
