import {
  FORMATS,
  formatReport,
  runLint,
  version
} from "./chunk-M76PQAW5.js";
import "./chunk-QZ43LGBT.js";
export {
  FORMATS,
  formatReport,
  runLint,
  version
};
