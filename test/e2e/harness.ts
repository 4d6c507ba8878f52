// What the e2e tests drive: kubectl against the suite's apiserver, `pgwarden serve` / `pgwarden audit` as child
// processes of the shipped entrypoint (bin/pgwarden → lib/), and deploy/'s webhook configurations registered with
// their clientConfig pointed at 127.0.0.1.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { inject } from 'vitest';
import { parseAllDocuments, stringify } from 'yaml';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const kubeconfig = inject('kubeconfig');
export const k8sWork = inject('k8sWork');
export const pki = join(k8sWork, 'pki');
const bin = join(repoRoot, 'bin/pgwarden');

export interface Result {
  status: number | null;
  stdout: string;
  stderr: string;
  /** stdout + stderr */
  output: string;
}

export function kubectl(args: string[], input?: string): Result {
  const r = spawnSync('kubectl', args, { env: { ...process.env, KUBECONFIG: kubeconfig }, input, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, output: `${r.stdout}${r.stderr}` };
}

/** kubectl that must succeed. */
export function kubectlOk(args: string[], input?: string): string {
  const r = kubectl(args, input);
  if (r.status !== 0) throw new Error(`kubectl ${args.join(' ')} failed: ${r.output}`);
  return r.stdout;
}

/** Sent as JSON, not YAML: kubectl reads YAML 1.1, where a bare `off` (a rule severity) would be a boolean. */
export function applyYaml(objects: unknown | unknown[], ...args: string[]): Result {
  const list = Array.isArray(objects) ? objects : [objects];
  return kubectl(['apply', ...args, '-f', '-'], JSON.stringify(list.length === 1 ? list[0] : { apiVersion: 'v1', kind: 'List', items: list }));
}

export function applyOk(objects: unknown | unknown[], ...args: string[]): string {
  const r = applyYaml(objects, ...args);
  if (r.status !== 0) throw new Error(`kubectl apply failed: ${r.output}`);
  return r.output;
}

export function getJson<T = Record<string, unknown>>(args: string[]): T {
  return JSON.parse(kubectlOk(['get', ...args, '-o', 'json'])) as T;
}

export async function until<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 20_000, everyMs = 200): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** The webhook's serving certificate and key in a folder of its own (rotation rewrites them). */
export function servingCert(): { dir: string; certFile: string; keyFile: string } {
  const dir = mkdtempSync(join(tmpdir(), 'pgwarden-e2e-tls-'));
  const certFile = join(dir, 'tls.crt');
  const keyFile = join(dir, 'tls.key');
  copyFileSync(join(pki, 'webhook.crt'), certFile);
  copyFileSync(join(pki, 'webhook.key'), keyFile);
  return { dir, certFile, keyFile };
}

