import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  printConfig,
  runLint,
  summarize
} from "./chunk-EMEYKXXO.js";
import "./chunk-A4EKBGDM.js";
import "./chunk-MOCL26Z2.js";
import "./chunk-REPZEEHF.js";
import {
  POLICY_FILE_NAME,
  findPolicyFile,
  loadPolicy
} from "./chunk-BIHES6FS.js";
import "./chunk-3ZR33BMR.js";
import "./chunk-B22LTSPP.js";
import "./chunk-J3OYGDGL.js";
import "./chunk-75JXLHVC.js";
import "./chunk-5O35IAMU.js";
import "./chunk-UIXPAH4V.js";
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
