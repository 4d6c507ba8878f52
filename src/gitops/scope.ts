// `lint --changed-since REF`: render only what the changed files can reach. Which files an app reads is known for sure
// only once it is rendered, so an app is left out only when it can be bounded without rendering it:
//  - a kustomization under kustomize's rootOnly restrictor reads nothing outside its root and the roots of the bases
//    and components it names (api/internal/loader/fileloader.go, loadrestrictions.go, kustomize v5.5.0), so no file it
//    reads can have changed when no changed file lies under those roots (nor is its Argo CD Application's file);
//  - its objects land in one namespace, set by its top kustomization's `namespace:` (kustomize's namespace transformer
//    sets it on every namespaced object) or Argo CD's `kustomize.namespace`, because apps that share a namespace are
//    judged together (units.ts): such an app is rendered after all when a changed app's objects reach its namespace;
//  - nothing in it only kustomize builds (helm charts, generators, transformers, remote bases), Flux (substitutions read
//    ConfigMaps elsewhere, restrictor none) or a CRD (a CRD in the repository decides how every app is checked).
// Anything else is rendered, as a full run would.
import { isAbsolute, sep } from 'node:path';
import { type RenderedApp, type Renderer, renderApp } from './app.js';
import { typeOrUndefined, type RepoFs } from './fs.js';
import { resolvePath } from './paths.js';
import type { App, Discovery } from './model.js';
import { namespaceOf } from './objects.js';
import { findKustomizationFile, type ParsedYamlFile } from './tree.js';

/** Kustomization fields pgwarden hands to kustomize itself (src/render build.ts UNSUPPORTED_FIELDS). */
const KUSTOMIZE_ONLY = ['helmCharts', 'helmChartInflationGenerator', 'helmGlobals', 'transformers', 'generators', 'validators', 'openapi', 'crds', 'configurations'];

/** What an app reads and where its objects land, known without rendering it. */
export interface BoundedApp {
  /** Real kustomization roots it may read below. */
  roots: string[];
  /** Files that define it besides (its Argo CD Application). */
  definedIn: string[];
  /** The one namespace its namespaced objects land in. */
  namespace: string;
}

/**
 * The file that defines an app for its deployer (its Argo CD Application or ApplicationSet, its Flux Kustomization):
 * a change there (a destination, a target namespace) changes the app though none of its files changed.
 */
export function definitionFile(app: App, cwd: string): string | undefined {
  const at = app.argo?.definedAt ?? app.flux?.definedAt;
  return at ? resolvePath(cwd, at.replace(/:\d+$/, '')) : undefined;
}

/** The app reads one of `files`, or is defined in one. */
export function appReaches(rendered: RenderedApp, files: ReadonlySet<string>, cwd: string): boolean {
  const definedIn = definitionFile(rendered.app, cwd);
  return rendered.inputs.some((input) => files.has(input)) || (definedIn !== undefined && files.has(definedIn));
}

const isRemote = (path: string) => path.includes('://') || /^(git@|github\.com\/)/.test(path);

/** The bounds of `app`, or undefined when they cannot be known without rendering it. */
export function boundApp(app: App, parsed: ReadonlyMap<string, ParsedYamlFile>, fs: RepoFs, cwd: string): BoundedApp | undefined {
  if (app.type !== 'kustomization' || !app.dir || app.loadRestrictor !== 'rootOnly' || app.flux || app.components?.length) return undefined;
  const roots: string[] = [];
  let namespace = app.argo?.namespaceOverride;
  const queue = [app.dir];
  for (let dir = queue.shift(); dir !== undefined; dir = queue.shift()) {
    let real: string;
    try {
      real = fs.realpath(dir);
    } catch {
      return undefined;
    }
    if (roots.includes(real)) continue;
    roots.push(real);
    const file = findKustomizationFile(dir, (path) => typeOrUndefined(fs, path) === 'file');
    const doc = file ? parsed.get(file) : undefined;
    const k = doc && !doc.problem && doc.docs.length <= 1 ? (doc.docs[0]?.object ?? {}) : undefined;
    if (!k || KUSTOMIZE_ONLY.some((field) => k[field] !== undefined)) return undefined;
    if (dir === app.dir && namespace === undefined) namespace = typeof k.namespace === 'string' ? k.namespace : undefined;
    for (const key of ['resources', 'bases', 'components']) {
      const entries = k[key];
      if (entries === undefined) continue;
      if (!Array.isArray(entries)) return undefined;
      for (const entry of entries) {
        if (typeof entry !== 'string' || isRemote(entry)) return undefined;
        const target = resolvePath(dir, entry);
        if (typeOrUndefined(fs, target) === 'dir') queue.push(target);
      }
    }
  }
  // A placeholder or an empty namespace is not a namespace known before rendering.
  if (!namespace || /[${}]/.test(namespace)) return undefined;
  const definedIn = definitionFile(app, cwd);
  return { roots, definedIn: definedIn ? [definedIn] : [], namespace };
}

