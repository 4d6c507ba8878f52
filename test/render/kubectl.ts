// Shared by the render tests: runs `kubectl kustomize` (the reference implementation) and parses its output.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
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
export function kubectlKustomize(dir: string, extraArgs: readonly string[] = []): Promise<KubectlResult> {
  return new Promise((resolve) => {
    execFile('kubectl', ['kustomize', dir, ...extraArgs], { maxBuffer: 256 * 1024 * 1024, timeout: 120_000 }, (err, stdout, stderr) => {
      if (err) {
        const line = (stderr || err.message).split('\n').find((l) => l.trim() !== '' && !l.startsWith('# Warning')) ?? 'kubectl failed';
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

const KUSTOMIZATION_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

/** Every directory below `root` holding a kustomization file, sorted. */
export function kustomizationDirs(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    let entries: string[];
    try {
      entries = readdirSync(dir);
    } catch {
      return;
    }
    if (entries.some((e) => KUSTOMIZATION_NAMES.includes(e))) out.push(dir);
    for (const e of entries) {
      if (e.startsWith('.') || e === 'node_modules') continue;
      const p = path.join(dir, e);
      try {
        if (statSync(p).isDirectory()) walk(p);
      } catch {
        // dangling symlink: kubectl would not read it either
      }
    }
  };
  if (existsSync(root)) walk(root);
  return out.sort();
}

function idOf(o: Record<string, unknown>): string {
  const meta = (o.metadata ?? {}) as Record<string, unknown>;
  return `${String(o.apiVersion)} ${String(o.kind)} ${String(meta.namespace ?? '')}/${String(meta.name)}`;
}

/** First differing JSON pointer between two JSON values, for a readable report. */
export function firstDifference(a: unknown, b: unknown, at = ''): string | undefined {
  if (Object.is(a, b)) return undefined;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') {
    return `${at || '/'}: ${short(a)} ≠ ${short(b)}`;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return `${at || '/'}: list vs map`;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const d = firstDifference(a[i], b[i], `${at}/${i}`);
      if (d) return d;
    }
    return undefined;
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  for (const k of [...new Set([...Object.keys(ao), ...Object.keys(bo)])].sort()) {
    const d = firstDifference(ao[k], bo[k], `${at}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    if (d) return d;
  }
  return undefined;
}

function short(v: unknown): string {
  // Values shown are from test repositories (placeholders), still keep them short.
  const s = v === undefined ? 'absent' : JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** Compares two renders; undefined when identical. */
export function compareObjects(ours: Record<string, unknown>[], ref: Record<string, unknown>[]): string | undefined {
  const ourIds = ours.map(idOf);
  const refIds = ref.map(idOf);
  const missing = refIds.filter((id) => !ourIds.includes(id));
  const extra = ourIds.filter((id) => !refIds.includes(id));
  if (missing.length || extra.length) {
    return `objects differ: missing [${missing.join(', ')}] extra [${extra.join(', ')}]`;
  }
  if (ourIds.join('\n') !== refIds.join('\n')) return `order differs: ours [${ourIds.join(', ')}] kubectl [${refIds.join(', ')}]`;
  for (let i = 0; i < ref.length; i++) {
    const d = ref[i]!.kind === 'Secret' ? secretDifference(ours[i]!, ref[i]!) : firstDifference(ours[i], ref[i]);
    if (d) return `${refIds[i]}: ${d}`;
  }
  return undefined;
}

/**
 * A Secret's `data` / `stringData` compared key by key; a differing value is named by its key only (a value is never
 * printed, even from a test repository). The rest of the object is compared as usual.
 */
function secretDifference(ours: Record<string, unknown>, ref: Record<string, unknown>): string | undefined {
  for (const field of ['data', 'stringData']) {
    const a = (ours[field] ?? {}) as Record<string, unknown>;
    const b = (ref[field] ?? {}) as Record<string, unknown>;
    if ((field in ours) !== (field in ref)) return `/${field}: ${field in ours ? 'present' : 'absent'} here, ${field in ref ? 'present' : 'absent'} in kubectl`;
    for (const k of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
      if (!(k in a) || !(k in b)) return `/${field}/${k}: ${k in a ? 'extra' : 'missing'} key`;
      if (!Object.is(a[k], b[k])) return `/${field}/${k}: values differ (not shown)`;
    }
  }
  const { data: _d1, stringData: _s1, ...restOurs } = ours;
  const { data: _d2, stringData: _s2, ...restRef } = ref;
  return firstDifference(restOurs, restRef);
}
