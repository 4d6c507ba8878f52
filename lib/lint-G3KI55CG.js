import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  combineResults,
  runLint,
  summarize
} from "./chunk-7XKLVHNQ.js";
import {
  POLICY_FILE_NAME,
  findPolicyFile,
  loadPolicy
} from "./chunk-5KK62Y2P.js";
import "./chunk-DHGE5VKI.js";
import "./chunk-L3B25FLU.js";
import "./chunk-YCWBXKXQ.js";
import "./chunk-3ZR33BMR.js";
import "./chunk-2DAQDSXM.js";
import "./chunk-KRFSQUFG.js";
import "./chunk-CCDCPPZS.js";
import "./chunk-ED6WIMI7.js";
export {
  POLICY_FILE_NAME,
  combineResults,
  findPolicyFile,
  loadPolicy,
  runLint,
  summarize
};
