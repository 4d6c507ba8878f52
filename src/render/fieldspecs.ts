// kustomize's built-in field specs (kustomize api/internal/konfig/builtinpluginconsts/*.go, v5.5) as typed data:
// which fields of which kinds namePrefix/nameSuffix, namespace, commonLabels/labels, commonAnnotations, images,
// replicas, vars and name references update. The tables are built from small helpers because most kinds share
// the pod-template paths; the result lists the same (gvk, path, create) triples as kustomize's YAML tables.
// A spec's group/version/kind are selectors: an empty one matches anything (kustomize's Gvk.IsSelected).

export interface FieldSpec {
  group?: string;
  version?: string;
  kind?: string;
  /** Slash-separated; `\/` is a literal slash in a key, `[]` marks a list (see parseFieldPath). */
  path: string;
  /** Create the field when missing (otherwise only existing fields are updated). */
  create?: boolean;
}

export interface NameReference {
  /** The kind (and group/version) of the referenced object, e.g. ConfigMap. */
  group?: string;
  version?: string;
  kind: string;
  /** Where other objects refer to it by name. */
  fieldSpecs: FieldSpec[];
}

export type FieldSpecCategory =
  | 'namePrefix'
  | 'nameSuffix'
  | 'namespace'
  | 'commonLabels'
  | 'templateLabels'
  | 'commonAnnotations'
  | 'images'
  | 'replicas'
  | 'varReference';

export interface Gvk {
  group?: string;
  version?: string;
  kind?: string;
}

function specs(kinds: readonly Gvk[], paths: readonly string[], create?: boolean): FieldSpec[] {
  const out: FieldSpec[] = [];
  for (const k of kinds) {
    for (const path of paths) {
      const s: FieldSpec = { ...k, path };
      if (create !== undefined) s.create = create;
      out.push(s);
    }
  }
  return out;
}

const k = (kind: string, group?: string, version?: string): Gvk => {
  const g: Gvk = { kind };
  if (group !== undefined) g.group = group;
  if (version !== undefined) g.version = version;
  return g;
};

// ---- namePrefix / nameSuffix -------------------------------------------------------------------------------

const NAME_FIELD: FieldSpec[] = [{ path: 'metadata/name' }];

/**
 * Kinds whose name kustomize's prefix/suffix transformer never changes (checked with kubectl kustomize v5.5:
 * a Namespace, CustomResourceDefinition and APIService keep their names).
 */
export const NAME_CHANGE_SKIPPED_KINDS: readonly Gvk[] = [
  k('CustomResourceDefinition', 'apiextensions.k8s.io'),
  k('APIService', 'apiregistration.k8s.io'),
  k('Namespace', ''),
];

// ---- namespace ---------------------------------------------------------------------------------------------

/**
 * Besides `metadata/namespace` of every namespaced kind (see isClusterScoped) and the RoleBinding/
 * ClusterRoleBinding `subjects` special case, kustomize's namespace transformer sets these.
 */
const NAMESPACE: FieldSpec[] = [
  { kind: 'Namespace', path: 'metadata/name', create: true },
  { group: 'apiregistration.k8s.io', kind: 'APIService', path: 'spec/service/namespace', create: true },
  { group: 'apiextensions.k8s.io', kind: 'CustomResourceDefinition', path: 'spec/conversion/webhook/clientConfig/service/namespace' },
];

// ---- labels ------------------------------------------------------------------------------------------------

const AFFINITY_SELECTOR_PATHS = [
  'spec/template/spec/affinity/podAffinity/preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm/labelSelector/matchLabels',
  'spec/template/spec/affinity/podAffinity/requiredDuringSchedulingIgnoredDuringExecution/labelSelector/matchLabels',
  'spec/template/spec/affinity/podAntiAffinity/preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm/labelSelector/matchLabels',
  'spec/template/spec/affinity/podAntiAffinity/requiredDuringSchedulingIgnoredDuringExecution/labelSelector/matchLabels',
  'spec/template/spec/topologySpreadConstraints/labelSelector/matchLabels',
];

/** metadata labels of the object and of its pod/volume-claim templates (labels: includeTemplates, commonLabels). */
const METADATA_LABELS: FieldSpec[] = [
  { path: 'metadata/labels', create: true },
  { version: 'v1', kind: 'ReplicationController', path: 'spec/template/metadata/labels', create: true },
  { kind: 'Deployment', path: 'spec/template/metadata/labels', create: true },
  { kind: 'ReplicaSet', path: 'spec/template/metadata/labels', create: true },
  { kind: 'DaemonSet', path: 'spec/template/metadata/labels', create: true },
  { group: 'apps', kind: 'StatefulSet', path: 'spec/template/metadata/labels', create: true },
  { group: 'apps', kind: 'StatefulSet', path: 'spec/volumeClaimTemplates[]/metadata/labels', create: true },
  { group: 'batch', kind: 'Job', path: 'spec/template/metadata/labels', create: true },
  { group: 'batch', kind: 'CronJob', path: 'spec/jobTemplate/metadata/labels', create: true },
  { group: 'batch', kind: 'CronJob', path: 'spec/jobTemplate/spec/template/metadata/labels', create: true },
];

