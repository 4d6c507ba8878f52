import {
  main,
  version
} from "./chunk-EGESOH4N.js";
import "./chunk-25GW5HGW.js";
export {
  main,
  version
};
