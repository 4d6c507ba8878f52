// The model contract "a value's `resource` is set whenever its `objectIndex` is" (model.ts), checked by a generic walk over
// the models of every fixture in the repository and of inputs where each flavour reads another object: buildModel names
// such values field by field, so a new field that can carry an objectIndex and is not named fails here.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildModel, withChangeProfiles } from '../../src/policies/adapters/index.js';
import { resourceOf } from '../../src/policies/adapters/common.js';
import type { Model } from '../../src/policies/model.js';
import type { InputObject } from '../../src/policies/types.js';
import { inputsOf } from './build.js';

function yamlFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yamlFiles(full, out);
    else if (/\.ya?ml$/.test(entry.name)) out.push(full);
  }
  return out;
}

function parsed(file: string): InputObject[] | undefined {
  try {
    const docs = parseAllDocuments(readFileSync(file, 'utf8'));
    if (docs.some((doc) => doc.errors.length > 0)) return undefined;
    return docs.map((doc) => ({ object: doc.toJS() as unknown })).filter((input) => input.object !== null && typeof input.object === 'object');
  } catch {
    return undefined;
  }
}

/** Every `{objectIndex, path}` value under the clusters whose resource is missing or wrong, as pointers into the model. */
function unnamed(model: Model, inputs: readonly InputObject[]): string[] {
  const wrong: string[] = [];
  const visit = (value: unknown, where: string, depth: number): void => {
    if (depth > 20 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) visit(item, `${where}/${index}`, depth + 1);
      return;
    }
    const record = value as Record<string, unknown>;
    if (depth > 1 && typeof record.objectIndex === 'number' && typeof record.path === 'string') {
      const object = inputs[record.objectIndex]?.object as Record<string, unknown>;
      if (JSON.stringify(record.resource) !== JSON.stringify(resourceOf(object))) wrong.push(where);
    }
    for (const [key, item] of Object.entries(record)) if (key !== 'resource') visit(item, `${where}/${key}`, depth + 1);
  };
  for (const [index, cluster] of model.clusters.entries()) visit(cluster, `/clusters/${index}`, 1);
  return wrong;
}

describe('values sourced from another object name it', () => {
  it('in the model of every fixture, change profiles included', () => {
    const files = yamlFiles(path.resolve(import.meta.dirname, '../fixtures'));
    let clusters = 0;
    for (const file of files) {
      const inputs = parsed(file);
      if (!inputs || inputs.length === 0) continue;
      const model = withChangeProfiles(buildModel(inputs));
      clusters += model.clusters.length;
      expect(unnamed(model, inputs), file).toEqual([]);
    }
    expect(clusters).toBeGreaterThan(100);
  });

  it('when a cluster reads a ConfigMap, a ScheduledBackup, an ObjectStore or the operator configuration', () => {
    const inputs = inputsOf(`
apiVersion: acid.zalan.do/v1
kind: OperatorConfiguration
metadata: {name: postgresql-operator-default-configuration}
configuration:
  min_instances: 3
  kubernetes: {enable_pod_antiaffinity: true, pod_environment_configmap: pod-env}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: pod-env, namespace: db}
data: {WAL_S3_BUCKET: backups, BACKUP_SCHEDULE: "00 02 * * *"}
---
apiVersion: acid.zalan.do/v1
kind: postgresql
metadata: {name: acid-main, namespace: db}
spec: {teamId: acid, numberOfInstances: 1, volume: {size: 1Gi}, postgresql: {version: "16"}}
---
apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata: {name: pg, namespace: db}
spec:
  instances: 3
  storage: {size: 1Gi}
  plugins: [{name: barman-cloud.cloudnative-pg.io, parameters: {barmanObjectName: store}}]
---
apiVersion: postgresql.cnpg.io/v1
kind: ScheduledBackup
metadata: {name: nightly, namespace: db}
spec: {schedule: "0 0 2 * * *", cluster: {name: pg}}
---
apiVersion: barmancloud.cnpg.io/v1
kind: ObjectStore
metadata: {name: store, namespace: db}
spec: {retentionPolicy: 30d}
`);
    const model = withChangeProfiles(buildModel(inputs));
    const foreign = JSON.stringify(model.clusters).match(/"objectIndex":[0-5]/g) ?? [];
    // The Zalando cluster reads min_instances, anti-affinity and the pod env ConfigMap; CNPG its ScheduledBackup and ObjectStore.
    expect(new Set(foreign).size).toBeGreaterThanOrEqual(4);
    expect(unnamed(model, inputs)).toEqual([]);
  });
});
