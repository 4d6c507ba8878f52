import {
  formatReport
} from "./chunk-IZUNDSQZ.js";
import {
  FORMATS,
  isFormatName
} from "./chunk-EZGYNAV4.js";
import "./chunk-INALJVH5.js";
import "./chunk-ORHFXRIU.js";
export {
  FORMATS,
  formatReport,
  isFormatName
};
