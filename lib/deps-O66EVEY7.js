import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  loadEngine,
  loadRenderer
} from "./chunk-WTCGCK32.js";
import "./chunk-W5UHA43M.js";
import "./chunk-AOYI5NEN.js";
import "./chunk-5SV3PAFL.js";
import "./chunk-CCDCPPZS.js";
import "./chunk-ED6WIMI7.js";
export {
  loadEngine,
  loadRenderer
};
