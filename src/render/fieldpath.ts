// kustomize's dotted field paths (replacements, vars): `spec.template.spec.containers.[name=app].image`,
// `data.[config.yaml]`, `spec.list.0`, `items.*.name`, and the vars form `containers[0].image`.
import type { PMap, PNode, Prov } from './pnode.js';

export type PathSeg =
  | { t: 'key'; key: string }
  | { t: 'index'; index: number }
  | { t: 'match'; key: string; value: string }
  | { t: 'any' };

export function parseFieldPath(text: string): PathSeg[] {
  const raw: string[] = [];
  let cur = '';
  let depth = 0;
  for (const ch of text) {
    if (ch === '[') depth++;
    if (ch === ']') depth--;
    if (ch === '.' && depth === 0) {
      raw.push(cur);
      cur = '';
    } else cur += ch;
  }
  raw.push(cur);
  const out: PathSeg[] = [];
  for (const part of raw) {
    if (part === '') continue;
    // `containers[0]` / `containers[name=x]` (vars style): key then bracket.
    const m = /^([^[]+)\[(.*)\]$/.exec(part);
    if (m) {
      out.push({ t: 'key', key: m[1]! });
      out.push(bracket(m[2]!));
      continue;
    }
    if (part.startsWith('[') && part.endsWith(']')) {
      out.push(bracket(part.slice(1, -1)));
      continue;
    }
    if (part === '*') out.push({ t: 'any' });
    else if (/^(0|[1-9][0-9]*)$/.test(part)) out.push({ t: 'index', index: Number(part) });
    else out.push({ t: 'key', key: part });
  }
  return out;
}

function bracket(inner: string): PathSeg {
  const eq = inner.indexOf('=');
  if (eq > 0) return { t: 'match', key: inner.slice(0, eq), value: inner.slice(eq + 1) };
  if (/^(0|[1-9][0-9]*)$/.test(inner)) return { t: 'index', index: Number(inner) };
  return { t: 'key', key: inner };
}

function matches(item: PNode, key: string, value: string): boolean {
  if (item.t !== 'm') return false;
  const v = item.v.get(key);
  return v !== undefined && v.t === 's' && String(v.v) === value;
}

/** All nodes a path selects (several with `*`). */
export function lookupAll(root: PNode, segs: PathSeg[]): PNode[] {
  let cur: PNode[] = [root];
  for (const seg of segs) {
    const next: PNode[] = [];
    for (const n of cur) {
      if (seg.t === 'key') {
        if (n.t === 'm') {
          const v = n.v.get(seg.key);
          if (v) next.push(v);
        } else if (n.t === 'a' && /^(0|[1-9][0-9]*)$/.test(seg.key)) {
          const v = n.v[Number(seg.key)];
          if (v) next.push(v);
        }
      } else if (seg.t === 'index') {
        if (n.t === 'a' && n.v[seg.index]) next.push(n.v[seg.index]!);
      } else if (seg.t === 'match') {
        if (n.t === 'a') next.push(...n.v.filter((it) => matches(it, seg.key, seg.value)));
      } else if (n.t === 'a') next.push(...n.v);
      else if (n.t === 'm') next.push(...n.v.values());
    }
    cur = next;
  }
  return cur;
}

/**
 * Set the value at a path on every node it selects; with `create`, missing map keys (and `[k=v]` list items)
 * are created. Returns how many places were set.
 */
export function setAll(root: PNode, segs: PathSeg[], make: (old: PNode | undefined) => PNode, create: boolean, createProv: Prov): number {
  if (segs.length === 0) return 0;
  let count = 0;
  const go = (node: PNode, i: number): void => {
    const seg = segs[i]!;
    const last = i === segs.length - 1;
    if (seg.t === 'key' && node.t === 'm') {
      const existing = node.v.get(seg.key);
      if (last) {
        if (existing || create) {
          node.v.set(seg.key, make(existing));
          count++;
        }
        return;
      }
      let next = existing;
      if (!next && create) {
        const nextSeg = segs[i + 1]!;
        next = nextSeg.t === 'index' || nextSeg.t === 'match' ? { t: 'a', v: [], p: createProv } : { t: 'm', v: new Map(), p: createProv };
        node.v.set(seg.key, next);
      }
      if (next) go(next, i + 1);
      return;
    }
    if (node.t !== 'a') return;
    let idxs: number[] = [];
    if (seg.t === 'index') idxs = seg.index < node.v.length ? [seg.index] : [];
    else if (seg.t === 'any') idxs = node.v.map((_, j) => j);
    else if (seg.t === 'match') {
      idxs = node.v.flatMap((it, j) => (matches(it, seg.key, seg.value) ? [j] : []));
      if (idxs.length === 0 && create) {
        const item: PMap = { t: 'm', v: new Map([[seg.key, { t: 's', v: seg.value, p: createProv }]]), p: createProv };
        node.v.push(item);
        idxs = [node.v.length - 1];
      }
    } else if (seg.t === 'key' && /^(0|[1-9][0-9]*)$/.test(seg.key)) {
      const j = Number(seg.key);
      idxs = j < node.v.length ? [j] : [];
    }
    for (const j of idxs) {
      if (last) {
        node.v[j] = make(node.v[j]);
        count++;
      } else go(node.v[j]!, i + 1);
    }
  };
  go(root, 0);
  return count;
}
