import {
  main,
  version
} from "./chunk-DFK7FJ3R.js";
import "./chunk-QZ43LGBT.js";
export {
  main,
  version
};
