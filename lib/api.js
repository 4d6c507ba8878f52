import {
  FORMATS,
  formatReport,
  runLint,
  version
} from "./chunk-VFN45E5Z.js";
import "./chunk-25GW5HGW.js";
export {
  FORMATS,
  formatReport,
  runLint,
  version
};
