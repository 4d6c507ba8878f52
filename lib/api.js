import {
  FORMATS,
  formatReport,
  runLint,
  version
} from "./chunk-DFK7FJ3R.js";
import "./chunk-QZ43LGBT.js";
export {
  FORMATS,
  formatReport,
  runLint,
  version
};
