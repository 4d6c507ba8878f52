// The repo walk: every directory under the roots (symlinks resolved, never out of the repository), each YAML/JSON
// manifest parsed once (capped, src/yaml), kustomization files with the local paths they name. The walk never throws:
// unreadable, binary, huge or unparsable files and symlink loops become `problems` (findings at file:line) and the
// rest of the tree is still read. Skipped: paths excluded by `--exclude` / `.pgwardenignore`, and Helm chart
// directories (Chart.yaml: templates are not Kubernetes YAML until helm renders them).
// Every read goes through a RepoFs (fs.ts), so a tree read from git objects can replace the working tree.
import { basename, isAbsolute, sep } from 'node:path';
import picomatch from 'picomatch';
import { isMap, LineCounter } from 'yaml';
import { jsonSafe, parseMemo, parseYamlStream, YamlAliasError, yamlToJS } from '../yaml/index.js';
import { nodeFs, type RepoFs, readFileCapped, typeOrUndefined } from './fs.js';
import type { Excluder } from './ignore.js';
import { isRecord } from './objects.js';
import { childPath, relativePath, resolvePath, toPosix } from './paths.js';

export const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'] as const;
/** Larger YAML files are not Kubernetes manifests anyone edits by hand; reading them would only cost memory. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;
const FULL_KINDS = new Set(['Application', 'ApplicationSet', 'Kustomization', 'Component', 'ConfigMap']);
export const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist']);
/** A Helm chart's root (helm.sh/helm/v3 pkg/chartutil: `ChartfileName`). */
export const HELM_CHART_FILE = 'Chart.yaml';

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

export type ParsedYamlFile = ReturnType<typeof readYamlFile>;

export interface YamlFileCache {
  get(file: string): ParsedYamlFile | undefined;
  set(file: string, parsed: ParsedYamlFile): void;
}

export interface KustomizationInfo {
  dir: string;
  file: string;
  isComponent: boolean;
  /** Absolute dirs (resources/bases/components that are directories) and files it references. */
  refs: string[];
}

export function findKustomizationFile(dir: string, exists: (p: string) => boolean): string | undefined {
  for (const name of KUSTOMIZATION_FILES) {
    const file = resolvePath(dir, name);
    if (exists(file)) return file;
  }
  return undefined;
}

