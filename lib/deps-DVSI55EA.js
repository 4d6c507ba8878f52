import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  loadEngine,
  loadRenderer
} from "./chunk-KAG2JQJT.js";
import "./chunk-UKR6ZIRD.js";
import "./chunk-LJLXNRM6.js";
import "./chunk-NUU3TWGB.js";
import "./chunk-KZPG3NJF.js";
import "./chunk-ED6WIMI7.js";
export {
  loadEngine,
  loadRenderer
};
