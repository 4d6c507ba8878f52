// Every log line is bounded: a hostile body controls names, uids and (through the engine) finding messages, and a
// log pipeline that receives a 3 MB line drops it or worse. Strings are cut, lists are cut and counted.
import { openSync, write, writeSync } from 'node:fs';
import { type Logger, type LevelWithSilent, pino } from 'pino';

/** Info and debug lines are written in batches of this many characters, or after FLUSH_MS, whichever comes first. */
const BATCH_CHARS = 4096;
const FLUSH_MS = 1000;
/**
 * Lines waiting for a slow stdout (a stalled log shipper) are dropped beyond this: under a flood of reviews an
 * unbounded buffer is memory the requests control. A synchronous logger would stall every review instead.
 */
const MAX_BUFFERED_CHARS = 16 * 1024 * 1024;
/** A destination that is full (EAGAIN, a non-blocking pipe nobody drains) is tried again after this. */
const RETRY_MS = 100;

/**
 * The logger of `pgwarden serve` (and of the bench, which measures the shipped defaults): JSON lines on stdout
 * (or `destination`, a file), written asynchronously in batches (LineBatcher). Warnings and errors are written at
 * once; info lines wait at most FLUSH_MS. What is buffered is written synchronously on exit.
 */
export function webhookLogger(options: { level?: LevelWithSilent | string; destination?: number | string } = {}): Logger {
  const destination = options.destination ?? 1;
  const stream = new LineBatcher(typeof destination === 'number' ? destination : openSync(destination, 'a'));
  return pino(
    {
      level: options.level ?? 'info',
      base: { component: 'pgwarden-webhook' },
      hooks: {
        logMethod(args, method, level) {
          method.apply(this, args);
          if (level >= 40) stream.flush();
        },
      },
    },
    stream,
  );
}

/** The batchers alive, for the exit hook (held weakly: a logger nobody uses any more is not kept for it). */
const live = new Set<WeakRef<LineBatcher>>();
let exitHooked = false;

/**
 * Lines joined into one write(2) per batch, asynchronously, one batch in flight at a time: what sonic-boom (pino's
 * destination) does, without its cost per line. sonic-boom appends each line to the pending string and measures that
 * string's UTF-8 length again (Buffer.byteLength of a growing concatenation: flattened and scanned once per line), a
 * batch's worth of copies per line; here a line is pushed and counted by its length. Measured with bench/webhook on a
 * review with findings (a decision line each): about 1 µs of CPU less per review (52.3 → 51.1, 53.2 → 52.5, 54.4 → 53.2
 * µs in three pairs of runs, server on one core).
 * - A partial write sends the rest; a full non-blocking destination (EAGAIN) is tried again after RETRY_MS; any other
 *   error (EPIPE: nobody reads stdout) drops the batch and the server goes on — a review never waits for its log.
 * - Beyond MAX_BUFFERED_CHARS waiting, lines are dropped and counted; the next line written says how many.
 * - On exit, what waits is written synchronously (a batch already handed to the thread pool is finished there).
 */
