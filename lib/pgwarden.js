import {
  main,
  version
} from "./chunk-VNHC3VSD.js";
import "./chunk-QRGHLVIL.js";
export {
  main,
  version
};
