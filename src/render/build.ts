// The kustomize build on provenance trees: load kustomizations (resources, bases, components), run generators
// and transformers in kustomize's order, then hash generated names, fix name references and resolve vars.
import path from 'node:path';
import { parseYamlText, type RenderCache } from './cache.js';
import { RenderError } from './errors.js';
import type { RenderDiagnostic } from './types.js';
import { type PathRestrictor, type Resolved, RestrictionError } from './restrictor.js';
import {
  customTransformerConfig,
  DEFAULT_TRANSFORMER_CONFIG,
  EMPTY_TRANSFORMER_CONFIG,
  mergeFieldSpecs,
  mergeTransformerConfig,
  readCrdConfig,
  readFieldSpecs,
  readTransformerConfig,
  type TransformerConfig,
  TransformerConfigError,
} from './fieldspecs.js';
import { ENTRY_FIELDS, GeneratorError, type GeneratorContext, mergeGenerated, OPTION_FIELDS, runGenerators } from './generators.js';
import { hashedName } from './hash.js';
import { applyJsonPatch, readOps } from './jsonpatch.js';
import { isBuiltinGroup, mergeNode } from './merge.js';
import {
  child,
  clone,
  cloneVia,
  fromJSON,
  materialize,
  type PMap,
  type PNode,
  type Prov,
  parsePointer,
  type SourceDoc,
  str,
  toJSON,
} from './pnode.js';
import { type Origin, ORIGIN_ANNOTATION, originText, readTransformations, TRANSFORMATIONS_ANNOTATION, transformationsText } from './origin.js';
import { applyReplacements } from './replacements.js';
import {
  gvkOf,
  idKey,
  idString,
  metaOf,
  nameOf,
  namespaceOf,
  newResource,
  type Resource,
  setName,
  splitApiVersion,
  storePreviousId,
} from './resource.js';
import { describeSelector, readSelector, type Selector, selects } from './selector.js';
import {
  applyAnnotations,
  applyImages,
  applyLabels,
  applyNamespace,
  applyPrefixSuffix,
  applyReplicas,
  fixNameReferences,
  type ImageRule,
  type LabelPair,
  type SubjectMode,
} from './transformers.js';
import { collectVars, resolveVars, type VarDef } from './vars.js';


/** resource.OriginFromCustomPlugin's configuredBy: the plugin config's apiVersion, kind, name and namespace. */
function configuredBy(c: PluginConfig): Origin['configuredBy'] {
  return { apiVersion: 'builtin', kind: c.kind, ...(c.name ? { name: c.name } : {}), ...(c.namespace ? { namespace: c.namespace } : {}) };
}

/** kyaml filesys.PathSplit, without recursion: `/a/b` is ['', 'a', 'b'], `a//b` is ['a', '', 'b']. */
function pathSplit(p: string): string[] {
  const out: string[] = [];
  let cur = p;
  while (cur !== '') {
    const i = cur.lastIndexOf('/');
    const dir = cur.slice(0, i + 1);
    const file = cur.slice(i + 1);
    if (dir === '/') {
      out.push(...(file === '' ? [''] : [file, '']));
      break;
    }
    out.push(file);
    cur = dir.endsWith('/') ? dir.slice(0, -1) : dir;
  }
  return out.reverse();
}

/** kyaml filesys.InsertPathPart: `part` becomes the path's pos-th part (an absolute path stays absolute); joined clean. */
export function insertPathPart(p: string, pos: number, part: string): string {
  if (part === '') return p;
  const parts = pathSplit(p);
  let at = Math.min(Math.max(pos, 0), parts.length);
  if (parts.length > 0 && parts[0] === '' && at < parts.length) at++;
  const all = [...parts.slice(0, at), part, ...parts.slice(at)];
  // PathJoin → filepath.Join: empty parts dropped, the result cleaned; a leading '' keeps the path absolute.
  const clean = (xs: string[]) => {
    const joined = xs.filter((x) => x !== '').join('/');
    if (joined === '') return '';
    const n = path.posix.normalize(joined);
    return n.length > 1 && n.endsWith('/') ? n.slice(0, -1) : n;
  };
  return all[0] === '' ? `/${clean(all.slice(1))}` : clean(all);
}

/** Documents parsed from a string inside a YAML file (inline patches and plugin configs; memoized per process). */
const inlineSources = new WeakSet<SourceDoc>();

const LOCAL_CONFIG_ANNOTATION = 'config.kubernetes.io/local-config';

export const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

/** Thrown for a feature this renderer does not implement: the caller falls back to kustomize itself. */
export class UnsupportedFeature extends RenderError {
  constructor(message: string, where?: { file?: string; line?: number; column?: number }) {
    super(message, where);
    this.name = 'UnsupportedFeature';
  }
}

const UNSUPPORTED_FIELDS = [
  'helmCharts',
  'helmChartInflationGenerator',
  'helmGlobals',
  'validators',
  'openapi',
];

const KNOWN_FIELDS = new Set([
  'apiVersion',
  'kind',
  'metadata',
  'resources',
  'bases',
  'components',
  'patches',
  'patchesStrategicMerge',
  'patchesJson6902',
  'namespace',
  'namePrefix',
  'nameSuffix',
  'commonLabels',
  'labels',
  'commonAnnotations',
  'images',
  'replicas',
  'configMapGenerator',
  'secretGenerator',
  'generatorOptions',
  'replacements',
  'vars',
  'buildMetadata',
  'sortOptions',
  'configurations',
  'crds',
  'generators',
  'transformers',
  ...UNSUPPORTED_FIELDS,
]);

// Field names of the kustomization's nested structs (api/types: Var, Target, Selector, Patch, Image, Replica,
// GeneratorArgs, GeneratorOptions, Label, Replacement, SortOptions), for the case-insensitive match below.
const NESTED_FIELDS = new Set([
  'name', 'namespace', 'kind', 'group', 'version', 'apiVersion', 'objref', 'fieldref', 'fieldPath', 'fieldPaths',
  'path', 'patch', 'target', 'options', 'allowNameChange', 'allowKindChange', 'labelSelector', 'annotationSelector',
  'newName', 'newTag', 'digest', 'tagSuffix', 'count', 'behavior', 'files', 'literals', 'envs', 'env', 'type',
  'labels', 'annotations', 'disableNameSuffixHash', 'immutable', 'pairs', 'includeSelectors', 'includeTemplates',
  'fields', 'create', 'source', 'targets', 'select', 'reject', 'delimiter', 'index', 'order', 'legacySortOptions',
  'orderFirst', 'orderLast',
]);
const FIELDREF = new Set(['fieldpath']);
// Keys whose value is user data (label/annotation maps), never struct fields.
const DATA_FIELDS = new Set(['commonLabels', 'commonAnnotations', 'labels', 'annotations', 'pairs', 'metadata', 'patch', 'literals']);

/**
 * kustomize decodes a kustomization with Go's encoding/json, which matches a key to a struct field
 * case-insensitively (an exact match first): `nameprefix:` is namePrefix, `fieldpath:` is fieldPath. Keys are
 * renamed to the field they decode into; of two keys for one field the later wins, as in Go.
 */
function canonicalKeys(node: PNode, known: ReadonlySet<string>, depth: number): void {
  if (depth > 6) return;
  if (node.t === 'a') {
    for (const item of node.v) canonicalKeys(item, NESTED_FIELDS, depth + 1);
    return;
  }
  if (node.t !== 'm') return;
  const lower = new Map([...known].map((k) => [k.toLowerCase(), k]));
  const entries = [...node.v];
  node.v.clear();
  for (const [key, value] of entries) {
    const canonical = known.has(key) ? key : (lower.get(key.toLowerCase()) ?? key);
    node.v.delete(canonical);
    node.v.set(canonical, value);
    // A var's FieldSelector is the one struct spelling it `fieldpath` (api/types/var.go).
    if (!DATA_FIELDS.has(canonical)) canonicalKeys(value, canonical === 'fieldref' ? FIELDREF : NESTED_FIELDS, depth + 1);
  }
}

const canonicalized = new WeakSet<PMap>();

export interface BuildOptions {
  /** kustomize's load restrictor (rootOnly, or Flux's none) with symlinks resolved and the repository boundary. */
  restrictor: PathRestrictor;
  extraComponents: string[];
  /**
   * Leave out what only kustomize's plugin layer or the network can supply (remote resources, helmCharts, KRM
   * function generators/transformers/validators, openapi) instead of stopping at it; each is recorded in `skipped`.
   */
  skipUnsupported?: boolean;
}

/** Something a partial render left out, where the kustomization names it. */
export interface Skipped {
  what: string;
  file: string;
  line: number;
  column: number;
}

interface Kustomization {
  /** The root as shown in messages and origins (the real root under the repository's lexical prefix). */
  dir: string;
  /** The real root (kustomize's ConfirmedDir): relative paths are joined to it. */
  real: string;
  file: string;
  root: PMap;
  kind: string;
}

/** A built-in plugin config named in `generators:`/`transformers:`. */
interface PluginConfig {
  node: PMap;
  /** The file it was read from (the kustomization for an inline one): its origin's `configuredIn`. */
  file: string;
  kind: string;
  name?: string;
  namespace?: string;
  /** The list entry that named it, and the list. */
  entry: PNode;
  field: 'generators' | 'transformers';
}

