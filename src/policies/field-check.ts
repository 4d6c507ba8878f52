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

function splitApiVersion(apiVersion: string): { group: string; version: string } {
  const slash = apiVersion.lastIndexOf('/');
  return { group: slash < 0 ? '' : apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
}

/**
 * Checks every object of a Postgres operator's kind against the first schema source that knows it. Within one source,
 * several entries for one kind (PGO 5.8 and 6.0 both serve v1beta1) report only what none of them defines.
 */
export function findFieldViolations(
  inputs: readonly InputObject[],
  resources: readonly ResourceRef[],
  extra: readonly SchemaSource[] = [],
): FieldViolationAt[] {
  const fromInput = inputs
    .filter((input) => isCrd(input.object))
    .map((input) => ({ crd: input.object, source: `the CRD in ${input.file ?? 'the input'}` }));
  const tiers = [tierFromCrds(fromInput), tierFromCrds(extra), builtInTier];
  const found: FieldViolationAt[] = [];
  inputs.forEach((input, objectIndex) => {
    const resource = resources[objectIndex];
    if (!resource) return;
    const { group, version } = splitApiVersion(resource.apiVersion);
    if (!operatorGroups.has(group)) return;
    const key = gvk(group, version, resource.kind);
    const tier = tiers.find((candidate) => candidate.some((layer) => layer.byKey.has(key)));
    if (!tier) return;
    const checks = tier.flatMap((layer) =>
      (layer.byKey.get(key) ?? []).map((entry) => ({ entry, violations: checkAgainstSchema(input.object, layer.catalogue, entry.root) })),
    );
    const perEntry = checks.map((check) => check.violations);
    const source = [...new Set(checks.map((check) => check.entry.source))].join(' and ');
    const [first, ...others] = perEntry;
    for (const violation of first ?? []) {
      const everywhere = others.every((list) => list.some((v) => v.pointer === violation.pointer && v.kind === violation.kind));
      if (everywhere) found.push({ objectIndex, resource, violation, source });
    }
  });
  return found;
}
