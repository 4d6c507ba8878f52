// The two pieces the CLI drives: the engine (src/policies) and the renderer (src/render). runLint takes them as
// interfaces so tests can inject small fakes; `loadEngine` / `loadRenderer` bind the real modules.
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

// Specifiers held in variables: the engine and renderer are written by other helpers at the same time, and a
// missing module must be a clear runtime error (exit 2), not a compile error of the CLI.
const ENGINE = '../policies/engine.js';
const POLICY = '../policies/policy.js';
const RULES = '../policies/rules/index.js';
const ADAPTERS = '../policies/adapters/index.js';
const RENDER = '../render/index.js';

export async function loadEngine(): Promise<EngineApi> {
  const [engine, policy, rules, adapters] = (await Promise.all(
    [ENGINE, POLICY, RULES, ADAPTERS].map((s) => import(s).catch(() => ({}))),
  )) as Loose[];
  const all: Loose = { ...adapters, ...rules, ...policy, ...engine };
  const evaluate = fn<EngineApi['evaluate']>(all, 'evaluate', 'src/policies/engine.ts');
  const parsePolicy = fn<(text: string, file: string) => unknown>(all, 'parsePolicy', 'src/policies/policy.ts');
  const buildModel = fn<(inputs: readonly InputObject[]) => { clusters: unknown[] }>(all, 'buildModel', 'src/policies/adapters');
  const registry = all.rules ?? all.ruleRegistry ?? all.RULES;
  const metas = (): RuleMeta[] => {
    const list = Array.isArray(registry) ? registry : registry instanceof Map ? [...registry.values()] : typeof registry === 'object' && registry ? Object.values(registry) : [];
    return list
      .map((r: unknown) => ((r as { meta?: RuleMeta }).meta ?? r) as RuleMeta)
      .filter((m: RuleMeta) => typeof m?.id === 'string');
  };
  return {
    evaluate,
    parsePolicy: (text, file) => {
      const parsed = parsePolicy(text, file) as PolicySet | { policySet?: PolicySet; errors?: unknown[] };
      return parsed as PolicySet;
    },
    rules: metas,
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
