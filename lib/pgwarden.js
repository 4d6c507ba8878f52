import {
  main,
  version
} from "./chunk-SCFRYQQD.js";
import "./chunk-SBCOEEK7.js";
export {
  main,
  version
};
