// Every log line is bounded: a hostile body controls names, uids and (through the engine) finding messages, and a
// log pipeline that receives a 3 MB line drops it or worse. Strings are cut, lists are cut and counted.
import { type Logger, type LevelWithSilent, pino } from 'pino';

/** Info and debug lines are written in batches of this many bytes, or after FLUSH_MS, whichever comes first. */
const BATCH_BYTES = 4096;
const FLUSH_MS = 1000;
/**
 * Lines waiting for a slow stdout (a stalled log shipper) are dropped beyond this: under a flood of reviews an
 * unbounded buffer is memory the requests control. A synchronous logger would stall every review instead.
 */
const MAX_BUFFERED_BYTES = 16 * 1024 * 1024;

/**
 * The logger of `pgwarden serve` (and of the bench, which measures the shipped defaults): JSON lines on stdout
 * (or `destination`), written asynchronously in batches. A line per admission review at info was one write(2) each
 * (pino's default, synchronous); batched, about one write per 20 reviews: 4.5 → 3.8 µs of CPU per line into a pipe
 * (measured with the decision line's shape, server pinned to one CPU). Warnings and errors are flushed at once;
 * info lines wait at most FLUSH_MS. What is buffered is written synchronously on exit (pino's exit hook).
 */
export function webhookLogger(options: { level?: LevelWithSilent | string; destination?: number | string } = {}): Logger {
  const stream = pino.destination({ dest: options.destination ?? 1, sync: false, minLength: BATCH_BYTES, periodicFlush: FLUSH_MS, maxLength: MAX_BUFFERED_BYTES });
  return pino(
    {
      level: options.level ?? 'info',
      base: { component: 'pgwarden-webhook' },
      hooks: {
        logMethod(args, method, level) {
          method.apply(this, args);
          // The stream's flush without a callback, not pino's logger.flush(): that one passes a no-op callback, and
          // sonic-boom (4.2, flush → callFlushCallbackOnDrain) then adds a 'drain' and an 'error' listener per call,
          // removed only at the next 'drain', which never comes while the buffer stays over BATCH_BYTES. A flood of
          // bad requests (a warning each) into a busy stdout grew the listeners without bound (the soak printed
          // MaxListenersExceededWarning), and each drain then ran an fsync per listener.
          if (level >= 40) flushNow(stream);
        },
      },
    },
    stream,
  );
}

/** Starts writing what is buffered; a destroyed stream (after close) has nowhere to write and throws, so it is left. */
function flushNow(stream: { flush(): void }): void {
  try {
    stream.flush();
  } catch {
    // SonicBoom destroyed: the process is exiting and pino's exit hook has written what it could.
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