interface Accumulator {
  resources: Resource[];
  vars: VarDef[];
  /** The transformer config: defaults, this kustomization's `configurations`/`crds`, and those it includes. */
  config: TransformerConfig;
}

export class Builder {
  readonly inputs = new Set<string>();
  /** Non-fatal findings (a patch target that matches nothing: kustomize ignores it, we say so). */
  readonly warnings: RenderDiagnostic[] = [];
  /** What a partial render (skipUnsupported) left out. */
  readonly skipped: Skipped[] = [];
  /** Real roots being loaded (kustomize's referrer chain), for cycle detection. */
  private readonly stack: string[] = [];
  /** The top kustomization's directory, and its `buildMetadata` (kustomize applies the top's to every base). */
  private topDir: string | undefined;
  private tracking: ReadonlySet<string> = new Set();

  constructor(
    private readonly cache: RenderCache,
    private readonly opts: BuildOptions,
  ) {}

  // --- errors ---

  private at(p: Prov, msg: string): RenderError {
    const o = materialize(p);
    return new RenderError(`${o.file}:${o.line}:${o.column}: ${msg}`, { file: o.file, line: o.line, column: o.column });
  }

  // --- loading ---

  findKustomizationFile(dir: string): string | undefined {
    const found = KUSTOMIZATION_FILES.map((f) => path.join(dir, f)).filter((f) => this.cache.kind(f) === 'file');
    if (found.length > 1) {
      throw new RenderError(
        `${dir}: found multiple kustomization files (${found.map((f) => path.basename(f)).join(', ')}); kustomize requires exactly one`,
        { file: found[0]! },
      );
    }
    return found[0];
  }

  /** Apply the restrictor; a refusal becomes a RenderError at `p` (or naming `file` when there is no line). */
  private restricted<T>(p: Prov | undefined, file: string, check: () => T): T {
    try {
      return check();
    } catch (e) {
      if (!(e instanceof RestrictionError)) throw e;
      throw p ? this.at(p, e.message) : new RenderError(`${file}: ${e.message}`, { file });
    }
  }

  private loadKustomization(root: Resolved, from?: Prov): Kustomization {
    const dir = root.shown;
    const found = this.findKustomizationFile(dir);
    if (!found) {
      const msg = `unable to find one of 'kustomization.yaml', 'kustomization.yml' or 'Kustomization' in directory '${dir}'`;
      throw from ? this.at(from, msg) : new RenderError(msg, { file: dir });
    }
    // kustomize reads the kustomization file through the restrictor too (target.loadKustFile → ldr.Load).
    const file = this.restricted(from, found, () => this.opts.restrictor.file(root.real, path.basename(found)))?.shown ?? found;
    this.inputs.add(file);
    const parsed = this.cache.parseFile(file, 'kustomization');
    const first = parsed.docs.find((d) => d.root !== null);
    const kroot: PMap =
      first?.root && first.root.t === 'm'
        ? first.root
        : {
            t: 'm',
            v: new Map(),
            p: { doc: { file, docIndex: 0, linePos: () => ({ line: 1, col: 1 }) }, start: 0, end: 0, yamlPath: [], via: 'kustomization' },
          };
    if (first?.root && first.root.t !== 'm') throw this.at(first.root.p, 'a kustomization must be a YAML mapping');
    // The parse is shared through the cache: rename its keys once per process, not once per overlay that loads it.
    if (!canonicalized.has(kroot)) {
      canonicalKeys(kroot, KNOWN_FIELDS, 0);
      canonicalized.add(kroot);
    }
    for (const [key, value] of kroot.v) {
      if (UNSUPPORTED_FIELDS.includes(key)) {
        const isEmpty = (value.t === 'a' && value.v.length === 0) || (value.t === 's' && value.v === null);
        if (!isEmpty && this.opts.skipUnsupported) {
          this.skip(key, value);
        } else if (!isEmpty) {
          const o = materialize(value.p);
          throw new UnsupportedFeature(`${file}:${o.line}: \`${key}\` is not supported by pgwarden's renderer`, {
            file,
            line: o.line,
            column: o.column,
          });
        }
      } else if (!KNOWN_FIELDS.has(key)) {
        throw this.at(value.p, `invalid Kustomization: json: unknown field "${key}"`);
      }
    }
    const sortOptions = kroot.v.get('sortOptions');
    if (sortOptions?.t === 'm') {
      // api/internal/builtins/SortOrderTransformer.go validate().
      const order = str(sortOptions.v.get('order'));
      if (order !== 'fifo' && order !== 'legacy') throw this.at(sortOptions.p, "the field 'sortOptions.order' must be one of [fifo, legacy]");
      const legacy = sortOptions.v.get('legacySortOptions');
      if (order === 'fifo' && legacy && !(legacy.t === 's' && legacy.v === null)) {
        throw this.at(legacy.p, "the field 'sortOptions.legacySortOptions' is set but the selected sort order is 'fifo', not 'legacy'");
      }
    }
    return { dir, real: root.real, file, root: kroot, kind: str(kroot.v.get('kind')) ?? 'Kustomization' };
  }

  /** Record what a partial render leaves out: each entry of a list field (a chart, a function config), or the field. */
  private skip(field: string, value: PNode): void {
    const entries = value.t === 'a' ? value.v : [value];
    for (const entry of entries) {
      const o = materialize(entry.p);
      let what = `\`${field}\``;
      if (field === 'helmCharts' && entry.t === 'm') what = `helm chart ${str(entry.v.get('name')) ?? '(unnamed)'}`;
      else if (field === 'helmChartInflationGenerator' && entry.t === 'm') what = `helm chart ${str(entry.v.get('chartName')) ?? '(unnamed)'}`;
      else if (['generators', 'transformers', 'validators'].includes(field)) {
        what = `${field.replace(/s$/, '')} ${str(entry) ?? 'inline config'} (KRM function or plugin)`;
      }
      this.skipped.push({ what, file: o.file, line: o.line, column: o.column });
    }
  }

  /**
   * A file a kustomization names, through the load restrictor (symlinks resolved first). Returns the path to
   * read and show; a path that does not exist comes back as the lexical join, for the caller's own message.
   */
  private resolvePath(k: Kustomization, rel: string, p: Prov): string {
    const r = this.restricted(p, k.file, () => this.opts.restrictor.file(k.real, rel));
    return r?.shown ?? path.resolve(k.dir, rel);
  }

  private list(k: Kustomization, field: string): PNode[] {
    const v = k.root.v.get(field);
    if (!v || (v.t === 's' && v.v === null)) return [];
    if (v.t !== 'a') throw this.at(v.p, `\`${field}\` must be a list`);
    return v.v;
  }

  /** Build a kustomization directory into a fresh accumulator. */
  buildDir(root: Resolved, from?: Prov, allowComponent = false): Accumulator {
    const k = this.loadKustomization(root, from);
    if (k.kind === 'Component' && !allowComponent) {
      const msg = `expected kind != 'Component' for path '${k.dir}'; a Component belongs under \`components:\``;
      throw from ? this.at(from, msg) : new RenderError(`${k.file}: ${msg}`, { file: k.file });
    }
    this.stack.push(k.real);
    try {
      const acc: Accumulator = { resources: [], vars: [], config: EMPTY_TRANSFORMER_CONFIG };
      this.accumulate(k, acc, true);
      return acc;
    } finally {
      this.stack.pop();
    }
  }

  /** The top-level build: accumulate, then hash generated names, fix name references, resolve vars. */
  buildTop(dir: string): Resource[] {
    const root = this.restricted(undefined, dir, () => this.opts.restrictor.topRoot(dir));
    if (!root) throw new RenderError(`${path.resolve(dir)}: no such directory`, { file: path.resolve(dir) });
    const k = this.loadKustomization(root);
    this.topDir = k.dir;
    const bm = k.root.v.get('buildMetadata');
    this.tracking = new Set(bm?.t === 'a' ? bm.v.map((x) => str(x) ?? '') : []);
    this.stack.push(k.real);
    let acc: Accumulator;
    try {
      acc = { resources: [], vars: [], config: EMPTY_TRANSFORMER_CONFIG };
      this.accumulate(k, acc, true);
    } finally {
      this.stack.pop();
    }
    for (const r of acc.resources) {
      if (r.needsHash) {
        const json = toJSON(r.root) as Record<string, unknown>;
        storePreviousId(r);
        setName(r, hashedName(json));
      }
    }
    fixNameReferences(acc.resources, (r, msg) => this.at(r.root.p, msg), acc.config);
    resolveVars(acc.resources, acc.vars, (p, m) => this.at(p, m), acc.config);
    // Local config (`config.kubernetes.io/local-config`, any value but "false") is dropped once everything else is
    // done: it can still be a name-reference or replacement source (kusttarget.go IgnoreLocal, factory.go DropLocalNodes).
    acc.resources = acc.resources.filter((r) => {
      const ann = metaOf(r)?.v.get('annotations');
      const local = ann?.t === 'm' ? ann.v.get(LOCAL_CONFIG_ANNOTATION) : undefined;
      return local === undefined || (local.t === 's' && String(local.v) === 'false');
    });
    this.originAnnotations(k, acc.resources);
    for (const r of acc.resources) {
      // kustomize drops an empty metadata.annotations map (it strips its own build annotations), keeps labels: {}.
      const meta = metaOf(r);
      const ann = meta?.v.get('annotations');
      if (ann && ((ann.t === 'm' && ann.v.size === 0) || (ann.t === 's' && ann.v === null))) meta!.v.delete('annotations');
      // kustomize writes every object's annotations back as a map of strings when it strips its build
      // annotations (api/resource/resource.go RemoveBuildAnnotations), so `8080` or `true` there print as strings.
      if (ann?.t === 'm') {
        for (const [key, v] of ann.v) {
          if (v.t === 's' && (typeof v.v === 'number' || typeof v.v === 'boolean')) ann.v.set(key, { ...v, v: String(v.v) });
        }
      }
    }
    return acc.resources;
  }

