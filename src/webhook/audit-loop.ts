// `serve --audit-interval D`: every D, audit the whole cluster (src/audit) with the policy in force and write one
// wgpolicyk8s.io/v1alpha2 PolicyReport per namespace, as Kyverno's background scan does, so Policy Reporter shows
// objects that predate the webhook or slipped past it (failurePolicy Ignore, a policy tightened later).
import type { KubeConfig } from '@kubernetes/client-node';
import type { Logger } from 'pino';
import { auditCluster, clusterApi, policyReports, writePolicyReports } from '../audit/index.js';
import type { PolicySet } from '../policies/index.js';

export interface AuditLoopOptions {
  kubeConfig: KubeConfig;
  intervalMs: number;
  /** The policy in force at the start of each round (reloads apply from the next round). */
  policy: () => { set: PolicySet | undefined; source: string };
  /** Read the Secrets workloads reference (`--read-secrets`); without it empty passwords are not checked. */
  readSecrets: boolean;
  log: Logger;
}

/** `30s`, `10m`, `1h`, `500ms` → milliseconds; throws naming the flag. */
export function parseDuration(value: string, flag: string): number {
  const match = /^(\d+)(ms|s|m|h)$/.exec(value.trim());
  if (!match) throw new Error(`--${flag} must be a duration like 30s, 10m or 1h, got "${value}"`);
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[match[2] as 'ms' | 's' | 'm' | 'h'];
  const ms = Number(match[1]) * unit;
  if (ms < 1000) throw new Error(`--${flag} must be at least 1s, got "${value}"`);
  return ms;
}

/** Starts the loop (first round at once); returns a stopper that waits for a round in progress. */
export function startAuditLoop(options: AuditLoopOptions): () => Promise<void> {
  const api = clusterApi(options.kubeConfig);
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;
  let crdMissingLogged = false;
  const round = async () => {
    const started = Date.now();
    try {
      const policy = options.policy();
      const result = await auditCluster(api, { policy, secrets: options.readSecrets });
      const reports = policyReports(result);
      const outcome = await writePolicyReports(options.kubeConfig, reports);
      const totals = reports.reduce((t, r) => ({ fail: t.fail + r.summary.fail, warn: t.warn + r.summary.warn, pass: t.pass + r.summary.pass }), { fail: 0, warn: 0, pass: 0 });
      options.log.info(
        { namespaces: outcome.written.length, deleted: outcome.deleted.length, ...totals, policy: result.policySource, notes: result.notes, ms: Date.now() - started },
        'audit: PolicyReports written',
      );
      crdMissingLogged = false;
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code === 404) {
        if (!crdMissingLogged) options.log.error('audit: the PolicyReport CRD (wgpolicyk8s.io/v1alpha2) is not installed; apply deploy/policyreports/');
        crdMissingLogged = true;
      } else {
        options.log.error({ err: (error as Error).message?.split('\n')[0] ?? String(error), code }, 'audit round failed; retrying at the next interval');
      }
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = round().finally(schedule);
    }, options.intervalMs);
    timer.unref();
  };
  running = round().finally(schedule);
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    await running?.catch(() => {});
  };
}
