// The related objects one admission request lacks, gathered before judging. What is needed is the engine's answer
// (relatedNeeds: each operator's profile in src/policies/adapters/profiles.ts); this only fetches it:
// - the operator's configuration (Zalando `postgresql`): the cached one from an informer;
// - a named object (the CNPG Cluster a ScheduledBackup backs up): a GET with a time cap; when it cannot be read, what
//   the profile says the operator would read in its place, and a note saying so;
// - a Secret's users: the workloads that read it (secret-users.ts index);
// - with `--read-secrets`, the Secrets a workload reads: a GET each, reduced to the emptiness of their keys;
// - `/scale`: the scaled object as stored, from the same cache, so the engine judges the real object with its new count.
// Other requests return undefined at once: their path is untouched.
import type { Logger } from 'pino';
import type { RelatedNeed, RelatedObjectNeed } from '../policies/index.js';
import { emptinessOnly } from '../audit/index.js';
import type { ObjectGetter } from './cluster.js';
import { type EngineApi, realEngine } from './engine.js';
import type { AdmissionRequest } from './types.js';

/** What decide() adds to the inputs after the request object, and notes for the answer's warnings. */
export interface RelatedInputs {
  objects: unknown[];
  /** One line each, shown to the client as warnings (never an object's data). */
  notes?: string[];
  /** What was gathered (for the log): the need's id, `-missing`/`-unreadable` when it could not be read. */
  reason: string;
  /** Indexes into `objects` whose findings count as the request's own (the Secrets a workload reads, `--read-secrets`). */
  counted?: number[];
  /** `/scale`: the scaled object as stored in the cluster (the engine judges it with the new count). */
  stored?: unknown;
}

