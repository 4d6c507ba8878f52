// Watches mounted files. Kubernetes updates Secret/ConfigMap volumes by swapping a `..data` symlink, which a watch
// on the file itself misses, so watch the parent directories and also poll (fs.watch is best effort on some
// filesystems). Callers compare content, so spurious events cost a read, never a reload.
import { type FSWatcher, statSync, watch } from 'node:fs';
import { dirname } from 'node:path';

export interface FileWatchOptions {
  pollMs?: number;
  debounceMs?: number;
}

function fingerprint(paths: readonly string[]): string {
  return paths
    .map((path) => {
      try {
        const stat = statSync(path);
        return `${stat.ino}:${stat.size}:${stat.mtimeMs}`;
      } catch {
        return 'missing';
      }
    })
    .join('|');
}

/** Calls `onChange` (debounced) when any of `paths` may have changed. Returns a function that stops watching. */
export function watchFiles(paths: readonly string[], onChange: () => void, options: FileWatchOptions = {}): () => void {
  const debounceMs = options.debounceMs ?? 100;
  let timer: NodeJS.Timeout | undefined;
  const trigger = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      onChange();
    }, debounceMs);
    timer.unref();
  };
  const watchers: FSWatcher[] = [];
  for (const dir of new Set(paths.map((path) => dirname(path)))) {
    try {
      const watcher = watch(dir, { persistent: false }, trigger);
      watcher.on('error', () => {}); // the directory went away; polling still covers it
      watchers.push(watcher);
    } catch {
      // Unwatchable directory (missing, or no inotify): polling covers it.
    }
  }
  let last = fingerprint(paths);
  const poll = setInterval(() => {
    const now = fingerprint(paths);
    if (now !== last) {
      last = now;
      trigger();
    }
  }, options.pollMs ?? 2000);
  poll.unref();
  return () => {
    clearInterval(poll);
    if (timer) clearTimeout(timer);
    for (const watcher of watchers) watcher.close();
  };
}
