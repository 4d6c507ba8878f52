import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  runLint
} from "./chunk-46KHKA4X.js";
import "./chunk-R4CIXWDM.js";
import "./chunk-4J6Z65X2.js";
import {
  version
} from "./chunk-RCAQQEFE.js";
import "./chunk-BJB2RR5P.js";
import "./chunk-HNMVEETU.js";
import "./chunk-3ZR33BMR.js";
import {
  formatReport
} from "./chunk-SNDIA3NP.js";
import "./chunk-SFNHIEXI.js";
import "./chunk-6XMD7SXV.js";
import {
  FORMATS
} from "./chunk-76GNYLZX.js";
import "./chunk-75JXLHVC.js";
import "./chunk-KHVP66ED.js";
import "./chunk-DCZCMNGJ.js";
import "./chunk-NUU3TWGB.js";
import "./chunk-VFY7K52G.js";
import "./chunk-ED6WIMI7.js";
export {
  FORMATS,
  formatReport,
  runLint,
  version
};
