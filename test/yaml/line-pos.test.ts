import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineCounter, parseAllDocuments } from 'yaml';
import { linePosAt } from '../../src/yaml/index.js';

describe('linePosAt (positions from a parse memo)', () => {
  it("answers as yaml's LineCounter.linePos for every offset of any text, from the line starts the parse recorded", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', ' ', ':', '-', '\n', '\r\n', '#', '"', '---\n'), { maxLength: 80 }), (parts) => {
        const text = parts.join('');
        const counter = new LineCounter();
        parseAllDocuments(text, { lineCounter: counter });
        for (let offset = -1; offset <= text.length + 1; offset++) {
          expect(linePosAt(counter.lineStarts, offset)).toEqual(counter.linePos(offset));
        }
      }),
    );
  });

  it('with no line starts, as LineCounter before any line: line 0', () => {
    expect(linePosAt([], 5)).toEqual(new LineCounter().linePos(5));
  });
});
