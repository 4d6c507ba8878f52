// For what pgwarden's renderer does not implement (helmCharts, remote resources, KRM functions, …): run
// `kustomize build` or `kubectl kustomize` with origin annotations, so each object still points at the file
// it came from (provenance reduced to the resource's origin).
import { execFileSync } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseYamlStream, yamlToJS } from '../yaml/index.js';
import type { RenderCache } from './cache.js';
import { RenderError } from './errors.js';
import type { PMap, PNode, Prov, SourceDoc } from './pnode.js';
import { fromJSON, str } from './pnode.js';
import {
  ORIGIN_ANNOTATION,
  originText,
  readOrigin,
  readTransformations,
  rerootOrigin,
  TRANSFORMATIONS_ANNOTATION,
  transformationsText,
} from './origin.js';

function onPath(cmd: string): string | undefined {
  const dirs = (process.env.PATH ?? '').split(path.delimiter);
  for (const d of dirs) {
    if (!d) continue;
    const full = path.join(d, cmd);
    try {
      accessSync(full, constants.X_OK);
      return full;
    } catch {
      // not here
    }
  }
  return undefined;
}

let toolCache: { cmd: string; args: string[] } | null | undefined;

/** `kustomize build` or `kubectl kustomize`, whichever is on PATH (kustomize first: it is what Flux embeds). */
export function fallbackTool(): { cmd: string; args: string[] } | undefined {
  if (toolCache === undefined) {
    const kustomize = onPath('kustomize');
    const kubectl = onPath('kubectl');
    toolCache = kustomize ? { cmd: kustomize, args: ['build'] } : kubectl ? { cmd: kubectl, args: ['kustomize'] } : null;
  }
  return toolCache ?? undefined;
}

export interface FallbackObject {
  root: PMap;
}

function fileProv(file: string, line: number, via: 'fallback'): Prov {
  const doc: SourceDoc = { file, docIndex: 0, linePos: () => ({ line, col: 1 }) };
  return { doc, start: 0, end: 0, yamlPath: [], via };
}

/** Find the line where the object (kind + name) starts in its origin file; 1 when not found. */
function locateInFile(cache: RenderCache, file: string, kind: string, name: string): { line: number; docIndex: number } {
  try {
    const pf = cache.parseFile(file, 'resource');
    for (const d of pf.docs) {
      const r = d.root;
      if (r?.t !== 'm') continue;
      const meta = r.v.get('metadata');
      const n = meta?.t === 'm' ? str(meta.v.get('name')) : undefined;
      if (str(r.v.get('kind')) === kind && n === name) {
        return { line: r.p.doc.linePos(r.p.start).line, docIndex: d.docIndex };
      }
    }
  } catch {
    // an unparseable origin file: point at its first line
  }
  return { line: 1, docIndex: 0 };
}

/**
 * kustomize's error about the wrapper, as it would have said it about `dir` itself: the wrapper's layer
 * ("accumulating resources from '<path from the wrapper>' … recursed accumulation of path '<dir>': ") is cut, and
 * any other mention of the wrapper-relative path names the user's directory.
 */
export function unwrapError(message: string, dir: string, entry: string): string {
  const marker = `recursed accumulation of path '${dir}': `;
  const at = message.indexOf(marker);
  if (at >= 0) return message.slice(at + marker.length);
  return message.replaceAll(`'${entry}'`, `'${dir}'`);
}

/**
 * Build `dir` with the external tool through a wrapper kustomization (in a temporary directory) that adds
 * `buildMetadata: [originAnnotations]` to what the app's own kustomization asks for (`buildMetadata` is the top
 * kustomization's alone: kustomize copies it into every base, api/internal/target/kusttarget.go
 * accumulateDirectory). Returns the objects with provenance set to each object's origin file; the build
 * annotations the app asked for are kept, with paths relative to the app as kustomize writes them.
 */
