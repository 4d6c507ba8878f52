// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Flux/OpenShift placeholders are the test data here
import { describe, expect, it } from 'vitest';
import { parseImageReference, postgresImageFamily, postgresMajorOf } from '../src/policies/images.js';
import { containsPlaceholder } from '../src/policies/placeholders.js';

describe('parseImageReference', () => {
  it.each([
    ['postgres', { registry: 'docker.io', repository: 'library/postgres' }],
    ['postgres:16.4', { registry: 'docker.io', repository: 'library/postgres', tag: '16.4' }],
    ['bitnami/postgresql:16.4.0-debian-12-r0', { registry: 'docker.io', repository: 'bitnami/postgresql', tag: '16.4.0-debian-12-r0' }],
    ['index.docker.io/sourcegraph/postgresql-16:6.2.1106@sha256:' + 'a'.repeat(64), { registry: 'docker.io', repository: 'sourcegraph/postgresql-16', tag: '6.2.1106', digest: 'sha256:' + 'a'.repeat(64) }],
    ['localhost:5000/pg:1', { registry: 'localhost:5000', repository: 'pg', tag: '1' }],
    ['ghcr.io/cloudnative-pg/postgresql@sha256:' + 'b'.repeat(64), { registry: 'ghcr.io', repository: 'cloudnative-pg/postgresql', digest: 'sha256:' + 'b'.repeat(64) }],
  ])('%s', (reference, expected) => {
    expect(parseImageReference(reference)).toEqual(expected);
  });

  it.each(['', 'Postgres:16', 'postgres :16', 'postgres:${TAG}', 'a b', 'postgres@sha256:short', 'postgres:'])('rejects %j', (reference) => {
    expect(parseImageReference(reference)).toBeUndefined();
  });
});

describe('postgresMajorOf', () => {
  it.each([
    ['postgres:16.4', 16],
    ['postgres:16', 16],
    ['postgres:17-alpine', 17],
    ['postgres:9.6', 9.6],
    ['registry.developers.crunchydata.com/crunchydata/crunchy-postgres-ha:ubi8-13.10-4.7.10', 13],
    ['registry.developers.crunchydata.com/crunchydata/crunchy-postgres-gis-ha:ubi8-13.10-3.1-4.7.10', 13],
    ['registry.developers.crunchydata.com/crunchydata/crunchy-postgres:ubi9-17.11-2633', 17],
    ['ghcr.io/zalando/spilo-16:3.2-p3', 16],
    ['ghcr.io/cloudnative-pg/postgresql:18.4-system-trixie', 18],
    ['bitnami/postgresql:16.4.0-debian-12-r0', 16],
    ['bitnami/postgresql-repmgr:15', 15],
    ['postgis/postgis:17-3.5', 17],
    ['timescale/timescaledb:2.14.2-pg16', 16],
    ['timescale/timescaledb-ha:pg15.6-ts2.14.2', 15],
    ['sourcegraph/postgresql-16:6.2.1106', 16],
    ['sorintlab/stolon:master-pg10', 10],
  ])('%s → %s', (reference, major) => {
    expect(postgresMajorOf(parseImageReference(reference)!)).toBe(major);
  });

  it.each(['postgres:latest', 'timescale/timescaledb:latest', 'ghcr.io/zalando/spilo:3', 'redis:7', 'prometheuscommunity/postgres-exporter:v0.15.0'])(
    '%s carries no major',
    (reference) => {
      expect(postgresMajorOf(parseImageReference(reference)!)).toBeUndefined();
    },
  );

  it('exporters, operators and poolers are not Postgres servers', () => {
    for (const reference of ['sourcegraph/postgres_exporter:1', 'ghcr.io/zalando/postgres-operator:v1.13.0', 'bitnami/pgbouncer:1', 'crunchydata/crunchy-pgbackrest:ubi8-2.41']) {
      expect(postgresImageFamily(parseImageReference(reference)!)).toBeUndefined();
    }
  });
});

describe('placeholders', () => {
  it.each(['${VAR}', '${VAR:=default}', '${VAR:-x}', 'pre-${A_B}-post', '${{PARAM}}'])('%s is a placeholder', (text) => {
    expect(containsPlaceholder(text)).toBe(true);
  });
  it.each(['$VAR', '$(VAR)', 'plain', '${}', '{{ .Values.x }}'])('%s is not', (text) => {
    expect(containsPlaceholder(text)).toBe(false);
  });
});
