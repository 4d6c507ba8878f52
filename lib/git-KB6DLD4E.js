import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  changedFilesSince,
  gitTopLevel
} from "./chunk-YCWBXKXQ.js";
import "./chunk-3ZR33BMR.js";
import "./chunk-ED6WIMI7.js";
export {
  changedFilesSince,
  gitTopLevel
};
