import {
  loadEngine,
  loadRenderer
} from "./chunk-F3X3RXYN.js";
import "./chunk-CWSQN6TS.js";
export {
  loadEngine,
  loadRenderer
};
