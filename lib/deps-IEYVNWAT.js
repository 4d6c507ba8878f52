import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  loadEngine,
  loadRenderer
} from "./chunk-JVSUUWUX.js";
import "./chunk-YF6UO4ZD.js";
import "./chunk-M7YHWTMJ.js";
import "./chunk-NUU3TWGB.js";
import "./chunk-AAI73ULZ.js";
import "./chunk-ED6WIMI7.js";
export {
  loadEngine,
  loadRenderer
};
