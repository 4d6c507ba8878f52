// The body scan's size bounds: the judge skips its own walk of the objects when the bounds are within the caps, so
// a bound below the true count would let an object over the caps through. Checked against a direct count.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overLimits } from '../../src/webhook/evaluator.js';
import { PARSE_FIRST_MAX, measureValue, parseJsonBody, scanJson } from '../../src/webhook/json-body.js';

function counts(value: unknown): { values: number; entries: number } {
  let values = 0;
  let entries = 0;
  const stack = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    values++;
    if (v === null || typeof v !== 'object') continue;
    const items = Array.isArray(v) ? v : Object.values(v);
    entries = Math.max(entries, items.length);
    stack.push(...items);
  }
  return { values, entries };
}

describe('scanJson bounds', () => {
  it('are never below the true value count and the largest list or map, compact or indented', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.boolean(), (value, indent) => {
        const text = JSON.stringify(value, null, indent ? 2 : undefined);
        const { bounds } = scanJson(text);
        const exact = counts(JSON.parse(text));
        expect(bounds.values).toBeGreaterThanOrEqual(exact.values);
        expect(bounds.entries).toBeGreaterThanOrEqual(exact.entries);
      }),
      { numRuns: 400 },
    );
  });

  it('are exact for a list of scalars and for a map (commas inside strings do not count)', () => {
    expect(scanJson('[1,2,3,"a,b"]').bounds).toEqual({ values: 5, entries: 4 });
    expect(scanJson('{"a":{"b":[1,2]},"c":"x,y,z"}').bounds).toEqual({ values: 6, entries: 2 });
  });

  it('agree with overLimits: a body over a cap by its bounds holds an object overLimits refuses, one within never does', () => {
    const limits = { maxValues: 50, maxEntries: 10 };
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (value) => {
        const parsed = parseJsonBody(JSON.stringify(value));
        if (!parsed.ok) return;
        const within = parsed.bounds.values <= limits.maxValues && parsed.bounds.entries <= limits.maxEntries;
        if (within) expect(overLimits([parsed.value], limits)).toBeUndefined();
      }),
      { numRuns: 400 },
    );
  });

  it('reads request.uid with and without escapes in the keys', () => {
    expect(scanJson('{"request":{"uid":"abc"}}').uid).toBe('abc');
    expect(scanJson('{"req\\u0075est":{"\\u0075id":"a\\"b"}}').uid).toBe('a"b');
    expect(scanJson('{"request":{"uid":5,"x":"y"}}').uid).toBeUndefined();
  });
});

describe('parseJsonBody: small bodies parsed first and measured, large ones scanned first', () => {
  const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

  it('measures the same depth as the scan, and counts exactly', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), (value) => {
        const text = JSON.stringify(value);
        const measured = measureValue(JSON.parse(text), 1000);
        expect(measured.depth).toBe(scanJson(text, 1000).depth);
        expect(measured.bounds).toEqual(counts(JSON.parse(text)));
      }),
      { numRuns: 400 },
    );
  });

  it('refuses the same depths on both paths, with the uid', () => {
    for (const depth of [99, 100, 101, 5000]) {
      const small = `{"request":{"uid":"u-1"},"object":${nested(depth)}}`;
      // The same body padded past PARSE_FIRST_MAX with spaces takes the scan-first path.
      const large = `${small}${' '.repeat(PARSE_FIRST_MAX)}`;
      for (const text of [small, large]) {
        const parsed = parseJsonBody(text, 100);
        // The object's nesting plus the review's own level.
        expect(parsed.ok).toBe(depth + 1 <= 100);
        if (!parsed.ok) {
          expect(parsed.message).toContain('deeper than 100 levels');
          expect(parsed.uid).toBe('u-1');
        }
      }
    }
  });

  it('answers invalid JSON with the position and the uid on both paths, never the text', () => {
    const text = '{"request":{"uid":"u-2"},"object":{"password":"hunter2" oops}}';
    for (const body of [text, `${text}${' '.repeat(PARSE_FIRST_MAX)}`]) {
      const parsed = parseJsonBody(body);
      expect(parsed.ok).toBe(false);
      if (parsed.ok) continue;
      expect(parsed.message).toMatch(/^the body is not valid JSON \(at position \d+/);
      expect(parsed.message).not.toContain('hunter2');
      expect(parsed.uid).toBe('u-2');
    }
  });
});
