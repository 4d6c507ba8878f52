// kustomize's built-in transformers on provenance trees. A value a kustomization field sets carries the
// provenance of that field's node (the `namespace:` value, a commonLabels entry, an image's newTag, …).
import {
  BUILTIN_FIELD_SPECS,
  DEFAULT_TRANSFORMER_CONFIG,
  type FieldPathSegment,
  type FieldSpec,
  gvkMatches,
  NAME_CHANGE_SKIPPED_KINDS,
  parseFieldPath,
  type TransformerConfig,
} from './fieldspecs.js';
import { type PMap, type PNode, type Prov, str } from './pnode.js';
import {
  effectiveNamespace,
  gvkOf,
  isClusterScoped,
  metaOf,
  nameOf,
  namespaceOf,
  type Resource,
  setName,
  setNamespace,
  storePreviousId,
} from './resource.js';

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

const listCaches = new WeakMap<readonly FieldSpec[], Map<string, readonly FieldSpec[]>>();

/** The specs of `list` that select an object of this kind (cached per list: configs' lists are long-lived). */
function matching(list: readonly FieldSpec[], kind: string, group: string, version: string): readonly FieldSpec[] {
  let cache = listCaches.get(list);
  if (!cache) {
    cache = new Map();
    listCaches.set(list, cache);
  }
  const key = `${group}\u0000${version}\u0000${kind}`;
  let hit = cache.get(key);
  if (!hit) {
    hit = list.filter((s) => gvkMatches(s, kind, group, version));
    cache.set(key, hit);
  }
  return hit;
}

function specsOf(list: readonly FieldSpec[], r: Resource): readonly FieldSpec[] {
  const g = gvkOf(r);
  return matching(list, g.kind, g.group, g.version);
}

/** How the namespace transformer treats RoleBinding subjects (api/filters/namespace RoleBindingSubjectMode). */
export type SubjectMode = 'defaultOnly' | 'allServiceAccounts' | 'none';

export { isClusterScoped };

// --- namespace ------------------------------------------------------------------------------------------------

/**
 * The namespace transformer (api/filters/namespace/namespace.go): metadata.namespace of every namespaced object,
 * then the config's field specs; `unsetOnly` leaves a namespace already set alone (NamespaceTransformer plugin).
 */
export function applyNamespace(
  resources: Resource[],
  ns: string,
  p: Prov,
  specs: readonly FieldSpec[] = DEFAULT_TRANSFORMER_CONFIG.namespace,
  opts: { unsetOnly?: boolean; subjects?: SubjectMode; storePrevious?: boolean } = {},
): void {
  const settable = (cur: PNode | undefined) => !opts.unsetOnly || !cur || (cur.t === 's' && (cur.v === null || cur.v === ''));
  for (const r of resources) {
    const g = gvkOf(r);
    // NamespaceTransformer stores every object's previous id (api/internal/builtins/NamespaceTransformer.go); the
    // namespace filter alone (ValueAddTransformer) does not.
    if (opts.storePrevious !== false) storePreviousId(r);
    if (!isClusterScoped(r) && settable(metaOf(r)?.v.get('namespace'))) setNamespace(r, ns, p);
    const binding = g.group === 'rbac.authorization.k8s.io' && (g.kind === 'RoleBinding' || g.kind === 'ClusterRoleBinding');
    for (const spec of specsOf(specs, r)) {
      // metadata.namespace is handled above, for namespaced kinds only; only a core `v1` Namespace is renamed
      // (removeUnneededMetaFieldSpecs); a binding's subjects follow the subject mode (removeRoleBindingSubjectFieldSpecs).
      if (spec.path === 'metadata/namespace') continue;
      if (spec.path === 'metadata/name' && (g.version !== 'v1' || g.group !== '')) continue;
      if (binding && spec.path === 'subjects') continue;
      walkSpec(r.root, spec.path, spec.create === true, p, (holder, key) => {
        if (!holder.v.has(key) && !spec.create) return;
        if (!settable(holder.v.get(key))) return;
        if (holder === metaOf(r) && key === 'name') setName(r, ns, p);
        else holder.v.set(key, { t: 's', v: ns, p });
      });
    }
    // kustomize v5: a (Cluster)RoleBinding subject that is the `default` ServiceAccount follows the namespace.
    const mode = opts.subjects ?? 'defaultOnly';
    if (binding && mode !== 'none') {
      const subjects = r.root.v.get('subjects');
      if (subjects && subjects.t === 'a') {
        for (const s of subjects.v) {
          if (s.t !== 'm') continue;
          const kind = s.v.get('kind');
          const name = s.v.get('name');
          const selected =
            mode === 'allServiceAccounts' ? kind?.t === 's' && kind.v === 'ServiceAccount' : name?.t === 's' && name.v === 'default';
          if (selected && settable(s.v.get('namespace'))) s.v.set('namespace', { t: 's', v: ns, p });
        }
      }
    }
  }
}

