import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  runLint
} from "./chunk-O4YKFZ62.js";
import "./chunk-GEJ6GGSX.js";
import "./chunk-NHEEERAP.js";
import {
  version
} from "./chunk-OOHUXPIM.js";
import "./chunk-BJB2RR5P.js";
import "./chunk-HNMVEETU.js";
import "./chunk-3ZR33BMR.js";
import {
  formatReport
} from "./chunk-AGHJLZHE.js";
import "./chunk-SFNHIEXI.js";
import "./chunk-KBBDTQY2.js";
import {
  FORMATS
} from "./chunk-76GNYLZX.js";
import "./chunk-75JXLHVC.js";
import "./chunk-KHVP66ED.js";
import "./chunk-F3G47QUY.js";
import "./chunk-NUU3TWGB.js";
import "./chunk-VFY7K52G.js";
import "./chunk-ED6WIMI7.js";
export {
  FORMATS,
  formatReport,
  runLint,
  version
};
