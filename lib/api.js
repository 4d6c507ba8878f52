import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  runLint
} from "./chunk-XDYJ2TG6.js";
import "./chunk-TSWFWQQV.js";
import "./chunk-FI23I2GO.js";
import "./chunk-T7566WX4.js";
import {
  version
} from "./chunk-PVBA7MIT.js";
import "./chunk-5KK62Y2P.js";
import "./chunk-MDMV2HGJ.js";
import "./chunk-3ZR33BMR.js";
import {
  formatReport
} from "./chunk-FCPGCUTC.js";
import "./chunk-SFNHIEXI.js";
import {
  FORMATS
} from "./chunk-76GNYLZX.js";
import "./chunk-75JXLHVC.js";
import "./chunk-UKPS672G.js";
import "./chunk-IEYAMPWO.js";
import "./chunk-NUU3TWGB.js";
import "./chunk-ATWLMTBJ.js";
import "./chunk-CCDCPPZS.js";
import "./chunk-ED6WIMI7.js";
export {
  FORMATS,
  formatReport,
  runLint,
  version
};
