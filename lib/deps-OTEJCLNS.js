import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  loadEngine,
  loadRenderer
} from "./chunk-TTFRA3FM.js";
import "./chunk-27TR7XD7.js";
import "./chunk-JM4Y3DLJ.js";
import "./chunk-NUU3TWGB.js";
import "./chunk-Z6PXSKVR.js";
import "./chunk-ED6WIMI7.js";
export {
  loadEngine,
  loadRenderer
};
