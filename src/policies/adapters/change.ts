// What each operator does with a change to a cluster that already runs: one profile per operator, read by the change
// rules (src/policies/change-rules) so they never branch on the flavour. Each fact names its source (file, tag).
import type { ChangeProfile, CreationOnlyField, PostgresCluster, Sourced } from '../model.js';
import { containsPlaceholderDeep } from '../placeholders.js';
import { dig, isObject, type JsonObject, pointer } from './common.js';
import { type AdapterInput, isKind } from './context.js';
import type { ZalandoOperatorConfig } from './zalando.js';

/** Canonical JSON of a field (keys sorted), so a value written in another order or another file is the same value. */
function canonical(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  const sort = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(sort) : isObject(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sort(v[k])])) : v;
  return JSON.stringify(sort(value));
}

function creationOnly(object: JsonObject, keys: string[], severity: CreationOnlyField['severity'], effect: string): CreationOnlyField {
  const raw = dig(object, ...keys);
  const value: Sourced<string | undefined> = containsPlaceholderDeep(raw)
    ? { value: undefined, path: pointer('', ...keys), unknown: true }
    : { value: canonical(raw), path: raw === undefined ? '/spec' : pointer('', ...keys) };
  return { field: keys.join('.'), value, severity, effect };
}

const PVC_SHRINK = 'a PersistentVolumeClaim cannot shrink: the apiserver refuses a smaller `resources.requests.storage` (ValidatePersistentVolumeClaimUpdate)';

// PGO v5 (CrunchyData/postgres-operator v5.8.9).
function pgoV5(object: JsonObject, cluster: PostgresCluster, input: AdapterInput): ChangeProfile {
  const { name, namespace } = cluster.resource;
  // The upgrade runs only when a PGUpgrade names the cluster and the cluster carries
  // `postgres-operator.crunchydata.com/allow-upgrade: <PGUpgrade name>` (internal/controller/pgupgrade/pgupgrade_controller.go).
  const annotation = dig(object, 'metadata', 'annotations', 'postgres-operator.crunchydata.com/allow-upgrade');
  const upgrade = input.index.ofKind('postgres-operator.crunchydata.com', 'PGUpgrade').map((i) => input.objects[i]).find(
    (o) =>
      isKind(o, 'postgres-operator.crunchydata.com', 'PGUpgrade') &&
      dig(o, 'spec', 'postgresClusterName') === name &&
      (dig(o, 'metadata', 'namespace') ?? namespace) === namespace &&
      typeof annotation === 'string' &&
      dig(o, 'metadata', 'name') === annotation,
  );
  return {
    // PVCs are created with the PostgresCluster as controller owner (internal/controller/postgrescluster/instance.go,
    // reconcileInstance → setControllerReference), so garbage collection deletes them with the cluster.
    onDelete: 'PGO v5 owns the data and WAL PVCs (controller owner reference), so Kubernetes deletes them, and the data, with the PostgresCluster',
    // dataVolumeClaimSpec is applied to existing PVCs by server-side apply; a PVC's storageClassName is immutable, so
    // existing instances keep their class (internal/controller/postgrescluster/volumes.go). Moving data means a new set.
    storageClassChange: {
      severity: 'warning',
      effect: 'existing PVCs keep their class (a PVC class is immutable); to move the data, add an instance set with the new class and remove the old one once it has replicated',
    },
    shrink: `${PVC_SHRINK}; PGO v5 reports the failed apply as an event and the instances keep their size`,
    majorUpgrade: {
      ...(upgrade
        ? { present: `PGUpgrade ${dig(upgrade, 'metadata', 'name')} with the allow-upgrade annotation` }
        : {}),
      // The startup script halts when `postgres --version` differs from postgresVersion (internal/postgres/config.go L332-337).
      missing:
        'PGO v5 does not upgrade by itself: the instances stop at startup when the data directory is of another major; add a PGUpgrade (fromPostgresVersion/toPostgresVersion) and annotate the cluster with `postgres-operator.crunchydata.com/allow-upgrade: <PGUpgrade name>`',
      stepsLeft: 'set `spec.shutdown: true` so the PGUpgrade job runs, then start the cluster on the new postgresVersion and image, then run ANALYZE',
      downgrade: 'PGO v5 has no downgrade path: the old binaries cannot read the newer data directory',
    },
    creationOnly: [],
    // Instance sets are StatefulSets named after the set (internal/controller/postgrescluster/instance.go): a new name
    // creates new pods and PVCs (replicated from the primary) and the old set, its PVCs included, is deleted.
    instanceSetRename: 'PGO v5 creates new pods and PVCs for the new name, copies the data from the primary, and deletes the old set with its PVCs',
  };
}

