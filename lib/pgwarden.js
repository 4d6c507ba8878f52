import {
  main,
  version
} from "./chunk-I5C5AINI.js";
import "./chunk-7BOI5FAZ.js";
export {
  main,
  version
};
