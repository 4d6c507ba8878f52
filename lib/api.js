import {
  version
} from "./chunk-HPGQCNAE.js";
import {
  runLint
} from "./chunk-JFUBMXP5.js";
import "./chunk-D2NAGRCH.js";
import "./chunk-F3X3RXYN.js";
import "./chunk-CWSQN6TS.js";
import "./chunk-VUCGDTDH.js";
import "./chunk-VFU6OZAH.js";
import {
  formatReport
} from "./chunk-IZUNDSQZ.js";
import {
  FORMATS
} from "./chunk-EZGYNAV4.js";
import "./chunk-INALJVH5.js";
import "./chunk-ORHFXRIU.js";
export {
  FORMATS,
  formatReport,
  runLint,
  version
};
