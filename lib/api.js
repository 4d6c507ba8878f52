import {
  FORMATS,
  formatReport,
  runLint,
  version
} from "./chunk-XV5NUQOG.js";
import "./chunk-SBCOEEK7.js";
export {
  FORMATS,
  formatReport,
  runLint,
  version
};
