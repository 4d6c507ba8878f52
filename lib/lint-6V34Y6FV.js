import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  printConfig,
  runLint,
  summarize
} from "./chunk-WVIQXTGZ.js";
import "./chunk-WTCGCK32.js";
import "./chunk-32XS5SFP.js";
import "./chunk-W5UHA43M.js";
import {
  POLICY_FILE_NAME,
  findPolicyFile,
  loadPolicy
} from "./chunk-5KK62Y2P.js";
import "./chunk-3ZR33BMR.js";
import "./chunk-SFNHIEXI.js";
import "./chunk-75JXLHVC.js";
import "./chunk-UKPS672G.js";
import "./chunk-AOYI5NEN.js";
import "./chunk-5SV3PAFL.js";
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
