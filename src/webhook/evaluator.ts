// Judges admission requests inline, on the event loop. The engine is synchronous, so its work per request is bounded
// by the input instead of by a thread that could be abandoned: the body limit (server), the nesting limit
// (json-body.ts), and here a cap on the values in the judged objects and on the entries of any one list or map.
// Objects beyond them are denied with the cap named; within them the engine answers in a few milliseconds
// (bench/webhook measures it). A thread hop per request cost 40–80 µs of CPU in structured cloning alone.
import type { PolicySet } from '../policies/index.js';
import { type Endpoint, decide } from './decide.js';
import type { EngineApi } from './engine.js';
import type { SizeBounds } from './json-body.js';
import type { RelatedInputs } from './related.js';
import type { AdmissionRequest, DecisionResult } from './types.js';

export interface ObjectLimits {
  /** Values (objects, arrays, scalars) in `object` plus `oldObject`, `metadata.managedFields` not counted. */
  maxValues: number;
  /** Entries of any one array or object (a list of users, repos, env vars, a Secret's data keys). */
  maxEntries: number;
}

/**
 * A PostgresCluster, CNPG Cluster or StatefulSet as people write them holds a few hundred values; a Secret with a
 * CA bundle a few dozen. The caps leave two orders of magnitude of room and keep the engine's worst case (every
 * value in one list the rules walk) to tens of milliseconds.
 */
export const DEFAULT_LIMITS: ObjectLimits = { maxValues: 20_000, maxEntries: 2_000 };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The managed-fields bookkeeping the apiserver adds: never read by a rule, often the largest part of an object. */
function withoutManagedFields(object: unknown): unknown {
  if (!isRecord(object) || !isRecord(object.metadata) || !('managedFields' in object.metadata)) return object;
  const { managedFields: _dropped, ...metadata } = object.metadata;
  return { ...object, metadata };
}

function pathOf(parts: readonly (string | number)[]): string {
  let out = '';
  for (const part of parts) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += /^[A-Za-z_][\w-]*$/.test(part) ? (out ? `.${part}` : part) : `[${JSON.stringify(part.slice(0, 40))}]`;
  }
  return out || '(object)';
}

/** The first cap an object breaks, as a sentence naming the field; undefined when it is within them. */
export function overLimits(objects: readonly unknown[], limits: ObjectLimits): string | undefined {
  // A walk without paths first (every request pays it); the path of the offending field is found only for a refusal.
  let values = 0;
  const stack: unknown[] = [...objects];
  while (stack.length > 0) {
    const value = stack.pop();
    values++;
    if (values > limits.maxValues) return `the object holds more than ${limits.maxValues.toLocaleString('en-US')} values (the limit)`;
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      if (value.length > limits.maxEntries) return tooManyEntries(objects, limits);
      for (let i = 0; i < value.length; i++) stack.push(value[i]);
    } else {
      let entries = 0;
      for (const key in value) {
        if (!Object.hasOwn(value, key)) continue;
        if (++entries > limits.maxEntries) return tooManyEntries(objects, limits);
        stack.push((value as Record<string, unknown>)[key]);
      }
    }
  }
  return undefined;
}

/** The sentence naming the first list or map over `maxEntries` (depth first, as overLimits walks). */
function tooManyEntries(objects: readonly unknown[], limits: ObjectLimits): string | undefined {
  const stack: { value: unknown; path: (string | number)[] }[] = objects.map((value) => ({ value, path: [] }));
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    const keys = Array.isArray(value) ? undefined : Object.keys(value);
    const entries = keys ? keys.length : (value as unknown[]).length;
    if (entries > limits.maxEntries) {
      return `${pathOf(path)} has ${entries.toLocaleString('en-US')} entries (the limit is ${limits.maxEntries.toLocaleString('en-US')})`;
    }
    if (keys) {
      for (const key of keys) stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    } else {
      const items = value as unknown[];
      for (let i = 0; i < items.length; i++) stack.push({ value: items[i], path: [...path, i] });
    }
  }
  return undefined;
}

export interface JudgeOptions {
  limits?: ObjectLimits;
}

/** The policy in force and the cluster's storage classes, and decide() over them. Swaps are atomic: one assignment. */
export class Judge {
  private policy: PolicySet | undefined;
  private classes: readonly string[] | undefined;
  readonly limits: ObjectLimits;

  constructor(
    private readonly engine: EngineApi,
    options: JudgeOptions = {},
  ) {
    this.limits = options.limits ?? DEFAULT_LIMITS;
  }

  /** An already validated policy set (policy-source.ts); undefined = the engine's recommended preset. */
  setPolicy(policy: PolicySet | undefined): void {
    this.policy = policy;
  }

  setStorageClasses(classes: readonly string[] | undefined): void {
    this.classes = classes;
  }

  /**
   * Never throws: whatever goes wrong is an answer carrying the request's uid. `bounds` (json-body.ts) are upper
   * bounds on the whole body's sizes: within the caps, the objects are too, and the walk is skipped.
   */
  decide(request: AdmissionRequest, endpoint: Endpoint, related?: RelatedInputs, bounds?: SizeBounds): DecisionResult {
    const uid = request.uid;
    const judged: AdmissionRequest = {
      ...request,
      object: withoutManagedFields(request.object),
      oldObject: withoutManagedFields(request.oldObject),
    };
    const withinCaps = bounds !== undefined && bounds.values <= this.limits.maxValues && bounds.entries <= this.limits.maxEntries;
    if (!withinCaps && (request.operation === 'CREATE' || request.operation === 'UPDATE')) {
      const over = overLimits([judged.object, judged.oldObject], this.limits);
      if (over) {
        const what = `${request.kind.kind} ${request.namespace ? `${request.namespace}/` : ''}${request.name ?? ''}`.slice(0, 300);
        return {
          response: {
            uid,
            allowed: false,
            status: { code: 400, reason: 'BadRequest', message: `pgwarden: ${what}: ${over}; pgwarden bounds its work per request and judges nothing this large` },
          },
          summary: { decision: 'denied', findings: [], infos: [], refused: 'limits' },
        };
      }
    }
    try {
      return decide(judged, endpoint, {
        engine: this.engine,
        policy: this.policy,
        ...(this.classes ? { clusterStorageClasses: this.classes } : {}),
        ...(related ? { related } : {}),
      });
    } catch (error) {
      return {
        response: { uid, allowed: false, status: { code: 500, reason: 'InternalError', message: 'pgwarden: internal error while judging; see its log' } },
        summary: { decision: 'error', findings: [], infos: [], error: error instanceof Error ? error.message : String(error) },
      };
    }
  }
}
