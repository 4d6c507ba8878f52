import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  UsageError
} from "./chunk-3ZR33BMR.js";
import {
  parseYamlStream,
  yamlToJS
} from "./chunk-KZPG3NJF.js";
import "./chunk-ED6WIMI7.js";

// src/cli/crds.ts
import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join, relative, resolve } from "node:path";
var MAX_CRD_FILE_BYTES = 32 * 1024 * 1024;
var MAX_CRD_FILES = 2e3;
function isCrd(object) {
  const record = object;
  return record !== null && typeof record === "object" && record.kind === "CustomResourceDefinition" && String(record.apiVersion).startsWith("apiextensions.k8s.io/");
}
function yamlFiles(dir, found) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const stats = statSync(path);
    if (stats.isDirectory()) yamlFiles(path, found);
    else if ([".yaml", ".yml", ".json"].includes(extname(name).toLowerCase())) found.push(path);
    if (found.length > MAX_CRD_FILES) throw new UsageError(`--crds: more than ${MAX_CRD_FILES} YAML files; name the directory that holds the CRDs`);
  }
}
function loadCrdDir(given, cwd) {
  const dir = resolve(cwd, given);
  let files = [];
  try {
    if (!statSync(dir).isDirectory()) files = [dir];
    else yamlFiles(dir, files);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`--crds ${given}: ${error.code === "ENOENT" ? "no such file or directory" : error.message}`);
  }
  const sources = [];
  for (const file of files) {
    const shown = relative(cwd, file) || file;
    if (statSync(file).size > MAX_CRD_FILE_BYTES) throw new UsageError(`--crds: ${shown} is larger than ${MAX_CRD_FILE_BYTES} bytes`);
    for (const doc of parseYamlStream(readFileSync(file, "utf8"))) {
      const error = doc.errors[0];
      if (error) {
        const at = error.linePos?.[0];
        throw new UsageError(`--crds: ${shown}${at ? `:${at.line}:${at.col}` : ""}: ${error.message.split("\n")[0]}`);
      }
      const object = yamlToJS(doc);
      if (isCrd(object)) sources.push({ crd: object, source: shown });
    }
  }
  if (sources.length === 0) throw new UsageError(`--crds ${given}: no CustomResourceDefinition found in its YAML files`);
  return sources;
}
export {
  loadCrdDir
};
