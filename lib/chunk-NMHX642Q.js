import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  RenderCache,
  render,
  renderFiles,
  renderToYaml
} from "./chunk-OYRO2UJ3.js";
import {
  allRuleMetas,
  buildModel,
  evaluate,
  evaluateChange,
  parsePolicy
} from "./chunk-U5LL7YSF.js";

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
  return { render, renderFiles, renderToYaml, newCache: () => new RenderCache() };
}

export {
  loadEngine,
  loadRenderer
};
