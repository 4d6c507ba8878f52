import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  loadEngine,
  loadRenderer
} from "./chunk-OAS5U6FD.js";
import "./chunk-5A3DZBJK.js";
import "./chunk-HFZ536IV.js";
import "./chunk-NUU3TWGB.js";
import "./chunk-VFY7K52G.js";
import "./chunk-ED6WIMI7.js";
export {
  loadEngine,
  loadRenderer
};
