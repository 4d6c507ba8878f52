// The change pass of `lint --base REF`: the tree at REF is read from git objects (src/gitops openGitTree: the working
// tree and index are never touched, nothing is written), discovered and rendered by the same pipeline as the head, and
// the engine's change rules judge each Postgres object's change (paired by API group, kind, namespace and name across
// all apps, so an object moved between apps or files is the same object, and a removed app's objects count as
// removed). The head's work is reused where the bytes are the same: an app defined alike at both sides whose every
// input file is unchanged is its own base (its objects pair with themselves: no change finding, by construction), and
// unchanged files are read from the disk rather than from git. Findings land on the head's file:line, or for a
// removed object on the base's file:line (the same repository paths) marked `side: base`.
import { join, relative, sep } from 'node:path';
import {
  type App,
  appReaches,
  BaseTreeError,
  buildExcluder,
  type Discovery,
  discover,
  type GitTree,
  openGitTree,
  type ParsedYamlFile,
  type RenderedApp,
  type Renderer,
  renderApp,
  renderApps,
  toPosix,
  typeOrUndefined,
} from '../gitops/index.js';
import type { EvaluateOptions, InputObject } from '../policies/index.js';
import type { EngineApi } from './deps.js';
import { UsageError } from './errors.js';
import { locate } from './locate.js';
import type { ReportFinding } from './report.js';

export interface ChangeRun {
  ref: string;
  cwd: string;
  repoRoot: string;
  /** The linted directories (absolute, inside repoRoot). */
  roots: string[];
  sourceRoots: string[];
  exclude: string[];
  engine: EngineApi;
  renderer: Renderer;
  evaluateOptions: EvaluateOptions;
  policyBase: string;
  /** Whether repoRoot is a git checkout. */
  inGit: boolean;
  /** File arguments and --changed-since: only the apps (at either side) that read one of these files are reported on. */
  scope?: ReadonlySet<string>;
}

interface Placed {
  app: RenderedApp;
  index: number;
}

/** Every rendered object of the apps that rendered, as engine inputs, with where each came from. */
function flatten(apps: RenderedApp[], fileFor: (file: string) => string): { inputs: InputObject[]; places: Placed[] } {
  const inputs: InputObject[] = [];
  const places: Placed[] = [];
  for (const app of apps) {
    if (app.failed) continue;
    app.objects.forEach((object, index) => {
      const file = app.result.origin(index, '')?.file;
      inputs.push(file ? { object, file: fileFor(file) } : { object });
      places.push({ app, index });
    });
  }
  return { inputs, places };
}

/** What the head lint did: its apps, rendered, and its parses of the tree's YAML files. */
export interface HeadWork {
  apps: RenderedApp[];
  yamlFiles: ReadonlyMap<string, ParsedYamlFile>;
}

/** The change findings between the tree at `run.ref` and the head. */
export async function changeFindings(run: ChangeRun, head: HeadWork, diagnostics: string[]): Promise<ReportFinding[]> {
  if (!run.inGit) throw new UsageError(`--base ${run.ref} needs a git checkout; ${run.cwd} is not in one`);
  const evaluateChange = run.engine.evaluateChange;
  if (!evaluateChange) throw new UsageError('--base: this engine has no change rules');
  let tree: GitTree;
  try {
    tree = await openGitTree(run.repoRoot, run.ref);
  } catch (error) {
    if (error instanceof BaseTreeError) throw new UsageError(`--base ${run.ref}: ${error.message}`);
    throw error;
  }
  const base = await renderBase(run, tree, head);
  const broken = base.filter((app) => app.failed).map((app) => app.app.name);
  if (broken.length > 0) diagnostics.push(`--base ${run.ref}: ${broken.join(', ')} did not render at the base; their objects count as added.`);

  const policyFile = (file: string) => toPosix(relative(run.policyBase, file));
  const before = flatten(base, policyFile);
  const after = flatten(head.apps, policyFile);
  const out: ReportFinding[] = [];
  for (const finding of evaluateChange(before.inputs, after.inputs, run.evaluateOptions)) {
    const place = (finding.side === 'base' ? before : after).places[finding.objectIndex];
    if (!place) continue;
    const scope = run.scope;
    if (scope && !appReaches(place.app, scope, run.cwd)) continue;
    out.push({ ...locate({ ...finding, objectIndex: place.index }, place.app, run.cwd).finding, side: finding.side });
  }
  return out;
}