// CloudNativePG (cloudnative-pg/cloudnative-pg v1.30.0).
function cnpg(object: JsonObject): ChangeProfile {
  return {
    // PVCs carry the Cluster as owner (pkg/specs/pvcs.go, SetClusterOwnerAnnotationsAndLabels): deleted with it.
    onDelete: 'CloudNativePG owns the PVCs (owner reference), so Kubernetes deletes them, and the data, with the Cluster',
    // The webhook does not validate storageClass changes (cnpg.md §1); new PVCs are built from the spec
    // (pkg/reconciler/persistentvolumeclaim/build.go), existing ones are only resized.
    storageClassChange: {
      severity: 'warning',
      effect: 'CloudNativePG accepts it but only PVCs created from now on (new instances) get the new class; existing ones keep theirs',
    },
    // validateStorageConfigurationChange (internal/webhook/v1/cluster_webhook.go L1806-1837).
    shrink: "CloudNativePG's webhook rejects a smaller size (validateStorageConfigurationChange)",
    majorUpgrade: {
      // From 1.26 an image of a newer major triggers an offline in-place upgrade (pg_upgrade job); the webhook rejects a
      // downgrade and an upgrade to a major below 16 (validateImageChange, cluster_webhook.go L1367-1410, v1.30.0).
      present: 'the in-place major upgrade CloudNativePG runs on an image change (operator 1.26 or later)',
      missing: 'CloudNativePG before 1.26 rejects a major change of the image; upgrade the operator first',
      stepsLeft: 'CloudNativePG stops every instance, runs pg_upgrade in a job on the primary, then recreates the replicas: plan the downtime and take a backup first (target major 16 or later)',
      downgrade: "CloudNativePG's webhook rejects a major downgrade (validateImageChange)",
    },
    creationOnly: [
      // The first instance is created from `bootstrap` (internal/controller/cluster_create.go, createPrimaryInstance);
      // once the cluster exists the section is not read again.
      creationOnly(object, ['spec', 'bootstrap'], 'warning', 'CloudNativePG reads `bootstrap` only to create the first instance; the running cluster ignores the change'),
    ],
  };
}

// Zalando (zalando/postgres-operator v2.0.1).
function zalando(config: ZalandoOperatorConfig): ChangeProfile {
  // major_version_upgrade_mode: off (default, pkg/controller/operator_config.go Coalesce(…, "off")), manual, full.
  const mode = config.get('major_version_upgrade', 'major_version_upgrade_mode')?.raw;
  const upgrades = mode === 'manual' || mode === 'full';
  return {
    // deleteStatefulSet deletes the PVCs when enable_persistent_volume_claim_deletion (default true) is on
    // (pkg/cluster/resources.go; pkg/controller/operator_config.go CoalesceBool(…, true)).
    onDelete: 'the Zalando operator deletes the StatefulSet and, with enable_persistent_volume_claim_deletion (default true), its PVCs and the data',
    // volumeClaimTemplates of a StatefulSet are immutable; the operator replaces the StatefulSet, existing PVCs stay.
    storageClassChange: {
      severity: 'warning',
      effect: 'existing PVCs keep their class (volumeClaimTemplates and PVC classes are immutable); only pods created on new PVCs get it',
    },
    shrink: `${PVC_SHRINK}; the Zalando operator logs the failed resize and keeps the volumes`,
    majorUpgrade: {
      ...(upgrades ? { present: `major_version_upgrade_mode: ${String(mode)} in the operator configuration` } : {}),
      missing:
        'the Zalando operator runs no pg_upgrade with major_version_upgrade_mode off (its default): set it to manual in the OperatorConfiguration, or the pods run the old major',
      stepsLeft: 'the operator runs pg_upgrade in place on the primary after the rolling update; take a backup first and expect a short downtime',
      downgrade: 'the Zalando operator does not downgrade: a lower postgresql.version leaves the data directory on the newer major',
    },
    creationOnly: [],
  };
}

