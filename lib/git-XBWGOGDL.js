import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  changedFilesSince
} from "./chunk-MOCL26Z2.js";
import "./chunk-3ZR33BMR.js";
import {
  gitTopLevel
} from "./chunk-J3OYGDGL.js";
import "./chunk-NUU3TWGB.js";
import "./chunk-Z6PXSKVR.js";
import "./chunk-ED6WIMI7.js";
export {
  changedFilesSince,
  gitTopLevel
};
