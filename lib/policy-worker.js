import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  compileEach
} from "./chunk-3EHEWBZK.js";
import {
  parsePolicy
} from "./chunk-YF6UO4ZD.js";
import "./chunk-NUU3TWGB.js";
import "./chunk-AAI73ULZ.js";
import "./chunk-ED6WIMI7.js";

// src/webhook/policy-worker.ts
import { parentPort } from "node:worker_threads";
var port = parentPort;
if (!port) throw new Error("policy-worker must run as a worker thread");
port.on("message", (message) => {
  port.postMessage({ id: message.id, results: compileEach((text, source) => parsePolicy(text, source), message.documents) });
});
