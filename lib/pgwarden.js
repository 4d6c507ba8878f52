import {
  main,
  version
} from "./chunk-SXHDADDT.js";
import "./chunk-QRGHLVIL.js";
export {
  main,
  version
};
