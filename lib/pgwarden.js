import {
  main,
  version
} from "./chunk-VFN45E5Z.js";
import "./chunk-25GW5HGW.js";
export {
  main,
  version
};
