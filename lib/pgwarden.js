import {
  main,
  version
} from "./chunk-WU4ACEDL.js";
import "./chunk-7BOI5FAZ.js";
export {
  main,
  version
};
