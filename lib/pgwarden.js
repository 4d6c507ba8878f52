import {
  main,
  version
} from "./chunk-VPJBIKKD.js";
import "./chunk-7BOI5FAZ.js";
export {
  main,
  version
};
