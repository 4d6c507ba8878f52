import type { Operation } from 'fast-json-patch';
import type { FieldViolationAt } from './field-check.js';
import type { Pointer, ResourceRef } from './types.js';
export type Flavour = 'pgo-v4' | 'pgo-v5' | 'zalando' | 'cnpg' | 'statefulset';
/**
 * A value read from a manifest, with where it came from. When the value is the operator's default,
 * `defaulted` is true and `path` points at the nearest existing parent (so findings still land on a line).
 * `unknown` marks unresolved placeholders (Flux `${VAR}`, `${VAR:=x}`, OpenShift `${{PARAM}}`): rules must
 * not report on unknown values.
 */
export interface Sourced<T> {
    value: T;
    path: Pointer;
    /** Index of the input object this came from, when it is not the cluster's own object (e.g. a ConfigMap). */
    objectIndex?: number;
    /** Additive (adapters): the resource at `objectIndex`, set whenever `objectIndex` is, so findings name the right object. */
    resource?: ResourceRef;
    defaulted?: boolean;
    unknown?: boolean;
    /** Additive (adapters): why the value differs from what the manifest says (an operator clamp), e.g. " (raised to min_instances 3)". */
    origin?: string;
}
export type SpreadLevel = 'none' | 'soft' | 'hard';
export interface SpreadTerm {
    source: 'podAntiAffinity' | 'topologySpreadConstraints' | 'operatorDefault';
    level: Exclude<SpreadLevel, 'none'>;
    topologyKey: string;
    path: Pointer;
    objectIndex?: number;
    /** Additive (adapters): the resource at `objectIndex`, set whenever `objectIndex` is. */
    resource?: ResourceRef;
    defaulted?: boolean;
    /** False when the term's labelSelector selects none of the cluster's own pods: it spreads nothing. */
    selectsOwnPods: boolean;
    /** True when the term cannot be judged (placeholder in selector or key). */
    unknown?: boolean;
}
export interface Spreading {
    /** Additive (adapters): why the level is what it is when an operator-wide setting decided it (Zalando), for messages. */
    origin?: string;
    /** Computed from the terms that select the cluster's own pods (after operator defaults). */
    level: SpreadLevel;
    topologyKeys: string[];
    terms: SpreadTerm[];
    /** Set when the manifest switches spreading off explicitly (CNPG enablePodAntiAffinity: false, PGO v4 disabled, …). */
    disabledBy?: Sourced<unknown>;
    /** For Zalando: the operator configuration that decided, or undefined when the operator defaults hold. */
    decidedByOperatorConfig?: Sourced<unknown>;
    /** JSON patch adding soft (preferred) anti-affinity by hostname in this operator's own syntax, when safe. */
    addSoftAntiAffinity?: Operation[];
}
export interface InstanceSet {
    /** Instance set name (PGO v5 `instances[].name`, else the cluster name). */
    name: string;
    /** Number of Postgres pods in this set (PGO v4: 1 + replicas + Pgreplicas). */
    replicas: Sourced<number | undefined>;
    path: Pointer;
    spreading: Spreading;
}
export type VolumeRole = 'data' | 'wal' | 'backup' | 'tablespace' | 'other';
export interface Volume {
    role: VolumeRole;
    /** Instance set or repo name, for messages. */
    owner?: string;
    /** undefined value = no class set (the cluster's default StorageClass decides). */
    storageClass: Sourced<string | undefined>;
    /** False when the data lives on no persistent volume (PGO v4 `storagetype: emptydir` or empty). */
    persistent: Sourced<boolean>;
    /** JSON patch setting the storage class to a given name, in this operator's syntax, when safe. */
    setStorageClass?: (className: string) => Operation[];
    /** Additive (adapters, change rules): the requested size as written (a Kubernetes quantity), when the operator reads one. */
    size?: Sourced<string | undefined>;
    /** Additive (adapters): the fix when this volume is not persistent (overrides `operator.persistData`). */
    persist?: string;
    /** Additive (adapters): the fix when this volume names no class (default "write `<key>: <class>`"). */
    nameClass?: string;
}
export type ImageRole = 'postgres' | 'backup' | 'pooler' | 'exporter' | 'sidecar' | 'init' | 'other';
export interface ParsedImage {
    registry: string;
    repository: string;
    tag?: string;
    digest?: string;
}
export interface ImageUse {
    role: ImageRole;
    /** Container name or field name, for messages. */
    name: string;
    /** The full reference as the operator will pull it (PGO v4: prefix/image:tag assembled). undefined = none set and no default. */
    reference: Sourced<string | undefined>;
    parsed?: ParsedImage;
    /** Postgres major carried by the image where the operator/image encodes one (tag `16.4`, `ubi8-13.10-4.7.10`, spilo-16). */
    postgresMajor?: number;
    /**
     * Additive (adapters): true when the image also runs majors older than `postgresMajor` — Spilo `spilo-N` ships N plus
     * PGOLDVERSIONS (zalando/spilo Dockerfile), so a declared version ≤ postgresMajor is fine, only a newer one is wrong.
     */
    runsOlderMajors?: boolean;
    /** JSON patch replacing the reference by another full reference, when the reference is one field. */
    setReference?: (reference: string) => Operation[];
    /** Additive (adapters): where this image is written, for "write … instead" (e.g. "`spec.imageName`"). */
    field: string;
    /**
     * Additive (adapters): the operator refuses this reference at admission (CNPG's webhook: `latest`, no tag, digest
     * only, a tag not starting with a version); the operator's reason, in its terms.
     */
    operatorRejects?: string;
    /** Additive (adapters): with no reference the pods cannot start (PGO v4 has no default `ccpimagetag`); why. */
    requiredBecause?: string;
}
/** Cron dialects, see ../shared/domain/cron-dialects.md. */
export type CronDialect = 'kubernetes' | 'pgo-v4' | 'zalando' | 'cnpg';
/**
 * Which layer rejects a bad schedule, in the operator's terms (see cron-dialects.md): the schema check at admission
 * (a CRD pattern, a webhook) and the cron parser that may only run later (the apiserver validating the CronJob the
 * operator creates). Written by the adapter, so the message names the layer that really says no.
 */
