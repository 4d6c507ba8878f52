// The webhook's view of the engine (src/policies). No rule logic here: the webhook only calls these three
// functions and turns their findings into admission answers.
import type { Policy, PolicySet } from '../policies/policy.js';
import type { EvaluateOptions, Finding, InputObject } from '../policies/types.js';

export interface EngineApi {
  evaluate(inputs: readonly InputObject[], options?: EvaluateOptions): Finding[];
  /** Parses a policy file's text; throws an Error naming file:line and the field when it is invalid. */
  parsePolicy(text: string, source: string): PolicySet;
  /** The policy that applies to this input (its mode and per-rule `mutate`); undefined = built-in preset. */
  policyFor(input: InputObject, set: PolicySet | undefined): Policy | undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeProblems(problems: unknown[]): string {
  return problems
    .map((problem) => {
      if (!isRecord(problem)) return String(problem);
      const where = [problem.file ?? problem.source, problem.line].filter((part) => part !== undefined).join(':');
      const field = typeof problem.path === 'string' ? ` ${problem.path}` : '';
      return `${where}${field}: ${String(problem.message ?? '')}`.trim();
    })
    .join('; ');
}

/**
 * Normalises what `parsePolicy` returns: a PolicySet, or a result object carrying the set and/or errors.
 * Whatever the engine's exact result type, an invalid policy becomes a thrown Error here.
 */
export function toPolicySet(result: unknown, source: string): PolicySet {
  if (isRecord(result)) {
    const errors = result.errors ?? result.diagnostics ?? result.problems;
    if (Array.isArray(errors)) {
      const hard = errors.filter((e) => !isRecord(e) || e.severity === undefined || e.severity === 'error');
      if (hard.length > 0) throw new Error(`invalid policy ${source}: ${describeProblems(hard)}`);
    }
    if (Array.isArray(result.policies)) return result as unknown as PolicySet;
    for (const key of ['policySet', 'set', 'value']) {
      const inner = result[key];
      if (isRecord(inner) && Array.isArray(inner.policies)) return inner as unknown as PolicySet;
    }
  }
  throw new Error(`invalid policy ${source}: the engine returned no policy set`);
}

let cached: Promise<EngineApi> | undefined;

/** The real engine, loaded once. Fails with a clear message when src/policies does not export what the webhook needs. */
export function loadEngine(): Promise<EngineApi> {
  cached ??= (async () => {
    const mod = (await import('../policies/index.js')) as unknown as Record<string, unknown>;
    const { evaluate, parsePolicy, policyFor } = mod;
    if (typeof evaluate !== 'function' || typeof parsePolicy !== 'function' || typeof policyFor !== 'function') {
      throw new Error('src/policies does not export evaluate, parsePolicy and policyFor');
    }
    const engine: EngineApi = {
      evaluate: (inputs, options) => evaluate(inputs, options) as Finding[],
      parsePolicy: (text, source) => toPolicySet(parsePolicy(text, source), source),
      policyFor: (input, set) => {
        const policy: unknown = policyFor(input, set);
        return isRecord(policy) && typeof policy.mode === 'string' ? (policy as unknown as Policy) : undefined;
      },
    };
    return engine;
  })();
  return cached;
}
