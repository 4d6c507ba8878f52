import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  formatReport
} from "./chunk-LFU6ZQVY.js";
import "./chunk-B22LTSPP.js";
import {
  FORMATS,
  isFormatName
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
  isFormatName
};
