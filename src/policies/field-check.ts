// Which fields of the Postgres operators' objects their CRD does not define, or gives the wrong type or value.
// Schemas come, in order, from CRDs in the linted input, CRDs the door supplies (`--crds DIR`, the live cluster), and
// the built-in catalogue generated from the operators' published CRDs (scripts/gen-crd-catalogue.ts): the first
// source that knows an object's group, version and kind decides. Only the operators' kinds are checked (the
// catalogue's groups): a typo elsewhere is not ours to judge.
import catalogueJson from './crd-catalogue.json' with { type: 'json' };
import { CatalogueBuilder, type CatalogueEntry, checkAgainstSchema, type FieldViolation, type SchemaCatalogue } from './crd-schema.js';
import type { InputObject, ResourceRef, SchemaSource } from './types.js';

const builtIn = catalogueJson as SchemaCatalogue;
const operatorGroups = new Set(builtIn.entries.map((entry) => entry.group));

export interface FieldViolationAt {
  objectIndex: number;
  resource: ResourceRef;
  violation: FieldViolation;
  /** Where the schema came from, for messages: "CloudNativePG 1.30.0", "the CRD in crds/cnpg.yaml". */
  source: string;
}

interface Layer {
  catalogue: SchemaCatalogue;
  byKey: Map<string, CatalogueEntry[]>;
}

const gvk = (group: string, version: string, kind: string) => `${group}/${version}/${kind}`;

function layerOf(catalogue: SchemaCatalogue): Layer {
  const byKey = new Map<string, CatalogueEntry[]>();
  for (const entry of catalogue.entries) {
    const key = gvk(entry.group, entry.version, entry.kind);
    byKey.set(key, [...(byKey.get(key) ?? []), entry]);
  }
  return { catalogue, byKey };
}

const builtInTier: Tier = [layerOf(builtIn)];
// A CRD object seen again (the renderer parses each file once per process) is compiled once per source name.
const compiled = new WeakMap<object, Map<string, Layer>>();

/** The layers of one schema source; a kind's entries are gathered across them. */
type Tier = Layer[];

function tierFromCrds(sources: readonly SchemaSource[]): Tier {
  const tier: Tier = [];
  for (const { crd, source } of sources) {
    if (crd === null || typeof crd !== 'object') continue;
    let bySource = compiled.get(crd);
    if (!bySource) {
      bySource = new Map();
      compiled.set(crd, bySource);
    }
    let layer = bySource.get(source);
    if (!layer) {
      const builder = new CatalogueBuilder();
      builder.addCrd(crd, source);
      layer = layerOf(builder.catalogue);
      bySource.set(source, layer);
    }
    if (layer.catalogue.entries.length > 0) tier.push(layer);
  }
  return tier;
}

function isCrd(object: unknown): boolean {
  const record = object as { apiVersion?: unknown; kind?: unknown } | null;
  return (
    record !== null &&
    typeof record === 'object' &&
    record.kind === 'CustomResourceDefinition' &&
    typeof record.apiVersion === 'string' &&
    record.apiVersion.startsWith('apiextensions.k8s.io/')
  );
}

/**
 * Checks every object of a Postgres operator's kind against the first schema source that knows it. Within one source,
 * several entries for one kind (PGO 5.8 and 6.0 both serve v1beta1) report only what none of them defines. Objects of
 * other groups cost one set look-up; `resourceAt` is asked only for an object with a violation.
 */
export function findFieldViolations(
  inputs: readonly InputObject[],
  resourceAt: (objectIndex: number) => ResourceRef,
  extra: readonly SchemaSource[] = [],
): FieldViolationAt[] {
  const fromInput: SchemaSource[] = [];
  for (const input of inputs) if (isCrd(input.object)) fromInput.push({ crd: input.object, source: `the CRD in ${input.file ?? 'the input'}` });
  const tiers = [tierFromCrds(fromInput), tierFromCrds(extra), builtInTier];
  // The schema entries of each apiVersion and kind, resolved once per call (a repo holds many objects of few kinds).
  const resolved = new Map<string, { entry: CatalogueEntry; catalogue: SchemaCatalogue }[] | null>();
  const entriesFor = (apiVersion: string, kind: string) => {
    const id = `${apiVersion}\u0000${kind}`;
    let entries = resolved.get(id);
    if (entries === undefined) {
      const slash = apiVersion.lastIndexOf('/');
      const key = gvk(apiVersion.slice(0, slash), apiVersion.slice(slash + 1), kind);
      const tier = tiers.find((candidate) => candidate.some((layer) => layer.byKey.has(key)));
      entries = tier ? tier.flatMap((layer) => (layer.byKey.get(key) ?? []).map((entry) => ({ entry, catalogue: layer.catalogue }))) : null;
      resolved.set(id, entries);
    }
    return entries;
  };
  const found: FieldViolationAt[] = [];
  for (let objectIndex = 0; objectIndex < inputs.length; objectIndex++) {
    const object = inputs[objectIndex]!.object as { apiVersion?: unknown; kind?: unknown } | null | undefined;
    if (object === null || typeof object !== 'object' || typeof object.apiVersion !== 'string' || typeof object.kind !== 'string') continue;
    const apiVersion = object.apiVersion;
    const slash = apiVersion.lastIndexOf('/');
    if (slash < 0 || !operatorGroups.has(apiVersion.slice(0, slash))) continue;
    const entries = entriesFor(apiVersion, object.kind);
    const first = entries?.[0];
    if (!entries || !first) continue;
    // A violation counts only when every entry has it: the others are walked only when the first found any.
    const violations = checkAgainstSchema(object, first.catalogue, first.entry.root);
    if (violations.length === 0) continue;
    const perOther = entries.slice(1).map(({ entry, catalogue }) => checkAgainstSchema(object, catalogue, entry.root));
    const source = [...new Set(entries.map(({ entry }) => entry.source))].join(' and ');
    let resource: ResourceRef | undefined;
    for (const violation of violations) {
      const everywhere = perOther.every((list) => list.some((v) => v.pointer === violation.pointer && v.kind === violation.kind));
      if (!everywhere) continue;
      resource ??= resourceAt(objectIndex);
      found.push({ objectIndex, resource, violation, source });
    }
  }
  return found;
}
