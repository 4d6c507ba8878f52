// Where the policy comes from: a file (watched) or PostgresPolicy custom resources (an informer). Every candidate is
// compiled off the event loop (policy-compile.ts) and validated first; an invalid one is logged and rejected, and
// the last good policy stays in force. A good one replaces the policy in force in one assignment, between requests.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Logger } from 'pino';
import { stringify } from 'yaml';
import type { PolicySet } from '../policies/index.js';
import type { Judge } from './evaluator.js';
import { boundedText } from './log.js';
import type { WebhookMetrics } from './metrics.js';
import type { CompileResult, PolicyCompiler, PolicyDocument } from './policy-compile.js';

export type { PolicyDocument } from './policy-compile.js';
export type PolicySourceKind = 'file' | 'crd' | 'builtin';

function digestOf(documents: readonly PolicyDocument[]): string {
  const hash = createHash('sha256');
  for (const doc of documents) hash.update(doc.source).update('\0').update(doc.text).update('\0');
  return hash.digest('hex');
}

function firstError(results: readonly CompileResult[]): string | undefined {
  for (const result of results) if (!result.ok) return result.error;
  return undefined;
}

/** The policy in force, shared by the server (readiness) and the sources (updates). */
export class PolicyState {
  private digest = '';
  /** The last rejected candidate: the file watcher and the poller may both report one change; reject it once. */
  private rejectedDigest = '';
  /** The set in force and where it came from (the audit loop judges the cluster with it). */
  private set: PolicySet | undefined;
  private sources = 'recommended';
  /** Loads run one at a time, in the order they were asked for. */
  private queue: Promise<unknown> = Promise.resolve();
  loaded = false;
  /** Increments on every applied policy, for logs and tests. */
  version = 0;
  lastError: string | undefined;

  constructor(
    private readonly compiler: PolicyCompiler,
    private readonly judge: Judge,
    private readonly log: Logger,
    private readonly metrics: WebhookMetrics,
  ) {}

  /** Compiles, validates and applies. Resolves false (last good policy kept) when any document is invalid. */
  apply(documents: readonly PolicyDocument[], source: PolicySourceKind): Promise<boolean> {
    return this.enqueue(async () => {
      const digest = digestOf(documents);
      if (this.loaded && digest === this.digest) return true;
      if (digest === this.rejectedDigest) return false;
      let results: CompileResult[];
      try {
        results = documents.length === 0 ? [] : await this.compiler.compile(documents);
      } catch (error) {
        return this.reject(source, digest, (error as Error).message);
      }
      const error = firstError(results);
      if (error !== undefined) return this.reject(source, digest, error);
      const policies = results.flatMap((r) => (r.ok ? r.set.policies : []));
      this.install(policies.length > 0 ? { policies } : undefined, digest, source, documents);
      return true;
    });
  }

  /** A set already compiled and validated document by document (the CRD collector). */
  applyCompiled(set: PolicySet | undefined, documents: readonly PolicyDocument[], source: PolicySourceKind): Promise<boolean> {
    return this.enqueue(async () => {
      const digest = digestOf(documents);
      if (this.loaded && digest === this.digest) return true;
      this.install(set, digest, source, documents);
      return true;
    });
  }

  /** Records a rejection that happened before compiling (an unreadable file). */
  rejectUnread(source: PolicySourceKind, message: string): void {
    this.lastError = message;
    this.metrics.policyReloads.inc({ source, result: 'rejected' });
    this.log.error({ source, err: boundedText(message), keptVersion: this.version }, 'policy rejected; the last good policy stays in force');
  }

  private enqueue(task: () => Promise<boolean>): Promise<boolean> {
    const run = this.queue.then(task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private reject(source: PolicySourceKind, digest: string, message: string): boolean {
    this.rejectedDigest = digest;
    this.rejectUnread(source, message);
    return false;
  }

  /** The policy set in force (undefined = the recommended preset) and the documents it came from. */
  inForce(): { set: PolicySet | undefined; source: string } {
    return { set: this.set, source: this.sources };
  }

  private install(set: PolicySet | undefined, digest: string, source: PolicySourceKind, documents: readonly PolicyDocument[]): void {
    this.judge.setPolicy(set);
    this.set = set;
    this.sources = documents.length > 0 ? documents.map((d) => d.source).join(', ') : 'recommended';
    this.digest = digest;
    this.rejectedDigest = '';
    this.loaded = true;
    this.version++;
    this.lastError = undefined;
    this.metrics.policyReloads.inc({ source, result: 'applied' });
    // Which policies are in force, by name (first 20, each cut to 64 characters: a log line stays bounded).
    const names = (set?.policies ?? []).slice(0, 20).map((policy) => policy.name.slice(0, 64));
    this.log.info({ source, version: this.version, documents: documents.length, policies: set?.policies.length ?? 0, names }, 'policy applied');
  }
}

/** Reads the policy file and applies it; a missing or unreadable file is a rejection like an invalid one. */
export async function loadPolicyFile(state: PolicyState, file: string): Promise<boolean> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    state.rejectUnread('file', `cannot read policy file ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
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

interface GoodPolicy {
  document: PolicyDocument;
  set: PolicySet;
}

/**
 * Turns the informer's cache into one policy set. Each resource is compiled on its own (only the changed ones), so
 * one bad edit keeps that resource's last good version without blocking changes to the others. Order: by name
 * (first match wins), so name them like `10-prod`, `90-default`.
 */
export class CrdPolicyCollector {
  private readonly lastGood = new Map<string, GoodPolicy>();
  /** The text last rejected per resource, so a resync does not log the same rejection again. */
  private readonly rejected = new Map<string, string>();

  constructor(
    private readonly compiler: PolicyCompiler,
    private readonly log: Logger,
    private readonly metrics: WebhookMetrics,
  ) {}

  async collect(objects: readonly PostgresPolicyObject[]): Promise<{ set: PolicySet | undefined; documents: PolicyDocument[] }> {
    const seen = new Set<string>();
    const changed: { name: string; document: PolicyDocument }[] = [];
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
      if (this.lastGood.get(name)?.document.text === text || this.rejected.get(name) === text) continue;
      changed.push({ name, document: { text, source: `PostgresPolicy/${name}` } });
    }
    const results = changed.length > 0 ? await this.compiler.compile(changed.map((c) => c.document)) : [];
    changed.forEach(({ name, document }, i) => {
      const result = results[i];
      if (result?.ok) {
        this.lastGood.set(name, { document, set: result.set });
        this.rejected.delete(name);
        return;
      }
      this.rejected.set(name, document.text);
      this.metrics.policyReloads.inc({ source: 'crd', result: 'rejected' });
      this.log.error(
        { source: 'crd', policy: name, err: boundedText(result?.error ?? 'not compiled'), kept: this.lastGood.has(name) ? 'last good version' : 'none' },
        'PostgresPolicy rejected',
      );
    });
    for (const name of [...this.lastGood.keys()]) if (!seen.has(name)) this.lastGood.delete(name);
    for (const name of [...this.rejected.keys()]) if (!seen.has(name)) this.rejected.delete(name);
    const ordered = [...this.lastGood.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, good]) => good);
    const policies = ordered.flatMap((good) => good.set.policies);
    return { set: policies.length > 0 ? { policies } : undefined, documents: ordered.map((good) => good.document) };
  }
}
