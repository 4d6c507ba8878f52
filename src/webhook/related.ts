// The related objects one admission request lacks, gathered before judging (no rule logic: the engine decides).
// - Zalando `postgresql`: the operator's configuration (OperatorConfiguration or operator ConfigMap) decides pod
//   anti-affinity for every cluster; the cached one from an informer is passed along.
// - CNPG `ScheduledBackup`: its schedule is judged as part of the Cluster it names; that Cluster is read with a GET.
// Other kinds return undefined at once: their path is untouched.
import type { Logger } from 'pino';
import { emptinessOnly, referencedSecrets } from '../audit/index.js';
import type { AdmissionRequest } from './types.js';

/** What decide() adds to the inputs after the request object, and notes for the answer's warnings. */
export interface RelatedInputs {
  objects: unknown[];
  /** One line each, shown to the client as warnings (never an object's data). */
  notes?: string[];
  /** The request kind whose lookup made these (for the log). */
  reason: 'zalando-operator-config' | 'cnpg-cluster' | 'cnpg-cluster-missing' | 'cnpg-cluster-unreadable' | 'secret-users' | 'referenced-secrets';
  /** Indexes into `objects` whose findings count as the request's own (the Secrets a workload reads, `--read-secrets`). */
  counted?: number[];
}

export type ClusterGetter = (namespace: string, name: string) => Promise<unknown>;

export interface RelatedSourceOptions {
  /** GET one CNPG Cluster; undefined = no cluster access. */
  getCnpgCluster?: ClusterGetter;
  /** The workloads that reference a Secret (secret-users.ts); undefined = no cluster access. */
  secretUsers?: (namespace: string, name: string) => readonly unknown[];
  /**
   * `--read-secrets`: GET one Secret, reduced to the emptiness of its keys (src/audit emptinessOnly); undefined =
   * off (the default: pgwarden holds no permission to read Secrets). A workload arriving after its Secret is then
   * judged with it.
   */
  getSecret?: ClusterGetter;
  /** How long the Cluster GET may take before the schedule is judged alone. Default 1500 ms. */
  lookupTimeoutMs?: number;
  log: Logger;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** At most this many Secrets are read for one workload (a StatefulSet can name many). */
const MAX_SECRETS = 16;

function isSecret(request: AdmissionRequest): boolean {
  return request.kind.group === '' && request.kind.kind === 'Secret' && !request.subResource;
}

function withRequestNamespace(request: AdmissionRequest): unknown {
  const object = request.object as Record<string, unknown>;
  const meta = isRecord(object.metadata) ? object.metadata : {};
  if (typeof meta.namespace === 'string' && meta.namespace !== '') return object;
  return { ...object, metadata: { ...meta, namespace: request.namespace } };
}

export function isZalandoPostgresql(request: AdmissionRequest): boolean {
  return request.kind.group === 'acid.zalan.do' && request.kind.kind === 'postgresql' && !request.subResource;
}

export function isCnpgScheduledBackup(request: AdmissionRequest): boolean {
  return request.kind.group === 'postgresql.cnpg.io' && request.kind.kind === 'ScheduledBackup' && !request.subResource;
}

/**
 * The smallest Cluster a ScheduledBackup names, for judging its schedule when the real one cannot be read (not
 * created yet, or the GET failed): without a Cluster the engine cannot place the schedule at all. Only findings
 * about the ScheduledBackup itself are kept, so nothing about this stand-in reaches the answer.
 */
export function standInCluster(namespace: string | undefined, name: string): unknown {
  return { apiVersion: 'postgresql.cnpg.io/v1', kind: 'Cluster', metadata: { name, ...(namespace ? { namespace } : {}) }, spec: { instances: 1, storage: { size: '1Gi' } } };
}

export class RelatedSource {
  private zalando: unknown[] = [];
  private zalandoNote: string | undefined;

