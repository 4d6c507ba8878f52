import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  runLint
} from "./chunk-DCBDUIPQ.js";
import "./chunk-U5NTT6BW.js";
import "./chunk-3MRAOZTA.js";
import "./chunk-2GQURQ4C.js";
import {
  version
} from "./chunk-XZVAV3FV.js";
import "./chunk-BJB2RR5P.js";
import "./chunk-VFF3NK65.js";
import "./chunk-3ZR33BMR.js";
import "./chunk-4YQAONYN.js";
import {
  formatReport
} from "./chunk-PJPKBUB4.js";
import "./chunk-B22LTSPP.js";
import {
  FORMATS
} from "./chunk-76GNYLZX.js";
import "./chunk-75JXLHVC.js";
import "./chunk-IYXPBSAZ.js";
import "./chunk-WTUEAHNI.js";
import "./chunk-NUU3TWGB.js";
import "./chunk-AAI73ULZ.js";
import "./chunk-ED6WIMI7.js";
export {
  FORMATS,
  formatReport,
  runLint,
  version
};
