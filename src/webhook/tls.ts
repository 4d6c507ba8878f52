// TLS material from mounted files (a cert-manager Secret volume), reloaded without a restart: new connections get
// the new certificate through setSecureContext; connections already open keep theirs, so no request is dropped.
import { readFileSync } from 'node:fs';
import type { Server } from 'node:https';
import { createSecureContext } from 'node:tls';
import type { FastifyPluginAsync } from 'fastify';
import type { Logger } from 'pino';
import type { WebhookMetrics } from './metrics.js';
import { watchFiles } from './watch.js';

export interface TlsFiles {
  certFile: string;
  keyFile: string;
}

export interface TlsMaterial {
  cert: Buffer;
  key: Buffer;
}

/** Reads and checks the pair (the key must match the certificate). Throws naming the files, never printing the key. */
export function readTls(files: TlsFiles): TlsMaterial {
  let cert: Buffer;
  let key: Buffer;
  try {
    cert = readFileSync(files.certFile);
    key = readFileSync(files.keyFile);
  } catch (error) {
    throw new Error(`cannot read TLS files ${files.certFile} / ${files.keyFile}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  try {
    createSecureContext({ cert, key });
  } catch (error) {
    // The message from OpenSSL names the problem (e.g. key values mismatch), not the key material.
    throw new Error(`TLS pair ${files.certFile} / ${files.keyFile} is not usable: ${(error as Error).message}`);
  }
  return { cert, key };
}

export interface TlsReloadOptions {
  files: TlsFiles;
  /** The pair the server was started with. */
  initial: TlsMaterial;
  metrics: WebhookMetrics;
  log: Logger;
  pollMs: number;
  /** Filled by the plugin: re-reads the files now (the watcher does this by itself). */
  handle: { reload?: () => boolean };
}

/**
 * The TLS reload plugin: watches the certificate and key, swaps them into the running server with setSecureContext
 * (connections already open keep theirs), and rejects a pair that does not match. Stops watching on close.
 */
export const tlsReloadPlugin: FastifyPluginAsync<TlsReloadOptions> = async (app, options) => {
  const { files, metrics, log } = options;
  let current = options.initial;
  const reload = (): boolean => {
    let next: TlsMaterial;
    try {
      next = readTls(files);
    } catch (error) {
      metrics.tlsReloads.inc({ result: 'rejected' });
      log.error({ err: (error as Error).message }, 'TLS reload rejected; the current certificate stays in use');
      return false;
    }
    if (next.cert.equals(current.cert) && next.key.equals(current.key)) return true;
    (app.server as Server).setSecureContext({ cert: next.cert, key: next.key });
    current = next;
    metrics.tlsReloads.inc({ result: 'applied' });
    log.info({ certFile: files.certFile }, 'TLS certificate reloaded');
    return true;
  };
  options.handle.reload = reload;
  const stop = watchFiles([files.certFile, files.keyFile], reload, { pollMs: options.pollMs });
  app.addHook('onClose', async () => stop());
};
