import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  main,
  version
} from "./chunk-CRIZVGRG.js";
import "./chunk-BJB2RR5P.js";
import "./chunk-HNMVEETU.js";
import "./chunk-3ZR33BMR.js";
import "./chunk-76GNYLZX.js";
import "./chunk-KRFSQUFG.js";
import "./chunk-ED6WIMI7.js";
export {
  main,
  version
};