export class LineBatcher {
  private pending: string[] = [];
  private pendingChars = 0;
  private inFlight: Buffer | undefined;
  private dropped = 0;
  /** A flush was asked for while a batch was in flight. */
  private again = false;
  /** logger.flush callbacks, called when nothing waits and nothing is in flight. */
  private waiting: ((error?: Error) => void)[] = [];
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly fd: number,
    private readonly maxChars = MAX_BUFFERED_CHARS,
  ) {
    this.timer = setInterval(() => this.flush(), FLUSH_MS);
    this.timer.unref();
    live.add(new WeakRef(this));
    if (!exitHooked) {
      exitHooked = true;
      process.once('exit', () => {
        for (const ref of live) ref.deref()?.flushSync();
      });
    }
  }

  /** pino's stream interface: one line, ending in a newline. */
  write(line: string): boolean {
    if (this.pendingChars + line.length > this.maxChars) {
      this.dropped++;
      return false;
    }
    if (this.dropped > 0) this.noteDropped();
    this.pending.push(line);
    this.pendingChars += line.length;
    if (this.inFlight === undefined && this.pendingChars >= BATCH_CHARS) this.flush();
    return true;
  }

  /**
   * Starts writing what waits; with a batch in flight, right after it. `done` (pino's logger.flush) is called once
   * what waited has been written, or could not be.
   */
  flush(done?: (error?: Error) => void): void {
    if (done) this.waiting.push(done);
    if (this.inFlight !== undefined) {
      this.again = true;
      return;
    }
    if (this.pending.length === 0) {
      this.settle();
      return;
    }
    const batch = Buffer.from(this.pending.length === 1 ? this.pending[0]! : this.pending.join(''));
    this.pending = [];
    this.pendingChars = 0;
    this.send(batch);
  }

  /** Writes what waits, synchronously: the process is exiting. Never throws. */
  flushSync(): void {
    if (this.pending.length === 0) return;
    const text = this.pending.join('');
    this.pending = [];
    this.pendingChars = 0;
    try {
      writeSync(this.fd, text);
    } catch {
      // nowhere to write: the lines are lost with the process
    }
  }

  private send(batch: Buffer): void {
    this.inFlight = batch;
    write(this.fd, batch, 0, batch.length, null, (error, written) => {
      if (error) {
        if ((error as NodeJS.ErrnoException).code === 'EAGAIN') {
          setTimeout(() => this.send(batch), RETRY_MS).unref();
          return;
        }
        this.inFlight = undefined;
      } else if (written < batch.length) {
        this.send(batch.subarray(written));
        return;
      } else {
        this.inFlight = undefined;
      }
      if (this.again || this.pendingChars >= BATCH_CHARS || this.waiting.length > 0) {
        this.again = false;
        this.flush();
      }
    });
  }

  private settle(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const done of waiting) done();
  }

  private noteDropped(): void {
    const line = `{"level":40,"time":${Date.now()},"component":"pgwarden-webhook","dropped":${this.dropped},"msg":"log lines dropped: stdout is not read fast enough"}\n`;
    this.dropped = 0;
    this.pending.push(line);
    this.pendingChars += line.length;
  }
}

/**
 * One JSON line at `level`, as pino writes it (`{"level":…,"time":…,<bindings>,<entry>,"msg":…}`), for the decision
 * line every acted-on review writes: pino's own serializer walks the entry key by key and cost about 5 µs of a
 * 60 µs review (bench/webhook, server on one core; the same line through JSON.stringify costs about a fifth of
 * that). Falls back to pino for a logger that does not expose its stream (pino.symbols), or one with a custom time
 * or message key. The entry must be plain data (strings, numbers, booleans, plain objects).
 */
export function writeLine(log: Logger, level: 'info' | 'debug', entry: Record<string, unknown>, msg: string): void {
  if (!log.isLevelEnabled(level)) return;
  const internals = log as unknown as Record<symbol, unknown>;
  const stream = internals[pino.symbols.streamSym] as { write?: (line: string) => unknown } | undefined;
  const bindings = internals[pino.symbols.chindingsSym];
  if (
    typeof stream?.write !== 'function' ||
    typeof bindings !== 'string' ||
    internals[pino.symbols.timeSym] !== pino.stdTimeFunctions.epochTime ||
    internals[pino.symbols.messageKeySym] !== 'msg'
  ) {
    log[level](entry, msg);
    return;
  }
  const body = JSON.stringify(entry).slice(1, -1);
  stream.write(`{"level":${log.levels.values[level]},"time":${Date.now()}${bindings}${body ? `,${body}` : ''},"msg":${JSON.stringify(msg)}}\n`);
}

/** Longest string value in a log line. */
export const LOG_TEXT_MAX = 300;
/** Most items of a list in a log line. */
export const LOG_LIST_MAX = 20;

export function boundedText(text: string, max = LOG_TEXT_MAX): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** At most `max` items, each bounded, and a last item saying how many were left out. */
export function boundedList(items: readonly string[], max = LOG_LIST_MAX, itemMax = LOG_TEXT_MAX): string[] {
  const shown = items.slice(0, max).map((item) => boundedText(item, itemMax));
  if (items.length > max) shown.push(`(${items.length - max} more)`);
  return shown;
}

/** `image-tag:error` ×3 → {"image-tag:error": 3}: the rules that fired and how often, in a bounded object. */
export function ruleCounts(findings: readonly { ruleId: string; severity: string }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of findings) {
    const key = `${f.ruleId}:${f.severity}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}
