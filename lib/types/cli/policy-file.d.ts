import type { PolicySet } from '../policies/index.js';
import type { EngineApi } from './deps.js';
export declare const POLICY_FILE_NAME = ".pgwarden.yaml";
/** Nearest `.pgwarden.yaml` from `start` upwards. */
export declare function findPolicyFile(start: string): string | undefined;
export declare function loadPolicy(engine: EngineApi, file: string): PolicySet;
