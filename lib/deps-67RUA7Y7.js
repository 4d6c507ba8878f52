import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  loadEngine,
  loadRenderer
} from "./chunk-ALNYJ45J.js";
import "./chunk-227D3COG.js";
import "./chunk-IYXPBSAZ.js";
import "./chunk-NUU3TWGB.js";
import "./chunk-AAI73ULZ.js";
import "./chunk-ED6WIMI7.js";
export {
  loadEngine,
  loadRenderer
};
