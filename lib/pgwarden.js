import {
  main,
  version
} from "./chunk-TT24PH3W.js";
import "./chunk-QRGHLVIL.js";
export {
  main,
  version
};
