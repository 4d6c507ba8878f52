// Flux post-build variable substitution (kustomize-controller `spec.postBuild`), applied to rendered objects
// the way Flux applies it to the built YAML: `${VAR}`, `${VAR:=default}`, `${VAR:-default}`; `$${VAR}` escapes.
// Deliberate difference: a variable Flux would replace by "" (not set, no default) is left as `${VAR}`, so the
// engine sees an unknown value and never reports on it.
import { parseYamlValue } from '../yaml/index.js';

const PLACEHOLDER = /(\$?)\$\{([_a-zA-Z][_a-zA-Z0-9]*)(?:(:?[-=+])([^}]*))?\}/g;
const DISABLED = 'kustomize.toolkit.fluxcd.io/substitute';

function substituteString(text: string, vars: Record<string, string>): string {
  return text.replace(PLACEHOLDER, (whole, escaped: string, name: string, op?: string, arg?: string) => {
    if (escaped) return whole.slice(1);
    const value = vars[name];
    const set = value !== undefined && (op?.startsWith(':') ? value !== '' : true);
    if (op === undefined) return value ?? whole;
    if (op.endsWith('+')) return set ? (arg ?? '') : '';
    return set ? (value ?? '') : (arg ?? '');
  });
}

function substituteValue(value: unknown, vars: Record<string, string>): unknown {
  if (typeof value === 'string') {
    if (!value.includes('${')) return value;
    const out = substituteString(value, vars);
    if (out === value) return value;
    // `replicas: ${REPLICAS}` becomes `replicas: 3` in the YAML Flux applies: a whole-value placeholder takes
    // the type its substituted text has in YAML.
    if (/^\$\{[^}]+\}$/.test(value) && !out.includes('${')) {
      try {
        const typed: unknown = parseYamlValue(out);
        if (typeof typed === 'number' || typeof typed === 'boolean' || typed === null) return typed;
      } catch {
        // not a scalar: keep the text
      }
    }
    return out;
  }
  if (Array.isArray(value)) return value.map((v) => substituteValue(v, vars));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[substituteString(k, vars)] = substituteValue(v, vars);
    return out;
  }
  return value;
}

/** Substitute in every object except those annotated `kustomize.toolkit.fluxcd.io/substitute: disabled`. */
export function fluxSubstitute(objects: Record<string, unknown>[], vars: Record<string, string>): Record<string, unknown>[] {
  return objects.map((object) => {
    const metadata = object.metadata as { annotations?: Record<string, unknown> } | undefined;
    if (metadata?.annotations?.[DISABLED] === 'disabled') return object;
    return substituteValue(object, vars) as Record<string, unknown>;
  });
}
