import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  PolicyFileError
} from "./chunk-3ZR33BMR.js";

// src/cli/policy-file.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
var POLICY_FILE_NAME = ".pgwarden.yaml";
function findPolicyFile(start) {
  let dir = resolve(start);
  for (; ; ) {
    const candidate = join(dir, POLICY_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return void 0;
    dir = parent;
  }
}
function loadPolicy(engine, file, memo) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new PolicyFileError(`${file}: cannot read policy (${error.code ?? "error"})`);
  }
  const remembered = memo?.get(file, text, MEMO_KIND);
  if (remembered && Array.isArray(remembered.policies) && remembered.policies.length > 0) return remembered;
  let policySet;
  try {
    policySet = engine.parsePolicy(text, file);
  } catch (error) {
    throw new PolicyFileError(error.message || String(error));
  }
  memo?.set(file, text, MEMO_KIND, policySet);
  return policySet;
}
var MEMO_KIND = "policy";

export {
  POLICY_FILE_NAME,
  findPolicyFile,
  loadPolicy
};