// Crunchy PGO v4 (CrunchyData/postgres-operator v4.7.10).
function pgoV4(object: JsonObject): ChangeProfile {
  return {
    // The Pgcluster delete handler removes the cluster's deployments and runs the rmdata job that deletes its PVCs
    // (internal/controller/pgcluster/pgclustercontroller.go onDelete → internal/operator/cluster/cluster.go DeleteCluster).
    onDelete: 'PGO v4 removes the deployments and runs its rmdata job, which deletes the PVCs and the data',
    // onUpdate compares only .Size (pgclustercontroller.go L307-431): a new storageclass is not acted on.
    storageClassChange: { severity: 'warning', effect: 'PGO v4 does not act on a storageclass change (onUpdate compares only size): existing volumes keep theirs' },
    shrink: `${PVC_SHRINK}; PGO v4 starts a resize (onUpdate) that fails`,
    majorUpgrade: {
      missing: 'PGO v4 has no in-place major upgrade: the new image cannot read the old data directory; use pg_dump/pg_restore into a new cluster',
      stepsLeft: '',
      downgrade: 'PGO v4 cannot downgrade: the old binaries cannot read the newer data directory',
    },
    creationOnly: [
      // replicas is read only when the cluster is first created (internal/operator/cluster/cluster.go L258-306);
      // scaling later is done with Pgreplica objects (pgo-v4.md §3).
      creationOnly(object, ['spec', 'replicas'], 'warning', 'PGO v4 reads `spec.replicas` only at creation and ignores the change; scale with Pgreplica objects'),
    ],
  };
}

// A plain StatefulSet (kubernetes/kubernetes pkg/apis/apps/validation, ValidateStatefulSetUpdate).
function statefulSet(object: JsonObject): ChangeProfile {
  const forbidden =
    'the apiserver rejects the update (only replicas, template, updateStrategy, persistentVolumeClaimRetentionPolicy, ordinals and minReadySeconds may change: ValidateStatefulSetUpdate)';
  return {
    // persistentVolumeClaimRetentionPolicy.whenDeleted defaults to Retain (k8s.io/api apps/v1 types.go).
    onDelete: 'the pods stop; the PVCs stay unless persistentVolumeClaimRetentionPolicy.whenDeleted is Delete',
    storageClassChange: { severity: 'error', effect: forbidden },
    shrink: forbidden,
    majorUpgrade: {
      missing: 'the new image cannot read a data directory of another major (PG_VERSION check at startup): dump and restore, or run pg_upgrade with both binaries',
      stepsLeft: '',
      downgrade: 'the older image cannot read the newer data directory',
    },
    creationOnly: [
      creationOnly(object, ['spec', 'selector'], 'error', forbidden),
      creationOnly(object, ['spec', 'serviceName'], 'error', forbidden),
      creationOnly(object, ['spec', 'podManagementPolicy'], 'error', forbidden),
    ],
  };
}

export function changeProfile(cluster: PostgresCluster, object: JsonObject, input: AdapterInput, zalandoConfig: ZalandoOperatorConfig): ChangeProfile {
  switch (cluster.flavour) {
    case 'pgo-v5':
      return pgoV5(object, cluster, input);
    case 'cnpg':
      return cnpg(object);
    case 'zalando':
      return zalando(zalandoConfig);
    case 'pgo-v4':
      return pgoV4(object);
    case 'statefulset':
      return statefulSet(object);
  }
}
