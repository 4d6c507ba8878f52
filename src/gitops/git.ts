// The checkout root: Argo CD / Flux source paths are relative to it, and `.pgwardenignore` lives there.
// Found on the file system as git finds it (checkout.ts); git itself is asked only where the environment steers it.
import { checkoutRoot } from './checkout.js';

export function gitTopLevel(cwd: string): string | undefined {
  return checkoutRoot(cwd);
}
