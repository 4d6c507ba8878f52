// The renderer's entry points (issue 3): render a kustomization dir or loose manifest files into plain objects
// whose every value can be traced to the line a person edits.
import path from 'node:path';
import { Document, Scalar, visit } from 'yaml';
import { Builder, UnsupportedFeature } from './build.js';
import { RenderCache } from './cache.js';
import { RenderError } from './errors.js';
import { ORDER_FIRST, ORDER_LAST } from './fieldspecs.js';
import { auditTree } from './audit.js';
import { fallbackTool, runFallback } from './fallback.js';
import { materialize, nearest, type PMap, type PNode, parsePointer, str, toJSON } from './pnode.js';
import { gvkOf, nameOf, namespaceOf, newResource, type Resource } from './resource.js';
import { findRepoRoot, PathRestrictor, RestrictionError } from './restrictor.js';
import type { Origin, RenderDiagnostic, RenderOptions, RenderResult } from './types.js';

export { UnsupportedFeature } from './build.js';
export { diskFs, RenderCache, type SourceFs } from './cache.js';
export { RenderError } from './errors.js';
export type { Origin, RenderDiagnostic, RenderOptions, RenderResult } from './types.js';

// kustomize's legacy output order (kyaml resid gvk.go): ORDER_FIRST kinds first, webhooks last, others between,
// then by group/version/kind, then namespace and name.
const TYPE_ORDER = typeOrder(ORDER_FIRST, ORDER_LAST);

function stringList(node: PNode | undefined): string[] {
  if (node?.t !== 'a') return [];
  return node.v.flatMap((x) => (x.t === 's' && typeof x.v === 'string' ? [x.v] : []));
}

function typeOrder(first: readonly string[], last: readonly string[]): Map<string, number> {
  return new Map<string, number>([
    ...first.map((k, i): [string, number] => [k, i - first.length]),
    ...last.map((k, i): [string, number] => [k, i + 1]),
  ]);
}

function sortKey(r: Resource, order: Map<string, number>): { order: number; gvk: string; rest: string } {
  const g = gvkOf(r);
  return {
    order: order.get(g.kind) ?? 0,
    gvk: `${g.group || '~G'}_${g.version || '~V'}_${g.kind || '~K'}`,
    rest: `${namespaceOf(r) || '~X'}|${nameOf(r)}`,
  };
}

/** kustomize's legacy order; `sortOptions.legacySortOptions` may replace the first/last kind lists. */
export function legacySort(resources: Resource[], custom?: { orderFirst: string[]; orderLast: string[] }): Resource[] {
  const order = custom ? typeOrder(custom.orderFirst, custom.orderLast) : TYPE_ORDER;
  const keyed = resources.map((r) => ({ r, k: sortKey(r, order) }));
  keyed.sort((a, b) => {
    if (a.k.order !== b.k.order) return a.k.order - b.k.order;
    if (a.k.gvk !== b.k.gvk) return a.k.gvk < b.k.gvk ? -1 : 1;
    if (a.k.rest !== b.k.rest) return a.k.rest < b.k.rest ? -1 : 1;
    return 0;
  });
  return keyed.map((x) => x.r);
}

function makeResult(roots: PMap[], inputs: Iterable<string>, diagnostics: RenderDiagnostic[]): RenderResult {
  const objects = roots.map((r) => toJSON(r) as Record<string, unknown>);
  return {
    objects,
    origin(index: number, pointer: string): Origin | undefined {
      const root = roots[index];
      if (!root) return undefined;
      return materialize(nearest(root, parsePointer(pointer)).p);
    },
    inputs: [...new Set(inputs)].sort(),
    diagnostics,
  };
}

function asDiagnostic(e: unknown, file: string): RenderDiagnostic {
  if (e instanceof RenderError) return e.toDiagnostic();
  if (e instanceof RestrictionError) return { severity: 'error', message: `${file}: ${e.message}`, file };
  // A bug in the renderer must not crash the linter: report it against the app.
  const msg = e instanceof Error ? e.message : String(e);
  return { severity: 'error', message: `${file}: internal renderer error: ${msg}`, file };
}

function cacheFrom(opts: RenderOptions | undefined): RenderCache {
  return opts?.cache instanceof RenderCache ? opts.cache : new RenderCache();
}

