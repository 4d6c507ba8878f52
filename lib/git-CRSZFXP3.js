import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  changedFilesSince
} from "./chunk-G3UN7FJR.js";
import "./chunk-3ZR33BMR.js";
import {
  gitTopLevel
} from "./chunk-CZOUR2J7.js";
import "./chunk-NUU3TWGB.js";
import "./chunk-AAI73ULZ.js";
import "./chunk-ED6WIMI7.js";
export {
  changedFilesSince,
  gitTopLevel
};
