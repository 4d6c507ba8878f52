import {
  changedFilesSince,
  gitTopLevel
} from "./chunk-VUCGDTDH.js";
import "./chunk-VFU6OZAH.js";
export {
  changedFilesSince,
  gitTopLevel
};
