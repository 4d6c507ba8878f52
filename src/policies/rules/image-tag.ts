// Image references that pin what runs: no `latest`/untagged, no floating major tags, optional digests and registries,
// and a Postgres image whose major matches the declared Postgres version.
import picomatch from 'picomatch';
import { parseImageReference } from '../images.js';
import type { ImageUse, ParsedImage, PostgresCluster } from '../model.js';
import { describeCluster, docsUrl, operatorName, type Rule, stringArray } from '../rule.js';
import type { Finding } from '../types.js';

/** Tags that move: a bare major (`16`, `v16`, `16-alpine`) or a channel name. */
const floatingTag = /^v?\d+([-_][a-z][a-z0-9._-]*)?$/i;
const channelTags = new Set(['stable', 'edge', 'main', 'master', 'nightly', 'dev', 'develop', 'lts', 'current', 'release']);

/** Where the image is written, per operator and role, for "what to write instead". */
function imageField(cluster: PostgresCluster, image: ImageUse): string {
  if (image.role !== 'postgres') return `the ${image.name} image`;
  switch (cluster.flavour) {
    case 'pgo-v4':
      return '`spec.ccpimagetag` (e.g. `ubi8-13.10-4.7.10`)';
    case 'pgo-v5':
      return '`spec.image`';
    case 'zalando':
      return '`spec.dockerImage`';
    case 'cnpg':
      return '`spec.imageName` (e.g. `ghcr.io/cloudnative-pg/postgresql:17.5-system-trixie`)';
    case 'statefulset':
      return `the \`${image.name}\` container's \`image\``;
  }
}

function repositoryKey(parsed: ParsedImage): string {
  return `${parsed.registry}/${parsed.repository}`;
}

/** `pinned` maps a repository (`postgres`, `ghcr.io/cloudnative-pg/postgresql`) to the full reference the fix writes. */
function pinnedFor(parsed: ParsedImage, pinned: Record<string, unknown>): string | undefined {
  for (const [repository, reference] of Object.entries(pinned)) {
    if (typeof reference !== 'string') continue;
    const key = parseImageReference(repository);
    if (key && repositoryKey(key) === repositoryKey(parsed)) return reference;
  }
  return undefined;
}

