import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  RenderCache,
  render,
  renderFiles,
  renderToYaml
} from "./chunk-ZHA3ILPZ.js";
import {
  allRuleMetas,
  buildModel,
  evaluate,
  parsePolicy
} from "./chunk-2AE3BDNP.js";

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