/** Selectors commonLabels (and labels: includeSelectors) also update; then METADATA_LABELS. */
const COMMON_LABELS: FieldSpec[] = [
  { version: 'v1', kind: 'Service', path: 'spec/selector', create: true },
  { version: 'v1', kind: 'ReplicationController', path: 'spec/selector', create: true },
  { kind: 'Deployment', path: 'spec/selector/matchLabels', create: true },
  ...specs([k('Deployment', 'apps')], AFFINITY_SELECTOR_PATHS, false),
  { kind: 'ReplicaSet', path: 'spec/selector/matchLabels', create: true },
  { kind: 'DaemonSet', path: 'spec/selector/matchLabels', create: true },
  { group: 'apps', kind: 'StatefulSet', path: 'spec/selector/matchLabels', create: true },
  { group: 'apps', kind: 'StatefulSet', path: 'spec/volumeClaimTemplates[]/metadata/labels', create: true },
  ...specs([k('StatefulSet', 'apps')], AFFINITY_SELECTOR_PATHS, false),
  { group: 'batch', kind: 'Job', path: 'spec/selector/matchLabels', create: false },
  { group: 'batch', kind: 'CronJob', path: 'spec/jobTemplate/spec/selector/matchLabels', create: false },
  { group: 'policy', kind: 'PodDisruptionBudget', path: 'spec/selector/matchLabels', create: false },
  { group: 'networking.k8s.io', kind: 'NetworkPolicy', path: 'spec/podSelector/matchLabels', create: false },
  { group: 'networking.k8s.io', kind: 'NetworkPolicy', path: 'spec/ingress/from/podSelector/matchLabels', create: false },
  { group: 'networking.k8s.io', kind: 'NetworkPolicy', path: 'spec/egress/to/podSelector/matchLabels', create: false },
  ...METADATA_LABELS,
];

// ---- annotations -------------------------------------------------------------------------------------------

const COMMON_ANNOTATIONS: FieldSpec[] = [
  { path: 'metadata/annotations', create: true },
  { version: 'v1', kind: 'ReplicationController', path: 'spec/template/metadata/annotations', create: true },
  { kind: 'Deployment', path: 'spec/template/metadata/annotations', create: true },
  { kind: 'ReplicaSet', path: 'spec/template/metadata/annotations', create: true },
  { kind: 'DaemonSet', path: 'spec/template/metadata/annotations', create: true },
  { kind: 'StatefulSet', path: 'spec/template/metadata/annotations', create: true },
  { group: 'batch', kind: 'Job', path: 'spec/template/metadata/annotations', create: true },
  { group: 'batch', kind: 'CronJob', path: 'spec/jobTemplate/metadata/annotations', create: true },
  { group: 'batch', kind: 'CronJob', path: 'spec/jobTemplate/spec/template/metadata/annotations', create: true },
];

// ---- images / replicas -------------------------------------------------------------------------------------

/** Any kind: kustomize's images transformer matches these paths on every object (also CRs with a pod template). */
const IMAGES: FieldSpec[] = specs(
  [{}],
  [
    'spec/containers[]/image',
    'spec/initContainers[]/image',
    'spec/volumes[]/image/reference',
    'spec/template/spec/containers[]/image',
    'spec/template/spec/initContainers[]/image',
    'spec/template/spec/volumes[]/image/reference',
  ],
  true,
);

const REPLICAS: FieldSpec[] = specs(
  [k('Deployment'), k('ReplicationController'), k('ReplicaSet'), k('StatefulSet')],
  ['spec/replicas'],
  true,
);

// ---- vars --------------------------------------------------------------------------------------------------

const CONTAINER_VAR_PATHS = (podSpec: string): string[] =>
  ['containers', 'initContainers'].flatMap((c) =>
    ['args', 'command', 'env/value', 'volumeMounts/mountPath'].map((leaf) => `${podSpec}/${c}/${leaf}`),
  );

const VAR_REFERENCE: FieldSpec[] = [
  ...specs([k('CronJob')], CONTAINER_VAR_PATHS('spec/jobTemplate/spec/template/spec')),
  ...specs([k('DaemonSet'), k('Deployment')], CONTAINER_VAR_PATHS('spec/template/spec')),
  ...specs([k('Ingress')], ['spec/rules/host', 'spec/tls/hosts', 'spec/tls/secretName']),
  ...specs([k('Job')], CONTAINER_VAR_PATHS('spec/template/spec')),
  ...specs([k('Pod')], CONTAINER_VAR_PATHS('spec')),
  ...specs([k('ReplicaSet')], CONTAINER_VAR_PATHS('spec/template/spec')),
  ...specs([k('Service')], ['spec/ports/port', 'spec/ports/targetPort']),
  ...specs([k('StatefulSet')], CONTAINER_VAR_PATHS('spec/template/spec')),
  { kind: 'Deployment', path: 'spec/template/metadata/annotations' },
  // NFS servers (api/internal/konfig/builtinpluginconsts/varreference.go, v5.5.0).
  ...specs([k('DaemonSet'), k('Deployment'), k('Job'), k('ReplicaSet')], ['spec/template/spec/volumes/nfs/server']),
  ...specs([k('CronJob')], ['spec/jobTemplate/spec/template/volumes/nfs/server']),
  ...specs([k('Pod')], ['spec/volumes/nfs/server']),
  ...specs([k('StatefulSet')], ['spec/volumeClaimTemplates/spec/nfs/server']),
  ...specs([k('PersistentVolume')], ['spec/nfs/server']),
  { path: 'metadata/labels' },
  { path: 'metadata/annotations' },
];

// ---- name references ---------------------------------------------------------------------------------------