/** Render one kustomization directory as `kubectl kustomize` would. Never throws: problems are diagnostics. */
export async function render(dir: string, opts: RenderOptions = {}): Promise<RenderResult> {
  const abs = path.resolve(dir);
  const cache = cacheFrom(opts);
  const loadRestrictor = opts.loadRestrictor ?? 'rootOnly';
  const restrictor = new PathRestrictor(loadRestrictor, opts.repoRoot ?? findRepoRoot(abs), abs, cache.fs);
  const builder = new Builder(cache, { restrictor, extraComponents: opts.components ?? [] });
  try {
    return makeResult(
      buildSorted(builder, abs, cache).map((r) => r.root),
      builder.inputs,
      [...builder.warnings],
    );
  } catch (e) {
    if (e instanceof UnsupportedFeature && opts.fallback === false) return renderPartial(abs, cache, opts, restrictor, 'the kustomize fallback is off');
    // kustomize reads the disk: a tree read from elsewhere (a git revision) renders without the fallback.
    if (e instanceof UnsupportedFeature && !cache.onDisk) return renderPartial(abs, cache, opts, restrictor, 'the kustomize fallback reads only files on disk');
    if (e instanceof UnsupportedFeature) {
      try {
        const kfile = builder.findKustomizationFile(abs);
        const top = kfile ? cache.parseFile(kfile, 'kustomization').docs[0]?.root : undefined;
        const isComponent = top?.t === 'm' && str(top.v.get('kind')) === 'Component';
        // kustomize reads whatever its own restrictor allows: check every path against pgwarden's first.
        const topRoot = restrictor.topRoot(abs);
        if (topRoot) auditTree(topRoot, restrictor, cache);
        const buildMetadata = top?.t === 'm' ? stringList(top.v.get('buildMetadata')) : [];
        const roots = runFallback(abs, cache, loadRestrictor, isComponent, buildMetadata);
        // Every object's origin file is an input too (the native build stopped early).
        const inputs = new Set(builder.inputs);
        for (const r of roots) if (cache.kind(r.p.doc.file) === 'file') inputs.add(r.p.doc.file);
        return makeResult(roots, inputs, [
          {
            severity: 'warning',
            message: `${e.message}; rendered with kustomize itself instead, so findings point at each object's file, not the exact line`,
            ...(e.file !== undefined ? { file: e.file } : {}),
            ...(e.line !== undefined ? { line: e.line } : {}),
          },
        ]);
      } catch (fe) {
        // No kustomize/kubectl here, or it could not fetch or run what the app needs (a remote base offline, no
        // helm, no container runtime for a KRM function): render the rest. Any other failure is kustomize
        // rejecting the app, which stays an error.
        const why = fe instanceof Error ? fe.message.split('\n')[0]!.replace(`${abs}: `, '') : String(fe);
        if (!(fe instanceof RestrictionError) && (!fallbackTool() || UNAVAILABLE.test(why))) {
          return renderPartial(abs, cache, opts, restrictor, why);
        }
        return makeResult([], builder.inputs, [e.toDiagnostic(), asDiagnostic(fe, abs)]);
      }
    }
    return makeResult([], builder.inputs, [asDiagnostic(e, abs)]);
  }
}

/** kustomize's or kubectl's errors when something could not be fetched or run here, rather than a wrong input. */
const UNAVAILABLE =
  /\bgit\b|clone|fetch|dial tcp|connection refused|no such host|timed? ?out|network|unreachable|\bhelm\b|\bssh\b|https?:\/\/|\bexec\b|docker|container|executable file|\$PATH/i;

/** Build, then order as kustomize does (legacy order unless the top kustomization's sortOptions say fifo). */
function buildSorted(builder: Builder, abs: string, cache: RenderCache): Resource[] {
  const resources = builder.buildTop(abs);
  const kfile = builder.findKustomizationFile(abs);
  const top = kfile ? cache.parseFile(kfile, 'kustomization').docs[0]?.root : undefined;
  const sortOptions = top?.t === 'm' ? top.v.get('sortOptions') : undefined;
  const order = sortOptions?.t === 'm' ? str(sortOptions.v.get('order')) : undefined;
  if (order === 'fifo') return resources;
  const legacy = sortOptions?.t === 'm' ? sortOptions.v.get('legacySortOptions') : undefined;
  return legacySort(
    resources,
    legacy?.t === 'm' ? { orderFirst: stringList(legacy.v.get('orderFirst')), orderLast: stringList(legacy.v.get('orderLast')) } : undefined,
  );
}

/**
 * Render what can be rendered (issue 10 §3): the app without what remote resources, helm charts and KRM functions
 * would have supplied, plus one `render-incomplete` warning naming each and why. Patches left without a target
 * are notes. If even that fails, the error is the app's.
 */
