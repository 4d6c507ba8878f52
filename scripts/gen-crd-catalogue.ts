// Regenerates src/policies/crd-catalogue.json, the built-in field trees of the supported operators' CRDs, from
// CRD files named `<operator>-v<version>-<plural>.yaml` (as ../shared/crds/ holds them, copied unchanged from each
// operator's repository at a release tag; see its README for tags and commits).
//
//   npm run gen:crd-catalogue [-- DIR [--out FILE]]     (default DIR: ../shared/crds)
//
// The output is deterministic (files sorted, subtrees shared), so a regeneration shows only real schema changes.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { CatalogueBuilder } from '../src/policies/crd-schema.js';

const operatorNames: Record<string, string> = {
  cnpg: 'CloudNativePG',
  pgo: 'Crunchy PGO',
  zalando: 'Zalando postgres-operator',
};

// npm runs scripts from the package root; the bundled script does not live beside this source.
const repoRoot = process.cwd();
const args = process.argv.slice(2);
const outFlag = args.indexOf('--out');
const out = outFlag >= 0 && args[outFlag + 1] ? resolve(args.splice(outFlag, 2)[1]!) : join(repoRoot, 'src/policies/crd-catalogue.json');
const dir = resolve(args[0] ?? join(repoRoot, '../shared/crds'));

const builder = new CatalogueBuilder();
const files = readdirSync(dir)
  .filter((file) => /^[a-z]+-v\d[\w.]*-[a-z]+\.ya?ml$/.test(file))
  .sort();
if (files.length === 0) {
  process.stderr.write(`gen-crd-catalogue: no <operator>-v<version>-<plural>.yaml file in ${dir}\n`);
  process.exit(2);
}
for (const file of files) {
  const [, operator, version] = /^([a-z]+)-v([\w.]+?)-[a-z]+\.ya?ml$/.exec(basename(file))!;
  const source = `${operatorNames[operator!] ?? operator} ${version}`;
  for (const doc of parseAllDocuments(readFileSync(join(dir, file), 'utf8'))) {
    const crd = doc.toJS({ maxAliasCount: 100 });
    const added = builder.addCrd(crd, source);
    for (const entry of added) process.stderr.write(`${file}: ${entry.group}/${entry.version} ${entry.kind} (${source})\n`);
  }
}
// Each node as its JSON text, parsed when a check first reaches it (src/policies/crd-schema.ts, SchemaCatalogue).
const json = `${JSON.stringify({ ...builder.catalogue, nodes: builder.catalogue.nodes.map((node) => JSON.stringify(node)) })}\n`;
writeFileSync(out, json);
process.stderr.write(
  `wrote ${out}: ${builder.catalogue.entries.length} kinds/versions, ${builder.catalogue.nodes.length} schema nodes, ${json.length} bytes\n`,
);
