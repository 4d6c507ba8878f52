// resolvePath and relativePath (src/gitops/paths.ts) answer as path.resolve and path.relative for every input: the
// string shortcuts apply only where both give the same path.
import { relative, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { relativePath, resolvePath } from '../../src/gitops/index.js';

const segment = fc.constantFrom('', '.', '..', 'a', 'b', 'kustomization.yaml', '.hidden', 'x..y', '...', 'with space', 'a\\b');
const relativeArb = fc.array(segment, { maxLength: 5 }).map((parts) => parts.join('/'));
const pathArb = fc.oneof(relativeArb, relativeArb.map((p) => `/${p}`), relativeArb.map((p) => `/tmp/${p}/`), fc.constantFrom('/', '//', '/a//b', '/a/./b', '/a/../b'));

describe.skipIf(process.platform === 'win32')('string shortcuts for path.resolve and path.relative', () => {
  it('resolvePath(base, path) is path.resolve(base, path)', () => {
    fc.assert(
      fc.property(pathArb, pathArb, (base, path) => {
        expect(resolvePath(base, path)).toBe(resolve(base, path));
      }),
      { numRuns: 5000 },
    );
  });

  it('relativePath(from, to) is path.relative(from, to)', () => {
    fc.assert(
      fc.property(pathArb, pathArb, (from, to) => {
        expect(relativePath(from, to)).toBe(relative(from, to));
      }),
      { numRuns: 5000 },
    );
    // below, one segment or more, and the same directory
    for (const [from, to] of [
      ['/repo', '/repo/apps/a.yaml'],
      ['/repo', '/repo'],
      ['/repo', '/repository/a'],
      ['/', '/a'],
      ['/repo/', '/repo/a'],
    ] as const) {
      expect(relativePath(from, to), `${from} → ${to}`).toBe(relative(from, to));
    }
  });
});
