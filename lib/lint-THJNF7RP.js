import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  printConfig,
  runLint,
  summarize
} from "./chunk-WZR2PTR5.js";
import "./chunk-MNXEBTTL.js";
import "./chunk-TJLLM5RY.js";
import {
  POLICY_FILE_NAME,
  findPolicyFile,
  loadPolicy
} from "./chunk-BIHES6FS.js";
import "./chunk-3ZR33BMR.js";
import "./chunk-SFNHIEXI.js";
import "./chunk-V4VZDQNV.js";
import "./chunk-75JXLHVC.js";
import "./chunk-5EBCMHSW.js";
import "./chunk-MHIL3PC5.js";
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