/** Pod-spec prefixes per workload kind, as the name-reference tables use them. */
const POD_SPEC_OWNERS: readonly { kind: Gvk; podSpec: string }[] = [
  { kind: k('Pod', undefined, 'v1'), podSpec: 'spec' },
  { kind: k('PodTemplate'), podSpec: 'template/spec' },
  { kind: k('Deployment'), podSpec: 'spec/template/spec' },
  { kind: k('ReplicaSet'), podSpec: 'spec/template/spec' },
  { kind: k('DaemonSet'), podSpec: 'spec/template/spec' },
  { kind: k('StatefulSet'), podSpec: 'spec/template/spec' },
  { kind: k('Job'), podSpec: 'spec/template/spec' },
  { kind: k('CronJob'), podSpec: 'spec/jobTemplate/spec/template/spec' },
];

function podSpecRefs(leafs: readonly string[], owners = POD_SPEC_OWNERS): FieldSpec[] {
  return owners.flatMap(({ kind, podSpec }) => specs([kind], leafs.map((l) => `${podSpec}/${l}`)));
}

const CONFIGMAP_LEAFS = [
  'volumes/configMap/name',
  'containers/env/valueFrom/configMapKeyRef/name',
  'initContainers/env/valueFrom/configMapKeyRef/name',
  'containers/envFrom/configMapRef/name',
  'initContainers/envFrom/configMapRef/name',
  'volumes/projected/sources/configMap/name',
];

const SECRET_LEAFS = [
  'volumes/secret/secretName',
  'containers/env/valueFrom/secretKeyRef/name',
  'initContainers/env/valueFrom/secretKeyRef/name',
  'containers/envFrom/secretRef/name',
  'initContainers/envFrom/secretRef/name',
  'imagePullSecrets/name',
  'volumes/projected/sources/secret/name',
];

/** Workloads whose serviceAccountName / claimName / priorityClassName kustomize follows (no PodTemplate, ReplicaSet). */
const WORKLOAD_OWNERS: readonly { kind: Gvk; podSpec: string }[] = [
  { kind: k('Pod'), podSpec: 'spec' },
  { kind: k('StatefulSet'), podSpec: 'spec/template/spec' },
  { kind: k('Deployment'), podSpec: 'spec/template/spec' },
  { kind: k('ReplicationController'), podSpec: 'spec/template/spec' },
  { kind: k('CronJob'), podSpec: 'spec/jobTemplate/spec/template/spec' },
  { kind: k('Job'), podSpec: 'spec/template/spec' },
  { kind: k('DaemonSet'), podSpec: 'spec/template/spec' },
];

const RBAC = 'rbac.authorization.k8s.io';

export const NAME_REFERENCES: readonly NameReference[] = [
  ...['Deployment', 'ReplicationController', 'ReplicaSet', 'StatefulSet'].map(
    (kind): NameReference => ({ kind, fieldSpecs: [{ kind: 'HorizontalPodAutoscaler', path: 'spec/scaleTargetRef/name' }] }),
  ),
  {
    kind: 'ConfigMap',
    version: 'v1',
    fieldSpecs: [
      ...podSpecRefs(CONFIGMAP_LEAFS),
      { kind: 'Node', path: 'spec/configSource/configMap' },
      { kind: 'Role', path: 'rules/resourceNames' },
      { kind: 'ClusterRole', path: 'rules/resourceNames' },
      { kind: 'Ingress', path: 'metadata/annotations/nginx.ingress.kubernetes.io\\/fastcgi-params-configmap' },
    ],
  },
  {
    kind: 'Secret',
    version: 'v1',
    fieldSpecs: [
      ...podSpecRefs(SECRET_LEAFS),
      { kind: 'Ingress', path: 'spec/tls/secretName' },
      { kind: 'Ingress', path: 'metadata/annotations/ingress.kubernetes.io\\/auth-secret' },
      { kind: 'Ingress', path: 'metadata/annotations/nginx.ingress.kubernetes.io\\/auth-secret' },
      { kind: 'Ingress', path: 'metadata/annotations/nginx.ingress.kubernetes.io\\/auth-tls-secret' },
      { kind: 'ServiceAccount', path: 'imagePullSecrets/name' },
      ...specs([k('StorageClass')], ['parameters/secretName', 'parameters/adminSecretName', 'parameters/userSecretName', 'parameters/secretRef']),
      { kind: 'Role', path: 'rules/resourceNames' },
      { kind: 'ClusterRole', path: 'rules/resourceNames' },
      { group: 'serving.knative.dev', version: 'v1', kind: 'Service', path: 'spec/template/spec/containers/env/valueFrom/secretKeyRef/name' },
      { kind: 'PersistentVolume', path: 'spec/azureFile/secretName' },
    ],
  },
  {
    kind: 'Service',
    version: 'v1',
    fieldSpecs: [
      { group: 'apps', kind: 'StatefulSet', path: 'spec/serviceName' },
      { kind: 'Ingress', path: 'spec/rules/http/paths/backend/serviceName' },
      { kind: 'Ingress', path: 'spec/backend/serviceName' },
      { kind: 'Ingress', path: 'spec/rules/http/paths/backend/service/name' },
      { kind: 'Ingress', path: 'spec/defaultBackend/service/name' },
      { group: 'apiregistration.k8s.io', kind: 'APIService', path: 'spec/service/name' },
      // A {name, namespace} map: the renderer updates name (and namespace) inside it.
      { group: 'admissionregistration.k8s.io', kind: 'ValidatingWebhookConfiguration', path: 'webhooks/clientConfig/service' },
      { group: 'admissionregistration.k8s.io', kind: 'MutatingWebhookConfiguration', path: 'webhooks/clientConfig/service' },
      { kind: 'HTTPRoute', path: 'spec/rules/backendRefs/name' },
    ],
  },
  { kind: 'Role', group: RBAC, fieldSpecs: [{ group: RBAC, kind: 'RoleBinding', path: 'roleRef/name' }] },
  {
    kind: 'ClusterRole',
    group: RBAC,
    fieldSpecs: [
      { group: RBAC, kind: 'RoleBinding', path: 'roleRef/name' },
      { group: RBAC, kind: 'ClusterRoleBinding', path: 'roleRef/name' },
    ],
  },
  {
    kind: 'ServiceAccount',
    version: 'v1',
    fieldSpecs: [
      // A list of {kind, name, namespace}: only ServiceAccount subjects are renamed.
      { group: RBAC, kind: 'RoleBinding', path: 'subjects' },
      { group: RBAC, kind: 'ClusterRoleBinding', path: 'subjects' },
      ...WORKLOAD_OWNERS.flatMap(({ kind, podSpec }) => specs([kind], [`${podSpec}/serviceAccountName`])),
    ],
  },
  {
    kind: 'PersistentVolumeClaim',
    version: 'v1',
    fieldSpecs: WORKLOAD_OWNERS.flatMap(({ kind, podSpec }) => specs([kind], [`${podSpec}/volumes/persistentVolumeClaim/claimName`])),
  },
  {
    kind: 'PersistentVolume',
    version: 'v1',
    fieldSpecs: [
      { kind: 'PersistentVolumeClaim', path: 'spec/volumeName' },
      { kind: 'ClusterRole', path: 'rules/resourceNames' },
    ],
  },
  {
    kind: 'StorageClass',
    version: 'v1',
    group: 'storage.k8s.io',
    fieldSpecs: [
      { kind: 'PersistentVolume', path: 'spec/storageClassName' },
      { kind: 'PersistentVolumeClaim', path: 'spec/storageClassName' },
      { kind: 'StatefulSet', path: 'spec/volumeClaimTemplates/spec/storageClassName' },
    ],
  },
  {
    kind: 'PriorityClass',
    version: 'v1',
    group: 'scheduling.k8s.io',
    fieldSpecs: WORKLOAD_OWNERS.flatMap(({ kind, podSpec }) => specs([kind], [`${podSpec}/priorityClassName`])),
  },
  // kustomize's table says group "networking.k8s.io/v1" here (sic), so an IngressClass in group
  // networking.k8s.io never matches it; kept as kustomize has it so renames behave the same.
  { kind: 'IngressClass', version: 'v1', group: 'networking.k8s.io/v1', fieldSpecs: [{ kind: 'Ingress', path: 'spec/ingressClassName' }] },
  {
    kind: 'ValidatingAdmissionPolicy',
    group: 'admissionregistration.k8s.io',
    fieldSpecs: [{ kind: 'ValidatingAdmissionPolicyBinding', group: 'admissionregistration.k8s.io', path: 'spec/policyName' }],
  },
];