export function runFallback(
  dir: string,
  cache: RenderCache,
  loadRestrictor: 'rootOnly' | 'none',
  isComponent = false,
  buildMetadata: readonly string[] = [],
): PMap[] {
  const tool = fallbackTool();
  if (!tool) throw new RenderError(`${dir}: this app needs kustomize itself, and neither kustomize nor kubectl is on PATH`);
  const tmp = mkdtempSync(path.join(tmpdir(), 'pgwarden-kustomize-'));
  const abs = path.resolve(dir);
  const entry = path.relative(tmp, abs);
  const keepOrigin = buildMetadata.includes('originAnnotations');
  const keepTransformations = buildMetadata.includes('transformerAnnotations');
  const metadata = [...new Set(['originAnnotations', ...buildMetadata.filter((m) => /^[A-Za-z]+$/.test(m))])];
  try {
    writeFileSync(
      path.join(tmp, 'kustomization.yaml'),
      // A Component cannot be a resource: include it as a component of the (empty) wrapper instead.
      `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n${isComponent ? 'components' : 'resources'}:\n- ${JSON.stringify(entry)}\nbuildMetadata: [${metadata.join(', ')}]\n`,
    );
    const args = [...tool.args, tmp];
    if (loadRestrictor === 'none') args.push('--load-restrictor=LoadRestrictionsNone');
    let out: string;
    try {
      out = execFileSync(tool.cmd, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 120_000, stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
      const stderr = String((e as { stderr?: unknown }).stderr ?? '').trim();
      // kubectl wraps kustomize's error in a klog line (`E… run.go:72] "command failed" err=<`) with the cause on
      // the next lines: keep the whole cause on one line.
      const cause = stderr
        .split('\n')
        .map((l) => l.replace(/^E\d{4} [\d:.]+\s+\d+ [\w.]+:\d+\] /, '').trim())
        .filter((l) => l && !l.startsWith('# Warning') && l !== '>')
        .join(' ');
      const first = unwrapError(cause || String(e), abs, entry).slice(0, 600);
      throw new RenderError(`${dir}: ${path.basename(tool.cmd)} failed: ${first.replaceAll(tmp, '<wrapper>')}`, { file: dir });
    }
    const objects: PMap[] = [];
    for (const doc of parseYamlStream(out)) {
      const json = yamlToJS(doc);
      if (!json || typeof json !== 'object' || Array.isArray(json)) continue;
      const obj = json as Record<string, unknown>;
      const meta = (obj.metadata ?? {}) as Record<string, unknown>;
      const annotations = (meta.annotations ?? {}) as Record<string, unknown>;
      let originFile = path.resolve(dir);
      const origin = readOrigin(annotations[ORIGIN_ANNOTATION]);
      if (origin) {
        // Resources carry `path`; generated ones (helmCharts, KRM generators) carry `configuredIn`, the
        // kustomization (or generator config) that made them.
        const rel = origin.repo ? undefined : (origin.path ?? origin.configuredIn);
        if (typeof rel === 'string') originFile = path.resolve(tmp, rel);
        if (keepOrigin) annotations[ORIGIN_ANNOTATION] = originText(rerootOrigin(origin, tmp, abs));
        else delete annotations[ORIGIN_ANNOTATION];
      }
      if (TRANSFORMATIONS_ANNOTATION in annotations) {
        const list = readTransformations(annotations[TRANSFORMATIONS_ANNOTATION]).map((o) => rerootOrigin(o, tmp, abs));
        if (keepTransformations) annotations[TRANSFORMATIONS_ANNOTATION] = transformationsText(list);
        else delete annotations[TRANSFORMATIONS_ANNOTATION];
      }
      if (meta.annotations && Object.keys(annotations).length === 0) delete meta.annotations;
      if (cache.kind(originFile) === 'dir') {
        const k = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'].map((f) => path.join(originFile, f));
        originFile = k.find((f) => cache.kind(f) === 'file') ?? originFile;
      }
      const kind = typeof obj.kind === 'string' ? obj.kind : '';
      const name = typeof meta.name === 'string' ? meta.name : '';
      const at = originFile.endsWith('.yaml') || originFile.endsWith('.yml') ? locateInFile(cache, originFile, kind, name) : { line: 1, docIndex: 0 };
      const p = fileProv(originFile, at.line, 'fallback');
      const node: PNode = fromJSON(obj, { ...p, doc: { ...p.doc, docIndex: at.docIndex } });
      if (node.t === 'm') objects.push(node);
    }
    return objects;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
