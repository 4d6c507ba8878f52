import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  MASK,
  RENDER_MASK,
  credentialMarks,
  isCredentialKey,
  isCredentialName,
  maskObject,
  maskReport,
  maskSource,
  maskSourceText,
  maskText
} from "./chunk-KHVP66ED.js";
import "./chunk-VFY7K52G.js";
import "./chunk-ED6WIMI7.js";
export {
  MASK,
  RENDER_MASK,
  credentialMarks,
  isCredentialKey,
  isCredentialName,
  maskObject,
  maskReport,
  maskSource,
  maskSourceText,
  maskText
};
