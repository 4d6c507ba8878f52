import {
  FORMATS,
  formatReport,
  runLint,
  version
} from "./chunk-TT24PH3W.js";
import "./chunk-QRGHLVIL.js";
export {
  FORMATS,
  formatReport,
  runLint,
  version
};
