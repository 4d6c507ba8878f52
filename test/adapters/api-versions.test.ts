// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Flux-style placeholders are the test data here
import { describe, expect, it } from 'vitest';
import { modelOf } from './build.js';

const body = `metadata:
  name: pg
  namespace: db
spec:
  instances: 3
`;

describe('API versions', () => {
  it.each([
    ['postgresql.cnpg.io/v2', 'Cluster', 'postgresql.cnpg.io/v1'],
    ['postgres-operator.crunchydata.com/v2', 'PostgresCluster', 'postgres-operator.crunchydata.com/v1beta1'],
    ['acid.zalan.do/v2', 'postgresql', 'acid.zalan.do/v1'],
    ['apps/v1beta2', 'StatefulSet', 'apps/v1'],
  ])('%s %s is reported at /apiVersion and not judged as that kind', (apiVersion, kind, served) => {
    const model = modelOf(`apiVersion: ${apiVersion}\nkind: ${kind}\n${body}`);
    expect(model.clusters).toEqual([]);
    expect(model.problems).toHaveLength(1);
    expect(model.problems[0]).toMatchObject({ path: '/apiVersion', resource: { apiVersion, kind, name: 'pg' } });
    expect(model.problems[0]!.message).toContain(served);
  });

  it('both served PGO v5 versions are read as a PostgresCluster', () => {
    for (const version of ['v1beta1', 'v1']) {
      const model = modelOf(`apiVersion: postgres-operator.crunchydata.com/${version}\nkind: PostgresCluster\n${body}  postgresVersion: 16\n`);
      expect(model.clusters.map((c) => c.flavour)).toEqual(['pgo-v5']);
      expect(model.problems.filter((p) => p.path === '/apiVersion')).toEqual([]);
    }
  });

  it('other groups that have a Cluster kind pass through untouched', () => {
    const model = modelOf(`apiVersion: cluster.x-k8s.io/v1beta1\nkind: Cluster\n${body}`);
    expect(model.clusters).toEqual([]);
    expect(model.problems).toEqual([]);
  });
});

describe('API versions with placeholders', () => {
  it('an unresolved `${VERSION}` is unknown, so the object is still judged as its kind', () => {
    const model = modelOf(`apiVersion: postgres-operator.crunchydata.com/\${KUTTL_PGCLUSTER_API_VERSION}\nkind: PostgresCluster\n${body}  postgresVersion: 16\n`);
    expect(model.clusters.map((c) => c.flavour)).toEqual(['pgo-v5']);
    expect(model.problems.filter((p) => p.path === '/apiVersion')).toEqual([]);
  });
});