export const imageTag: Rule = {
  meta: {
    id: 'image-tag',
    docsUrl: docsUrl('image-tag'),
    description:
      'Images are pinned (no `latest`, no tag, no floating major), optionally by digest and from allowed registries, and the Postgres image matches the declared Postgres major.',
    defaultSeverity: 'error',
    optionsSchema: {
      type: 'object',
      properties: {
        requireDigest: { type: 'boolean', default: false, description: 'Require `@sha256:` digests.' },
        allowedRegistries: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          description: 'Registries (globs allowed, e.g. `registry.example.com`, `*.gcr.io`) images may come from.',
        },
        pinned: {
          type: 'object',
          additionalProperties: { type: 'string', minLength: 1 },
          description: 'Repository → the full pinned reference the fix writes, e.g. `postgres: postgres:16.4@sha256:…`.',
        },
        requireExplicit: {
          type: 'boolean',
          default: false,
          description:
            'Warn when the Postgres image is not written in the manifest, so the operator’s default (which changes with operator upgrades) runs.',
        },
        roles: {
          type: 'array',
          items: { enum: ['postgres', 'backup', 'pooler', 'exporter', 'sidecar', 'init', 'other'] },
          description: 'Which images to check (default: all).',
        },
      },
      additionalProperties: false,
    },
    fixable: true,
  },
  check(model, context) {
    const findings: Finding[] = [];
    const requireDigest = context.options.requireDigest === true;
    const registries = stringArray(context.options.allowedRegistries);
    const registryAllowed = registries ? picomatch(registries) : undefined;
    const pinned = (context.options.pinned as Record<string, unknown> | undefined) ?? {};
    const roles = stringArray(context.options.roles);
    const requireExplicit = context.options.requireExplicit === true;

    for (const cluster of model.clusters) {
      const name = describeCluster(cluster);
      for (const image of cluster.images) {
        if (roles && !roles.includes(image.role)) continue;
        const ref = image.reference;
        if (ref.unknown) continue;
        const objectIndex = ref.objectIndex ?? cluster.objectIndex;
        const field = imageField(cluster, image);
        const report = (severity: 'error' | 'warning', message: string, withFix: boolean) => {
          const target = withFix && image.parsed ? pinnedFor(image.parsed, pinned) : undefined;
          const fix =
            target && image.setReference && target !== ref.value
              ? { patch: image.setReference(target), description: `pin the image to ${target}` }
              : undefined;
          findings.push(
            context.report({
              severity,
              message: `${name}: ${message}`,
              resource: cluster.resource,
              objectIndex,
              path: ref.path,
              ...(fix ? { fix } : {}),
            }),
          );
        };
        if (requireExplicit && ref.defaulted && image.role === 'postgres') {
          findings.push(
            context.report({
              severity: 'warning',
              message: `${name}: no Postgres image is written, so ${operatorName[cluster.flavour]} runs its own default${ref.value ? ` (now \`${ref.value}\`)` : ''}, which changes when the operator is upgraded — a Postgres update nobody reviewed. Write ${field} with a full version tag.`,
              resource: cluster.resource,
              objectIndex: ref.objectIndex ?? cluster.objectIndex,
              path: ref.path,
            }),
          );
        }
        if (ref.value === undefined) {
          // Only PGO v4 has no fallback for the Postgres container: the reference is broken, not merely floating.
          if (cluster.flavour === 'pgo-v4' && image.role === 'postgres') {
            report('error', `${operatorName['pgo-v4']} has no default for \`spec.ccpimagetag\`, so the Postgres image reference is incomplete and the pods cannot pull it. Write ${field}.`, false);
          }
          continue;
        }
        const parsed = image.parsed;
        if (!parsed) continue;
        const shown = ref.value;
        if (!parsed.digest && (parsed.tag === undefined || parsed.tag === 'latest')) {
          const cnpgNote =
            cluster.flavour === 'cnpg' && image.role === 'postgres' ? ' CloudNativePG’s webhook rejects it outright.' : '';
          report(
            'error',
            `the ${image.role} image \`${shown}\` ${parsed.tag === 'latest' ? 'uses the `latest` tag' : 'has no tag (so `latest`)'}: each node pull can bring a different version, and an operator restart may upgrade Postgres under you.${cnpgNote} Write ${field} with a full version tag.`,
            true,
          );
        } else if (cluster.flavour === 'cnpg' && image.role === 'postgres' && parsed.tag === undefined) {
          report('error', `CloudNativePG’s webhook rejects a digest-only \`spec.imageName\` (\`${shown}\`): it reads the Postgres version from the tag. Write \`<image>:<version>@sha256:…\`.`, false);
        } else if (!parsed.digest && parsed.tag !== undefined && (floatingTag.test(parsed.tag) || channelTags.has(parsed.tag.toLowerCase()))) {
          report(
            'warning',
            `the ${image.role} image \`${shown}\` uses the floating tag \`${parsed.tag}\`, which moves to each new release: nodes may run different minor versions and a reschedule upgrades silently. Write ${field} with a full version tag (e.g. \`16.4\`) or a digest.`,
            true,
          );
        }
        if (requireDigest && !parsed.digest) {
          report('error', `the ${image.role} image \`${shown}\` is not pinned by digest, which the policy requires. Write ${field} as \`<image>:<tag>@sha256:<digest>\`.`, true);
        }
        if (registryAllowed && !registryAllowed(parsed.registry)) {
          report('error', `the ${image.role} image \`${shown}\` comes from registry \`${parsed.registry}\`, which the policy does not allow (allowed: ${registries?.join(', ')}).`, true);
        }
        const declared = cluster.postgresVersion;
        if (
          image.role === 'postgres' &&
          image.postgresMajor !== undefined &&
          declared &&
          !declared.unknown &&
          declared.value !== undefined &&
          declared.value !== image.postgresMajor &&
          // Spilo ships older majors beside its own: only a newer declared major is wrong.
          !(image.runsOlderMajors && declared.value < image.postgresMajor)
        ) {
          report(
            'error',
            `the Postgres image \`${shown}\` carries Postgres ${image.postgresMajor}${image.runsOlderMajors ? ' (and older majors)' : ''} but the cluster declares Postgres ${declared.value}: ${operatorName[cluster.flavour]} configures (and upgrades) for the declared major, so the data directory and the binaries disagree. Use an image of Postgres ${declared.value} or change the declared version.`,
            false,
          );
        }
      }
    }
    return findings;
  },
};
