// The two pieces the CLI drives: the engine (src/policies) and the renderer (src/render, reached through
// src/gitops). runLint takes them as interfaces so tests can inject small fakes; `loadEngine` / `loadRenderer`
// bind the real modules.
import { RenderCache, type Renderer, type RenderResult, render, renderFiles, renderToYaml } from '../gitops/index.js';
import { allRuleMetas, buildModel, type ChangeFinding, type EvaluateOptions, evaluate, evaluateChange, type Finding, type InputObject, type PolicySet, parsePolicy, type RuleMeta } from '../policies/index.js';

export interface EngineApi {
  evaluate(inputs: readonly InputObject[], options?: EvaluateOptions): Finding[];
  /** Parse a policy file's text; throws an Error naming file:line and the field when it is invalid. */
  parsePolicy(text: string, file: string): PolicySet;
  /** Every rule's metadata (for `pgwarden rules`, SARIF descriptors). */
  rules(): RuleMeta[];
  /** How many Postgres clusters the engine recognises among these objects (for "no Postgres object" notes). */
  countClusters(inputs: readonly InputObject[]): number;
  /** The change rules over a base and a head (`lint --base`); absent in engines that predate them. */
  evaluateChange?(baseInputs: readonly InputObject[], headInputs: readonly InputObject[], options?: EvaluateOptions): ChangeFinding[];
}

export interface RendererApi extends Renderer {
  renderToYaml(result: RenderResult): string;
}

export async function loadEngine(): Promise<EngineApi> {
  return {
    evaluate,
    parsePolicy,
    rules: () => [...allRuleMetas],
    countClusters: (inputs) => buildModel(inputs).clusters.length,
    evaluateChange,
  };
}

export async function loadRenderer(): Promise<RendererApi> {
  return { render, renderFiles, renderToYaml, newCache: (fs) => new RenderCache(fs) };
}
