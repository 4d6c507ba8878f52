import {
  FORMATS,
  formatReport,
  runLint,
  version
} from "./chunk-I5C5AINI.js";
import "./chunk-7BOI5FAZ.js";
export {
  FORMATS,
  formatReport,
  runLint,
  version
};
