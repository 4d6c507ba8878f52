// Real manifests from ../shared (corpus, seed articles) for the corpus suite (`npm run test:corpus`).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadManifests } from '../../src/policies/rule-tester.js';
import type { InputObject } from '../../src/policies/types.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const sharedRoot = path.resolve(repoRoot, '../shared');

/** A real manifest from the shared corpus (../shared/corpus/<owner__repo>/<path>), as InputObjects. */
export function corpus(relative: string): InputObject[] {
  const file = path.join(sharedRoot, 'corpus', relative);
  return loadManifests(readFileSync(file, 'utf8'), relative);
}

/**
 * YAML code blocks of a seed article (../shared/seeds/<file>) that parse to objects of `kind`, with `<placeholders>`
 * replaced (articles write `<cluster_name>`).
 */
export function seedObjects(seed: string, kind: string, replacements: Record<string, string> = {}): unknown[] {
  let text = readFileSync(path.join(sharedRoot, 'seeds', seed), 'utf8');
  for (const [from, to] of Object.entries(replacements)) text = text.split(from).join(to);
  const objects: unknown[] = [];
  for (const block of text.matchAll(/```[ \t]*(?:ya?ml)?[ \t]*\n([\s\S]*?)\n[ \t]*```/g)) {
    const lines = (block[1] ?? '').split('\n');
    const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)?.[0].length ?? 0));
    const dedented = lines.map((l) => l.slice(indent)).join('\n');
    try {
      for (const input of loadManifests(dedented)) {
        const object = input.object as { kind?: unknown };
        if (object && typeof object === 'object' && object.kind === kind) objects.push(object);
      }
    } catch {
      // Not YAML (shell, output): skip.
    }
  }
  return objects;
}
