// Report paths use forward slashes on every platform (what git, GitHub and globs match against).
import { sep } from 'node:path';

export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
