// Before kustomize itself renders an app (the fallback, for fields pgwarden's renderer does not implement), every
// path of every kustomization it will load goes through pgwarden's restrictor: kustomize applies its own
// rootOnly rule, but not the repository boundary, and under Flux's LoadRestrictionsNone nothing at all.
import path from 'node:path';
import type { RenderCache } from './cache.js';
import { RenderError } from './errors.js';
import { materialize, type PMap, type PNode, type Prov, str } from './pnode.js';
import { type PathRestrictor, type Resolved, RestrictionError } from './restrictor.js';

const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
const REMOTE = /^(https?:\/\/|git@|ssh:\/\/|git::|oci:\/\/)|^github\.com\/|\?ref=/;

function items(node: PNode | undefined): PNode[] {
  return node?.t === 'a' ? node.v : [];
}

function field(node: PNode | undefined, key: string): PNode | undefined {
  return node?.t === 'm' ? node.v.get(key) : undefined;
}

/** Every path a kustomization names, with what it must be: a file, a directory (base/component), or either. */
function namedPaths(k: PMap): { node: PNode; rel: string; as: 'file' | 'dir' | 'either' }[] {
  const out: { node: PNode; rel: string; as: 'file' | 'dir' | 'either' }[] = [];
  const add = (node: PNode | undefined, as: 'file' | 'dir' | 'either') => {
    const rel = node ? str(node) : undefined;
    // Inline YAML (patchesStrategicMerge, generators, transformers) and remote targets are not paths.
    if (node && rel !== undefined && rel !== '' && !rel.includes('\n') && !REMOTE.test(rel)) out.push({ node, rel, as });
  };
  for (const key of ['resources', 'bases', 'generators', 'transformers', 'validators']) for (const e of items(k.v.get(key))) add(e, 'either');
  for (const e of items(k.v.get('components'))) add(e, 'dir');
  for (const key of ['patchesStrategicMerge', 'configurations', 'crds']) for (const e of items(k.v.get(key))) add(e, 'file');
  for (const key of ['patches', 'patchesJson6902', 'replacements']) for (const e of items(k.v.get(key))) add(field(e, 'path'), 'file');
  add(field(k.v.get('openapi'), 'path'), 'file');
  for (const key of ['configMapGenerator', 'secretGenerator']) {
    for (const g of items(k.v.get(key))) {
      for (const f of items(field(g, 'files'))) {
        const s = str(f);
        // `key=path`: the path after the first '=' (kustomize's kv.ParseFileSource).
        if (s !== undefined) out.push({ node: f, rel: s.includes('=') ? s.slice(s.indexOf('=') + 1) : s, as: 'file' });
      }
      for (const f of items(field(g, 'envs'))) add(f, 'file');
      add(field(g, 'env'), 'file');
    }
  }
  for (const h of items(k.v.get('helmCharts'))) {
    add(field(h, 'valuesFile'), 'file');
    for (const f of items(field(h, 'additionalValuesFiles'))) add(f, 'file');
  }
  add(field(k.v.get('helmGlobals'), 'chartHome'), 'dir');
  return out.filter((p) => !REMOTE.test(p.rel));
}

function at(p: Prov, message: string): RenderError {
  const o = materialize(p);
  return new RenderError(`${o.file}:${o.line}:${o.column}: ${message}`, { file: o.file, line: o.line, column: o.column });
}

/**
 * Check every path the kustomization tree rooted at `top` names, recursively through bases and components.
 * Throws a RenderError at the line of the first refused path. Paths that do not exist are left to kustomize.
 */
export function auditTree(top: Resolved, restrictor: PathRestrictor, cache: RenderCache): void {
  const seen = new Set<string>();
  const visit = (root: Resolved, chain: string[]) => {
    if (seen.has(root.real)) return;
    seen.add(root.real);
    const found = KUSTOMIZATION_FILES.map((f) => path.join(root.shown, f)).find((f) => cache.kind(f) === 'file');
    if (!found) return;
    const kfile = restrictor.file(root.real, path.basename(found));
    if (!kfile) return;
    const doc = cache.parseFile(kfile.shown, 'kustomization').docs.find((d) => d.root !== null)?.root;
    if (doc?.t !== 'm') return;
    for (const { node, rel, as } of namedPaths(doc)) {
      try {
        const real = restrictor.realpath(path.isAbsolute(rel) ? rel : path.join(root.real, rel));
        const isDir = typeof real === 'string' && cache.kind(real) === 'dir';
        if (as === 'dir' || (as === 'either' && isDir)) {
          const sub = restrictor.newRoot(root.real, rel, [...chain, root.real]);
          if (sub && cache.kind(sub.real) === 'dir') visit(sub, [...chain, root.real]);
        } else {
          restrictor.file(root.real, rel);
        }
      } catch (e) {
        if (e instanceof RestrictionError) throw at(node.p, e.message);
        throw e;
      }
    }
  };
  visit(top, []);
}
