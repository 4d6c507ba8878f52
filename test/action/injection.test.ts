// Issue 9's workflow-command injection, run against the committed Action bundle: a Cluster named
// "db\n::error file=README.md::pwned\n::set-output …\n::add-mask::…", an app directory with a \r, a file whose name
// starts with `::` and a name full of Markdown. The log carries no command but the Action's own, the outputs are the
// real counts, and the job summary shows the Markdown as text.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logUntrusted } from '../../github-action/src/action.js';
import { cell } from '../../github-action/src/summary.js';
import { ATTACK_DIR, ATTACK_FILE, foreignCommands, MARKDOWN_ATTACK, writeInjectionRepo } from '../support/injection-repo.js';
import { commitAll, runBundledAction } from '../support/run-action.js';

let work: string;
let repo: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'pgw-action-inject-'));
  repo = join(work, 'repo');
  writeInjectionRepo(repo);
  commitAll(repo);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function repoFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) =>
    e.name === '.git' ? [] : e.isDirectory() ? repoFiles(dir, `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

describe('the bundled Action on a repo built to inject commands', () => {
  it('writes no workflow command but its own annotations, groups and stop-commands pair', () => {
    const run = runBundledAction(repo, { path: '.', 'fail-on': 'never' });
    expect(run.status, run.log).toBe(0);
    // The attack is in the log, as text.
    expect(run.log).toContain('::error file=README.md::pwned');
    expect(foreignCommands(run.log, new Set(repoFiles(repo)))).toEqual([]);
    // Annotations exist (so the check above had something to check) and point at the repo's files.
    expect(run.log).toMatch(/^::error title=image-tag,file=app\/cluster\.yaml,/m);
    expect(run.log).toContain(`file=${ATTACK_DIR.replace(/\r/g, '%0D').replace(/:/g, '%3A')}/${ATTACK_FILE.replace(/:/g, '%3A')}`);
    // set-output was not injected: the outputs hold the real counts.
    expect(run.outputs).toMatch(/^errors<<(\S+)\n2\n\1$/m);
    expect(run.outputs).not.toMatch(/^errors<<(\S+)\n0\n\1$/m);
  });

  it('keeps the job summary Markdown its own: names, apps, paths and messages are text', () => {
    const run = runBundledAction(repo, { path: '.', 'fail-on': 'never' });
    expect(run.summary).toContain('evil.example');
    expect(run.summary).not.toMatch(/<img|!\[|\]\(https:\/\/evil/);
    for (const row of run.summary.split('\n').filter((l) => l.startsWith('| '))) {
      // Exactly the table's own five cell delimiters.
      expect(row.match(/(?<!\\)\|/g), row).toHaveLength(5);
    }
    expect(run.summary).not.toMatch(/[\r]/);
  });
});

describe('escaping helpers', () => {
  it('cell keeps the engine’s code spans and makes everything else literal', () => {
    expect(cell('Write `spec.instances: 2` now')).toBe('Write <code>spec.instances: 2</code> now');
    // Only the engine-style `code` span becomes markup; no bracket, pipe, HTML, emphasis or math survives.
    expect(cell(MARKDOWN_ATTACK).replace(/<\/?code>/g, '')).not.toMatch(/[[\]<>|`*_~$\\]/);
    expect(cell('a\r\nb\nc')).toBe('a<br>b<br>c');
    expect(cell('odd ` tick')).toBe('odd &#96; tick');
  });

  it('logUntrusted wraps the text in a stop-commands pair with a fresh token', () => {
    const lines: string[] = [];
    logUntrusted('::error::x\n::set-output name=a::b', (l) => lines.push(l));
    logUntrusted('again', (l) => lines.push(l));
    const [open, body, close, open2] = lines;
    const token = /^::stop-commands::(.+)$/.exec(open!)?.[1];
    expect(token).toMatch(/^[0-9a-f-]{36}$/);
    expect(body).toBe('::error::x\n::set-output name=a::b');
    expect(close).toBe(`::${token}::`);
    expect(open2).not.toBe(open);
  });
});
