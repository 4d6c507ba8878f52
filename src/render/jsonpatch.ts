// JSON 6902 patches applied to provenance trees: a value set by an op keeps the provenance of the op's `value:`.
import { RenderError } from './errors.js';
import { clone, cloneVia, deepEqual, materialize, type PNode, parsePointer, type Prov, str } from './pnode.js';

export interface JsonOp {
  op: string;
  path: string;
  from?: string;
  value?: PNode;
  /** Where the op is written (for errors). */
  at: Prov;
}

export function readOps(list: PNode): JsonOp[] {
  if (list.t !== 'a') throw opError(list.p, 'a JSON 6902 patch must be a list of operations');
  return list.v.map((item) => {
    if (item.t !== 'm') throw opError(item.p, 'a JSON 6902 operation must be a mapping');
    const op = str(item.v.get('op'));
    const path = str(item.v.get('path'));
    if (!op) throw opError(item.p, 'JSON 6902 operation without `op`');
    if (path === undefined) throw opError(item.p, `JSON 6902 \`${op}\` without \`path\``);
    const o: JsonOp = { op, path, at: item.p };
    const from = str(item.v.get('from'));
    if (from !== undefined) o.from = from;
    const value = item.v.get('value');
    if (value) o.value = value;
    else if (item.v.has('value')) o.value = { t: 's', v: null, p: item.p };
    return o;
  });
}

function opError(p: Prov, msg: string): RenderError {
  const o = materialize(p);
  return new RenderError(`${o.file}:${o.line}:${o.column}: ${msg}`, { file: o.file, line: o.line, column: o.column });
}

interface Slot {
  parent: PNode;
  key: string;
}

function resolveParent(root: PNode, path: string, op: JsonOp, createMaps = false): Slot {
  const segs = parsePointer(path);
  if (segs.length === 0) throw opError(op.at, `JSON 6902 \`${op.op}\` on the document root is not supported`);
  let cur: PNode = root;
  for (let i = 0; i < segs.length - 1; i++) {
    const seg = segs[i]!;
    let next: PNode | undefined;
    if (cur.t === 'm') {
      next = cur.v.get(seg);
      // kustomize keeps internal build annotations on every object while it builds, so metadata.annotations
      // always exists for a JSON patch (add /metadata/annotations/x works on an object without annotations);
      // any other missing parent is an error ("doc is missing path"), as in kustomize.
      const isAnnotations = (i === 0 && seg === 'metadata') || (i === 1 && segs[0] === 'metadata' && seg === 'annotations');
      if (!next && createMaps && isAnnotations) {
        next = { t: 'm', v: new Map(), p: op.value?.p ?? op.at };
        cur.v.set(seg, next);
      }
    } else if (cur.t === 'a' && /^(0|[1-9][0-9]*)$/.test(seg)) next = cur.v[Number(seg)];
    if (!next) throw missing(op, path);
    cur = next;
  }
  return { parent: cur, key: segs[segs.length - 1]! };
}

function missing(op: JsonOp, path: string): RenderError {
  return opError(op.at, `JSON 6902 \`${op.op}\`: path ${path} does not exist in the target`);
}

function getAt(root: PNode, path: string, op: JsonOp): PNode {
  const { parent, key } = resolveParent(root, path, op);
  let v: PNode | undefined;
  if (parent.t === 'm') v = parent.v.get(key);
  else if (parent.t === 'a' && /^(0|[1-9][0-9]*)$/.test(key)) v = parent.v[Number(key)];
  if (!v) throw missing(op, path);
  return v;
}

function removeAt(root: PNode, path: string, op: JsonOp): PNode {
  const { parent, key } = resolveParent(root, path, op);
  if (parent.t === 'm') {
    const v = parent.v.get(key);
    if (!v) throw missing(op, path);
    parent.v.delete(key);
    return v;
  }
  if (parent.t === 'a' && /^(0|[1-9][0-9]*)$/.test(key) && Number(key) < parent.v.length) {
    return parent.v.splice(Number(key), 1)[0]!;
  }
  throw missing(op, path);
}

function addAt(root: PNode, path: string, value: PNode, op: JsonOp, replace: boolean): void {
  const { parent, key } = resolveParent(root, path, op, true);
  if (parent.t === 'm') {
    // kustomize's JSON 6902 `replace` on a missing key of an existing map adds it (measured with kubectl kustomize).
    parent.v.set(key, value);
    return;
  }
  if (parent.t === 'a') {
    if (key === '-' && !replace) {
      parent.v.push(value);
      return;
    }
    if (!/^(0|[1-9][0-9]*)$/.test(key)) throw missing(op, path);
    const idx = Number(key);
    if (replace) {
      if (idx >= parent.v.length) throw missing(op, path);
      parent.v[idx] = value;
    } else {
      if (idx > parent.v.length) throw missing(op, path);
      parent.v.splice(idx, 0, value);
    }
    return;
  }
  throw missing(op, path);
}

/** Apply ops to `root` in place (root is owned by the caller). */
export function applyJsonPatch(root: PNode, ops: JsonOp[]): void {
  for (const op of ops) {
    switch (op.op) {
      case 'add':
      case 'replace': {
        if (!op.value) throw opError(op.at, `JSON 6902 \`${op.op}\` without \`value\``);
        addAt(root, op.path, cloneVia(op.value, 'patch'), op, op.op === 'replace');
        break;
      }
      case 'remove':
        removeAt(root, op.path, op);
        break;
      case 'move': {
        if (op.from === undefined) throw opError(op.at, 'JSON 6902 `move` without `from`');
        const v = removeAt(root, op.from, op);
        addAt(root, op.path, v, op, false);
        break;
      }
      case 'copy': {
        if (op.from === undefined) throw opError(op.at, 'JSON 6902 `copy` without `from`');
        addAt(root, op.path, clone(getAt(root, op.from, op)), op, false);
        break;
      }
      case 'test': {
        if (!op.value) throw opError(op.at, 'JSON 6902 `test` without `value`');
        if (!deepEqual(getAt(root, op.path, op), op.value)) {
          throw opError(op.at, `JSON 6902 \`test\` failed at ${op.path}`);
        }
        break;
      }
      default:
        throw opError(op.at, `unknown JSON 6902 op \`${op.op}\``);
    }
  }
}
