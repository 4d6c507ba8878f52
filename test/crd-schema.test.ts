import { describe, expect, it } from 'vitest';
import catalogueJson from '../src/policies/crd-catalogue.json' with { type: 'json' };
import {
  CatalogueBuilder,
  checkAgainstSchema,
  closestName,
  entryFor,
  type SchemaCatalogue,
} from '../src/policies/crd-schema.js';

const catalogue = catalogueJson as SchemaCatalogue;

function check(apiVersion: string, kind: string, spec: unknown) {
  const entry = entryFor(catalogue, apiVersion, kind);
  if (!entry) throw new Error(`no catalogue entry for ${apiVersion} ${kind}`);
  return checkAgainstSchema({ apiVersion, kind, metadata: { name: 'x', labels: { a: 'b' } }, spec }, catalogue, entry.root);
}

describe('built-in CRD catalogue', () => {
  it('holds every supported operator kind at the versions it names', () => {
    const names = catalogue.entries.map((e) => `${e.group}/${e.version} ${e.kind} (${e.source})`);
    expect(names).toEqual(
      expect.arrayContaining([
        'postgresql.cnpg.io/v1 Cluster (CloudNativePG 1.30.0)',
        'postgresql.cnpg.io/v1 ScheduledBackup (CloudNativePG 1.30.0)',
        'postgres-operator.crunchydata.com/v1beta1 PostgresCluster (Crunchy PGO 5.8.9)',
        'postgres-operator.crunchydata.com/v1beta1 PostgresCluster (Crunchy PGO 6.0.3)',
        'postgres-operator.crunchydata.com/v1 PostgresCluster (Crunchy PGO 6.0.3)',
        'acid.zalan.do/v1 postgresql (Zalando postgres-operator 2.0.1)',
        'acid.zalan.do/v1 OperatorConfiguration (Zalando postgres-operator 2.0.1)',
      ]),
    );
  });
});

describe('checkAgainstSchema', () => {
  it('finds the typos the apiserver would prune, with the field meant', () => {
    const violations = check('postgresql.cnpg.io/v1', 'Cluster', { instance: 3, storage: { storageclass: 'gp3', size: '1Gi' } });
    expect(violations).toEqual([
      {
        kind: 'unknown-field',
        pointer: '/spec/instance',
        field: 'spec.instance',
        suggestion: 'spec.instances',
        suggestionPointer: '/spec/instances',
        suggestionTaken: false,
      },
      {
        kind: 'unknown-field',
        pointer: '/spec/storage/storageclass',
        field: 'spec.storage.storageclass',
        suggestion: 'spec.storage.storageClass',
        suggestionPointer: '/spec/storage/storageClass',
        suggestionTaken: false,
      },
    ]);
  });

  it('reports wrong types and values outside an enum (what the CRD validation rejects)', () => {
    expect(check('postgresql.cnpg.io/v1', 'Cluster', { instances: '3', primaryUpdateStrategy: 'manual' })).toEqual([
      { kind: 'wrong-type', pointer: '/spec/instances', field: 'spec.instances', expected: 'integer', actual: 'string' },
      {
        kind: 'not-in-enum',
        pointer: '/spec/primaryUpdateStrategy',
        field: 'spec.primaryUpdateStrategy',
        expected: '"unsupervised", "supervised"',
      },
    ]);
  });

  it('accepts maps, preserved fields, int-or-string, placeholders, nulls and apiserver-owned fields', () => {
    expect(
      check('postgresql.cnpg.io/v1', 'Cluster', {
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a Flux placeholder, literally
        instances: '${INSTANCES}',
        postgresql: { parameters: { max_connections: '200', 'shared_buffers': '1GB' } },
        storage: { size: '10Gi', storageClass: null },
        affinity: { nodeSelector: { 'kubernetes.io/os': 'linux' } },
        resources: { limits: { cpu: 2, memory: '1Gi' } },
        '${EXTRA}': 1,
      }),
    ).toEqual([]);
    expect(
      check('postgres-operator.crunchydata.com/v1beta1', 'PostgresCluster', {
        postgresVersion: 16,
        instances: [{ name: 'a', replicas: 2, dataVolumeClaimSpec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } }],
        patroni: { dynamicConfiguration: { postgresql: { parameters: { anything: true } } } },
      }),
    ).toEqual([]);
  });

  it('walks list items and names them with their index', () => {
    const violations = check('postgres-operator.crunchydata.com/v1beta1', 'PostgresCluster', {
      postgresVersion: 16,
      instances: [{ name: 'a' }, { name: 'b', replica: 2 }],
    });
    expect(violations).toEqual([
      {
        kind: 'unknown-field',
        pointer: '/spec/instances/1/replica',
        field: 'spec.instances[1].replica',
        suggestion: 'spec.instances[1].replicas',
        suggestionPointer: '/spec/instances/1/replicas',
        suggestionTaken: false,
      },
    ]);
  });

  it('escapes JSON pointer tokens', () => {
    const violations = check('acid.zalan.do/v1', 'postgresql', { 'team/Id': 'acid' });
    expect(violations[0]?.pointer).toBe('/spec/team~1Id');
  });

  it('costs time linear in the object: 20,000 list items are visited once each', () => {
    const instances = Array.from({ length: 20_000 }, (_, i) => ({ name: `set-${i}`, replicas: 1, bogus: i }));
    const violations = check('postgres-operator.crunchydata.com/v1beta1', 'PostgresCluster', { postgresVersion: 16, instances });
    expect(violations).toHaveLength(20_000);
  });
});

describe('CatalogueBuilder', () => {
  it('stores identical subtrees once and skips versions that are not served', () => {
    const builder = new CatalogueBuilder();
    const leaf = { type: 'object', properties: { a: { type: 'string' } } };
    const added = builder.addCrd(
      {
        spec: {
          group: 'example.com',
          names: { kind: 'Thing' },
          versions: [
            { name: 'v1', served: true, schema: { openAPIV3Schema: { type: 'object', properties: { x: leaf, y: leaf } } } },
            { name: 'v0', served: false, schema: { openAPIV3Schema: { type: 'object' } } },
          ],
        },
      },
      'test',
    );
    expect(added.map((e) => e.version)).toEqual(['v1']);
    const root = builder.catalogue.nodes[added[0]!.root]!;
    expect(root.p!.x).toBe(root.p!.y);
  });

  it('ignores objects that are not CRDs', () => {
    const builder = new CatalogueBuilder();
    expect(builder.addCrd({ spec: { group: 1 } }, 'x')).toEqual([]);
    expect(builder.addCrd('nonsense', 'x')).toEqual([]);
  });
});

describe('closestName', () => {
  it('prefers the same name in another case, then the nearest within a few edits, else nothing', () => {
    expect(closestName('storageclass', ['storageClass', 'size'])).toBe('storageClass');
    expect(closestName('instnces', ['instances', 'imageName'])).toBe('instances');
    expect(closestName('frobnicate', ['instances', 'imageName'])).toBeUndefined();
  });
});