  constructor(private readonly options: RelatedSourceOptions) {}

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
    if (isZalandoPostgresql(request)) {
      const config: RelatedInputs | undefined =
        this.zalando.length === 0 && !this.zalandoNote
          ? undefined
          : { objects: this.zalando, ...(this.zalandoNote ? { notes: [this.zalandoNote] } : {}), reason: 'zalando-operator-config' };
      const secrets = this.options.getSecret && isRecord(request.object) ? await this.referencedSecretsOf(request, this.options.getSecret) : undefined;
      if (!config || !secrets) return config ?? secrets;
      // The Secrets follow the configuration objects.
      return { ...config, objects: [...config.objects, ...secrets.objects], counted: secrets.objects.map((_, i) => config.objects.length + i) };
    }
    if (isCnpgScheduledBackup(request) && this.options.getCnpgCluster) return this.cnpgCluster(request, this.options.getCnpgCluster);
    if (isSecret(request) && this.options.secretUsers) return this.secretUsersOf(request, this.options.secretUsers);
    if (this.options.getSecret && !request.subResource && isRecord(request.object)) return this.referencedSecretsOf(request, this.options.getSecret);
    return undefined;
  }

  /** A Secret arriving alone: the workloads that read it, so a blank password is judged for what it is to them. */
  private secretUsersOf(request: AdmissionRequest, users: NonNullable<RelatedSourceOptions['secretUsers']>): RelatedInputs | undefined {
    const meta = isRecord(request.object) && isRecord(request.object.metadata) ? request.object.metadata : undefined;
    const name = typeof meta?.name === 'string' ? meta.name : request.name;
    const namespace = typeof meta?.namespace === 'string' && meta.namespace !== '' ? meta.namespace : request.namespace;
    if (!name || !namespace) return undefined;
    const found = users(namespace, name);
    return found.length > 0 ? { objects: [...found], reason: 'secret-users' } : undefined;
  }

  /** `--read-secrets`: a workload arriving after its Secrets is judged with them (their emptiness only). */
  private async referencedSecretsOf(request: AdmissionRequest, get: ClusterGetter): Promise<RelatedInputs | undefined> {
    const object = withRequestNamespace(request);
    const refs = (referencedSecrets([{ object }]).get(0) ?? []).slice(0, MAX_SECRETS);
    if (refs.length === 0) return undefined;
    const timeoutMs = this.options.lookupTimeoutMs ?? 1500;
    let timer: NodeJS.Timeout | undefined;
    const fetched = await Promise.race([
      Promise.all(
        refs.map((ref) =>
          get(ref.namespace, ref.name).then(
            (secret) => emptinessOnly(secret),
            (error: unknown) => {
              this.options.log.warn({ namespace: ref.namespace, secret: ref.name, err: error instanceof Error ? error.message : String(error) }, 'could not read a referenced Secret; judging without it');
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
    // Index 0 in decide() is the request's object; these follow it.
    return { objects: secrets, reason: 'referenced-secrets', counted: secrets.map((_, i) => i) };
  }

  private async cnpgCluster(request: AdmissionRequest, get: ClusterGetter): Promise<RelatedInputs | undefined> {
    const object = request.object;
    if (!isRecord(object)) return undefined;
    const spec = isRecord(object.spec) ? object.spec : undefined;
    const cluster = spec && isRecord(spec.cluster) ? spec.cluster.name : undefined;
    const meta = isRecord(object.metadata) ? object.metadata : undefined;
    const namespace = typeof meta?.namespace === 'string' && meta.namespace !== '' ? meta.namespace : request.namespace;
    // A missing or malformed cluster name is the engine's to report; a placeholder cannot be looked up either.
    if (typeof cluster !== 'string' || cluster === '' || !namespace || !/^[a-z0-9]([-.a-z0-9]*[a-z0-9])?$/.test(cluster)) return undefined;
    const timeoutMs = this.options.lookupTimeoutMs ?? 1500;
    let timer: NodeJS.Timeout | undefined;
    try {
      const found = await Promise.race([
        get(namespace, cluster),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
        }),
      ]);
      if (found !== undefined) return { objects: [found], reason: 'cnpg-cluster' };
      return {
        objects: [standInCluster(namespace, cluster)],
        notes: [`pgwarden: Cluster ${namespace}/${cluster} does not exist (yet); only the schedule was judged`],
        reason: 'cnpg-cluster-missing',
      };
    } catch (error) {
      this.options.log.warn({ namespace, cluster, err: error instanceof Error ? error.message : String(error) }, 'could not read the CNPG Cluster of a ScheduledBackup; judging its schedule alone');
      return {
        objects: [standInCluster(namespace, cluster)],
        notes: [`pgwarden: could not read Cluster ${namespace}/${cluster}; only the schedule was judged`],
        reason: 'cnpg-cluster-unreadable',
      };
    } finally {
      if (timer) clearTimeout(timer);
    }
  }
}