export interface ScheduleGates {
    /** Who rejects a string outside the dialect's shape at admission, e.g. "the postgresql CRD pattern". */
    schema: string;
    /** Who rejects a string the schema lets through but the cron parser does not, and what that costs. */
    parser: string;
    /** Shorter strings are rejected by `schema` (PGO v5 CRD `minLength: 6`). */
    minLength?: number;
    /** A valid schedule in this dialect, for the fix. */
    example: string;
}
export interface BackupSchedule {
    /** full | differential | incremental (pgBackRest), logical (Zalando), base (CNPG ScheduledBackup / Spilo). */
    type: 'full' | 'differential' | 'incremental' | 'logical' | 'base';
    schedule: Sourced<string>;
    dialect: CronDialect;
    /** Repo or ScheduledBackup name, for messages. */
    name?: string;
    suspended?: boolean;
    /** Additive (adapters): who rejects this schedule when it is invalid. */
    gates: ScheduleGates;
}
export interface Backups {
    /** Whether the cluster has any backup mechanism configured at all. */
    configured: Sourced<boolean>;
    schedules: BackupSchedule[];
    /**
     * Each retention the operator needs (PGO v5: one per repo; others: one), as written (PGO `repoN-retention-full`, CNPG
     * `retentionPolicy`, Zalando `logicalBackupRetention`); a setting whose value is undefined is missing.
     */
    retention: Retention[];
}
export interface Retention {
    setting: Sourced<string | undefined>;
    /** What it covers when there are several, e.g. "for repo2". */
    scope?: string;
    /** How to set it, in the operator's syntax. */
    fix: string;
}
export interface Credential {
    user: string;
    /** Additive (adapters): what the operator does with a blank password here (overrides `operator.blankPassword`). */
    blankBehaviour?: string;
    secretName: string;
    /** Key holding the password in that Secret (`password`, `POSTGRES_PASSWORD`, …). */
    passwordKey: string;
    /** Whether the operator regenerates a blanked password (PGO v5 only). */
    regeneratesBlank: boolean;
    /** Where the reference is declared (users entry, env var, or the cluster when implicit). */
    path: Pointer;
    /** Additive (adapters): the key may be absent (a Secret read whole through `envFrom`): only an empty value counts. */
    optional?: boolean;
    /**
     * Additive (adapters): the namespace of the Secret when the operator puts it in another namespace than the cluster's
     * (Zalando `enable_cross_namespace_secret` with a `<namespace>.<user>` user or `preparedDatabases.*.secretNamespace`).
     */
    secretNamespace?: string;
    /** Additive (adapters): which Secret the operator reads cannot be known from the input (a placeholder): not judged. */
    secretUnknown?: boolean;
}
/** An env setting that weakens authentication, e.g. ALLOW_EMPTY_PASSWORD=yes, POSTGRES_HOST_AUTH_METHOD=trust, POSTGRES_PASSWORD="". */
export interface AuthSetting {
    name: string;
    /** Additive (adapters): what this setting does in this image and the fix, in the image's terms. */
    effect: string;
    /** Non-secret values only (`yes`, `trust`); for password variables only `empty` is known. */
    value?: string;
    empty?: boolean;
    /** Additive (adapters): the variable is not set at all and the image then falls back to a well-known password. */
    unset?: boolean;
    path: Pointer;
    /** Additive (adapters): the object the setting is written in when not the cluster's (a ConfigMap read through envFrom). */
    objectIndex?: number;
    container: string;
}
/**
 * How one operator's manifests say things, for messages: written once per operator by its adapter (the operator's
 * profile), so rules never branch on the flavour.
 */
