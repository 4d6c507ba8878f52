// Image references that pin what runs: no `latest`/untagged, no floating major tags, optional digests and registries,
// and a Postgres image whose major matches the declared Postgres version.
import { parseImageReference } from '../images.js';
import type { ParsedImage } from '../model.js';
import { defineRule, docsUrl, globMatcher } from '../rule.js';

/** Tags that move: a bare major (`16`, `v16`, `16-alpine`) or a channel name. */
const floatingTag = /^v?\d+([-_][a-z][a-z0-9._-]*)?$/i;
const channelTags = new Set(['stable', 'edge', 'main', 'master', 'nightly', 'dev', 'develop', 'lts', 'current', 'release']);

function repositoryKey(parsed: ParsedImage): string {
  return `${parsed.registry}/${parsed.repository}`;
}

/** `pinned` maps a repository (`postgres`, `ghcr.io/cloudnative-pg/postgresql`) to the full reference the fix writes. */
function pinnedFor(parsed: ParsedImage, pinned: Readonly<Record<string, string>>): string | undefined {
  for (const [repository, reference] of Object.entries(pinned)) {
    const key = parseImageReference(repository);
    if (key && repositoryKey(key) === repositoryKey(parsed)) return reference;
  }
  return undefined;
}

export const imageTagOptionsSchema = {
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
} as const;

export const imageTag = defineRule({
  meta: {
    id: 'image-tag',
    docsUrl: docsUrl('image-tag'),
    description:
      'Images are pinned (no `latest`, no tag, no floating major), optionally by digest and from allowed registries, and the Postgres image matches the declared Postgres major.',
    defaultSeverity: 'error',
    optionsSchema: imageTagOptionsSchema,
    messages: {
      notExplicit:
        'no Postgres image is written, so {{operator}} runs its own default{{current}}: write {{field}} with a full version tag. The default changes when the operator is upgraded — a Postgres update nobody reviewed.',
      required: 'the Postgres image reference is incomplete: write {{field}}. {{why}}',
      rejected: 'the {{role}} image `{{image}}` is rejected by {{why}}: write {{field}} with a full version tag.',
      latest:
        'the {{role}} image `{{image}}` {{problem}}: write {{field}} with a full version tag. Each node pull can bring a different version, and an operator restart may upgrade Postgres under you.',
      floating:
        'the {{role}} image `{{image}}` uses the floating tag `{{tag}}`: write {{field}} with a full version tag (e.g. `16.4`) or a digest. The tag moves with each release, so nodes may run different minor versions and a reschedule upgrades silently.',
      noDigest: 'the {{role}} image `{{image}}` is not pinned by digest, which the policy requires: write {{field}} as `<image>:<tag>@sha256:<digest>`.',
      registry: 'the {{role}} image `{{image}}` comes from registry `{{registry}}`, which the policy does not allow: use one of {{allowed}}.',
      majorMismatch:
        'the Postgres image `{{image}}` carries Postgres {{imageMajor}}{{older}} but the cluster declares Postgres {{declared}}: use an image of Postgres {{declared}} or change the declared version. {{operator}} configures (and upgrades) for the declared major, so data directory and binaries disagree.',
    },
    fixable: true,
  },
  check(model, context) {
    const { requireDigest, allowedRegistries: registries, pinned = {}, roles, requireExplicit } = context.options;
    const registryAllowed = registries ? globMatcher(registries) : undefined;

    for (const cluster of model.clusters) {
      for (const image of cluster.images) {
        if (roles && !roles.includes(image.role)) continue;
        const ref = image.reference;
        if (ref.unknown) continue;
        const at = { resource: cluster.resource, objectIndex: ref.objectIndex ?? cluster.objectIndex, pointer: ref.path };
        const fixFor = () => {
          const target = image.parsed ? pinnedFor(image.parsed, pinned) : undefined;
          return target && image.setReference && target !== ref.value
            ? { fix: { patch: image.setReference(target), description: `pin the image to ${target}` } }
            : {};
        };
        if (requireExplicit && ref.defaulted && image.role === 'postgres') {
          context.report({
            ...at,
            severity: 'warning',
            messageId: 'notExplicit',
            data: { operator: cluster.operator.name, current: ref.value ? ` (now \`${ref.value}\`)` : '', field: image.field },
          });
        }
        if (ref.value === undefined) {
          if (image.requiredBecause) context.report({ ...at, messageId: 'required', data: { field: image.field, why: image.requiredBecause } });
          continue;
        }
        const parsed = image.parsed;
        if (!parsed) continue;
        const shown = ref.value;
        const base = { role: image.role, image: shown, field: image.field };
        if (image.operatorRejects) {
          context.report({ ...at, messageId: 'rejected', data: { ...base, why: image.operatorRejects }, ...fixFor() });
        } else if (!parsed.digest && (parsed.tag === undefined || parsed.tag === 'latest')) {
          const problem = parsed.tag === 'latest' ? 'uses the `latest` tag' : 'has no tag (so `latest`)';
          context.report({ ...at, messageId: 'latest', data: { ...base, problem }, ...fixFor() });
        } else if (!parsed.digest && parsed.tag !== undefined && (floatingTag.test(parsed.tag) || channelTags.has(parsed.tag.toLowerCase()))) {
          context.report({ ...at, severity: 'warning', messageId: 'floating', data: { ...base, tag: parsed.tag }, ...fixFor() });
        }
        if (requireDigest && !parsed.digest) context.report({ ...at, messageId: 'noDigest', data: base, ...fixFor() });
        if (registryAllowed && !registryAllowed(parsed.registry)) {
          context.report({ ...at, messageId: 'registry', data: { ...base, registry: parsed.registry, allowed: registries?.join(', ') ?? '' }, ...fixFor() });
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
          context.report({
            ...at,
            messageId: 'majorMismatch',
            data: {
              image: shown,
              imageMajor: image.postgresMajor,
              older: image.runsOlderMajors ? ' (and older majors)' : '',
              declared: declared.value,
              operator: cluster.operator.name,
            },
          });
        }
      }
    }
  },
});