export const BUILTIN_FIELD_SPECS: Readonly<Record<FieldSpecCategory, readonly FieldSpec[]>> = {
  namePrefix: NAME_FIELD,
  nameSuffix: NAME_FIELD,
  namespace: NAMESPACE,
  commonLabels: COMMON_LABELS,
  templateLabels: METADATA_LABELS,
  commonAnnotations: COMMON_ANNOTATIONS,
  images: IMAGES,
  replicas: REPLICAS,
  varReference: VAR_REFERENCE,
};

// ---- lookup ------------------------------------------------------------------------------------------------

/** Splits `group/version` of an apiVersion ("v1" → group ""). */
export function parseApiVersion(apiVersion: string): { group: string; version: string } {
  const i = apiVersion.lastIndexOf('/');
  return i < 0 ? { group: '', version: apiVersion } : { group: apiVersion.slice(0, i), version: apiVersion.slice(i + 1) };
}

/** kustomize's Gvk.IsSelected: every non-empty selector field must equal the object's. */
export function gvkMatches(selector: Gvk, kind: string, group: string, version: string): boolean {
  if (selector.group && selector.group !== group) return false;
  if (selector.version && selector.version !== version) return false;
  if (selector.kind && selector.kind !== kind) return false;
  return true;
}

const cache = new Map<string, Readonly<Record<FieldSpecCategory, readonly FieldSpec[]>>>();

