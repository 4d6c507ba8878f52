import {
  main,
  version
} from "./chunk-56I4EHOQ.js";
import "./chunk-SBCOEEK7.js";
export {
  main,
  version
};
