import {
  main,
  version
} from "./chunk-IP2XZJ5W.js";
import "./chunk-7BOI5FAZ.js";
export {
  main,
  version
};
