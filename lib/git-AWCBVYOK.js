import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  changedFilesSince
} from "./chunk-T2YDCMHY.js";
import "./chunk-3ZR33BMR.js";
import {
  gitTopLevel
} from "./chunk-LJLXNRM6.js";
import "./chunk-NUU3TWGB.js";
import "./chunk-KZPG3NJF.js";
import "./chunk-ED6WIMI7.js";
export {
  changedFilesSince,
  gitTopLevel
};
