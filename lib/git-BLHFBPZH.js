import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  changedFilesSince
} from "./chunk-GUESJCEK.js";
import "./chunk-3ZR33BMR.js";
import {
  gitTopLevel
} from "./chunk-QEV33P7Q.js";
import "./chunk-NUU3TWGB.js";
import "./chunk-KZPG3NJF.js";
import "./chunk-ED6WIMI7.js";
export {
  changedFilesSince,
  gitTopLevel
};
