import {
  FORMATS,
  formatReport,
  runLint,
  version
} from "./chunk-6UJNEOHK.js";
import "./chunk-LAJTW652.js";
export {
  FORMATS,
  formatReport,
  runLint,
  version
};
