import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  runLint
} from "./chunk-WVIQXTGZ.js";
import "./chunk-WTCGCK32.js";
import "./chunk-32XS5SFP.js";
import "./chunk-W5UHA43M.js";
import {
  version
} from "./chunk-GI5NRV26.js";
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
