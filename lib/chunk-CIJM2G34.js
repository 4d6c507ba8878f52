import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  RenderCache,
  render,
  renderFiles,
  renderToYaml
} from "./chunk-UZBXK72A.js";
import {
  allRuleMetas,
  buildModel,
  evaluate,
  parsePolicy
} from "./chunk-WIO7Q5Q5.js";

// src/cli/deps.ts
async function loadEngine() {
  return {
    evaluate,
    parsePolicy,
    rules: () => [...allRuleMetas],
    countClusters: (inputs) => buildModel(inputs).clusters.length
  };
}
async function loadRenderer() {
  return { render, renderFiles, renderToYaml, newCache: () => new RenderCache() };
}

export {
  loadEngine,
  loadRenderer
};
