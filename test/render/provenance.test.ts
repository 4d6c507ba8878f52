// Provenance spot-check over test/fixtures/render (the corpus: test/corpus/render-provenance.test.ts): for every
// string leaf of every natively rendered object whose origin says it came from a resource or a patch, the line the
// origin names must hold that value — or the value must be built from it (namePrefix/nameSuffix/hash keep the line
// where a person edits the name). Values set by kustomization fields (namespace, labels, images, …) must say
// `via: 'kustomization'` or 'generator' instead.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { render } from '../../src/render/index.js';
import { expectProvenanceLines } from './parity.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');


describe('render() provenance', () => {
  it('points every resource/patch string value of the fixtures at a line that holds it', { timeout: 300_000 }, async () => {
    await expectProvenanceLines('fixtures', [path.join(repoRoot, 'test/fixtures/render')], 300);
  });
});

describe('render() provenance of generated values', () => {
  it('points generated data at the literal, the files entry and the env-file line; references at the resource', async () => {
    const dir = path.join(repoRoot, 'test/fixtures/render/generators');
    const k = path.join(dir, 'kustomization.yaml');
    const result = await render(dir, { fallback: false });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const index = (kind: string, prefix: string) =>
      result.objects.findIndex((o) => o.kind === kind && String((o.metadata as { name?: string }).name).startsWith(prefix));
    const at = (i: number, pointer: string) => {
      const o = result.origin(i, pointer);
      return o && { file: o.file, line: o.line, via: o.via };
    };
    const envConf = index('ConfigMap', 'env-conf-');
    const conf = index('ConfigMap', 'postgres-conf-');
    const secret = index('Secret', 'postgres-secret-');
    const sts = index('StatefulSet', 'postgres');
    expect(at(envConf, '/data/PGTZ')).toEqual({ file: k, line: 13, via: 'generator' });
    expect(at(envConf, '/data/PGPORT')).toEqual({ file: path.join(dir, 'settings.env'), line: 2, via: 'generator' });
    expect(at(conf, '/data/pg_hba.conf')).toEqual({ file: k, line: 8, via: 'generator' });
    expect(at(secret, '/data/password')).toEqual({ file: k, line: 17, via: 'generator' });
    expect(at(secret, '/metadata/name')).toMatchObject({ file: k, line: 15 });
    // The StatefulSet's reference was rewritten to the hashed name; a person edits it in the StatefulSet.
    expect(at(sts, '/spec/template/spec/volumes/0/configMap/name')).toMatchObject({ file: path.join(dir, 'statefulset.yaml'), line: 45 });
  });
});
