// Compiles policy documents off the event loop: parsing YAML and validating a large policy (20,000 documents take
// seconds) must not stall admission answers. One batch per message; the results are plain data (PolicySet).
import { parentPort } from 'node:worker_threads';
import { parsePolicy } from '../policies/index.js';
import { type CompileRequest, type CompileResult, compileEach } from './policy-compile.js';

const port = parentPort;
if (!port) throw new Error('policy-worker must run as a worker thread');

port.on('message', (message: CompileRequest) => {
  port.postMessage({ id: message.id, results: compileEach((text, source) => parsePolicy(text, source), message.documents) } satisfies {
    id: number;
    results: CompileResult[];
  });
});
