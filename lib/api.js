import {
  FORMATS,
  formatReport,
  runLint,
  version
} from "./chunk-EGESOH4N.js";
import "./chunk-25GW5HGW.js";
export {
  FORMATS,
  formatReport,
  runLint,
  version
};
