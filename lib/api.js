import {
  FORMATS,
  formatReport,
  runLint,
  version
} from "./chunk-T4SSWX54.js";
import "./chunk-7Z3YMPAC.js";
export {
  FORMATS,
  formatReport,
  runLint,
  version
};
