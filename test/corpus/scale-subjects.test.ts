// The operators' profiles say what a `/scale` request changes (src/policies/adapters/profiles.ts); the operators' own
// CRDs (../shared/crds, at their release tags) say which kinds have a scale subresource and where its count lives.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { expect, it } from 'vitest';
import { POSTGRES_KINDS } from '../../src/audit/kinds.js';
import { scaleSubject } from '../../src/policies/index.js';
import { sharedRoot } from './helpers.js';

interface Crd {
  spec?: { group?: string; names?: { plural?: string }; versions?: { name: string; served?: boolean; subresources?: { scale?: { specReplicasPath?: string } } }[] };
}

it('every Postgres kind with a scale subresource in its CRD has a scale subject at the CRD’s specReplicasPath, and no other', () => {
  const dir = join(sharedRoot, 'crds');
  const checked: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
    for (const document of parseAllDocuments(readFileSync(join(dir, file), 'utf8'))) {
      const crd = document.toJS() as Crd;
      const group = crd.spec?.group;
      const plural = crd.spec?.names?.plural;
      if (!group || !plural || !POSTGRES_KINDS.some((k) => k.group === group && k.plural === plural)) continue;
      const path = crd.spec?.versions?.find((v) => v.served !== false && v.subresources?.scale)?.subresources?.scale?.specReplicasPath;
      const subject = scaleSubject(group, plural);
      if (path === undefined) expect(subject, `${file}: ${group}/${plural} has no scale subresource`).toBeUndefined();
      else expect(subject?.replicasPath, `${file}: ${group}/${plural}`).toBe(`/${path.replace(/^\./, '').split('.').join('/')}`);
      checked.push(`${group}/${plural}${path ? ` ${path}` : ''}`);
    }
  }
  expect(checked).toContain('postgresql.cnpg.io/clusters .spec.instances');
  expect(checked.length).toBeGreaterThanOrEqual(3);
});
