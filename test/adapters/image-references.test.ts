// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Flux and Argo CD placeholders are the test data here
// Image references as the adapters read them: Spilo's published names (their Postgres major, and that a StatefulSet
// running one is a Postgres server), and references a later step finishes (Flux post-build substitution, Argo CD's
// build environment), which are unknown values, not images.
import { describe, expect, it } from 'vitest';
import { parseImageReference, postgresImageFamily, postgresMajorOf } from '../../src/policies/images.js';
import { containsPlaceholder } from '../../src/policies/placeholders.js';
import { fixture } from '../rules/helpers.js';
import { modelOf, onlyCluster } from './build.js';

describe('Spilo image names', () => {
  it.each([
    ['ghcr.io/zalando/spilo-18:4.1-p2', 18],
    ['registry.opensource.zalan.do/acid/spilo-cdp-12:1.6-p114', 12],
    ['registry.opensource.zalan.do/acid/spilo-cdp-10:1.4-p8', 10],
    ['registry.opensource.zalan.do/acid/spilo-cdp-pr123-15:3.0-p1', 15],
    ['registry.opensource.zalan.do/acid/spilotest-9.6:1.1-p10', 9.6],
    ['registry.opensource.zalan.do/acid/spilo-9.4:0.76-p1', 9.4],
    ['registry.opensource.zalan.do/acid/spilo-17-e2e:0.3', 17],
    ['ghcr.io/zalando/spilo-e2e:dev-18.3', undefined],
    ['spilo:latest', undefined],
  ])('%s is Spilo with major %s', (reference, major) => {
    const parsed = parseImageReference(reference);
    expect(parsed).toBeDefined();
    expect(postgresImageFamily(parsed!)).toBe('spilo');
    expect(postgresMajorOf(parsed!)).toBe(major);
  });

  it.each(['spilo-exporter:1.0', 'spilofoo-16:1', 'spilo-cdp-x-16:1'])('%s is not Spilo', (reference) => {
    const parsed = parseImageReference(reference);
    expect(parsed && postgresImageFamily(parsed)).not.toBe('spilo');
  });

  it('a StatefulSet running spilotest-9.6 is a Postgres cluster that runs 9.6 and older', () => {
    const cluster = onlyCluster(modelOf(fixture('image-tag', 'statefulset-spilotest')));
    const image = cluster.images.find((use) => use.role === 'postgres');
    expect(image).toMatchObject({ postgresMajor: 9.6, runsOlderMajors: true, parsed: { repository: 'acid/spilotest-9.6', tag: '1.1-p10' } });
  });
});

describe('references a later step finishes are unknown', () => {
  it.each([
    'postgres:${TAG}',
    'postgres:${TAG:=16}',
    'postgres:${TAG,,}',
    'postgres:${TAG^^}',
    'postgres:${TAG:0:2}',
    'postgres:${TAG/v/}',
    'postgres:${TAG//v/}',
    'postgres:${TAG#v}',
    'postgres:${TAG%%-*}',
    'postgres:${#TAG}',
    'postgres:${{TAG}}',
    'ghcr.io/org/pg:$ARGOCD_APP_REVISION_SHORT_8',
    'ghcr.io/org/pg:${ARGOCD_APP_REVISION}',
    'ghcr.io/org/$ARGOCD_APP_NAME:16.4',
  ])('%s', (reference) => {
    expect(containsPlaceholder(reference)).toBe(true);
    expect(parseImageReference(reference)).toBeUndefined();
  });

  it.each(['postgres:16.4', 'postgres:$TAG', 'p@ss$word', '$ARGOCD_APP_NAMEX', 'cost: $5'])('%s is a plain value', (value) => {
    // Flux leaves a bare `$var` alone (its documented way to avoid substitution); only Argo CD's own variables are substituted bare.
    expect(containsPlaceholder(value)).toBe(false);
  });

  it('every image of every flavour in the fixture is unknown in the model', () => {
    const model = modelOf(fixture('image-tag', 'placeholders-flux-argocd'));
    const byName = Object.fromEntries(model.clusters.flatMap((cluster) => cluster.images.map((use) => [`${cluster.flavour}/${use.name}`, use])));
    for (const key of ['cnpg/imageName', 'zalando/dockerImage', 'zalando/connectionPooler', 'pgo-v5/image', 'pgo-v5/pgBackRest']) {
      expect(byName[key]?.reference, key).toMatchObject({ value: undefined, unknown: true });
      expect(byName[key]?.parsed, key).toBeUndefined();
    }
  });

  it('typed fields holding envsubst functions are unknown, not problems', () => {
    const model = modelOf(fixture('invalid-manifest', 'placeholders-flux-functions'));
    expect(model.problems).toEqual([]);
    for (const cluster of model.clusters) expect(cluster.totalInstances.unknown, cluster.flavour).toBe(true);
  });
});
