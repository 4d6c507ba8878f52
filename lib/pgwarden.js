import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  main,
  version
} from "./chunk-M7BANOWM.js";
import "./chunk-5KK62Y2P.js";
import "./chunk-3ZR33BMR.js";
import "./chunk-V6F46OBC.js";
import "./chunk-KRFSQUFG.js";
import "./chunk-ED6WIMI7.js";
export {
  main,
  version
};
