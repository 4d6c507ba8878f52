import {
  main,
  version
} from "./chunk-ZWIAS63H.js";
import "./chunk-QRGHLVIL.js";
export {
  main,
  version
};
