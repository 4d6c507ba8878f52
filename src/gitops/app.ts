// Each app as its deployer applies it: render (kustomization dir, loose files, or a Flux path without a
// kustomization), then the deployer's own transformations — Flux post-build substitution, `targetNamespace`,
// `commonMetadata`; Argo CD's kustomize namespace/common metadata and destination namespace.
import type { RenderOptions, RenderResult } from '../render/index.js';
import type { App, Discovery } from './discover.js';
import { fluxSubstitute } from './flux.js';
import type { RepoFs } from './fs.js';
import { isRecord, namespaceOf } from './objects.js';

/** The renderer as gitops drives it (src/render binds it; tests inject small fakes). */
export interface Renderer {
  render(dir: string, opts?: RenderOptions): Promise<RenderResult>;
  renderFiles(files: string[], opts?: RenderOptions): Promise<RenderResult>;
  /** A parse cache shared by every app of one run, reading files through `fs` (default: the disk). */
  newCache(fs?: RepoFs): unknown;
}

export interface RenderedApp {
  app: App;
  result: RenderResult;
  /** Rendered objects after Flux substitution and namespace defaulting (same indexes as result.objects). */
  objects: Record<string, unknown>[];
  /** Absolute files read to render it (the renderer's inputs, the app's files, its anchor). */
  inputs: string[];
  /** Whether the render reported an error (its objects are then not evaluated). */
  failed: boolean;
  /** Notes for stderr (Flux variables that stay unknown, …). */
  notes: string[];
}

/** Kinds kustomize and the apiserver treat as cluster-scoped: a destination/target namespace never applies. */
export const CLUSTER_SCOPED = new Set([
  'Namespace',
  'StorageClass',
  'ClusterRole',
  'ClusterRoleBinding',
  'CustomResourceDefinition',
  'PersistentVolume',
  'PriorityClass',
  'MutatingWebhookConfiguration',
  'ValidatingWebhookConfiguration',
  'APIService',
  'IngressClass',
  'RuntimeClass',
  'VolumeSnapshotClass',
  'CSIDriver',
  'Node',
  'ClusterIssuer',
  'ClusterImageCatalog',
]);

/** Argo CD fills in the destination namespace where none is set; Flux `targetNamespace` overrides it. */
function withNamespace(objects: Record<string, unknown>[], namespace: string, override: boolean): Record<string, unknown>[] {
  return objects.map((o) => {
    if (typeof o.kind === 'string' && CLUSTER_SCOPED.has(o.kind)) return o;
    if (!override && namespaceOf(o)) return o;
    const md = isRecord(o.metadata) ? o.metadata : {};
    return { ...o, metadata: { ...md, namespace } };
  });
}

/** Flux `spec.commonMetadata`: labels and annotations set on every object (they win over the object's own). */
function withCommonMetadata(
  objects: Record<string, unknown>[],
  common: { labels: Record<string, string>; annotations: Record<string, string> },
): Record<string, unknown>[] {
  return objects.map((o) => {
    const md = isRecord(o.metadata) ? o.metadata : {};
    const labels = { ...(isRecord(md.labels) ? md.labels : {}), ...common.labels };
    const annotations = { ...(isRecord(md.annotations) ? md.annotations : {}), ...common.annotations };
    return {
      ...o,
      metadata: {
        ...md,
        ...(Object.keys(labels).length ? { labels } : {}),
        ...(Object.keys(annotations).length ? { annotations } : {}),
      },
    };
  });
}

/** Several renders as one app: objects concatenated, each origin asked of the render it came from. */
export function combineResults(parts: RenderResult[]): RenderResult {
  if (parts.length === 1 && parts[0]) return parts[0];
  const offsets: { start: number; part: RenderResult }[] = [];
  const objects: Record<string, unknown>[] = [];
  for (const part of parts) {
    offsets.push({ start: objects.length, part });
    objects.push(...part.objects);
  }
  return {
    objects,
    inputs: [...new Set(parts.flatMap((p) => p.inputs))].sort(),
    diagnostics: parts.flatMap((p) => p.diagnostics),
    origin(index, pointer) {
      for (let i = offsets.length - 1; i >= 0; i--) {
        const o = offsets[i];
        if (o && index >= o.start) return o.part.origin(index - o.start, pointer);
      }
      return undefined;
    },
  };
}

function emptyResult(): RenderResult {
  return { objects: [], origin: () => undefined, inputs: [], diagnostics: [] };
}

