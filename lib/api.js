import {
  FORMATS,
  formatReport,
  runLint,
  version
} from "./chunk-T2J4H3CK.js";
import "./chunk-QRGHLVIL.js";
export {
  FORMATS,
  formatReport,
  runLint,
  version
};
