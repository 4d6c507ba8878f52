import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  changedFilesSince
} from "./chunk-ZBEADV5N.js";
import "./chunk-3ZR33BMR.js";
import {
  gitTopLevel
} from "./chunk-M7YHWTMJ.js";
import "./chunk-NUU3TWGB.js";
import "./chunk-AAI73ULZ.js";
import "./chunk-ED6WIMI7.js";
export {
  changedFilesSince,
  gitTopLevel
};
