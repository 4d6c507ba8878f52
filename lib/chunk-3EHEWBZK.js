import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);

// src/webhook/policy-compile.ts
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
function compileEach(parse, documents) {
  return documents.map((doc) => {
    try {
      return { ok: true, set: parse(doc.text, doc.source) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  });
}
var yieldToRequests = () => new Promise((resolve) => setImmediate(resolve));
function inlineCompiler(engine) {
  return {
    where: "main thread",
    async compile(documents) {
      const results = [];
      for (const doc of documents) {
        await yieldToRequests();
        results.push(...compileEach(engine.parsePolicy, [doc]));
      }
      return results;
    },
    async close() {
    }
  };
}
function defaultPolicyWorkerScript() {
  return new URL("./policy-worker.js", import.meta.url);
}
var WorkerCompiler = class {
  constructor(script, idleMs = 6e4) {
    this.script = script;
    this.idleMs = idleMs;
  }
  script;
  idleMs;
  where = "worker";
  queue = Promise.resolve();
  worker;
  idleTimer;
  nextId = 1;
  closed = false;
  compile(documents) {
    const run = this.queue.then(() => this.runBatch(documents));
    this.queue = run.catch(() => void 0);
    return run;
  }
  runBatch(documents) {
    if (this.closed) return Promise.reject(new Error("the policy compiler is closed"));
    if (this.idleTimer) clearTimeout(this.idleTimer);
    if (!this.worker) this.worker = new Worker(this.script, { resourceLimits: { maxOldGenerationSizeMb: 512 } });
    const worker = this.worker;
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const cleanup = () => {
        worker.off("message", onMessage);
        worker.off("error", onError);
        worker.off("exit", onExit);
      };
      const onMessage = (message) => {
        if (message.id !== id) return;
        cleanup();
        resolve(message.results);
      };
      const onError = (error) => {
        cleanup();
        this.drop(worker);
        reject(new Error(`policy compilation failed: ${error.message}`));
      };
      const onExit = (code) => {
        cleanup();
        this.drop(worker);
        reject(new Error(`the policy compiler exited with code ${code}`));
      };
      worker.on("message", onMessage);
      worker.on("error", onError);
      worker.on("exit", onExit);
      worker.postMessage({ id, documents });
    }).finally(() => {
      if (this.worker !== worker || this.closed) return;
      this.idleTimer = setTimeout(() => this.drop(worker), this.idleMs);
      this.idleTimer.unref();
    });
  }
  drop(worker) {
    if (this.worker === worker) this.worker = void 0;
    void worker.terminate();
  }
  async close() {
    this.closed = true;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    const worker = this.worker;
    this.worker = void 0;
    await worker?.terminate();
  }
};
function policyCompiler(engine, isRealEngine, script = defaultPolicyWorkerScript()) {
  const path = script instanceof URL ? fileURLToPath(script) : script;
  if (isRealEngine && existsSync(path)) return new WorkerCompiler(script);
  return inlineCompiler(engine);
}

export {
  compileEach,
  policyCompiler
};
