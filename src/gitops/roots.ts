// Kustomize roots and loose files: the apps of a tree without Argo CD / Flux objects, and in a tree with them the
// apps for what those leave out. A root is a kustomization no other includes (a Component only means something
// inside its includer); loose manifests are those no kustomization includes, one app per directory.
import { dirname, relative, sep } from 'node:path';
import type { App } from './model.js';
import { compareText, toPosix } from './paths.js';
import type { WalkResult } from './tree.js';

/** API groups of the deployers' own objects: configuration of Argo CD / Flux, not workloads to lint. */
const GITOPS_GROUPS = /^(argoproj\.io|[a-z]+\.toolkit\.fluxcd\.io)\//;
/**
 * pgwarden's own policies (`.pgwarden.yaml`, a `--policy` file, PostgresPolicy objects for the webhook): configuration
 * of the linter, as an `.eslintrc` is, with no Postgres object to judge. A file of nothing else is no loose app: it
 * was reported as one ("no Argo CD Application or Flux Kustomization in this tree deploys it") and rendered by every
 * narrowed run.
 */
const PGWARDEN_GROUP = /^pgwarden\.io\//;

export interface RootsContext {
  cwd: string;
  tree: WalkResult;
  /** The Argo CD / Flux apps found: files under their source paths are theirs. */
  apps: readonly App[];
  /** Names taken so far (apps are named once per run). */
  usedNames: ReadonlySet<string>;
  uniqueName(name: string): string;
}

/**
 * The roots and loose-file apps; with `covered` (the files the Argo CD / Flux apps' renders read), only those that
 * no app deploys.
 */
export function rootsAndLoose(ctx: RootsContext, covered?: ReadonlySet<string>): App[] {
  const { tree, uniqueName, usedNames } = ctx;
  const rel = (p: string) => toPosix(relative(ctx.cwd, p)) || '.';
  const included = new Set<string>();
  for (const k of tree.kustomizations.values()) for (const ref of k.refs) included.add(ref);
  const sourceDirs = ctx.apps.flatMap((a) => [a.argo?.path, a.flux?.path].filter((d): d is string => Boolean(d)));
  const underSource = (file: string) => sourceDirs.some((d) => file.startsWith(`${d}${sep}`));
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
    if (docs.every((d) => PGWARDEN_GROUP.test(String(d.object.apiVersion)))) continue;
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
}
