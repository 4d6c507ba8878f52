// Argo CD: an Application's sources (directory and kustomize sources; Helm sources are named, not rendered) and an
// ApplicationSet's children from its git-directories and list generators (also inside matrix/merge, each alone).
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { ArgoSource, DiscoveryContext } from './model.js';
import { isRecord } from './objects.js';
import { goPathMatch, staticPrefix } from './path-match.js';
import { childPath, relativePath, resolvePath, toPosix } from './paths.js';
import { resolveSourcePath, SKIP_DIRS, type TreeDoc, where, within } from './tree.js';
import { typeOrUndefined } from './fs.js';

export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function stringRecord(value: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, String(v)]));
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
type TreeContext = Pick<DiscoveryContext, 'sourceRoots' | 'fs' | 'excluded' | 'dirs' | 'boundary'>;

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
      // As Argo CD's filterApps: a directory any include matches and no exclude matches (path.Match each).
      const matches = (patterns: string[], dir: string) => patterns.some((pattern) => goPathMatch(pattern, dir) === true);
      for (const root of tree.sourceRoots) {
        const matched = [...new Set(includes.flatMap((pattern) => dirsBelowBase(root, pattern, tree)))]
          .map((d) => toPosix(relativePath(root, d)))
          .filter((d) => d && matches(includes, d) && !matches(excludes, d));
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

/**
 * The directories a git generator's `pattern` can match: those below the pattern's static part (`envs/[a-z]*` →
 * `envs`), not every directory of the repository, which a one-file lint of the examples spent ~0.5 ms listing and
 * matching. A pattern that starts outside `root` matches nothing.
 */
function dirsBelowBase(root: string, pattern: string, tree: TreeContext): string[] {
  const start = resolve(root, staticPrefix(pattern));
  const rel = relative(root, start);
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return [];
  // As the listing from `root` would: never into a skipped, hidden or excluded directory on the way.
  let dir = root;
  for (const name of rel ? rel.split(sep) : []) {
    dir = childPath(dir, name);
    if (!entered(name, dir, tree)) return [];
  }
  return listDirs(start, tree);
}

/** Whether the git generator's listing goes into directory `name` at `path`: not skipped, hidden or excluded. */
function entered(name: string, path: string, tree: TreeContext): boolean {
  return !SKIP_DIRS.has(name) && !name.startsWith('.') && !tree.excluded(path, true);
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
    // Never out of the repository through a symlink: nothing outside it is listed (as the walk, tree.ts).
    if (seen.has(real) || !within(real, tree.boundary)) return;
    seen.add(real);
    dirs.push(dir);
    let entries: string[] = [];
    try {
      entries = tree.fs.readdir(dir);
    } catch {
      return;
    }
    for (const name of entries) {
      const path = childPath(dir, name);
      // unreadable entries are reported by the main walk
      if (entered(name, path, tree) && typeOrUndefined(tree.fs, path) === 'dir') visit(path);
    }
  };
  visit(root);
  return dirs;
}

/** The apps of an Argo CD Application: one per source (`argocd:<name>`, `argocd:<name>[i]` with several). */
export function applicationApps(doc: TreeDoc, ctx: DiscoveryContext): void {
  const o = doc.object;
  const metadata = isRecord(o.metadata) ? o.metadata : {};
  const spec = isRecord(o.spec) ? o.spec : {};
  const name = str(metadata.name) ?? '(unnamed)';
  const sources = [spec.source, ...(Array.isArray(spec.sources) ? spec.sources : [])].filter(isRecord);
  const destination = isRecord(spec.destination) ? spec.destination : {};
  sources.forEach((source, i) => {
    if (str(source.chart) || isRecord(source.helm)) {
      ctx.diagnostics.push(`${where(doc, ctx.cwd)}: argocd:${name}: Helm sources are not rendered by pgwarden; skipped.`);
      return;
    }
    const overrides = isRecord(source.kustomize) ? source.kustomize : {};
    const unapplied = Object.keys(overrides).filter((k) => !['namespace', 'commonLabels', 'commonAnnotations', 'version'].includes(k));
    if (unapplied.length > 0) {
      ctx.diagnostics.push(`${where(doc, ctx.cwd)}: argocd:${name}: spec.source.kustomize ${unapplied.join(', ')} not applied; linting without.`);
    }
    const path = str(source.path);
    if (path === undefined) return;
    const dir = resolveSourcePath(path, ctx.sourceRoots, ctx.fs, ctx.boundary);
    if (!dir) {
      ctx.diagnostics.push(`${where(doc, ctx.cwd)}: argocd:${name}: source path "${path}" is not a directory in this tree; skipped.`);
      return;
    }
    const directory = isRecord(source.directory) ? source.directory : {};
    const argo: ArgoSource = {
      kind: 'argocd',
      name,
      path: dir,
      recurse: directory.recurse === true,
      definedAt: where(doc, ctx.cwd),
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
    const app = ctx.appForDir(dir, { name: ctx.uniqueName(sources.length > 1 ? `argocd:${name}[${i}]` : `argocd:${name}`), loadRestrictor: 'rootOnly', argo });
    if (app) ctx.apps.push(app);
    else ctx.diagnostics.push(`${where(doc, ctx.cwd)}: argocd:${name}: "${path}" holds no manifests.`);
  });
}

/** The apps of an ApplicationSet: one per parameter set of its generators, named and placed by its template. */
export function applicationSetApps(doc: TreeDoc, ctx: DiscoveryContext): void {
  const o = doc.object;
  const metadata = isRecord(o.metadata) ? o.metadata : {};
  const spec = isRecord(o.spec) ? o.spec : {};
  const name = str(metadata.name) ?? '(unnamed)';
  const { sets, unsupported } = generatorParams(spec.generators, ctx);
  const template = isRecord(spec.template) ? spec.template : {};
  const tspec = isRecord(template.spec) ? template.spec : {};
  const tsource = isRecord(tspec.source) ? tspec.source : {};
  const tmeta = isRecord(template.metadata) ? template.metadata : {};
  const tdest = isRecord(tspec.destination) ? tspec.destination : {};
  if (unsupported.length > 0) {
    ctx.diagnostics.push(`${where(doc, ctx.cwd)}: argocd:${name}: generators ${unsupported.join('; ')} are not expanded (git directories and list are).`);
  }
  for (const { params, root } of sets) {
    const appName = applyAppSetTemplate(str(tmeta.name) ?? `${name}-{{path.basename}}`, params);
    const path = applyAppSetTemplate(str(tsource.path) ?? '{{path}}', params);
    const dir = root ? resolvePath(root, path) : resolveSourcePath(path, ctx.sourceRoots, ctx.fs, ctx.boundary);
    if (!dir || path.includes('{{')) {
      ctx.diagnostics.push(`${where(doc, ctx.cwd)}: argocd:${appName}: source path "${path}" is not a directory in this tree; skipped.`);
      return;
    }
    const argo: ArgoSource = { kind: 'argocd', name: appName, path: dir, recurse: false, definedAt: where(doc, ctx.cwd) };
    const ns = str(tdest.namespace);
    if (ns) argo.destinationNamespace = applyAppSetTemplate(ns, params);
    const app = ctx.appForDir(dir, { name: ctx.uniqueName(`argocd:${appName}`), loadRestrictor: 'rootOnly', argo });
    if (app) ctx.apps.push(app);
  }
}
