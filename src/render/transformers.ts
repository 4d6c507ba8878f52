// kustomize's built-in transformers on provenance trees. A value a kustomization field sets carries the
// provenance of that field's node (the `namespace:` value, a commonLabels entry, an image's newTag, …).
import {
  BUILTIN_FIELD_SPECS,
  type FieldPathSegment,
  type FieldSpec,
  fieldSpecsFor,
  gvkMatches,
  isClusterScoped as fsIsClusterScoped,
  NAME_CHANGE_SKIPPED_KINDS,
  NAME_REFERENCES,
  parseFieldPath,
} from './fieldspecs.js';
import type { PMap, PNode, Prov } from './pnode.js';
import { gvkOf, metaOf, nameOf, namespaceOf, type Resource, setName, setNamespace } from './resource.js';

const pathCache = new Map<string, FieldPathSegment[]>();
function segmentsOf(path: string): FieldPathSegment[] {
  let s = pathCache.get(path);
  if (!s) {
    s = parseFieldPath(path);
    pathCache.set(path, s);
  }
  return s;
}

/**
 * Visit the field a spec names: `visit(holder, key)` is called on the map that holds (or would hold) the last
 * key. Lists met along the path are walked item by item (kustomize does so with or without `[]`).
 */
export function walkSpec(
  node: PNode,
  path: string,
  create: boolean,
  createProv: Prov,
  visit: (holder: PMap, key: string) => void,
): void {
  walk(node, segmentsOf(path), 0, create, createProv, visit);
}

function walk(
  node: PNode,
  segs: FieldPathSegment[],
  i: number,
  create: boolean,
  createProv: Prov,
  visit: (holder: PMap, key: string) => void,
): void {
  if (node.t === 'a') {
    for (const item of node.v) walk(item, segs, i, create, createProv, visit);
    return;
  }
  if (node.t !== 'm') return;
  const seg = segs[i]!;
  if (i === segs.length - 1) {
    visit(node, seg.key);
    return;
  }
  let next = node.v.get(seg.key);
  if (!next || (next.t === 's' && next.v === null)) {
    if (!create || seg.list) return;
    next = { t: 'm', v: new Map(), p: createProv };
    node.v.set(seg.key, next);
  }
  walk(next, segs, i + 1, create, createProv, visit);
}

function specsFor(r: Resource) {
  const g = gvkOf(r);
  return fieldSpecsFor(g.kind, g.group, g.version);
}

export function isClusterScoped(r: Resource): boolean {
  const api = r.root.v.get('apiVersion');
  const apiVersion = api && api.t === 's' ? String(api.v) : '';
  return fsIsClusterScoped(apiVersion, gvkOf(r).kind);
}

// --- namespace ------------------------------------------------------------------------------------------------

export function applyNamespace(resources: Resource[], ns: string, p: Prov): void {
  for (const r of resources) {
    const g = gvkOf(r);
    if (!isClusterScoped(r)) setNamespace(r, ns, p);
    for (const spec of specsFor(r).namespace) {
      walkSpec(r.root, spec.path, spec.create === true, p, (holder, key) => {
        if (!holder.v.has(key) && !spec.create) return;
        if (holder === metaOf(r) && key === 'name') setName(r, ns, p);
        else holder.v.set(key, { t: 's', v: ns, p });
      });
    }
    // kustomize v5: a (Cluster)RoleBinding subject that is the `default` ServiceAccount follows the namespace.
    if (g.group === 'rbac.authorization.k8s.io' && (g.kind === 'RoleBinding' || g.kind === 'ClusterRoleBinding')) {
      const subjects = r.root.v.get('subjects');
      if (subjects && subjects.t === 'a') {
        for (const s of subjects.v) {
          if (s.t !== 'm') continue;
          const kind = s.v.get('kind');
          const name = s.v.get('name');
          if (kind?.t === 's' && kind.v === 'ServiceAccount' && name?.t === 's' && name.v === 'default') {
            s.v.set('namespace', { t: 's', v: ns, p });
          }
        }
      }
    }
  }
}

// --- namePrefix / nameSuffix ----------------------------------------------------------------------------------

export function applyPrefixSuffix(resources: Resource[], prefix: string, suffix: string, p: Prov): void {
  for (const r of resources) {
    const g = gvkOf(r);
    if (NAME_CHANGE_SKIPPED_KINDS.some((s) => gvkMatches(s, g.kind, g.group, g.version))) continue;
    const nameNode = metaOf(r)?.v.get('name');
    // The name keeps the provenance of where it was written (the base); the prefix line is in the message trail.
    setName(r, `${prefix}${nameOf(r)}${suffix}`, nameNode?.p ?? p);
  }
}

// --- labels and annotations -----------------------------------------------------------------------------------

export interface LabelPair {
  key: string;
  value: string;
  p: Prov;
}

function setPairs(holder: PMap, key: string, pairs: LabelPair[], create: boolean, createProv: Prov): void {
  let target = holder.v.get(key);
  if (!target || (target.t === 's' && target.v === null)) {
    if (!create) return;
    target = { t: 'm', v: new Map(), p: createProv };
    holder.v.set(key, target);
  }
  if (target.t !== 'm') return;
  for (const pair of pairs) target.v.set(pair.key, { t: 's', v: pair.value, p: pair.p });
}

