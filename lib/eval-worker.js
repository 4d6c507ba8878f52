import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  buildPolicySet,
  decide,
  loadEngine
} from "./chunk-Q46YH3F7.js";
import "./chunk-BDTKAFLH.js";
import "./chunk-5SV3PAFL.js";
import "./chunk-CCDCPPZS.js";
import "./chunk-ED6WIMI7.js";

// src/webhook/eval-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var port = parentPort;
if (!port) throw new Error("eval-worker must run as a worker thread");
var engineModule = workerData?.engineModule;
var engineReady = loadEngine(engineModule);
engineReady.catch((error) => {
  port.postMessage({ type: "fatal", message: error.message });
  process.exit(1);
});
var policy;
void engineReady.then((engine) => {
  engine.evaluate([
    { object: { apiVersion: "postgresql.cnpg.io/v1", kind: "Cluster", metadata: { name: "warm-up", namespace: "warm-up" }, spec: { instances: 2, storage: { size: "1Gi" } } } }
  ]);
  port.postMessage({ type: "ready" });
});
var classes;
port.on("message", async (message) => {
  const engine = await engineReady;
  if (message.type === "policy") {
    policy = buildPolicySet(engine, message.documents);
  } else if (message.type === "storageClasses") {
    classes = message.classes;
  } else {
    const result = decide(message.request, message.endpoint, {
      engine,
      policy,
      ...classes ? { clusterStorageClasses: classes } : {},
      ...message.related ? { related: message.related } : {}
    });
    port.postMessage({ type: "result", id: message.id, result });
  }
});
