// Loads every YAML/JSON document under ../shared/corpus, grouped per source directory (`<owner>__<repo>`, one group = one
// `buildModel` input, as the CLI sees a whole GitOps repo: a ScheduledBackup meets its Cluster, a Zalando cluster the
// operator's HelmRelease in a sibling directory). Parse failures are counted, not thrown.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { InputObject } from '../../src/policies/types.js';

export interface CorpusGroup {
  /** Source directory (`<owner>__<repo>`) relative to the corpus root. */
  dir: string;
  inputs: InputObject[];
}

export interface Corpus {
  root: string;
  groups: CorpusGroup[];
  files: number;
  documents: number;
  parseFailures: { file: string; error: string }[];
}

export function corpusRoot(repoRoot: string): string {
  return path.resolve(repoRoot, '../shared/corpus');
}

function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (/\.(ya?ml|json)$/i.test(entry.name)) out.push(full);
  }
}

export function loadCorpus(root: string): Corpus {
  const files: string[] = [];
  walk(root, files);
  const byDir = new Map<string, InputObject[]>();
  const parseFailures: Corpus['parseFailures'] = [];
  let documents = 0;
  for (const file of files) {
    const relative = path.relative(root, file);
    const dir = relative.split(path.sep)[0] ?? relative;
    let parsed: unknown[];
    try {
      const docs = parseAllDocuments(readFileSync(file, 'utf8'), { uniqueKeys: false });
      const list = Array.isArray(docs) ? docs : [docs];
      const failed = list.find((doc) => doc.errors.length > 0);
      if (failed) throw new Error(failed.errors[0]!.message.split('\n')[0]);
      parsed = list.map((doc) => doc.toJS({ maxAliasCount: 1000 }) as unknown).filter((object) => object !== null && object !== undefined);
    } catch (error) {
      parseFailures.push({ file: relative, error: error instanceof Error ? error.message : String(error) });
      continue;
    }
    const group = byDir.get(dir) ?? [];
    byDir.set(dir, group);
    for (const object of parsed) {
      documents++;
      group.push({ object, file: relative });
    }
  }
  const groups = [...byDir.entries()].map(([dir, inputs]) => ({ dir, inputs })).filter((group) => group.inputs.length > 0);
  return { root, groups, files: files.length, documents, parseFailures };
}
