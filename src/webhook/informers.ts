// Supervision for @kubernetes/client-node informers. A ListWatch stops for good on any watch error other than 410
// (it only reports it), and a watch whose TCP connection dies quietly just stops delivering events. The supervisor
// restarts a failed informer with exponential backoff and relists on a fixed period, so a silent stall heals too.
import type { Logger } from 'pino';
import type { WebhookMetrics } from './metrics.js';

/** The part of client-node's Informer & ObjectCache the supervisor uses (a fake in tests). */
export interface InformerLike<T> {
  on(verb: 'add' | 'update' | 'delete', cb: (obj: T) => void): void;
  on(verb: 'error', cb: (err?: unknown) => void): void;
  start(): Promise<void>;
  stop(): Promise<void>;
  list(): readonly T[];
}

export interface SupervisorOptions<T> {
  name: string;
  create: () => InformerLike<T>;
  /** Called with the full cache after the initial list and after every change. */
  onChange: (objects: readonly T[]) => void;
  log: Logger;
  metrics?: WebhookMetrics;
  minBackoffMs?: number;
  maxBackoffMs?: number;
  /** A list or watch start that takes longer than this counts as a failure. */
  startTimeoutMs?: number;
  /** Relist period: bounds how long a silently hung watch can go unnoticed. */
  resyncMs?: number;
}

export interface InformerHealth {
  name: string;
  synced: boolean;
  healthy: boolean;
  restarts: number;
  /** Since when it has been failing (ms epoch), undefined when healthy. */
  failingSince?: number;
  lastError?: string;
}

function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null) {
    const record = error as Record<string, unknown>;
    return String(record.message ?? record.statusCode ?? record.code ?? 'error');
  }
  return String(error);
}

export class SupervisedInformer<T> {
  private informer: InformerLike<T> | undefined;
  private generation = 0;
  private backoffMs: number;
  private retryTimer: NodeJS.Timeout | undefined;
  private resyncTimer: NodeJS.Timeout | undefined;
  private stopped = false;
  private state: InformerHealth;

  constructor(private readonly options: SupervisorOptions<T>) {
    this.backoffMs = options.minBackoffMs ?? 500;
    this.state = { name: options.name, synced: false, healthy: false, restarts: 0, failingSince: Date.now() };
    options.metrics?.informerHealthy.set({ informer: options.name }, 0);
  }

  health(): InformerHealth {
    return { ...this.state };
  }

  start(): void {
    this.stopped = false;
    void this.run();
  }

  private async run(): Promise<void> {
    const generation = ++this.generation;
    const informer = this.options.create();
    this.informer = informer;
    const current = () => generation === this.generation && !this.stopped;
    // The initial list fires one add per object; forward changes only once the whole list is in, so consumers never
    // see a partial cache (a partial policy set, or a StorageClass list missing classes that exist).
    let listed = false;
    // client-node's start() resolves even when its list failed (it reports that through the error callback).
    let failed = false;
    const changed = () => {
      if (listed && current()) this.options.onChange(informer.list());
    };
    informer.on('add', changed);
    informer.on('update', changed);
    informer.on('delete', changed);
    informer.on('error', (error) => {
      failed = true;
      if (current()) this.fail(informer, error);
    });
    const timeoutMs = this.options.startTimeoutMs ?? 30_000;
    let timeout: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        informer.start(),
        new Promise<never>((_, reject) => {
          timeout = setTimeout(() => reject(new Error(`no initial list within ${timeoutMs} ms`)), timeoutMs);
          timeout.unref();
        }),
      ]);
    } catch (error) {
      if (current()) this.fail(informer, error);
      return;
    } finally {
      if (timeout) clearTimeout(timeout);
    }
    if (!current() || failed) return;
    listed = true;
    const wasHealthy = this.state.healthy;
    this.state = { ...this.state, synced: true, healthy: true, failingSince: undefined, lastError: undefined };
    this.backoffMs = this.options.minBackoffMs ?? 500;
    this.options.metrics?.informerHealthy.set({ informer: this.options.name }, 1);
    if (!wasHealthy) this.options.log.info({ informer: this.options.name, objects: informer.list().length }, 'informer synced');
    this.options.onChange(informer.list());
    this.resyncTimer = setTimeout(() => this.restart(informer, 'periodic relist'), this.options.resyncMs ?? 300_000);
    this.resyncTimer.unref();
  }

  private fail(informer: InformerLike<T>, error: unknown): void {
    const message = errorText(error);
    this.state = {
      ...this.state,
      healthy: false,
      failingSince: this.state.failingSince ?? Date.now(),
      lastError: message,
    };
    this.options.metrics?.informerHealthy.set({ informer: this.options.name }, 0);
    this.options.log.warn({ informer: this.options.name, err: message, retryInMs: this.backoffMs }, 'informer failed; restarting');
    if (this.resyncTimer) clearTimeout(this.resyncTimer);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const delay = this.backoffMs;
    this.backoffMs = Math.min(this.backoffMs * 2, this.options.maxBackoffMs ?? 30_000);
    this.retryTimer = setTimeout(() => this.restart(informer, message), delay);
    this.retryTimer.unref();
  }

  private restart(informer: InformerLike<T>, reason: string): void {
    if (this.stopped) return;
    this.state = { ...this.state, restarts: this.state.restarts + 1 };
    this.options.metrics?.informerRestarts.inc({ informer: this.options.name });
    this.options.log.debug({ informer: this.options.name, reason }, 'informer restart');
    informer.stop().catch(() => {});
    void this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.generation++;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.resyncTimer) clearTimeout(this.resyncTimer);
    await this.informer?.stop().catch(() => {});
  }
}
