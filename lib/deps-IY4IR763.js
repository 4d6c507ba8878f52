import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  loadEngine,
  loadRenderer
} from "./chunk-5IVTSHLM.js";
import "./chunk-UKR6ZIRD.js";
import "./chunk-QEV33P7Q.js";
import "./chunk-NUU3TWGB.js";
import "./chunk-KZPG3NJF.js";
import "./chunk-ED6WIMI7.js";
export {
  loadEngine,
  loadRenderer
};