  /**
   * `buildMetadata` on the top kustomization: with `originAnnotations` every object says where it came from, relative
   * to that kustomization (api/resource/origin.go): `path:` of its file, or for a generated object the kustomization
   * that configured it and the built-in generator; with `transformerAnnotations`, which transformers ran over it.
   * What it does not ask for is removed.
   */
  private originAnnotations(k: Kustomization, resources: Resource[]): void {
    const bm = k.root.v.get('buildMetadata');
    const withOrigin = this.tracking.has('originAnnotations');
    const withTransformations = this.tracking.has('transformerAnnotations');
    for (const r of resources) {
      const existing = metaOf(r)?.v.get('annotations');
      const written = existing?.t === 'm' ? existing : undefined;
      // What the build did not ask for is removed, even if a resource file wrote it (krusty/kustomizer.go
      // RemoveOriginAnnotations / RemoveTransformerAnnotations).
      if (!withOrigin) written?.v.delete(ORIGIN_ANNOTATION);
      if (!withTransformations) written?.v.delete(TRANSFORMATIONS_ANNOTATION);
      if (!bm || (!withOrigin && !withTransformations)) continue;
      const annotations: [string, string][] = [];
      if (withOrigin) {
        // A file's own origin replaces one written in it (kusttarget.go accumulateFile AnnotateAll).
        const rel = this.relativeToTop(r.file);
        const kind = gvkOf(r).kind;
        const origin: Origin = r.generated
          ? { configuredIn: rel, configuredBy: r.generatedBy ?? { apiVersion: 'builtin', kind: `${kind}Generator` } }
          : { path: rel };
        annotations.push([ORIGIN_ANNOTATION, originText(origin)]);
      }
      if (withTransformations && r.transformations?.length) {
        // A list written in the file is continued (resource.go AddTransformation).
        const before = readTransformations(str(written?.v.get(TRANSFORMATIONS_ANNOTATION)));
        annotations.push([TRANSFORMATIONS_ANNOTATION, transformationsText([...before, ...r.transformations])]);
      }
      if (annotations.length === 0) continue;
      let meta = metaOf(r);
      if (!meta) {
        meta = { t: 'm', v: new Map(), p: bm.p };
        r.root.v.set('metadata', meta);
      }
      let ann = meta.v.get('annotations');
      if (ann?.t !== 'm') {
        ann = { t: 'm', v: new Map(), p: bm.p };
        meta.v.set('annotations', ann);
      }
      for (const [key, text] of annotations) ann.v.set(key, { t: 's', v: text, p: bm.p });
    }
  }

  private addResource(acc: Accumulator, r: Resource, at: Prov): void {
    this.addResources(acc, [r], at);
  }

  /** Append, rejecting an id that is already there (ids are current ones: they change as transformers run). */
  private addResources(acc: Accumulator, list: Resource[], at: Prov): void {
    const ids = new Set(acc.resources.map(idKey));
    for (const r of list) {
      const key = idKey(r);
      if (ids.has(key)) throw this.at(at, `may not add resource with an already registered id: ${idString(r)}`);
      ids.add(key);
      acc.resources.push(r);
    }
  }

  private accumulate(k: Kustomization, acc: Accumulator, withComponents: boolean): void {
    const isComponent = k.kind === 'Component';
    // resources (and the legacy `bases`, which kustomize folds into resources)
    for (const entry of [...this.list(k, 'resources'), ...this.list(k, 'bases')]) {
      const rel = str(entry);
      if (rel === undefined) throw this.at(entry.p, 'a `resources` entry must be a string');
      if (/^(https?:\/\/|git@|ssh:\/\/|git::)/.test(rel) || /^github\.com\//.test(rel) || rel.includes('?ref=')) {
        const o = materialize(entry.p);
        if (this.opts.skipUnsupported) {
          this.skipped.push({ what: `remote resource ${rel}`, file: o.file, line: o.line, column: o.column });
          continue;
        }
        throw new UnsupportedFeature(`${k.file}:${o.line}: remote resource ${rel} is not supported by pgwarden's renderer`, {
          file: k.file,
          line: o.line,
          column: o.column,
        });
      }
      const restrictor = this.opts.restrictor;
      // kustomize tries the entry as a file (Load, through the restrictor), then as a base (New).
      const resolved = this.restricted(entry.p, k.file, () => restrictor.realpath(path.isAbsolute(rel) ? rel : path.join(k.real, rel)));
      const kind = typeof resolved === 'string' ? this.cache.kind(resolved) : 'missing';
      if (kind === 'missing') {
        throw this.at(entry.p, `accumulating resources: '${path.resolve(k.dir, rel)}' must resolve to a file or a directory (it does not exist)`);
      }
      if (kind === 'dir') {
        const root = this.restricted(entry.p, k.file, () => restrictor.newRoot(k.real, rel, this.stack))!;
        const sub = this.buildDir(root, entry.p);
        // Measured with kubectl kustomize v5.5: a generator with behavior merge/replace does not find objects
        // that a Component pulled in through its own `resources:` ("does not exist; cannot merge or replace").
        if (isComponent) for (const r of sub.resources) r.hiddenFromGeneratorMerge = true;
        this.addResources(acc, sub.resources, entry.p);
        acc.config = this.fieldSpecs(() => mergeTransformerConfig(acc.config, sub.config), entry);
        // Two bases declaring one var name is an error in kustomize (resaccumulator MergeAccumulator → varSet).
        for (const v of sub.vars) {
          if (acc.vars.some((x) => x.name === v.name)) throw this.at(entry.p, `var '${v.name}' already encountered`);
          acc.vars.push(v);
        }
      } else {
        const loaded = this.loadResourceFile(this.resolvePath(k, rel, entry.p));
        if (isComponent) for (const r of loaded) r.hiddenFromGeneratorMerge = true;
        this.addResources(acc, loaded, entry.p);
      }
    }
    // configurations: field specs merged with the defaults (kusttarget.go accumulateTarget → MergeConfig)
    const custom: TransformerConfig[] = [];
    const customFiles: string[] = [];
    for (const entry of this.list(k, 'configurations')) {
      const rel = str(entry);
      if (rel === undefined) throw this.at(entry.p, 'a `configurations` entry must be a path');
      const abs = this.resolvePath(k, rel, entry.p);
      if (this.cache.kind(abs) !== 'file') throw this.at(entry.p, `transformer configuration '${abs}' does not exist`);
      this.inputs.add(abs);
      customFiles.push(abs);
      const docs = this.cache.parseFile(abs, 'kustomization').docs.filter((d) => d.root !== null);
      // Read once per process: overlays sharing a base then share its config object, and merging it again is free.
      custom.push(this.fieldSpecs(() => this.cache.memoize(`tconfig\u0000${abs}`, () => readTransformerConfig(docs[0]?.root ? toJSON(docs[0].root) : undefined, abs)), entry));
    }
    const configAt = k.root.v.get('configurations') ?? k.root;
    acc.config = this.fieldSpecs(
      () =>
        mergeTransformerConfig(
          acc.config,
          custom.length > 0
            ? this.cache.memoize(`tconfigs\u0000${customFiles.join('\u0000')}`, () => customTransformerConfig(custom))
            : DEFAULT_TRANSFORMER_CONFIG,
        ),
      configAt,
    );
    // crds: field specs from OpenAPI definitions, merged next (accumulator.LoadConfigFromCRDs)
    for (const entry of this.list(k, 'crds')) {
      const rel = str(entry);
      if (rel === undefined) throw this.at(entry.p, 'a `crds` entry must be a path');
      const abs = this.resolvePath(k, rel, entry.p);
      if (this.cache.kind(abs) !== 'file') throw this.at(entry.p, `CRD file '${abs}' does not exist`);
      this.inputs.add(abs);
      const docs = this.cache.parseFile(abs, 'kustomization').docs.filter((d) => d.root !== null);
      const tc = this.fieldSpecs(() => this.cache.memoize(`crdconfig\u0000${abs}`, () => readCrdConfig(docs[0]?.root ? toJSON(docs[0].root) : undefined, abs)), entry);
      acc.config = this.fieldSpecs(() => mergeTransformerConfig(acc.config, tc), entry);
    }
    // components: applied to what this kustomization has accumulated so far, in its context
    const componentEntries: { rel: string; p: Prov }[] = this.list(k, 'components').map((e) => {
      const rel = str(e);
      if (rel === undefined) throw this.at(e.p, 'a `components` entry must be a string');
      return { rel, p: e.p };
    });
    if (withComponents && this.stack.length === 1) {
      // Flux spec.components: absolute here (discovery resolved them against spec.path); kustomize wants them
      // relative to the kustomization, as Flux writes them into its generated kustomization.
      for (const extra of this.opts.extraComponents) {
        componentEntries.push({ rel: path.isAbsolute(extra) ? path.relative(k.dir, extra) : extra, p: k.root.p });
      }
    }
    for (const c of componentEntries) {
      const root = this.restricted(c.p, k.file, () => this.opts.restrictor.newRoot(k.real, c.rel, this.stack));
      if (!root || this.cache.kind(root.real) !== 'dir') throw this.at(c.p, `component '${path.resolve(k.dir, c.rel)}' must be a directory`);
      const comp = this.loadKustomization(root, c.p);
      if (comp.kind !== 'Component') {
        throw this.at(c.p, `expected kind 'Component' for path '${comp.dir}' but got '${comp.kind}'`);
      }
      this.stack.push(comp.real);
      try {
        this.accumulate(comp, acc, false);
      } finally {
        this.stack.pop();
      }
    }
    this.runGenerators(k, acc);
    this.runTransformers(k, acc);
    const varsNode = k.root.v.get('vars');
    if (varsNode) acc.vars.push(...collectVars(varsNode, acc.vars, (p, m) => this.at(p, m), acc.resources));
  }

