// Child of log.test.ts: three info lines (well under a batch), then exit at once.
import { webhookLogger } from '../../src/webhook/log.js';

const log = webhookLogger({ destination: process.argv[2] ?? '' });
setTimeout(() => {
  for (let n = 1; n <= 3; n++) log.info({ n }, 'line');
  process.exit(0);
}, 100);
