// The two pieces the CLI drives: the engine (src/policies) and the renderer (src/render). runLint takes them as
// interfaces so tests can inject small fakes; `loadEngine` / `loadRenderer` bind the real modules.
import { buildModel } from '../policies/adapters/index.js';
import { allRuleMetas, evaluate, parsePolicy } from '../policies/index.js';
import type { PolicySet } from '../policies/policy.js';
import type { EvaluateOptions, Finding, InputObject, RuleMeta } from '../policies/types.js';
import { RenderCache, render, renderFiles, renderToYaml } from '../render/index.js';
import type { RenderOptions, RenderResult } from '../render/types.js';

export interface EngineApi {
  evaluate(inputs: readonly InputObject[], options?: EvaluateOptions): Finding[];
  /** Parse a policy file's text; throws an Error naming file:line and the field when it is invalid. */
  parsePolicy(text: string, file: string): PolicySet;
  /** Every rule's metadata (for `pgwarden rules`, SARIF descriptors). */
  rules(): RuleMeta[];
  /** How many Postgres clusters the engine recognises among these objects (for "no Postgres object" notes). */
  countClusters(inputs: readonly InputObject[]): number;
}

export interface RendererApi {
  render(dir: string, opts?: RenderOptions): Promise<RenderResult>;
  renderFiles(files: string[], opts?: RenderOptions): Promise<RenderResult>;
  renderToYaml(result: RenderResult): string;
  /** A parse cache shared by every app of one run. */
  newCache(): unknown;
}

export async function loadEngine(): Promise<EngineApi> {
  return {
    evaluate,
    parsePolicy,
    rules: () => [...allRuleMetas],
    countClusters: (inputs) => buildModel(inputs).clusters.length,
  };
}

export async function loadRenderer(): Promise<RendererApi> {
  return { render, renderFiles, renderToYaml, newCache: () => new RenderCache() };
}
