// The logger of `pgwarden serve`: decision lines are batched (one write per ~4 KB or per second), warnings and errors
// are written at once, nothing is lost on exit.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { webhookLogger } from '../../src/webhook/log.js';
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

  it('writes what is buffered when the process exits', async () => {
    const entry = await bundle('test/webhook/log-exit-entry.ts', 'log-exit-entry');
    const file = join(dir, 'exit.log');
    const run = spawnSync(join(repoRoot, 'node_modules/.bin/node'), [entry, file], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(lines(file).map((l) => l.n)).toEqual([1, 2, 3]);
  });
});
