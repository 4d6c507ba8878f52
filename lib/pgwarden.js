import {
  main
} from "./chunk-AOZYQIQC.js";
import "./chunk-GZVSMQLF.js";

// src/main.ts
async function main2(argv) {
  if (argv[0] === "serve") {
    const { serveMain } = await import("./webhook-KDO4HBLB.js");
    return serveMain(argv.slice(1));
  }
  return main(argv);
}
export {
  main2 as main
};
