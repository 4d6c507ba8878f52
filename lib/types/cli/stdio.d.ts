/**
 * All of `text` to `fd`: partial writes continued, EAGAIN (a non-blocking pipe that is full) waited out. A reader
 * that went away (EPIPE: `pgwarden lint | head`) ends the writing silently, as a shell tool does.
 */
export declare function writeAll(fd: number, text: string): void;
/**
 * Whether `fd` is a terminal. Only a character device can be one, and /dev/null (a character device scripts and
 * benchmarks send output to) never is: those answers come from fstat. A character device that may be a terminal is
 * asked through node:tty, loaded only then (it loads node:net: ~2 ms).
 */
export declare function isTerminal(fd: number): boolean;
