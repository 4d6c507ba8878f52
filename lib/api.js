import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  runLint
} from "./chunk-XQMHQLA2.js";
import "./chunk-JVSUUWUX.js";
import "./chunk-ZBEADV5N.js";
import "./chunk-2GQURQ4C.js";
import {
  version
} from "./chunk-N6O7IRSO.js";
import "./chunk-BJB2RR5P.js";
import "./chunk-VFF3NK65.js";
import "./chunk-3ZR33BMR.js";
import "./chunk-YF6UO4ZD.js";
import {
  formatReport
} from "./chunk-F65NPMEJ.js";
import "./chunk-B22LTSPP.js";
import {
  FORMATS
} from "./chunk-76GNYLZX.js";
import "./chunk-75JXLHVC.js";
import "./chunk-M7YHWTMJ.js";
import "./chunk-7KGUZZ74.js";
import "./chunk-NUU3TWGB.js";
import "./chunk-AAI73ULZ.js";
import "./chunk-ED6WIMI7.js";
export {
  FORMATS,
  formatReport,
  runLint,
  version
};
