// App discovery: find what would be deployed from a GitOps tree, the way Argo CD / Flux would deploy it.
//  1. Argo CD `Application` / `ApplicationSet` (git directories generator) and Flux `Kustomization` objects
//     found in the tree name the apps (their source paths);
//  2. otherwise every kustomization directory that no other kustomization includes (a base used by overlays is
//     linted through them), plus the loose manifests no kustomization includes (grouped per directory).
// The walk never throws: unreadable, binary, huge or unparsable files and symlink loops become `problems`
// (findings at file:line) and the rest of the tree is still discovered.
// Skipped: paths excluded by `--exclude` / `.pgwardenignore`, and Helm chart directories (Chart.yaml: templates
// are not Kubernetes YAML until helm renders them), each chart named once in the notes.
// Every read goes through a RepoFs (fs.ts), so a tree read from git objects can replace the working tree.
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { isMap, LineCounter } from 'yaml';
import { parseYamlStream, YamlAliasError, yamlToJS } from '../yaml/index.js';
import { nodeFs, type RepoFs, typeOrUndefined } from './fs.js';
import { type Excluder, NOTHING_EXCLUDED } from './ignore.js';
import { compareText, toPosix } from './paths.js';

export const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'] as const;
/** Larger YAML files are not Kubernetes manifests anyone edits by hand; reading them would only cost memory. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;
const FULL_KINDS = new Set(['Application', 'ApplicationSet', 'Kustomization', 'Component', 'ConfigMap']);
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist']);
/** A Helm chart's root (helm.sh/helm/v3 pkg/chartutil: `ChartfileName`). */
const HELM_CHART_FILE = 'Chart.yaml';
/** API groups of the deployers' own objects: configuration of Argo CD / Flux, not workloads to lint. */
const GITOPS_GROUPS = /^(argoproj\.io|[a-z]+\.toolkit\.fluxcd\.io)\//;

export interface FileProblem {
  ruleId: 'yaml-syntax' | 'render-error';
  /** Absolute path. */
  file: string;
  line: number;
  column: number;
  message: string;
}

/** A parsed document of the tree, kept only for the kinds discovery needs. */
export interface TreeDoc {
  file: string;
  docIndex: number;
  line: number;
  object: Record<string, unknown>;
}

export interface FluxSource {
  kind: 'flux';
  name: string;
  namespace: string;
  /** Absolute dir of `spec.path`. */
  path: string;
  components: string[];
  substitute: Record<string, string>;
  substituteFrom: { kind: string; name: string; optional: boolean }[];
  targetNamespace?: string;
  /** `spec.commonMetadata`: labels and annotations Flux adds to every object. */
  commonMetadata?: { labels: Record<string, string>; annotations: Record<string, string> };
  /** The Flux Kustomization's own file:line, for messages. */
  definedAt: string;
}

export interface ArgoSource {
  kind: 'argocd';
  name: string;
  path: string;
  destinationNamespace?: string;
  /** `spec.source.kustomize.namespace`: set on every namespaced object (kustomize's namespace transformer). */
  namespaceOverride?: string;
  /** `spec.source.kustomize.commonLabels` / `commonAnnotations` (labels only on metadata here). */
  commonMetadata?: { labels: Record<string, string>; annotations: Record<string, string> };
  recurse: boolean;
  include?: string;
  exclude?: string;
  definedAt: string;
}

export interface App {
  /** `argocd:<name>`, `flux:<ns>/<name>`, or the cwd-relative dir (loose files: the dir, suffixed when taken). */
  name: string;
  type: 'kustomization' | 'files';
  /** Absolute kustomization dir (type kustomization). */
  dir?: string;
  /** Absolute manifest files (type files). */
  files?: string[];
  /** Kustomization dirs rendered with the files (a Flux path without a kustomization of its own). */
  kustomizations?: string[];
  /** The file a finding lands on when it has no origin (kustomization file or first manifest). */
  anchor: string;
  loadRestrictor: 'rootOnly' | 'none';
  components?: string[];
  flux?: FluxSource;
  argo?: ArgoSource;
  /** In a tree with Argo CD / Flux objects, none of them deploys this app's files (applied by hand, or dead). */
  undeployed?: boolean;
}

export interface Discovery {
  apps: App[];
  problems: FileProblem[];
  /** Notes for stderr (unsupported sources, paths not found, …). */
  diagnostics: string[];
  /** Every ConfigMap found in the tree (Flux `substituteFrom`). */
  configMaps: TreeDoc[];
  /** Whether Argo CD / Flux objects decided the apps. */
  gitops: boolean;
  /**
   * Apps for what the apps above leave out, given the files their renders read: kustomization roots and loose
   * manifests (one app per directory) that no app covers. Empty for a tree without Argo CD / Flux objects, where
   * `apps` already holds every root and every loose directory.
   */
  uncovered(covered: ReadonlySet<string>): App[];
  /** The repository the renders are bounded to (DiscoverOptions.repoRoot). */
  repoRoot?: string;
}

