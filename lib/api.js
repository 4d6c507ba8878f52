import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  version
} from "./chunk-KMBLMSY5.js";
import {
  runLint
} from "./chunk-S4A5SDQA.js";
import "./chunk-5KK62Y2P.js";
import "./chunk-AY7VO3ZH.js";
import "./chunk-XLF4AICT.js";
import "./chunk-3G7ETMGX.js";
import "./chunk-3ZR33BMR.js";
import "./chunk-VGRE6T7P.js";
import "./chunk-NUU3TWGB.js";
import {
  formatReport
} from "./chunk-66ZPMHCM.js";
import {
  FORMATS
} from "./chunk-V6F46OBC.js";
import "./chunk-2DAQDSXM.js";
import "./chunk-KRFSQUFG.js";
import "./chunk-CCDCPPZS.js";
import "./chunk-ED6WIMI7.js";
export {
  FORMATS,
  formatReport,
  runLint,
  version
};
