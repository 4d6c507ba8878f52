import {
  main,
  version
} from "./chunk-6UJNEOHK.js";
import "./chunk-LAJTW652.js";
export {
  main,
  version
};
