import {
  FORMATS,
  formatReport,
  runLint,
  version
} from "./chunk-5I4HDJKR.js";
import "./chunk-QRGHLVIL.js";
export {
  FORMATS,
  formatReport,
  runLint,
  version
};
