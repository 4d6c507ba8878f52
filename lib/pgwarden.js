import {
  main,
  version
} from "./chunk-T2J4H3CK.js";
import "./chunk-QRGHLVIL.js";
export {
  main,
  version
};
