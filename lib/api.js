import {
  FORMATS,
  formatReport,
  runLint,
  version
} from "./chunk-QTE57ZPZ.js";
import "./chunk-7Z3YMPAC.js";
export {
  FORMATS,
  formatReport,
  runLint,
  version
};
