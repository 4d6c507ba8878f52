import {
  FORMATS,
  formatReport,
  runLint,
  version
} from "./chunk-56I4EHOQ.js";
import "./chunk-SBCOEEK7.js";
export {
  FORMATS,
  formatReport,
  runLint,
  version
};