const below = (file: string, dir: string) => file === dir || file.startsWith(dir.endsWith(sep) ? dir : dir + sep);

/**
 * Renders the apps `changed` (absolute paths) can reach, and the apps those share a namespace with; the other apps are
 * left out when they are bounded (boundApp) and reach none of it. Returns the renders in discovery order.
 */
export async function renderChanged(
  discovery: Discovery,
  renderer: Renderer,
  changed: ReadonlySet<string>,
  parsed: ReadonlyMap<string, ParsedYamlFile>,
  fs: RepoFs,
  cwd: string,
  onRendered?: (done: number, total: number) => void,
): Promise<{ rendered: RenderedApp[]; left: number }> {
  const cache = renderer.newCache();
  const changedFiles = [...changed].filter((file) => isAbsolute(file));
  // A repository that installs a CRD decides how every app is checked: then every app is rendered.
  const crdFiles = [...parsed].filter(([, p]) => p.docs.some((d) => d.object.kind === 'CustomResourceDefinition')).map(([file]) => file);
  const byApp = new Map<App, RenderedApp>();
  const waiting: { app: App; bounds: BoundedApp }[] = [];
  let done = 0;
  const renderOne = async (app: App) => {
    byApp.set(app, await renderApp(app, renderer, cache, discovery));
    onRendered?.(++done, discovery.apps.length);
  };
  for (const app of discovery.apps) {
    const bounds = crdFiles.length > 0 ? undefined : boundApp(app, parsed, fs, cwd);
    const reached = bounds && changedFiles.some((file) => bounds.definedIn.includes(file) || bounds.roots.some((root) => below(file, root)));
    if (bounds && !reached) waiting.push({ app, bounds });
    else await renderOne(app);
  }
  // The namespaces judged with a changed app: its own, then those of every rendered app sharing one, and so on.
  const inScope = [...byApp.values()].filter((r) => appReaches(r, changed, cwd));
  const namespaces = new Set(inScope.flatMap((r) => r.objects.map(namespaceOf).filter((ns): ns is string => !!ns)));
  for (let grew = true; grew; ) {
    grew = false;
    for (const r of byApp.values()) {
      const own = r.objects.map(namespaceOf).filter((ns): ns is string => !!ns);
      if (own.some((ns) => namespaces.has(ns)) && own.some((ns) => !namespaces.has(ns))) {
        for (const ns of own) namespaces.add(ns);
        grew = true;
      }
    }
  }
  const left: { app: App; bounds: BoundedApp }[] = [];
  for (const entry of waiting) {
    if (namespaces.has(entry.bounds.namespace)) await renderOne(entry.app);
    else left.push(entry);
  }
  // What no app covers (loose manifests, kustomization roots no Argo CD / Flux app deploys): the files below an app
  // left out count as covered, since none of them changed.
  const covered = new Set([...byApp.values()].flatMap((r) => r.inputs));
  for (const file of parsed.keys()) if (left.some(({ bounds }) => bounds.roots.some((root) => below(file, root)))) covered.add(file);
  const extra = discovery.uncovered(covered);
  discovery.apps.push(...extra);
  for (const app of extra) await renderOne(app);
  return { rendered: discovery.apps.flatMap((app) => byApp.get(app) ?? []), left: left.length };
}
