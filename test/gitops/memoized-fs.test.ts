// memoizedFs (src/gitops/fs.ts): discovery asks each question about a path once per run; the answers, errors
// included, are those of the first question, and a listing handed out cannot be changed by the caller that sorts it.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type EntryType, memoizedFs, nodeFs, type RepoFs, readFileCapped } from '../../src/gitops/index.js';

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** A directory with a file, a subdirectory, a symlink to each and a dangling one. */
function treeWithLinks(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pgwarden-memoized-fs-'));
  temps.push(dir);
  writeFileSync(join(dir, 'file.yaml'), 'kind: A\n');
  mkdirSync(join(dir, 'sub'));
  symlinkSync('file.yaml', join(dir, 'to-file.yaml'));
  symlinkSync('sub', join(dir, 'to-sub'));
  symlinkSync('missing.yaml', join(dir, 'dangling.yaml'));
  return dir;
}

function countingFs(): { fs: RepoFs; calls: string[] } {
  const calls: string[] = [];
  const missing = () => Object.assign(new Error('ENOENT: no such file or directory'), { code: 'ENOENT' });
  const fs: RepoFs = {
    readdir: (dir) => {
      calls.push(`readdir ${dir}`);
      if (dir === '/gone') throw missing();
      return ['b.yaml', 'a.yaml'];
    },
    typeOf: (path): EntryType => {
      calls.push(`typeOf ${path}`);
      if (path === '/gone') throw missing();
      return path.endsWith('.yaml') ? 'file' : 'dir';
    },
    isSymlink: (path) => {
      calls.push(`isSymlink ${path}`);
      return false;
    },
    size: (path) => {
      calls.push(`size ${path}`);
      return 10;
    },
    readFile: (path) => {
      calls.push(`readFile ${path}`);
      return Buffer.from('x');
    },
    realpath: (path) => {
      calls.push(`realpath ${path}`);
      return `/real${path}`;
    },
  };
  return { fs, calls };
}

