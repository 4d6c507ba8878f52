// parseYamlStream finds duplicate keys itself, in one pass (yaml's own uniqueKeys check compares every key with every
// earlier one: minutes for a 200,000-key ConfigMap). The errors must be the ones yaml reports: same keys, positions,
// code and first line of the message, in the same order.
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseYamlStream } from '../../src/yaml/index.js';

const CASES = [
  'a: 1\nb: 2\na: 3\n',
  'a: {x: 1, y: 2, x: 3}\n',
  'outer:\n  inner:\n    k: 1\n    k: 2\n  inner: 3\n',
  '"a": 1\na: 2\n',
  '1: x\n1.0: y\n',
  '~: x\nnull: y\n',
  'base: &b {k: 1}\n*b : 1\n*b : 2\n',
  '? [1]\n: x\n? [1]\n: y\n',
  'a: 1\n---\nb: 1\nb: 2\n---\nc: [1, 2\n',
  'a: 1\na: 2\nb: [\n',
  'no: dup\nat: all\n',
];

function summary(docs: ReturnType<typeof parseYamlStream>) {
  return docs.map((doc) => doc.errors.map((e) => ({ code: e.code, pos: e.pos, first: e.message.split('\n')[0], linePos: e.linePos })));
}

describe('parseYamlStream duplicate keys', () => {
  it.each(CASES)('reports what yaml uniqueKeys reports: %j', (text) => {
    for (const schema of ['core', 'failsafe'] as const) {
      for (const prettyErrors of [true, false]) {
        const ours = parseYamlStream(text, { schema, prettyErrors });
        const theirs = parseAllDocuments(text, { schema, prettyErrors }) as ReturnType<typeof parseYamlStream>;
        expect(summary(ours)).toEqual(summary(theirs));
      }
    }
  });

  it('reports nothing when the caller asks for no check, and the last value wins', () => {
    const [doc] = parseYamlStream('a: 1\na: 2\n', { uniqueKeys: false });
    expect(doc!.errors).toEqual([]);
    expect(doc!.toJS()).toEqual({ a: 2 });
  });
});