/**
 * commonLabels (selectors + templates), or a `labels:` entry: metadata only, plus templates with
 * includeTemplates, plus selectors with includeSelectors.
 */
export function applyLabels(
  resources: Resource[],
  pairs: LabelPair[],
  mode: { selectors: boolean; templates: boolean },
  createProv: Prov,
  extraSpecs: FieldSpec[] = [],
): void {
  if (pairs.length === 0) return;
  for (const r of resources) {
    const g = gvkOf(r);
    let specs: readonly FieldSpec[];
    if (mode.selectors) specs = specsFor(r).commonLabels;
    else if (mode.templates) specs = specsFor(r).templateLabels;
    else specs = [{ path: 'metadata/labels', create: true }];
    const extra = extraSpecs.filter((s) => gvkMatches(s, g.kind, g.group, g.version));
    for (const spec of [...specs, ...extra]) {
      walkSpec(r.root, spec.path, spec.create === true, createProv, (holder, key) =>
        setPairs(holder, key, pairs, spec.create === true, createProv),
      );
    }
  }
}

export function applyAnnotations(resources: Resource[], pairs: LabelPair[], createProv: Prov): void {
  if (pairs.length === 0) return;
  for (const r of resources) {
    for (const spec of specsFor(r).commonAnnotations) {
      walkSpec(r.root, spec.path, spec.create === true, createProv, (holder, key) =>
        setPairs(holder, key, pairs, spec.create === true, createProv),
      );
    }
  }
}

// --- images ---------------------------------------------------------------------------------------------------

export interface ImageRule {
  name: string;
  newName?: string;
  newTag?: string;
  digest?: string;
  /** newTag's node if set, else digest's, else newName's: where a person changes the result. */
  p: Prov;
}

/** Split an image reference into name, tag and digest the way kustomize's image.Split does. */
export function splitImage(image: string): { name: string; tag: string; digest: string } {
  let name = image;
  let digest = '';
  const at = name.indexOf('@');
  if (at >= 0) {
    digest = name.slice(at + 1);
    name = name.slice(0, at);
  }
  let tag = '';
  const lastSlash = name.lastIndexOf('/');
  const colon = name.lastIndexOf(':');
  if (colon > lastSlash) {
    tag = name.slice(colon + 1);
    name = name.slice(0, colon);
  }
  return { name, tag, digest };
}

function rewriteImage(value: string, rule: ImageRule): string | undefined {
  const { name, tag, digest } = splitImage(value);
  if (name !== rule.name) return undefined;
  const newName = rule.newName ?? name;
  // Measured: newTag + digest gives name:tag@digest; digest alone drops the tag; newTag alone drops a digest.
  if (rule.digest) return rule.newTag !== undefined ? `${newName}:${rule.newTag}@${rule.digest}` : `${newName}@${rule.digest}`;
  if (rule.newTag !== undefined) return `${newName}:${rule.newTag}`;
  if (digest) return `${newName}${tag ? `:${tag}` : ''}@${digest}`;
  return tag ? `${newName}:${tag}` : newName;
}

function imageFieldVisitor(rules: ImageRule[]): (holder: PMap, key: string) => void {
  return (holder, key) => {
    const cur = holder.v.get(key);
    if (cur?.t !== 's' || typeof cur.v !== 'string') return;
    let value = cur.v;
    let p: Prov | undefined;
    for (const rule of rules) {
      const next = rewriteImage(value, rule);
      if (next !== undefined) {
        value = next;
        p = rule.p;
      }
    }
    if (p) holder.v.set(key, { t: 's', v: value, p });
  };
}

/** Every `containers`/`initContainers` list anywhere in the object (kustomize's image filter walks them all). */
function walkContainerLists(node: PNode, visit: (holder: PMap, key: string) => void): void {
  if (node.t === 'a') {
    for (const it of node.v) walkContainerLists(it, visit);
    return;
  }
  if (node.t !== 'm') return;
  for (const [k, v] of node.v) {
    if ((k === 'containers' || k === 'initContainers') && v.t === 'a') {
      for (const c of v.v) if (c.t === 'm') visit(c, 'image');
    } else if (v.t !== 's') walkContainerLists(v, visit);
  }
}

export function applyImages(resources: Resource[], rules: ImageRule[]): void {
  if (rules.length === 0) return;
  const visit = imageFieldVisitor(rules);
  for (const r of resources) {
    walkContainerLists(r.root, visit);
    for (const spec of specsFor(r).images) {
      if (/containers\[\]\/image$/i.test(spec.path) || /initContainers\[\]\/image$/.test(spec.path)) continue;
      walkSpec(r.root, spec.path, false, r.root.p, visit);
    }
  }
}

// --- replicas -------------------------------------------------------------------------------------------------

