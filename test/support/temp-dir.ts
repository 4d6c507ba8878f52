// Global setup for every suite: the run gets one temporary directory, and TMPDIR points into it for the test workers
// and everything they spawn (the CLI, kubectl, the Action writing its SARIF file). Teardown removes it, so a run
// leaves no `pgwarden-*` folder behind in the machine's temporary directory, also when a test forgets to clean up or
// fails half-way.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export default function isolateTempDir(): () => void {
  const previous = process.env.TMPDIR;
  const root = mkdtempSync(path.join(tmpdir(), 'pgwarden-test-run-'));
  process.env.TMPDIR = root;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(root, { recursive: true, force: true });
  };
}
