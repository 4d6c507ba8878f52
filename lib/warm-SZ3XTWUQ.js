import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  RenderCache,
  readYamlFile
} from "./chunk-QEV33P7Q.js";
import {
  maskSource
} from "./chunk-4MUFVCMV.js";
import "./chunk-NUU3TWGB.js";
import "./chunk-KZPG3NJF.js";
import "./chunk-ED6WIMI7.js";

// src/cli/warm.ts
var SAMPLE = `# a sample
apiVersion: v1
kind: ConfigMap
metadata:
  name: sample
  labels: {app: "sample", tier: 'db'}
  annotations: &notes
    note: plain text
data:
  script: |
    echo "ready"
  folded: >-
    one
    two
  list:
    - 1
    - 2.5
    - true
    - ~
  again: *notes
---
apiVersion: v1
kind: Secret
metadata:
  name: sample
stringData:
  password: "not a secret"
`;
function warmParsers() {
  const path = "/pgwarden-code-cache-sample.yaml";
  const sample = {
    readdir: () => [],
    typeOf: () => "file",
    isSymlink: () => false,
    size: () => SAMPLE.length,
    readFile: () => Buffer.from(SAMPLE),
    realpath: (p) => p
  };
  readYamlFile(path, sample);
  const cache = new RenderCache(sample);
  cache.parseFile(path, "resource");
  cache.parseFile(path, "kustomization");
  maskSource(SAMPLE, path);
}
export {
  warmParsers
};
