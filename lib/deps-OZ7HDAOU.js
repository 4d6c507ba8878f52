import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  loadEngine,
  loadRenderer
} from "./chunk-EXTOQSXO.js";
import "./chunk-JTV46K4V.js";
import "./chunk-XQDWL5HE.js";
import "./chunk-NUU3TWGB.js";
import "./chunk-VFY7K52G.js";
import "./chunk-ED6WIMI7.js";
export {
  loadEngine,
  loadRenderer
};
