import {
  FORMATS,
  formatReport,
  runLint,
  version
} from "./chunk-VPJBIKKD.js";
import "./chunk-7BOI5FAZ.js";
export {
  FORMATS,
  formatReport,
  runLint,
  version
};
