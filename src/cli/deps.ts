// The two pieces the CLI drives: the engine (src/policies) and the renderer (src/render). runLint takes them as
// interfaces so tests can inject small fakes; `loadEngine` / `loadRenderer` bind the real modules.
import { buildModel } from '../policies/adapters/index.js';
import { allRuleMetas, evaluate, parsePolicy } from '../policies/index.js';
import type { PolicySet } from '../policies/policy.js';
import type { EvaluateOptions, Finding, InputObject, RuleMeta } from '../policies/types.js';
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

type Loose = Record<string, unknown>;

function fn<T>(module: Loose, name: string, from: string): T {
  const value = module[name];
  if (typeof value !== 'function') throw new Error(`${from} does not export ${name}()`);
  return value as T;
}

// The renderer is held in a variable specifier while its index module is being written by another helper: a
// missing module is then a clear runtime error (exit 2), not a compile error of the CLI.
const RENDER = '../render/index.js';

export async function loadEngine(): Promise<EngineApi> {
  return {
    evaluate,
    parsePolicy,
    rules: () => [...allRuleMetas],
    countClusters: (inputs) => buildModel(inputs).clusters.length,
  };
}

export async function loadRenderer(): Promise<RendererApi> {
  const module = (await import(RENDER).catch((error: unknown) => {
    throw new Error(`the renderer (src/render/index.ts) could not be loaded: ${(error as Error).message}`);
  })) as Loose;
  const render = fn<RendererApi['render']>(module, 'render', 'src/render/index.ts');
  const renderFiles = fn<RendererApi['renderFiles']>(module, 'renderFiles', 'src/render/index.ts');
  const renderToYaml = fn<RendererApi['renderToYaml']>(module, 'renderToYaml', 'src/render/index.ts');
  const Cache = module.RenderCache as (new () => unknown) | undefined;
  return { render, renderFiles, renderToYaml, newCache: () => (Cache ? new Cache() : undefined) };
}
