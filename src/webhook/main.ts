// `pgwarden serve`: the admission webhook. Returns the exit code once the server has stopped (SIGTERM/SIGINT).
import { parseArgs } from 'node:util';
import type { KubeConfig } from '@kubernetes/client-node';
import { parseDuration } from './audit-loop.js';
import { loadKubeConfig, namespacedName } from './cluster.js';
import { webhookLogger } from './log.js';
import { type RunningServer, type ServerOptions, startServer } from './server.js';

export { startServer } from './server.js';
export type { RunningServer, ServerOptions } from './server.js';

export const SERVE_HELP = `Usage: pgwarden serve [options]

Runs the admission webhook (HTTPS): POST /validate and POST /mutate take an admission.k8s.io/v1
AdmissionReview; GET /healthz, /readyz, /metrics.

Options:
  --port N                 port to listen on (default 8443)
  --host ADDR              address to bind (default 0.0.0.0)
  --tls-cert FILE          certificate (PEM), reloaded when the file changes (required)
  --tls-key FILE           private key (PEM), reloaded when the file changes (required)
  --policy FILE            policy file (PostgresPolicy YAML), reloaded when it changes
  --policy-source SOURCE   file | crd | builtin (default: file with --policy, else builtin)
                           crd: PostgresPolicy resources in the cluster, applied in name order
  --kubeconfig FILE        cluster access from this kubeconfig (default: in-cluster service account
                           when running in a pod; none otherwise)
  --no-cluster             no cluster access even in a pod (no informers, no Cluster look-ups)
  --zalando-operator-configmap NAMESPACE/NAME
                           the Zalando operator runs from this ConfigMap: watch exactly it and judge
                           postgresql anti-affinity with its settings (default: none; OperatorConfigurations
                           are watched instead)
  --zalando-operator-configuration NAMESPACE/NAME
                           the OperatorConfiguration the Zalando operator reads, when several exist
                           (default: every OperatorConfiguration, used when there is exactly one)
  --read-secrets           also judge a workload with the Secrets it references (GET, emptiness only;
                           needs get on secrets, off by default). Lone Secrets are always judged with the
                           workloads that reference them (list/watch of the Postgres kinds, no Secret access)
  --audit-interval DURATION
                           every DURATION (30s, 10m, 1h) audit every Postgres object in the cluster and
                           write one wgpolicyk8s.io/v1alpha2 PolicyReport per namespace (needs cluster
                           access and deploy/policyreports/); default off
  --body-limit BYTES       larger bodies get 413 (default 3145728)
  --shutdown-delay-ms N    on SIGTERM, stay up but unready this long before draining (default 0)
  --log-level LEVEL        pino level (default info)
  -h, --help               this help

Exit codes: 0 stopped by a signal after draining, 2 bad arguments or startup failure.
`;

function intOption(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a non-negative integer, got "${value}"`);
  return n;
}

function inCluster(): boolean {
  return Boolean(process.env.KUBERNETES_SERVICE_HOST);
}

export async function serveMain(argv: string[]): Promise<number> {
  let values: ReturnType<typeof parse>['values'];
  function parse(args: string[]) {
    return parseArgs({
      args,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        'tls-cert': { type: 'string' },
        'tls-key': { type: 'string' },
        policy: { type: 'string' },
        'policy-source': { type: 'string' },
        kubeconfig: { type: 'string' },
        'no-cluster': { type: 'boolean' },
        'zalando-operator-configmap': { type: 'string' },
        'zalando-operator-configuration': { type: 'string' },
        'read-secrets': { type: 'boolean' },
        'audit-interval': { type: 'string' },
        'body-limit': { type: 'string' },
        'shutdown-delay-ms': { type: 'string' },
        'log-level': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  }
  try {
    values = parse(argv).values;
  } catch (error) {
    process.stderr.write(`pgwarden serve: ${(error as Error).message}\n${SERVE_HELP}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(SERVE_HELP);
    return 0;
  }
  const log = webhookLogger({ level: values['log-level'] ?? 'info' });
  let options: ServerOptions;
  let shutdownDelayMs: number;
  try {
    const certFile = values['tls-cert'];
    const keyFile = values['tls-key'];
    if (!certFile || !keyFile) throw new Error('--tls-cert and --tls-key are required (the apiserver only calls webhooks over HTTPS)');
    const source = values['policy-source'] ?? (values.policy ? 'file' : 'builtin');
    if (source !== 'file' && source !== 'crd' && source !== 'builtin') {
      throw new Error(`--policy-source must be file, crd or builtin, got "${source}"`);
    }
    if (source === 'file' && !values.policy) throw new Error('--policy-source file needs --policy FILE');
    let kubeConfig: KubeConfig | undefined;
    if (!values['no-cluster'] && (values.kubeconfig || inCluster())) kubeConfig = loadKubeConfig(values.kubeconfig);
    const zalandoConfigMap = values['zalando-operator-configmap'];
    const zalandoConfiguration = values['zalando-operator-configuration'];
    if (zalandoConfigMap && zalandoConfiguration) {
      throw new Error('--zalando-operator-configmap and --zalando-operator-configuration exclude each other: the operator reads one of them');
    }
    const zalando = {
      ...(zalandoConfigMap ? { configMap: namespacedName(zalandoConfigMap, 'zalando-operator-configmap') } : {}),
      ...(zalandoConfiguration ? { operatorConfiguration: namespacedName(zalandoConfiguration, 'zalando-operator-configuration') } : {}),
    };
    if ((zalandoConfigMap || zalandoConfiguration) && !kubeConfig) {
      throw new Error('--zalando-operator-configmap / --zalando-operator-configuration need cluster access (in-cluster or --kubeconfig, not --no-cluster)');
    }
    if (values['read-secrets'] && !kubeConfig) throw new Error('--read-secrets needs cluster access (in-cluster or --kubeconfig, not --no-cluster)');
    const auditIntervalMs = values['audit-interval'] !== undefined ? parseDuration(values['audit-interval'], 'audit-interval') : undefined;
    if (auditIntervalMs && !kubeConfig) throw new Error('--audit-interval needs cluster access (in-cluster or --kubeconfig, not --no-cluster)');
    shutdownDelayMs = intOption(values['shutdown-delay-ms'], 'shutdown-delay-ms', 0);
    options = {
      port: intOption(values.port, 'port', 8443),
      host: values.host ?? '0.0.0.0',
      tls: { certFile, keyFile },
      policySource: source,
      ...(values.policy ? { policyFile: values.policy } : {}),
      ...(kubeConfig ? { kubeConfig, zalando, ...(values['read-secrets'] ? { readSecrets: true } : {}), ...(auditIntervalMs ? { auditIntervalMs } : {}) } : {}),
      bodyLimit: intOption(values['body-limit'], 'body-limit', 3 * 1024 * 1024),
      logger: log,
    };
  } catch (error) {
    process.stderr.write(`pgwarden serve: ${(error as Error).message}\n`);
    return 2;
  }

  let server: RunningServer;
  try {
    server = await startServer(options);
  } catch (error) {
    log.fatal({ err: (error as Error).message }, 'pgwarden webhook failed to start');
    return 2;
  }

  return new Promise<number>((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      log.info({ signal, shutdownDelayMs }, 'draining');
      // Unready first so endpoints drop this pod, then stop accepting and answer what is in flight.
      server.beginDrain();
      setTimeout(() => {
        server.close().then(
          () => resolve(0),
          (error: Error) => {
            log.error({ err: error.message }, 'error while draining');
            resolve(1);
          },
        );
      }, shutdownDelayMs);
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
}
