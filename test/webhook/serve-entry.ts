// Entry for the serveMain child-process test: what `pgwarden serve` does after parsing the command.
import { serveMain } from '../../src/webhook/main.js';

process.exitCode = await serveMain(process.argv.slice(2));
