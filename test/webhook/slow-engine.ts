// The real engine, slowed down on request: an object annotated `test.pgwarden.io/busy-ms: "N"` keeps the evaluating
// thread busy for N ms (a synchronous loop, like a pathological rule). Loaded by evaluation workers in tests/benches.
import { evaluate as realEvaluate } from '../../src/policies/index.js';
import type { EvaluateOptions, InputObject } from '../../src/policies/types.js';

export { parsePolicy, policyFor } from '../../src/policies/index.js';

export function evaluate(inputs: readonly InputObject[], options?: EvaluateOptions) {
  for (const input of inputs) {
    const busy = (input.object as { metadata?: { annotations?: Record<string, string> } })?.metadata?.annotations?.['test.pgwarden.io/busy-ms'];
    if (busy) {
      const until = Date.now() + Number(busy);
      while (Date.now() < until) {
        // spin: the engine is synchronous, this is what a runaway rule looks like
      }
    }
  }
  return realEvaluate(inputs, options);
}
