// Strategic merge (built-in kinds, by Kubernetes' patchMergeKey) and JSON merge (RFC 7386, custom resources),
// on provenance trees. Patch nodes keep their own provenance, so a merged value points at the patch line.
import type { PMap, PNode, PSeq } from './pnode.js';

/** API groups whose kinds kustomize knows from its built-in OpenAPI schema (strategic merge applies). */
const BUILTIN_GROUPS = new Set([
  '',
  'apps',
  'batch',
  'autoscaling',
  'policy',
  'extensions',
  'networking.k8s.io',
  'rbac.authorization.k8s.io',
  'storage.k8s.io',
  'scheduling.k8s.io',
  'admissionregistration.k8s.io',
  'apiextensions.k8s.io',
  'apiregistration.k8s.io',
  'coordination.k8s.io',
  'discovery.k8s.io',
  'node.k8s.io',
  'certificates.k8s.io',
  'events.k8s.io',
  'flowcontrol.apiserver.k8s.io',
]);

export function isBuiltinGroup(group: string): boolean {
  return BUILTIN_GROUPS.has(group);
}

/** patchMergeKey of list fields in the Kubernetes API (the ones manifests use). */
function mergeKeyFor(field: string, parentField: string | undefined, kind: string): string | undefined {
  switch (field) {
    case 'containers':
    case 'initContainers':
    case 'ephemeralContainers':
    case 'env':
    case 'volumes':
    case 'imagePullSecrets':
    case 'resourceClaims':
    case 'schedulingGates':
      return 'name';
    case 'volumeMounts':
      return 'mountPath';
    case 'volumeDevices':
      return 'devicePath';
    case 'hostAliases':
      return 'ip';
    case 'topologySpreadConstraints':
      return 'topologyKey';
    case 'conditions':
      return 'type';
    case 'ownerReferences':
      return 'uid';
    case 'ports':
      // Service ports merge by port; container ports by containerPort.
      return kind === 'Service' && parentField === 'spec' ? 'port' : 'containerPort';
    default:
      return undefined;
  }
}

/** Primitive lists with patchStrategy merge (values are unioned). */
const MERGED_PRIMITIVE_LISTS = new Set(['finalizers']);

export interface MergeContext {
  /** Strategic (built-in kind) or plain JSON merge (custom resource). */
  strategic: boolean;
  kind: string;
}

const DIRECTIVE = '$patch';
const DELETE_FROM = '$deleteFromPrimitiveList/';

function directiveOf(node: PNode): string | undefined {
  if (node.t !== 'm') return undefined;
  const d = node.v.get(DIRECTIVE);
  return d && d.t === 's' && typeof d.v === 'string' ? d.v : undefined;
}

/** Remove `$patch` / `$…` directives from a patch subtree that is inserted as new content. */
export function stripDirectives(node: PNode): PNode | undefined {
  if (node.t === 'm') {
    const d = directiveOf(node);
    if (d === 'delete') return undefined;
    const m = new Map<string, PNode>();
    for (const [k, v] of node.v) {
      // `$retainKeys` and `$setElementOrder/…` are not honoured by kustomize (kyaml): they stay in the output as
      // written (measured).
      if (k === DIRECTIVE) continue;
      if (k.startsWith(DELETE_FROM) && MERGED_PRIMITIVE_LISTS.has(k.slice(DELETE_FROM.length))) continue;
      if (v.t === 's' && v.v === null) continue; // a null in new content means "absent"
      const s = stripDirectives(v);
      if (s) m.set(k, s);
    }
    return { t: 'm', v: m, p: node.p };
  }
  if (node.t === 'a') {
    const items: PNode[] = [];
    for (const it of node.v) {
      if (it.t === 'm' && directiveOf(it) === 'replace' && it.v.size === 1) continue;
      const s = stripDirectives(it);
      if (s) items.push(s);
    }
    return { t: 'a', v: items, p: node.p };
  }
  return node;
}

/**
 * Merge `patch` into `base` (both owned by the caller: base is changed in place where possible).
 * Returns the merged node, or undefined when the patch deletes it (`$patch: delete`).
 */
export function mergeNode(
  base: PNode | undefined,
  patch: PNode,
  ctx: MergeContext,
  field?: string,
  parentField?: string,
): PNode | undefined {
  if (patch.t === 'm') {
    const d = directiveOf(patch);
    if (d === 'delete') return undefined;
    if (d === 'replace') return stripDirectives(patch);
    if (base?.t !== 'm') return stripDirectives(patch);
    return mergeMap(base, patch, ctx, field);
  }
  if (patch.t === 'a') {
    // Custom resources: the patch's list replaces the base's verbatim, directives included (measured).
    if (!ctx.strategic) return patch;
    if (base?.t !== 'a' || field === undefined) return stripDirectives(patch);
    return mergeList(base, patch, ctx, field, parentField);
  }
  return patch;
}

