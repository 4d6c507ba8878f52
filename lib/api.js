import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  runLint
} from "./chunk-CP6EBTJQ.js";
import "./chunk-DJ5UTLYP.js";
import "./chunk-WNC34V6E.js";
import "./chunk-7UOG233K.js";
import {
  version
} from "./chunk-F4Z4HWJN.js";
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
import "./chunk-BDTKAFLH.js";
import "./chunk-5SV3PAFL.js";
import "./chunk-CCDCPPZS.js";
import "./chunk-ED6WIMI7.js";
export {
  FORMATS,
  formatReport,
  runLint,
  version
};
