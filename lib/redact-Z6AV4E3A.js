import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  MASK,
  RENDER_MASK,
  credentialMarks,
  isCredentialKey,
  isCredentialName,
  maskFileSource,
  maskObject,
  maskReport,
  maskSource,
  maskSourceText,
  maskText
} from "./chunk-7KGUZZ74.js";
import "./chunk-AAI73ULZ.js";
import "./chunk-ED6WIMI7.js";
export {
  MASK,
  RENDER_MASK,
  credentialMarks,
  isCredentialKey,
  isCredentialName,
  maskFileSource,
  maskObject,
  maskReport,
  maskSource,
  maskSourceText,
  maskText
};
