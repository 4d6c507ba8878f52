import {
  FORMATS,
  formatReport,
  runLint,
  version
} from "./chunk-3G2KGKQE.js";
import "./chunk-QRGHLVIL.js";
export {
  FORMATS,
  formatReport,
  runLint,
  version
};
