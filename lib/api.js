import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  runLint
} from "./chunk-ZM54CULB.js";
import "./chunk-I4Y5L6D6.js";
import "./chunk-YBLM32UV.js";
import {
  version
} from "./chunk-WIURGBVZ.js";
import "./chunk-BJB2RR5P.js";
import "./chunk-HNMVEETU.js";
import "./chunk-3ZR33BMR.js";
import {
  formatReport
} from "./chunk-65S434WR.js";
import "./chunk-SFNHIEXI.js";
import "./chunk-24TTQ7KA.js";
import {
  FORMATS
} from "./chunk-76GNYLZX.js";
import "./chunk-75JXLHVC.js";
import "./chunk-KHVP66ED.js";
import "./chunk-LIMNJ7EK.js";
import "./chunk-NUU3TWGB.js";
import "./chunk-VFY7K52G.js";
import "./chunk-ED6WIMI7.js";
export {
  FORMATS,
  formatReport,
  runLint,
  version
};
