import {
  FORMATS,
  formatReport,
  runLint,
  version
} from "./chunk-IP2XZJ5W.js";
import "./chunk-7BOI5FAZ.js";
export {
  FORMATS,
  formatReport,
  runLint,
  version
};
