// A resource being built: its provenance tree plus the ids kustomize tracks (original and previous names, for
// name-reference fixing and patch matching).
import { RenderError } from './errors.js';
import type { Origin } from './origin.js';
import { isClusterScoped as clusterScopedGvk } from './fieldspecs.js';
import { fromJSON, materialize, type PMap, type PNode, type Prov, str } from './pnode.js';

export interface Resource {
  root: PMap;
  /** Every name this resource had (original first), and the namespaces it had. */
  names: string[];
  namespaces: string[];
  /** Generated ConfigMap/Secret that gets kustomize's hash suffix at the end of the build. */
  needsHash?: boolean;
  generated?: boolean;
  /** Came in through a Component's `resources:` (generator merge/replace cannot target it, as in kustomize). */
  hiddenFromGeneratorMerge?: boolean;
  /** The first file that defined it (fallback provenance, messages). */
  file: string;
  /**
   * Every id it had before a name, namespace or kind change, oldest first (kustomize's previousNames/Kinds/
   * Namespaces build annotations, api/resource/resource.go StorePreviousId): a name reference only ever points
   * at an object through one of these.
   */
  prevIds: PrevId[];
  /** namePrefix / nameSuffix values applied to it, innermost kustomization first (build annotations prefixes/suffixes). */
  prefixes: string[];
  suffixes: string[];
  /** The built-in generator plugin config that made it (`generators:`), for its origin annotation. */
  generatedBy?: Origin['configuredBy'];
  /** The transformers that ran over it, for `buildMetadata: [transformerAnnotations]`. */
  transformations?: Origin[];
}

export interface PrevId {
  kind: string;
  name: string;
  /** The effective namespace: `default` for none, '' for a cluster-scoped kind. */
  namespace: string;
}

/** kustomize's StorePreviousId: remember the current id before a transformer changes it. */
export function storePreviousId(r: Resource): void {
  r.prevIds.push({ kind: gvkOf(r).kind, name: nameOf(r), namespace: effectiveNamespace(r) });
}

/** resid.EffectiveNamespace: '' for cluster-scoped kinds, `default` when unset. */
export function effectiveNamespace(r: Resource): string {
  if (isClusterScoped(r)) return '';
  const ns = namespaceOf(r);
  return ns === '' ? 'default' : ns;
}

export interface Gvk {
  group: string;
  version: string;
  kind: string;
}

export function splitApiVersion(apiVersion: string): { group: string; version: string } {
  const i = apiVersion.indexOf('/');
  if (i >= 0) return { group: apiVersion.slice(0, i), version: apiVersion.slice(i + 1) };
  return { group: '', version: apiVersion };
}

export function gvkOf(r: Resource): Gvk {
  const { group, version } = splitApiVersion(str(r.root.v.get('apiVersion')) ?? '');
  return { group, version, kind: str(r.root.v.get('kind')) ?? '' };
}

export function metaOf(r: Resource): PMap | undefined {
  const m = r.root.v.get('metadata');
  return m && m.t === 'm' ? m : undefined;
}

export function nameOf(r: Resource): string {
  return str(metaOf(r)?.v.get('name')) ?? '';
}

export function namespaceOf(r: Resource): string {
  return str(metaOf(r)?.v.get('namespace')) ?? '';
}

/** Set metadata.<field> to a string, creating metadata when needed; the new value carries `p`. */
export function setMeta(r: Resource, field: string, value: string, p: Prov): void {
  let meta = metaOf(r);
  if (!meta) {
    meta = { t: 'm', v: new Map(), p };
    r.root.v.set('metadata', meta);
  }
  meta.v.set(field, { t: 's', v: value, p });
}

export function setName(r: Resource, value: string, p?: Prov): void {
  const meta = metaOf(r);
  const old = meta?.v.get('name');
  setMeta(r, 'name', value, p ?? old?.p ?? r.root.p);
  if (!r.names.includes(value)) r.names.push(value);
}

export function setNamespace(r: Resource, value: string, p: Prov): void {
  setMeta(r, 'namespace', value, p);
  if (!r.namespaces.includes(value)) r.namespaces.push(value);
}

/** The resource id as kustomize prints it in messages. */
export function idString(r: Resource): string {
  const g = gvkOf(r);
  const ns = namespaceOf(r);
  const gv = g.group ? `${g.group}/${g.version}` : g.version;
  return `${gv}, Kind=${g.kind}, ${ns ? `${ns}/` : ''}${nameOf(r)}`;
}

/** The id used for duplicate detection (group, kind, namespace, name; version is not part of it). */
export function idKey(r: Resource): string {
  const g = gvkOf(r);
  const ns = namespaceOf(r);
  return `${g.group}|${g.kind}|${ns === 'default' ? '' : ns}|${nameOf(r)}`;
}

export function newResource(root: PNode, file: string): Resource {
  if (root.t !== 'm') {
    const o = materialize(root.p);
    throw new RenderError(`${o.file}:${o.line}:${o.column}: a resource must be a YAML mapping`, {
      file: o.file,
      line: o.line,
      column: o.column,
    });
  }
  const r: Resource = { root, names: [], namespaces: [], file, prevIds: [], prefixes: [], suffixes: [] };
  const kind = str(root.v.get('kind'));
  if (!kind) {
    const o = materialize(root.p);
    throw new RenderError(`${o.file}:${o.line}:${o.column}: missing kind in object (kustomize rejects it too)`, {
      file: o.file,
      line: o.line,
      column: o.column,
    });
  }
  const name = nameOf(r);
  if (!name && !(kind.endsWith('List') && root.v.get('items'))) {
    const o = materialize(root.p);
    throw new RenderError(`${o.file}:${o.line}:${o.column}: missing metadata.name in ${kind} object`, {
      file: o.file,
      line: o.line,
      column: o.column,
    });
  }
  r.names.push(name);
  r.namespaces.push(namespaceOf(r));
  return r;
}

/** A PNode for a value written by a kustomization field. */
export function valueNode(value: unknown, p: Prov): PNode {
  return fromJSON(value, p);
}

/** Whether kustomize treats it as cluster-scoped, by apiVersion and kind (a non-core `kind: Namespace` is namespaced). */
export function isClusterScoped(r: Resource): boolean {
  return clusterScopedGvk(str(r.root.v.get('apiVersion')) ?? '', gvkOf(r).kind);
}
