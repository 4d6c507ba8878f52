import {
  FORMATS,
  formatReport,
  runLint,
  version
} from "./chunk-MC2JCLYJ.js";
import "./chunk-25GW5HGW.js";
export {
  FORMATS,
  formatReport,
  runLint,
  version
};