/** The built-in field specs, per transformer, that apply to an object of this kind/group/version. */
export function fieldSpecsFor(kind: string, group: string, version: string): Readonly<Record<FieldSpecCategory, readonly FieldSpec[]>> {
  const key = `${group}\u0000${version}\u0000${kind}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const result = {} as Record<FieldSpecCategory, readonly FieldSpec[]>;
  for (const [category, list] of Object.entries(BUILTIN_FIELD_SPECS) as [FieldSpecCategory, readonly FieldSpec[]][]) {
    result[category] = list.filter((s) => gvkMatches(s, kind, group, version));
  }
  cache.set(key, result);
  return result;
}

/**
 * Name references an object of this kind/group/version (the referrer) holds: for each referenced kind, the
 * referrer's fields that name it. E.g. a Deployment → [ConfigMap: [spec/template/spec/volumes/configMap/name, …], …].
 */
export function nameReferencesFrom(kind: string, group: string, version: string): { referenced: Gvk; fieldSpecs: FieldSpec[] }[] {
  const out: { referenced: Gvk; fieldSpecs: FieldSpec[] }[] = [];
  for (const ref of NAME_REFERENCES) {
    const matching = ref.fieldSpecs.filter((s) => gvkMatches(s, kind, group, version));
    if (matching.length === 0) continue;
    const referenced: Gvk = { kind: ref.kind };
    if (ref.group !== undefined) referenced.group = ref.group;
    if (ref.version !== undefined) referenced.version = ref.version;
    out.push({ referenced, fieldSpecs: matching });
  }
  return out;
}

/** Name references that can point at an object of this kind/group/version (the referenced side). */
export function nameReferencesTo(kind: string, group: string, version: string): NameReference[] {
  return NAME_REFERENCES.filter((ref) => gvkMatches(ref, kind, group, version));
}

export interface FieldPathSegment {
  key: string;
  /** Written `key[]`: the value is a list whose every item continues the path. kustomize also walks into
   * lists met without `[]`, so callers should treat any list along the path the same way. */
  list: boolean;
}

/** Splits a field-spec path on unescaped `/` (`\/` is a slash inside a key, e.g. annotation names). */
export function parseFieldPath(path: string): FieldPathSegment[] {
  const out: FieldPathSegment[] = [];
  let cur = '';
  for (let i = 0; i < path.length; i++) {
    const ch = path[i]!;
    if (ch === '\\' && path[i + 1] === '/') {
      cur += '/';
      i++;
    } else if (ch === '/') {
      out.push(segment(cur));
      cur = '';
    } else {
      cur += ch;
    }
  }
  out.push(segment(cur));
  return out;
}

function segment(raw: string): FieldPathSegment {
  return raw.endsWith('[]') ? { key: raw.slice(0, -2), list: true } : { key: raw, list: false };
}

// ---- scope -------------------------------------------------------------------------------------------------

/**
 * Kinds kustomize knows as cluster-scoped (kyaml openapi precomputedIsNamespaceScoped = false). Everything else,
 * including every custom resource and newer built-ins missing from that table, is treated as namespaced: the
 * namespace transformer sets their metadata.namespace.
 */
const CLUSTER_SCOPED: ReadonlySet<string> = new Set(
  [
    ['admissionregistration.k8s.io/v1', 'MutatingWebhookConfiguration'],
    ['admissionregistration.k8s.io/v1', 'ValidatingWebhookConfiguration'],
    ['admissionregistration.k8s.io/v1beta1', 'MutatingWebhookConfiguration'],
    ['admissionregistration.k8s.io/v1beta1', 'ValidatingWebhookConfiguration'],
    ['apiextensions.k8s.io/v1', 'CustomResourceDefinition'],
    ['apiextensions.k8s.io/v1beta1', 'CustomResourceDefinition'],
    ['apiregistration.k8s.io/v1', 'APIService'],
    ['apiregistration.k8s.io/v1beta1', 'APIService'],
    ['certificates.k8s.io/v1', 'CertificateSigningRequest'],
    ['certificates.k8s.io/v1beta1', 'CertificateSigningRequest'],
    ['flowcontrol.apiserver.k8s.io/v1beta1', 'FlowSchema'],
    ['flowcontrol.apiserver.k8s.io/v1beta1', 'PriorityLevelConfiguration'],
    ['networking.k8s.io/v1', 'IngressClass'],
    ['networking.k8s.io/v1beta1', 'IngressClass'],
    ['node.k8s.io/v1', 'RuntimeClass'],
    ['node.k8s.io/v1beta1', 'RuntimeClass'],
    ['policy/v1beta1', 'PodSecurityPolicy'],
    ['rbac.authorization.k8s.io/v1', 'ClusterRole'],
    ['rbac.authorization.k8s.io/v1', 'ClusterRoleBinding'],
    ['rbac.authorization.k8s.io/v1beta1', 'ClusterRole'],
    ['rbac.authorization.k8s.io/v1beta1', 'ClusterRoleBinding'],
    ['scheduling.k8s.io/v1', 'PriorityClass'],
    ['scheduling.k8s.io/v1beta1', 'PriorityClass'],
    ['storage.k8s.io/v1', 'CSIDriver'],
    ['storage.k8s.io/v1', 'CSINode'],
    ['storage.k8s.io/v1', 'StorageClass'],
    ['storage.k8s.io/v1', 'VolumeAttachment'],
    ['storage.k8s.io/v1beta1', 'CSIDriver'],
    ['storage.k8s.io/v1beta1', 'CSINode'],
    ['storage.k8s.io/v1beta1', 'StorageClass'],
    ['storage.k8s.io/v1beta1', 'VolumeAttachment'],
    ['v1', 'ComponentStatus'],
    ['v1', 'Namespace'],
    ['v1', 'Node'],
    ['v1', 'NodeProxyOptions'],
    ['v1', 'PersistentVolume'],
  ].map(([apiVersion, kind]) => `${apiVersion} ${kind}`),
);

/** Whether kustomize treats this apiVersion/kind as cluster-scoped (no namespace set, matched across namespaces). */
export function isClusterScoped(apiVersion: string, kind: string): boolean {
  return CLUSTER_SCOPED.has(`${apiVersion} ${kind}`);
}

// ---- transformer configs (`configurations:`, `crds:`) ------------------------------------------------------

/**
 * kustomize's TransformerConfig (api/internal/plugins/builtinconfig/transformerconfig.go, v5.5.0): the field specs
 * each built-in transformer uses. Every kustomization's accumulator holds one — the defaults merged with its own
 * `configurations:` and `crds:` and with those of everything it includes (accumulator MergeConfig /
 * MergeAccumulator) — so a base's custom config also applies to its overlays' transformers and name references.
 */
export interface TransformerConfig {
  namePrefix: readonly FieldSpec[];
  nameSuffix: readonly FieldSpec[];
  namespace: readonly FieldSpec[];
  commonLabels: readonly FieldSpec[];
  /** kustomize's `labels` category: merged into every `labels:` entry's field specs. */
  labels: readonly FieldSpec[];
  templateLabels: readonly FieldSpec[];
  commonAnnotations: readonly FieldSpec[];
  images: readonly FieldSpec[];
  replicas: readonly FieldSpec[];
  varReference: readonly FieldSpec[];
  nameReference: readonly NameReference[];
}

const SPEC_CATEGORIES = [
  'namePrefix',
  'nameSuffix',
  'namespace',
  'commonLabels',
  'labels',
  'templateLabels',
  'commonAnnotations',
  'images',
  'replicas',
  'varReference',
] as const;
type SpecCategory = (typeof SPEC_CATEGORIES)[number];

export const DEFAULT_TRANSFORMER_CONFIG: TransformerConfig = { ...BUILTIN_FIELD_SPECS, labels: [], nameReference: NAME_REFERENCES };

/** An accumulator's config before anything is merged into it (accumulator.MakeEmptyAccumulator). */
export const EMPTY_TRANSFORMER_CONFIG: TransformerConfig = {
  namePrefix: [],
  nameSuffix: [],
  namespace: [],
  commonLabels: [],
  labels: [],
  templateLabels: [],
  commonAnnotations: [],
  images: [],
  replicas: [],
  varReference: [],
  nameReference: [],
};

// kustomize's legacy kind order (kyaml resid gvk.go typeOrders): these kinds first, webhooks last.
export const ORDER_FIRST = [
  'Namespace',
  'ResourceQuota',
  'StorageClass',
  'CustomResourceDefinition',
  'ServiceAccount',
  'PodSecurityPolicy',
  'Role',
  'ClusterRole',
  'RoleBinding',
  'ClusterRoleBinding',
  'ConfigMap',
  'Secret',
  'Endpoints',
  'Service',
  'LimitRange',
  'PriorityClass',
  'PersistentVolume',
  'PersistentVolumeClaim',
  'Deployment',
  'StatefulSet',
  'CronJob',
  'PodDisruptionBudget',
];
export const ORDER_LAST = ['MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration'];
const KIND_ORDER = new Map<string, number>([
  ...ORDER_FIRST.map((k, i): [string, number] => [k, i - ORDER_FIRST.length]),
  ...ORDER_LAST.map((k, i): [string, number] => [k, i + 1]),
]);

/** Gvk.IsLessThan: kind order, then `group_version_kind` with `~G`/`~V`/`~K` for an empty part. */
function gvkCompare(a: Gvk, b: Gvk): number {
  const oa = KIND_ORDER.get(a.kind ?? '') ?? 0;
  const ob = KIND_ORDER.get(b.kind ?? '') ?? 0;
  if (oa !== ob) return oa - ob;
  const key = (g: Gvk) => `${g.group || '~G'}_${g.version || '~V'}_${g.kind || '~K'}`;
  const ka = key(a);
  const kb = key(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** A field spec list or config a kustomization cannot use (kustomize fails the build the same way). */
export class TransformerConfigError extends Error {}

const sameGvk = (a: Gvk, b: Gvk) => (a.group ?? '') === (b.group ?? '') && (a.version ?? '') === (b.version ?? '') && (a.kind ?? '') === (b.kind ?? '');

/**
 * types.FsSlice.MergeAll: append what is new. A spec already there is one with the same path whose gvk the new
 * one's selects (FieldSpec.effectivelyEquals): so a kind-specific spec met first absorbs a later generic one — which
 * kubectl kustomize v5.5 shows: a `configurations:` namePrefix spec for one kind leaves other kinds unprefixed.
 * The same spec with another `create` is a conflict.
 */
export function mergeFieldSpecs(base: readonly FieldSpec[], more: readonly FieldSpec[]): readonly FieldSpec[] {
  if (base === more || more.length === 0) return base;
  let out: FieldSpec[] | undefined;
  for (const fs of more) {
    const list = out ?? base;
    const same = list.find((x) => x.path === fs.path && gvkMatches(fs, x.kind ?? '', x.group ?? '', x.version ?? ''));
    if (same) {
      if (Boolean(same.create) !== Boolean(fs.create)) {
        throw new TransformerConfigError(`conflicting fieldspecs: ${describeSpec(same)} and ${describeSpec(fs)}`);
      }
      continue;
    }
    out ??= [...base];
    out.push(fs);
    if (out.length > MAX_MERGED_FIELD_SPECS) {
      throw new TransformerConfigError(`more than ${MAX_MERGED_FIELD_SPECS} field specs of one kind once merged: more than pgwarden merges`);
    }
  }
  return out ?? base;
}

function describeSpec(fs: FieldSpec): string {
  const gvk = [fs.group, fs.version, fs.kind].filter(Boolean).join('/') || 'any kind';
  return `${gvk} ${fs.path} (create: ${Boolean(fs.create)})`;
}

/** nbrSlice.mergeAll: a referenced kind already listed gets the new referrer field specs, others are appended. */
function mergeNameReferences(base: readonly NameReference[], more: readonly NameReference[]): readonly NameReference[] {
  if (more.length === 0) return base;
  const out = [...base];
  for (const ref of more) {
    const i = out.findIndex((x) => sameGvk(x, ref));
    if (i < 0) out.push(ref);
    else out[i] = { ...out[i]!, fieldSpecs: [...mergeFieldSpecs(out[i]!.fieldSpecs, ref.fieldSpecs)] };
  }
  return out;
}

/**
 * TransformerConfig.Merge, `a` first. Every config but the empty one was merged with the defaults at some point,
 * and merging never removes a spec, so merging the defaults again is a no-op.
 */
export function mergeTransformerConfig(a: TransformerConfig, b: TransformerConfig): TransformerConfig {
  if (b === DEFAULT_TRANSFORMER_CONFIG && a !== EMPTY_TRANSFORMER_CONFIG) return a;
  return mergeConfigs(a, b);
}

function mergeConfigs(a: TransformerConfig, b: TransformerConfig): TransformerConfig {
  if (a === b || b === EMPTY_TRANSFORMER_CONFIG) return a;
  if (a === EMPTY_TRANSFORMER_CONFIG) return b;
  const out = { nameReference: mergeNameReferences(a.nameReference, b.nameReference) } as Record<SpecCategory, readonly FieldSpec[]> & {
    nameReference: readonly NameReference[];
  };
  for (const c of SPEC_CATEGORIES) out[c] = mergeFieldSpecs(a[c], b[c]);
  return out;
}

/** One field spec as kustomize decodes it (types.FieldSpec: gvk inline, path, create). */
export function readFieldSpec(raw: unknown, where: string): FieldSpec {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new TransformerConfigError(`${where}: a field spec must be a mapping`);
  const o = raw as Record<string, unknown>;
  if (typeof o.path !== 'string') throw new TransformerConfigError(`${where}: a field spec needs a string \`path\``);
  const fs: FieldSpec = { path: o.path };
  for (const key of ['group', 'version', 'kind'] as const) {
    if (o[key] === undefined || o[key] === null) continue;
    if (typeof o[key] !== 'string') throw new TransformerConfigError(`${where}: \`${key}\` must be a string`);
    if (o[key]) fs[key] = o[key];
  }
  if (o.create === true) fs.create = true;
  return fs;
}

