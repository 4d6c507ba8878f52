import type { SchemaSource } from '../policies/index.js';
/** Every CustomResourceDefinition in the YAML/JSON files under `given` (as the user wrote it), named relative to `cwd`. */
export declare function loadCrdDir(given: string, cwd: string): SchemaSource[];
