// Where `unknown-field` and `invalid-manifest` get CRD schemas from, besides the built-in catalogue: `--crds DIR`
// (files the user names, e.g. an operator release's CRDs) and, with `--cluster`, the live cluster's CRDs.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import type { SchemaSource } from '../policies/index.js';
import { parseYamlStream, yamlToJS } from '../yaml/index.js';
import { UsageError } from './errors.js';

// An operator's CRD bundle can exceed the 4 MiB a linted manifest may have (PGO 6.0's PostgresCluster CRD is 2.8 MB);
// these caps only bound a directory given by mistake (a home directory, a node_modules).
const MAX_CRD_FILE_BYTES = 32 * 1024 * 1024;
const MAX_CRD_FILES = 2000;

function isCrd(object: unknown): boolean {
  const record = object as { kind?: unknown; apiVersion?: unknown } | null;
  return record !== null && typeof record === 'object' && record.kind === 'CustomResourceDefinition' && String(record.apiVersion).startsWith('apiextensions.k8s.io/');
}

function yamlFiles(dir: string, found: string[]): void {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const stats = statSync(path);
    if (stats.isDirectory()) yamlFiles(path, found);
    else if (['.yaml', '.yml', '.json'].includes(extname(name).toLowerCase())) found.push(path);
    if (found.length > MAX_CRD_FILES) throw new UsageError(`--crds: more than ${MAX_CRD_FILES} YAML files; name the directory that holds the CRDs`);
  }
}

/** Every CustomResourceDefinition in the YAML/JSON files under `given` (as the user wrote it), named relative to `cwd`. */
export function loadCrdDir(given: string, cwd: string): SchemaSource[] {
  const dir = resolve(cwd, given);
  let files: string[] = [];
  try {
    if (!statSync(dir).isDirectory()) files = [dir];
    else yamlFiles(dir, files);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`--crds ${given}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (error as Error).message}`);
  }
  const sources: SchemaSource[] = [];
  for (const file of files) {
    const shown = relative(cwd, file) || file;
    if (statSync(file).size > MAX_CRD_FILE_BYTES) throw new UsageError(`--crds: ${shown} is larger than ${MAX_CRD_FILE_BYTES} bytes`);
    for (const doc of parseYamlStream(readFileSync(file, 'utf8'))) {
      const error = doc.errors[0];
      if (error) {
        const at = error.linePos?.[0];
        throw new UsageError(`--crds: ${shown}${at ? `:${at.line}:${at.col}` : ''}: ${error.message.split('\n')[0]}`);
      }
      const object = yamlToJS(doc);
      if (isCrd(object)) sources.push({ crd: object, source: shown });
    }
  }
  if (sources.length === 0) throw new UsageError(`--crds ${given}: no CustomResourceDefinition found in its YAML files`);
  return sources;
}