export interface RelatedSourceOptions {
  /** Which related objects a request needs; default the real engine. */
  engine?: Pick<EngineApi, 'relatedNeeds' | 'scaleSubject'>;
  /** GET one object a profile names; undefined = no cluster access. */
  getObject?: ObjectGetter;
  /** The workloads that reference a Secret (secret-users.ts); undefined = no cluster access. */
  secretUsers?: (namespace: string, name: string) => readonly unknown[];
  /** A cached Postgres workload by resource, namespace and name (secret-users.ts); undefined = no cluster access. */
  cached?: (group: string, resource: string, namespace: string, name: string) => unknown;
  /**
   * `--read-secrets`: GET one Secret, reduced to the emptiness of its keys (src/audit emptinessOnly); undefined =
   * off (the default: pgwarden holds no permission to read Secrets). A workload arriving after its Secret is then
   * judged with it.
   */
  getSecret?: (namespace: string, name: string) => Promise<unknown>;
  /** How long a GET may take before the request is judged without it. Default 1500 ms. */
  lookupTimeoutMs?: number;
  log: Logger;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A core Secret: read only with `--read-secrets`, through its own getter (emptiness only). */
function isSecretNeed(need: RelatedNeed): need is RelatedObjectNeed {
  return need.need === 'object' && need.group === '' && need.kind === 'Secret';
}

/** Two sets of related inputs in one: objects in order, `counted` shifted past the first's objects. */
function joined(first: RelatedInputs | undefined, second: RelatedInputs | undefined): RelatedInputs | undefined {
  if (!first || !second) return first ?? second;
  const counted = [...(first.counted ?? []), ...(second.counted ?? []).map((i) => first.objects.length + i)];
  const notes = [...(first.notes ?? []), ...(second.notes ?? [])];
  return {
    objects: [...first.objects, ...second.objects],
    reason: `${first.reason}+${second.reason}`,
    ...(notes.length > 0 ? { notes } : {}),
    ...(counted.length > 0 ? { counted } : {}),
  };
}

/** A rejection after `ms`, cleared by the caller. */
function deadline(ms: number, timer: { id?: NodeJS.Timeout }): Promise<never> {
  return new Promise<never>((_, reject) => {
    timer.id = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
}

export class RelatedSource {
  private zalando: unknown[] = [];
  private zalandoNote: string | undefined;
  private readonly engine: Pick<EngineApi, 'relatedNeeds' | 'scaleSubject'>;

  constructor(private readonly options: RelatedSourceOptions) {
    this.engine = options.engine ?? realEngine;
  }

  /** The cached operator configuration objects (already chosen: at most the one the operator reads). */
  setZalandoConfig(objects: readonly unknown[], note?: string): void {
    this.zalando = [...objects];
    this.zalandoNote = note;
  }

  zalandoConfig(): readonly unknown[] {
    return this.zalando;
  }

  async for(request: AdmissionRequest): Promise<RelatedInputs | undefined> {
    if (request.operation !== 'CREATE' && request.operation !== 'UPDATE') return undefined;
    if (request.subResource === 'scale') return this.scaledObject(request);
    if (request.subResource || !isRecord(request.object)) return undefined;
    const getSecret = this.options.getSecret;
    const needs = this.engine.relatedNeeds(request.object, request.namespace, { secrets: getSecret !== undefined });
    let related: RelatedInputs | undefined;
    for (const need of needs) if (!isSecretNeed(need)) related = joined(related, await this.gather(need));
    // The Secrets a workload reads (`--read-secrets`) follow whatever else it needs.
    const secrets = needs.filter(isSecretNeed);
    if (getSecret && secrets.length > 0) related = joined(related, await this.secretsOf(secrets, getSecret));
    return related;
  }

  private async gather(need: RelatedNeed): Promise<RelatedInputs | undefined> {
    switch (need.need) {
      case 'operator-configuration':
        return this.zalando.length === 0 && !this.zalandoNote
          ? undefined
          : { objects: this.zalando, ...(this.zalandoNote ? { notes: [this.zalandoNote] } : {}), reason: 'zalando-operator-config' };
      case 'secret-users': {
        const found = this.options.secretUsers?.(need.namespace, need.name) ?? [];
        return found.length > 0 ? { objects: [...found], reason: 'secret-users' } : undefined;
      }
      case 'object':
        return this.options.getObject ? this.namedObject(need, this.options.getObject) : undefined;
    }
  }

  /** `/scale`: the object being scaled, as the informer cache holds it (no GET on the scale path). */
  private scaledObject(request: AdmissionRequest): RelatedInputs | undefined {
    const subject = this.engine.scaleSubject(request.resource.group, request.resource.resource);
    if (!subject || !this.options.cached || !request.namespace || !request.name) return undefined;
    const stored = this.options.cached(subject.group, subject.resource, request.namespace, request.name);
    return stored === undefined ? undefined : { objects: [], stored, reason: 'scale-stored' };
  }

  /** `--read-secrets`: a workload arriving after its Secrets is judged with them (their emptiness only). */
  private async secretsOf(needs: readonly RelatedObjectNeed[], get: NonNullable<RelatedSourceOptions['getSecret']>): Promise<RelatedInputs | undefined> {
    const timeoutMs = this.options.lookupTimeoutMs ?? 1500;
    let timer: NodeJS.Timeout | undefined;
    const fetched = await Promise.race([
      Promise.all(
        needs.map((need) =>
          get(need.namespace, need.name).then(
            (secret) => emptinessOnly(secret),
            (error: unknown) => {
              this.options.log.warn({ namespace: need.namespace, secret: need.name, err: error instanceof Error ? error.message : String(error) }, 'could not read a referenced Secret; judging without it');
              return undefined;
            },
          ),
        ),
      ),
      new Promise<undefined>((resolve) => {
        timer = setTimeout(() => resolve(undefined), timeoutMs);
      }),
    ]).finally(() => clearTimeout(timer));
    const secrets = (fetched ?? []).filter((s): s is Record<string, unknown> => s !== undefined);
    if (secrets.length === 0) return undefined;
    // Index 0 in decide() is the request's object; these follow it, and what is found about them counts.
    return { objects: secrets, reason: needs[0]!.id, counted: secrets.map((_, i) => i) };
  }

  /**
   * One object a profile names, read with a GET under the time cap. Not there (yet), or not readable: what the
   * profile says the operator reads in its place, and a note saying only the request's part was judged.
   */
  private async namedObject(need: RelatedObjectNeed, get: ObjectGetter): Promise<RelatedInputs | undefined> {
    const timeoutMs = this.options.lookupTimeoutMs ?? 1500;
    const timer: { id?: NodeJS.Timeout } = {};
    const what = `${need.kind} ${need.namespace}/${need.name}`;
    const inPlace = (reason: string, note: string): RelatedInputs => ({
      objects: need.whenAbsent ? [need.whenAbsent()] : [],
      notes: [`pgwarden: ${note}; only ${need.judgedAlone} was judged`],
      reason: `${need.id}-${reason}`,
    });
    try {
      const found = await Promise.race([get(need), deadline(timeoutMs, timer)]);
      if (found !== undefined) return { objects: [found], reason: need.id };
      return inPlace('missing', `${what} does not exist (yet)`);
    } catch (error) {
      this.options.log.warn(
        { namespace: need.namespace, name: need.name, kind: need.kind, err: error instanceof Error ? error.message : String(error) },
        `could not read ${need.role}; judging ${need.judgedAlone} alone`,
      );
      return inPlace('unreadable', `could not read ${what}`);
    } finally {
      if (timer.id) clearTimeout(timer.id);
    }
  }
}
