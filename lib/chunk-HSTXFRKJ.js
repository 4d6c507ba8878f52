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
  constructor(script) {
    this.script = script;
  }
  script;
  where = "worker";
  queue = Promise.resolve();
  current;
  closed = false;
  compile(documents) {
    const run = this.queue.then(() => this.runBatch(documents));
    this.queue = run.catch(() => void 0);
    return run;
  }
  runBatch(documents) {
    if (this.closed) return Promise.reject(new Error("the policy compiler is closed"));
    return new Promise((resolve, reject) => {
      const worker = new Worker(this.script);
      this.current = worker;
      let settled = false;
      const finish = (error, results) => {
        if (settled) return;
        settled = true;
        this.current = void 0;
        void worker.terminate();
        if (error) reject(error);
        else resolve(results ?? []);
      };
      worker.once("message", (message) => finish(void 0, message.results));
      worker.once("error", (error) => finish(new Error(`policy compilation failed: ${error.message}`)));
      worker.once("exit", (code) => finish(new Error(`the policy compiler exited with code ${code}`)));
      worker.postMessage({ id: 1, documents });
    });
  }
  async close() {
    this.closed = true;
    await this.current?.terminate();
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
