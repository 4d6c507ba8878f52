// goPathMatch against Go's own table for path.Match (src/path/match_test.go, go1.22): Argo CD's ApplicationSet git
// directories generator matches with it (applicationset/generators/git.go `filterApps`).
import { describe, expect, it } from 'vitest';
import { goPathMatch, MAX_PATTERN_LENGTH, staticPrefix } from '../../src/gitops/path-match.js';

const BAD = undefined;
// [pattern, name, matched (or BAD for ErrBadPattern)]
const goTable: [string, string, boolean | undefined][] = [
  ['abc', 'abc', true],
  ['*', 'abc', true],
  ['*c', 'abc', true],
  ['a*', 'a', true],
  ['a*', 'abc', true],
  ['a*', 'ab/c', false],
  ['a*/b', 'abc/b', true],
  ['a*/b', 'a/c/b', false],
  ['a*b*c*d*e*/f', 'axbxcxdxe/f', true],
  ['a*b*c*d*e*/f', 'axbxcxdxexxx/f', true],
  ['a*b*c*d*e*/f', 'axbxcxdxe/xxx/f', false],
  ['a*b*c*d*e*/f', 'axbxcxdxexxx/fff', false],
  ['a*b?c*x', 'abxbbxdbxebxczzx', true],
  ['a*b?c*x', 'abxbbxdbxebxczzy', false],
  ['ab[c]', 'abc', true],
  ['ab[b-d]', 'abc', true],
  ['ab[e-g]', 'abc', false],
  ['ab[^c]', 'abc', false],
  ['ab[^b-d]', 'abc', false],
  ['ab[^e-g]', 'abc', true],
  ['a\\*b', 'a*b', true],
  ['a\\*b', 'ab', false],
  ['a?b', 'a\u263ab', true],
  ['a[^a]b', 'a\u263ab', true],
  ['a???b', 'a\u263ab', false],
  ['a[^a][^a][^a]b', 'a\u263ab', false],
  ['[a-\u03b6]*', '\u03b1', true],
  ['*[a-\u03b6]', 'A', false],
  ['a?b', 'a/b', false],
  ['a*b', 'a/b', false],
  ['[\\]a]', ']', true],
  ['[\\-]', '-', true],
  ['[x\\-]', 'x', true],
  ['[x\\-]', '-', true],
  ['[x\\-]', 'z', false],
  ['[\\-x]', 'x', true],
  ['[\\-x]', '-', true],
  ['[\\-x]', 'a', false],
  ['[]a]', ']', BAD],
  ['[-]', '-', BAD],
  ['[x-]', 'x', BAD],
  ['[x-]', '-', BAD],
  ['[x-]', 'z', BAD],
  ['[-x]', 'x', BAD],
  ['[-x]', '-', BAD],
  ['[-x]', 'a', BAD],
  ['\\', 'a', BAD],
  ['[a-b-c]', 'a', BAD],
  ['[', 'a', BAD],
  ['[^', 'a', BAD],
  ['[^bc', 'a', BAD],
  ['a[', 'a', BAD],
  ['a[', 'ab', BAD],
  ['a[', 'x', BAD],
  ['a/b[', 'x', BAD],
  ['*x', 'xxx', true],
];

describe("goPathMatch (Go's path.Match)", () => {
  it.each(goTable)('%j against %j: %s', (pattern, name, want) => {
    expect(goPathMatch(pattern, name)).toBe(want);
  });

  it('has no globstar and no braces, as Argo CD', () => {
    expect(goPathMatch('envs/**', 'envs/prod')).toBe(true);
    expect(goPathMatch('envs/**', 'envs/prod/eu')).toBe(false);
    expect(goPathMatch('{envs,other}/dev', 'envs/dev')).toBe(false);
    expect(goPathMatch('{envs,other}/dev', '{envs,other}/dev')).toBe(true);
    expect(goPathMatch('envs/*', 'envs/.hidden')).toBe(true);
  });
});

describe('goPathMatch on hostile patterns (an ApplicationSet from a pull request)', () => {
  it('matches nothing with a pattern over the length bound', () => {
    expect(goPathMatch('a'.repeat(MAX_PATTERN_LENGTH + 1), 'a'.repeat(MAX_PATTERN_LENGTH + 1))).toBeUndefined();
    expect(goPathMatch('*'.repeat(MAX_PATTERN_LENGTH), 'anything')).toBe(true);
  });

  it('takes time in proportion to pattern and name, with no backtracking blow-up', () => {
    // 510 stars, each tried at every position of a 4,000-character name (a path at its longest): linear per star.
    const pattern = `${'*a'.repeat(510)}b`;
    expect(pattern.length).toBeLessThanOrEqual(MAX_PATTERN_LENGTH);
    for (let i = 0; i < 20; i++) expect(goPathMatch(pattern, 'a'.repeat(4000))).toBe(false);
  });
});

describe('staticPrefix', () => {
  it.each([
    ['envs/*', 'envs'],
    ['envs/prod', 'envs/prod'],
    ['*/dev', ''],
    ['a/b/[xy]*/c', 'a/b'],
    ['a/b\\*/c', 'a'],
    ['a?/b', ''],
  ])('%s → %j', (pattern, prefix) => {
    expect(staticPrefix(pattern)).toBe(prefix);
  });
});
