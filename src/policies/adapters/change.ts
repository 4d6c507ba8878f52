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
  // `postgres-operator.crunchydata.com/allow-upgrade: <PGUpgrade name>` (internal/controller/pgupgrade/pgupgrade_controller.go
  // L29 AnnotationAllowUpgrade, L355 the check, v5.8.9).
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
    // The data PVC is applied with the PostgresCluster as controller owner (internal/controller/postgrescluster/postgres.go
    // reconcilePostgresDataVolume L711-790, setControllerReference L738; the WAL volume likewise from L935, v5.8.9), so
    // garbage collection deletes them with the cluster.
    onDelete: 'PGO v5 owns the data and WAL PVCs (controller owner reference), so Kubernetes deletes them, and the data, with the PostgresCluster',
    // dataVolumeClaimSpec is applied to the existing PVC by server-side apply (postgres.go L750, L784-787, v5.8.9); a
    // PVC's storageClassName is immutable, so the apiserver refuses it and PGO records the refusal as an event
    // (handlePersistentVolumeClaimError, internal/controller/postgrescluster/volumes.go L812): existing instances keep
    // their class. Moving data means a new set.
    storageClassChange: {
      severity: 'warning',
      effect: 'existing PVCs keep their class (a PVC class is immutable); to move the data, add an instance set with the new class and remove the old one once it has replicated',
    },
    shrink: `${PVC_SHRINK}; PGO v5 reports the failed apply as an event and the instances keep their size`,
    majorUpgrade: {
      ...(upgrade
        ? { present: `PGUpgrade ${dig(upgrade, 'metadata', 'name')} with the allow-upgrade annotation` }
        : {}),
      // The startup script halts when `postgres --version` differs from postgresVersion (internal/postgres/config.go L332-336, v5.8.9).
      missing:
        'PGO v5 does not upgrade by itself: the instances stop at startup when the data directory is of another major; add a PGUpgrade (fromPostgresVersion/toPostgresVersion) and annotate the cluster with `postgres-operator.crunchydata.com/allow-upgrade: <PGUpgrade name>`',
      stepsLeft: 'set `spec.shutdown: true` so the PGUpgrade job runs, then start the cluster on the new postgresVersion and image, then run ANALYZE',
      downgrade: 'PGO v5 has no downgrade path: the old binaries cannot read the newer data directory',
    },
    creationOnly: [],
    // Instance sets are StatefulSets named after the set (internal/naming/names.go GenerateInstance L283, v5.8.9): a new
    // name creates new pods and PVCs (replicated from the primary) and the instances of a set no longer in the spec are
    // deleted, their PVCs included (internal/controller/postgrescluster/instance.go deleteInstances L441, deleteInstance L533).
    instanceSetRename: 'PGO v5 creates new pods and PVCs for the new name, copies the data from the primary, and deletes the old set with its PVCs',
  };
}

// CloudNativePG (cloudnative-pg/cloudnative-pg v1.30.0).
function cnpg(object: JsonObject): ChangeProfile {
  return {
    // PVCs carry the Cluster as owner: pkg/reconciler/persistentvolumeclaim/build.go L60 WithClusterInheritance →
    // pkg/resources/metadatabuilder.go L83-85 → api/v1/cluster_funcs.go L1317-1320 SetInheritedDataAndOwnership
    // (utils.SetAsOwnedBy), v1.30.0: garbage collection deletes them with it.
    onDelete: 'CloudNativePG owns the PVCs (owner reference), so Kubernetes deletes them, and the data, with the Cluster',
    // The webhook does not validate storageClass changes (cnpg.md §1); new PVCs are built from the spec
    // (pkg/reconciler/persistentvolumeclaim/build.go L66-69), existing ones are only resized (existing.go
    // reconcilePVCQuantity L124, v1.30.0).
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
      // The first instance is created from `bootstrap` (internal/controller/cluster_create.go createPrimaryInstance
      // L1134, v1.30.0), and the webhook does not compare it on update (validateClusterChanges, cluster_webhook.go
      // L227-249, lists no bootstrap check). What is read again is the app database, owner and Secret name: the app
      // Secret is created only when missing, an existing one gets only metadata merged (cluster_create.go L222-273), and
      // the instance manager then refuses a Secret whose username is not the new owner ("wrong username",
      // internal/management/controller/instance_controller.go L1421-1445).
      creationOnly(
        object,
        ['spec', 'bootstrap'],
        'warning',
        'CloudNativePG reads `bootstrap` only to create the first instance: the running cluster keeps the database and owner it was created with (a new owner name makes the instance manager refuse the app Secret)',
      ),
    ],
  };
}