/**
 * Merging field specs is quadratic (each is compared with those already there, as kustomize does); a real config
 * lists tens. A list longer than this is refused rather than allowed to cost minutes.
 */
export const MAX_FIELD_SPECS = 2_000;
/** The same bound on a merged list (the defaults, every `configurations:` and `crds:` file of an app). */
const MAX_MERGED_FIELD_SPECS = 5_000;

export function readFieldSpecs(raw: unknown, where: string): FieldSpec[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) throw new TransformerConfigError(`${where}: field specs must be a list`);
  if (raw.length > MAX_FIELD_SPECS) {
    throw new TransformerConfigError(`${where}: ${raw.length} field specs, more than pgwarden reads in one list (${MAX_FIELD_SPECS})`);
  }
  return raw.map((x, i) => readFieldSpec(x, `${where}[${i}]`));
}

/** A `configurations:` file (makeTransformerConfigFromBytes: strict, so an unknown key is an error). */
export function readTransformerConfig(raw: unknown, where: string): TransformerConfig {
  if (raw === undefined || raw === null) return EMPTY_TRANSFORMER_CONFIG;
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new TransformerConfigError(`${where}: a transformer configuration must be a mapping`);
  const o = raw as Record<string, unknown>;
  const parsed = { nameReference: [] as NameReference[] } as unknown as Record<SpecCategory, readonly FieldSpec[]> & { nameReference: NameReference[] };
  for (const c of SPEC_CATEGORIES) parsed[c] = [];
  for (const [key, value] of Object.entries(o)) {
    if (key === 'nameReference') {
      if (value === null) continue;
      if (!Array.isArray(value)) throw new TransformerConfigError(`${where}: nameReference must be a list`);
      if (value.length > MAX_FIELD_SPECS) {
        throw new TransformerConfigError(`${where}: ${value.length} nameReference entries, more than pgwarden reads in one list (${MAX_FIELD_SPECS})`);
      }
      for (const [i, item] of value.entries()) {
        if (!item || typeof item !== 'object' || Array.isArray(item)) throw new TransformerConfigError(`${where}: nameReference[${i}] must be a mapping`);
        const r = item as Record<string, unknown>;
        const ref: NameReference = { kind: typeof r.kind === 'string' ? r.kind : '', fieldSpecs: readFieldSpecs(r.fieldSpecs, `${where}: nameReference[${i}].fieldSpecs`) };
        if (typeof r.group === 'string' && r.group) ref.group = r.group;
        if (typeof r.version === 'string' && r.version) ref.version = r.version;
        parsed.nameReference = [...mergeNameReferences(parsed.nameReference, [ref])];
      }
    } else if ((SPEC_CATEGORIES as readonly string[]).includes(key)) {
      // makeTransformerConfigFromBytes sorts each list (sortFields), then merging drops what an earlier spec covers.
      parsed[key as SpecCategory] = mergeFieldSpecs([], readFieldSpecs(value, `${where}: ${key}`).sort(gvkCompare));
    } else {
      throw new TransformerConfigError(`${where}: error unmarshaling JSON: json: unknown field "${key}"`);
    }
  }
  return parsed;
}