function renderPartial(abs: string, cache: RenderCache, opts: RenderOptions, restrictor: PathRestrictor, why: string): RenderResult {
  const builder = new Builder(cache, { restrictor, extraComponents: opts.components ?? [], skipUnsupported: true });
  let resources: Resource[];
  try {
    resources = buildSorted(builder, abs, cache);
  } catch (e) {
    return makeResult([], builder.inputs, [asDiagnostic(e, abs)]);
  }
  const first = builder.skipped[0];
  const diagnostics: RenderDiagnostic[] = [...builder.warnings];
  if (first) {
    const list = builder.skipped.map((s) => `${s.what} (${path.relative(abs, s.file) || path.basename(s.file)}:${s.line})`);
    diagnostics.unshift({
      severity: 'warning',
      code: 'render-incomplete',
      message: `rendered without ${list.join(', ')}: ${why}; the rest of the app is checked`,
      file: first.file,
      line: first.line,
      column: first.column,
    });
  }
  return makeResult(
    resources.map((r) => r.root),
    builder.inputs,
    diagnostics,
  );
}

/** Render loose manifest files (multi-document), for manifests no kustomization includes. Files keep their order. */
export async function renderFiles(files: string[], opts: RenderOptions = {}): Promise<RenderResult> {
  const cache = cacheFrom(opts);
  const roots: PMap[] = [];
  const diagnostics: RenderDiagnostic[] = [];
  const inputs: string[] = [];
  for (const f of files) {
    const abs = path.resolve(f);
    inputs.push(abs);
    try {
      // Loose files: only the repository boundary applies (a symlink out of the repository is never read).
      new PathRestrictor('none', opts.repoRoot ?? findRepoRoot(path.dirname(abs)), path.dirname(abs), cache.fs).looseFile(abs);
      const parsed = cache.parseFile(abs, 'resource', true);
      for (const d of parsed.docs) {
        if (!d.root) continue;
        // Loose files are not kustomize input: a non-Kubernetes document (a Helm values file, a kustomization)
        // is skipped, not an error.
        if (d.root.t !== 'm' || !str(d.root.v.get('kind'))) continue;
        if (str(d.root.v.get('apiVersion'))?.startsWith('kustomize.config.k8s.io/')) continue;
        try {
          const kind = str(d.root.v.get('kind'))!;
          const items = d.root.v.get('items');
          if (kind.endsWith('List') && items?.t === 'a') {
            for (const it of items.v) if (it.t === 'm') roots.push(newResource(it, abs).root);
          } else roots.push(newResource(d.root, abs).root);
        } catch (e) {
          // An object without a name (a test assertion, a partial snippet) is skipped with a warning.
          diagnostics.push({ ...asDiagnostic(e, abs), severity: 'warning' });
        }
      }
    } catch (e) {
      diagnostics.push(asDiagnostic(e, abs));
    }
  }
  return makeResult(roots, inputs, diagnostics);
}

// go-yaml (which kubectl kustomize prints with) double-quotes a string that would otherwise read back as another
// type under YAML 1.1 rules (yes/on/y, numbers, dates, null, empty); other strings that need quoting get single
// quotes.
const YAML11_NON_STRING =
  /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|~|null|Null|NULL|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const NUMBERISH = /^[-+]?(?:0[bBoOxX][0-9a-fA-F_]+|[0-9][0-9_]*(?::[0-5]?[0-9])*(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|\.[0-9_]+(?:[eE][-+]?[0-9]+)?)$/;
const DATEISH = /^\d{4}-\d\d?-\d\d?(?:[Tt ].*)?$/;

function needsDoubleQuotes(s: string): boolean {
  return s === '' || YAML11_NON_STRING.test(s) || NUMBERISH.test(s) || DATEISH.test(s);
}

export const REDACTED_SECRET_VALUE = '<redacted by pgwarden>';

function redactSecret(o: Record<string, unknown>): Record<string, unknown> {
  if (o.kind !== 'Secret') return o;
  const copy: Record<string, unknown> = { ...o };
  for (const field of ['data', 'stringData']) {
    const v = o[field];
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      copy[field] = Object.fromEntries(Object.keys(v).map((k) => [k, REDACTED_SECRET_VALUE]));
    }
  }
  return copy;
}

