import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  loadEngine,
  loadRenderer
} from "./chunk-VRFX6FKS.js";
import "./chunk-YF6UO4ZD.js";
import "./chunk-CZOUR2J7.js";
import "./chunk-NUU3TWGB.js";
import "./chunk-AAI73ULZ.js";
import "./chunk-ED6WIMI7.js";
export {
  loadEngine,
  loadRenderer
};
