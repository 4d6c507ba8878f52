import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  loadEngine,
  loadRenderer
} from "./chunk-WATFNCD4.js";
import "./chunk-DP4SE6UR.js";
import "./chunk-UIXPAH4V.js";
import "./chunk-NUU3TWGB.js";
import "./chunk-Z6PXSKVR.js";
import "./chunk-ED6WIMI7.js";
export {
  loadEngine,
  loadRenderer
};
