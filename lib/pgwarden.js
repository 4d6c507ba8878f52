import {
  main,
  version
} from "./chunk-3G2KGKQE.js";
import "./chunk-QRGHLVIL.js";
export {
  main,
  version
};
