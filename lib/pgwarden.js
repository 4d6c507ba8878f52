import {
  main,
  version
} from "./chunk-T4SSWX54.js";
import "./chunk-7Z3YMPAC.js";
export {
  main,
  version
};