/**
 * The config of a kustomization's `configurations:` files (loadDefaultConfig: each merged in turn) with the
 * defaults (MakeTransformerConfig). Measured with kubectl kustomize v5.5: the custom specs come first, so they
 * absorb the default ones they select (a custom namePrefix spec for one kind, with no base directory before it,
 * leaves every other kind unprefixed).
 */
export function customTransformerConfig(files: readonly TransformerConfig[]): TransformerConfig {
  let custom = EMPTY_TRANSFORMER_CONFIG;
  for (const f of files) custom = mergeConfigs(custom, f);
  return mergeConfigs(custom, DEFAULT_TRANSFORMER_CONFIG);
}

const configCaches = new WeakMap<TransformerConfig, Map<string, Record<SpecCategory, readonly FieldSpec[]>>>();

/** The field specs, per transformer, of `config` that apply to an object of this kind/group/version. */
export function specsIn(config: TransformerConfig, kind: string, group: string, version: string): Readonly<Record<SpecCategory, readonly FieldSpec[]>> {
  let cache = configCaches.get(config);
  if (!cache) {
    cache = new Map();
    configCaches.set(config, cache);
  }
  const key = `${group}\u0000${version}\u0000${kind}`;
  let hit = cache.get(key);
  if (!hit) {
    hit = {} as Record<SpecCategory, readonly FieldSpec[]>;
    for (const c of SPEC_CATEGORIES) hit[c] = config[c].filter((s) => gvkMatches(s, kind, group, version));
    cache.set(key, hit);
  }
  return hit;
}

