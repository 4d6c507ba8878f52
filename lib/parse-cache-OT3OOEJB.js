import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  MAX_BYTES,
  MAX_ENTRY_BYTES,
  MAX_FILES,
  ParseCache
} from "./chunk-6SGQUXCX.js";
import "./chunk-KZPG3NJF.js";
import "./chunk-ED6WIMI7.js";
export {
  MAX_BYTES,
  MAX_ENTRY_BYTES,
  MAX_FILES,
  ParseCache
};
