import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  runLint
} from "./chunk-U4RVCUJA.js";
import "./chunk-3XXI5NK3.js";
import "./chunk-LWJTZANJ.js";
import "./chunk-GKRISW5R.js";
import {
  version
} from "./chunk-M7BANOWM.js";
import "./chunk-5KK62Y2P.js";
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
import "./chunk-X43BXRM7.js";
import "./chunk-5SV3PAFL.js";
import "./chunk-CCDCPPZS.js";
import "./chunk-ED6WIMI7.js";
export {
  FORMATS,
  formatReport,
  runLint,
  version
};
