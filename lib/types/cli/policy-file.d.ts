import type { PolicySet } from '../policies/index.js';
import type { ParseMemo } from '../yaml/index.js';
import type { EngineApi } from './deps.js';
export declare const POLICY_FILE_NAME = ".pgwarden.yaml";
/** Nearest `.pgwarden.yaml` from `start` upwards. */
export declare function findPolicyFile(start: string): string | undefined;
/** The policy set in `file`; through `memo` (the parse cache, src/yaml/memo.ts) when one is given. */
export declare function loadPolicy(engine: EngineApi, file: string, memo?: ParseMemo): PolicySet;
