// The CLI's stdout and stderr, written with fs.writeSync on the file descriptors. process.stdout/process.stderr are
// streams built on first use (a net.Socket for a pipe, a SyncWriteStream for a file): constructing one costs 1-2 ms
// of every short run (measured, bench/cli/cold-start.ts), and a CLI that prints one report at the end needs none of
// the stream machinery. Node writes stdio synchronously on Linux anyway (pipes and files), so the order of stdout
// and stderr lines is the same.
import { fstatSync, statSync, writeSync } from 'node:fs';

/** Sleep without spinning (a non-blocking descriptor that is full: let the reader drain it). */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** How long a full descriptor may stay full before the rest of the text is dropped (the reader is stuck). */
const STALLED_MS = 60_000;

/**
 * All of `text` to `fd`: partial writes continued, EAGAIN (a non-blocking pipe that is full) waited out. A reader
 * that went away (EPIPE: `pgwarden lint | head`) ends the writing silently, as a shell tool does.
 */
export function writeAll(fd: number, text: string): void {
  if (text === '') return;
  const bytes = Buffer.from(text, 'utf8');
  let offset = 0;
  let stalled = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(fd, bytes, offset, bytes.length - offset);
      stalled = 0;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN' && stalled < STALLED_MS) {
        pause(1);
        stalled++;
        continue;
      }
      if (code === 'EPIPE' || code === 'EAGAIN') return;
      throw error;
    }
  }
}

/**
 * Whether `fd` is a terminal. Only a character device can be one, and /dev/null (a character device scripts and
 * benchmarks send output to) never is: those answers come from fstat. A character device that may be a terminal is
 * asked through node:tty, loaded only then (it loads node:net: ~2 ms).
 */
export function isTerminal(fd: number): boolean {
  try {
    const st = fstatSync(fd);
    if (!st.isCharacterDevice()) return false;
    try {
      const nul = statSync('/dev/null');
      if (nul.isCharacterDevice() && nul.rdev === st.rdev) return false;
    } catch {
      // no /dev/null (Windows): ask the terminal question
    }
  } catch {
    return false; // a closed descriptor is no terminal
  }
  return process.getBuiltinModule('node:tty').isatty(fd);
}