  private loadResourceFile(file: string): Resource[] {
    this.inputs.add(file);
    const parsed = this.cache.parseFile(file, 'resource');
    const out: Resource[] = [];
    for (const d of parsed.docs) {
      if (!d.root) continue;
      const root = clone(d.root);
      if (root.t === 'm') {
        const kind = str(root.v.get('kind'));
        const items = root.v.get('items');
        // A `kind: List` (or …List) is expanded into its items, as kustomize does.
        if (kind?.endsWith('List') && items && items.t === 'a') {
          for (const it of items.v) out.push(newResource(it, file));
          continue;
        }
      }
      out.push(newResource(root, file));
    }
    return out;
  }

  // --- generators ---

  private runGenerators(k: Kustomization, acc: Accumulator): void {
    if (k.root.v.has('configMapGenerator') || k.root.v.has('secretGenerator')) {
      const json = toJSON(k.root) as Record<string, unknown>;
      this.absorbGenerated(k, acc, json, k.root, json.generatorOptions);
    }
    // `generators:` naming built-in generator configs run after the kustomization's own (kusttarget.go
    // runGenerators: configureBuiltinGenerators, then configureExternalGenerators).
    for (const c of this.pluginConfigs(k, 'generators')) {
      if (c.kind === 'IAMPolicyGenerator') {
        this.iamPolicyGenerator(acc, c);
        continue;
      }
      const field = c.kind === 'ConfigMapGenerator' ? 'configMapGenerator' : c.kind === 'SecretGenerator' ? 'secretGenerator' : undefined;
      if (!field) throw this.unsupportedPlugin(c, 'generator');
      // The plugin's config is one generator entry (builtins/ConfigMapGenerator.go Config): its name and namespace
      // default to the config's metadata; no kustomization-wide generatorOptions apply.
      const args = toJSON(c.node) as Record<string, unknown>;
      const meta = (args.metadata ?? {}) as Record<string, unknown>;
      delete args.apiVersion;
      delete args.kind;
      delete args.metadata;
      if (!args.name && typeof meta.name === 'string') args.name = meta.name;
      if (!args.namespace && typeof meta.namespace === 'string') args.namespace = meta.namespace;
      // A plugin's config is decoded leniently (sigs.k8s.io/yaml Unmarshal, not UnmarshalStrict as the
      // kustomization is): unknown keys are ignored.
      for (const key of Object.keys(args)) if (!ENTRY_FIELDS[field].has(key)) delete args[key];
      const options = args.options;
      if (options && typeof options === 'object' && !Array.isArray(options)) {
        for (const key of Object.keys(options)) if (!OPTION_FIELDS.has(key)) delete (options as Record<string, unknown>)[key];
      }
      const holder: PMap = { t: 'm', v: new Map([[field, { t: 'a', v: [c.node], p: c.node.p }]]), p: c.node.p };
      const by = configuredBy(c);
      this.absorbGenerated(k, acc, { [field]: [args] }, holder, undefined, { file: c.file, by });
    }
  }

  /**
   * ValueAddTransformer (builtins/ValueAddTransformer.go, filters/valueadd/valueadd.go, v5.5.0): `value` (by default
   * the kustomization directory's name) written at each target's fieldPath, created as maps where missing; at
   * `metadata/namespace` through the namespace filter; with `filePathPosition` N > 0, inserted as the N-th part of
   * the file path already there.
   */
  private valueAdd(k: Kustomization, res: Resource[], c: PluginConfig): void {
    const node = c.node;
    const valueNode = node.v.get('value');
    const value = (this.typedString(valueNode, 'ValueAddTransformer.value') ?? '').trim() || path.basename(k.real);
    const targets: PNode[] = [];
    const list = node.v.get('targets');
    if (list?.t === 'a') targets.push(...list.v);
    const file = this.typedString(node.v.get('targetFilePath'), 'ValueAddTransformer.targetFilePath');
    if (file) {
      const abs = this.resolvePath(k, file, node.p);
      if (this.cache.kind(abs) !== 'file') throw this.at(node.p, `ValueAddTransformer targetFilePath '${abs}' does not exist`);
      this.inputs.add(abs);
      const doc = this.cache.parseFile(abs, 'kustomization').docs.find((d) => d.root !== null)?.root ?? undefined;
      const more = child(doc, 'targets');
      if (more?.t === 'a') targets.push(...more.v);
    }
    if (targets.length === 0) throw this.at(node.p, 'ValueAddTransformer: must specify at least one target');
    const read = targets.map((t) => {
      const fieldPath = this.typedString(child(t, 'fieldPath'), 'ValueAddTransformer.targets.fieldPath') ?? '';
      if (fieldPath === '') throw this.at(t.p, 'ValueAddTransformer: fieldPath cannot be empty');
      const posNode = child(t, 'filePathPosition');
      const position = posNode?.t === 's' && typeof posNode.v === 'number' ? posNode.v : 0;
      if (position < 0) throw this.at(t.p, `value of FilePathPosition (${position}) cannot be negative`);
      return { t, fieldPath, position, selector: readSelector(child(t, 'selector')) };
    });
    const p = valueNode?.p ?? node.p;
    for (const { t, fieldPath, position, selector } of read) {
      const selected = selector ? this.select(res, selector, t.p) : res;
      if (fieldPath === 'metadata/namespace') {
        applyNamespace(selected, value, p, [], { storePrevious: false });
        continue;
      }
      // A `\` before a `/` keeps it in the field name (valueadd.go).
      const fields: string[] = [];
      for (const part of fieldPath.split('/')) {
        const last = fields.at(-1);
        if (last?.endsWith('\\')) fields[fields.length - 1] = `${last.slice(0, -1)}/${part}`;
        else fields.push(part);
      }
      for (const r of selected) {
        let holder: PMap = r.root;
        for (const field of fields.slice(0, -1)) {
          let next = holder.v.get(field);
          if (!next || (next.t === 's' && next.v === null)) {
            next = { t: 'm', v: new Map(), p };
            holder.v.set(field, next);
          }
          if (next.t !== 'm') throw this.at(t.p, `ValueAddTransformer: ${fieldPath} of ${idString(r)} goes through a ${next.t === 'a' ? 'list' : 'scalar'}`);
          holder = next;
        }
        const key = fields.at(-1)!;
        const cur = holder.v.get(key);
        if (cur && cur.t !== 's') throw this.at(t.p, `ValueAddTransformer: ${fieldPath} of ${idString(r)} is not a scalar`);
        const old = cur && cur.v !== null ? String(cur.v) : '';
        holder.v.set(key, { t: 's', v: position > 0 ? insertPathPart(old, position - 1, value) : value, p });
      }
    }
  }

