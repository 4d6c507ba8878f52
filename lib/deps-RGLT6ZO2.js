import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  loadEngine,
  loadRenderer
} from "./chunk-AY7VO3ZH.js";
import "./chunk-XLF4AICT.js";
import "./chunk-VGRE6T7P.js";
import "./chunk-NUU3TWGB.js";
import "./chunk-CCDCPPZS.js";
import "./chunk-ED6WIMI7.js";
export {
  loadEngine,
  loadRenderer
};
