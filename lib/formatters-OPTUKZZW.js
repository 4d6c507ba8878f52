import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  formatReport
} from "./chunk-SNDIA3NP.js";
import "./chunk-SFNHIEXI.js";
import "./chunk-6XMD7SXV.js";
import {
  FORMATS,
  isFormatName
} from "./chunk-76GNYLZX.js";
import "./chunk-75JXLHVC.js";
import "./chunk-KHVP66ED.js";
import "./chunk-NUU3TWGB.js";
import "./chunk-VFY7K52G.js";
import "./chunk-ED6WIMI7.js";
export {
  FORMATS,
  formatReport,
  isFormatName
};
