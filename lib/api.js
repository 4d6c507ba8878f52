import {
  FORMATS,
  formatReport,
  runLint,
  version
} from "./chunk-FOSMCB3A.js";
import "./chunk-7Z3YMPAC.js";
export {
  FORMATS,
  formatReport,
  runLint,
  version
};
