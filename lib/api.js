import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  runLint
} from "./chunk-LKN4PSS6.js";
import "./chunk-5IVTSHLM.js";
import "./chunk-GUESJCEK.js";
import "./chunk-6SGQUXCX.js";
import {
  version
} from "./chunk-XAPVHBV7.js";
import "./chunk-BJB2RR5P.js";
import "./chunk-VFF3NK65.js";
import "./chunk-3ZR33BMR.js";
import "./chunk-UKR6ZIRD.js";
import {
  formatReport
} from "./chunk-YAGMM2PZ.js";
import "./chunk-B22LTSPP.js";
import {
  FORMATS
} from "./chunk-76GNYLZX.js";
import "./chunk-75JXLHVC.js";
import "./chunk-QEV33P7Q.js";
import "./chunk-4MUFVCMV.js";
import "./chunk-NUU3TWGB.js";
import "./chunk-KZPG3NJF.js";
import "./chunk-ED6WIMI7.js";
export {
  FORMATS,
  formatReport,
  runLint,
  version
};
