// bin/pgwarden checks the Node version before any module of the bundle loads (issue 14: on Node 20 `serve --help`
// died inside undici). Run with a Node reporting an older version, every command must say what it needs, exit 2.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers.js';

const nodeBin = join(repoRoot, 'node_modules/.bin/node');
const bin = join(repoRoot, 'bin/pgwarden');
/** Makes the Node 24 of node_modules report another version before bin/pgwarden runs. */
const pretend = (version: string) => `data:text/javascript,Object.defineProperty(process.versions,"node",{value:"${version}"})`;

function runAs(version: string, args: string[]) {
  return spawnSync(nodeBin, ['--import', pretend(version), bin, ...args], { cwd: repoRoot, encoding: 'utf8' });
}

describe('bin/pgwarden on an older Node', () => {
  it.each([['--version'], ['serve', '--help'], ['lint', 'examples'], ['no-such-command']])('%s: says which Node it needs, exit 2', (...args) => {
    const run = runAs('20.20.2', args);
    expect(run.stderr).toBe('pgwarden needs Node ≥ 22.19 (found 20.20.2)\n');
    expect(run.stdout).toBe('');
    expect(run.status).toBe(2);
  });

  it('22.18 is refused, 22.19 runs', () => {
    expect(runAs('22.18.0', ['--version']).status).toBe(2);
    const ok = runAs('22.19.0', ['--version']);
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
  });

  it('the minimum is the one package.json "engines" declares', () => {
    const engines = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node;
    expect(engines).toBe('>=22.19');
    expect(readFileSync(bin, 'utf8')).toContain('const MINIMUM = [22, 19];');
  });

  // The machine's own Node, where it is older (Debian's /usr/bin/node is 20 here): the real thing, not a pretence.
  const systemNode = '/usr/bin/node';
  const systemVersion = existsSync(systemNode) ? spawnSync(systemNode, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim() : '';
  const [major = 0, minor = 0] = systemVersion.split('.').map(Number);
  it.skipIf(!systemVersion || major > 22 || (major === 22 && minor >= 19))(`the machine's ${systemNode} (${systemVersion || 'absent'})`, () => {
    const run = spawnSync(systemNode, [bin, 'serve', '--help'], { cwd: repoRoot, encoding: 'utf8' });
    expect(run.stderr).toBe(`pgwarden needs Node ≥ 22.19 (found ${systemVersion})\n`);
    expect(run.status).toBe(2);
  });
});
