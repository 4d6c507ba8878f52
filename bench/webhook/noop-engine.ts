// An engine that finds nothing: measures the webhook's own cost (HTTPS, parsing, caps, logs, metrics) apart from
// the rules'. Policy parsing and matching are the real ones.
import { parsePolicy, policyFor, relatedNeeds, scaleSubject } from '../../src/policies/index.js';
import type { EngineApi } from '../../src/webhook/index.js';

export const noopEngine: EngineApi = { evaluate: () => [], parsePolicy, policyFor, relatedNeeds, scaleSubject };
