import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  loadEngine,
  loadRenderer
} from "./chunk-JHGHGZGH.js";
import "./chunk-J3OYGDGL.js";
import "./chunk-Z7B54U52.js";
import "./chunk-NUU3TWGB.js";
import "./chunk-Z6PXSKVR.js";
import "./chunk-ED6WIMI7.js";
export {
  loadEngine,
  loadRenderer
};
