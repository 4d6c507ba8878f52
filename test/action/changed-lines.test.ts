import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseUnifiedDiff, touchesChangedLines } from '../../github-action/src/changed-lines.js';
import { changedLines } from '../../github-action/src/git.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd, encoding: 'utf8' });
}

describe('parseUnifiedDiff', () => {
  it('reads new-side ranges from real git output: edits, additions, deletions, new, deleted and unusual file names', () => {
    const repo = mkdtempSync(join(tmpdir(), 'pgw-diff-'));
    dirs.push(repo);
    git(repo, 'init', '-q', '-b', 'main');
    const lines = (n: number, tag = 'line') => `${Array.from({ length: n }, (_, i) => `${tag} ${i + 1}`).join('\n')}\n`;
    mkdirSync(join(repo, 'apps/a b'), { recursive: true });
    writeFileSync(join(repo, 'apps/a b/cluster.yaml'), lines(20));
    writeFileSync(join(repo, 'gone.yaml'), lines(3));
    writeFileSync(join(repo, 'café.yaml'), lines(3));
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'base');
    const base = git(repo, 'rev-parse', 'HEAD').trim();

    const edited = lines(20).split('\n');
    edited[2] = 'changed 3'; // line 3 modified
    edited.splice(9, 2); // lines 10-11 deleted
    edited.splice(15, 0, 'new a', 'new b'); // two lines added
    writeFileSync(join(repo, 'apps/a b/cluster.yaml'), edited.join('\n'));
    unlinkSync(join(repo, 'gone.yaml'));
    writeFileSync(join(repo, 'new.yaml'), lines(4));
    writeFileSync(join(repo, 'café.yaml'), 'line 1\nline 2 changed\nline 3\n');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'head');

    const { changed } = changedLines(repo, base);
    expect(changed.get('apps/a b/cluster.yaml')).toEqual([
      [3, 3],
      [16, 17],
    ]);
    expect(changed.get('new.yaml')).toEqual([[1, 4]]);
    expect(changed.get('café.yaml')).toEqual([[2, 2]]);
    expect(changed.has('gone.yaml')).toBe(false);
    expect(touchesChangedLines(changed, 'apps/a b/cluster.yaml', 3)).toBe(true);
    expect(touchesChangedLines(changed, 'apps/a b/cluster.yaml', 10)).toBe(false);
    // A finding spanning lines 14-16 overlaps the added lines.
    expect(touchesChangedLines(changed, 'apps/a b/cluster.yaml', 14, 16)).toBe(true);
    expect(touchesChangedLines(changed, 'other.yaml', 1)).toBe(false);
  });

  it('decodes git-quoted paths and ignores pure deletions', () => {
    const diff = [
      'diff --git "a/x\\303\\251.yaml" "b/x\\303\\251.yaml"',
      '--- "a/x\\303\\251.yaml"',
      '+++ "b/x\\303\\251.yaml"',
      '@@ -4,2 +3,0 @@',
      '@@ -9 +8 @@',
      '-old',
      '+new',
    ].join('\n');
    expect([...parseUnifiedDiff(diff)]).toEqual([['xé.yaml', [[8, 8]]]]);
  });
});
