import {
  FORMATS,
  formatReport,
  runLint,
  version
} from "./chunk-AOZYQIQC.js";
import "./chunk-GZVSMQLF.js";
export {
  FORMATS,
  formatReport,
  runLint,
  version
};
