// The logger of `pgwarden serve`: decision lines are batched (one write per ~4 KB or per second), warnings and errors
// are written at once, nothing is lost on exit.
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, readFileSync, readSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type Logger, type LoggerOptions, pino } from 'pino';
import { LineBatcher, webhookLogger, writeLine } from '../../src/webhook/log.js';
import { bundle, repoRoot } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'pgwarden-log-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const lines = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

describe('webhookLogger', () => {
  it('holds an info line until the batch fills or a second passes; writes a warning at once', async () => {
    const file = join(dir, 'batch.log');
    const log = webhookLogger({ destination: file });
    await sleep(100);
    log.info({ uid: 'a' }, 'admission');
    await sleep(200);
    expect(lines(file)).toEqual([]);
    log.warn({ reason: 'x' }, 'bad request');
    await sleep(200);
    expect(lines(file).map((l) => l.msg)).toEqual(['admission', 'bad request']);
    log.info({ uid: 'b' }, 'admission');
    await sleep(1500);
    expect(lines(file).map((l) => l.uid ?? l.msg)).toEqual(['a', 'bad request', 'b']);
  });

  it('writes a flood of warnings whole and in order', async () => {
    const file = join(dir, 'flood.log');
    const log = webhookLogger({ destination: file });
    // In one turn of the event loop the first write is still in flight: every later warning waits for it.
    for (let i = 0; i < 200; i++) log.warn({ reason: `bad ${i}` }, 'bad request');
    await sleep(300);
    expect(lines(file).map((l) => l.reason)).toEqual(Array.from({ length: 200 }, (_, i) => `bad ${i}`));
  });

  it("calls pino's flush callback once what waited is written", async () => {
    const file = join(dir, 'flush.log');
    const log = webhookLogger({ destination: file });
    log.info({ n: 1 }, 'line');
    await new Promise<void>((resolve, reject) => log.flush((error) => (error ? reject(error) : resolve())));
    expect(lines(file).map((l) => l.n)).toEqual([1]);
    await new Promise<void>((resolve) => log.flush(() => resolve()));
  });

  it('writes what is buffered when the process exits', async () => {
    const entry = await bundle('test/webhook/log-exit-entry.ts', 'log-exit-entry');
    const file = join(dir, 'exit.log');
    const run = spawnSync(join(repoRoot, 'node_modules/.bin/node'), [entry, file], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(lines(file).map((l) => l.n)).toEqual([1, 2, 3]);
  });
});

describe('LineBatcher', () => {
  const line = (n: number) => `${JSON.stringify({ n, pad: 'x'.repeat(200) })}\n`;

  it('into a full non-blocking pipe: retries and partial writes, every line once and in order', async () => {
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
    const writer = openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK);
    const batcher = new LineBatcher(writer);
    // 2,000 lines of ~220 bytes: seven times a pipe's 64 KiB, written in one turn, nobody reading yet.
    for (let n = 0; n < 2000; n++) batcher.write(line(n));
    batcher.flush();
    await sleep(50);
    let text = '';
    const chunk = Buffer.alloc(65536);
    for (let idle = 0; idle < 20; ) {
      let got = 0;
      try {
        got = readSync(reader, chunk);
      } catch {
        // EAGAIN: nothing to read yet
      }
      if (got > 0) {
        text += chunk.toString('utf8', 0, got);
        idle = 0;
      } else {
        idle++;
        await sleep(60);
      }
    }
    closeSync(writer);
    closeSync(reader);
    expect(text.split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { n: number }).n)).toEqual(Array.from({ length: 2000 }, (_, n) => n));
  });

  it('drops lines beyond its bound and says how many in the next line it takes', async () => {
    const file = join(dir, 'drop.log');
    const fd = openSync(file, 'a');
    const batcher = new LineBatcher(fd, 1000);
    const written = Array.from({ length: 10 }, (_, n) => batcher.write(line(n)));
    expect(written).toEqual([true, true, true, true, false, false, false, false, false, false]);
    batcher.flush();
    await sleep(100);
    expect(batcher.write(line(99))).toBe(true);
    batcher.flush();
    await sleep(100);
    closeSync(fd);
    const got = lines(file);
    expect(got.map((l) => l.n ?? l.dropped)).toEqual([0, 1, 2, 3, 6, 99]);
    expect(got[4]).toMatchObject({ level: 40, dropped: 6 });
  });
});

describe('writeLine (the decision line, serialized once)', () => {
  const capture = (options: LoggerOptions) => {
    const raw: string[] = [];
    const log: Logger = pino(options, { write: (line: string) => void raw.push(line) });
    return { log, raw };
  };
  const entry = {
    uid: 'u-"1"',
    kind: 'postgresql.cnpg.io/Cluster',
    name: 'line\nbreak \u2028 ünïcode',
    skipped: undefined,
    dryRun: false,
    rules: { 'image-tag:error': 2, 'replicas:warning': 1 },
    findings: 3,
    ms: 0.4,
  };

  it('writes the line pino would write, key for key, for the server logger and a default one', () => {
    for (const options of [{ level: 'debug', base: { component: 'pgwarden-webhook' } }, { level: 'debug' }]) {
      const ours = capture(options);
      const theirs = capture(options);
      writeLine(ours.log, 'info', entry, 'admission');
      writeLine(ours.log, 'debug', entry, 'admission');
      theirs.log.info(entry, 'admission');
      theirs.log.debug(entry, 'admission');
      expect(ours.raw).toHaveLength(2);
      for (let i = 0; i < 2; i++) {
        expect(ours.raw[i]!.endsWith('\n')).toBe(true);
        const a = JSON.parse(ours.raw[i]!) as Record<string, unknown>;
        const b = JSON.parse(theirs.raw[i]!) as Record<string, unknown>;
        expect(Object.keys(a)).toEqual(Object.keys(b));
        expect({ ...a, time: 0 }).toEqual({ ...b, time: 0 });
        expect(Math.abs((a.time as number) - (b.time as number))).toBeLessThan(1000);
      }
    }
  });

  it("writes nothing below the logger's level", () => {
    const quiet = capture({ level: 'warn' });
    writeLine(quiet.log, 'info', entry, 'admission');
    writeLine(quiet.log, 'debug', entry, 'admission');
    expect(quiet.raw).toEqual([]);
  });

  it('leaves a logger with its own time or message key to pino', () => {
    const custom = capture({ timestamp: () => ',"time":"fixed"', messageKey: 'message' });
    writeLine(custom.log, 'info', { uid: 'x' }, 'admission');
    expect(JSON.parse(custom.raw[0]!)).toMatchObject({ time: 'fixed', message: 'admission', uid: 'x' });
  });
});
