import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  RenderCache,
  render,
  renderFiles,
  renderToYaml
} from "./chunk-V6XCZZA4.js";
import {
  allRuleMetas,
  buildModel,
  evaluate,
  parsePolicy
} from "./chunk-MN6SYPXR.js";

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
