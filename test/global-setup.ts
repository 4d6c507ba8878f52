// The tests read real manifests from ../shared/ (corpus, seeds, domain notes), as CI has it beside the clone.
// Without it, say so once and clearly instead of failing in a dozen files with ENOENT.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export default function checkSharedData(): void {
  const shared = resolve(import.meta.dirname, '../../shared');
  const missing = ['corpus', 'seeds'].filter((dir) => !existsSync(resolve(shared, dir)));
  if (missing.length > 0) {
    throw new Error(
      `pgwarden's tests read ${shared}/{corpus,seeds} (real manifests used as test data) but ${missing.join(' and ')} cannot be found there: clone the repository beside the shared/ folder.`,
    );
  }
}
