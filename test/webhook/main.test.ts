// serveMain: flags, help, startup failures, and SIGTERM draining in a real child process.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { SERVE_HELP, serveMain } from '../../src/webhook/main.js';
import { KINDS, bundle, makePki, post, repoRoot, responseOf, review, type TestPki, until } from './helpers.js';
import { pgoV5 } from './manifests.js';

const node = join(repoRoot, 'node_modules', '.bin', 'node');

describe('serveMain flags', () => {
  afterEach(() => vi.restoreAllMocks());

  it('--help prints the usage and returns 0', async () => {
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    expect(await serveMain(['--help'])).toBe(0);
    expect(String(out.mock.calls[0]?.[0])).toContain('--policy-source');
    expect(SERVE_HELP).toMatch(/--tls-cert FILE/);
  });

  it.each([
    [['--port', '8443'], /--tls-cert and --tls-key are required/],
    [['--tls-cert', 'a', '--tls-key', 'b', '--policy-source', 'git'], /--policy-source must be file, crd or builtin/],
    [['--tls-cert', 'a', '--tls-key', 'b', '--policy-source', 'file'], /needs --policy FILE/],
    [['--tls-cert', 'a', '--tls-key', 'b', '--port', 'eighty'], /--port must be a non-negative integer/],
    [['--tls-cert', 'a', '--tls-key', 'b', '--workers', '2'], /Unknown option '--workers'/],
    [['--frobnicate'], /Unknown option '--frobnicate'/],
  ])('%j is exit 2 with a clear message', async (argv, message) => {
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(await serveMain(argv as string[])).toBe(2);
    expect(err.mock.calls.map((c) => String(c[0])).join('')).toMatch(message);
  });
});

describe('pgwarden serve in a child process', () => {
  let entry: string;
  let pki: TestPki;
  let child: ChildProcess | undefined;

  beforeAll(async () => {
    entry = await bundle('test/webhook/serve-entry.ts', 'serve-entry');
    pki = makePki();
  });
  afterEach(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
  });

  function run(args: string[]) {
    const lines: Record<string, unknown>[] = [];
    let stderr = '';
    const proc = spawn(node, [entry, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, KUBERNETES_SERVICE_HOST: '' } });
    let buffer = '';
    proc.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const parts = buffer.split('\n');
      buffer = parts.pop() ?? '';
      for (const part of parts) if (part.trim()) lines.push(JSON.parse(part) as Record<string, unknown>);
    });
    proc.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
    child = proc;
    return { proc, lines, exited, stderr: () => stderr };
  }

  it('serves, then drains and exits 0 on SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pgwarden-serve-'));
    const policy = join(dir, 'policy.yaml');
    writeFileSync(policy, 'apiVersion: pgwarden.io/v1alpha1\nkind: PostgresPolicy\nmetadata: {name: all}\nspec: {mode: enforce}\n');
    const { proc, lines, exited } = run(['--port', '0', '--host', '127.0.0.1', '--tls-cert', pki.certFile, '--tls-key', pki.keyFile, '--policy', policy]);
    await until(() => lines.some((l) => l.msg === 'pgwarden webhook listening'), 15_000, 'listening');
    const port = lines.find((l) => l.msg === 'pgwarden webhook listening')?.port as number;
    const body = review(KINDS.PostgresCluster, pgoV5('hippo', 'db', { image: 'postgres:latest' }));
    const response = responseOf(await post(`https://127.0.0.1:${port}`, '/validate', JSON.stringify(body), pki.ca));
    expect(response.allowed).toBe(false);
    await until(() => lines.some((l) => l.msg === 'admission'), 5000, 'decision logged');
    const decision = lines.find((l) => l.msg === 'admission');
    expect(decision).toMatchObject({ uid: (body.request as { uid: string }).uid, kind: 'postgres-operator.crunchydata.com/PostgresCluster', namespace: 'db', name: 'hippo', decision: 'denied', policy: 'all' });
    proc.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(lines.some((l) => l.msg === 'draining' && l.signal === 'SIGTERM')).toBe(true);
    expect(lines.some((l) => l.msg === 'pgwarden webhook stopped')).toBe(true);
  });

  it('an invalid policy at startup is exit 2 naming the file and line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pgwarden-serve-'));
    const policy = join(dir, 'bad.yaml');
    writeFileSync(policy, 'apiVersion: pgwarden.io/v1alpha1\nkind: PostgresPolicy\nmetadata: {name: bad}\nspec:\n  mode: loud\n');
    const { lines, exited } = run(['--port', '0', '--tls-cert', pki.certFile, '--tls-key', pki.keyFile, '--policy', policy]);
    expect(await exited).toBe(2);
    const fatal = lines.find((l) => l.msg === 'pgwarden webhook failed to start');
    expect(String(fatal?.err)).toContain('bad.yaml:5');
  });

  it('a key that does not match the certificate is exit 2 without printing the key', async () => {
    const other = makePki();
    const { lines, exited } = run(['--port', '0', '--tls-cert', pki.certFile, '--tls-key', other.keyFile]);
    expect(await exited).toBe(2);
    const fatal = lines.find((l) => l.msg === 'pgwarden webhook failed to start');
    expect(String(fatal?.err)).toMatch(/is not usable/);
    expect(JSON.stringify(lines)).not.toContain('PRIVATE KEY');
  });
});
