import type { Model, SecretKey } from '../model.js';
import type { InputObject } from '../types.js';
export { parseImageReference, postgresImageFamily, postgresMajorOf } from '../images.js';
export declare function buildModel(inputs: readonly InputObject[]): Model;
/** Each key's emptiness from `data` (base64) and `stringData` (which wins); the value itself is never kept. */
export declare function secretKeys(object: unknown): Record<string, SecretKey>;
