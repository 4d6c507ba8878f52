import {
  main,
  version
} from "./chunk-M76PQAW5.js";
import "./chunk-QZ43LGBT.js";
export {
  main,
  version
};
