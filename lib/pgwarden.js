import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  main
} from "./chunk-XAPVHBV7.js";
import "./chunk-BJB2RR5P.js";
import "./chunk-VFF3NK65.js";
import "./chunk-3ZR33BMR.js";
import "./chunk-76GNYLZX.js";
import "./chunk-75JXLHVC.js";
import "./chunk-ED6WIMI7.js";

// src/main.ts
async function main2(argv) {
  if (argv[0] === "serve") {
    const { serveMain } = await import("./webhook-C52W7GTD.js");
    return serveMain(argv.slice(1));
  }
  return main(argv);
}
export {
  main2 as main
};
