import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  runLint
} from "./chunk-2OQNSFTL.js";
import "./chunk-VYKO53VC.js";
import "./chunk-NG72RMNQ.js";
import "./chunk-V6XCZZA4.js";
import {
  version
} from "./chunk-KYKH5LZF.js";
import "./chunk-5KK62Y2P.js";
import "./chunk-3ZR33BMR.js";
import {
  formatReport
} from "./chunk-N3JN6G3T.js";
import "./chunk-SFNHIEXI.js";
import {
  FORMATS
} from "./chunk-76GNYLZX.js";
import "./chunk-KRFSQUFG.js";
import "./chunk-UKPS672G.js";
import "./chunk-MN6SYPXR.js";
import "./chunk-5SV3PAFL.js";
import "./chunk-CCDCPPZS.js";
import "./chunk-ED6WIMI7.js";
export {
  FORMATS,
  formatReport,
  runLint,
  version
};
