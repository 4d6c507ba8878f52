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
} from "./chunk-JD27VK4T.js";
import "./chunk-CCDCPPZS.js";
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
