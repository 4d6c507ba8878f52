// The deprecated `vars`: `$(NAME)` in kustomize's var-reference fields is replaced, at the very end of the
// build, by a field of another resource. Unknown `$(X)` stay as written (kustomize leaves them too).
import type { RenderError } from './errors.js';
import { DEFAULT_TRANSFORMER_CONFIG, gvkMatches, type TransformerConfig } from './fieldspecs.js';
import { lookupAll, parseFieldPath } from './fieldpath.js';
import { type PNode, type Prov, str } from './pnode.js';
import { gvkOf, nameOf, namespaceOf, type Resource, splitApiVersion } from './resource.js';
import { walkSpec } from './transformers.js';

export interface VarDef {
  name: string;
  kind: string;
  apiVersion?: string;
  objName: string;
  namespace?: string;
  fieldPath: string;
  p: Prov;
  /**
   * The object the var was bound to where it was declared (kustomize's MergeVars binds each var then, by any id the
   * object had, so a same-named object another base adds later does not make it ambiguous).
   */
  target?: Resource;
}

type Fail = (p: Prov, msg: string) => RenderError;

export function collectVars(node: PNode, existing: VarDef[], fail: Fail, resources: Resource[]): VarDef[] {
  if (node.t === 's' && node.v === null) return [];
  if (node.t !== 'a') throw fail(node.p, '`vars` must be a list');
  const out: VarDef[] = [];
  for (const v of node.v) {
    if (v.t !== 'm') throw fail(v.p, 'a var must be a mapping');
    const name = str(v.v.get('name'));
    const objref = v.v.get('objref');
    if (!name || !objref || objref.t !== 'm') throw fail(v.p, 'a var needs `name` and `objref`');
    if ([...existing, ...out].some((e) => e.name === name)) throw fail(v.p, `var '${name}' already encountered`);
    const fieldref = v.v.get('fieldref');
    const fieldPath = (fieldref?.t === 'm' ? str(fieldref.v.get('fieldpath')) : undefined) ?? 'metadata.name';
    const def: VarDef = {
      name,
      kind: str(objref.v.get('kind')) ?? '',
      objName: str(objref.v.get('name')) ?? '',
      fieldPath,
      p: v.p,
    };
    const apiVersion = str(objref.v.get('apiVersion'));
    if (apiVersion) def.apiVersion = apiVersion;
    const ns = str(objref.v.get('namespace'));
    if (ns) def.namespace = ns;
    const matched = resources.filter((r) => varMatches(def, r));
    if (matched.length > 1) throw fail(v.p, `found ${matched.length} resId matches for var '${name}' (unable to disambiguate)`);
    if (matched[0]) def.target = matched[0];
    out.push(def);
  }
  return out;
}

/** resaccumulator MergeVars: the objref matches any id the object had (kind, name, and namespace when given). */
function varMatches(v: VarDef, r: Resource): boolean {
  const { group, version } = splitApiVersion(v.apiVersion ?? '');
  const g = gvkOf(r);
  if (v.apiVersion && (g.group !== group || (version && g.version !== version))) return false;
  const ids = [...r.prevIds, { kind: g.kind, name: nameOf(r), namespace: namespaceOf(r) }];
  const norm = (ns: string) => (ns === '' ? 'default' : ns);
  return ids.some(
    (id) =>
      id.kind === v.kind && id.name === v.objName && (!v.namespace || norm(id.namespace) === norm(v.namespace) || r.namespaces.includes(v.namespace)),
  ) || (g.kind === v.kind && r.names.includes(v.objName) && (!v.namespace || r.namespaces.includes(v.namespace)));
}

const VAR_RE = /\$\(([A-Za-z0-9_.-]+)\)/g;

/** Resolve vars in place. Throws (as kustomize does) when a var's object or field does not exist. */
export function resolveVars(resources: Resource[], vars: VarDef[], fail?: Fail, config: TransformerConfig = DEFAULT_TRANSFORMER_CONFIG): void {
  if (vars.length === 0) return;
  const values = new Map<string, PNode>();
  for (const v of vars) {
    if (!v.target || !resources.includes(v.target)) {
      const msg = `var '${v.name}' cannot be mapped to a field in the set of known resources`;
      if (fail) throw fail(v.p, msg);
      throw new Error(msg);
    }
    const found = lookupAll(v.target.root, parseFieldPath(v.fieldPath));
    if (found.length === 0 || found[0]!.t !== 's') {
      const msg = `var '${v.name}': field ${v.fieldPath} not found (or not a scalar) in ${v.kind} ${v.objName}`;
      if (fail) throw fail(v.p, msg);
      throw new Error(msg);
    }
    values.set(v.name, found[0]!);
  }
  const replaceIn = (node: PNode): PNode => {
    if (node.t !== 's' || typeof node.v !== 'string' || !node.v.includes('$(')) return node;
    const whole = /^\$\(([A-Za-z0-9_.-]+)\)$/.exec(node.v);
    if (whole) {
      const val = values.get(whole[1]!);
      if (val && val.t === 's') return { t: 's', v: val.v, p: val.p };
    }
    const replaced = node.v.replace(VAR_RE, (m, name: string) => {
      const val = values.get(name);
      return val && val.t === 's' ? String(val.v) : m;
    });
    return replaced === node.v ? node : { t: 's', v: replaced, p: node.p };
  };
  for (const r of resources) {
    const g = gvkOf(r);
    for (const spec of config.varReference) {
      if (!gvkMatches(spec, g.kind, g.group, g.version)) continue;
      walkSpec(r.root, spec.path, false, r.root.p, (holder, key) => {
        const cur = holder.v.get(key);
        if (!cur) return;
        if (cur.t === 'a') cur.v = cur.v.map(replaceIn);
        else if (cur.t === 'm') for (const [k, v] of cur.v) cur.v.set(k, replaceIn(v));
        else holder.v.set(key, replaceIn(cur));
      });
    }
  }
}