  /**
   * IAMPolicyGenerator (api/filters/iampolicygenerator/iampolicygenerator.go): for `cloud: gke`, a ServiceAccount
   * bound to a Google service account by the `iam.gke.io/gcp-service-account` annotation.
   */
  private iamPolicyGenerator(acc: Accumulator, c: PluginConfig): void {
    const node = c.node;
    const at = (key: string, sub?: string) => (sub ? child(node.v.get(key), sub) : node.v.get(key));
    const text = (key: string, sub?: string) => this.typedString(at(key, sub), `IAMPolicyGenerator.${sub ? `${key}.${sub}` : key}`) ?? '';
    const cloud = text('cloud');
    if (cloud !== 'gke') throw this.at((at('cloud') ?? node).p, `cloud provider ${cloud} not supported yet`);
    const prov = (key: string, sub?: string) => withViaGen(at(key, sub)?.p ?? node.p);
    const scalar = (v: string, p: Prov): PNode => ({ t: 's', v, p });
    const meta: PMap = {
      t: 'm',
      v: new Map<string, PNode>([
        [
          'annotations',
          {
            t: 'm',
            v: new Map([
              ['iam.gke.io/gcp-service-account', scalar(`${text('serviceAccount', 'name')}@${text('serviceAccount', 'projectId')}.iam.gserviceaccount.com`, prov('serviceAccount', 'name'))],
            ]),
            p: prov('serviceAccount'),
          },
        ],
        ['name', scalar(text('kubernetesService', 'name'), prov('kubernetesService', 'name'))],
      ]),
      p: withViaGen(node.p),
    };
    const namespace = text('kubernetesService', 'namespace');
    if (namespace) meta.v.set('namespace', scalar(namespace, prov('kubernetesService', 'namespace')));
    const root: PMap = {
      t: 'm',
      v: new Map<string, PNode>([
        ['apiVersion', scalar('v1', withViaGen(node.p))],
        ['kind', scalar('ServiceAccount', withViaGen(node.p))],
        ['metadata', meta],
      ]),
      p: withViaGen(node.p),
    };
    const r = newResource(root, c.file);
    r.generated = true;
    r.generatedBy = configuredBy(c);
    this.addResource(acc, r, c.entry.p);
  }

  /** Run kustomize's ConfigMap/Secret generators over `json`'s entries (whose nodes `holder` has) into `acc`. */
  private absorbGenerated(
    k: Kustomization,
    acc: Accumulator,
    json: Record<string, unknown>,
    holder: PMap,
    generatorOptions: unknown,
    plugin?: { file: string; by: Origin['configuredBy'] },
  ): void {
    const ctx: GeneratorContext = {
      kustomizationFile: k.file,
      readFile: (abs: string) => {
        // The generator joined the entry to the shown root: the same relative path from the real root, as
        // kustomize joins it. A refusal is thrown plainly: the generator names the entry's line.
        const r = this.opts.restrictor.file(k.real, path.relative(k.dir, abs));
        const file = r?.shown ?? abs;
        this.inputs.add(file);
        return this.cache.readBytes(file);
      },
      locate: (yamlPath) => {
        let cur: PNode | undefined = holder;
        for (const seg of yamlPath) cur = child(cur, String(seg));
        return cur ? materialize(cur.p) : undefined;
      },
      generatorOptions,
    };
    let generated: ReturnType<typeof runGenerators>;
    try {
      generated = runGenerators(json, ctx);
    } catch (e) {
      if (e instanceof GeneratorError) {
        const where: { file?: string; line?: number; column?: number } = { file: e.file };
        if (e.line !== undefined) where.line = e.line;
        if (e.column !== undefined) where.column = e.column;
        throw new RenderError(e.message, where);
      }
      throw e;
    }
    for (const g of generated) {
      const genNode = holder.v.get(g.source.field);
      const entryNode = genNode?.t === 'a' ? genNode.v[g.source.index] : undefined;
      const entryProv = withViaGen(entryNode?.p ?? k.root.p);
      const root = fromJSON(g.object, entryProv) as PMap;
      for (const [pointer, origin] of g.origins) {
        const node = nodeAt(root, pointer);
        if (node) node.p = fixedProv(origin);
      }
      const r = newResource(root, plugin?.file ?? k.file);
      r.generated = true;
      if (plugin) r.generatedBy = plugin.by;
      r.needsHash = g.needsHashSuffix;
      if (g.behavior === 'create') {
        this.addResource(acc, r, entryProv);
        continue;
      }
      // merge / replace: find the existing generated object by kind + name (+ namespace).
      const kind = gvkOf(r).kind;
      const ns = namespaceOf(r);
      // kustomize matches the exact id: an empty namespace is `default`, and a base object in another
      // namespace is not found ("does not exist; cannot merge or replace").
      const wantNs = ns === '' ? 'default' : ns;
      const existing = acc.resources.find(
        (x) =>
          !x.hiddenFromGeneratorMerge &&
          gvkOf(x).kind === kind &&
          x.names.includes(g.source.name) &&
          x.namespaces.some((n) => (n === '' ? 'default' : n) === wantNs),
      );
      if (!existing) {
        throw this.at(
          entryProv,
          `${g.source.field} \`${g.source.name}\` has behavior ${g.behavior} but no ${kind} named ${g.source.name} comes from a base (kustomize fails the same way)`,
        );
      }
      const mergedJson = mergeGenerated(toJSON(existing.root) as Record<string, unknown>, g.object, g.behavior);
      // Provenance: values that came from the new entry point at it; kept values keep their old provenance.
      const merged = fromJSON(mergedJson, entryProv) as PMap;
      carryProvenance(merged, existing.root, root);
      existing.root = merged;
      // A replaced object now comes from this kustomization (its origin annotation says so); a merged one keeps its own.
      if (g.behavior === 'replace') existing.file = k.file;
      // Measured: the hash suffix stays only when both the base entry and the merging entry want it.
      existing.needsHash = Boolean(existing.needsHash) && g.needsHashSuffix;
    }
  }

  // --- transformers, in kustomize's order ---

  private runTransformers(k: Kustomization, acc: Accumulator): void {
    const res = acc.resources;
    // One call per transformer instance kustomize configures from this kustomization, in its order
    // (api/internal/target/kusttarget_configplugin.go configureBuiltinTransformers).
    const ran = (kind: string) => this.transformed(k, acc, kind);
    const cfg = acc.config;
    // patchesStrategicMerge
    const smPatches = this.list(k, 'patchesStrategicMerge');
    for (const entry of smPatches) {
      for (const patch of this.patchDocs(k, entry)) this.applyStrategicPatch(res, patch, undefined, entry.p, acc);
    }
    if (smPatches.length > 0) ran('PatchStrategicMergeTransformer');
    // patches (strategic merge or JSON 6902, with optional target)
    for (const entry of this.list(k, 'patches')) {
      if (entry.t !== 'm') throw this.at(entry.p, 'a `patches` entry must be a mapping with `path` or `patch`');
      this.applyPatchEntry(k, acc, entry);
      ran('PatchTransformer');
    }
    // namespace
    const nsNode = k.root.v.get('namespace');
    const ns = this.typedString(nsNode, 'namespace');
    if (nsNode && ns) {
      applyNamespace(res, ns, nsNode.p, cfg.namespace);
      ran('NamespaceTransformer');
    }
    // namePrefix / nameSuffix
    const prefixNode = k.root.v.get('namePrefix');
    const suffixNode = k.root.v.get('nameSuffix');
    const prefix = this.typedString(prefixNode, 'namePrefix') ?? '';
    const suffix = this.typedString(suffixNode, 'nameSuffix') ?? '';
    if (prefix || suffix) applyPrefixSuffix(res, prefix, suffix, (prefixNode ?? suffixNode)!.p, cfg.namePrefix, cfg.nameSuffix);
    if (prefix) ran('PrefixTransformer');
    if (suffix) ran('SuffixTransformer');
    // labels entries, then commonLabels (which kustomize configures whenever either is set)
    const commonLabels = k.root.v.get('commonLabels');
    const labelEntries = this.list(k, 'labels');
    const commonPairs = commonLabels ? this.pairs(commonLabels, 'commonLabels') : [];
    for (const entry of labelEntries) {
      if (entry.t !== 'm') throw this.at(entry.p, 'a `labels` entry must be a mapping');
      const pairsNode = entry.v.get('pairs');
      if (!pairsNode) continue;
      const includeSelectors = entry.v.get('includeSelectors');
      const includeTemplates = entry.v.get('includeTemplates');
      const sel = includeSelectors?.t === 's' && includeSelectors.v === true;
      const tpl = includeTemplates?.t === 's' && includeTemplates.v === true;
      // The entry's own `fields`, the config's `labels`, then selectors and templates, or templates, or only
      // metadata (kusttarget_configplugin.go LabelTransformer configurator).
      const fields = entry.v.get('fields');
      const specs = this.fieldSpecs(() => {
        let fss = mergeFieldSpecs(readFieldSpecs(fields ? toJSON(fields) : undefined, 'labels.fields'), cfg.labels);
        if (sel) return mergeFieldSpecs(fss, cfg.commonLabels);
        if (tpl) fss = mergeFieldSpecs(fss, cfg.templateLabels);
        return mergeFieldSpecs(fss, [{ path: 'metadata/labels', create: true }]);
      }, fields ?? entry);
      applyLabels(res, this.pairs(pairsNode, 'labels.pairs'), specs, pairsNode.p);
      ran('LabelTransformer');
    }
    if (commonLabels) applyLabels(res, commonPairs, cfg.commonLabels, commonLabels.p);
    if (labelEntries.length > 0 || commonPairs.length > 0) ran('LabelTransformer');
    // commonAnnotations
    const annotations = k.root.v.get('commonAnnotations');
    const annotationPairs = annotations ? this.pairs(annotations, 'commonAnnotations') : [];
    if (annotations) applyAnnotations(res, annotationPairs, annotations.p, cfg.commonAnnotations);
    if (annotationPairs.length > 0) ran('AnnotationsTransformer');
    // patchesJson6902 (legacy)
    for (const entry of this.list(k, 'patchesJson6902')) {
      if (entry.t !== 'm') throw this.at(entry.p, 'a `patchesJson6902` entry must be a mapping');
      const target = readSelector(entry.v.get('target'));
      if (!target) throw this.at(entry.p, 'a `patchesJson6902` entry needs a `target`');
      for (const doc of this.patchEntryDocs(k, entry)) {
        if (doc.t !== 'a') throw this.at(doc.p, 'a JSON 6902 patch must be a list of operations');
        this.applyJson6902(res, doc, target, entry.p);
      }
      ran('PatchJson6902Transformer');
    }
    // replicas
    for (const entry of this.list(k, 'replicas')) {
      if (entry.t !== 'm') throw this.at(entry.p, 'a `replicas` entry must be a mapping');
      const name = this.typedString(entry.v.get('name'), 'replicas.name');
      const countNode = entry.v.get('count');
      if (!name || !countNode || countNode.t !== 's' || typeof countNode.v !== 'number') {
        throw this.at(entry.p, 'a `replicas` entry needs `name` and an integer `count`');
      }
      applyReplicas(res, name, countNode.v, countNode.p, (msg) => this.at(entry.p, msg), cfg.replicas);
      ran('ReplicaCountTransformer');
    }
    // images
    const rules: ImageRule[] = [];
    for (const entry of this.list(k, 'images')) {
      if (entry.t !== 'm') throw this.at(entry.p, 'an `images` entry must be a mapping');
      const rule = this.imageRule(entry);
      if (!rule) throw this.at(entry.p, 'an `images` entry needs `name`');
      rules.push(rule);
    }
    applyImages(res, rules, cfg.images);
    for (const _ of rules) ran('ImageTagTransformer');
    // replacements
    const replacements = this.list(k, 'replacements');
    if (replacements.length > 0) {
      this.applyReplacementEntries(k, res, replacements);
      ran('ReplacementTransformer');
    }
    // `transformers:` naming built-in plugin configs run after the kustomization's own (kusttarget.go
    // runTransformers: configureBuiltinTransformers, then configureExternalTransformers).
    for (const c of this.pluginConfigs(k, 'transformers')) {
      this.runTransformerPlugin(k, acc, c);
      const by = configuredBy(c);
      this.transformed(k, acc, c.kind, by, c.file);
    }
  }

