import {
  FORMATS,
  formatReport,
  runLint,
  version
} from "./chunk-ZWIAS63H.js";
import "./chunk-QRGHLVIL.js";
export {
  FORMATS,
  formatReport,
  runLint,
  version
};
