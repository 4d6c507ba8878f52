// TLS material from mounted files (a cert-manager Secret volume), reloaded without a restart: new connections get
// the new certificate through setSecureContext; connections already open keep theirs, so no request is dropped.
import { readFileSync } from 'node:fs';
import { createSecureContext } from 'node:tls';

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