/** A new serving certificate for 127.0.0.1 from the cluster CA, written over certFile/keyFile (key first, as cert-manager's Secret update lands both at once). Returns its serial. */
export function rotate(cert: { dir: string; certFile: string; keyFile: string }): string {
  const openssl = (args: string[]) => {
    const r = spawnSync('openssl', args, { cwd: cert.dir, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`openssl ${args.join(' ')}: ${r.stderr}`);
    return r.stdout;
  };
  writeFileSync(join(cert.dir, 'san.ext'), 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n');
  openssl(['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'next.key', '-out', 'next.csr', '-subj', '/CN=webhook-rotated']);
  openssl(['x509', '-req', '-in', 'next.csr', '-CA', join(pki, 'ca.crt'), '-CAkey', join(pki, 'ca.key'), '-CAcreateserial', '-out', 'next.crt', '-days', '1', '-extfile', 'san.ext']);
  const pair = { cert: readFileSync(join(cert.dir, 'next.crt')), key: readFileSync(join(cert.dir, 'next.key')) };
  writeFileSync(cert.keyFile, pair.key);
  writeFileSync(cert.certFile, pair.cert);
  return openssl(['x509', '-in', 'next.crt', '-noout', '-serial']).trim().replace(/^serial=/, '');
}

/** A kubeconfig that authenticates as deploy/'s ServiceAccount (a TokenRequest token): pgwarden gets exactly deploy/rbac.yaml. */
export function serviceAccountKubeconfig(): string {
  const token = kubectlOk(['-n', 'pgwarden', 'create', 'token', 'pgwarden', '--duration=2h']).trim();
  const server = /server: (\S+)/.exec(readFileSync(kubeconfig, 'utf8'))![1]!;
  const file = join(mkdtempSync(join(tmpdir(), 'pgwarden-e2e-sa-')), 'kubeconfig');
  writeFileSync(
    file,
    stringify({
      apiVersion: 'v1',
      kind: 'Config',
      clusters: [{ name: 'local', cluster: { server, 'certificate-authority': join(pki, 'ca.crt') } }],
      users: [{ name: 'pgwarden', user: { token } }],
      contexts: [{ name: 'pgwarden', context: { cluster: 'local', user: 'pgwarden' } }],
      'current-context': 'pgwarden',
    }),
  );
  return file;
}

export interface LogLine {
  msg?: string;
  level?: number;
  [key: string]: unknown;
}

export interface Serve {
  port: number;
  logs: LogLine[];
  process: ChildProcess;
  stop(): Promise<number | null>;
}

/** `pgwarden serve` on 127.0.0.1 (a free port), resolved once it listens. */
export async function startServe(args: string[]): Promise<Serve> {
  // At debug: the tests look for the line of every review, including those let through untouched (info omits them).
  const child = spawn(process.execPath, [bin, 'serve', '--host', '127.0.0.1', '--port', '0', '--log-level', 'debug', ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, KUBERNETES_SERVICE_HOST: '' } });
  const logs: LogLine[] = [];
  let stderr = '';
  child.stderr!.on('data', (chunk) => {
    stderr += String(chunk);
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const port = await new Promise<number>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      let entry: LogLine;
      try {
        entry = JSON.parse(line) as LogLine;
      } catch {
        return;
      }
      logs.push(entry);
      if (entry.msg === 'pgwarden webhook listening') resolve(entry.port as number);
    });
    void exited.then((code) => reject(new Error(`pgwarden serve exited (${code}) before listening: ${stderr}${JSON.stringify(logs.slice(-5))}`)));
  });
  return {
    port,
    logs,
    process: child,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

/** `pgwarden <args>` to completion (in `cwd`, default the test process's). */
export function pgwarden(args: string[], env: NodeJS.ProcessEnv = {}, cwd?: string): Result {
  const r = spawnSync(process.execPath, [bin, ...args], { env: { ...process.env, KUBECONFIG: kubeconfig, ...env }, encoding: 'utf8', timeout: 60_000, ...(cwd ? { cwd } : {}) });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, output: `${r.stdout}${r.stderr}` };
}

interface WebhookConfiguration {
  kind: string;
  metadata: { name: string; annotations?: Record<string, string> };
  webhooks: { name: string; clientConfig: Record<string, unknown>; failurePolicy: string }[];
}

/**
 * deploy/'s two webhook configurations as kubectl kustomize renders them, with each clientConfig's Service replaced
 * by `https://127.0.0.1:PORT/<its path>` and the cluster CA as caBundle (what cert-manager's injector does in a
 * cluster). Everything else — rules, selectors, failurePolicy, timeouts — is exactly what a user applies.
 */
export function renderedWebhooks(port: number): WebhookConfiguration[] {
  const caBundle = readFileSync(join(pki, 'ca.crt')).toString('base64');
  const rendered = parseAllDocuments(kubectlOk(['kustomize', join(repoRoot, 'deploy')]))
    .map((d) => d.toJS() as WebhookConfiguration)
    .filter((o) => o.kind === 'ValidatingWebhookConfiguration' || o.kind === 'MutatingWebhookConfiguration');
  for (const config of rendered) {
    delete config.metadata.annotations?.['cert-manager.io/inject-ca-from'];
    for (const webhook of config.webhooks) {
      const service = webhook.clientConfig.service as { path: string };
      webhook.clientConfig = { url: `https://127.0.0.1:${port}${service.path}`, caBundle };
    }
  }
  return rendered;
}

export function registerWebhooks(port: number): WebhookConfiguration[] {
  const configs = renderedWebhooks(port);
  const r = applyYaml(configs);
  if (r.status !== 0) throw new Error(`registering the webhooks failed: ${r.output}`);
  return configs;
}

export function unregisterWebhooks(): void {
  kubectl(['delete', 'validatingwebhookconfiguration,mutatingwebhookconfiguration', 'pgwarden', '--ignore-not-found']);
}

/** The `# expect:` manifests shared with deploy/e2e/kind.sh. */
export function caseFile(name: string): string {
  return join(repoRoot, 'test/webhook/e2e', name);
}

/**
 * `pgwarden serve` with deploy/'s webhooks registered to it, resolved once the apiserver calls it: a server-side
 * dry run of a probe Cluster is logged by pgwarden (whatever it decides).
 */
export async function startWebhook(args: string[]): Promise<Serve> {
  const serve = await startServe(args);
  registerWebhooks(serve.port);
  kubectl(['create', 'namespace', 'e2e-probe']);
  const probe = { apiVersion: 'postgresql.cnpg.io/v1', kind: 'Cluster', metadata: { name: 'probe', namespace: 'e2e-probe' }, spec: { instances: 1, storage: { size: '1Gi' } } };
  await until(
    'the apiserver to call the webhook',
    () => {
      applyYaml(probe, '--dry-run=server');
      return serve.logs.some((l) => l.msg === 'admission' && l.name === 'probe');
    },
    30_000,
  );
  return serve;
}
