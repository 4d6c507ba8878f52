import {
  main,
  version
} from "./chunk-QTE57ZPZ.js";
import "./chunk-7Z3YMPAC.js";
export {
  main,
  version
};
