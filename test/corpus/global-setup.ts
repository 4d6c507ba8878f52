// The corpus suite (`npm run test:corpus`) reads real manifests from ../shared/ (corpus, seed articles), as CI lays it
// out beside the clone. Without it, say so once and clearly instead of failing in every file with ENOENT.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export default function checkSharedData(): void {
  const shared = resolve(import.meta.dirname, '../../../shared');
  const missing = ['corpus', 'seeds'].filter((dir) => !existsSync(resolve(shared, dir)));
  if (missing.length > 0) {
    throw new Error(
      `npm run test:corpus reads real manifests from ${shared}/{corpus,seeds}, but ${missing.join(' and ')} cannot be found there.\n` +
        'Put the shared/ folder (corpus/, seeds/) beside the clone, as CI does, or run only `npm test`, which needs nothing beside the clone.',
    );
  }
}