// --- namePrefix / nameSuffix ----------------------------------------------------------------------------------

const NAME_ONLY: readonly FieldSpec[] = BUILTIN_FIELD_SPECS.namePrefix;

/**
 * The prefix and suffix transformers (api/internal/builtins/PrefixTransformer.go, SuffixTransformer.go), prefix
 * first. A field spec selects by the object's original kind; `metadata/name` renames the object, any other path
 * gets the prefix/suffix on its string values.
 */
export function applyPrefixSuffix(
  resources: Resource[],
  prefix: string,
  suffix: string,
  p: Prov,
  prefixSpecs: readonly FieldSpec[] = NAME_ONLY,
  suffixSpecs: readonly FieldSpec[] = NAME_ONLY,
): void {
  for (const r of resources) {
    const g = gvkOf(r);
    if (NAME_CHANGE_SKIPPED_KINDS.some((s) => gvkMatches(s, g.kind, g.group, g.version))) continue;
    const orgKind = r.prevIds[0]?.kind ?? g.kind;
    for (const [value, specs, isPrefix] of [
      [prefix, prefixSpecs, true],
      [suffix, suffixSpecs, false],
    ] as const) {
      if (!value) continue;
      for (const spec of matching(specs, orgKind, g.group, g.version)) {
        const affix = (s: string) => (isPrefix ? `${value}${s}` : `${s}${value}`);
        if (spec.path === 'metadata/name') {
          // Prefix and suffix transformers record what they applied and the id before: name references prefer
          // an object whose prefixes/suffixes end like the referrer's.
          (isPrefix ? r.prefixes : r.suffixes).push(value);
          storePreviousId(r);
          // The name keeps the provenance of where it was written (the base); the prefix line is in the trail.
          setName(r, affix(nameOf(r)), metaOf(r)?.v.get('name')?.p ?? p);
          continue;
        }
        walkSpec(r.root, spec.path, spec.create === true, p, (holder, key) => {
          const cur = holder.v.get(key);
          if (cur?.t === 's' && typeof cur.v === 'string') holder.v.set(key, { t: 's', v: affix(cur.v), p: cur.p });
        });
      }
    }
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
export function applyLabels(resources: Resource[], pairs: LabelPair[], specs: readonly FieldSpec[], createProv: Prov): void {
  if (pairs.length === 0) return;
  for (const r of resources) {
    for (const spec of specsOf(specs, r)) {
      walkSpec(r.root, spec.path, spec.create === true, createProv, (holder, key) =>
        setPairs(holder, key, pairs, spec.create === true, createProv),
      );
    }
  }
}

export function applyAnnotations(
  resources: Resource[],
  pairs: LabelPair[],
  createProv: Prov,
  specs: readonly FieldSpec[] = DEFAULT_TRANSFORMER_CONFIG.commonAnnotations,
): void {
  if (pairs.length === 0) return;
  for (const r of resources) {
    for (const spec of specsOf(specs, r)) {
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

export function applyImages(resources: Resource[], rules: ImageRule[], specs: readonly FieldSpec[] = DEFAULT_TRANSFORMER_CONFIG.images): void {
  if (rules.length === 0) return;
  const visit = imageFieldVisitor(rules);
  for (const r of resources) {
    walkContainerLists(r.root, visit);
    for (const spec of specsOf(specs, r)) {
      if (/containers\[\]\/image$/i.test(spec.path) || /initContainers\[\]\/image$/.test(spec.path)) continue;
      walkSpec(r.root, spec.path, false, r.root.p, visit);
    }
  }
}

// --- replicas -------------------------------------------------------------------------------------------------

export function applyReplicas(
  resources: Resource[],
  name: string,
  count: number,
  p: Prov,
  fail: (msg: string) => Error,
  replicaSpecs: readonly FieldSpec[] = DEFAULT_TRANSFORMER_CONFIG.replicas,
): void {
  let found = false;
  for (const r of resources) {
    if (!r.names.includes(name)) continue;
    const specs = specsOf(replicaSpecs, r);
    if (specs.length > 0) found = true;
    for (const spec of specs) {
      walkSpec(r.root, spec.path, spec.create === true, p, (holder, key) => {
        if (holder.v.has(key) || spec.create) holder.v.set(key, { t: 's', v: count, p });
      });
    }
  }
  if (!found && resources.some((r) => r.names.includes(name))) {
    // kustomize rejects a `replicas:` entry when no object of that name has a kind it sets replicas on.
    const kinds = [...new Set(replicaSpecs.map((s) => s.kind ?? 'any kind'))].join(', ');
    throw fail(`replicas: no ${kinds} is named ${name}; kustomize rejects replicas for other kinds`);
  }
}

// --- name references ------------------------------------------------------------------------------------------

/**
 * kustomize's name reference fix (api/filters/nameref/nameref.go, api/internal/accumulator/
 * namereferencetransformer.go, v5.5.0), run once after all names changed: every field that refers to an object of
 * a kind by name is pointed at the current name of the object it meant. The referral is chosen the way kustomize
 * chooses it: among the objects the referrer can see (its namespace, cluster-scoped ones, a RoleBinding's subject
 * namespaces), those with a previous id of that name and kind, of the roleRef's kind, in the referrer's namespace;
 * if several remain, those whose applied prefixes/suffixes end like the referrer's (one base included several
 * times); several still — unless they agree on the name — is kustomize's "found multiple possible referrals"
 * error. The value keeps the reference's provenance (the line that wrote the reference).
 */
export function fixNameReferences(
  resources: Resource[],
  fail: (r: Resource, msg: string) => Error,
  config: TransformerConfig = DEFAULT_TRANSFORMER_CONFIG,
): void {
  if (!resources.some((r) => r.prevIds.length > 0)) {
    // Nothing was renamed, but kustomize still reads every RoleBinding's subjects while looking for referrals.
    for (const r of resources) if (gvkOf(r).kind === 'RoleBinding') visibleTo(r, [], fail);
    return;
  }
  for (const referrer of resources) {
    const g = gvkOf(referrer);
    // kustomize selects referrers by their original id.
    const orgKind = referrer.prevIds[0]?.kind ?? g.kind;
    let visible: Resource[] | undefined;
    for (const ref of config.nameReference) {
      for (const spec of ref.fieldSpecs) {
        if (!gvkMatches(spec, orgKind, g.group, g.version)) continue;
        visible ??= visibleTo(referrer, resources, fail);
        const sel: Selection = { referrer, target: ref, path: spec.path, fail };
        walkSpec(referrer.root, spec.path, false, referrer.root.p, (holder, key) => {
          const cur = holder.v.get(key);
          if (!cur) return;
          if (cur.t === 's' && typeof cur.v === 'string') {
            const t = selectReferral(sel, cur.v, visible!, false);
            if (t && nameOf(t) !== cur.v) holder.v.set(key, { t: 's', v: nameOf(t), p: cur.p });
          } else if (cur.t === 'a') {
            // rules/resourceNames, or RoleBinding subjects ({kind, name, namespace}).
            cur.v = cur.v.map((item) => {
              if (item.t === 's' && typeof item.v === 'string') {
                const t = selectReferral(sel, item.v, visible!, false);
                return t && nameOf(t) !== item.v ? { t: 's', v: nameOf(t), p: item.p } : item;
              }
              if (item.t === 'm') setMapping(sel, item, visible!);
              return item;
            });
          } else if (cur.t === 'm') {
            setMapping(sel, cur, visible!);
          }
        });
      }
    }
  }
}

interface Selection {
  referrer: Resource;
  target: { kind: string; group?: string; version?: string };
  path: string;
  fail: (r: Resource, msg: string) => Error;
}

/** resmap SubsetThatCouldBeReferencedByResource. */
function visibleTo(referrer: Resource, resources: Resource[], fail: Selection['fail']): Resource[] {
  if (isClusterScoped(referrer)) return resources;
  const ns = effectiveNamespace(referrer);
  const g = gvkOf(referrer);
  // A RoleBinding also sees the namespaces of its ServiceAccount subjects; one written `namespace:` with no
  // value is an error (resmap/reswrangler.go getNamespacesForRoleBinding).
  const subjectNamespaces = new Set<string>();
  if (g.kind === 'RoleBinding') {
    const subjects = referrer.root.v.get('subjects');
    if (subjects?.t === 'a') {
      for (const s of subjects.v) {
        if (s.t !== 'm' || !s.v.has('namespace') || str(s.v.get('kind')) !== 'ServiceAccount') continue;
        const n = s.v.get('namespace')!;
        if (n.t === 's' && typeof n.v === 'string') subjectNamespaces.add(n.v);
        else throw fail(referrer, `Invalid Input: namespace is blank for a ServiceAccount subject of RoleBinding ${nameOf(referrer)} (kustomize rejects it): give it a namespace or remove the key`);
      }
    }
  }
  return resources.filter((t) => isClusterScoped(t) || effectiveNamespace(t) === ns || subjectNamespaces.has(namespaceOf(t)));
}

/** A reference written as {name, namespace?}: candidates narrowed by its namespace, then the name and namespace set. */
function setMapping(sel: Selection, obj: PMap, visible: Resource[]): void {
  const n = obj.v.get('name');
  if (n?.t !== 's' || typeof n.v !== 'string') return;
  const nsNode = obj.v.get('namespace');
  let candidates = visible;
  if (nsNode?.t === 's' && nsNode.v !== null) {
    const ns = String(nsNode.v);
    const byOriginal = visible.filter((r) => (r.prevIds[0] ? r.prevIds[0].namespace : namespaceOf(r)) === ns);
    candidates = byOriginal.length > 0 ? byOriginal : visible.filter((r) => namespaceOf(r) === ns);
  }
  const t = selectReferral(sel, n.v, candidates, true);
  if (!t) return;
  const name = nameOf(t);
  const namespace = namespaceOf(t);
  if (name === n.v && namespace === '') return;
  if (name !== n.v) obj.v.set('name', { t: 's', v: name, p: n.p });
  if (namespace === '' || (nsNode?.t === 's' && nsNode.v === namespace)) return;
  // The namespace comes from wherever the object's own namespace was set (often `namespace:` of a kustomization).
  const source = metaOf(t)?.v.get('namespace');
  obj.v.set('namespace', { t: 's', v: namespace, p: source?.p ?? nsNode?.p ?? n.p });
}

function selectReferral(sel: Selection, oldName: string, candidates: Resource[], mapping: boolean): Resource | undefined {
  const { referrer, target } = sel;
  let c = candidates.filter(
    (r) =>
      r.prevIds.some((id) => id.name === oldName) &&
      r.prevIds.some((id) => gvkMatches(target, id.kind, gvkOf(r).group, gvkOf(r).version)),
  );
  if (c.length === 0) return undefined;
  if (sel.path.endsWith('roleRef/name')) {
    // Only an object of the roleRef's kind and apiGroup (a ClusterRole rename leaves a roleRef to a Role alone).
    const roleRef = referrer.root.v.get('roleRef');
    const kind = roleRef?.t === 'm' ? roleRef.v.get('kind') : undefined;
    const group = roleRef?.t === 'm' ? roleRef.v.get('apiGroup') : undefined;
    if (kind?.t === 's' && group?.t === 's') {
      c = c.filter((r) => r.prevIds.some((id) => id.kind === String(kind.v) && gvkOf(r).group === String(group.v ?? '')));
    }
  }
  if (!isClusterScoped(referrer)) {
    const ns = effectiveNamespace(referrer);
    c = c.filter((r) => isClusterScoped(r) || gvkOf(r).kind === 'ServiceAccount' || effectiveNamespace(r) === ns);
  }
  if (c.length === 1) return c[0];
  c = c.filter((r) => sameAffixes(r, referrer, true));
  if (c.length > 1) c = c.filter((r) => sameAffixes(r, referrer, false));
  if (c.length <= 1) return c[0];
  const first = c[0]!;
  if (c.every((r) => nameOf(r) === nameOf(first) && (!mapping || namespaceOf(r) === namespaceOf(first)))) return first;
  throw sel.fail(
    referrer,
    `found multiple possible referrals for ${target.kind} '${oldName}' in ${sel.path} of ${gvkOf(referrer).kind} ${nameOf(referrer)}: ` +
      `${c.map((r) => `${gvkOf(r).kind} ${namespaceOf(r) ? `${namespaceOf(r)}/` : ''}${nameOf(r)}`).join(', ')} (kustomize rejects this too)`,
  );
}

/** resource.PrefixesSuffixesEquals. */
function sameAffixes(a: Resource, b: Resource, allowEmpty: boolean): boolean {
  if (allowEmpty) {
    return (
      (a.prefixes.length === 0 || b.prefixes.length === 0 || sameEnding(a.prefixes, b.prefixes)) &&
      (a.suffixes.length === 0 || b.suffixes.length === 0 || sameEnding(a.suffixes, b.suffixes))
    );
  }
  return sameEnding(a.prefixes, b.prefixes) && sameEnding(a.suffixes, b.suffixes);
}

/** utils.SameEndingSubSlice: the shorter slice ends the longer one (two empty slices are the same). */
function sameEnding(x: string[], y: string[]): boolean {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  const diff = long.length - short.length;
  if (short.length === 0) return diff === 0;
  return short.every((v, i) => long[i + diff] === v);
}

export { BUILTIN_FIELD_SPECS };
