import {
  FORMATS,
  formatReport,
  runLint,
  version
} from "./chunk-A3LR3NSU.js";
import "./chunk-RUZDMTOC.js";
export {
  FORMATS,
  formatReport,
  runLint,
  version
};
