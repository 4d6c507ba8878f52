import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  printConfig,
  runLint,
  summarize
} from "./chunk-DFRKMZLD.js";
import "./chunk-VRFX6FKS.js";
import "./chunk-G3UN7FJR.js";
import "./chunk-2GQURQ4C.js";
import {
  POLICY_FILE_NAME,
  findPolicyFile,
  loadPolicy
} from "./chunk-VFF3NK65.js";
import "./chunk-3ZR33BMR.js";
import "./chunk-YF6UO4ZD.js";
import "./chunk-B22LTSPP.js";
import "./chunk-75JXLHVC.js";
import "./chunk-CZOUR2J7.js";
import "./chunk-7KGUZZ74.js";
import "./chunk-NUU3TWGB.js";
import "./chunk-AAI73ULZ.js";
import "./chunk-ED6WIMI7.js";
export {
  POLICY_FILE_NAME,
  findPolicyFile,
  loadPolicy,
  printConfig,
  runLint,
  summarize
};