/** Every local path a kustomization refers to (remote URLs are left to the renderer). */
function kustomizationRefs(k: Record<string, unknown>, dir: string): string[] {
  const refs: string[] = [];
  const add = (p: unknown) => {
    if (typeof p !== 'string' || p.includes('://') || /^(git@|github\.com\/)/.test(p)) return;
    refs.push(resolvePath(dir, p));
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

export interface WalkResult {
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
export function within(p: string, boundary: readonly string[]): boolean {
  return boundary.some((b) => p === b || p.startsWith(b.endsWith(sep) ? b : b + sep));
}

export function realBoundary(dirs: readonly string[], fs: RepoFs): string[] {
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
    const buffer = readFileCapped(fs, file, MAX_FILE_BYTES);
    if (!buffer) {
      return {
        docs: [],
        problem: { ruleId: 'render-error', file, line: 1, column: 1, message: `File is too large to lint (${fs.size(file)} bytes; limit ${MAX_FILE_BYTES}).` },
      };
    }
    if (buffer.subarray(0, 8192).includes(0)) {
      return { docs: [], problem: { ruleId: 'render-error', file, line: 1, column: 1, message: 'Binary file where a YAML manifest was expected.' } };
    }
    text = buffer.toString('utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'read error';
    return { docs: [], problem: { ruleId: 'render-error', file, line: 1, column: 1, message: `Cannot read file (${code}).` } };
  }
  const memo = parseMemo();
  const remembered = memo ? fromMemo(memo.get(file, text, MEMO_KIND), file, text) : undefined;
  if (remembered) return remembered;
  const parsed = parseYamlFile(file, text);
  if (memo) {
    const wire: TreeWire = { d: parsed.docs.map((d) => [d.docIndex, d.line, d.object]) };
    if (parsed.problem) wire.p = [parsed.problem.ruleId, parsed.problem.line, parsed.problem.column, parsed.problem.message];
    if (jsonSafe(wire)) memo.set(file, text, MEMO_KIND, wire);
  }
  return parsed;
}

/** The parse memo's kind for discovery's reading of a file (src/yaml/memo.ts). */
const MEMO_KIND = 'tree';

/** What the parse memo keeps of readYamlFile's answer: each document [docIndex, line, object], and the problem. */
interface TreeWire {
  d: [number, number, Record<string, unknown>][];
  p?: [FileProblem['ruleId'], number, number, string];
}

/** A remembered answer, or undefined when the memo holds none or something that is not one (then: parse). */
function fromMemo(value: unknown, file: string, text: string): ParsedYamlFile | undefined {
  if (!isRecord(value) || !Array.isArray(value.d)) return undefined;
  const docs: TreeDoc[] = [];
  for (const d of value.d as unknown[]) {
    if (!Array.isArray(d) || typeof d[0] !== 'number' || typeof d[1] !== 'number' || !isRecord(d[2])) return undefined;
    docs.push({ file, docIndex: d[0], line: d[1], object: d[2] });
  }
  if (value.p === undefined) return { docs, text };
  const p = value.p as unknown[];
  if (!Array.isArray(p) || (p[0] !== 'yaml-syntax' && p[0] !== 'render-error') || typeof p[1] !== 'number' || typeof p[2] !== 'number' || typeof p[3] !== 'string') return undefined;
  return { docs, problem: { ruleId: p[0], file, line: p[1], column: p[2], message: p[3] }, text };
}

/** Parse one file's text (readYamlFile without the reading). */
function parseYamlFile(file: string, text: string): { docs: TreeDoc[]; problem?: FileProblem; text?: string } {
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
    const buffer = readFileCapped(fs, file, MAX_FILE_BYTES);
    if (!buffer) return false;
    const value: unknown = JSON.parse(buffer.toString('utf8'));
    return isRecord(value) && typeof value.apiVersion === 'string' && typeof value.kind === 'string';
  } catch {
    return false;
  }
}

export function walk(roots: string[], fs: RepoFs, excluded: Excluder, boundary: readonly string[], yamlFiles?: YamlFileCache): WalkResult {
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
    if (entries.includes(HELM_CHART_FILE) && !roots.includes(dir) && typeOrUndefined(fs, childPath(dir, HELM_CHART_FILE)) === 'file') {
      result.charts.push(dir);
      return;
    }
    const kfile = KUSTOMIZATION_FILES.find((n) => entries.includes(n));
    for (const name of entries) {
      const path = childPath(dir, name);
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

export function where(doc: TreeDoc, cwd: string): string {
  return `${toPosix(relativePath(cwd, doc.file))}:${doc.line}`;
}

/** A source path inside the repository (Argo CD and Flux never leave their checkout; neither does a symlink). */
export function resolveSourcePath(path: string, sourceRoots: string[], fs: RepoFs, boundary: readonly string[]): string | undefined {
  if (isAbsolute(path)) return undefined;
  for (const root of sourceRoots) {
    const candidate = resolvePath(root, path);
    if (typeOrUndefined(fs, candidate) !== 'dir') continue;
    try {
      if (within(fs.realpath(candidate), boundary)) return candidate;
    } catch {
      // unreadable: try the next root
    }
  }
  return undefined;
}

/** The manifests of a plain directory (Argo CD "directory" apps, Flux paths without a kustomization). */
export function directoryManifests(dir: string, recurse: boolean, manifests: Map<string, TreeDoc[]>, include?: string, exclude?: string): string[] {
  const inc = include ? picomatch(include.replace(/^\{|\}$/g, '').split(',').map((s) => s.trim())) : undefined;
  const exc = exclude ? picomatch(exclude.replace(/^\{|\}$/g, '').split(',').map((s) => s.trim())) : undefined;
  return [...manifests.keys()]
    .filter((f) => {
      const rel = toPosix(relativePath(dir, f));
      if (rel.startsWith('..')) return false;
      if (!recurse && rel.includes('/')) return false;
      if (inc && !inc(rel) && !inc(basename(rel))) return false;
      if (exc && (exc(rel) || exc(basename(rel)))) return false;
      return true;
    })
    .sort();
}
