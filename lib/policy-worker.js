import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  compileEach,
  resultPieces
} from "./chunk-R4D3TINW.js";
import {
  parsePolicy
} from "./chunk-UKR6ZIRD.js";
import "./chunk-NUU3TWGB.js";
import "./chunk-KZPG3NJF.js";
import "./chunk-ED6WIMI7.js";

// src/webhook/policy-worker.ts
import { parentPort } from "node:worker_threads";
var port = parentPort;
if (!port) throw new Error("policy-worker must run as a worker thread");
var pending;
var sendNext = () => {
  if (!pending) return;
  const next = pending.pieces.next();
  if (next.done) {
    pending = void 0;
    return;
  }
  if (next.value.done) pending = void 0;
  port.postMessage(next.value);
};
port.on("message", (message) => {
  if (message.type === "compile") {
    const results = compileEach((text, source) => parsePolicy(text, source), message.documents);
    pending = { id: message.id, pieces: resultPieces(message.id, results) };
    sendNext();
  } else if (pending?.id === message.id) {
    sendNext();
  }
});
