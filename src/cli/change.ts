// The change pass of `lint --base REF`: the tree at REF is written from git objects into a temporary directory
// (src/gitops checkoutBaseTree; the working tree and index are never touched), discovered and rendered by the same
// pipeline as the head, and the engine's change rules judge each Postgres object's change (paired by API group, kind,
// namespace and name across all apps, so an object moved between apps or files is the same object, and a removed
// app's objects count as removed). Findings land on the head's file:line, or for a removed object on the base's
// file:line mapped back to the repository path and marked `side: base`.
import { join, relative, resolve, sep } from 'node:path';
import {
  BaseTreeError,
  buildExcluder,
  checkoutBaseTree,
  discover,
  nodeFs,
  type RenderedApp,
  type Renderer,
  renderApps,
  toPosix,
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

/** The change findings between the tree at `run.ref` and `head` (the apps the head lint rendered). */
export async function changeFindings(run: ChangeRun, head: RenderedApp[], diagnostics: string[]): Promise<ReportFinding[]> {
  if (!run.inGit) throw new UsageError(`--base ${run.ref} needs a git checkout; ${run.cwd} is not in one`);
  const evaluateChange = run.engine.evaluateChange;
  if (!evaluateChange) throw new UsageError('--base: this engine has no change rules');
  let tree: Awaited<ReturnType<typeof checkoutBaseTree>>;
  try {
    tree = await checkoutBaseTree(run.repoRoot, run.ref);
  } catch (error) {
    if (error instanceof BaseTreeError) throw new UsageError(`--base ${run.ref}: ${error.message}`);
    throw error;
  }
  try {
    const inBase = (path: string) => join(tree.root, relative(run.repoRoot, path));
    const toRepo = (path: string) => join(run.repoRoot, relative(tree.root, path));
    const baseCwd = inBase(run.cwd);
    const roots = run.roots.map(inBase).filter((root) => {
      try {
        return nodeFs.typeOf(root) === 'dir';
      } catch {
        return false; // a directory new in this change: everything under it is added
      }
    });
    let base: RenderedApp[] = [];
    if (roots.length > 0) {
      const { excluded } = buildExcluder({ patterns: run.exclude, cwd: baseCwd, ignoreFileDir: tree.root, fs: nodeFs });
      const sourceRoots = [...new Set([...run.sourceRoots.map(inBase), tree.root])];
      const discovery = discover({ cwd: baseCwd, roots, sourceRoots, excluded, repoRoot: tree.root });
      // An app whose every input is unchanged renders the same at the base: its head render stands for it.
      const heads = new Map(head.map((app) => [app.app.name, app]));
      const unchanged = (file: string) => tree.unchanged.has(toPosix(relative(run.repoRoot, file)));
      base = await renderApps(discovery, run.renderer, undefined, (app) => {
        const same = heads.get(app.name);
        return same?.inputs.every(unchanged) ? { ...same, app, inputs: same.inputs.map(inBase) } : undefined;
      });
      const broken = base.filter((app) => app.failed).map((app) => app.app.name);
      if (broken.length > 0) diagnostics.push(`--base ${run.ref}: ${broken.join(', ')} did not render at the base; their objects count as added.`);
    }
    const policyFile = (file: string) => toPosix(relative(run.policyBase, file));
    const before = flatten(base, (file) => policyFile(file.startsWith(tree.root + sep) ? toRepo(file) : file));
    const after = flatten(head, policyFile);
    const out: ReportFinding[] = [];
    for (const finding of evaluateChange(before.inputs, after.inputs, run.evaluateOptions)) {
      const place = (finding.side === 'base' ? before : after).places[finding.objectIndex];
      if (!place) continue;
      const local = { ...finding, objectIndex: place.index };
      if (finding.side === 'base') {
        // A base render's files are in the temporary tree: named by their path in the repository, as the head's are.
        const located = locate(local, place.app, run.cwd).finding;
        const file = resolve(run.cwd, located.file);
        const inTree = file.startsWith(tree.root + sep);
        out.push({ ...located, file: inTree ? toPosix(relative(run.cwd, toRepo(file))) : located.file, side: 'base' });
      } else {
        out.push({ ...locate(local, place.app, run.cwd).finding, side: 'head' });
      }
    }
    return out;
  } finally {
    tree.dispose();
  }
}
