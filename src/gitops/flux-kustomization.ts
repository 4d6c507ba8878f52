// Flux: a `kustomize.toolkit.fluxcd.io` Kustomization deploys its `spec.path` (with `components`, post-build
// `substitute` / `substituteFrom`, `targetNamespace`, `commonMetadata`), rendered with LoadRestrictionsNone as
// kustomize-controller builds it.
import { resolve } from 'node:path';
import { str, stringRecord } from './argo.js';
import type { DiscoveryContext, FluxSource } from './model.js';
import { isRecord } from './objects.js';
import { resolveSourcePath, type TreeDoc, where } from './tree.js';

/** The app of a Flux Kustomization: its `spec.path` with components, post-build substitution and target namespace. */
export function fluxKustomizationApp(doc: TreeDoc, ctx: DiscoveryContext): void {
  const o = doc.object;
  const metadata = isRecord(o.metadata) ? o.metadata : {};
  const spec = isRecord(o.spec) ? o.spec : {};
  const name = str(metadata.name) ?? '(unnamed)';
  const namespace = str(metadata.namespace) ?? 'flux-system';
  const path = str(spec.path) ?? './';
  const dir = resolveSourcePath(path, ctx.sourceRoots, ctx.fs, ctx.boundary);
  if (!dir) {
    ctx.diagnostics.push(`${where(doc, ctx.cwd)}: flux:${namespace}/${name}: spec.path "${path}" is not a directory in this tree; skipped.`);
    return;
  }
  const postBuild = isRecord(spec.postBuild) ? spec.postBuild : {};
  const substitute: Record<string, string> = {};
  if (isRecord(postBuild.substitute)) {
    for (const [k, v] of Object.entries(postBuild.substitute)) if (v !== null && v !== undefined) substitute[k] = String(v);
  }
  const flux: FluxSource = {
    kind: 'flux',
    name,
    namespace,
    path: dir,
    components: (Array.isArray(spec.components) ? spec.components : []).filter((c): c is string => typeof c === 'string').map((c) => resolve(dir, c)),
    substitute,
    substituteFrom: (Array.isArray(postBuild.substituteFrom) ? postBuild.substituteFrom : []).filter(isRecord).map((s) => ({
      kind: str(s.kind) ?? 'ConfigMap',
      name: str(s.name) ?? '',
      optional: s.optional === true,
    })),
    definedAt: where(doc, ctx.cwd),
  };
  const target = str(spec.targetNamespace);
  if (target) flux.targetNamespace = target;
  if (isRecord(spec.commonMetadata)) {
    const labels = isRecord(spec.commonMetadata.labels) ? spec.commonMetadata.labels : {};
    const annotations = isRecord(spec.commonMetadata.annotations) ? spec.commonMetadata.annotations : {};
    flux.commonMetadata = { labels: stringRecord(labels), annotations: stringRecord(annotations) };
  }
  for (const unsupported of ['patches', 'images', 'namePrefix', 'nameSuffix']) {
    if (spec[unsupported] !== undefined) {
      ctx.diagnostics.push(`${where(doc, ctx.cwd)}: flux:${namespace}/${name}: spec.${unsupported} is not applied by pgwarden; linting without it.`);
    }
  }
  const app = ctx.appForDir(dir, { name: ctx.uniqueName(`flux:${namespace}/${name}`), loadRestrictor: 'none', components: flux.components, flux });
  if (app) ctx.apps.push(app);
  else ctx.diagnostics.push(`${where(doc, ctx.cwd)}: flux:${namespace}/${name}: "${path}" holds no manifests.`);
}
