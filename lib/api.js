import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  version
} from "./chunk-Z63DSQPH.js";
import {
  runLint
} from "./chunk-7XKLVHNQ.js";
import "./chunk-5KK62Y2P.js";
import "./chunk-DHGE5VKI.js";
import "./chunk-L3B25FLU.js";
import "./chunk-YCWBXKXQ.js";
import "./chunk-3ZR33BMR.js";
import {
  formatReport
} from "./chunk-66ZPMHCM.js";
import {
  FORMATS
} from "./chunk-V6F46OBC.js";
import "./chunk-2DAQDSXM.js";
import "./chunk-KRFSQUFG.js";
import "./chunk-CCDCPPZS.js";
import "./chunk-ED6WIMI7.js";
export {
  FORMATS,
  formatReport,
  runLint,
  version
};
