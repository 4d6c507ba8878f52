import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  runLint,
  summarize
} from "./chunk-46XUV3TB.js";
import "./chunk-GTTQOVZA.js";
import {
  POLICY_FILE_NAME,
  findPolicyFile,
  loadPolicy
} from "./chunk-5KK62Y2P.js";
import "./chunk-KRFSQUFG.js";
import "./chunk-AY7VO3ZH.js";
import "./chunk-XLF4AICT.js";
import "./chunk-MJK4H3QM.js";
import "./chunk-3G7ETMGX.js";
import "./chunk-3ZR33BMR.js";
import "./chunk-VGRE6T7P.js";
import "./chunk-NUU3TWGB.js";
import "./chunk-CCDCPPZS.js";
import "./chunk-ED6WIMI7.js";
export {
  POLICY_FILE_NAME,
  findPolicyFile,
  loadPolicy,
  runLint,
  summarize
};
