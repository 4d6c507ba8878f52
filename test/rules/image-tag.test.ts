import { describe, it } from 'vitest';
import { RuleTester } from '../../src/policies/rule-tester.js';
import { edited, fixture, ignoring } from './helpers.js';

const rule = 'image-tag';
const tester = new RuleTester({ describe, it });
const digest = 'sha256:0b3bc8a5e1cc0cda5e2c6ec5e9e4b1e6f5f3fa2a0e7ad55e6e8f2f5d8c1a2b3c';

tester.run(rule, {
  valid: [
    { name: 'ignore annotation with a reason', manifests: ignoring(fixture(rule, 'cnpg-latest'), rule) },
    { name: 'CNPG full version tag', manifests: fixture(rule, 'cnpg-good') },
    { name: 'PGO v5 image matching postgresVersion', manifests: fixture(rule, 'pgo-v5-good'), options: { requireExplicit: true } },
    { name: 'operator default image is fine unless requireExplicit', manifests: fixture('replicas', 'cnpg-default') },
    { name: 'Zalando Spilo with a release tag', manifests: fixture(rule, 'zalando-good') },
    { name: 'Spilo 16 runs an older declared major (15)', manifests: fixture(rule, 'zalando-spilo-older-major') },
    { name: 'PGO v4 assembled prefix/image:tag', manifests: fixture(rule, 'pgo-v4-good') },
    {
      name: 'allowed registries (globs)',
      manifests: fixture(rule, 'pgo-v5-good'),
      options: { allowedRegistries: ['registry.developers.crunchydata.com', '*.example.com'] },
    },
    { name: 'placeholder tag is never a finding', manifests: fixture(rule, 'statefulset-placeholder'), options: { requireDigest: true } },
    {
      name: 'Flux envsubst functions and Argo CD build variables in references are never a finding',
      manifests: fixture(rule, 'placeholders-flux-argocd'),
      options: { requireDigest: true, allowedRegistries: ['registry.example.com'], requireExplicit: true },
    },
    { name: 'the operator e2e image spilo-17-e2e runs an older declared major (16)', manifests: fixture(rule, 'zalando-spilo-e2e-older-major') },
    { name: 'spilotest-9.6 with a release tag', manifests: fixture(rule, 'statefulset-spilotest') },
    { name: 'roles limits which images are checked', manifests: fixture(rule, 'statefulset-floating'), options: { roles: ['exporter'] } },
  ],
  invalid: [
    {
      name: 'CNPG :latest, fixed from the pinned map',
      manifests: fixture(rule, 'cnpg-latest'),
      options: { pinned: { 'ghcr.io/cloudnative-pg/postgresql': 'ghcr.io/cloudnative-pg/postgresql:16.4-bookworm' } },
      findings: [
        {
          messageId: 'rejected',
          severity: 'error',
          path: '/spec/imageName',
          message: "CloudNativePG's webhook",
          output: edited(fixture(rule, 'cnpg-latest'), (o) => {
            o.spec.imageName = 'ghcr.io/cloudnative-pg/postgresql:16.4-bookworm';
          }),
        },
      ],
    },
    {
      name: 'CNPG digest-only reference',
      manifests: fixture(rule, 'cnpg-digest-only'),
      findings: [{ messageId: 'rejected', severity: 'error', message: 'digest-only' }],
    },
    {
      name: 'PGO v5 image major differs from postgresVersion',
      manifests: fixture(rule, 'pgo-v5-major-mismatch'),
      findings: [{ messageId: 'majorMismatch', severity: 'error', path: '/spec/image', data: { imageMajor: 16, declared: 17, older: '' } }],
    },
    {
      name: 'Spilo 16 cannot run a newer declared major (17)',
      manifests: fixture(rule, 'zalando-spilo-newer-major'),
      findings: [{ messageId: 'majorMismatch', severity: 'error', path: '/spec/dockerImage', data: { imageMajor: 16, declared: 17, older: ' (and older majors)' } }],
    },
    {
      name: 'Spilo CDP build spilo-cdp-12 under a declared Postgres 13',
      manifests: fixture(rule, 'zalando-spilo-cdp-newer-major'),
      findings: [{ messageId: 'majorMismatch', severity: 'error', path: '/spec/dockerImage', data: { imageMajor: 12, declared: 13, older: ' (and older majors)' } }],
    },
    {
      name: 'Zalando channel tag floats',
      manifests: fixture(rule, 'zalando-floating'),
      findings: [{ messageId: 'floating', severity: 'warning', path: '/spec/dockerImage', data: { tag: 'stable' } }],
    },
    {
      name: 'StatefulSet postgres:16 floats, fixed to a digest',
      manifests: fixture(rule, 'statefulset-floating'),
      options: { pinned: { postgres: `postgres:16.4@${digest}` } },
      findings: [
        {
          messageId: 'floating',
          severity: 'warning',
          path: '/spec/template/spec/containers/0/image',
          data: { tag: '16' },
          output: edited(fixture(rule, 'statefulset-floating'), (o) => {
            o.spec.template.spec.containers[0].image = `postgres:16.4@${digest}`;
          }),
        },
      ],
    },
    {
      name: 'StatefulSet untagged image',
      manifests: fixture(rule, 'statefulset-untagged'),
      findings: [{ messageId: 'latest', severity: 'error', message: 'has no tag' }],
    },
    {
      name: 'requireDigest and a registry outside the list',
      manifests: fixture(rule, 'zalando-good'),
      options: { requireDigest: true, allowedRegistries: ['registry.example.com'] },
      findings: [
        { messageId: 'registry', severity: 'error', data: { registry: 'ghcr.io' } },
        { messageId: 'noDigest', severity: 'error' },
      ],
    },
    {
      name: 'requireExplicit: CNPG without imageName runs the operator default',
      manifests: fixture('replicas', 'cnpg-default'),
      options: { requireExplicit: true },
      findings: [{ messageId: 'notExplicit', severity: 'warning', path: '/spec', message: 'runs its own default (now `ghcr.io/cloudnative-pg/postgresql:' }],
    },
    {
      name: 'requireExplicit: PGO v5 without spec.image (RELATED_IMAGE_* of the operator)',
      manifests: fixture('anti-affinity', 'pgo-v5-default'),
      options: { requireExplicit: true },
      findings: [{ messageId: 'notExplicit', severity: 'warning', data: { field: '`spec.image`' } }],
    },
    {
      name: 'PGO v4 without ccpimagetag',
      manifests: fixture(rule, 'pgo-v4-no-tag'),
      findings: [{ messageId: 'required', severity: 'error', message: 'no default for `spec.ccpimage` or `spec.ccpimagetag`' }],
    },
  ],
});