export interface OperatorSyntax {
    /** "CloudNativePG", "Crunchy PGO v5", … */
    name: string;
    /** How to write `count` Postgres instances, e.g. "`spec.instances: 3`". */
    instances(count: number): string;
    /** How to stop the cluster deliberately, so 0 instances is not read as a mistake. */
    shutdown: string;
    /** How to ask for spreading (hard: required anti-affinity / DoNotSchedule). */
    spread(hard: boolean): string;
    /** The key that holds a volume's storage class. */
    storageClassKey: string;
    /** What to write when Postgres data is on no persistent volume. */
    persistData: string;
    /** What the operator does with a blank password it finds in an existing Secret. */
    blankPassword: string;
    /** The fix for an empty or missing password key. */
    setPassword(key: string): string;
    /** How to schedule backups. */
    scheduleBackups: string;
}
export interface PostgresCluster {
    flavour: Flavour;
    /** Additive (adapters): this operator's syntax for messages and fixes. */
    operator: OperatorSyntax;
    objectIndex: number;
    resource: ResourceRef;
    labels: Record<string, string>;
    /** Labels the operator puts on this cluster's Postgres pods (used to decide whether a selector selects them). */
    podLabels: Record<string, string>;
    /** Deliberately shut down (PGO v5/v4 `shutdown`, CNPG hibernation, …). */
    shutdown: Sourced<boolean>;
    instanceSets: InstanceSet[];
    /** Σ instanceSets replicas; undefined when any is unknown. */
    totalInstances: Sourced<number | undefined>;
    /** Additive (adapters): the most instances the operator supports for this cluster (Zalando standby: 1), and why. */
    instanceCeiling?: {
        value: number;
        why: string;
    };
    volumes: Volume[];
    images: ImageUse[];
    /** Declared Postgres major (`postgresVersion`, `postgresql.version`, imageCatalogRef.major). */
    postgresVersion?: Sourced<number | undefined>;
    backups: Backups;
    credentials: Credential[];
    authSettings: AuthSetting[];
    /** Additive (adapters, change rules): what this operator does with a change to a running cluster. */
    change?: ChangeProfile;
}
/**
 * How one operator treats a change to a cluster that already runs (the change rules read it, never the flavour).
 * Written by the adapters (adapters/change.ts, one profile per operator, each fact with its source).
 */
export interface ChangeProfile {
    /** What deleting the cluster object does to its pods and volumes. */
    onDelete: string;
    /** What a changed storage class does to existing volumes; `error` where the operator or the apiserver refuses it. */
    storageClassChange: {
        severity: 'warning' | 'error';
        effect: string;
    };
    /** Who refuses a smaller volume request and what happens. */
    shrink: string;
    /** The operator's major-upgrade path: present in this change (`path`), or what is missing; downgrades. */
    majorUpgrade: MajorUpgradePath;
    /** Fields read only at creation or refused on update, each with its value (canonical JSON) and the effect. */
    creationOnly: CreationOnlyField[];
    /** Set when renaming an instance set replaces its pods and volumes (PGO v5): the effect. */
    instanceSetRename?: string;
}
export interface MajorUpgradePath {
    /** The upgrade path found in this change (e.g. "PGUpgrade prod/hippo-16 and the allow-upgrade annotation"), if any. */
    present?: string;
    /** What the operator does with a major change without its path, and what to add. */
    missing: string;
    /** With the path present: the steps the operator still needs. */
    stepsLeft: string;
    /** Who refuses a major downgrade and why. */
    downgrade: string;
}
export interface CreationOnlyField {
    /** The field as a person writes it, e.g. `spec.replicas`. */
    field: string;
    /** Canonical JSON of the value (undefined: not set); `unknown` when it holds a placeholder. */
    value: Sourced<string | undefined>;
    severity: 'warning' | 'error';
    /** What the operator does with a change, in its words, with the source. */
    effect: string;
}
export interface SecretKey {
    /** Present and empty (or missing when `missing`). The value itself is never kept. */
    empty: boolean;
    missing?: boolean;
    unknown?: boolean;
    path: Pointer;
}
export interface SecretInfo {
    objectIndex: number;
    resource: ResourceRef;
    type?: string;
    keys: Record<string, SecretKey>;
    /** On UPDATE: the keys of the previous version (webhook), so a reset is only a reset when a password existed. */
    previousKeys?: Record<string, SecretKey>;
}
/** A manifest of a known kind that is malformed: reported with the field named, never thrown. */
export interface ModelProblem {
    objectIndex: number;
    resource: ResourceRef;
    path: Pointer;
    message: string;
    /** Which rule reports it (e.g. `backup-schedule` for an orphan ScheduledBackup); default `invalid-manifest`. */
    ruleId?: string;
    severity?: 'error' | 'warning' | 'info';
}
export interface Model {
    clusters: PostgresCluster[];
    secrets: SecretInfo[];
    problems: ModelProblem[];
    /**
     * Additive (engine): fields of the operators' objects that their CRD does not define, or gives another type or
     * enum (field-check.ts). Read by unknown-field and invalid-manifest; absent = none found.
     */
    fieldViolations?: FieldViolationAt[];
}
