import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  main,
  version
} from "./chunk-F4Z4HWJN.js";
import "./chunk-5KK62Y2P.js";
import "./chunk-MDMV2HGJ.js";
import "./chunk-3ZR33BMR.js";
import "./chunk-76GNYLZX.js";
import "./chunk-75JXLHVC.js";
import "./chunk-ED6WIMI7.js";
export {
  main,
  version
};