export interface DiscoverOptions {
  cwd: string;
  /** Directories to walk (absolute). */
  roots: string[];
  /** Where Argo CD / Flux source paths are resolved, in order (lint root, git toplevel, cwd). */
  sourceRoots: string[];
  /** The tree to read (default: the working tree on disk). */
  fs?: RepoFs;
  /** Paths to skip (`--exclude`, `.pgwardenignore`). */
  excluded?: Excluder;
  /** The repository: the walk never follows a symlink out of it, no source path leaves it (default: the roots). */
  repoRoot?: string;
  /**
   * Parses of YAML files kept across discoveries: `lint --base` discovers the base tree with the head's parses of the
   * files whose bytes did not change (parses are shared, never mutated).
   */
  yamlFiles?: YamlFileCache;
}

export type ParsedYamlFile = ReturnType<typeof readYamlFile>;

export interface YamlFileCache {
  get(file: string): ParsedYamlFile | undefined;
  set(file: string, parsed: ParsedYamlFile): void;
}

interface KustomizationInfo {
  dir: string;
  file: string;
  isComponent: boolean;
  /** Absolute dirs (resources/bases/components that are directories) and files it references. */
  refs: string[];
}

function findKustomizationFile(dir: string, exists: (p: string) => boolean): string | undefined {
  for (const name of KUSTOMIZATION_FILES) {
    const file = join(dir, name);
    if (exists(file)) return file;
  }
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringRecord(value: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, String(v)]));
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Every local path a kustomization refers to (remote URLs are left to the renderer). */
function kustomizationRefs(k: Record<string, unknown>, dir: string): string[] {
  const refs: string[] = [];
  const add = (p: unknown) => {
    if (typeof p !== 'string' || p.includes('://') || /^(git@|github\.com\/)/.test(p)) return;
    refs.push(resolve(dir, p));
  };
  const list = (v: unknown) => (Array.isArray(v) ? v : []);
  for (const key of ['resources', 'bases', 'components', 'patchesStrategicMerge', 'crds']) {
    for (const entry of list(k[key])) add(entry);
  }
  for (const key of ['patches', 'patchesJson6902', 'replacements']) {
    for (const entry of list(k[key])) if (isRecord(entry)) add(entry.path);
  }
  for (const key of ['configMapGenerator', 'secretGenerator']) {
    for (const gen of list(k[key])) {
      if (!isRecord(gen)) continue;
      for (const f of list(gen.files)) if (typeof f === 'string') add(f.includes('=') ? f.slice(f.indexOf('=') + 1) : f);
      for (const f of list(gen.envs)) add(f);
      add(gen.env);
    }
  }
  return refs;
}

interface WalkResult {
  kustomizations: Map<string, KustomizationInfo>;
  /** Manifest files (with at least one apiVersion+kind document) outside kustomization file names. */
  manifests: Map<string, TreeDoc[]>;
  /** YAML files with no Kubernetes object in them (kustomize-controller refuses them in a generated kustomization). */
  nonManifests: Set<string>;
  problems: FileProblem[];
  /** Helm chart directories skipped. */
  charts: string[];
  /** Symlinks not followed because they lead out of the repository. */
  escapes: { link: string; target: string }[];
}

/** `p` (a real path) is inside one of the boundary's real paths. */
function within(p: string, boundary: readonly string[]): boolean {
  return boundary.some((b) => p === b || p.startsWith(b.endsWith(sep) ? b : b + sep));
}

function realBoundary(dirs: readonly string[], fs: RepoFs): string[] {
  return dirs.flatMap((d) => {
    try {
      return [fs.realpath(d)];
    } catch {
      return [];
    }
  });
}

function yamlProblem(file: string, error: unknown): FileProblem {
  const e = error as { linePos?: { line: number; col: number }[]; message?: string };
  const pos = e.linePos?.[0];
  // yaml's message ends with a copy of the offending source line: drop it (it may hold a Secret's value).
  const message = String(e.message ?? error).split(/ at line \d+, column \d+|\n/)[0] ?? 'invalid YAML';
  return { ruleId: 'yaml-syntax', file, line: pos?.line ?? 1, column: pos?.col ?? 1, message: `Invalid YAML: ${message}` };
}

