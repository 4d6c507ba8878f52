// Patch/replacement target selectors: group/version/kind/name/namespace (anchored regexes, as kustomize
// compiles them) and Kubernetes label/annotation selectors.
import { RenderError } from './errors.js';
import { type PNode, str } from './pnode.js';
import { gvkOf, metaOf, type Resource } from './resource.js';

export interface Selector {
  group?: string;
  version?: string;
  kind?: string;
  name?: string;
  namespace?: string;
  labelSelector?: string;
  annotationSelector?: string;
}

export function readSelector(node: PNode | undefined): Selector | undefined {
  if (node?.t !== 'm') return undefined;
  const s: Selector = {};
  for (const k of ['group', 'version', 'kind', 'name', 'namespace', 'labelSelector', 'annotationSelector'] as const) {
    const v = node.v.get(k);
    if (v && v.t === 's' && v.v !== null) s[k] = String(v.v);
  }
  return s;
}

const regexCache = new Map<string, RegExp>();
function anchored(pattern: string): RegExp {
  let re = regexCache.get(pattern);
  if (!re) {
    try {
      re = new RegExp(`^(?:${pattern})$`);
    } catch {
      throw new RenderError(`invalid regular expression in patch target: ${pattern}`);
    }
    regexCache.set(pattern, re);
  }
  return re;
}

interface Requirement {
  key: string;
  op: 'eq' | 'neq' | 'in' | 'notin' | 'exists' | 'notexists';
  values: string[];
}

/** Parse a Kubernetes label selector string (`a=b,c!=d,e in (x,y),!f,g`). */
export function parseLabelSelector(text: string): Requirement[] {
  const reqs: Requirement[] = [];
  // Split on commas that are not inside parentheses.
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) parts.push(cur);
  for (const raw of parts) {
    const p = raw.trim();
    if (!p) continue;
    let m = /^(\S+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(p);
    if (m) {
      reqs.push({
        key: m[1]!,
        op: m[2] as 'in' | 'notin',
        values: m[3]!
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      });
      continue;
    }
    m = /^([^=!\s]+)\s*(==|=|!=)\s*(\S*)$/.exec(p);
    if (m) {
      reqs.push({ key: m[1]!, op: m[2] === '!=' ? 'neq' : 'eq', values: [m[3]!] });
      continue;
    }
    m = /^!\s*(\S+)$/.exec(p);
    if (m) {
      reqs.push({ key: m[1]!, op: 'notexists', values: [] });
      continue;
    }
    if (/^\S+$/.test(p)) {
      reqs.push({ key: p, op: 'exists', values: [] });
      continue;
    }
    throw new RenderError(`invalid label selector: ${text}`);
  }
  return reqs;
}

function matchesSelector(map: PNode | undefined, text: string): boolean {
  const labels = new Map<string, string>();
  if (map && map.t === 'm') for (const [k, v] of map.v) if (v.t === 's') labels.set(k, String(v.v));
  return parseLabelSelector(text).every((r) => {
    const v = labels.get(r.key);
    switch (r.op) {
      case 'eq':
        return v === r.values[0];
      case 'neq':
        return v !== r.values[0];
      case 'in':
        return v !== undefined && r.values.includes(v);
      case 'notin':
        return v === undefined || !r.values.includes(v);
      case 'exists':
        return v !== undefined;
      case 'notexists':
        return v === undefined;
    }
    return false;
  });
}

/** Whether `r` is selected; names and namespaces match the current or any previous value (kustomize's ids). */
export function selects(sel: Selector, r: Resource): boolean {
  const g = gvkOf(r);
  if (sel.group !== undefined && sel.group !== '' && !anchored(sel.group).test(g.group)) return false;
  if (sel.version !== undefined && sel.version !== '' && !anchored(sel.version).test(g.version)) return false;
  if (sel.kind !== undefined && sel.kind !== '' && !anchored(sel.kind).test(g.kind)) return false;
  if (sel.name !== undefined && sel.name !== '') {
    const re = anchored(sel.name);
    if (!r.names.some((n) => re.test(n))) return false;
  }
  if (sel.namespace !== undefined && sel.namespace !== '') {
    // kustomize matches the effective namespace: no namespace is `default`.
    const re = anchored(sel.namespace);
    if (!r.namespaces.some((n) => re.test(n === '' ? 'default' : n))) return false;
  }
  const meta = metaOf(r);
  if (sel.labelSelector && !matchesSelector(meta?.v.get('labels'), sel.labelSelector)) return false;
  if (sel.annotationSelector && !matchesSelector(meta?.v.get('annotations'), sel.annotationSelector)) return false;
  return true;
}

export function describeSelector(sel: Selector): string {
  return Object.entries(sel)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
}

export { str };
