import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  main,
  version
} from "./chunk-JYM2F5D6.js";
import "./chunk-BJB2RR5P.js";
import "./chunk-HNMVEETU.js";
import "./chunk-3ZR33BMR.js";
import "./chunk-76GNYLZX.js";
import "./chunk-75JXLHVC.js";
import "./chunk-ED6WIMI7.js";
export {
  main,
  version
};
