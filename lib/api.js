import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  runLint
} from "./chunk-3VZC2HWJ.js";
import "./chunk-2X626X2K.js";
import "./chunk-VOUUUBPD.js";
import "./chunk-ZHA3ILPZ.js";
import {
  version
} from "./chunk-CJ3UEVPE.js";
import "./chunk-5KK62Y2P.js";
import "./chunk-OU6T2JQX.js";
import "./chunk-3ZR33BMR.js";
import {
  formatReport
} from "./chunk-PHANUCXB.js";
import "./chunk-SFNHIEXI.js";
import {
  FORMATS
} from "./chunk-V6F46OBC.js";
import "./chunk-KRFSQUFG.js";
import "./chunk-UKPS672G.js";
import "./chunk-2AE3BDNP.js";
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
