import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  loadEngine,
  loadRenderer
} from "./chunk-ISWGKBXL.js";
import "./chunk-DQPDRXJ5.js";
import "./chunk-6VI3RL7H.js";
import "./chunk-NUU3TWGB.js";
import "./chunk-ATWLMTBJ.js";
import "./chunk-CCDCPPZS.js";
import "./chunk-ED6WIMI7.js";
export {
  loadEngine,
  loadRenderer
};
