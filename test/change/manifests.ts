// One manifest builder per flavour, with the values the change rules read as parameters.
export interface Shape {
  size?: string;
  walSize?: string;
  storageClass?: string;
  /** Postgres major declared (or in the image for PGO v4 and StatefulSets). */
  major?: number;
  minor?: number;
  schedule?: string | null;
  retention?: string | null;
  annotations?: Record<string, string>;
  /** PGO v4 replicas; PGO v5 instance set name; CNPG bootstrap database; StatefulSet serviceName. */
  replicas?: string;
  setName?: string;
  bootstrapDb?: string;
  serviceName?: string;
  extra?: string;
}

const annotationsOf = (shape: Shape) =>
  shape.annotations ? `\n  annotations:\n${Object.entries(shape.annotations).map(([k, v]) => `    ${k}: ${JSON.stringify(v)}`).join('\n')}` : '';

export function pgoV5(shape: Shape = {}): string {
  const major = shape.major ?? 16;
  const schedule = shape.schedule === undefined ? '0 1 * * 0' : shape.schedule;
  const retention = shape.retention === undefined ? '14' : shape.retention;
  return `apiVersion: postgres-operator.crunchydata.com/v1beta1
kind: PostgresCluster
metadata:
  name: hippo
  namespace: db${annotationsOf(shape)}
spec:
  postgresVersion: ${major}
  image: registry.developers.crunchydata.com/crunchydata/crunchy-postgres:ubi8-${major}.${shape.minor ?? 4}-0
  instances:
    - name: ${shape.setName ?? 'instance1'}
      replicas: 2
      dataVolumeClaimSpec:
        accessModes: [ReadWriteOnce]
        storageClassName: ${shape.storageClass ?? 'fast'}
        resources:
          requests:
            storage: ${shape.size ?? '10Gi'}
      walVolumeClaimSpec:
        accessModes: [ReadWriteOnce]
        storageClassName: ${shape.storageClass ?? 'fast'}
        resources:
          requests:
            storage: ${shape.walSize ?? '2Gi'}
  backups:
    pgbackrest:
      global:${retention === null ? ' {}' : `\n        repo1-retention-full: "${retention}"`}
      repos:
        - name: repo1${schedule === null ? '' : `\n          schedules:\n            full: "${schedule}"`}
          volume:
            volumeClaimSpec:
              accessModes: [ReadWriteOnce]
              storageClassName: fast
              resources:
                requests:
                  storage: 20Gi
${shape.extra ?? ''}`;
}

export function cnpg(shape: Shape = {}): string {
  const retention = shape.retention === undefined ? '30d' : shape.retention;
  const schedule = shape.schedule === undefined ? '0 0 1 * * *' : shape.schedule;
  return `apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata:
  name: pg
  namespace: db${annotationsOf(shape)}
spec:
  instances: 3
  imageName: ghcr.io/cloudnative-pg/postgresql:${shape.major ?? 16}.${shape.minor ?? 4}
  storage:
    size: ${shape.size ?? '10Gi'}
    storageClass: ${shape.storageClass ?? 'fast'}
  walStorage:
    size: ${shape.walSize ?? '2Gi'}
    storageClass: ${shape.storageClass ?? 'fast'}
  bootstrap:
    initdb:
      database: ${shape.bootstrapDb ?? 'app'}
      owner: app
  backup:${retention === null ? '' : `\n    retentionPolicy: "${retention}"`}
    barmanObjectStore:
      destinationPath: s3://backups/pg
      s3Credentials:
        accessKeyId: {name: s3, key: id}
        secretAccessKey: {name: s3, key: secret}
${
  schedule === null
    ? ''
    : `---
apiVersion: postgresql.cnpg.io/v1
kind: ScheduledBackup
metadata:
  name: pg-daily
  namespace: db
spec:
  schedule: "${schedule}"
  cluster:
    name: pg
`
}${shape.extra ?? ''}`;
}

export function zalando(shape: Shape = {}): string {
  const schedule = shape.schedule === undefined ? '30 00 * * *' : shape.schedule;
  return `apiVersion: acid.zalan.do/v1
kind: postgresql
metadata:
  name: acid-main
  namespace: db${annotationsOf(shape)}
spec:
  teamId: acid
  numberOfInstances: 2
  volume:
    size: ${shape.size ?? '10Gi'}
    storageClass: ${shape.storageClass ?? 'fast'}
  postgresql:
    version: "${shape.major ?? 16}"${schedule === null ? '' : `\n  enableLogicalBackup: true\n  logicalBackupSchedule: "${schedule}"`}
${shape.extra ?? ''}`;
}

export function pgoV4(shape: Shape = {}): string {
  return `apiVersion: crunchydata.com/v1
kind: Pgcluster
metadata:
  name: hippo
  namespace: pgo
  labels:
    pg-cluster: hippo
    name: hippo
  annotations:
    current-primary: hippo${shape.annotations ? `\n${Object.entries(shape.annotations).map(([k, v]) => `    ${k}: ${JSON.stringify(v)}`).join('\n')}` : ''}
spec:
  name: hippo
  clustername: hippo
  ccpimage: crunchy-postgres-ha
  ccpimagetag: ubi8-${shape.major ?? 13}.${shape.minor ?? 10}-4.7.10
  replicas: "${shape.replicas ?? '1'}"
  PrimaryStorage:
    name: hippo
    storagetype: dynamic
    storageclass: ${shape.storageClass ?? 'fast'}
    size: ${shape.size ?? '10G'}
    accessmode: ReadWriteOnce
${shape.extra ?? ''}`;
}

export function statefulSet(shape: Shape = {}): string {
  return `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: pg
  namespace: db${annotationsOf(shape)}
spec:
  serviceName: ${shape.serviceName ?? 'pg'}
  replicas: 1
  selector:
    matchLabels:
      app: pg
  template:
    metadata:
      labels:
        app: pg
    spec:
      containers:
        - name: postgres
          image: postgres:${shape.major ?? 16}.${shape.minor ?? 4}
          volumeMounts:
            - name: data
              mountPath: /var/lib/postgresql/data
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        accessModes: [ReadWriteOnce]
        storageClassName: ${shape.storageClass ?? 'fast'}
        resources:
          requests:
            storage: ${shape.size ?? '10Gi'}
${shape.extra ?? ''}`;
}

export const flavours = { 'pgo-v5': pgoV5, cnpg, zalando, 'pgo-v4': pgoV4, statefulset: statefulSet } as const;
