// kustomize `replacements`: copy a value from one resource's field into fields of others. The copied value keeps
// the provenance of where the source value is written.
import type { RenderError } from './errors.js';
import { lookupAll, parseFieldPath, setAll } from './fieldpath.js';
import { clone, type PNode, type Prov, str } from './pnode.js';
import type { Resource } from './resource.js';
import { describeSelector, readSelector, type Selector, selects } from './selector.js';

type Fail = (p: Prov, msg: string) => RenderError;

function options(node: PNode | undefined): { delimiter?: string; index: number; create: boolean } {
  const out: { delimiter?: string; index: number; create: boolean } = { index: 0, create: false };
  if (node?.t !== 'm') return out;
  const d = str(node.v.get('delimiter'));
  if (d !== undefined && d !== '') out.delimiter = d;
  const i = node.v.get('index');
  if (i && i.t === 's' && typeof i.v === 'number') out.index = i.v;
  const c = node.v.get('create');
  out.create = c?.t === 's' && c.v === true;
  return out;
}

function selectorFrom(node: PNode): Selector {
  const s = readSelector(node) ?? {};
  // A replacement selector may give `apiVersion` instead of group/version? kustomize uses group/version only.
  return s;
}

export function applyReplacements(resources: Resource[], entries: PNode[], fail: Fail): void {
  for (const entry of entries) {
    if (entry.t !== 'm') throw fail(entry.p, 'a replacement must be a mapping with `source` and `targets`');
    const sourceNode = entry.v.get('source');
    if (sourceNode?.t !== 'm') throw fail(entry.p, 'a replacement needs a `source`');
    const sourceSel = selectorFrom(sourceNode);
    const sources = resources.filter((r) => selects(sourceSel, r));
    if (sources.length === 0) throw fail(sourceNode.p, `nothing selected by replacement source (${describeSelector(sourceSel)})`);
    if (sources.length > 1) {
      throw fail(sourceNode.p, `more than one match for replacement source (${describeSelector(sourceSel)})`);
    }
    const fieldPath = str(sourceNode.v.get('fieldPath')) ?? 'metadata.name';
    const found = lookupAll(sources[0]!.root, parseFieldPath(fieldPath));
    if (found.length === 0) throw fail(sourceNode.p, `fieldPath \`${fieldPath}\` is missing for replacement source`);
    let value: PNode = found[0]!;
    const srcOpts = options(sourceNode.v.get('options'));
    if (srcOpts.delimiter !== undefined) {
      if (value.t !== 's') throw fail(sourceNode.p, 'a replacement source with a delimiter must be a string');
      const parts = String(value.v).split(srcOpts.delimiter);
      const part = parts[srcOpts.index];
      if (part === undefined) throw fail(sourceNode.p, `options.index ${srcOpts.index} is out of range`);
      value = { t: 's', v: part, p: value.p };
    }
    const targets = entry.v.get('targets');
    if (targets?.t !== 'a') throw fail(entry.p, 'a replacement needs `targets`');
    for (const t of targets.v) {
      if (t.t !== 'm') throw fail(t.p, 'a replacement target must be a mapping');
      const selectNode = t.v.get('select');
      if (!selectNode) throw fail(t.p, 'a replacement target needs `select`');
      const sel = selectorFrom(selectNode);
      const rejects = t.v.get('reject');
      const rejectSels = rejects?.t === 'a' ? rejects.v.map(selectorFrom) : [];
      const opts = options(t.v.get('options'));
      const fieldPaths = t.v.get('fieldPaths');
      const paths = fieldPaths?.t === 'a' ? fieldPaths.v.map((x) => str(x) ?? '') : ['metadata.name'];
      for (const r of resources) {
        if (!selects(sel, r)) continue;
        if (rejectSels.some((rs) => Object.keys(rs).length > 0 && selects(rs, r))) continue;
        for (const fp of paths) {
          // Labels and annotations are string maps: a number copied there comes out as a string (measured).
          const stringMap = /^metadata\.(labels|annotations)\./.test(fp);
          const make = (old: PNode | undefined): PNode => {
            if (opts.delimiter === undefined) {
              if (stringMap && value.t === 's' && value.v !== null && typeof value.v !== 'string') {
                return { t: 's', v: String(value.v), p: value.p };
              }
              return clone(value);
            }
            const oldText = old && old.t === 's' && old.v !== null ? String(old.v) : '';
            const parts = oldText.split(opts.delimiter);
            const v = value.t === 's' ? String(value.v) : '';
            if (opts.index >= parts.length) parts.push(v);
            else if (opts.index < 0) parts.unshift(v);
            else parts[opts.index] = v;
            return { t: 's', v: parts.join(opts.delimiter), p: value.p };
          };
          const n = setAll(r.root, parseFieldPath(fp), make, opts.create, value.p);
          if (n === 0 && !opts.create) {
            throw fail(t.p, `unable to find field \`${fp}\` in replacement target`);
          }
        }
      }
    }
  }
}
