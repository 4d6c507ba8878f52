import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  runLint
} from "./chunk-F6SXUVDA.js";
import "./chunk-TTFRA3FM.js";
import "./chunk-7PHWABCQ.js";
import "./chunk-FACNWMLW.js";
import {
  version
} from "./chunk-DZH5L5E5.js";
import "./chunk-BJB2RR5P.js";
import "./chunk-VFF3NK65.js";
import "./chunk-3ZR33BMR.js";
import "./chunk-27TR7XD7.js";
import {
  formatReport
} from "./chunk-LFU6ZQVY.js";
import "./chunk-B22LTSPP.js";
import {
  FORMATS
} from "./chunk-76GNYLZX.js";
import "./chunk-75JXLHVC.js";
import "./chunk-JM4Y3DLJ.js";
import "./chunk-5O35IAMU.js";
import "./chunk-NUU3TWGB.js";
import "./chunk-Z6PXSKVR.js";
import "./chunk-ED6WIMI7.js";
export {
  FORMATS,
  formatReport,
  runLint,
  version
};
