// App discovery: find what would be deployed from a GitOps tree, the way Argo CD / Flux would deploy it.
//  1. Argo CD `Application` / `ApplicationSet` (git directories generator) and Flux `Kustomization` objects
//     found in the tree name the apps (their source paths): argo.ts, flux-kustomization.ts;
//  2. otherwise every kustomization directory that no other kustomization includes (a base used by overlays is
//     linted through them), plus the loose manifests no kustomization includes (grouped per directory): roots.ts.
// The tree is read once by the walk (tree.ts), which never throws: what cannot be read becomes `problems`.
// Every read goes through a RepoFs (fs.ts), so a tree read from git objects can replace the working tree.
import { relative, sep } from 'node:path';
import { applicationApps, applicationSetApps, str } from './argo.js';
import { fluxKustomizationApp } from './flux-kustomization.js';
import { memoizedFs, nodeFs, typeOrUndefined } from './fs.js';
import { NOTHING_EXCLUDED } from './ignore.js';
import type { App, DiscoverOptions, Discovery, DiscoveryContext } from './model.js';
import { toPosix } from './paths.js';
import { rootsAndLoose } from './roots.js';
import { directoryManifests, type FileProblem, findKustomizationFile, HELM_CHART_FILE, realBoundary, walk } from './tree.js';

export type { App, ArgoSource, DiscoverOptions, Discovery, FluxSource } from './model.js';
export { type FileProblem, KUSTOMIZATION_FILES, MAX_FILE_BYTES, type ParsedYamlFile, readYamlFile, type TreeDoc, type YamlFileCache } from './tree.js';

export function discover(options: DiscoverOptions): Discovery {
  const { cwd } = options;
  const fs = options.fs ?? memoizedFs(nodeFs);
  const excluded = options.excluded ?? NOTHING_EXCLUDED;
  const boundary = realBoundary(options.repoRoot ? [options.repoRoot] : options.roots, fs);
  const tree = walk(options.roots, fs, excluded, boundary, options.yamlFiles);
  const diagnostics = tree.escapes.map((e) => `${toPosix(relative(cwd, e.link))}: symlink out of the repository (to ${e.target}); not read.`);
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
  const appForDir: DiscoveryContext['appForDir'] = (dir, base) => {
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
  const ctx: DiscoveryContext = { cwd, sourceRoots: options.sourceRoots, fs, excluded, boundary, tree, dirs: new Map(), diagnostics, apps, uniqueName, appForDir };

  for (const doc of allDocs) {
    const apiVersion = str(doc.object.apiVersion) ?? '';
    const kind = doc.object.kind;
    if (apiVersion.startsWith('argoproj.io/') && kind === 'Application') applicationApps(doc, ctx);
    else if (apiVersion.startsWith('argoproj.io/') && kind === 'ApplicationSet') applicationSetApps(doc, ctx);
    else if (apiVersion.startsWith('kustomize.toolkit.fluxcd.io/') && kind === 'Kustomization') fluxKustomizationApp(doc, ctx);
  }

  for (const chart of tree.charts) {
    diagnostics.push(`${toPosix(relative(cwd, chart)) || '.'}: Helm chart (${HELM_CHART_FILE}) skipped: its templates are not Kubernetes YAML until helm renders them.`);
  }

  const gitops = apps.length > 0;
  const roots = { cwd, tree, apps: [...apps], usedNames, uniqueName };
  // Without Argo CD / Flux objects, every root and loose directory is an app. With them, what the apps leave out
  // is known only once their renders have named the files they read: `uncovered`.
  if (!gitops) apps.push(...rootsAndLoose(roots));
  const uncovered = (covered: ReadonlySet<string>) => (gitops ? rootsAndLoose(roots, covered).map((a) => ({ ...a, undeployed: true })) : []);
  const discovery: Discovery = { apps, problems: [...tree.problems, ...generatorProblems], diagnostics, configMaps, gitops, uncovered };
  if (options.repoRoot) discovery.repoRoot = options.repoRoot;
  return discovery;
}
