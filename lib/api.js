import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  runLint
} from "./chunk-EMEYKXXO.js";
import "./chunk-A4EKBGDM.js";
import "./chunk-MOCL26Z2.js";
import "./chunk-REPZEEHF.js";
import {
  version
} from "./chunk-LKSPVUSZ.js";
import "./chunk-BJB2RR5P.js";
import "./chunk-BIHES6FS.js";
import "./chunk-3ZR33BMR.js";
import {
  formatReport
} from "./chunk-HHNOPUXK.js";
import "./chunk-B22LTSPP.js";
import "./chunk-J3OYGDGL.js";
import {
  FORMATS
} from "./chunk-76GNYLZX.js";
import "./chunk-75JXLHVC.js";
import "./chunk-5O35IAMU.js";
import "./chunk-UIXPAH4V.js";
import "./chunk-NUU3TWGB.js";
import "./chunk-Z6PXSKVR.js";
import "./chunk-ED6WIMI7.js";
export {
  FORMATS,
  formatReport,
  runLint,
  version
};