/** The apps at the base: discovered in the tree at the ref, rendered where the head's render cannot stand for them. */
async function renderBase(run: ChangeRun, tree: GitTree, head: HeadWork): Promise<RenderedApp[]> {
  // A linted directory new in this change does not exist at the base: everything under it is added.
  const roots = run.roots.filter((root) => typeOrUndefined(tree.fs, root) === 'dir');
  if (roots.length === 0) return [];
  const { excluded } = buildExcluder({ patterns: run.exclude, cwd: run.cwd, ignoreFileDir: run.repoRoot, fs: tree.fs });
  const sourceRoots = [...new Set([...run.sourceRoots, run.repoRoot])];
  // A file with the same bytes at both sides parses the same: the head's parse stands for it.
  const yamlFiles = { get: (file: string) => (tree.unchanged(file) ? head.yamlFiles.get(file) : undefined), set: () => {} };
  const discovery = discover({ cwd: run.cwd, roots, sourceRoots, excluded, repoRoot: run.repoRoot, fs: tree.fs, yamlFiles });
  const heads = new Map(head.apps.map((app) => [app.app.name, app]));
  const base = await renderApps(discovery, run.renderer, undefined, (app) => {
    const same = heads.get(app.name);
    return same && sameDefinition(same.app, app) && same.inputs.every((file) => tree.unchanged(file)) ? { ...same, app } : undefined;
  }, tree.fs);
  // kustomize itself reads only the disk: an app the renderer would hand to it (helm charts, remote bases, KRM
  // functions) rendered incomplete from git objects, so it is rendered again from the tree written out.
  const incomplete = base.flatMap((rendered, index) => (rendered.result.diagnostics.some((d) => d.code === 'render-incomplete') ? [index] : []));
  if (incomplete.length === 0) return base;
  const written = tree.materialize();
  try {
    for (const index of incomplete) base[index] = await renderWritten(base[index] as RenderedApp, run, discovery, written.root);
  } finally {
    written.dispose();
  }
  return base;
}

/**
 * The same app at both sides: the same kind of app from the same place, deployed alike (Argo CD destination and
 * metadata, Flux substitutions and target). Flux variables read from a ConfigMap may change with no file of the app
 * changing, so such an app is always rendered again.
 */
function sameDefinition(headApp: App, baseApp: App): boolean {
  if (baseApp.flux && baseApp.flux.substituteFrom.length > 0) return false;
  return JSON.stringify(headApp) === JSON.stringify(baseApp);
}

/** One app rendered from the base tree written under `root`, with its paths mapped back to the repository's. */
async function renderWritten(app: RenderedApp, run: ChangeRun, discovery: Discovery, root: string): Promise<RenderedApp> {
  const into = (path: string) => join(root, relative(run.repoRoot, path));
  const back = (path: string) => (path.startsWith(root + sep) ? join(run.repoRoot, relative(root, path)) : path);
  const moved: App = {
    ...app.app,
    anchor: into(app.app.anchor),
    ...(app.app.dir ? { dir: into(app.app.dir) } : {}),
    ...(app.app.files ? { files: app.app.files.map(into) } : {}),
    ...(app.app.kustomizations ? { kustomizations: app.app.kustomizations.map(into) } : {}),
    ...(app.app.components ? { components: app.app.components.map(into) } : {}),
  };
  const rendered = await renderApp(moved, run.renderer, run.renderer.newCache(), { ...discovery, repoRoot: root });
  const { result } = rendered;
  return {
    ...rendered,
    app: app.app,
    inputs: rendered.inputs.map(back),
    result: {
      ...result,
      inputs: result.inputs.map(back),
      origin(index, pointer) {
        const origin = result.origin(index, pointer);
        return origin ? { ...origin, file: back(origin.file) } : undefined;
      },
    },
  };
}
