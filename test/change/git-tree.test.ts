// The base tree of `lint --base`, read from git objects (src/gitops/git-tree.ts): the content at the ref, symlinks
// resolved inside the tree and never out of it, unchanged files known, and the working tree and index left alone.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openGitTree } from '../../src/gitops/git-tree.js';
import { changeRepo, git } from './repo.js';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as NodeJS.ErrnoException).code;
  }
  return undefined;
};

describe('openGitTree', () => {
  it('reads the content at the ref; files whose bytes are the same on disk are known unchanged', async () => {
    const dir = changeRepo(
      { 'apps/a/cluster.yaml': 'size: 10Gi\n', 'apps/b/cluster.yaml': 'kept\n', 'gone.yaml': 'removed at the head\n' },
      { 'apps/a/cluster.yaml': 'size: 5Gi\n', 'apps/b/cluster.yaml': 'kept\n', 'new/added.yaml': 'added\n' },
    );
    writeFileSync(join(dir, 'untracked.yaml'), 'not committed\n');
    const tree = await openGitTree(dir, 'HEAD~1');
    expect(tree.commit).toBe(git(dir, 'rev-parse', 'HEAD~1').trim());
    expect(tree.fs.readFile(join(dir, 'apps/a/cluster.yaml')).toString()).toBe('size: 10Gi\n');
    expect(tree.fs.readFile(join(dir, 'gone.yaml')).toString()).toBe('removed at the head\n');
    expect(tree.fs.readFile(join(dir, 'apps/b/cluster.yaml')).toString()).toBe('kept\n');
    expect(tree.fs.size(join(dir, 'apps/a/cluster.yaml'))).toBe('size: 10Gi\n'.length);
    expect(tree.fs.readdir(dir).sort()).toEqual(['apps', 'gone.yaml']);
    expect(tree.fs.readdir(join(dir, 'apps')).sort()).toEqual(['a', 'b']);
    expect(tree.fs.typeOf(join(dir, 'apps'))).toBe('dir');
    expect(tree.fs.typeOf(join(dir, 'gone.yaml'))).toBe('file');
    expect(codeOf(() => tree.fs.typeOf(join(dir, 'new/added.yaml')))).toBe('ENOENT');
    expect(codeOf(() => tree.fs.readFile(join(dir, 'untracked.yaml')))).toBe('ENOENT');
    expect(codeOf(() => tree.fs.readdir(join(dir, 'gone.yaml')))).toBe('ENOTDIR');
    expect(tree.unchanged(join(dir, 'apps/b/cluster.yaml'))).toBe(true);
    expect(tree.unchanged(join(dir, 'apps/a/cluster.yaml'))).toBe(false);
    expect(tree.unchanged(join(dir, 'new/added.yaml'))).toBe(false);
    expect(tree.unchanged(join(dir, 'untracked.yaml'))).toBe(false);
  });

  it('an uncommitted edit makes a file changed against HEAD, and the blob is what is read', async () => {
    const dir = changeRepo({ 'a.yaml': 'committed\n' }, { 'a.yaml': 'edited, not committed\n' }, false);
    const tree = await openGitTree(dir, 'HEAD');
    expect(tree.unchanged(join(dir, 'a.yaml'))).toBe(false);
    expect(tree.fs.readFile(join(dir, 'a.yaml')).toString()).toBe('committed\n');
  });

  it('leaves the working tree and the index as they were, and writes nothing', async () => {
    const dir = changeRepo({ 'a.yaml': 'one\n', 'b.yaml': 'two\n' }, { 'a.yaml': 'one, edited\n', 'c.yaml': 'three\n' }, false);
    git(dir, 'add', 'c.yaml');
    const index = () => createHash('sha256').update(readFileSync(join(dir, '.git', 'index'))).digest('hex');
    const before = { status: git(dir, 'status', '--porcelain'), index: index(), temp: readdirSync(tmpdir()).filter((n) => n.startsWith('pgwarden-base-')).length };
    const tree = await openGitTree(dir, 'HEAD');
    for (const name of ['a.yaml', 'b.yaml']) tree.fs.readFile(join(dir, name));
    expect(git(dir, 'status', '--porcelain')).toBe(before.status);
    expect(index()).toBe(before.index);
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe('one, edited\n');
    expect(readdirSync(tmpdir()).filter((n) => n.startsWith('pgwarden-base-')).length).toBe(before.temp);
  });

  it('resolves symlinks inside the tree; a link out of the repository resolves to its target, which is never read', async () => {
    const dir = changeRepo({ 'real/cluster.yaml': 'real\n' }, { 'real/cluster.yaml': 'real\n' });
    // The base commit gets the links; the head removes them: the tree at HEAD~1 must still have them.
    symlinkSync('real', join(dir, 'linked'));
    mkdirSync(join(dir, 'sub'));
    symlinkSync('../real/cluster.yaml', join(dir, 'sub/real-link.yaml'));
    symlinkSync('/etc/hostname', join(dir, 'outside.yaml'));
    symlinkSync('loop-b', join(dir, 'loop-a'));
    symlinkSync('loop-a', join(dir, 'loop-b'));
    symlinkSync('..', join(dir, 'up'));
    symlinkSync('missing.yaml', join(dir, 'dangling.yaml'));
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'links');
    for (const name of ['linked', 'sub', 'outside.yaml', 'loop-a', 'loop-b', 'up', 'dangling.yaml']) rmSync(join(dir, name), { recursive: true });
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'links removed');

    const tree = await openGitTree(dir, 'HEAD~1');
    const real = tree.fs.realpath(dir);
    expect(tree.fs.isSymlink(join(dir, 'linked'))).toBe(true);
    expect(tree.fs.typeOf(join(dir, 'linked'))).toBe('dir');
    expect(tree.fs.readdir(join(dir, 'linked'))).toEqual(['cluster.yaml']);
    expect(tree.fs.readFile(join(dir, 'linked/cluster.yaml')).toString()).toBe('real\n');
    expect(tree.fs.realpath(join(dir, 'linked/cluster.yaml'))).toBe(join(real, 'real/cluster.yaml'));
    // a relative link climbing out of its directory ("../real/…") stays inside the repository
    expect(tree.fs.readFile(join(dir, 'sub/real-link.yaml')).toString()).toBe('real\n');
    // out of the repository: the target is named (the load restrictor refuses it), never read
    expect(tree.fs.realpath(join(dir, 'outside.yaml'))).toBe('/etc/hostname');
    expect(codeOf(() => tree.fs.readFile(join(dir, 'outside.yaml')))).toBe('ENOENT');
    expect(codeOf(() => tree.fs.readFile('/etc/hostname'))).toBe('ENOENT');
    expect(codeOf(() => tree.fs.readdir(join(dir, 'up')))).toBe('ENOENT');
    expect(tree.fs.realpath(join(dir, 'up'))).not.toContain(dir);
    expect(codeOf(() => tree.fs.typeOf(join(dir, 'loop-a')))).toBe('ELOOP');
    expect(codeOf(() => tree.fs.typeOf(join(dir, 'dangling.yaml')))).toBe('ENOENT');
    expect(tree.fs.isSymlink(join(dir, 'dangling.yaml'))).toBe(true);
  });

  it('the first commit of a repository compares with the empty tree', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pgw-change-'));
    git(dir, 'init', '-q', '-b', 'main');
    writeFileSync(join(dir, 'a.yaml'), 'a\n');
    const tree = await openGitTree(dir, 'HEAD');
    expect(tree.commit).toBe('');
    expect(tree.fs.readdir(dir)).toEqual([]);
  });

  it('refuses what is not a commit', async () => {
    const dir = changeRepo({ 'a.yaml': 'a\n' }, { 'a.yaml': 'a\n' });
    await expect(openGitTree(dir, '--output=/tmp/x')).rejects.toThrow(/not a git ref/);
    await expect(openGitTree(dir, 'no-such-branch')).rejects.toThrow(/git rev-parse failed/);
    await expect(openGitTree(dir, 'HEAD:a.yaml')).rejects.toThrow();
  });

  it('materialize writes the tree (links as links) into a temporary directory that dispose removes', async () => {
    const dir = changeRepo({ 'a/x.yaml': 'base\n', 'b.yaml': 'same\n' }, { 'a/x.yaml': 'head\n', 'b.yaml': 'same\n' });
    const tree = await openGitTree(dir, 'HEAD~1');
    const written = tree.materialize();
    expect(readFileSync(join(written.root, 'a/x.yaml'), 'utf8')).toBe('base\n');
    expect(readFileSync(join(written.root, 'b.yaml'), 'utf8')).toBe('same\n');
    written.dispose();
    expect(existsSync(written.root)).toBe(false);
  });
});
