// The policy in force: `--policy FILE`, else the nearest `.pgwarden.yaml` from the first linted directory upwards.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { PolicySet } from '../policies/index.js';
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

export function loadPolicy(engine: EngineApi, file: string): PolicySet {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new PolicyFileError(`${file}: cannot read policy (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    return engine.parsePolicy(text, file);
  } catch (error) {
    throw new PolicyFileError((error as Error).message || String(error));
  }
}
