// src/gitops: what a GitOps repository deploys — the repo walk, kustomize roots, Argo CD Applications and
// ApplicationSets, Flux Kustomizations, loose files — and each app's context (its render through src/render,
// the deployer's substitutions and namespaces, the objects it is judged with). The only entry of the part.

// The renderer, for the doors (they reach src/render only through this part).
export type { Origin, RenderDiagnostic, RenderOptions, RenderResult } from '../render/index.js';
export { RenderCache, render, renderFiles, renderToYaml } from '../render/index.js';
export { CLUSTER_SCOPED, combineResults, type RenderedApp, type Renderer, renderApp, renderApps } from './app.js';
export {
  type App,
  type ArgoSource,
  type DiscoverOptions,
  type Discovery,
  discover,
  type FileProblem,
  type FluxSource,
  KUSTOMIZATION_FILES,
  MAX_FILE_BYTES,
  type ParsedYamlFile,
  readYamlFile,
  type TreeDoc,
  type YamlFileCache,
} from './discover.js';
export { fluxSubstitute } from './flux.js';
export { type EntryType, memoizedFs, nodeFs, type RepoFs, readFileCapped, typeOrUndefined } from './fs.js';
export { gitTopLevel } from './git.js';
export { BaseTreeError, type GitTree, openGitTree } from './git-tree.js';
export { buildExcluder, type ExcludeOptions, type Excluder, type Exclusion, IGNORE_FILE_NAME } from './ignore.js';
export { identityOf, namespaceOf } from './objects.js';
export { compareText, relativePath, resolvePath, toPosix } from './paths.js';
export { appReaches, type BoundedApp, boundApp, definitionFile, renderChanged } from './scope.js';
export { type EvaluationPass, type EvaluationUnit, evaluationUnits, type UnitObject } from './units.js';
