// Shared by the render tests: runs `kubectl kustomize` (the reference implementation) and parses its output.
import { execFile, execFileSync } from 'node:child_process';
import { parseAllDocuments } from 'yaml';

let available: boolean | undefined;

/** Whether `kubectl kustomize` can run here (tests skip with a visible message when it cannot). */
export function kubectlAvailable(): boolean {
  if (available === undefined) {
    try {
      execFileSync('kubectl', ['version', '--client'], { stdio: 'ignore', timeout: 20_000 });
      available = true;
    } catch {
      available = false;
    }
  }
  return available;
}

export interface KubectlResult {
  ok: boolean;
  objects: Record<string, unknown>[];
  /** First line of kubectl's error (paths only; kubectl does not print Secret values in its errors). */
  error?: string;
}

/** Output of `kubectl kustomize DIR`, parsed (YAML 1.2 is safe: kyaml quotes every YAML 1.1 ambiguous string). */
export function kubectlKustomize(dir: string): Promise<KubectlResult> {
  return new Promise((resolve) => {
    execFile('kubectl', ['kustomize', dir], { maxBuffer: 256 * 1024 * 1024, timeout: 120_000 }, (err, stdout, stderr) => {
      if (err) {
        const line = (stderr || err.message).split('\n').find((l) => l.trim() !== '') ?? 'kubectl failed';
        resolve({ ok: false, objects: [], error: line.replace(/^E\d{4} [\d:.]+\s+\d+ run\.go:\d+\] /, '') });
        return;
      }
      const objects: Record<string, unknown>[] = [];
      for (const doc of parseAllDocuments(stdout)) {
        const v = doc.toJS({ maxAliasCount: -1 }) as unknown;
        if (v !== null && typeof v === 'object' && !Array.isArray(v)) objects.push(v as Record<string, unknown>);
      }
      resolve({ ok: true, objects });
    });
  });
}

/** Runs `fn` over `items` with at most `limit` in flight, keeping result order. */
export async function mapPool<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  });
  await Promise.all(workers);
  return results;
}
