import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  runLint
} from "./chunk-OGZUPZ3P.js";
import "./chunk-4Q76HXLQ.js";
import "./chunk-ESX3LKRT.js";
import "./chunk-FACNWMLW.js";
import {
  version
} from "./chunk-NI6RLEEQ.js";
import "./chunk-BJB2RR5P.js";
import "./chunk-VFF3NK65.js";
import "./chunk-3ZR33BMR.js";
import {
  formatReport
} from "./chunk-BWH6J7NR.js";
import "./chunk-B22LTSPP.js";
import "./chunk-GSFU5PYX.js";
import {
  FORMATS
} from "./chunk-76GNYLZX.js";
import "./chunk-75JXLHVC.js";
import "./chunk-5O35IAMU.js";
import "./chunk-27TR7XD7.js";
import "./chunk-NUU3TWGB.js";
import "./chunk-Z6PXSKVR.js";
import "./chunk-ED6WIMI7.js";
export {
  FORMATS,
  formatReport,
  runLint,
  version
};
