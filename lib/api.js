import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  runLint
} from "./chunk-TYSVI6Z5.js";
import "./chunk-IRXHCRWH.js";
import "./chunk-3LYWJG7G.js";
import "./chunk-CHN3NP43.js";
import {
  version
} from "./chunk-7NIQ3JG6.js";
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
import "./chunk-DKXJEISG.js";
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
