// Evaluate: each unit of apps that share namespaces (src/gitops units) goes to the engine once; every finding
// comes back as (app, index of the object in that app's render), the pair `locate` maps to a file and line.
import { relative } from 'node:path';
import { type EvaluationUnit, type RenderedApp, toPosix } from '../gitops/index.js';
import type { EvaluateOptions, Finding, InputObject } from '../policies/index.js';
import type { EngineApi } from './deps.js';

export interface AppFinding {
  app: RenderedApp;
  /** The finding, with `objectIndex` into `app.objects`. */
  finding: Finding;
}

export interface EvaluateOutcome {
  findings: AppFinding[];
  /** Apps whose unit the engine could not evaluate, with the engine's message (first line). */
  failures: { app: RenderedApp; message: string }[];
}

export function evaluateUnits(units: EvaluationUnit[], engine: EngineApi, options: EvaluateOptions, policyBase: string): EvaluateOutcome {
  const outcome: EvaluateOutcome = { findings: [], failures: [] };
  for (const unit of units) {
    for (const pass of unit.passes) {
      const inputs: InputObject[] = pass.objects.map(({ object, app, index }) => {
        // The file each object comes from, relative to the policy, for the policy's per-path matches.
        const file = app.result.origin(index, '')?.file;
        return file ? { object, file: toPosix(relative(policyBase, file)) } : { object };
      });
      let findings: Finding[];
      try {
        findings = engine.evaluate(inputs, options);
      } catch (error) {
        const message = ((error as Error).message ?? String(error)).split('\n')[0] ?? '';
        for (const app of unit.apps) if (!outcome.failures.some((f) => f.app === app)) outcome.failures.push({ app, message });
        break;
      }
      for (const finding of findings) {
        const input = pass.objects[finding.objectIndex];
        if (!input || !pass.reported[finding.objectIndex]) continue; // context: reported by the pass that owns it
        outcome.findings.push({ app: input.app, finding: { ...finding, objectIndex: input.index } });
      }
    }
  }
  return outcome;
}
