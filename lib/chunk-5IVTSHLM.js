import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  allRuleMetas,
  buildModel,
  evaluate,
  evaluateChange,
  parsePolicy
} from "./chunk-UKR6ZIRD.js";
import {
  RenderCache,
  render,
  renderFiles,
  renderToYaml
} from "./chunk-QEV33P7Q.js";

// src/cli/deps.ts
async function loadEngine() {
  return {
    evaluate,
    parsePolicy,
    rules: () => [...allRuleMetas],
    countClusters: (inputs) => buildModel(inputs).clusters.length,
    evaluateChange
  };
}
async function loadRenderer() {
  return { render, renderFiles, renderToYaml, newCache: (fs) => new RenderCache(fs) };
}

export {
  loadEngine,
  loadRenderer
};
