import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  runLint
} from "./chunk-65DJ6XHC.js";
import "./chunk-7BQICXC3.js";
import "./chunk-GBVKAFLL.js";
import "./chunk-URG6YA5R.js";
import {
  version
} from "./chunk-NYF2XCLK.js";
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
import "./chunk-JVJO6D6F.js";
import "./chunk-5SV3PAFL.js";
import "./chunk-CCDCPPZS.js";
import "./chunk-ED6WIMI7.js";
export {
  FORMATS,
  formatReport,
  runLint,
  version
};
