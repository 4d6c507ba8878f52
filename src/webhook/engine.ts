// The webhook's view of the engine (src/policies). No rule logic here: the webhook only calls these three
// functions and turns their findings into admission answers.
import { evaluate, parsePolicy, policyFor } from '../policies/index.js';
import type { Policy, PolicySet } from '../policies/index.js';
import type { EvaluateOptions, Finding, InputObject } from '../policies/index.js';

export interface EngineApi {
  evaluate(inputs: readonly InputObject[], options?: EvaluateOptions): Finding[];
  /** Parses a policy file's text; throws an Error naming file:line and the field when it is invalid. */
  parsePolicy(text: string, source: string): PolicySet;
  /** The policy that applies to this input: its mode and per-rule `mutate`. */
  policyFor(input: InputObject, set: PolicySet | undefined): Policy | undefined;
}

export const realEngine: EngineApi = { evaluate, parsePolicy, policyFor };

/**
 * The engine an evaluation worker uses: the real one, or (tests, benches) a module exporting the same three
 * functions, named by URL because a worker cannot receive functions.
 */
export async function loadEngine(moduleUrl?: string): Promise<EngineApi> {
  if (!moduleUrl) return realEngine;
  const mod = (await import(moduleUrl)) as Record<string, unknown>;
  const { evaluate: ev, parsePolicy: parse, policyFor: pick } = mod;
  if (typeof ev !== 'function' || typeof parse !== 'function' || typeof pick !== 'function') {
    throw new Error(`${moduleUrl} does not export evaluate, parsePolicy and policyFor`);
  }
  return { evaluate: ev as EngineApi['evaluate'], parsePolicy: parse as EngineApi['parsePolicy'], policyFor: pick as EngineApi['policyFor'] };
}
