import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  printConfig,
  runLint,
  summarize
} from "./chunk-F6SXUVDA.js";
import "./chunk-TTFRA3FM.js";
import "./chunk-7PHWABCQ.js";
import "./chunk-FACNWMLW.js";
import {
  POLICY_FILE_NAME,
  findPolicyFile,
  loadPolicy
} from "./chunk-VFF3NK65.js";
import "./chunk-3ZR33BMR.js";
import "./chunk-27TR7XD7.js";
import "./chunk-B22LTSPP.js";
import "./chunk-75JXLHVC.js";
import "./chunk-JM4Y3DLJ.js";
import "./chunk-5O35IAMU.js";
import "./chunk-NUU3TWGB.js";
import "./chunk-Z6PXSKVR.js";
import "./chunk-ED6WIMI7.js";
export {
  POLICY_FILE_NAME,
  findPolicyFile,
  loadPolicy,
  printConfig,
  runLint,
  summarize
};
