import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  runLint
} from "./chunk-WZR2PTR5.js";
import "./chunk-MNXEBTTL.js";
import "./chunk-TJLLM5RY.js";
import {
  version
} from "./chunk-LGTQYKXS.js";
import "./chunk-BJB2RR5P.js";
import "./chunk-BIHES6FS.js";
import "./chunk-3ZR33BMR.js";
import {
  formatReport
} from "./chunk-I4HJGVKZ.js";
import "./chunk-SFNHIEXI.js";
import "./chunk-V4VZDQNV.js";
import {
  FORMATS
} from "./chunk-76GNYLZX.js";
import "./chunk-75JXLHVC.js";
import "./chunk-5EBCMHSW.js";
import "./chunk-MHIL3PC5.js";
import "./chunk-NUU3TWGB.js";
import "./chunk-Z6PXSKVR.js";
import "./chunk-ED6WIMI7.js";
export {
  FORMATS,
  formatReport,
  runLint,
  version
};
