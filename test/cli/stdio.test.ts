// The CLI writes its output with fs.writeSync (src/cli/stdio.ts), not through process.stdout: all of it must arrive
// through a pipe however large, a reader that goes away must not turn into an error, and the terminal question must
// give the answers process.stdout.isTTY gives.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isTerminal } from '../../src/cli/stdio.js';
import { pgwarden, repoRoot } from './helpers.js';

const nodeBin = join(repoRoot, 'node_modules/.bin/node');
const stdio = join(repoRoot, 'src/cli/stdio.ts');
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** Run writeAll in a Node of its own (Node 24 strips the types), with `shell` around it. */
function writeAllThrough(shell: string, bytes: number) {
  const script = `import(${JSON.stringify(stdio)}).then((m) => { m.writeAll(1, 'x'.repeat(${bytes}) + '\\n'); m.writeAll(2, 'done\\n'); })`;
  return spawnSync('bash', ['-c', shell.replace('NODE', `${nodeBin} -e "$0"`), script], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

describe('CLI output through the file descriptors', () => {
  it('arrives whole through a pipe, however much of it there is (partial writes continued)', () => {
    const run = writeAllThrough('NODE | wc -c', 8 * 1024 * 1024);
    expect(run.status).toBe(0);
    expect(Number(run.stdout.trim())).toBe(8 * 1024 * 1024 + 1);
    expect(run.stderr).toBe('done\n');
  });

  it('stops quietly when the reader goes away (EPIPE), as `pgwarden lint | head` expects', () => {
    const run = writeAllThrough('NODE | head -c 10 >/dev/null; echo "exit $PIPESTATUS"', 8 * 1024 * 1024);
    expect(run.stdout).toBe('exit 0\n');
    expect(run.stderr).toBe('done\n');
  });

  it('a lint report written to a pipe is the whole report', () => {
    const run = pgwarden(['lint', '--format', 'json', 'examples'], repoRoot);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).findings.length).toBeGreaterThan(5);
  });

  it('a file, a pipe and /dev/null are no terminal', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pgwarden-stdio-'));
    temps.push(dir);
    const file = openSync(join(dir, 'out'), 'w');
    const nul = openSync('/dev/null', 'w');
    try {
      expect(isTerminal(file)).toBe(false);
      expect(isTerminal(nul)).toBe(false);
      expect(isTerminal(99_999)).toBe(false); // not open
    } finally {
      closeSync(file);
      closeSync(nul);
    }
    const piped = spawnSync(nodeBin, ['-e', `import(${JSON.stringify(stdio)}).then((m) => console.log(m.isTerminal(1), process.stdout.isTTY === true))`], { encoding: 'utf8' });
    expect(piped.stdout).toBe('false false\n');
  });

  it('a terminal is one (through script(1), when it is installed)', () => {
    const probe = spawnSync('script', ['--version'], { encoding: 'utf8' });
    if (probe.status !== 0) return;
    const code = `import(${JSON.stringify(stdio)}).then((m) => process.stdout.write(String([m.isTerminal(1), process.stdout.isTTY === true])))`;
    const run = spawnSync('script', ['-qec', `${nodeBin} -e '${code}'`, '/dev/null'], { encoding: 'utf8' });
    expect(run.stdout.trim()).toBe('true,true');
  });
});
