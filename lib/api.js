import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  formatReport
} from "./chunk-CSCAEEL3.js";
import {
  version
} from "./chunk-YQ2RWOCJ.js";
import {
  FORMATS
} from "./chunk-V6F46OBC.js";
import {
  runLint
} from "./chunk-46XUV3TB.js";
import "./chunk-GTTQOVZA.js";
import "./chunk-5KK62Y2P.js";
import "./chunk-KRFSQUFG.js";
import "./chunk-AY7VO3ZH.js";
import "./chunk-XLF4AICT.js";
import "./chunk-MJK4H3QM.js";
import "./chunk-3G7ETMGX.js";
import "./chunk-3ZR33BMR.js";
import "./chunk-VGRE6T7P.js";
import "./chunk-NUU3TWGB.js";
import "./chunk-CCDCPPZS.js";
import "./chunk-ED6WIMI7.js";
export {
  FORMATS,
  formatReport,
  runLint,
  version
};
