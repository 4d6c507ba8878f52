import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  colorFromEnv,
  main,
  version
} from "./chunk-4MT435OR.js";
import "./chunk-HNMVEETU.js";
import "./chunk-3ZR33BMR.js";
import "./chunk-V6F46OBC.js";
import "./chunk-KRFSQUFG.js";
import "./chunk-ED6WIMI7.js";
export {
  colorFromEnv,
  main,
  version
};
