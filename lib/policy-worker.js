import {
  compileEach
} from "./chunk-EZGUEBHY.js";
import {
  parsePolicy
} from "./chunk-RUZDMTOC.js";

// src/webhook/policy-worker.ts
import { parentPort } from "node:worker_threads";
var port = parentPort;
if (!port) throw new Error("policy-worker must run as a worker thread");
port.on("message", (message) => {
  port.postMessage({ id: message.id, results: compileEach((text, source) => parsePolicy(text, source), message.documents) });
});
