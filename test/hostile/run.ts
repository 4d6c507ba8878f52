// Runs the CLI in process (src/cli/main.ts, the code every door shares) and captures everything it prints.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main.js';

export interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

export async function pgwardenIn(cwd: string, argv: string[]): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    stdoutIsTTY: false,
    stderrIsTTY: false,
    cwd,
    env: { NO_COLOR: '1' },
  });
  return { code, stdout, stderr };
}

/** Write `files` under `root` (and symlinks: name → target). */
export function writeTree(root: string, files: Record<string, string>, links: Record<string, string> = {}): void {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  }
  for (const [rel, target] of Object.entries(links)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    symlinkSync(target, path.join(root, rel));
  }
}

/** A CloudNativePG Cluster with a finding pgwarden always reports (`:latest`), to prove an app was linted. */
export const LINTED_CLUSTER = `apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata:
  name: good
spec:
  instances: 3
  imageName: ghcr.io/cloudnative-pg/postgresql:latest
  storage:
    size: 1Gi
    storageClass: standard
`;
