import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  loadEngine,
  loadRenderer
} from "./chunk-4Q76HXLQ.js";
import "./chunk-GSFU5PYX.js";
import "./chunk-27TR7XD7.js";
import "./chunk-NUU3TWGB.js";
import "./chunk-Z6PXSKVR.js";
import "./chunk-ED6WIMI7.js";
export {
  loadEngine,
  loadRenderer
};
