import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  loadEngine,
  loadRenderer
} from "./chunk-R4CIXWDM.js";
import "./chunk-6XMD7SXV.js";
import "./chunk-DCZCMNGJ.js";
import "./chunk-NUU3TWGB.js";
import "./chunk-VFY7K52G.js";
import "./chunk-ED6WIMI7.js";
export {
  loadEngine,
  loadRenderer
};