  private applyReplacementEntries(k: Kustomization, res: Resource[], replacements: PNode[]): void {
    {
      const entries: PNode[] = [];
      for (const e of replacements) {
        if (e.t === 'm' && e.v.has('path')) {
          const rel = str(e.v.get('path'))!;
          const abs = this.resolvePath(k, rel, e.p);
          if (this.cache.kind(abs) !== 'file') throw this.at(e.p, `replacement file '${abs}' does not exist`);
          this.inputs.add(abs);
          for (const d of this.cache.parseFile(abs, 'kustomization').docs) {
            if (!d.root) continue;
            if (d.root.t === 'a') entries.push(...d.root.v);
            else entries.push(d.root);
          }
        } else entries.push(e);
      }
      applyReplacements(res, entries, (p, m) => this.at(p, m));
    }
  }

  /** A `patches` entry, or a PatchTransformer config: strategic merge or JSON 6902, with an optional target. */
  private applyPatchEntry(k: Kustomization, acc: Accumulator, entry: PMap): void {
    const target = readSelector(entry.v.get('target'));
    const docs = this.patchEntryDocs(k, entry);
    for (const doc of docs) {
      if (doc.t === 'a') {
        if (!target) throw this.at(entry.p, 'a JSON 6902 patch needs a `target`');
        this.applyJson6902(acc.resources, doc, target, entry.p);
      } else {
        const options = entry.v.get('options');
        const flag = (key: string) => {
          const v = options?.t === 'm' ? options.v.get(key) : undefined;
          return v?.t === 's' && v.v === true;
        };
        this.applyStrategicPatch(acc.resources, doc, target, entry.p, acc, {
          allowNameChange: flag('allowNameChange'),
          allowKindChange: flag('allowKindChange'),
        });
      }
    }
  }

  // --- built-in plugin configs (`generators:` / `transformers:`) ---

  /**
   * The config objects a `generators:`/`transformers:` list names: an inline YAML config, or a path to a file or
   * to a kustomization directory whose output is the configs (kusttarget.go configureExternalTransformers). Only
   * built-in plugins (`apiVersion: builtin`) are rendered here; anything else (a KRM function, an exec plugin)
   * stops the native build, or is left out of a partial one.
   */
  private pluginConfigs(k: Kustomization, field: 'generators' | 'transformers'): PluginConfig[] {
    const out: PluginConfig[] = [];
    for (const entry of this.list(k, field)) {
      const s = str(entry);
      let found: { node: PNode; file: string }[];
      if (s === undefined) throw this.at(entry.p, `a \`${field}\` entry must be a path or an inline config`);
      if (s.includes('\n') || /^\s*(apiVersion|kind)\s*:/.test(s)) {
        found = this.inlineDocs(k, entry).map((node) => ({ node, file: k.file }));
      } else if (/^(https?:\/\/|git@|ssh:\/\/|git::)/.test(s) || /^github\.com\//.test(s) || s.includes('?ref=')) {
        if (this.opts.skipUnsupported) {
          this.skip(field, entry);
          continue;
        }
        const o = materialize(entry.p);
        throw new UnsupportedFeature(`${k.file}:${o.line}: remote ${field.replace(/s$/, '')} ${s} is not supported by pgwarden's renderer`, {
          file: k.file,
          line: o.line,
          column: o.column,
        });
      } else {
        const restrictor = this.opts.restrictor;
        const resolved = this.restricted(entry.p, k.file, () => restrictor.realpath(path.isAbsolute(s) ? s : path.join(k.real, s)));
        const kind = typeof resolved === 'string' ? this.cache.kind(resolved) : 'missing';
        if (kind === 'missing') throw this.at(entry.p, `'${path.resolve(k.dir, s)}' must resolve to a file or a directory (it does not exist)`);
        const resources =
          kind === 'dir'
            ? this.buildDir(this.restricted(entry.p, k.file, () => restrictor.newRoot(k.real, s, this.stack))!, entry.p).resources
            : this.loadResourceFile(this.resolvePath(k, s, entry.p));
        found = resources.map((r) => ({ node: r.root, file: r.file }));
      }
      for (const { node, file } of found) {
        if (node.t !== 'm') throw this.at(node.p, `a \`${field}\` config must be a mapping`);
        const apiVersion = str(node.v.get('apiVersion')) ?? '';
        const kind = str(node.v.get('kind')) ?? '';
        const meta = node.v.get('metadata');
        const c: PluginConfig = { node, file, kind, entry, field };
        const name = str(child(meta, 'name'));
        const namespace = str(child(meta, 'namespace'));
        if (name) c.name = name;
        if (namespace) c.namespace = namespace;
        // loader.go isBuiltinPlugin: group "" and version "builtin".
        if (apiVersion !== 'builtin') {
          if (this.opts.skipUnsupported) {
            const o = materialize(entry.p);
            this.skipped.push({ what: `${field.replace(/s$/, '')} ${s.includes('\n') ? 'inline config' : s} (KRM function or plugin)`, file: o.file, line: o.line, column: o.column });
            continue;
          }
          throw this.unsupportedPlugin(c, field.replace(/s$/, ''));
        }
        out.push(c);
      }
    }
    return out;
  }

  private unsupportedPlugin(c: PluginConfig, role: string): UnsupportedFeature {
    const o = materialize(c.entry.p);
    const apiVersion = str(c.node.v.get('apiVersion')) ?? '';
    return new UnsupportedFeature(
      `${o.file}:${o.line}: the ${role} ${apiVersion}/${c.kind} in \`${c.field}\` is not a built-in plugin pgwarden's renderer runs`,
      { file: o.file, line: o.line, column: o.column },
    );
  }

