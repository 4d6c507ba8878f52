import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  formatReport
} from "./chunk-YAGMM2PZ.js";
import "./chunk-B22LTSPP.js";
import {
  FORMATS,
  isFormatName
} from "./chunk-76GNYLZX.js";
import "./chunk-75JXLHVC.js";
import "./chunk-QEV33P7Q.js";
import "./chunk-4MUFVCMV.js";
import "./chunk-NUU3TWGB.js";
import "./chunk-KZPG3NJF.js";
import "./chunk-ED6WIMI7.js";
export {
  FORMATS,
  formatReport,
  isFormatName
};
