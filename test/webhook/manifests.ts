// Small manifests of the five Postgres kinds and their Secrets, written for these tests (good = passes the
// recommended policy's errors; bad = carries a problem a reviewer would recognise).

const hostnameAntiAffinity = (labels: Record<string, string>) => ({
  podAntiAffinity: {
    requiredDuringSchedulingIgnoredDuringExecution: [{ topologyKey: 'kubernetes.io/hostname', labelSelector: { matchLabels: labels } }],
  },
});

export function pgoV5(name = 'hippo', namespace = 'db-prod', overrides: { image?: string; replicas?: number; storageClass?: string } = {}) {
  return {
    apiVersion: 'postgres-operator.crunchydata.com/v1beta1',
    kind: 'PostgresCluster',
    metadata: { name, namespace, uid: 'a1b2', resourceVersion: '100', generation: 1, labels: { team: 'payments' } },
    spec: {
      postgresVersion: 16,
      image: overrides.image ?? 'registry.developers.crunchydata.com/crunchydata/crunchy-postgres:ubi8-16.4-0',
      instances: [
        {
          name: 'pgha1',
          replicas: overrides.replicas ?? 2,
          dataVolumeClaimSpec: {
            storageClassName: overrides.storageClass ?? 'fast-ssd',
            accessModes: ['ReadWriteOnce'],
            resources: { requests: { storage: '10Gi' } },
          },
          affinity: hostnameAntiAffinity({ 'postgres-operator.crunchydata.com/cluster': name, 'postgres-operator.crunchydata.com/instance-set': 'pgha1' }),
        },
      ],
      backups: {
        pgbackrest: {
          image: 'registry.developers.crunchydata.com/crunchydata/crunchy-pgbackrest:ubi8-2.51-0',
          global: { 'repo1-retention-full': '14', 'repo1-retention-full-type': 'count' },
          repos: [
            {
              name: 'repo1',
              schedules: { full: '0 1 * * 0', differential: '0 1 * * 1-6' },
              volume: {
                volumeClaimSpec: { storageClassName: 'fast-ssd', accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '20Gi' } } },
              },
            },
          ],
        },
      },
      users: [{ name: 'app', databases: ['app'] }],
    },
  };
}

export function cnpg(name = 'pg-main', namespace = 'db-prod', overrides: { instances?: number; schedule?: string; storageClass?: string; antiAffinity?: boolean } = {}) {
  return {
    apiVersion: 'postgresql.cnpg.io/v1',
    kind: 'Cluster',
    metadata: { name, namespace },
    spec: {
      instances: overrides.instances ?? 3,
      imageName: 'ghcr.io/cloudnative-pg/postgresql:16.4',
      storage: { size: '10Gi', storageClass: overrides.storageClass ?? 'fast-ssd' },
      affinity: { enablePodAntiAffinity: overrides.antiAffinity ?? true, topologyKey: 'kubernetes.io/hostname', podAntiAffinityType: 'required' },
      backup: {
        retentionPolicy: '30d',
        barmanObjectStore: { destinationPath: 's3://backups/pg-main', s3Credentials: { accessKeyId: { name: 'aws', key: 'id' }, secretAccessKey: { name: 'aws', key: 'key' } } },
      },
    },
  };
}

export function zalando(name = 'acid-main', namespace = 'db-prod', overrides: { instances?: number; version?: string } = {}) {
  return {
    apiVersion: 'acid.zalan.do/v1',
    kind: 'postgresql',
    metadata: { name, namespace },
    spec: {
      teamId: 'acid',
      dockerImage: 'ghcr.io/zalando/spilo-16:3.3-p1',
      numberOfInstances: overrides.instances ?? 2,
      volume: { size: '10Gi', storageClass: 'fast-ssd' },
      postgresql: { version: overrides.version ?? '16' },
      users: { app: ['createdb'] },
      databases: { app: 'app' },
      enableLogicalBackup: true,
      logicalBackupSchedule: '30 00 * * *',
    },
  };
}

