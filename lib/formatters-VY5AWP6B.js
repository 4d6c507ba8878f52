import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  formatReport
} from "./chunk-64FHDUYM.js";
import "./chunk-B22LTSPP.js";
import {
  FORMATS,
  isFormatName
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
  isFormatName
};