/**
 * The multi-document YAML stream `kubectl kustomize` prints (go-yaml key order and folding, sequences not
 * indented), byte for byte — except Secret values: pgwarden never prints one, so each `data` / `stringData` value
 * becomes REDACTED_SECRET_VALUE (the keys stay, so the shape is visible).
 */
export function renderToYaml(result: RenderResult): string {
  return result.objects
    .map((obj) => {
      const o = redactSecret(obj);
      const doc = new Document(o, {
        version: '1.1',
        sortMapEntries: (a, b) => goYamlKeyCompare(String((a.key as Scalar).value), String((b.key as Scalar).value)),
        aliasDuplicateObjects: false,
      });
      visit(doc, {
        Scalar(_, node) {
          if (typeof node.value === 'string' && needsDoubleQuotes(node.value)) node.type = Scalar.QUOTE_DOUBLE;
        },
      });
      return foldLikeGoYaml(
        doc.toString({
          indentSeq: false,
          lineWidth: 0,
          minContentWidth: 0,
          blockQuote: 'literal',
          singleQuote: true,
          nullStr: 'null',
        }),
      );
    })
    .join('---\n');
}

const isLetter = (c: string) => /\p{L}/u.test(c);
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/**
 * go-yaml's key order (sorter.go keyList.Less), which kubectl kustomize prints with: not byte order — a
 * non-letter sorts before a letter (`WAL_` before `WALG_`) and digit runs compare as numbers (`a2` before `a10`).
 */
export function goYamlKeyCompare(a: string, b: string): number {
  const ar = Array.from(a);
  const br = Array.from(b);
  for (let i = 0; i < ar.length && i < br.length; i++) {
    const x = ar[i]!;
    const y = br[i]!;
    if (x === y) continue;
    const xl = isLetter(x);
    const yl = isLetter(y);
    if (xl && yl) return x < y ? -1 : 1;
    if (xl || yl) return yl ? -1 : 1;
    let an = 0;
    let bn = 0;
    if (x === '0' || y === '0') {
      for (let j = i - 1; j >= 0 && isDigit(ar[j]); j--) {
        if (ar[j] !== '0') {
          an = 1;
          bn = 1;
          break;
        }
      }
    }
    let ai = i;
    let bi = i;
    for (; ai < ar.length && isDigit(ar[ai]); ai++) an = an * 10 + Number(ar[ai]);
    for (; bi < br.length && isDigit(br[bi]); bi++) bn = bn * 10 + Number(br[bi]);
    if (an !== bn) return an < bn ? -1 : 1;
    if (ai !== bi) return ai < bi ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return ar.length - br.length;
}

const BEST_WIDTH = 80;
const LINE_RE = /^((?:\s*- )*\s*)((?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s'"#-][^\n]*?|-[^\s][^\n]*?): )?(.*)$/;

/**
 * go-yaml's line folding, which the yaml package does not reproduce: in a plain or quoted scalar, a single space
 * met once the line is already past column 80 becomes a line break, continued two columns right of the key (or
 * of the sequence dash). Lines inside block scalars are left alone.
 */
export function foldLikeGoYaml(text: string): string {
  const out: string[] = [];
  let blockIndent = -1;
  for (const line of text.split('\n')) {
    const indent = line.length - line.trimStart().length;
    if (blockIndent >= 0) {
      if (line.trim() === '' || indent > blockIndent) {
        out.push(line);
        continue;
      }
      blockIndent = -1;
    }
    const m = LINE_RE.exec(line);
    const value = m?.[3] ?? '';
    if (/^[|>][-+0-9]*$/.test(value)) {
      blockIndent = indent;
      out.push(line);
      continue;
    }
    if (!m || line.length <= BEST_WIDTH + 1 || value === '' || value.startsWith('{') || value.startsWith('[')) {
      out.push(line);
      continue;
    }
    const prefix = (m[1] ?? '') + (m[2] ?? '');
    const cont = ' '.repeat(m[2] ? (m[1] ?? '').length + 2 : (m[1] ?? '').length);
    const quote = value[0] === "'" || value[0] === '"' ? value[0] : '';
    let cur = prefix;
    for (let i = 0; i < value.length; i++) {
      const ch = value[i]!;
      const inner = !quote || (i > 1 && i < value.length - 2);
      if (ch === ' ' && value[i - 1] !== ' ' && value[i + 1] !== ' ' && cur.length > BEST_WIDTH && inner) {
        out.push(cur);
        cur = cont;
        continue;
      }
      cur += ch;
    }
    out.push(cur);
  }
  return out.join('\n');
}