export function applyReplicas(resources: Resource[], name: string, count: number, p: Prov, fail: (msg: string) => Error): void {
  let found = false;
  for (const r of resources) {
    if (!r.names.includes(name)) continue;
    const specs = specsFor(r).replicas;
    if (specs.length > 0) found = true;
    for (const spec of specs) {
      walkSpec(r.root, spec.path, spec.create === true, p, (holder, key) => {
        if (holder.v.has(key) || spec.create) holder.v.set(key, { t: 's', v: count, p });
      });
    }
  }
  if (!found && resources.some((r) => r.names.includes(name))) {
    // kustomize rejects a `replicas:` entry when no object of that name has a kind it sets replicas on.
    const kinds = [...new Set(BUILTIN_FIELD_SPECS.replicas.map((s) => s.kind))].join(', ');
    throw fail(`replicas: no ${kinds} is named ${name}; kustomize rejects replicas for other kinds`);
  }
}

// --- name references ------------------------------------------------------------------------------------------

interface Candidate {
  r: Resource;
  name: string;
  namespace: string;
}

/**
 * After all names changed (prefix/suffix, hash), point every reference at the current name of the object it
 * named: a reference holding any previous name of a resource of the referenced kind is rewritten. The value
 * keeps the reference's provenance (the line that wrote the reference).
 */
export function fixNameReferences(resources: Resource[]): void {
  const renamed = resources.filter((r) => r.names.length > 1 || r.namespaces.length > 1);
  if (renamed.length === 0) return;
  for (const ref of NAME_REFERENCES) {
    const targets: Candidate[] = [];
    for (const r of renamed) {
      const g = gvkOf(r);
      if (!gvkMatches(ref, g.kind, g.group, g.version)) continue;
      targets.push({ r, name: nameOf(r), namespace: namespaceOf(r) });
    }
    if (targets.length === 0) continue;
    for (const referrer of resources) {
      const g = gvkOf(referrer);
      const refNs = namespaceOf(referrer);
      for (const spec of ref.fieldSpecs) {
        if (!gvkMatches(spec, g.kind, g.group, g.version)) continue;
        walkSpec(referrer.root, spec.path, false, referrer.root.p, (holder, key) => {
          const cur = holder.v.get(key);
          if (!cur) return;
          if (cur.t === 's' && typeof cur.v === 'string') {
            const t = pick(targets, cur.v, refNs);
            if (t && t.name !== cur.v) holder.v.set(key, { t: 's', v: t.name, p: cur.p });
          } else if (cur.t === 'a') {
            // rules/resourceNames, or RoleBinding subjects ({kind, name, namespace}).
            cur.v = cur.v.map((item) => {
              if (item.t === 's' && typeof item.v === 'string') {
                const t = pick(targets, item.v, refNs);
                return t && t.name !== item.v ? { t: 's', v: t.name, p: item.p } : item;
              }
              if (item.t === 'm') renameInObjectRef(item, targets, ref.kind, refNs);
              return item;
            });
          } else if (cur.t === 'm') {
            renameInObjectRef(cur, targets, undefined, refNs);
          }
        });
      }
    }
  }
}

function renameInObjectRef(obj: PMap, targets: Candidate[], kind: string | undefined, refNs: string): void {
  const k = obj.v.get('kind');
  if (kind !== undefined && !(k?.t === 's' && k.v === kind)) return;
  const n = obj.v.get('name');
  if (n?.t !== 's' || typeof n.v !== 'string') return;
  const nsNode = obj.v.get('namespace');
  const ns = nsNode?.t === 's' && typeof nsNode.v === 'string' ? nsNode.v : refNs;
  const t = pick(targets, n.v, ns, true);
  if (!t) return;
  // A reference that names a namespace the object never had points at another object (measured: a subject
  // in `elsewhere` stays); no namespace or the object's old one (`default` == none) follows the object.
  const norm = (x: string) => (x === '' ? 'default' : x);
  if (nsNode?.t === 's' && typeof nsNode.v === 'string' && !t.r.namespaces.some((x) => norm(x) === norm(String(nsNode.v)))) {
    return;
  }
  if (t.name !== n.v) obj.v.set('name', { t: 's', v: t.name, p: n.p });
  // kustomize also points the reference at the object's namespace (e.g. RoleBinding subjects), adding it if absent.
  if (t.namespace && !(nsNode?.t === 's' && nsNode.v === t.namespace)) {
    // The namespace comes from wherever the object's own namespace was set (often `namespace:` of a kustomization).
    const source = metaOf(t.r)?.v.get('namespace');
    obj.v.set('namespace', { t: 's', v: t.namespace, p: source?.p ?? nsNode?.p ?? n.p });
  }
}

function pick(targets: Candidate[], value: string, ns: string, anyNamespace = false): Candidate | undefined {
  const matches = targets.filter((t) => t.r.names.includes(value));
  if (matches.length <= 1) return matches[0];
  const sameNs = matches.filter(
    (t) => t.r.namespaces.includes(ns) || t.namespace === ns || (anyNamespace && t.r.namespaces.includes(ns)),
  );
  if (sameNs.length >= 1) return sameNs[0];
  return undefined;
}

export { BUILTIN_FIELD_SPECS };