describe('memoizedFs', () => {
  it('asks the file system once per question and path', () => {
    const { fs, calls } = countingFs();
    const memo = memoizedFs(fs);
    for (let i = 0; i < 3; i++) {
      expect(memo.typeOf('/r/a.yaml')).toBe('file');
      expect(memo.realpath('/r')).toBe('/real/r');
      expect(memo.isSymlink('/r/a.yaml')).toBe(false);
      expect(memo.size('/r/a.yaml')).toBe(10);
      expect(memo.readdir('/r')).toEqual(['b.yaml', 'a.yaml']);
    }
    expect(calls.sort()).toEqual(['isSymlink /r/a.yaml', 'readdir /r', 'realpath /r', 'size /r/a.yaml', 'typeOf /r/a.yaml']);
  });

  it('keeps errors (with their code) as answers too', () => {
    const { fs, calls } = countingFs();
    const memo = memoizedFs(fs);
    for (let i = 0; i < 2; i++) {
      expect(() => memo.typeOf('/gone')).toThrow(expect.objectContaining({ code: 'ENOENT' }));
      expect(() => memo.readdir('/gone')).toThrow(expect.objectContaining({ code: 'ENOENT' }));
    }
    expect(calls).toEqual(['typeOf /gone', 'readdir /gone']);
  });

  it('hands out a listing the caller may sort, and reads file contents every time', () => {
    const { fs, calls } = countingFs();
    const memo = memoizedFs(fs);
    memo.readdir('/r').sort();
    expect(memo.readdir('/r')).toEqual(['b.yaml', 'a.yaml']);
    memo.readFile('/r/a.yaml');
    memo.readFile('/r/a.yaml');
    expect(calls.filter((c) => c.startsWith('readFile'))).toHaveLength(2);
  });

  it('on disk, answers typeOf, isSymlink and size from one look at each path as nodeFs does from three', () => {
    const dir = treeWithLinks();
    symlinkSync('loop-b', join(dir, 'loop-a'));
    symlinkSync('loop-a', join(dir, 'loop-b'));
    const answer = (fs: RepoFs, path: string) =>
      (['typeOf', 'isSymlink', 'size'] as const).map((question) => {
        try {
          const value = fs[question](path);
          // A directory's size is the file system's business; only files' sizes are read.
          return question === 'size' && fs.typeOf(path) === 'dir' ? 'a size' : value;
        } catch (error) {
          return (error as NodeJS.ErrnoException).code;
        }
      });
    const expected: Record<string, unknown[]> = {
      'file.yaml': ['file', false, 8],
      sub: ['dir', false, 'a size'],
      'to-file.yaml': ['file', true, 8],
      'to-sub': ['dir', true, 'a size'],
      'dangling.yaml': ['ENOENT', true, 'ENOENT'],
      'loop-a': ['ELOOP', true, 'ELOOP'],
      'no-such-entry': ['ENOENT', 'ENOENT', 'ENOENT'],
    };
    for (const [name, answers] of Object.entries(expected)) {
      const path = join(dir, name);
      expect(answer(nodeFs, path), name).toEqual(answers);
      const memo = memoizedFs(nodeFs);
      expect(answer(memo, path), name).toEqual(answers);
      expect(answer(memo, path), `${name}, asked again`).toEqual(answers);
    }
  });

  it('on disk, answers after a listing as after a look at each entry, and asks nothing more of those not symlinks', () => {
    const dir = treeWithLinks();
    const looks: string[] = [];
    const lookup = nodeFs.lookup as NonNullable<RepoFs['lookup']>;
    const counted: RepoFs = {
      ...nodeFs,
      lookup: (path) => {
        looks.push(path);
        return lookup(path);
      },
    };
    const memo = memoizedFs(counted);
    const real = memoizedFs(nodeFs).realpath(dir);
    expect(memo.realpath(dir)).toBe(real);
    const names = memo.readdir(dir).sort();
    expect(names).toEqual(['dangling.yaml', 'file.yaml', 'sub', 'to-file.yaml', 'to-sub']);
    const answer = (path: string) => {
      try {
        return [memo.typeOf(path), memo.isSymlink(path)];
      } catch (error) {
        return [(error as NodeJS.ErrnoException).code];
      }
    };
    expect(Object.fromEntries(names.map((name) => [name, answer(join(dir, name))]))).toEqual({
      'dangling.yaml': ['ENOENT'],
      'file.yaml': ['file', false],
      sub: ['dir', false],
      'to-file.yaml': ['file', true],
      'to-sub': ['dir', true],
    });
    // A real path below a listed directory comes from its parent's; only the symlinks were looked at.
    expect(memo.realpath(join(dir, 'sub'))).toBe(join(real, 'sub'));
    expect(looks.map((path) => path.slice(dir.length + 1)).sort()).toEqual(['dangling.yaml', 'to-file.yaml', 'to-sub']);
  });
});

describe('readFileCapped', () => {
  it('reads a file whole up to the cap, and no file above it, on disk as through size and readFile', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pgwarden-capped-'));
    temps.push(dir);
    const sizes = [0, 1, 100, 64 * 1024 - 1, 64 * 1024, 64 * 1024 + 1, 300_000];
    for (const size of sizes) writeFileSync(join(dir, `f${size}`), Buffer.alloc(size, size % 251));
    const { readCapped: _, ...withoutCapped } = nodeFs;
    for (const size of sizes) {
      for (const max of [size - 1, size, size + 1, 4 * 1024 * 1024]) {
        if (max < 0) continue;
        const expected = size > max ? undefined : Buffer.alloc(size, size % 251);
        expect(readFileCapped(nodeFs, join(dir, `f${size}`), max), `${size} bytes, cap ${max}`).toEqual(expected);
        expect(readFileCapped(withoutCapped, join(dir, `f${size}`), max), `${size} bytes, cap ${max}, by size`).toEqual(expected);
      }
    }
    expect(() => readFileCapped(nodeFs, join(dir, 'missing'), 10)).toThrow(expect.objectContaining({ code: 'ENOENT' }));
  });
});
