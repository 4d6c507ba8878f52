import {
  FORMATS,
  formatReport,
  runLint,
  version
} from "./chunk-VNHC3VSD.js";
import "./chunk-QRGHLVIL.js";
export {
  FORMATS,
  formatReport,
  runLint,
  version
};
