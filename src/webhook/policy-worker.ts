// Compiles policy documents off the event loop: parsing YAML and validating a large policy (20,000 documents take
// seconds) must not stall admission answers. The results (plain data: PolicySet) go back in pieces, each when the
// main thread asks for it (policy-compile.ts).
import { parentPort } from 'node:worker_threads';
import { parsePolicy } from '../policies/index.js';
import { compileEach, type ResultPiece, resultPieces, type WorkerRequest } from './policy-compile.js';

const port = parentPort;
if (!port) throw new Error('policy-worker must run as a worker thread');

/** The batch whose pieces are being handed out; batches run one at a time. */
let pending: { id: number; pieces: Generator<ResultPiece> } | undefined;

const sendNext = (): void => {
  if (!pending) return;
  const next = pending.pieces.next();
  if (next.done) {
    pending = undefined;
    return;
  }
  if (next.value.done) pending = undefined;
  port.postMessage(next.value);
};

port.on('message', (message: WorkerRequest) => {
  if (message.type === 'compile') {
    const results = compileEach((text, source) => parsePolicy(text, source), message.documents);
    pending = { id: message.id, pieces: resultPieces(message.id, results) };
    sendNext();
  } else if (pending?.id === message.id) {
    sendNext();
  }
});
