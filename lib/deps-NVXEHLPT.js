import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  loadEngine,
  loadRenderer
} from "./chunk-BDT66RPH.js";
import "./chunk-UKR6ZIRD.js";
import "./chunk-SL6XH3WC.js";
import "./chunk-NUU3TWGB.js";
import "./chunk-KZPG3NJF.js";
import "./chunk-ED6WIMI7.js";
export {
  loadEngine,
  loadRenderer
};
