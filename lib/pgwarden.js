import {
  main,
  version
} from "./chunk-XV5NUQOG.js";
import "./chunk-SBCOEEK7.js";
export {
  main,
  version
};
