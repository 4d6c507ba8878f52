import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  loadEngine,
  loadRenderer
} from "./chunk-7BQICXC3.js";
import "./chunk-URG6YA5R.js";
import "./chunk-JVJO6D6F.js";
import "./chunk-5SV3PAFL.js";
import "./chunk-CCDCPPZS.js";
import "./chunk-ED6WIMI7.js";
export {
  loadEngine,
  loadRenderer
};
