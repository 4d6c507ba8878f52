import {
  main,
  version
} from "./chunk-FOSMCB3A.js";
import "./chunk-7Z3YMPAC.js";
export {
  main,
  version
};
