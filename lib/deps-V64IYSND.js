import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  loadEngine,
  loadRenderer
} from "./chunk-U5NTT6BW.js";
import "./chunk-4YQAONYN.js";
import "./chunk-IYXPBSAZ.js";
import "./chunk-NUU3TWGB.js";
import "./chunk-AAI73ULZ.js";
import "./chunk-ED6WIMI7.js";
export {
  loadEngine,
  loadRenderer
};