export function pgoV4(name = 'legacy', namespace = 'db-prod') {
  return {
    apiVersion: 'crunchydata.com/v1',
    kind: 'Pgcluster',
    metadata: { name, namespace, annotations: { 'current-primary': name }, labels: { 'pg-cluster': name, name, 'deployment-name': name } },
    spec: {
      name,
      clustername: name,
      ccpimage: 'crunchy-postgres-ha',
      ccpimagetag: 'centos8-13.4-4.7.3',
      ccpimageprefix: 'registry.developers.crunchydata.com/crunchydata',
      port: '5432',
      replicas: '1',
      podAntiAffinity: { default: 'required' },
      PrimaryStorage: { name, storageclass: 'fast-ssd', accessmode: 'ReadWriteOnce', size: '10G', storagetype: 'dynamic' },
      ReplicaStorage: { name, storageclass: 'fast-ssd', accessmode: 'ReadWriteOnce', size: '10G', storagetype: 'dynamic' },
      BackrestStorage: { name, storageclass: 'fast-ssd', accessmode: 'ReadWriteOnce', size: '10G', storagetype: 'dynamic' },
      user: 'app',
      database: 'app',
      userlabels: { 'pgo-version': '4.7.3' },
    },
  };
}

export function statefulSet(name = 'pg', namespace = 'db-prod', overrides: { image?: string; replicas?: number; env?: { name: string; value: string }[] } = {}) {
  return {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name, namespace },
    spec: {
      replicas: overrides.replicas ?? 1,
      serviceName: name,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: {
          containers: [
            {
              name: 'postgres',
              image: overrides.image ?? 'postgres:16.4',
              env: overrides.env ?? [{ name: 'POSTGRES_PASSWORD', valueFrom: { secretKeyRef: { name: `${name}-auth`, key: 'password' } } }],
              ports: [{ containerPort: 5432 }],
              volumeMounts: [{ name: 'data', mountPath: '/var/lib/postgresql/data' }],
            },
          ],
        },
      },
      volumeClaimTemplates: [
        { metadata: { name: 'data' }, spec: { storageClassName: 'fast-ssd', accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '10Gi' } } } },
      ],
    },
  };
}

export function pgoUserSecret(cluster: string, user: string, namespace: string, data: Record<string, string>) {
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: {
      name: `${cluster}-pguser-${user}`,
      namespace,
      labels: { 'postgres-operator.crunchydata.com/cluster': cluster, 'postgres-operator.crunchydata.com/pguser': user, 'postgres-operator.crunchydata.com/role': 'pguser' },
    },
    type: 'Opaque',
    data,
  };
}

export function zalandoUserSecret(cluster: string, user: string, namespace: string, data: Record<string, string>) {
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: {
      name: `${user}.${cluster}.credentials.postgresql.acid.zalan.do`,
      namespace,
      labels: { application: 'spilo', 'cluster-name': cluster, team: 'acid' },
    },
    type: 'Opaque',
    data,
  };
}

export const b64 = (text: string) => Buffer.from(text).toString('base64');

export function scheduledBackup(name = 'nightly', namespace = 'db-prod', overrides: { cluster?: string; schedule?: string } = {}) {
  return {
    apiVersion: 'postgresql.cnpg.io/v1',
    kind: 'ScheduledBackup',
    metadata: { name, namespace },
    spec: { schedule: overrides.schedule ?? '0 0 2 * * *', cluster: { name: overrides.cluster ?? 'pg-main' }, backupOwnerReference: 'self' },
  };
}

/** Zalando OperatorConfiguration (acid.zalan.do/v1), the keys that decide pod anti-affinity. */
export function operatorConfiguration(name = 'postgresql-operator-default-configuration', namespace = 'postgres-operator', antiAffinity = true) {
  return {
    apiVersion: 'acid.zalan.do/v1',
    kind: 'OperatorConfiguration',
    metadata: { name, namespace },
    configuration: {
      docker_image: 'ghcr.io/zalando/spilo-17:4.0-p2',
      kubernetes: { enable_pod_antiaffinity: antiAffinity, pod_antiaffinity_topology_key: 'kubernetes.io/hostname' },
    },
  };
}

/** The Zalando operator ConfigMap (values are strings). */
export function zalandoOperatorConfigMap(name = 'postgres-operator', namespace = 'postgres-operator', antiAffinity = true) {
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name, namespace },
    data: { enable_pod_antiaffinity: String(antiAffinity), pod_antiaffinity_topology_key: 'kubernetes.io/hostname', super_username: 'postgres' },
  };
}
