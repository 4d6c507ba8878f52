// The webhook's view of the engine (src/policies). No rule logic here: the webhook only calls these and turns their findings into admission answers. Tests and benches pass another object of this shape.

import type {
  ChangeFinding,
  EvaluateChangeOptions,
  EvaluateOptions,
  Finding,
  InputObject,
  Policy,
  PolicySet,
  RelatedNeed,
  ScaleSubject,
  UpdateFindings,
} from '../policies/index.js';
import { evaluate, evaluateChange, evaluateUpdate, parsePolicy, policyFor, relatedNeeds, scaleSubject } from '../policies/index.js';

export interface EngineApi {
  evaluate(inputs: readonly InputObject[], options?: EvaluateOptions): Finding[];
  /** Parses a policy file's text; throws an Error naming file:line and the field when it is invalid. */
  parsePolicy(text: string, source: string): PolicySet;
  /** The policy that applies to this input: its mode and per-rule `mutate`. */
  policyFor(input: InputObject, set: PolicySet | undefined): Policy | undefined;
  /** The change rules (UPDATE: oldObject → object; DELETE: oldObject → nothing); absent in engines that predate them. */
  evaluateChange?(baseInputs: readonly InputObject[], headInputs: readonly InputObject[], options?: EvaluateChangeOptions): ChangeFinding[];
  /** The related objects the engine needs beside this one (operators' profiles); the server fetches them. */
  relatedNeeds(object: unknown, namespace?: string, options?: { secrets?: boolean }): RelatedNeed[];
  /** What a `/scale` request on `group`/`resource` changes (operators' profiles); undefined = nothing judged. */
  scaleSubject(group: string, resource: string): ScaleSubject | undefined;
  /** An UPDATE: the head's state and the change from the base, over one head model; absent = evaluate() alone. */
  evaluateUpdate?(baseInputs: readonly InputObject[], headInputs: readonly InputObject[], options?: EvaluateChangeOptions): UpdateFindings;
}

export const realEngine: EngineApi = { evaluate, parsePolicy, policyFor, evaluateChange, evaluateUpdate, relatedNeeds, scaleSubject };
