import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  formatReport
} from "./chunk-F4AY7PEC.js";
import "./chunk-SFNHIEXI.js";
import {
  FORMATS,
  isFormatName
} from "./chunk-V6F46OBC.js";
import "./chunk-KRFSQUFG.js";
import "./chunk-MJK4H3QM.js";
import "./chunk-CCDCPPZS.js";
import "./chunk-ED6WIMI7.js";
export {
  FORMATS,
  formatReport,
  isFormatName
};
