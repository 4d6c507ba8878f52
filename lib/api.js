import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  runLint
} from "./chunk-DFRKMZLD.js";
import "./chunk-VRFX6FKS.js";
import "./chunk-G3UN7FJR.js";
import "./chunk-2GQURQ4C.js";
import {
  version
} from "./chunk-4G6CFZ43.js";
import "./chunk-BJB2RR5P.js";
import "./chunk-VFF3NK65.js";
import "./chunk-3ZR33BMR.js";
import "./chunk-YF6UO4ZD.js";
import {
  formatReport
} from "./chunk-64FHDUYM.js";
import "./chunk-B22LTSPP.js";
import {
  FORMATS
} from "./chunk-76GNYLZX.js";
import "./chunk-75JXLHVC.js";
import "./chunk-CZOUR2J7.js";
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
