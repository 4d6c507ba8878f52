// The policy in force: `--policy FILE`, else the nearest `.pgwarden.yaml` from the first linted directory upwards.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { PolicySet } from '../policies/index.js';
// Types only: this module is part of what `--version` loads, which must not load the YAML parser.
import type { ParseMemo } from '../yaml/index.js';
import type { EngineApi } from './deps.js';
import { PolicyFileError } from './errors.js';

export const POLICY_FILE_NAME = '.pgwarden.yaml';

/** Nearest `.pgwarden.yaml` from `start` upwards. */
export function findPolicyFile(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    const candidate = join(dir, POLICY_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** The policy set in `file`; through `memo` (the parse cache, src/yaml/memo.ts) when one is given. */
export function loadPolicy(engine: EngineApi, file: string, memo?: ParseMemo): PolicySet {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new PolicyFileError(`${file}: cannot read policy (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  // The memo keeps a policy only as it came out of a successful parse of exactly this text: a policy with problems is
  // parsed (and reported) every time.
  const remembered = memo?.get(file, text, MEMO_KIND) as PolicySet | undefined;
  if (remembered && Array.isArray(remembered.policies) && remembered.policies.length > 0) return remembered;
  let policySet: PolicySet;
  try {
    policySet = engine.parsePolicy(text, file);
  } catch (error) {
    throw new PolicyFileError((error as Error).message || String(error));
  }
  memo?.set(file, text, MEMO_KIND, policySet);
  return policySet;
}

/** The parse memo's kind for a policy file. */
const MEMO_KIND = 'policy';
