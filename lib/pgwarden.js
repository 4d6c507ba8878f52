import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  main
} from "./chunk-5XCUAEE6.js";
import "./chunk-5KK62Y2P.js";
import "./chunk-OU6T2JQX.js";
import "./chunk-3ZR33BMR.js";
import "./chunk-V6F46OBC.js";
import "./chunk-KRFSQUFG.js";
import "./chunk-ED6WIMI7.js";

// src/main.ts
async function main2(argv) {
  if (argv[0] === "serve") {
    const { serveMain } = await import("./webhook-6VYPOY3B.js");
    return serveMain(argv.slice(1));
  }
  return main(argv);
}
export {
  main2 as main
};
