import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  runLint
} from "./chunk-2OQNSFTL.js";
import "./chunk-VYKO53VC.js";
import "./chunk-NG72RMNQ.js";
import "./chunk-V6XCZZA4.js";
import {
  version
} from "./chunk-DIAEDLU7.js";
import "./chunk-5KK62Y2P.js";
import "./chunk-3ZR33BMR.js";
import {
  formatReport
} from "./chunk-HVZ6QDQ7.js";
import "./chunk-SFNHIEXI.js";
import {
  FORMATS
} from "./chunk-V6F46OBC.js";
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