// ---- `crds:` -------------------------------------------------------------------------------------------------

// OpenAPI extensions kustomize reads from a `crds:` file (api/internal/accumulator/loadconfigfromcrds.go, v5.5.0).
const X_ANNOTATION = 'x-kubernetes-annotation';
const X_LABEL_SELECTOR = 'x-kubernetes-label-selector';
const X_IDENTITY = 'x-kubernetes-identity';
const X_VERSION = 'x-kubernetes-object-ref-api-version';
const X_KIND = 'x-kubernetes-object-ref-kind';
const X_NAME_KEY = 'x-kubernetes-object-ref-name-key';
/** kustomize recurses through `$ref`s without a bound; a hostile file must not (in depth, nor in work). */
const MAX_CRD_DEPTH = 32;
const MAX_CRD_VISITS = 200_000;

type ApiMap = Record<string, unknown>;

const record = (v: unknown): Record<string, unknown> | undefined =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
const propertiesOf = (map: ApiMap, typeName: string) => record(record(record(map[typeName])?.Schema)?.properties);

/**
 * A `crds:` file: Go OpenAPI definitions keyed by type name. Each type that looks like a Kubernetes object (kind,
 * apiVersion and metadata properties) is walked through its `$ref`s: properties marked `x-kubernetes-annotation`,
 * `-label-selector` or `-identity` become commonAnnotations, commonLabels and namePrefix field specs, and an object
 * reference (`x-kubernetes-object-ref-api-version` + `-kind`, name key `name` unless `-name-key` says otherwise) a
 * name reference. The kind is the type name after its last dot (makeGvkFromTypeName).
 */
export function readCrdConfig(raw: unknown, where: string): TransformerConfig {
  const map = record(raw);
  if (!map) throw new TransformerConfigError(`${where}: unable to parse open API definition: not a mapping of type names`);
  let result = EMPTY_TRANSFORMER_CONFIG;
  const budget = { left: MAX_CRD_VISITS };
  for (const name of Object.keys(map)) {
    const props = propertiesOf(map, name);
    if (!props || !('kind' in props) || !('apiVersion' in props) || !('metadata' in props)) continue;
    const kind = name.split('.').at(-1) ?? name;
    const found = { ...EMPTY_TRANSFORMER_CONFIG } as { -readonly [K in keyof TransformerConfig]: TransformerConfig[K] };
    walkCrd(map, name, [], { kind }, found, 0, where, budget);
    result = mergeConfigs(result, found);
  }
  return result;
}

function walkCrd(
  map: ApiMap,
  typeName: string,
  at: string[],
  gvk: Gvk,
  out: { -readonly [K in keyof TransformerConfig]: TransformerConfig[K] },
  depth: number,
  where: string,
  budget: { left: number },
): void {
  if (depth > MAX_CRD_DEPTH) throw new TransformerConfigError(`${where}: \`$ref\`s nested deeper than ${MAX_CRD_DEPTH} levels at ${typeName}`);
  const props = propertiesOf(map, typeName);
  if (!props) return;
  const ext = (p: Record<string, unknown>, key: string) => (typeof p[key] === 'string' ? (p[key] as string) : undefined);
  for (const [propName, value] of Object.entries(props)) {
    if (--budget.left < 0) throw new TransformerConfigError(`${where}: too many properties to walk (over ${MAX_CRD_VISITS} through \`$ref\`s)`);
    const p = record(value);
    if (!p) continue;
    const spec = (...segments: string[]): FieldSpec => ({ ...gvk, path: [...at, ...segments].join('/') });
    if (ext(p, X_ANNOTATION) !== undefined) out.commonAnnotations = mergeFieldSpecs(out.commonAnnotations, [spec(propName)]);
    if (ext(p, X_LABEL_SELECTOR) !== undefined) out.commonLabels = mergeFieldSpecs(out.commonLabels, [spec(propName)]);
    if (ext(p, X_IDENTITY) !== undefined) out.namePrefix = mergeFieldSpecs(out.namePrefix, [spec(propName)]);
    const version = ext(p, X_VERSION);
    const kind = ext(p, X_KIND);
    if (version !== undefined && kind !== undefined) {
      out.nameReference = mergeNameReferences(out.nameReference, [
        { kind, ...(version ? { version } : {}), fieldSpecs: [spec(propName, ext(p, X_NAME_KEY) ?? 'name')] },
      ]);
    }
    const ref = p.$ref;
    if (typeof ref === 'string' && ref !== '') walkCrd(map, ref, [...at, propName], gvk, out, depth + 1, where, budget);
  }
}
