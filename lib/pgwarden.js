import {
  main,
  version
} from "./chunk-5I4HDJKR.js";
import "./chunk-QRGHLVIL.js";
export {
  main,
  version
};
