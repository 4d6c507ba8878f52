import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  changedFilesSince
} from "./chunk-FILDT2CV.js";
import "./chunk-3ZR33BMR.js";
import {
  gitTopLevel
} from "./chunk-OYRO2UJ3.js";
import "./chunk-NUU3TWGB.js";
import "./chunk-ATWLMTBJ.js";
import "./chunk-CCDCPPZS.js";
import "./chunk-ED6WIMI7.js";
export {
  changedFilesSince,
  gitTopLevel
};
