// Where the policy comes from: a file (watched) or PostgresPolicy custom resources (an informer). Every candidate is
// validated with the engine first; an invalid one is logged and rejected, and the last good policy stays in force.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Logger } from 'pino';
import { stringify } from 'yaml';
import type { EngineApi } from './engine.js';
import { type Evaluator, type PolicyDocument, buildPolicySet } from './evaluator.js';
import type { WebhookMetrics } from './metrics.js';

export type PolicySourceKind = 'file' | 'crd' | 'builtin';

/** The policy in force, shared by the server (readiness) and the sources (updates). */
export class PolicyState {
  private documents: readonly PolicyDocument[] = [];
  private digest = '';
  /** The last rejected candidate: the file watcher and the poller may both report one change; reject it once. */
  private rejectedDigest = '';
  loaded = false;
  /** Increments on every applied policy, for logs and tests. */
  version = 0;
  lastError: string | undefined;

  constructor(
    private readonly engine: EngineApi,
    private readonly evaluator: Evaluator,
    private readonly log: Logger,
    private readonly metrics: WebhookMetrics,
  ) {}

  /** Validates and applies. Returns false (last good policy kept) when any document is invalid. */
  apply(documents: readonly PolicyDocument[], source: PolicySourceKind): boolean {
    const digest = createHash('sha256')
      .update(JSON.stringify(documents))
      .digest('hex');
    if (this.loaded && digest === this.digest) return true;
    if (digest === this.rejectedDigest) return false;
    try {
      buildPolicySet(this.engine, documents);
    } catch (error) {
      this.lastError = (error as Error).message;
      this.rejectedDigest = digest;
      this.metrics.policyReloads.inc({ source, result: 'rejected' });
      this.log.error({ source, err: this.lastError, keptVersion: this.version }, 'policy rejected; the last good policy stays in force');
      return false;
    }
    this.evaluator.setPolicy(documents);
    this.documents = documents;
    this.digest = digest;
    this.rejectedDigest = '';
    this.loaded = true;
    this.version++;
    this.lastError = undefined;
    this.metrics.policyReloads.inc({ source, result: 'applied' });
    this.log.info({ source, version: this.version, documents: documents.map((d) => d.source) }, 'policy applied');
    return true;
  }

  current(): readonly PolicyDocument[] {
    return this.documents;
  }
}

/** Reads the policy file and applies it; a missing or unreadable file is a rejection like an invalid one. */
export function loadPolicyFile(state: PolicyState, file: string, log: Logger, metrics: WebhookMetrics): boolean {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    state.lastError = `cannot read policy file ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`;
    metrics.policyReloads.inc({ source: 'file', result: 'rejected' });
    log.error({ source: 'file', err: state.lastError }, 'policy rejected; the last good policy stays in force');
    return false;
  }
  return state.apply([{ text, source: file }], 'file');
}

/** A PostgresPolicy object as the apiserver returns it (cluster-scoped, the same shape as the policy file). */
export interface PostgresPolicyObject {
  apiVersion?: string;
  kind?: string;
  metadata?: { name?: string; resourceVersion?: string; generation?: number };
  spec?: unknown;
}

/**
 * Turns the informer's cache into policy documents. Each resource is validated on its own, so one bad edit keeps
 * that resource's last good version without blocking changes to the others. Order: by name (first match wins), so
 * name them like `10-prod`, `90-default`.
 */
export class CrdPolicyCollector {
  private readonly lastGood = new Map<string, PolicyDocument>();

  constructor(
    private readonly engine: EngineApi,
    private readonly log: Logger,
    private readonly metrics: WebhookMetrics,
  ) {}

  collect(objects: readonly PostgresPolicyObject[]): PolicyDocument[] {
    const seen = new Set<string>();
    for (const object of objects) {
      const name = object.metadata?.name;
      if (!name) continue;
      seen.add(name);
      const text = stringify({
        apiVersion: object.apiVersion ?? 'pgwarden.io/v1alpha1',
        kind: object.kind ?? 'PostgresPolicy',
        metadata: { name },
        spec: object.spec ?? {},
      });
      const previous = this.lastGood.get(name);
      if (previous?.text === text) continue;
      const document = { text, source: `PostgresPolicy/${name}` };
      try {
        buildPolicySet(this.engine, [document]);
        this.lastGood.set(name, document);
      } catch (error) {
        this.metrics.policyReloads.inc({ source: 'crd', result: 'rejected' });
        this.log.error(
          { source: 'crd', policy: name, err: (error as Error).message, kept: previous ? 'last good version' : 'none' },
          'PostgresPolicy rejected',
        );
      }
    }
    for (const name of [...this.lastGood.keys()]) if (!seen.has(name)) this.lastGood.delete(name);
    return [...this.lastGood.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, doc]) => doc);
  }
}
