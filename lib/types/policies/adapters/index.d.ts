import type { Model, SecretKey } from '../model.js';
import type { InputObject } from '../types.js';
export { parseImageReference, postgresImageFamily, postgresMajorOf } from '../images.js';
export declare function buildModel(inputs: readonly InputObject[]): Model;
/**
 * Fills `cluster.change` (what the operator does with a change to a running cluster) for every cluster of a model built
 * by buildModel, and returns the model. Only the change rules read it (lint --base, the webhook on UPDATE and DELETE),
 * so evaluate() never pays for it; the profile reads only the input and adds no problems, so computing it here gives
 * what computing it in buildModel would. Idempotent.
 */
export declare function withChangeProfiles(model: Model): Model;
/** Each key's emptiness from `data` (base64) and `stringData` (which wins); the value itself is never kept. */
export declare function secretKeys(object: unknown): Record<string, SecretKey>;
