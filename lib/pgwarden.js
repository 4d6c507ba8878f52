import {
  main
} from "./chunk-A3LR3NSU.js";
import "./chunk-RUZDMTOC.js";

// src/main.ts
async function main2(argv) {
  if (argv[0] === "serve") {
    const { serveMain } = await import("./webhook-5EZLNMN6.js");
    return serveMain(argv.slice(1));
  }
  return main(argv);
}
export {
  main2 as main
};
