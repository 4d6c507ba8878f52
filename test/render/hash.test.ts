import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeHashHex, goJsonMarshal, hashedName, hashInput, kustomizeHash } from '../../src/render/hash.js';
import { kubectlAvailable, kubectlKustomize } from './kubectl.js';

describe('kustomizeHash (suffixes printed by kubectl kustomize v5.5)', () => {
  it('hashes an empty ConfigMap with data as "" and the name as ""', () => {
    const cm = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'empty' } };
    expect(hashInput(cm)).toBe('{"data":"","kind":"ConfigMap","name":""}');
    expect(kustomizeHash(cm)).toBe('6ct58987ht');
    expect(hashedName(cm)).toBe('empty-6ct58987ht');
  });

  it('does not depend on the name (kustomize looks up the absent field "metadata/name")', () => {
    const a = { kind: 'ConfigMap', metadata: { name: 'one' }, data: { a: 'b' } };
    const b = { kind: 'ConfigMap', metadata: { name: 'p-one-s' }, data: { a: 'b' } };
    expect(kustomizeHash(a)).toBe('4h2mbtbbt6');
    expect(kustomizeHash(b)).toBe('4h2mbtbbt6');
  });

  it('escapes <, > and & as Go does and includes binaryData', () => {
    const x60 = `${'x'.repeat(60)}\n`;
    const cm = {
      kind: 'ConfigMap',
      metadata: { name: 'p-cm' },
      binaryData: { 'bin.dat': '//4=' },
      data: { A: '1', 'B ': ' "q"', C: '', E: 'a=b', a: '1', b: 'quoted', c: 'x', 'export D': '2', html: '<a&b>', k2: x60, 'long.txt': x60 },
    };
    expect(hashInput(cm)).toContain('\\u003ca\\u0026b\\u003e');
    expect(kustomizeHash(cm)).toBe('6ctktfck8k');
  });

  it('hashes a Secret with its type', () => {
    expect(kustomizeHash({ kind: 'Secret', type: 'Opaque', metadata: { name: 's1' }, data: { pw: 'c2VjcmV0' } })).toBe('dtgd52765c');
    expect(kustomizeHash({ kind: 'Secret', type: 'kubernetes.io/tls', metadata: { name: 's2' }, data: { pw: 'c2VjcmV0' } })).toBe(
      '5m8htcdmc8',
    );
  });

  it('ignores labels, annotations and immutable', () => {
    const base = { kind: 'Secret', type: 'Opaque', metadata: { name: 's' }, data: { pw: 'c2VjcmV0' } };
    const decorated = { ...base, immutable: true, metadata: { name: 's', labels: { x: 'y' }, annotations: { a: 'b' } } };
    expect(kustomizeHash(decorated)).toBe(kustomizeHash(base));
  });

  it('maps 0,1,3,a,e and keeps 10 characters', () => {
    expect(encodeHashHex('0123456789abcdef')).toBe('gh2k456789');
    expect(encodeHashHex('abcdeabcde')).toBe('mbcdtmbcdt');
    expect(() => encodeHashHex('abc')).toThrow();
  });

  it('sorts keys deeply like Go maps', () => {
    expect(goJsonMarshal({ b: 1, a: { d: 1, c: 2 } })).toBe('{"a":{"c":2,"d":1},"b":1}');
  });

  it('never produces hex digits kustomize maps away', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.string()), (data) => {
        const h = kustomizeHash({ kind: 'ConfigMap', data });
        expect(h).toMatch(/^[2456789bcdfghkmt]{10}$/);
      }),
    );
  });

  it('rejects kinds it cannot hash exactly', () => {
    expect(() => kustomizeHash({ kind: 'Deployment' })).toThrow(/ConfigMap and Secret/);
  });
});

describe.skipIf(!kubectlAvailable())('kustomizeHash against kubectl on random literals', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('matches the suffix kubectl prints for random ConfigMap and Secret literals', async () => {
    const samples = fc.sample(
      fc.dictionary(
        fc.stringMatching(/^[A-Za-z0-9._-]{1,12}$/),
        fc.string({ unit: fc.constantFrom('a', 'Z', '9', '<', '>', '&', ' ', '=', 'é', '"', "'", '#', '😀'), maxLength: 90 }),
        { maxKeys: 4 },
      ),
      { numRuns: 12, seed: 4242 },
    );
    for (const data of samples) {
      const dir = mkdtempSync(path.join(tmpdir(), 'pgw-hash-'));
      dirs.push(dir);
      // Literals through JSON-quoted YAML scalars. No U+2028: kubectl prints it followed by a folded line break,
      // which a YAML 1.2 parser reads back differently (an output-format quirk, not a hashing one).
      // kustomize strips one pair of
      // matching quotes from the value, so avoid values that start and end with the same quote.
      const literals = Object.entries(data).map(([k, v]) => `${k}=${v}`);
      const safe = literals.filter((l) => {
        const v = l.slice(l.indexOf('=') + 1);
        return !(v.length >= 2 && v[0] === v[v.length - 1] && (v[0] === '"' || v[0] === "'"));
      });
      writeFileSync(
        path.join(dir, 'kustomization.yaml'),
        `configMapGenerator:\n- name: c\n  literals: ${JSON.stringify(safe)}\nsecretGenerator:\n- name: s\n  literals: ${JSON.stringify(safe)}\n`,
      );
      const out = await kubectlKustomize(dir);
      expect(out.ok, out.error).toBe(true);
      for (const obj of out.objects) {
        const meta = obj.metadata as { name: string };
        const suffix = meta.name.slice(meta.name.lastIndexOf('-') + 1);
        expect(kustomizeHash(obj), JSON.stringify(obj)).toBe(suffix);
      }
    }
  });
});
