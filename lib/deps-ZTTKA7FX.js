import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  loadEngine,
  loadRenderer
} from "./chunk-GEJ6GGSX.js";
import "./chunk-KBBDTQY2.js";
import "./chunk-F3G47QUY.js";
import "./chunk-NUU3TWGB.js";
import "./chunk-VFY7K52G.js";
import "./chunk-ED6WIMI7.js";
export {
  loadEngine,
  loadRenderer
};
