import {
  FORMATS,
  formatReport,
  runLint,
  version
} from "./chunk-SXHDADDT.js";
import "./chunk-QRGHLVIL.js";
export {
  FORMATS,
  formatReport,
  runLint,
  version
};