function mergeMap(base: PMap, patch: PMap, ctx: MergeContext, field?: string): PMap {
  for (const [k, pv] of patch.v) {
    if (k === DIRECTIVE) continue;
    if (k.startsWith(DELETE_FROM) && ctx.strategic && MERGED_PRIMITIVE_LISTS.has(k.slice(DELETE_FROM.length))) {
      // Only lists with patchStrategy merge honour the directive; on others kustomize keeps the key as written.
      const target = k.slice(DELETE_FROM.length);
      const list = base.v.get(target);
      if (list && list.t === 'a' && pv.t === 'a') {
        const drop = new Set(pv.v.map((x) => (x.t === 's' ? x.v : undefined)));
        list.v = list.v.filter((x) => !(x.t === 's' && drop.has(x.v)));
      }
      continue;
    }
    if (pv.t === 's' && pv.v === null) {
      base.v.delete(k);
      continue;
    }
    const merged = mergeNode(base.v.get(k), pv, ctx, k, field);
    if (merged === undefined) base.v.delete(k);
    else base.v.set(k, merged);
  }
  return base;
}

function keyValue(item: PNode, key: string): string | number | boolean | null | undefined {
  if (item.t !== 'm') return undefined;
  const v = item.v.get(key);
  return v && v.t === 's' ? v.v : undefined;
}

function mergeList(base: PSeq, patch: PSeq, ctx: MergeContext, field: string, parentField?: string): PNode {
  // `- $patch: replace` anywhere in the patch list: the rest of the patch list replaces the base list.
  if (patch.v.some((it) => it.t === 'm' && directiveOf(it) === 'replace' && it.v.size === 1)) {
    return stripDirectives(patch) ?? { t: 'a', v: [], p: patch.p };
  }
  const allScalars = patch.v.every((x) => x.t === 's') && base.v.every((x) => x.t === 's');
  if (allScalars && MERGED_PRIMITIVE_LISTS.has(field)) {
    // Patch values first, then the base's values not already present (kustomize's order, measured).
    const seen = new Set(patch.v.map((x) => (x as { v: unknown }).v));
    return { t: 'a', v: [...patch.v, ...base.v.filter((x) => !seen.has((x as { v: unknown }).v))], p: patch.p };
  }
  const key = mergeKeyFor(field, parentField, ctx.kind);
  if (!key || !patch.v.every((x) => x.t === 'm') || !base.v.every((x) => x.t === 'm')) {
    return stripDirectives(patch) ?? { t: 'a', v: [], p: patch.p };
  }
  if (key === 'containerPort') return mergeContainerPorts(base, patch, ctx);
  // Patch items first (merged with their base item), then base items the patch does not mention: the order
  // `kubectl kustomize` prints.
  const used = new Set<number>();
  const out: PNode[] = [];
  for (const pItem of patch.v) {
    const kv = keyValue(pItem, key);
    const idx = kv === undefined ? -1 : base.v.findIndex((b, i) => !used.has(i) && keyValue(b, key) === kv);
    const d = directiveOf(pItem);
    if (idx >= 0) used.add(idx);
    if (d === 'delete') continue;
    if (idx >= 0) {
      const merged = mergeNode(base.v[idx], pItem, ctx, undefined, field);
      if (merged) out.push(merged);
    } else {
      const s = stripDirectives(pItem);
      if (s) out.push(s);
    }
  }
  base.v.forEach((b, i) => {
    if (!used.has(i)) out.push(b);
  });
  return { t: 'a', v: out, p: base.p };
}

/**
 * Container ports merge on (containerPort, protocol) in kustomize, with an odd twist, measured with kubectl
 * kustomize v5.5 (test/fixtures/render/smp-ports-protocol): a patch port equal on both keys merges into the base
 * port in place; one with the same containerPort where only one side names a protocol is dropped; any other is
 * new and goes first, in patch order, before the base ports.
 */
function mergeContainerPorts(base: PSeq, patch: PSeq, ctx: MergeContext): PNode {
  const protocolOf = (n: PNode) => keyValue(n, 'protocol');
  const added: PNode[] = [];
  const out = [...base.v];
  for (const pItem of patch.v) {
    const port = keyValue(pItem, 'containerPort');
    const proto = protocolOf(pItem);
    const same = out.findIndex((b) => keyValue(b, 'containerPort') === port && protocolOf(b) === proto);
    if (same >= 0) {
      if (directiveOf(pItem) === 'delete') {
        out.splice(same, 1);
        continue;
      }
      const merged = mergeNode(out[same], pItem, ctx, undefined, 'ports');
      if (merged) out[same] = merged;
      else out.splice(same, 1);
      continue;
    }
    const conflict = out.some(
      (b) => keyValue(b, 'containerPort') === port && (protocolOf(b) === undefined) !== (proto === undefined),
    );
    if (conflict || directiveOf(pItem) === 'delete') continue;
    const s = stripDirectives(pItem);
    if (s) added.push(s);
  }
  return { t: 'a', v: [...added, ...out], p: base.p };
}
