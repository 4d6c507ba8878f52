// kustomize's build metadata annotations (api/resource/origin.go, api/internal/utils/annotations.go, v5.5.0):
// `config.kubernetes.io/origin` (buildMetadata: [originAnnotations]) says where an object came from;
// `alpha.config.kubernetes.io/transformations` (buildMetadata: [transformerAnnotations]) lists the transformers
// that ran over it. Both are kyaml.Marshal of Go structs; this module writes them the same way, byte for byte.
import path from 'node:path';
import { parseYamlValue } from '../yaml/index.js';

export const ORIGIN_ANNOTATION = 'config.kubernetes.io/origin';
export const TRANSFORMATIONS_ANNOTATION = 'alpha.config.kubernetes.io/transformations';

/** resource.Origin: a local resource has `path`; a generated object or a transformer has configuredIn/By. */
export interface Origin {
  path?: string;
  repo?: string;
  ref?: string;
  configuredIn?: string;
  configuredBy?: { apiVersion?: string; kind?: string; name?: string; namespace?: string };
}

// A string go-yaml writes unquoted: no indicator first, no `: ` or ` #`, and not read back as another YAML 1.1 type.
const PLAIN = /^[^\s\-?:,[\]{}#&*!|>'"%@`][^:#]*$/;
const NOT_STRING = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|~|null|Null|NULL|[-+]?[0-9._]+(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

function scalar(s: string): string {
  return PLAIN.test(s) && !NOT_STRING.test(s) && !s.endsWith(' ') ? s : JSON.stringify(s);
}

function originLines(o: Origin): string[] {
  const out: string[] = [];
  for (const key of ['path', 'repo', 'ref', 'configuredIn'] as const) {
    const v = o[key];
    if (v) out.push(`${key}: ${scalar(v)}`);
  }
  const by = o.configuredBy;
  if (by && (by.apiVersion || by.kind || by.name || by.namespace)) {
    out.push('configuredBy:');
    for (const key of ['apiVersion', 'kind', 'name', 'namespace'] as const) {
      const v = by[key];
      if (v) out.push(`  ${key}: ${scalar(v)}`);
    }
  }
  return out;
}

/** The origin annotation's value (Origin.String). */
export function originText(o: Origin): string {
  return originLines(o).map((l) => `${l}\n`).join('');
}

/** The transformations annotation's value (Transformations.String): a YAML list of origins. */
export function transformationsText(list: readonly Origin[]): string {
  return list
    .map((o) =>
      originLines(o)
        .map((l, i) => `${i === 0 ? '- ' : '  '}${l}\n`)
        .join(''),
    )
    .join('');
}

/** Parse an origin annotation (or one transformations entry); undefined when it is not a mapping. */
export function readOrigin(value: unknown): Origin | undefined {
  const o = typeof value === 'string' ? parseYamlValue(value) : value;
  if (!o || typeof o !== 'object' || Array.isArray(o)) return undefined;
  const rec = o as Record<string, unknown>;
  const out: Origin = {};
  for (const key of ['path', 'repo', 'ref', 'configuredIn'] as const) if (typeof rec[key] === 'string') out[key] = rec[key];
  const by = rec.configuredBy;
  if (by && typeof by === 'object' && !Array.isArray(by)) {
    const b = by as Record<string, unknown>;
    out.configuredBy = {};
    for (const key of ['apiVersion', 'kind', 'name', 'namespace'] as const) if (typeof b[key] === 'string') out.configuredBy[key] = b[key];
  }
  return out;
}

/** Parse a transformations annotation. */
export function readTransformations(value: unknown): Origin[] {
  const list = typeof value === 'string' ? parseYamlValue(value) : value;
  if (!Array.isArray(list)) return [];
  return list.map(readOrigin).filter((o): o is Origin => o !== undefined);
}

/**
 * Re-root an origin's local paths: `from` is the directory they are relative to now, `to` the one they should be
 * relative to (a remote origin's path is relative to its repository and stays).
 */
export function rerootOrigin(o: Origin, from: string, to: string): Origin {
  if (o.repo) return o;
  const move = (p: string) => path.relative(to, path.resolve(from, p)).split(path.sep).join('/');
  const out: Origin = { ...o };
  if (o.path) out.path = move(o.path);
  if (o.configuredIn) out.configuredIn = move(o.configuredIn);
  return out;
}
