// Test helpers for the webhook: certificates from the openssl CLI, an HTTPS client that verifies them, and
// AdmissionReview payloads shaped exactly as kube-apiserver sends them.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { type Agent, request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'node:tls';
import { fileURLToPath } from 'node:url';

export interface TestPki {
  dir: string;
  caFile: string;
  ca: Buffer;
  certFile: string;
  keyFile: string;
  /** Issues a new server certificate (same CA) into the given files; returns its serial. */
  issue(certFile?: string, keyFile?: string): string;
}

function openssl(args: string[], cwd: string): string {
  return execFileSync('openssl', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] }).toString();
}

export function makePki(): TestPki {
  const dir = mkdtempSync(join(tmpdir(), 'pgwarden-pki-'));
  openssl(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.crt', '-days', '2', '-subj', '/CN=pgwarden-test-ca'], dir);
  writeFileSync(join(dir, 'san.ext'), 'subjectAltName=IP:127.0.0.1,DNS:localhost,DNS:pgwarden.pgwarden.svc\n');
  const issue = (certFile = join(dir, 'tls.crt'), keyFile = join(dir, 'tls.key')): string => {
    const tmpKey = join(dir, `next-${process.hrtime.bigint()}.key`);
    const tmpCsr = `${tmpKey}.csr`;
    const tmpCrt = `${tmpKey}.crt`;
    openssl(['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', tmpKey, '-out', tmpCsr, '-subj', '/CN=localhost'], dir);
    openssl(['x509', '-req', '-in', tmpCsr, '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-out', tmpCrt, '-days', '1', '-extfile', 'san.ext'], dir);
    // Write the key then the cert, like a volume update; the server validates the pair before using it.
    writeFileSync(keyFile, readFileSync(tmpKey));
    writeFileSync(certFile, readFileSync(tmpCrt));
    return openssl(['x509', '-in', tmpCrt, '-noout', '-serial'], dir).trim().replace(/^serial=/, '');
  };
  const certFile = join(dir, 'tls.crt');
  const keyFile = join(dir, 'tls.key');
  issue(certFile, keyFile);
  return { dir, caFile: join(dir, 'ca.crt'), ca: readFileSync(join(dir, 'ca.crt')), certFile, keyFile, issue };
}

export interface HttpResult {
  status: number;
  body: string;
  json: unknown;
}

export function post(url: string, path: string, body: string | Buffer, ca: Buffer, agent?: Agent, contentType = 'application/json'): Promise<HttpResult> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}${path}`,
      { method: 'POST', ca, agent, headers: { 'content-type': contentType, 'content-length': Buffer.byteLength(body) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          let json: unknown;
          try {
            json = JSON.parse(text);
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, body: text, json });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export function get(url: string, path: string, ca: Buffer): Promise<HttpResult> {
  return new Promise((resolve, reject) => {
    request(`${url}${path}`, { method: 'GET', ca }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString();
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode ?? 0, body: text, json });
      });
    })
      .on('error', reject)
      .end();
  });
}

/** The serial number of the certificate a fresh TLS connection is served. */
export function servedSerial(port: number, ca: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port, ca, servername: 'localhost' }, () => {
      const serial = socket.getPeerCertificate().serialNumber;
      socket.end();
      resolve(serial.toUpperCase());
    });
    socket.on('error', reject);
  });
}

// ---- AdmissionReview payloads, as kube-apiserver (admission/v1) serialises them ----

export interface KindInfo {
  group: string;
  version: string;
  kind: string;
  resource: string;
}

export const KINDS = {
  PostgresCluster: { group: 'postgres-operator.crunchydata.com', version: 'v1beta1', kind: 'PostgresCluster', resource: 'postgresclusters' },
  Pgcluster: { group: 'crunchydata.com', version: 'v1', kind: 'Pgcluster', resource: 'pgclusters' },
  postgresql: { group: 'acid.zalan.do', version: 'v1', kind: 'postgresql', resource: 'postgresqls' },
  Cluster: { group: 'postgresql.cnpg.io', version: 'v1', kind: 'Cluster', resource: 'clusters' },
  ScheduledBackup: { group: 'postgresql.cnpg.io', version: 'v1', kind: 'ScheduledBackup', resource: 'scheduledbackups' },
  StatefulSet: { group: 'apps', version: 'v1', kind: 'StatefulSet', resource: 'statefulsets' },
  Secret: { group: '', version: 'v1', kind: 'Secret', resource: 'secrets' },
} satisfies Record<string, KindInfo>;

let uidCounter = 0;
export function nextUid(): string {
  uidCounter++;
  return `705ab4f5-6393-11e8-b7cc-42010a8000${String(uidCounter).padStart(2, '0')}`;
}

export interface ReviewOptions {
  operation?: 'CREATE' | 'UPDATE' | 'DELETE' | 'CONNECT';
  oldObject?: unknown;
  dryRun?: boolean;
  uid?: string;
  subResource?: string;
  /** Overrides request.kind (a Scale is kind autoscaling/v1 Scale on resource statefulsets). */
  requestKind?: { group: string; version: string; kind: string };
}

function metaOf(object: unknown): { name?: string; namespace?: string } {
  const meta = (object as { metadata?: { name?: string; namespace?: string } } | null)?.metadata;
  return meta ?? {};
}

/**
 * The object as the apiserver holds it when it calls webhooks: managedFields from the field manager, and on UPDATE
 * the stored identity (uid, resourceVersion, generation, creationTimestamp).
 */
function asAdmitted(object: unknown, operation: string, stored: boolean): unknown {
  if (typeof object !== 'object' || object === null || Array.isArray(object)) return object;
  const record = object as { metadata?: Record<string, unknown> };
  if (typeof record.metadata !== 'object' || record.metadata === null) return object;
  const identity = stored
    ? { uid: 'b7e1c0de-1111-4222-8333-944455556666', resourceVersion: '123456', generation: 3, creationTimestamp: '2026-11-01T10:00:00Z' }
    : {};
  const managedFields = [
    {
      manager: 'argocd-controller',
      operation: operation === 'CREATE' ? 'Update' : 'Apply',
      apiVersion: (object as { apiVersion?: string }).apiVersion ?? 'v1',
      time: '2026-11-25T10:00:00Z',
      fieldsType: 'FieldsV1',
      fieldsV1: { 'f:metadata': { 'f:labels': {} }, 'f:spec': {} },
    },
  ];
  return { ...object, metadata: { ...identity, ...record.metadata, managedFields } };
}

export function review(kind: KindInfo, rawObject: unknown, options: ReviewOptions = {}): Record<string, unknown> {
  const operation = options.operation ?? 'CREATE';
  const object = asAdmitted(rawObject, operation, operation === 'UPDATE');
  if (options.oldObject !== undefined) options = { ...options, oldObject: asAdmitted(options.oldObject, operation, true) };
  const meta = metaOf(object ?? options.oldObject);
  const gvk = options.requestKind ?? { group: kind.group, version: kind.version, kind: kind.kind };
  const gvr = { group: kind.group, version: kind.version, resource: kind.resource };
  return {
    kind: 'AdmissionReview',
    apiVersion: 'admission.k8s.io/v1',
    request: {
      uid: options.uid ?? nextUid(),
      kind: gvk,
      resource: gvr,
      ...(options.subResource ? { subResource: options.subResource } : {}),
      requestKind: gvk,
      requestResource: gvr,
      ...(options.subResource ? { requestSubResource: options.subResource } : {}),
      name: meta.name,
      namespace: meta.namespace,
      operation,
      userInfo: { username: 'system:serviceaccount:argocd:argocd-application-controller', uid: 'f8b1c2d3', groups: ['system:serviceaccounts', 'system:authenticated'] },
      object: operation === 'DELETE' ? null : object,
      oldObject: operation === 'CREATE' || operation === 'CONNECT' ? null : (options.oldObject ?? null),
      dryRun: options.dryRun ?? false,
      options:
        operation === 'CREATE'
          ? { kind: 'CreateOptions', apiVersion: 'meta.k8s.io/v1', fieldManager: 'argocd-controller' }
          : operation === 'UPDATE'
            ? { kind: 'UpdateOptions', apiVersion: 'meta.k8s.io/v1', fieldManager: 'argocd-controller' }
            : operation === 'DELETE'
              ? { kind: 'DeleteOptions', apiVersion: 'meta.k8s.io/v1', propagationPolicy: 'Background' }
              : null,
    },
  };
}

/** A `kubectl scale` request: kind autoscaling/v1 Scale on the parent's resource with subResource scale. */
export function scaleReview(kind: KindInfo, name: string, namespace: string, replicas: number, oldReplicas = 2): Record<string, unknown> {
  const scale = (n: number) => ({
    kind: 'Scale',
    apiVersion: 'autoscaling/v1',
    metadata: { name, namespace, uid: 'c1d2e3f4', resourceVersion: '4242', creationTimestamp: '2026-11-01T10:00:00Z' },
    // autoscaling/v1 omits replicas when it is 0 (omitempty)
    spec: n === 0 ? {} : { replicas: n },
    status: { replicas: oldReplicas, selector: 'app=db' },
  });
  return review(kind, scale(replicas), {
    operation: 'UPDATE',
    oldObject: scale(oldReplicas),
    subResource: 'scale',
    requestKind: { group: 'autoscaling', version: 'v1', kind: 'Scale' },
  });
}

export function responseOf(result: HttpResult): {
  uid: string;
  allowed: boolean;
  status?: { code: number; message: string; reason?: string };
  warnings?: string[];
  patchType?: string;
  patch?: string;
} {
  const review = result.json as { apiVersion: string; kind: string; response: ReturnType<typeof responseOf> };
  if (review?.apiVersion !== 'admission.k8s.io/v1' || review.kind !== 'AdmissionReview') {
    throw new Error(`not an AdmissionReview answer (HTTP ${result.status}): ${result.body.slice(0, 200)}`);
  }
  return review.response;
}

// ---- bundles for worker threads and child processes (they cannot load .ts sources with .js specifiers) ----

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Bundles a TS entry (npm packages stay external, resolved from the repo's node_modules). Returns the file path. */
export async function bundle(entry: string, name: string): Promise<string> {
  const { build } = await import('esbuild');
  const outfile = join(repoRoot, 'node_modules', '.cache', 'pgwarden-test', `${name}-${process.pid}.mjs`);
  await build({
    entryPoints: [join(repoRoot, entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    target: 'node22',
    outfile,
    logLevel: 'silent',
  });
  return outfile;
}

/** A pino destination that keeps every log line for assertions. */
export function logSink(): { stream: { write(line: string): void }; lines: Record<string, unknown>[]; text(): string } {
  const raw: string[] = [];
  return {
    stream: { write: (line: string) => void raw.push(line) },
    get lines() {
      return raw.map((line) => JSON.parse(line) as Record<string, unknown>);
    },
    text: () => raw.join(''),
  };
}

export async function until(check: () => boolean | Promise<boolean>, timeoutMs = 10_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}