/** Read and parse one YAML file; problems instead of exceptions. */
export function readYamlFile(file: string, fs: RepoFs = nodeFs): { docs: TreeDoc[]; problem?: FileProblem; text?: string } {
  let text: string;
  try {
    const size = fs.size(file);
    if (size > MAX_FILE_BYTES) {
      return {
        docs: [],
        problem: { ruleId: 'render-error', file, line: 1, column: 1, message: `File is too large to lint (${size} bytes; limit ${MAX_FILE_BYTES}).` },
      };
    }
    const buffer = fs.readFile(file);
    if (buffer.subarray(0, 8192).includes(0)) {
      return { docs: [], problem: { ruleId: 'render-error', file, line: 1, column: 1, message: 'Binary file where a YAML manifest was expected.' } };
    }
    text = buffer.toString('utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'read error';
    return { docs: [], problem: { ruleId: 'render-error', file, line: 1, column: 1, message: `Cannot read file (${code}).` } };
  }
  const counter = new LineCounter();
  let parsed: ReturnType<typeof parseYamlStream>;
  try {
    parsed = parseYamlStream(text, { lineCounter: counter, uniqueKeys: false, prettyErrors: true });
  } catch (error) {
    return { docs: [], problem: yamlProblem(file, error), text };
  }
  const docs: TreeDoc[] = [];
  let problem: FileProblem | undefined;
  parsed.forEach((doc, docIndex) => {
    if (doc.errors.length > 0) {
      problem ??= yamlProblem(file, doc.errors[0]);
      return;
    }
    if (!isMap(doc.contents)) return;
    // Only the kinds discovery reads in full are converted (Argo CD / Flux objects, ConfigMaps, kustomizations);
    // every other manifest needs just apiVersion and kind — most of the tree, and most of the cost.
    const kind = doc.contents.get('kind');
    const apiVersion = doc.contents.get('apiVersion');
    let object: unknown;
    if (typeof kind === 'string' && typeof apiVersion === 'string' && !FULL_KINDS.has(kind)) {
      object = { apiVersion, kind };
    } else {
      try {
        object = yamlToJS(doc);
      } catch (error) {
        if (error instanceof YamlAliasError) {
          const pos = counter.linePos(error.offset);
          problem ??= { ruleId: 'yaml-syntax', file, line: pos.line, column: pos.col, message: `Invalid YAML: ${error.message}.` };
        } else problem ??= yamlProblem(file, error);
        return;
      }
    }
    if (isRecord(object)) {
      const line = doc.contents.range ? counter.linePos(doc.contents.range[0]).line : 1;
      docs.push({ file, docIndex, line, object });
    }
  });
  return problem ? { docs, problem, text } : { docs, text };
}

/**
 * A .json file that is a Kubernetes manifest: `kubectl apply -f DIR` and Argo CD directory apps read *.json beside
 * *.yaml (kubectl: k8s.io/cli-runtime pkg/resource/visitor.go `FileExtensions = []string{".json", ".yaml", ".yml"}`;
 * argo-cd reposerver/repository/repository.go `manifestFile` = `^.*\.(yaml|yml|json|jsonnet)$`). Every other JSON file — a
 * Grafana dashboard, a key, package.json, an oversized lock file — is not one and is skipped without a word.
 */
function isJsonManifest(file: string, fs: RepoFs): boolean {
  try {
    if (fs.size(file) > MAX_FILE_BYTES) return false;
    const value: unknown = JSON.parse(fs.readFile(file).toString('utf8'));
    return isRecord(value) && typeof value.apiVersion === 'string' && typeof value.kind === 'string';
  } catch {
    return false;
  }
}

function walk(roots: string[], fs: RepoFs, excluded: Excluder, boundary: readonly string[], yamlFiles?: YamlFileCache): WalkResult {
  const result: WalkResult = { kustomizations: new Map(), manifests: new Map(), nonManifests: new Set(), problems: [], charts: [], escapes: [] };
  const seenDirs = new Set<string>();
  const dirProblem = (dir: string, error: unknown) => {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    result.problems.push({ ruleId: 'render-error', file: dir, line: 1, column: 1, message: `Cannot read directory (${code}).` });
  };
  const visit = (dir: string) => {
    let real: string;
    try {
      real = fs.realpath(dir);
    } catch (error) {
      dirProblem(dir, error);
      return;
    }
    if (seenDirs.has(real)) return; // symlink loop or a dir reached twice
    seenDirs.add(real);
    let entries: string[];
    try {
      entries = fs.readdir(dir).sort();
    } catch (error) {
      dirProblem(dir, error);
      return;
    }
    if (entries.includes(HELM_CHART_FILE) && !roots.includes(dir) && typeOrUndefined(fs, join(dir, HELM_CHART_FILE)) === 'file') {
      result.charts.push(dir);
      return;
    }
    const kfile = KUSTOMIZATION_FILES.find((n) => entries.includes(n));
    for (const name of entries) {
      const path = join(dir, name);
      let type: ReturnType<RepoFs['typeOf']>;
      try {
        type = fs.typeOf(path); // follows a symlink: ELOOP / dangling link → problem below
        if (fs.isSymlink(path)) {
          // A symlink out of the repository is never followed: nothing outside the repository is read.
          const target = fs.realpath(path);
          if (!within(target, boundary)) {
            result.escapes.push({ link: path, target });
            continue;
          }
        }
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? 'error';
        if ((/\.ya?ml$/.test(name) || code === 'ELOOP') && !excluded(path, false)) {
          const why = code === 'ELOOP' ? 'symlink loop' : code === 'ENOENT' ? 'dangling symlink' : code;
          result.problems.push({ ruleId: 'render-error', file: path, line: 1, column: 1, message: `Cannot read ${name} (${why}).` });
        }
        continue;
      }
      if (type === 'dir') {
        if (!SKIP_DIRS.has(name) && !(name.startsWith('.') && name !== '.argocd') && !excluded(path, true)) visit(path);
        continue;
      }
      const json = /\.json$/.test(name);
      if (type !== 'file' || !(json || /\.ya?ml$/.test(name) || name === 'Kustomization')) continue;
      if (excluded(path, false)) continue;
      if (json && !isJsonManifest(path, fs)) continue;
      let parsed = yamlFiles?.get(path);
      if (!parsed) {
        parsed = readYamlFile(path, fs);
        yamlFiles?.set(path, parsed);
      }
      const { docs, problem } = parsed;
      if (problem) result.problems.push(problem);
      if (name === kfile) {
        const k = docs[0]?.object ?? {};
        result.kustomizations.set(dir, {
          dir,
          file: path,
          isComponent: k.kind === 'Component',
          refs: kustomizationRefs(k, dir),
        });
        continue;
      }
      const manifests = docs.filter((d) => typeof d.object.apiVersion === 'string' && typeof d.object.kind === 'string');
      if (manifests.length > 0 || (problem && docs.length === 0)) result.manifests.set(path, manifests);
      else if (!problem && docs.length > 0) result.nonManifests.add(path);
    }
  };
  for (const root of roots) visit(root);
  return result;
}

function where(doc: TreeDoc, cwd: string): string {
  return `${toPosix(relative(cwd, doc.file))}:${doc.line}`;
}

/** A source path inside the repository (Argo CD and Flux never leave their checkout; neither does a symlink). */
function resolveSourcePath(path: string, sourceRoots: string[], fs: RepoFs, boundary: readonly string[]): string | undefined {
  if (isAbsolute(path)) return undefined;
  for (const root of sourceRoots) {
    const candidate = resolve(root, path);
    if (typeOrUndefined(fs, candidate) !== 'dir') continue;
    try {
      if (within(fs.realpath(candidate), boundary)) return candidate;
    } catch {
      // unreadable: try the next root
    }
  }
  return undefined;
}

/** Parameters of the git directories generator for one directory (`path`, `path.basename`, segments, …). */
function gitDirectoryParams(repoRelDir: string): Record<string, string> {
  const segments = repoRelDir.split('/');
  const base = segments[segments.length - 1] ?? '';
  const params: Record<string, string> = {
    path: repoRelDir,
    'path.path': repoRelDir,
    'path.basename': base,
    'path.basenameNormalized': base.replace(/[^a-zA-Z0-9-]/g, '-'),
    'path.filename': base,
  };
  segments.forEach((seg, i) => {
    params[`path[${i}]`] = seg;
    params[`path.segments[${i}]`] = seg;
  });
  return params;
}

/** List generator elements, nested keys flattened with dots (`{{values.env}}`). */
function flatParams(value: Record<string, unknown>, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) {
    if (isRecord(v)) Object.assign(out, flatParams(v, `${prefix}${k}.`));
    else if (v !== null && v !== undefined) out[`${prefix}${k}`] = String(v);
  }
  return out;
}

