import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  formatReport
} from "./chunk-6X5LWRYV.js";
import "./chunk-SFNHIEXI.js";
import "./chunk-OYRO2UJ3.js";
import {
  FORMATS,
  isFormatName
} from "./chunk-76GNYLZX.js";
import "./chunk-75JXLHVC.js";
import "./chunk-JD27VK4T.js";
import "./chunk-NUU3TWGB.js";
import "./chunk-ATWLMTBJ.js";
import "./chunk-CCDCPPZS.js";
import "./chunk-ED6WIMI7.js";
export {
  FORMATS,
  formatReport,
  isFormatName
};
