import {
  main,
  version
} from "./chunk-HPGQCNAE.js";
import "./chunk-D2NAGRCH.js";
import "./chunk-VFU6OZAH.js";
import "./chunk-EZGYNAV4.js";
import "./chunk-ORHFXRIU.js";
export {
  main,
  version
};
