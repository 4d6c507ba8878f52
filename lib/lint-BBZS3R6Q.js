import {
  combineResults,
  runLint,
  summarize
} from "./chunk-JFUBMXP5.js";
import {
  POLICY_FILE_NAME,
  findPolicyFile,
  loadPolicy
} from "./chunk-D2NAGRCH.js";
import "./chunk-F3X3RXYN.js";
import "./chunk-CWSQN6TS.js";
import "./chunk-VUCGDTDH.js";
import "./chunk-VFU6OZAH.js";
import "./chunk-INALJVH5.js";
import "./chunk-ORHFXRIU.js";
export {
  POLICY_FILE_NAME,
  combineResults,
  findPolicyFile,
  loadPolicy,
  runLint,
  summarize
};
