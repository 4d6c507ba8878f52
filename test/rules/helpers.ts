// Shared helpers for the per-rule tests: fixtures under test/fixtures/rules (real manifests from ../shared:
// test/corpus/helpers.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadManifests } from '../../src/policies/rule-tester.js';
import type { InputObject } from '../../src/policies/types.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A small YAML fixture written for these tests: test/fixtures/rules/<rule>/<name>.yaml. */
export function fixture(rule: string, name: string): string {
  return readFileSync(path.join(repoRoot, 'test/fixtures/rules', rule, `${name}.yaml`), 'utf8');
}

/** The manifests with `ignore.pgwarden.io/<rule>: <reason>` added to the object at `index`. */
export function ignoring(manifests: string, rule: string, reason = 'accepted risk, see ADR-12', index = 0): InputObject[] {
  const inputs = loadManifests(manifests);
  const object = inputs[index]?.object as { metadata?: { annotations?: Record<string, string> } };
  object.metadata ??= {};
  object.metadata.annotations = { ...object.metadata.annotations, [`ignore.pgwarden.io/${rule}`]: reason };
  return inputs;
}

/**
 * The object at `index` of `manifests` with `edit` applied by hand: the `output` a fix must produce, written as the
 * change a person would make (independent of the patch under test).
 */
// biome-ignore lint/suspicious/noExplicitAny: test edits reach into arbitrary manifest shapes.
export function edited(manifests: string, edit: (object: any) => void, index = 0): unknown {
  const object = structuredClone(loadManifests(manifests)[index]?.object);
  edit(object);
  return object;
}
