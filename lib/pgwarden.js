import {
  main,
  version
} from "./chunk-VPDSF3IK.js";
import "./chunk-7Z3YMPAC.js";
export {
  main,
  version
};
