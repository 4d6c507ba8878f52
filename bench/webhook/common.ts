// Shared by bench.ts and soak.ts: start a server child, read its port, stop it.
import { type ChildProcess, type StdioOptions, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';

export const here = dirname(fileURLToPath(import.meta.url));

export interface Child {
  proc: ChildProcess;
  port: number;
  url: string;
  stop(): Promise<void>;
}

/**
 * The Node flags the shipped Deployment gives the webhook (deploy/deployment.yaml, env NODE_OPTIONS): pgwarden's
 * server children run with them, so the benches measure what a cluster runs (V8 sizes its heap from them).
 */
export function shippedNodeOptions(): string[] {
  const root = join(here, '..', '..', '..');
  const text = readFileSync(join(root, 'deploy', 'deployment.yaml'), 'utf8');
  for (const doc of parseAllDocuments(text)) {
    const object = doc.toJS() as { kind?: string; spec?: { template?: { spec?: { containers?: { env?: { name: string; value?: string }[] }[] } } } } | null;
    if (object?.kind !== 'Deployment') continue;
    for (const container of object.spec?.template?.spec?.containers ?? []) {
      const value = container.env?.find((e) => e.name === 'NODE_OPTIONS')?.value;
      if (value) return value.split(/\s+/).filter(Boolean);
    }
  }
  return [];
}

/** Server children run on CPU 1, the load generator (this process, pinned by run.mjs) on CPU 0. */
export const pinned = !process.env.PGWARDEN_BENCH_NO_PIN;

export async function startChild(args: string[], nodeArgs: string[] = []): Promise<Child> {
  const argv = [...nodeArgs, join(here, 'server-child.mjs'), ...args];
  // The child's stdout carries its decision logs, as a container's does: a pipe drained by a process of its own (here
  // `cat` into /dev/null, on the load generator's CPU), as a container runtime drains a container's stdout. Read by
  // this process (the load generator), 4 MB/s of log lines under load cost it buffers and collections that showed as
  // the server's latency: the paced review with findings had a p99 of 8–10 ms, against 3.5–3.9 ms with the same server
  // logging to a file. The port comes back over the IPC channel.
  const drain = spawn(pinned ? 'taskset' : 'cat', pinned ? ['-c', '0', 'cat'] : [], { stdio: ['pipe', 'ignore', 'inherit'] });
  const stdio: StdioOptions = ['ignore', drain.stdin, 'inherit', 'ipc'];
  const proc = pinned ? spawn('taskset', ['-c', '1', process.execPath, ...argv], { stdio }) : spawn(process.execPath, argv, { stdio });
  // The child holds the pipe's write end now: the drain sees its end of file when the child exits.
  drain.stdin.destroy();
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('server child did not start within 30 s')), 30_000);
    proc.once('message', (message: { port?: unknown }) => {
      clearTimeout(timer);
      if (typeof message?.port === 'number') resolve(message.port);
      else reject(new Error(`server child sent ${JSON.stringify(message)}`));
    });
    proc.on('exit', (code) => reject(new Error(`server child exited with ${code}`)));
  });
  proc.disconnect();
  return {
    proc,
    port,
    url: `https://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        proc.once('exit', () => resolve());
        proc.kill('SIGTERM');
      }),
  };
}

export const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** User + system CPU time of a process so far, in µs (from /proc; clock ticks are 10 ms). */
export function cpuMicros(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // fields[11] = utime, fields[12] = stime (the 14th and 15th of /proc/PID/stat)
  return ((Number(fields[11]) + Number(fields[12])) * 1e6) / 100;
}

/** Resident set size of a process, in bytes. */
export function rssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
}
