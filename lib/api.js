import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  runLint
} from "./chunk-YOPYUESH.js";
import "./chunk-G6VLFKRY.js";
import "./chunk-TJLLM5RY.js";
import {
  version
} from "./chunk-P6YB4MPD.js";
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
import "./chunk-Z7B54U52.js";
import "./chunk-NUU3TWGB.js";
import "./chunk-Z6PXSKVR.js";
import "./chunk-ED6WIMI7.js";
export {
  FORMATS,
  formatReport,
  runLint,
  version
};