// Zalando (zalando/postgres-operator v2.0.1).
function zalando(config: ZalandoOperatorConfig, teamId: unknown): ChangeProfile {
  // major_version_upgrade_mode: off, manual (the default: pkg/controller/operator_config.go L63 Coalesce(…, "manual"),
  // pkg/util/config/config.go L256, manifests/configmap.yaml L105, v2.0.1), full. "manual": a version raised in the
  // manifest triggers the in-place upgrade; "off": none, except for the teams in major_version_upgrade_team_allow_list
  // (pkg/cluster/majorversionupgrade.go L118-127). A placeholder is unknown: never judged a missing path.
  const setting = config.get('major_version_upgrade', 'major_version_upgrade_mode');
  const mode = setting === undefined ? 'manual' : setting.source.unknown ? undefined : String(setting.raw);
  const allowList = config.get('major_version_upgrade', 'major_version_upgrade_team_allow_list')?.raw;
  const teams = Array.isArray(allowList) ? allowList.map(String) : typeof allowList === 'string' ? allowList.split(',').map((t) => t.trim()) : [];
  const upgrades = mode !== 'off' || (typeof teamId === 'string' && teams.includes(teamId));
  return {
    // deleteStatefulSet deletes the PVCs when enable_persistent_volume_claim_deletion (default true) is on
    // (pkg/cluster/resources.go L267, L289; pkg/controller/operator_config.go L128 CoalesceBool(…, true), v2.0.1).
    onDelete: 'the Zalando operator deletes the StatefulSet and, with enable_persistent_volume_claim_deletion (default true), its PVCs and the data',
    // volumeClaimTemplates of a StatefulSet are immutable; the operator replaces the StatefulSet, existing PVCs stay.
    storageClassChange: {
      severity: 'warning',
      effect: 'existing PVCs keep their class (volumeClaimTemplates and PVC classes are immutable); only pods created on new PVCs get it',
    },
    shrink: `${PVC_SHRINK}; the Zalando operator logs the failed resize and keeps the volumes`,
    majorUpgrade: {
      ...(upgrades
        ? {
            present:
              mode === undefined
                ? 'major_version_upgrade_mode from a value not in the repository'
                : mode === 'off'
                  ? `team ${String(teamId)} in major_version_upgrade_team_allow_list`
                  : `major_version_upgrade_mode: ${mode}${setting === undefined ? ' (the operator default)' : ' in the operator configuration'}`,
          }
        : {}),
      missing:
        'the Zalando operator runs no pg_upgrade with major_version_upgrade_mode off: set it to manual (the default) in the operator configuration, or the pods run the old major',
      stepsLeft: 'the operator runs pg_upgrade in place on the primary after the rolling update; take a backup first and expect a short downtime',
      downgrade: 'the Zalando operator does not downgrade: a lower postgresql.version leaves the data directory on the newer major',
    },
    creationOnly: [],
  };
}

// Crunchy PGO v4 (CrunchyData/postgres-operator v4.7.10).
function pgoV4(object: JsonObject): ChangeProfile {
  const keepData = dig(object, 'metadata', 'annotations', 'keep-data') !== undefined;
  return {
    // The Pgcluster delete handler creates the rmdata task whose Job deletes the data and the backups, each unless the
    // Pgcluster carries the `keep-data` / `keep-backups` annotation (internal/controller/pgcluster/pgclustercontroller.go
    // onDelete L457-517; internal/config/annotations.go L29, L32; v4.7.10).
    onDelete: keepData
      ? 'PGO v4 removes the cluster and runs its rmdata job; the `keep-data` annotation keeps the data PVCs'
      : 'PGO v4 removes the cluster and runs its rmdata job, which deletes the PVCs and the data (unless the Pgcluster carries the `keep-data` annotation)',
    // onUpdate compares only .Size (pgclustercontroller.go L178-455, v4.7.10): a new storageclass is not acted on.
    storageClassChange: { severity: 'warning', effect: 'PGO v4 does not act on a storageclass change (onUpdate compares only size): existing volumes keep theirs' },
    // onUpdate checks a new size with util.ValidatePVCResize, which refuses any size not larger, and only logs it
    // (pgclustercontroller.go L408-430; internal/util/cluster.go L589-614, v4.7.10).
    shrink: `${PVC_SHRINK}; PGO v4 refuses a smaller size itself (ValidatePVCResize) and only logs it: the volumes keep their size`,
    majorUpgrade: {
      missing: 'PGO v4 has no in-place major upgrade: the new image cannot read the old data directory; use pg_dump/pg_restore into a new cluster',
      stepsLeft: '',
      downgrade: 'PGO v4 cannot downgrade: the old binaries cannot read the newer data directory',
    },
    creationOnly: [
      // replicas is read only when the cluster is first created (internal/operator/cluster/cluster.go AddClusterBase
      // L122, the Pgreplica loop L259-308, v4.7.10);
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
    // persistentVolumeClaimRetentionPolicy.whenDeleted defaults to Retain (kubernetes/api@10b39a3 apps/v1/types.go
    // L154-158, whenDeleted L169-174).
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
      return zalando(zalandoConfig, dig(object, 'spec', 'teamId'));
    case 'pgo-v4':
      return pgoV4(object);
    case 'statefulset':
      return statefulSet(object);
  }
}
