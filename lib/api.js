import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  runLint
} from "./chunk-OCVBXFQB.js";
import "./chunk-NMHX642Q.js";
import "./chunk-FILDT2CV.js";
import {
  version
} from "./chunk-W2ZOAWI6.js";
import "./chunk-BJB2RR5P.js";
import "./chunk-HNMVEETU.js";
import "./chunk-3ZR33BMR.js";
import {
  formatReport
} from "./chunk-6X5LWRYV.js";
import "./chunk-SFNHIEXI.js";
import "./chunk-OYRO2UJ3.js";
import {
  FORMATS
} from "./chunk-76GNYLZX.js";
import "./chunk-75JXLHVC.js";
import "./chunk-JD27VK4T.js";
import "./chunk-U5LL7YSF.js";
import "./chunk-NUU3TWGB.js";
import "./chunk-ATWLMTBJ.js";
import "./chunk-CCDCPPZS.js";
import "./chunk-ED6WIMI7.js";
export {
  FORMATS,
  formatReport,
  runLint,
  version
};