  /** One built-in transformer plugin config, mapped onto the transformer its kustomization field runs. */
  private runTransformerPlugin(k: Kustomization, acc: Accumulator, c: PluginConfig): void {
    const node = c.node;
    const res = acc.resources;
    const get = (key: string) => node.v.get(key);
    const specs = (key = 'fieldSpecs') => this.fieldSpecs(() => readFieldSpecs(toJSON(get(key) ?? { t: 's', v: null, p: node.p }), `${c.kind}.${key}`), get(key) ?? node);
    const strOf = (key: string) => this.typedString(get(key), `${c.kind}.${key}`);
    switch (c.kind) {
      case 'PatchTransformer':
        this.applyPatchEntry(k, acc, node);
        return;
      case 'PatchStrategicMergeTransformer': {
        // builtins/PatchStrategicMergeTransformer.go: `paths` (files or inline patches) and `patches` (a YAML string).
        const paths = get('paths');
        for (const entry of paths?.t === 'a' ? paths.v : []) {
          for (const patch of this.patchDocs(k, entry)) this.applyStrategicPatch(res, patch, undefined, entry.p, acc);
        }
        const patches = get('patches');
        if (patches?.t === 's' && typeof patches.v === 'string') {
          for (const patch of this.inlineDocs(k, patches)) this.applyStrategicPatch(res, patch, undefined, patches.p, acc);
        }
        return;
      }
      case 'PatchJson6902Transformer': {
        const target = readSelector(get('target'));
        if (!target) throw this.at(node.p, 'a PatchJson6902Transformer needs a `target`');
        const jsonOp = get('jsonOp');
        const rel = strOf('path');
        const docs = jsonOp?.t === 's' && typeof jsonOp.v === 'string' ? this.inlineDocs(k, jsonOp) : rel ? this.patchFileDocs(k, rel, node.p) : [];
        for (const doc of docs) {
          if (doc.t !== 'a') throw this.at(doc.p, 'a JSON 6902 patch must be a list of operations');
          this.applyJson6902(res, doc, target, node.p);
        }
        return;
      }
      case 'PrefixSuffixTransformer':
      case 'PrefixTransformer':
      case 'SuffixTransformer': {
        // builtins/PrefixTransformer.go Config: "fieldSpecs is not expected to be nil".
        if (!get('fieldSpecs')) throw this.at(node.p, `${c.kind}: fieldSpecs is not expected to be nil`);
        const fss = specs();
        const prefix = c.kind === 'SuffixTransformer' ? '' : (strOf('prefix') ?? '');
        const suffix = c.kind === 'PrefixTransformer' ? '' : (strOf('suffix') ?? '');
        applyPrefixSuffix(res, prefix, suffix, node.p, fss, fss);
        return;
      }
      case 'LabelTransformer':
      case 'AnnotationsTransformer': {
        const field = c.kind === 'LabelTransformer' ? 'labels' : 'annotations';
        const pairsNode = get(field);
        const pairs = pairsNode ? this.pairs(pairsNode, `${c.kind}.${field}`) : [];
        if (c.kind === 'LabelTransformer') applyLabels(res, pairs, specs(), pairsNode?.p ?? node.p);
        else applyAnnotations(res, pairs, pairsNode?.p ?? node.p, specs());
        return;
      }
      case 'NamespaceTransformer': {
        const nsNode = child(get('metadata'), 'namespace');
        const ns = this.typedString(nsNode, 'NamespaceTransformer.metadata.namespace');
        const mode = strOf('setRoleBindingSubjects') ?? '';
        const modes: Record<string, SubjectMode> = { '': 'defaultOnly', defaultOnly: 'defaultOnly', allServiceAccounts: 'allServiceAccounts', none: 'none' };
        const subjects = modes[mode];
        if (!subjects) {
          throw this.at(node.p, `invalid value "${mode}" for setRoleBindingSubjects: must be one of "defaultOnly", "none" or "allServiceAccounts"`);
        }
        const unsetOnly = get('unsetOnly');
        if (ns) applyNamespace(res, ns, nsNode!.p, specs(), { unsetOnly: unsetOnly?.t === 's' && unsetOnly.v === true, subjects });
        return;
      }
      case 'ImageTagTransformer': {
        const tag = get('imageTag');
        if (tag?.t !== 'm') return;
        const rule = this.imageRule(tag);
        if (rule) applyImages(res, [rule], specs());
        return;
      }
      case 'ReplicaCountTransformer': {
        const replica = get('replica');
        const name = this.typedString(child(replica, 'name'), 'ReplicaCountTransformer.replica.name') ?? '';
        const countNode = child(replica, 'count');
        const count = countNode?.t === 's' && typeof countNode.v === 'number' ? countNode.v : 0;
        applyReplicas(res, name, count, countNode?.p ?? node.p, (msg) => this.at(node.p, msg), specs());
        return;
      }
      case 'HashTransformer':
        // builtins/HashTransformer.go: generated objects get their hash suffix now; they keep needing it, so the
        // build's own hashing at the end adds a second one, as kubectl kustomize v5.5 prints.
        for (const r of res) {
          if (!r.needsHash) continue;
          storePreviousId(r);
          setName(r, hashedName(toJSON(r.root) as Record<string, unknown>));
        }
        return;
      case 'ValueAddTransformer':
        this.valueAdd(k, res, c);
        return;
      case 'ReplacementTransformer': {
        const list = get('replacements');
        if (list?.t === 'a' && list.v.length > 0) this.applyReplacementEntries(k, res, list.v);
        return;
      }
      default:
        throw this.unsupportedPlugin(c, 'transformer');
    }
  }

  /**
   * With `buildMetadata: [transformerAnnotations]`, every object in the accumulator records each transformer
   * instance that ran over it, changed or not (api/resmap/reswrangler.go AddTransformerAnnotation, called by
   * target/multitransformer.go after each one).
   */
  private transformed(k: Kustomization, acc: Accumulator, kind: string, by: Origin['configuredBy'] = { apiVersion: 'builtin', kind }, configuredIn = k.file): void {
    if (!this.topDir || !this.tracking.has('transformerAnnotations')) return;
    const origin: Origin = { configuredIn: this.relativeToTop(configuredIn), configuredBy: by };
    for (const r of acc.resources) r.transformations = [...(r.transformations ?? []), origin];
  }

  private relativeToTop(file: string): string {
    return path.relative(this.topDir!, file).split(path.sep).join('/');
  }

  /** An `images` entry (or an ImageTagTransformer's imageTag); undefined without a name. */
  private imageRule(entry: PMap): ImageRule | undefined {
    const name = this.typedString(entry.v.get('name'), 'images.name');
    if (!name) return undefined;
    const newName = entry.v.get('newName');
    const newTag = entry.v.get('newTag');
    const digest = entry.v.get('digest');
    const rule: ImageRule = { name, p: (newTag ?? digest ?? newName ?? entry).p };
    const nn = this.typedString(newName, 'images.newName');
    const nt = this.typedString(newTag, 'images.newTag');
    const dg = this.typedString(digest, 'images.digest');
    if (nn !== undefined) rule.newName = nn;
    if (nt !== undefined) rule.newTag = nt;
    if (dg !== undefined) rule.digest = dg;
    return rule;
  }

  /** Read or merge field specs; kustomize's errors there (a conflict, a bad spec) point at `at`. */
  private fieldSpecs<T>(make: () => T, at: PNode): T {
    try {
      return make();
    } catch (e) {
      if (e instanceof TransformerConfigError) throw this.at(at.p, e.message);
      throw e;
    }
  }

  private pairs(node: PNode, field: string): LabelPair[] {
    if (node.t === 's' && node.v === null) return [];
    if (node.t !== 'm') throw this.at(node.p, `\`${field}\` must be a map`);
    const out: LabelPair[] = [];
    for (const [key, v] of node.v) out.push({ key, value: this.typedString(v, `${field}.${key}`) ?? '', p: v.p });
    return out;
  }

  /**
   * A kustomization field Go unmarshals into a string: a YAML number or bool there is an error in kustomize
   * ("cannot unmarshal number into Go struct field … of type string"), so it is one here. null reads as "".
   */
  private typedString(node: PNode | undefined, field: string): string | undefined {
    if (!node) return undefined;
    if (node.t !== 's') throw this.at(node.p, `invalid Kustomization: \`${field}\` must be a string`);
    if (node.v === null) return undefined;
    if (typeof node.v !== 'string') {
      throw this.at(
        node.p,
        `invalid Kustomization: \`${field}\` is read as a ${typeof node.v}, not a string (kustomize rejects it): quote it`,
      );
    }
    return node.v;
  }

  // --- patches ---

  /** The documents of a `patches`/`patchesJson6902` entry (inline `patch:` or `path:`), relabelled `via: patch`. */
  private patchEntryDocs(k: Kustomization, entry: PMap): PNode[] {
    const inline = entry.v.get('patch');
    const rel = str(entry.v.get('path'));
    if (inline && inline.t === 's' && typeof inline.v === 'string') return this.inlineDocs(k, inline);
    if (rel !== undefined) return this.patchFileDocs(k, rel, entry.p);
    throw this.at(entry.p, 'a patch entry needs `path` or `patch`');
  }

  /** patchesStrategicMerge entries: a path, or an inline YAML string. */
  private patchDocs(k: Kustomization, entry: PNode): PNode[] {
    const s = str(entry);
    if (s === undefined) {
      if (entry.t === 'm') return [cloneVia(entry, 'patch')];
      throw this.at(entry.p, 'a `patchesStrategicMerge` entry must be a path or an inline patch');
    }
    if (s.includes('\n') || /^\s*(apiVersion|kind)\s*:/.test(s)) return this.inlineDocs(k, entry);
    return this.patchFileDocs(k, s, entry.p);
  }

  private patchFileDocs(k: Kustomization, rel: string, p: Prov): PNode[] {
    const abs = this.resolvePath(k, rel, p);
    if (this.cache.kind(abs) !== 'file') throw this.at(p, `patch file '${abs}' does not exist`);
    this.inputs.add(abs);
    return this.cache
      .parseFile(abs, 'patch')
      .docs.filter((d) => d.root !== null)
      .map((d) => d.root!);
  }

  /** Parse an inline patch string; positions map back to the kustomization's lines (block scalars exactly). */
  private inlineDocs(_k: Kustomization, node: PNode): PNode[] {
    // Parsed once per process: a base's inline patches are shared by every overlay (callers clone on use).
    return this.cache.memoize(`inline\u0000${node.p.doc.file}\u0000${node.p.doc.docIndex}\u0000${node.p.start}\u0000${inlineSources.has(node.p.doc) ? 'nested' : ''}`, () =>
      this.parseInline(node),
    );
  }

