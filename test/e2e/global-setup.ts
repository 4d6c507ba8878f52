// One real kube-apiserver (v1.28) + etcd for the whole e2e suite, from ../shared/k8s/start-apiserver.sh, with the
// CRDs every test needs: the operators' (../shared/crds/, as released), PGO v4's (test/e2e/crds/), and deploy/'s own
// objects that need no pod (namespace, PostgresPolicy CRD, ServiceAccount and RBAC). The webhook configurations are
// registered by the tests themselves, pointing at a `pgwarden serve` they start on 127.0.0.1.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { parseAllDocuments } from 'yaml';

const repoRoot = resolve(import.meta.dirname, '../..');
const shared = resolve(repoRoot, '../shared');
const script = join(shared, 'k8s/start-apiserver.sh');

/**
 * The operators' CRDs the suite applies. PGO v6.0.3's PostgresCluster is left out: its CEL rules use optional
 * field syntax (`self.?config`), which a 1.28 apiserver cannot compile, so it refuses the whole CRD.
 */
const OPERATOR_CRDS = [
  'cnpg-v1.30.0-clusters.yaml',
  'cnpg-v1.30.0-scheduledbackups.yaml',
  'pgo-v5.8.9-postgresclusters.yaml',
  'zalando-v2.0.1-postgresql.yaml',
  'zalando-v2.0.1-operatorconfiguration.yaml',
];

/** deploy/'s objects a cluster without pods can hold (no cert-manager, no Deployment: the test runs serve itself). */
const DEPLOY_KINDS = new Set(['Namespace', 'CustomResourceDefinition', 'ServiceAccount', 'ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding']);

function run(command: string, args: string[], env: NodeJS.ProcessEnv, input?: string): string {
  const result = spawnSync(command, args, { env, input, encoding: 'utf8', timeout: 120_000 });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.signal}):\n${result.stderr}${result.stdout}`);
  }
  return result.stdout;
}

declare module 'vitest' {
  export interface ProvidedContext {
    kubeconfig: string;
    k8sWork: string;
  }
}

export default function setup(project: TestProject): () => void {
  if (!existsSync(script)) {
    throw new Error(
      `npm run test:e2e needs a real kube-apiserver: ${script} was not found. Clone pgwarden beside the shared/ folder ` +
        '(../shared/k8s/ holds the apiserver, etcd and their start script); this suite does not run without it.',
    );
  }
  const started = Date.now();
  const env = { ...process.env };
  delete env.K8S_WORK;
  delete env.K8S_PORT;
  delete env.ETCD_PORT;
  const out = run('bash', ['-c', `source "${script}" && k8s_start >/dev/null && printf '%s\\n%s\\n' "$K8S_WORK" "$KUBECONFIG"`], env)
    .trim()
    .split('\n');
  const [k8sWork, kubeconfig] = [out.at(-2)!, out.at(-1)!];
  const stop = () => {
    spawnSync('bash', [script, 'stop'], { env: { ...process.env, K8S_WORK: k8sWork, K8S_CLEAN: '1' }, stdio: 'ignore' });
    rmSync(k8sWork, { recursive: true, force: true });
  };
  try {
    const kenv = { ...process.env, KUBECONFIG: kubeconfig };
    const files = [...OPERATOR_CRDS.map((f) => join(shared, 'crds', f)), ...readdirSync(join(repoRoot, 'test/e2e/crds')).map((f) => join(repoRoot, 'test/e2e/crds', f))];
    const deploy = parseAllDocuments(run('kubectl', ['kustomize', join(repoRoot, 'deploy')], kenv))
      .map((d) => d.toJS() as { kind: string })
      .filter((o) => DEPLOY_KINDS.has(o.kind));
    const policyReports = join(repoRoot, 'deploy/policyreports');
    const extra = existsSync(policyReports) ? run('kubectl', ['kustomize', policyReports], kenv) : '';
    run('kubectl', ['apply', '--server-side', ...files.flatMap((f) => ['-f', f])], kenv);
    // As JSON: kubectl reads YAML 1.1, where the yaml library's unquoted `off` (a severity enum value) is a boolean.
    run('kubectl', ['apply', '--server-side', '-f', '-'], kenv, JSON.stringify({ apiVersion: 'v1', kind: 'List', items: deploy }));
    if (extra) run('kubectl', ['apply', '--server-side', '-f', '-'], kenv, extra);
    run('kubectl', ['wait', '--for=condition=Established', 'crd', '--all', '--timeout=60s'], kenv);
    process.stderr.write(`e2e: kube-apiserver and CRDs ready in ${((Date.now() - started) / 1000).toFixed(1)} s (${k8sWork})\n`);
  } catch (error) {
    stop();
    throw error;
  }
  project.provide('kubeconfig', kubeconfig);
  project.provide('k8sWork', k8sWork);
  return stop;
}
