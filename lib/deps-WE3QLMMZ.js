import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  loadEngine,
  loadRenderer
} from "./chunk-A4EKBGDM.js";
import "./chunk-J3OYGDGL.js";
import "./chunk-UIXPAH4V.js";
import "./chunk-NUU3TWGB.js";
import "./chunk-Z6PXSKVR.js";
import "./chunk-ED6WIMI7.js";
export {
  loadEngine,
  loadRenderer
};
