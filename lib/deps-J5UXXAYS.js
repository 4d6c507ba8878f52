import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  loadEngine,
  loadRenderer
} from "./chunk-NMHX642Q.js";
import "./chunk-OYRO2UJ3.js";
import "./chunk-U5LL7YSF.js";
import "./chunk-NUU3TWGB.js";
import "./chunk-ATWLMTBJ.js";
import "./chunk-CCDCPPZS.js";
import "./chunk-ED6WIMI7.js";
export {
  loadEngine,
  loadRenderer
};
