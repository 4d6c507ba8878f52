import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  main,
  version
} from "./chunk-4JZQSS3R.js";
import "./chunk-5KK62Y2P.js";
import "./chunk-MDMV2HGJ.js";
import "./chunk-3ZR33BMR.js";
import "./chunk-76GNYLZX.js";
import "./chunk-KRFSQUFG.js";
import "./chunk-ED6WIMI7.js";
export {
  main,
  version
};
