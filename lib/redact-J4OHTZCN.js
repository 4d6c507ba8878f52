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
} from "./chunk-4MUFVCMV.js";
import "./chunk-KZPG3NJF.js";
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
