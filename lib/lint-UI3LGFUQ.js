import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  printConfig,
  runLint,
  summarize
} from "./chunk-ZM54CULB.js";
import "./chunk-I4Y5L6D6.js";
import "./chunk-YBLM32UV.js";
import {
  POLICY_FILE_NAME,
  findPolicyFile,
  loadPolicy
} from "./chunk-HNMVEETU.js";
import "./chunk-3ZR33BMR.js";
import "./chunk-SFNHIEXI.js";
import "./chunk-24TTQ7KA.js";
import "./chunk-75JXLHVC.js";
import "./chunk-KHVP66ED.js";
import "./chunk-LIMNJ7EK.js";
import "./chunk-NUU3TWGB.js";
import "./chunk-VFY7K52G.js";
import "./chunk-ED6WIMI7.js";
export {
  POLICY_FILE_NAME,
  findPolicyFile,
  loadPolicy,
  printConfig,
  runLint,
  summarize
};
