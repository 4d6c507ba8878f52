import {
  FORMATS,
  formatReport,
  runLint,
  version
} from "./chunk-VPDSF3IK.js";
import "./chunk-7Z3YMPAC.js";
export {
  FORMATS,
  formatReport,
  runLint,
  version
};
