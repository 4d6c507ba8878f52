import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  runLint,
  summarize
} from "./chunk-65DJ6XHC.js";
import "./chunk-7BQICXC3.js";
import "./chunk-GBVKAFLL.js";
import "./chunk-URG6YA5R.js";
import {
  POLICY_FILE_NAME,
  findPolicyFile,
  loadPolicy
} from "./chunk-5KK62Y2P.js";
import "./chunk-3ZR33BMR.js";
import "./chunk-SFNHIEXI.js";
import "./chunk-KRFSQUFG.js";
import "./chunk-UKPS672G.js";
import "./chunk-JVJO6D6F.js";
import "./chunk-5SV3PAFL.js";
import "./chunk-CCDCPPZS.js";
import "./chunk-ED6WIMI7.js";
export {
  POLICY_FILE_NAME,
  findPolicyFile,
  loadPolicy,
  runLint,
  summarize
};
