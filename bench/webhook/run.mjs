#!/usr/bin/env node
// Bundles the webhook benches (TypeScript sources with NodeNext `.js` specifiers) with esbuild and runs one.
// Usage: node_modules/.bin/node bench/webhook/run.mjs bench|soak [options]
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const [which, ...args] = process.argv.slice(2);
if (which !== 'bench' && which !== 'soak') {
  process.stderr.write('usage: node bench/webhook/run.mjs bench|soak [options]\n');
  process.exit(2);
}
const outdir = join(root, 'node_modules', '.cache', 'pgwarden-bench');
await build({
  entryPoints: {
    [which]: join(root, `bench/webhook/${which}.ts`),
    'server-child': join(root, 'bench/webhook/server-child.ts'),
    'policy-worker': join(root, 'src/webhook/policy-worker.ts'),
  },
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  target: 'node22',
  logLevel: 'warning',
});
// The load generator runs on CPU 0 and the servers on CPU 1 (common.ts), so client and server never compete for a
// core; without taskset (or on one CPU) both run unpinned and the bench says so.
const pin = process.env.PGWARDEN_BENCH_NO_PIN ? [] : ['taskset', '-c', '0'];
const [command, ...prefix] = [...pin, process.execPath];
const child = spawn(command, [...prefix, join(outdir, `${which}.mjs`), ...args], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 1));