/**
 * Argo CD ApplicationSet templates: `{{path}}`, `{{path.basename}}`, `{{.path.path}}`, `{{path[0]}}`,
 * `{{ .cluster }}`; a parameter the generators do not set stays as written.
 */
function applyAppSetTemplate(template: string, params: Record<string, string>): string {
  return template.replace(/\{\{-?\s*\.?([\w.]+(?:\[\d+\])?)\s*-?\}\}/g, (whole, key: string) => params[key] ?? whole);
}

interface ParamSet {
  params: Record<string, string>;
  /** The source root the git directories generator matched in (list elements: undefined). */
  root?: string;
}

/** Parameter sets of git-directories and list generators (also inside matrix/merge, each on its own). */
/** What the ApplicationSet generators read: the source roots and the tree (through its exclusions). */
interface TreeContext {
  sourceRoots: string[];
  fs: RepoFs;
  excluded: Excluder;
  /** listDirs per root, for this run. */
  dirs: Map<string, string[]>;
}

function generatorParams(generators: unknown, tree: TreeContext): { sets: ParamSet[]; unsupported: string[] } {
  const sets: ParamSet[] = [];
  const unsupported: string[] = [];
  for (const gen of Array.isArray(generators) ? generators : []) {
    if (!isRecord(gen)) continue;
    const git = gen.git;
    const list = gen.list;
    if (isRecord(git) && Array.isArray(git.directories)) {
      const dirs = git.directories.filter(isRecord).map((d) => ({ path: str(d.path) ?? '', exclude: d.exclude === true }));
      const includes = dirs.filter((p) => !p.exclude).map((p) => p.path);
      const excludes = dirs.filter((p) => p.exclude).map((p) => p.path);
      const matchesInclude = picomatch(includes);
      const matchesExclude = excludes.length ? picomatch(excludes) : () => false;
      for (const root of tree.sourceRoots) {
        const matched = listDirs(root, tree)
          .map((d) => toPosix(relative(root, d)))
          .filter((d) => d && matchesInclude(d) && !matchesExclude(d));
        if (matched.length === 0) continue;
        for (const repoRelDir of matched.sort()) sets.push({ params: gitDirectoryParams(repoRelDir), root });
        break;
      }
    } else if (isRecord(list) && Array.isArray(list.elements)) {
      for (const element of list.elements) if (isRecord(element)) sets.push({ params: flatParams(element) });
    } else if (isRecord(gen.matrix) || isRecord(gen.merge)) {
      const inner = (gen.matrix ?? gen.merge) as Record<string, unknown>;
      const nested = generatorParams(inner.generators, tree);
      sets.push(...nested.sets);
      unsupported.push(...nested.unsupported);
    } else {
      unsupported.push(Object.keys(gen).join(','));
    }
  }
  return { sets, unsupported };
}

