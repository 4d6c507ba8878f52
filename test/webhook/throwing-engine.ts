// The real engine, except that an object annotated `test.pgwarden.io/throw` makes evaluate() throw: what a rule bug
// that escapes the engine's own guard would look like. Passed to startServer as an object.
import { evaluate, parsePolicy, policyFor, relatedNeeds, scaleSubject } from '../../src/policies/index.js';
import type { EngineApi } from '../../src/webhook/index.js';

export const throwingEngine: EngineApi = {
  evaluate(inputs, options) {
    for (const input of inputs) {
      const annotations = (input.object as { metadata?: { annotations?: Record<string, string> } })?.metadata?.annotations;
      if (annotations?.['test.pgwarden.io/throw']) throw new Error('engine failure (test)');
    }
    return evaluate(inputs, options);
  },
  parsePolicy,
  policyFor,
  relatedNeeds,
  scaleSubject,
};
