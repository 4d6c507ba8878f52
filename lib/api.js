import {
  FORMATS,
  formatReport,
  runLint,
  version
} from "./chunk-WU4ACEDL.js";
import "./chunk-7BOI5FAZ.js";
export {
  FORMATS,
  formatReport,
  runLint,
  version
};
