import {
  FORMATS,
  formatReport,
  runLint,
  version
} from "./chunk-SCFRYQQD.js";
import "./chunk-SBCOEEK7.js";
export {
  FORMATS,
  formatReport,
  runLint,
  version
};
