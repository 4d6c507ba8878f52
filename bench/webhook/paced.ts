// An open-loop load generator for latency at a given rate: request i is due at start + i/rate, whatever happened to
// the requests before it (wrk2's model), and its latency runs from when it was due, not from when a connection was
// free, so a server that stalls is charged for the requests that queued behind the stall (no coordinated omission).
//
// autocannon's `overallRate` is not that: each connection sends back to back until it has used its quota for the
// second, then waits for the next second (autocannon lib/httpClient.js, `reqsMadeThisSecond`), so "half load" there is
// full load for half of each second and idle for the rest. Its throughput runs (closed loop, as fast as the server
// answers) stay on autocannon.
//
// Plain HTTP/1.1 over keep-alive TLS connections; one request in flight per connection; bodies sent as given.
import { connect, type TLSSocket } from 'node:tls';

export interface PacedOptions {
  host: string;
  port: number;
  path: string;
  body: string;
  /** Requests per second, evenly spaced. */
  rate: number;
  seconds: number;
  /** Keep-alive connections (requests queue when all are busy; their wait counts). */
  connections: number;
}

export interface PacedResult {
  sent: number;
  answered: number;
  non2xx: number;
  errors: number;
  /** Latency percentiles in ms, from each request's due time to its full answer. */
  p50: number;
  p99: number;
  p999: number;
  max: number;
  /** Requests answered per second over the run. */
  rate: number;
}

interface Connection {
  socket: TLSSocket;
  busy: boolean;
  due: number;
  buffer: Buffer;
}

const HEADER_END = Buffer.from('\r\n\r\n');

export async function paced(options: PacedOptions): Promise<PacedResult> {
  const payload = Buffer.from(options.body);
  const request = Buffer.concat([
    Buffer.from(
      `POST ${options.path} HTTP/1.1\r\nHost: ${options.host}:${options.port}\r\nContent-Type: application/json\r\nContent-Length: ${payload.length}\r\nConnection: keep-alive\r\n\r\n`,
    ),
    payload,
  ]);
  const latencies: number[] = [];
  const queue: number[] = [];
  let non2xx = 0;
  let errors = 0;
  let sent = 0;
  const now = () => performance.now();

  const send = (connection: Connection, due: number) => {
    connection.busy = true;
    connection.due = due;
    connection.socket.write(request);
  };
  const onAnswer = (connection: Connection, status: number) => {
    latencies.push(now() - connection.due);
    if (status < 200 || status > 299) non2xx++;
    connection.busy = false;
    const next = queue.shift();
    if (next !== undefined) send(connection, next);
  };

  const connections = await Promise.all(
    Array.from(
      { length: options.connections },
      () =>
        new Promise<Connection>((resolve, reject) => {
          const socket = connect({ host: options.host, port: options.port, rejectUnauthorized: false }, () => resolve(connection));
          const connection: Connection = { socket, busy: false, due: 0, buffer: Buffer.alloc(0) };
          socket.setNoDelay(true);
          socket.on('error', (error) => {
            errors++;
            reject(error);
          });
          socket.on('data', (chunk: Buffer) => {
            connection.buffer = connection.buffer.length === 0 ? chunk : Buffer.concat([connection.buffer, chunk]);
            for (;;) {
              const end = connection.buffer.indexOf(HEADER_END);
              if (end < 0) return;
              const head = connection.buffer.subarray(0, end).toString('latin1');
              const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1] ?? 0);
              const length = Number(/\r\ncontent-length: *(\d+)/i.exec(head)?.[1] ?? 0);
              const total = end + HEADER_END.length + length;
              if (connection.buffer.length < total) return;
              connection.buffer = connection.buffer.subarray(total);
              onAnswer(connection, status);
            }
          });
        }),
    ),
  );

  const interval = 1000 / options.rate;
  const total = Math.round(options.rate * options.seconds);
  const start = now() + 5;
  await new Promise<void>((resolve) => {
    const tick = () => {
      const t = now();
      while (sent < total && start + sent * interval <= t) {
        const due = start + sent * interval;
        sent++;
        const idle = connections.find((c) => !c.busy);
        if (idle) send(idle, due);
        else queue.push(due);
      }
      if (sent < total) setTimeout(tick, Math.max(0, start + sent * interval - now() - 0.5));
      else resolve();
    };
    setTimeout(tick, 5);
  });
  // Wait for the last answers (bounded: a server that stopped answering is an error, not a hang).
  const deadline = now() + 10_000;
  while (latencies.length < sent && now() < deadline) await new Promise((r) => setTimeout(r, 5));
  for (const c of connections) c.socket.destroy();
  errors += sent - latencies.length;
  const sorted = Float64Array.from(latencies).sort();
  const at = (q: number) => (sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!);
  return {
    sent,
    answered: latencies.length,
    non2xx,
    errors,
    p50: at(0.5),
    p99: at(0.99),
    p999: at(0.999),
    max: sorted.length ? sorted[sorted.length - 1]! : Number.NaN,
    rate: latencies.length / options.seconds,
  };
}
