import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  runLint
} from "./chunk-XEYOW7IM.js";
import "./chunk-TUAQRABM.js";
import "./chunk-NG72RMNQ.js";
import "./chunk-V6XCZZA4.js";
import {
  version
} from "./chunk-YSCPNFIZ.js";
import "./chunk-5KK62Y2P.js";
import "./chunk-MDMV2HGJ.js";
import "./chunk-3ZR33BMR.js";
import {
  formatReport
} from "./chunk-SHQQFHGC.js";
import "./chunk-SFNHIEXI.js";
import {
  FORMATS
} from "./chunk-76GNYLZX.js";
import "./chunk-KRFSQUFG.js";
import "./chunk-UKPS672G.js";
import "./chunk-AOYI5NEN.js";
import "./chunk-5SV3PAFL.js";
import "./chunk-CCDCPPZS.js";
import "./chunk-ED6WIMI7.js";
export {
  FORMATS,
  formatReport,
  runLint,
  version
};
