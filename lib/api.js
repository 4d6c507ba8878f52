import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  runLint
} from "./chunk-YOHI2YCI.js";
import "./chunk-MB3RVRGJ.js";
import "./chunk-FZUA7MHC.js";
import {
  version
} from "./chunk-WYCSUHOY.js";
import "./chunk-BJB2RR5P.js";
import "./chunk-HNMVEETU.js";
import "./chunk-3ZR33BMR.js";
import {
  formatReport
} from "./chunk-JJKDYLY5.js";
import "./chunk-SFNHIEXI.js";
import "./chunk-A5C2BCG5.js";
import {
  FORMATS
} from "./chunk-76GNYLZX.js";
import "./chunk-75JXLHVC.js";
import "./chunk-KHVP66ED.js";
import "./chunk-BXDXR4VN.js";
import "./chunk-NUU3TWGB.js";
import "./chunk-VFY7K52G.js";
import "./chunk-ED6WIMI7.js";
export {
  FORMATS,
  formatReport,
  runLint,
  version
};
