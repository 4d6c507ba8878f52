import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  printConfig,
  runLint,
  summarize
} from "./chunk-LKN4PSS6.js";
import "./chunk-5IVTSHLM.js";
import "./chunk-GUESJCEK.js";
import "./chunk-6SGQUXCX.js";
import {
  POLICY_FILE_NAME,
  findPolicyFile,
  loadPolicy
} from "./chunk-VFF3NK65.js";
import "./chunk-3ZR33BMR.js";
import "./chunk-UKR6ZIRD.js";
import "./chunk-B22LTSPP.js";
import "./chunk-75JXLHVC.js";
import "./chunk-QEV33P7Q.js";
import "./chunk-4MUFVCMV.js";
import "./chunk-NUU3TWGB.js";
import "./chunk-KZPG3NJF.js";
import "./chunk-ED6WIMI7.js";
export {
  POLICY_FILE_NAME,
  findPolicyFile,
  loadPolicy,
  printConfig,
  runLint,
  summarize
};
