import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  printConfig,
  runLint,
  summarize
} from "./chunk-OCVBXFQB.js";
import "./chunk-NMHX642Q.js";
import "./chunk-FILDT2CV.js";
import {
  POLICY_FILE_NAME,
  findPolicyFile,
  loadPolicy
} from "./chunk-HNMVEETU.js";
import "./chunk-3ZR33BMR.js";
import "./chunk-SFNHIEXI.js";
import "./chunk-OYRO2UJ3.js";
import "./chunk-75JXLHVC.js";
import "./chunk-JD27VK4T.js";
import "./chunk-U5LL7YSF.js";
import "./chunk-NUU3TWGB.js";
import "./chunk-ATWLMTBJ.js";
import "./chunk-CCDCPPZS.js";
import "./chunk-ED6WIMI7.js";
export {
  POLICY_FILE_NAME,
  findPolicyFile,
  loadPolicy,
  printConfig,
  runLint,
  summarize
};