  private parseInline(node: PNode): PNode[] {
    const text = String((node as { v: unknown }).v);
    const host = node.p.doc;
    const start = host.linePos(node.p.start);
    // A string inside an inline config (a patch in an inline PatchTransformer) has offsets into that config's
    // text, not into a file: its documents point at the string's start.
    const nested = inlineSources.has(host);
    const hostText = nested ? '' : this.cache.readText(host.file);
    const indicator = hostText[node.p.start];
    let mapPos: (line: number, col: number) => { line: number; col: number };
    if (indicator === '|') {
      // Literal block scalar: content line n is host line (header line + n); columns shift by the block's
      // indentation. (A folded `>` block joins lines, so its positions fall back to the scalar's start.)
      const lines = hostText.slice(node.p.start).split('\n');
      let indent = 0;
      for (let i = 1; i < lines.length; i++) {
        const l = lines[i]!;
        if (l.trim() === '') continue;
        indent = l.length - l.trimStart().length;
        break;
      }
      mapPos = (line, col) => ({ line: start.line + line, col: col + indent });
    } else {
      mapPos = () => start;
    }
    const parsed = parseYamlText(text, host.file, 'patch', mapPos, [...node.p.yamlPath]);
    const docs = parsed.docs.filter((d) => d.root !== null).map((d) => d.root!);
    for (const d of docs) inlineSources.add(d.p.doc);
    return docs;
  }

  private applyStrategicPatch(
    res: Resource[],
    patch: PNode,
    target: Selector | undefined,
    at: Prov,
    acc: Accumulator,
    options: { allowNameChange: boolean; allowKindChange: boolean } = { allowNameChange: false, allowKindChange: false },
  ): void {
    if (patch.t !== 'm') throw this.at(patch.p, 'a strategic merge patch must be a mapping');
    let matches: Resource[];
    if (target) {
      matches = this.select(res, target, at);
      if (matches.length === 0) this.noMatch(at, target);
    } else {
      const { group, version } = splitApiVersion(str(patch.v.get('apiVersion')) ?? '');
      const kind = str(patch.v.get('kind')) ?? '';
      const meta = patch.v.get('metadata');
      const name = str(child(meta, 'name')) ?? '';
      const ns = str(child(meta, 'namespace')) ?? '';
      // kustomize finds the target by any id it had (resmap GetById over PrevIds and CurId): a patch may name the
      // original name and kind after a rename or a kind change.
      matches = res.filter((r) => {
        const g = gvkOf(r);
        if (g.group !== group || (version && g.version !== version)) return false;
        const ids = [...r.prevIds, { kind: g.kind, name: nameOf(r) }];
        if (!ids.some((id) => id.kind === kind && id.name === name) && !(g.kind === kind && r.names.includes(name))) return false;
        if (ns && ns !== 'default' && !r.namespaces.includes(ns)) return false;
        return true;
      });
      if (matches.length === 0 && this.skipped.length > 0) {
        // Its target may be what the partial render left out: a note, not an error.
        const o = materialize(patch.p);
        this.warnings.push({
          severity: 'info',
          message: `${o.file}:${o.line}:${o.column}: the patch for ${kind} ${name} targets nothing in this partial render (its target may come from what was left out)`,
          file: o.file,
          line: o.line,
          column: o.column,
        });
        return;
      }
      if (matches.length === 0) {
        throw this.at(
          patch.p,
          `no matches for Id ${kind}.${version}.${group || '[noGrp]'}/${name}.${ns || '[noNs]'}; failed to find unique target for patch`,
        );
      }
      if (matches.length > 1) {
        throw this.at(patch.p, `multiple matches for Id ${kind} ${name}; failed to find unique target for patch`);
      }
    }
    for (const r of matches) {
      const g = gvkOf(r);
      const p = cloneVia(patch, 'patch') as PMap;
      if (options.allowNameChange || options.allowKindChange) storePreviousId(r);
      if (target) {
        // With an explicit target, the patch's own id fields do not rename the resource unless the entry's
        // options allow it (allowNameChange / allowKindChange, e.g. turning a StatefulSet into a Deployment).
        const m = p.v.get('metadata');
        if (m && m.t === 'm' && !options.allowNameChange) {
          m.v.delete('name');
          m.v.delete('namespace');
        }
        if (!options.allowKindChange) {
          p.v.delete('apiVersion');
          p.v.delete('kind');
        }
      }
      // kustomize saves the name, namespace and kind around every strategic merge and puts them back unless the
      // entry allows the change (api/resource/resource.go ApplySmPatch, v5.5.0): a patch's own metadata.name only
      // finds its target, it never undoes a lower layer's prefix, suffix or rename.
      const before = { kind: r.root.v.get('kind'), name: metaOf(r)?.v.get('name'), namespace: metaOf(r)?.v.get('namespace') };
      const merged = mergeNode(r.root, p, { strategic: isBuiltinGroup(g.group), kind: g.kind });
      if (merged === undefined) {
        acc.resources.splice(acc.resources.indexOf(r), 1);
        continue;
      }
      if (merged.t !== 'm') throw this.at(at, 'a patch turned a resource into a non-mapping');
      r.root = merged;
      if (!options.allowKindChange && before.kind) r.root.v.set('kind', before.kind);
      const meta = metaOf(r);
      if (meta) {
        if (!options.allowNameChange && before.name) meta.v.set('name', before.name);
        if (before.namespace) meta.v.set('namespace', before.namespace);
        else meta.v.delete('namespace');
      }
      const newName = nameOf(r);
      if (!r.names.includes(newName)) r.names.push(newName);
      const newNs = namespaceOf(r);
      if (!r.namespaces.includes(newNs)) r.namespaces.push(newNs);
    }
  }

  /** Resources a target selects; a bad regex or label selector is reported at the patch entry. */
  private select(res: Resource[], target: Selector, at: Prov): Resource[] {
    try {
      return res.filter((r) => selects(target, r));
    } catch (e) {
      if (e instanceof RenderError && e.file === undefined) throw this.at(at, e.message);
      throw e;
    }
  }

  /** kustomize applies a patch whose target selects nothing as a no-op; we keep going but warn, with the line. */
  private noMatch(at: Prov, target: Selector): void {
    const o = materialize(at);
    this.warnings.push({
      severity: this.skipped.length > 0 ? 'info' : 'warning',
      message: `${o.file}:${o.line}:${o.column}: the patch target (${describeSelector(target)}) matches no resource, so the patch does nothing`,
      file: o.file,
      line: o.line,
      column: o.column,
    });
  }

  private applyJson6902(res: Resource[], doc: PNode, target: Selector, at: Prov): void {
    const ops = readOps(doc);
    const matches = this.select(res, target, at);
    if (matches.length === 0) this.noMatch(at, target);
    for (const r of matches) {
      storePreviousId(r);
      try {
        applyJsonPatch(r.root, ops);
      } catch (e) {
        if (e instanceof RenderError) {
          throw new RenderError(`${e.message} (target ${idString(r)})`, { file: e.file, line: e.line, column: e.column });
        }
        throw e;
      }
      const newName = nameOf(r);
      if (!r.names.includes(newName)) r.names.push(newName);
      const newNs = namespaceOf(r);
      if (!r.namespaces.includes(newNs)) r.namespaces.push(newNs);
    }
  }
}

function withViaGen(p: Prov): Prov {
  return p.via === 'generator' ? p : { ...p, via: 'generator' };
}

/** A Prov for an already-materialized Origin (from the generators module). */
function fixedProv(o: import('./types.js').Origin): Prov {
  const doc: SourceDoc = {
    file: o.file,
    docIndex: o.docIndex,
    linePos: (off: number) => (off === 0 ? { line: o.line, col: o.column } : { line: o.endLine, col: o.endColumn }),
  };
  return { doc, start: 0, end: 1, yamlPath: o.yamlPath, via: o.via };
}

function nodeAt(root: PNode, pointer: string): PNode | undefined {
  let cur: PNode | undefined = root;
  for (const seg of parsePointer(pointer)) cur = child(cur, seg);
  return cur;
}

/** After a generator merge: values equal to the old object's keep its provenance, the new entry's keep theirs. */
function carryProvenance(merged: PNode, oldNode: PNode | undefined, newNode: PNode | undefined): void {
  if (newNode && merged.t === newNode.t && merged.t === 's' && (newNode as { v: unknown }).v === merged.v) {
    merged.p = newNode.p;
    return;
  }
  if (oldNode && merged.t === oldNode.t && merged.t === 's' && (oldNode as { v: unknown }).v === merged.v) {
    merged.p = oldNode.p;
    return;
  }
  if (merged.t === 'm') {
    if (newNode?.t === 'm') merged.p = newNode.p;
    for (const [key, v] of merged.v) {
      carryProvenance(v, oldNode?.t === 'm' ? oldNode.v.get(key) : undefined, newNode?.t === 'm' ? newNode.v.get(key) : undefined);
    }
  }
}
