import {
  main,
  version
} from "./chunk-MC2JCLYJ.js";
import "./chunk-25GW5HGW.js";
export {
  main,
  version
};
