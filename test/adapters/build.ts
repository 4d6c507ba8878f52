// Test helper: parse YAML documents and build the model; apply a fix patch to a copy of an input object.
import fastJsonPatch from 'fast-json-patch';
import type { Operation } from 'fast-json-patch';
import { parseAllDocuments } from 'yaml';
import { buildModel } from '../../src/policies/adapters/index.js';
import type { Model, PostgresCluster } from '../../src/policies/model.js';
import type { InputObject } from '../../src/policies/types.js';

export function inputsOf(yaml: string): InputObject[] {
  return parseAllDocuments(yaml).map((document) => ({ object: document.toJS() as unknown }));
}

export function modelOf(yaml: string): Model {
  return buildModel(inputsOf(yaml));
}

export function onlyCluster(model: Model): PostgresCluster {
  if (model.clusters.length !== 1) throw new Error(`expected one cluster, got ${model.clusters.length}`);
  return model.clusters[0]!;
}

/** Applies the patch to a deep copy, validating every operation against the document (throws if invalid). */
export function applied(object: unknown, patch: Operation[]): unknown {
  const copy = structuredClone(object);
  return fastJsonPatch.applyPatch(copy, patch, true, false).newDocument;
}