function fluxVariables(app: App, discovery: Discovery, notes: string[]): Record<string, string> {
  const flux = app.flux;
  if (!flux) return {};
  const vars: Record<string, string> = {};
  for (const ref of flux.substituteFrom) {
    if (ref.kind !== 'ConfigMap') {
      // Secret values are never read by pgwarden: those variables stay unknown.
      notes.push(`${flux.definedAt}: ${app.name}: substituteFrom ${ref.kind} ${ref.name} is not read; its variables stay unknown.`);
      continue;
    }
    const found = discovery.configMaps.find((d) => {
      const md = isRecord(d.object.metadata) ? d.object.metadata : {};
      return md.name === ref.name && (md.namespace ?? flux.namespace) === flux.namespace;
    });
    if (!found) {
      if (!ref.optional) notes.push(`${flux.definedAt}: ${app.name}: substituteFrom ConfigMap ${flux.namespace}/${ref.name} is not in this tree; its variables stay unknown.`);
      continue;
    }
    const data = isRecord(found.object.data) ? found.object.data : {};
    for (const [k, v] of Object.entries(data)) if (v !== null && v !== undefined) vars[k] = String(v);
  }
  // spec.postBuild.substitute takes precedence over substituteFrom.
  return { ...vars, ...flux.substitute };
}

/** Render one app and apply its deployer's transformations. Never throws: a failure is a diagnostic on the app. */
export async function renderApp(app: App, renderer: Renderer, cache: unknown, discovery: Discovery): Promise<RenderedApp> {
  const notes: string[] = [];
  let result: RenderResult;
  // Nothing outside the repository is read, whatever a kustomization or a symlink names (issue 9).
  const bound: RenderOptions = discovery.repoRoot ? { repoRoot: discovery.repoRoot } : {};
  try {
    if (app.type === 'kustomization' && app.dir) {
      const opts: RenderOptions = { loadRestrictor: app.loadRestrictor, cache, ...bound };
      if (app.components?.length) opts.components = app.components;
      result = await renderer.render(app.dir, opts);
    } else {
      const parts: RenderResult[] = [];
      if (app.files?.length) parts.push(await renderer.renderFiles(app.files, { cache, loadRestrictor: app.loadRestrictor, ...bound }));
      for (const dir of app.kustomizations ?? []) parts.push(await renderer.render(dir, { cache, loadRestrictor: app.loadRestrictor, ...bound }));
      result = combineResults(parts);
    }
  } catch (error) {
    // The renderer returns diagnostics rather than throwing; anything thrown is reported on the app, not fatal.
    result = emptyResult();
    const e = error as { message?: string; file?: string; line?: number; column?: number };
    result.diagnostics.push({
      severity: 'error',
      message: e.message ?? String(error),
      file: e.file ?? app.anchor,
      ...(e.line ? { line: e.line } : {}),
      ...(e.column ? { column: e.column } : {}),
    });
  }
  let objects = result.objects;
  if (app.flux) {
    const vars = fluxVariables(app, discovery, notes);
    if (Object.keys(vars).length > 0) objects = fluxSubstitute(objects, vars);
    if (app.flux.targetNamespace) objects = withNamespace(objects, app.flux.targetNamespace, true);
    if (app.flux.commonMetadata) objects = withCommonMetadata(objects, app.flux.commonMetadata);
  }
  if (app.argo?.namespaceOverride) objects = withNamespace(objects, app.argo.namespaceOverride, true);
  if (app.argo?.commonMetadata) objects = withCommonMetadata(objects, app.argo.commonMetadata);
  if (app.argo?.destinationNamespace) objects = withNamespace(objects, app.argo.destinationNamespace, false);
  const failed = result.diagnostics.some((d) => d.severity === 'error');
  const inputs = [...new Set([...(result.inputs ?? []), ...(app.files ?? []), app.anchor])];
  return { app, result, objects, inputs, failed, notes };
}

/**
 * Render every app of a discovery with one cache (bases shared by overlays are parsed once), then what the apps
 * leave out (uncovered kustomization roots and loose manifests, as apps of their own).
 */
export async function renderApps(
  discovery: Discovery,
  renderer: Renderer,
  onRendered?: (done: number, total: number) => void,
  /** A render known to be identical (lint --base: the app's files did not change), used instead of rendering. */
  reuse?: (app: App) => RenderedApp | undefined,
  /** Where the files are read (lint --base: the tree at a git ref); default the disk. */
  fs?: RepoFs,
): Promise<RenderedApp[]> {
  const cache = fs ? renderer.newCache(fs) : renderer.newCache();
  const rendered: RenderedApp[] = [];
  const renderAll = async (apps: App[], total: () => number) => {
    for (const app of apps) {
      rendered.push(reuse?.(app) ?? (await renderApp(app, renderer, cache, discovery)));
      onRendered?.(rendered.length, total());
    }
  };
  await renderAll(discovery.apps, () => discovery.apps.length);
  const covered = new Set(rendered.flatMap((r) => r.inputs));
  const extra = discovery.uncovered(covered);
  if (extra.length > 0) {
    discovery.apps.push(...extra);
    await renderAll(extra, () => discovery.apps.length);
  }
  return rendered;
}
