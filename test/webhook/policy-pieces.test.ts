import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Policy } from '../../src/policies/index.js';
import { assemblePiece, type CompileResult, resultPieces } from '../../src/webhook/policy-compile.js';

const policy = (name: string): Policy => ({ name, mode: 'enforce', rules: {} });

const resultArb: fc.Arbitrary<CompileResult> = fc.oneof(
  fc.string().map((error) => ({ ok: false as const, error })),
  fc.array(fc.string({ minLength: 1, maxLength: 8 }), { maxLength: 40 }).map((names) => ({ ok: true as const, set: { policies: names.map(policy) } })),
);

describe('policy results handed from the worker in pieces', () => {
  it('reassemble to the same results, in order, with no piece over the bound', () => {
    fc.assert(
      fc.property(fc.array(resultArb, { maxLength: 30 }), fc.integer({ min: 1, max: 17 }), (results, perPiece) => {
        const pieces = [...resultPieces(7, results, perPiece)];
        expect(pieces.at(-1)?.done).toBe(true);
        expect(pieces.slice(0, -1).every((piece) => !piece.done && piece.id === 7)).toBe(true);
        for (const piece of pieces) {
          const weight = piece.parts.reduce((sum, part) => sum + (part.ok ? part.policies.length : 1), 0);
          expect(weight).toBeLessThanOrEqual(perPiece);
        }
        const assembled: CompileResult[] = [];
        for (const piece of pieces) assemblePiece(assembled, structuredClone(piece));
        expect(assembled).toEqual(results);
      }),
    );
  });

  it('cut 20,000 policies of one document into pieces of 250', () => {
    const results: CompileResult[] = [{ ok: true, set: { policies: Array.from({ length: 20_000 }, (_, i) => policy(`p${i}`)) } }];
    const pieces = [...resultPieces(1, results)];
    expect(pieces).toHaveLength(81);
    expect(pieces[0]?.parts[0]).toMatchObject({ index: 0, ok: true });
    expect(pieces.map((piece) => (piece.parts[0]?.ok ? piece.parts[0].policies.length : -1)).slice(0, 80).every((n) => n === 250)).toBe(true);
  });

  it('still report a document that compiled to no policies', () => {
    const pieces = [...resultPieces(1, [{ ok: true, set: { policies: [] } }])];
    const assembled: CompileResult[] = [];
    for (const piece of pieces) assemblePiece(assembled, piece);
    expect(assembled).toEqual([{ ok: true, set: { policies: [] } }]);
  });
});