/** Every directory under root (ApplicationSet git generators match them); cached per run. */
function listDirs(root: string, tree: TreeContext): string[] {
  const cached = tree.dirs.get(root);
  if (cached) return cached;
  const dirs: string[] = [];
  tree.dirs.set(root, dirs);
  const seen = new Set<string>();
  const visit = (dir: string) => {
    let real: string;
    try {
      real = tree.fs.realpath(dir);
    } catch {
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    dirs.push(dir);
    let entries: string[] = [];
    try {
      entries = tree.fs.readdir(dir);
    } catch {
      return;
    }
    for (const name of entries) {
      if (SKIP_DIRS.has(name) || name.startsWith('.')) continue;
      const path = join(dir, name);
      // unreadable entries are reported by the main walk
      if (typeOrUndefined(tree.fs, path) === 'dir' && !tree.excluded(path, true)) visit(path);
    }
  };
  visit(root);
  return dirs;
}

/** The manifests of a plain directory (Argo CD "directory" apps, Flux paths without a kustomization). */
function directoryManifests(dir: string, recurse: boolean, manifests: Map<string, TreeDoc[]>, include?: string, exclude?: string): string[] {
  const inc = include ? picomatch(include.replace(/^\{|\}$/g, '').split(',').map((s) => s.trim())) : undefined;
  const exc = exclude ? picomatch(exclude.replace(/^\{|\}$/g, '').split(',').map((s) => s.trim())) : undefined;
  return [...manifests.keys()]
    .filter((f) => {
      const rel = toPosix(relative(dir, f));
      if (rel.startsWith('..')) return false;
      if (!recurse && rel.includes('/')) return false;
      if (inc && !inc(rel) && !inc(basename(rel))) return false;
      if (exc && (exc(rel) || exc(basename(rel)))) return false;
      return true;
    })
    .sort();
}

export function discover(options: DiscoverOptions): Discovery {
  const { cwd } = options;
  const fs = options.fs ?? nodeFs;
  const excluded = options.excluded ?? NOTHING_EXCLUDED;
  const context: TreeContext = { sourceRoots: options.sourceRoots, fs, excluded, dirs: new Map() };
  const boundary = realBoundary(options.repoRoot ? [options.repoRoot] : options.roots, fs);
  const tree = walk(options.roots, fs, excluded, boundary, options.yamlFiles);
  const diagnostics = tree.escapes.map((e) => `${toPosix(relative(cwd, e.link))}: symlink out of the repository (to ${e.target}); not read.`);
  const rel = (p: string) => toPosix(relative(cwd, p)) || '.';
  const allDocs = [...tree.manifests.values()].flat();
  const configMaps = allDocs.filter((d) => d.object.kind === 'ConfigMap' && d.object.apiVersion === 'v1');
  const apps: App[] = [];
  const generatorProblems: FileProblem[] = [];
  const usedNames = new Set<string>();
  const uniqueName = (name: string) => {
    let candidate = name;
    for (let n = 2; usedNames.has(candidate); n++) candidate = `${name}#${n}`;
    usedNames.add(candidate);
    return candidate;
  };
  const appForDir = (dir: string, base: Omit<App, 'type' | 'anchor' | 'dir' | 'files'>): App | undefined => {
    const kfile = tree.kustomizations.get(dir)?.file ?? findKustomizationFile(dir, (p) => typeOrUndefined(fs, p) === 'file');
    if (kfile) return { ...base, type: 'kustomization', dir, anchor: kfile };
    if (base.flux) {
      // Flux generates a kustomization for a path without one: every .yaml/.yml below it, and each nearest
      // subdirectory holding a kustomization as a resource of its own (not descended into): fluxcd/pkg
      // kustomize/kustomize_generator.go, generateKustomization (the generator kustomize-controller runs).
      const nested = [...tree.kustomizations.keys()]
        .filter((k) => k.startsWith(`${dir}${sep}`))
        .filter((k, _i, all) => !all.some((other) => other !== k && k.startsWith(`${other}${sep}`)))
        .sort();
      const outsideNested = (f: string) => !nested.some((k) => f.startsWith(`${k}${sep}`));
      const files = directoryManifests(dir, true, tree.manifests).filter(outsideNested);
      // kustomize-controller decodes every .yaml/.yml it lists and fails the whole Kustomization on one that is
      // not Kubernetes YAML ("failed to decode Kubernetes YAML from …").
      for (const f of [...tree.nonManifests].filter((f) => f.startsWith(`${dir}${sep}`) && outsideNested(f)).sort()) {
        if (generatorProblems.some((p) => p.file === f)) continue;
        generatorProblems.push({
          ruleId: 'render-error',
          file: f,
          line: 1,
          column: 1,
          message: `Not a Kubernetes manifest (no apiVersion and kind), in ${base.name}'s spec.path, which has no kustomization.yaml: kustomize-controller generates one listing every YAML file there and fails to decode this one. Add a kustomization.yaml that lists the manifests, or move this file out of the path.`,
        });
      }
      if (files.length === 0 && nested.length === 0) return undefined;
      const anchor = files[0] ?? tree.kustomizations.get(nested[0] ?? '')?.file ?? dir;
      return { ...base, type: 'files', files, kustomizations: nested, anchor };
    }
    const files = directoryManifests(dir, base.argo ? base.argo.recurse : true, tree.manifests, base.argo?.include, base.argo?.exclude);
    if (files.length === 0) return undefined;
    return { ...base, type: 'files', files, anchor: files[0] ?? dir };
  };

  for (const doc of allDocs) {
    const o = doc.object;
    const apiVersion = str(o.apiVersion) ?? '';
    const metadata = isRecord(o.metadata) ? o.metadata : {};
    const spec = isRecord(o.spec) ? o.spec : {};
    const name = str(metadata.name) ?? '(unnamed)';
    if (apiVersion.startsWith('argoproj.io/') && o.kind === 'Application') {
      const sources = [spec.source, ...(Array.isArray(spec.sources) ? spec.sources : [])].filter(isRecord);
      const destination = isRecord(spec.destination) ? spec.destination : {};
      sources.forEach((source, i) => {
        if (str(source.chart) || isRecord(source.helm)) {
          diagnostics.push(`${where(doc, cwd)}: argocd:${name}: Helm sources are not rendered by pgwarden; skipped.`);
          return;
        }
        const overrides = isRecord(source.kustomize) ? source.kustomize : {};
        const unapplied = Object.keys(overrides).filter((k) => !['namespace', 'commonLabels', 'commonAnnotations', 'version'].includes(k));
        if (unapplied.length > 0) {
          diagnostics.push(`${where(doc, cwd)}: argocd:${name}: spec.source.kustomize ${unapplied.join(', ')} not applied; linting without.`);
        }
        const path = str(source.path);
        if (path === undefined) return;
        const dir = resolveSourcePath(path, options.sourceRoots, fs, boundary);
        if (!dir) {
          diagnostics.push(`${where(doc, cwd)}: argocd:${name}: source path "${path}" is not a directory in this tree; skipped.`);
          return;
        }
        const directory = isRecord(source.directory) ? source.directory : {};
        const argo: ArgoSource = {
          kind: 'argocd',
          name,
          path: dir,
          recurse: directory.recurse === true,
          definedAt: where(doc, cwd),
        };
        const ns = str(destination.namespace);
        if (ns) argo.destinationNamespace = ns;
        const kustomizeNamespace = str(overrides.namespace);
        if (kustomizeNamespace) argo.namespaceOverride = kustomizeNamespace;
        if (isRecord(overrides.commonLabels) || isRecord(overrides.commonAnnotations)) {
          argo.commonMetadata = {
            labels: stringRecord(isRecord(overrides.commonLabels) ? overrides.commonLabels : {}),
            annotations: stringRecord(isRecord(overrides.commonAnnotations) ? overrides.commonAnnotations : {}),
          };
        }
        const inc = str(directory.include);
        const exc = str(directory.exclude);
        if (inc) argo.include = inc;
        if (exc) argo.exclude = exc;
        const app = appForDir(dir, { name: uniqueName(sources.length > 1 ? `argocd:${name}[${i}]` : `argocd:${name}`), loadRestrictor: 'rootOnly', argo });
        if (app) apps.push(app);
        else diagnostics.push(`${where(doc, cwd)}: argocd:${name}: "${path}" holds no manifests.`);
      });
    } else if (apiVersion.startsWith('argoproj.io/') && o.kind === 'ApplicationSet') {
      const { sets, unsupported } = generatorParams(spec.generators, context);
      const template = isRecord(spec.template) ? spec.template : {};
      const tspec = isRecord(template.spec) ? template.spec : {};
      const tsource = isRecord(tspec.source) ? tspec.source : {};
      const tmeta = isRecord(template.metadata) ? template.metadata : {};
      const tdest = isRecord(tspec.destination) ? tspec.destination : {};
      if (unsupported.length > 0) {
        diagnostics.push(`${where(doc, cwd)}: argocd:${name}: generators ${unsupported.join('; ')} are not expanded (git directories and list are).`);
      }
      for (const { params, root } of sets) {
        const appName = applyAppSetTemplate(str(tmeta.name) ?? `${name}-{{path.basename}}`, params);
        const path = applyAppSetTemplate(str(tsource.path) ?? '{{path}}', params);
        const dir = root ? resolve(root, path) : resolveSourcePath(path, options.sourceRoots, fs, boundary);
        if (!dir || path.includes('{{')) {
          diagnostics.push(`${where(doc, cwd)}: argocd:${appName}: source path "${path}" is not a directory in this tree; skipped.`);
          continue;
        }
        const argo: ArgoSource = { kind: 'argocd', name: appName, path: dir, recurse: false, definedAt: where(doc, cwd) };
        const ns = str(tdest.namespace);
        if (ns) argo.destinationNamespace = applyAppSetTemplate(ns, params);
        const app = appForDir(dir, { name: uniqueName(`argocd:${appName}`), loadRestrictor: 'rootOnly', argo });
        if (app) apps.push(app);
      }
    } else if (apiVersion.startsWith('kustomize.toolkit.fluxcd.io/') && o.kind === 'Kustomization') {
      const namespace = str(metadata.namespace) ?? 'flux-system';
      const path = str(spec.path) ?? './';
      const dir = resolveSourcePath(path, options.sourceRoots, fs, boundary);
      if (!dir) {
        diagnostics.push(`${where(doc, cwd)}: flux:${namespace}/${name}: spec.path "${path}" is not a directory in this tree; skipped.`);
        continue;
      }
      const postBuild = isRecord(spec.postBuild) ? spec.postBuild : {};
      const substitute: Record<string, string> = {};
      if (isRecord(postBuild.substitute)) {
        for (const [k, v] of Object.entries(postBuild.substitute)) if (v !== null && v !== undefined) substitute[k] = String(v);
      }
      const flux: FluxSource = {
        kind: 'flux',
        name,
        namespace,
        path: dir,
        components: (Array.isArray(spec.components) ? spec.components : []).filter((c): c is string => typeof c === 'string').map((c) => resolve(dir, c)),
        substitute,
        substituteFrom: (Array.isArray(postBuild.substituteFrom) ? postBuild.substituteFrom : []).filter(isRecord).map((s) => ({
          kind: str(s.kind) ?? 'ConfigMap',
          name: str(s.name) ?? '',
          optional: s.optional === true,
        })),
        definedAt: where(doc, cwd),
      };
      const target = str(spec.targetNamespace);
      if (target) flux.targetNamespace = target;
      if (isRecord(spec.commonMetadata)) {
        const labels = isRecord(spec.commonMetadata.labels) ? spec.commonMetadata.labels : {};
        const annotations = isRecord(spec.commonMetadata.annotations) ? spec.commonMetadata.annotations : {};
        flux.commonMetadata = { labels: stringRecord(labels), annotations: stringRecord(annotations) };
      }
      for (const unsupported of ['patches', 'images', 'namePrefix', 'nameSuffix']) {
        if (spec[unsupported] !== undefined) {
          diagnostics.push(`${where(doc, cwd)}: flux:${namespace}/${name}: spec.${unsupported} is not applied by pgwarden; linting without it.`);
        }
      }
      const app = appForDir(dir, { name: uniqueName(`flux:${namespace}/${name}`), loadRestrictor: 'none', components: flux.components, flux });
      if (app) apps.push(app);
      else diagnostics.push(`${where(doc, cwd)}: flux:${namespace}/${name}: "${path}" holds no manifests.`);
    }
  }

  for (const chart of tree.charts) {
    diagnostics.push(`${rel(chart)}: Helm chart (${HELM_CHART_FILE}) skipped: its templates are not Kubernetes YAML until helm renders them.`);
  }

  // Kustomization roots (nobody includes them; a Component only means something inside its includer) and loose
  // manifests (no kustomization includes them), one app per directory.
  const included = new Set<string>();
  for (const k of tree.kustomizations.values()) for (const ref of k.refs) included.add(ref);
  const sourceDirs = apps.flatMap((a) => [a.argo?.path, a.flux?.path].filter((d): d is string => Boolean(d)));
  const underSource = (file: string) => sourceDirs.some((d) => file.startsWith(`${d}${sep}`));
  const rootsAndLoose = (covered?: ReadonlySet<string>): App[] => {
    const out: App[] = [];
    const sorted = [...tree.kustomizations.values()].sort((a, b) => compareText(a.dir, b.dir));
    const reached = new Set<string>();
    const reach = (dir: string) => {
      if (reached.has(dir)) return;
      reached.add(dir);
      for (const ref of tree.kustomizations.get(dir)?.refs ?? []) if (tree.kustomizations.has(ref)) reach(ref);
    };
    for (const k of sorted) {
      if (included.has(k.dir) || k.isComponent) continue;
      reach(k.dir);
      if (covered && (covered.has(k.file) || underSource(k.file))) continue;
      out.push({ name: uniqueName(rel(k.dir)), type: 'kustomization', dir: k.dir, anchor: k.file, loadRestrictor: 'rootOnly' });
    }
    // Kustomizations that only include each other (`resources: [.]`, a includes b includes a) have no root: each
    // such group is an app of its own, so rendering it reports the cycle instead of the tree going unlinted.
    for (const k of sorted) {
      if (reached.has(k.dir) || k.isComponent) continue;
      reach(k.dir);
      if (covered && (covered.has(k.file) || underSource(k.file))) continue;
      out.push({ name: uniqueName(rel(k.dir)), type: 'kustomization', dir: k.dir, anchor: k.file, loadRestrictor: 'rootOnly' });
    }
    const looseByDir = new Map<string, string[]>();
    for (const [file, docs] of tree.manifests) {
      if (included.has(file) || docs.length === 0) continue;
      if (covered) {
        // Deployed by an app (rendered, or under its source path where its render failed or its filters left it
        // out), or the deployers' own configuration (Argo CD Applications, Flux objects): not loose.
        if (covered.has(file) || underSource(file)) continue;
        if (docs.every((d) => GITOPS_GROUPS.test(String(d.object.apiVersion)))) continue;
      }
      const dir = dirname(file);
      looseByDir.set(dir, [...(looseByDir.get(dir) ?? []), file]);
    }
    for (const [dir, files] of [...looseByDir].sort(([a], [b]) => compareText(a, b))) {
      const base = rel(dir);
      const name = usedNames.has(base) ? `${base} (loose files)` : base;
      out.push({ name: uniqueName(name), type: 'files', files: files.sort(), anchor: files[0] ?? dir, loadRestrictor: 'rootOnly' });
    }
    return out;
  };

  const gitops = apps.length > 0;
  // Without Argo CD / Flux objects, every root and loose directory is an app. With them, what the apps leave out
  // is known only once their renders have named the files they read: `uncovered`.
  if (!gitops) apps.push(...rootsAndLoose());
  const uncovered = (covered: ReadonlySet<string>) => (gitops ? rootsAndLoose(covered).map((a) => ({ ...a, undeployed: true })) : []);
  const discovery: Discovery = { apps, problems: [...tree.problems, ...generatorProblems], diagnostics, configMaps, gitops, uncovered };
  if (options.repoRoot) discovery.repoRoot = options.repoRoot;
  return discovery;
}
