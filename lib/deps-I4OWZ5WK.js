import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  loadEngine,
  loadRenderer
} from "./chunk-I4Y5L6D6.js";
import "./chunk-24TTQ7KA.js";
import "./chunk-LIMNJ7EK.js";
import "./chunk-NUU3TWGB.js";
import "./chunk-VFY7K52G.js";
import "./chunk-ED6WIMI7.js";
export {
  loadEngine,
  loadRenderer
};
