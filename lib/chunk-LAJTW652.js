// src/policies/placeholders.ts
var PLACEHOLDER = /\$\{\{\s*[A-Za-z_][A-Za-z0-9_]*\s*\}\}|\$\{[A-Za-z_][A-Za-z0-9_]*(?:(?::?[-=+?])[^}]*)?\}/;
function containsPlaceholder(text) {
  return PLACEHOLDER.test(text);
}
function isPlaceholder(value) {
  return typeof value === "string" && containsPlaceholder(value);
}
function containsPlaceholderDeep(value, depth = 0) {
  if (depth > 64) return false;
  if (typeof value === "string") return containsPlaceholder(value);
  if (Array.isArray(value)) return value.some((item) => containsPlaceholderDeep(item, depth + 1));
  if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (containsPlaceholder(key) || containsPlaceholderDeep(item, depth + 1)) return true;
    }
  }
  return false;
}

// src/policies/adapters/common.ts
function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function escapeToken(token) {
  if (typeof token === "number") return String(token);
  return token.includes("~") || token.includes("/") ? token.replace(/~/g, "~0").replace(/\//g, "~1") : token;
}
function pointer(base, ...tokens) {
  let result = base;
  for (const token of tokens) result += `/${escapeToken(token)}`;
  return result;
}
function dig(root, ...keys) {
  let current = root;
  for (const key of keys) {
    if (typeof key === "number") {
      if (!Array.isArray(current)) return void 0;
      current = current[key];
    } else {
      if (!isObject(current) || !Object.hasOwn(current, key)) return void 0;
      current = current[key];
    }
  }
  return current;
}
function nearestExisting(root, base, ...keys) {
  let current = root;
  let path = base;
  for (const key of keys) {
    const next = dig(current, key);
    if (next === void 0 || next === null) return path;
    current = next;
    path = pointer(path, key);
  }
  return path;
}
function describeType(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return "a string";
  return `a ${typeof value}`;
}
function fieldName(path) {
  return path.split("/").slice(1).map((token) => token.replace(/~1/g, "/").replace(/~0/g, "~")).reduce((name, token) => /^\d+$/.test(token) ? `${name}[${token}]` : name === "" ? token : `${name}.${token}`, "");
}
var ObjectReader = class {
  constructor(objectIndex, object, resource, problems) {
    this.objectIndex = objectIndex;
    this.object = object;
    this.resource = resource;
    this.problems = problems;
  }
  objectIndex;
  object;
  resource;
  problems;
  problem(path, message, extra = {}) {
    this.problems.push({ objectIndex: this.objectIndex, resource: this.resource, path, message, ...extra });
  }
  /** Reports `field must be X, got Y`. */
  wrongType(path, expected, value) {
    this.problem(path, `${fieldName(path)} must be ${expected}, got ${describeType(value)}; the operator rejects or misreads it.`);
  }
  /** Object at `path` under the root, or undefined (reporting a problem when present with the wrong type). */
  objectAt(...keys) {
    const value = dig(this.object, ...keys);
    if (value === void 0 || value === null) return void 0;
    if (!isObject(value)) {
      this.wrongType(pointer("", ...keys), "an object", value);
      return void 0;
    }
    return value;
  }
  /** List at `keys`, or undefined (problem when present with the wrong type). */
  listAt(...keys) {
    const value = dig(this.object, ...keys);
    if (value === void 0 || value === null) return void 0;
    if (!Array.isArray(value)) {
      this.wrongType(pointer("", ...keys), "a list", value);
      return void 0;
    }
    return value;
  }
  /** A string field; placeholders ⇒ unknown; wrong type ⇒ problem + undefined. */
  string(keys, fallback) {
    const path = pointer("", ...keys);
    const value = dig(this.object, ...keys);
    if (typeof value === "string" && value !== "") {
      return isPlaceholder(value) ? { value: void 0, path, unknown: true } : { value, path };
    }
    if (value !== void 0 && value !== null && value !== "" && typeof value !== "string") {
      if (typeof value === "number" || typeof value === "boolean") return { value: String(value), path };
      this.wrongType(path, "a string", value);
    }
    if (fallback) {
      return { value: fallback.value, path: nearestExisting(this.object, "", ...keys.slice(0, -1)), defaulted: true };
    }
    return { value: void 0, path: value === void 0 ? nearestExisting(this.object, "", ...keys.slice(0, -1)) : path };
  }
  /**
   * An integer field. Accepts numeric strings only when `allowString` (PGO v4 `replicas`); placeholders ⇒ unknown;
   * missing ⇒ `defaultValue` (defaulted, path of the nearest parent); out of range or wrong type ⇒ problem, value undefined.
   */
  integer(keys, options = {}) {
    const path = pointer("", ...keys);
    const value = dig(this.object, ...keys);
    if (value === void 0 || value === null || options.allowString && value === "") {
      const parentPath = nearestExisting(this.object, "", ...keys.slice(0, -1));
      if (options.required) this.problem(parentPath, `${fieldName(path)} is required and missing.`);
      if (options.defaultValue !== void 0) return { value: options.defaultValue, path: parentPath, defaulted: true };
      return { value: void 0, path: parentPath };
    }
    if (isPlaceholder(value)) return { value: void 0, path, unknown: true };
    let number;
    if (typeof value === "number") number = value;
    else if (typeof value === "string" && options.allowString && /^\s*[+-]?\d+\s*$/.test(value)) number = Number(value);
    if (number === void 0 || !Number.isInteger(number)) {
      this.wrongType(path, options.allowString ? "a string holding an integer" : "an integer", value);
      return { value: void 0, path };
    }
    if (options.min !== void 0 && number < options.min) {
      this.problem(path, `${fieldName(path)} must be at least ${options.min}, got ${number}.`);
      return { value: void 0, path };
    }
    return { value: number, path };
  }
  /** A boolean field (also the strings "true"/"false", which YAML authors sometimes quote). */
  boolean(keys, defaultValue) {
    const path = pointer("", ...keys);
    const value = dig(this.object, ...keys);
    if (value === void 0 || value === null) {
      return { value: defaultValue, path: nearestExisting(this.object, "", ...keys.slice(0, -1)), defaulted: true };
    }
    if (typeof value === "boolean") return { value, path };
    if (isPlaceholder(value)) return { value: defaultValue, path, unknown: true };
    if (value === "true" || value === "false") return { value: value === "true", path };
    this.wrongType(path, "a boolean", value);
    return { value: defaultValue, path, unknown: true };
  }
};
function stringRecord(value) {
  const result = {};
  if (!isObject(value)) return result;
  for (const [key, item] of Object.entries(value)) {
    if (typeof item === "string") result[key] = item;
    else if (typeof item === "number" || typeof item === "boolean") result[key] = String(item);
  }
  return result;
}
function resourceOf(object) {
  const metadata = isObject(object.metadata) ? object.metadata : {};
  const ref = {
    apiVersion: typeof object.apiVersion === "string" ? object.apiVersion : "",
    kind: typeof object.kind === "string" ? object.kind : "",
    name: typeof metadata.name === "string" ? metadata.name : typeof metadata.generateName === "string" ? metadata.generateName : ""
  };
  if (typeof metadata.namespace === "string" && metadata.namespace !== "") ref.namespace = metadata.namespace;
  return ref;
}
function apiGroup(apiVersion) {
  const slash = apiVersion.indexOf("/");
  return slash < 0 ? "" : apiVersion.slice(0, slash);
}
function selectorMatches(selector, pods) {
  const strict = matchesLabels(selector, pods);
  if (strict !== false || pods.maybe === void 0 || Object.keys(pods.maybe).length === 0) return strict;
  return matchesLabels(selector, { fixed: { ...pods.maybe, ...pods.fixed }, dynamic: pods.dynamic }) === false ? false : "unknown";
}
function matchesLabels(selector, pods) {
  if (selector === void 0 || selector === null) return false;
  if (!isObject(selector)) return "unknown";
  if (containsPlaceholderDeep(selector)) return "unknown";
  const has = (key) => Object.hasOwn(pods.fixed, key) || pods.dynamic.has(key);
  const matchLabels = selector.matchLabels;
  if (matchLabels !== void 0 && matchLabels !== null) {
    if (!isObject(matchLabels)) return "unknown";
    for (const [key, value] of Object.entries(matchLabels)) {
      if (pods.dynamic.has(key)) continue;
      if (pods.fixed[key] !== String(value)) return false;
    }
  }
  const expressions = selector.matchExpressions;
  if (expressions !== void 0 && expressions !== null) {
    if (!Array.isArray(expressions)) return "unknown";
    for (const expression of expressions) {
      if (!isObject(expression) || typeof expression.key !== "string") return "unknown";
      const key = expression.key;
      const values = Array.isArray(expression.values) ? expression.values.map(String) : [];
      const dynamic = pods.dynamic.has(key);
      const actual = pods.fixed[key];
      switch (expression.operator) {
        case "In":
          if (!dynamic && (actual === void 0 || !values.includes(actual))) return false;
          break;
        case "NotIn":
          if (!dynamic && actual !== void 0 && values.includes(actual)) return false;
          break;
        case "Exists":
          if (!has(key)) return false;
          break;
        case "DoesNotExist":
          if (Object.hasOwn(pods.fixed, key)) return false;
          break;
        default:
          return "unknown";
      }
    }
  }
  return true;
}
function termFrom(source, level, topologyKey, selector, path, pods) {
  const matches = selectorMatches(selector, pods);
  const keyKnown = typeof topologyKey === "string" && !isPlaceholder(topologyKey);
  const term = {
    source,
    level,
    topologyKey: typeof topologyKey === "string" ? topologyKey : "",
    path,
    selectsOwnPods: matches === true
  };
  if (matches === "unknown" || !keyKnown) term.unknown = true;
  return term;
}
function antiAffinityTerms(affinity, path, pods) {
  const terms = [];
  const anti = dig(affinity, "podAntiAffinity");
  if (!isObject(anti)) return terms;
  const required = anti.requiredDuringSchedulingIgnoredDuringExecution;
  if (Array.isArray(required)) {
    required.forEach((term, index) => {
      if (!isObject(term)) return;
      terms.push(
        termFrom("podAntiAffinity", "hard", term.topologyKey, term.labelSelector, pointer(path, "podAntiAffinity", "requiredDuringSchedulingIgnoredDuringExecution", index), pods)
      );
    });
  }
  const preferred = anti.preferredDuringSchedulingIgnoredDuringExecution;
  if (Array.isArray(preferred)) {
    preferred.forEach((weighted, index) => {
      const term = dig(weighted, "podAffinityTerm");
      if (!isObject(term)) return;
      terms.push(
        termFrom("podAntiAffinity", "soft", term.topologyKey, term.labelSelector, pointer(path, "podAntiAffinity", "preferredDuringSchedulingIgnoredDuringExecution", index), pods)
      );
    });
  }
  return terms;
}
function topologySpreadTerms(constraints, path, pods) {
  if (!Array.isArray(constraints)) return [];
  const terms = [];
  constraints.forEach((constraint, index) => {
    if (!isObject(constraint)) return;
    const level = constraint.whenUnsatisfiable === "ScheduleAnyway" ? "soft" : "hard";
    const term = termFrom("topologySpreadConstraints", level, constraint.topologyKey, constraint.labelSelector, pointer(path, index), pods);
    if (isPlaceholder(constraint.whenUnsatisfiable)) term.unknown = true;
    terms.push(term);
  });
  return terms;
}
function summariseSpreading(terms, extra = {}) {
  let level = "none";
  const keys = [];
  for (const term of terms) {
    if (!term.selectsOwnPods || term.unknown) continue;
    if (term.level === "hard") level = "hard";
    else if (level === "none") level = "soft";
    if (!keys.includes(term.topologyKey)) keys.push(term.topologyKey);
  }
  return { level, topologyKeys: keys, terms, ...extra };
}
function addPreferredAntiAffinityPatch(affinity, affinityPath, matchLabels, weight) {
  const weighted = {
    weight,
    podAffinityTerm: { topologyKey: "kubernetes.io/hostname", labelSelector: { matchLabels: { ...matchLabels } } }
  };
  if (affinity === void 0 || affinity === null) {
    return [{ op: "add", path: affinityPath, value: { podAntiAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [weighted] } } }];
  }
  if (!isObject(affinity)) return void 0;
  const anti = affinity.podAntiAffinity;
  const antiPath = pointer(affinityPath, "podAntiAffinity");
  if (anti === void 0 || anti === null) {
    return [{ op: "add", path: antiPath, value: { preferredDuringSchedulingIgnoredDuringExecution: [weighted] } }];
  }
  if (!isObject(anti)) return void 0;
  const list = anti.preferredDuringSchedulingIgnoredDuringExecution;
  const listPath = pointer(antiPath, "preferredDuringSchedulingIgnoredDuringExecution");
  if (list === void 0 || list === null) return [{ op: "add", path: listPath, value: [weighted] }];
  if (!Array.isArray(list)) return void 0;
  return [{ op: "add", path: `${listPath}/-`, value: weighted }];
}
function setPatch(root, base, keys, value) {
  let current = root;
  let path = base;
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index];
    if (!isObject(current)) return void 0;
    const next = current[key];
    const nextPath = pointer(path, key);
    if (index === keys.length - 1 || next === void 0 || next === null) {
      let nested = value;
      for (let inner = keys.length - 1; inner > index; inner--) nested = { [keys[inner]]: nested };
      return [{ op: "add", path: nextPath, value: nested }];
    }
    current = next;
    path = nextPath;
  }
  return void 0;
}
function isPasswordVariable(name) {
  return /PASSWORD|PASSWD|(^|_)PASS$|SECRET/i.test(name) && !/_FILE$/.test(name);
}

// src/policies/images.ts
var DEFAULT_REGISTRY = "docker.io";
var DIGEST = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[0-9a-fA-F]{32,}$/;
var TAG = /^[\w][\w.-]{0,127}$/;
var PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
function parseImageReference(reference) {
  const text = reference.trim();
  if (text === "" || /\s/.test(text) || containsPlaceholder(text)) return void 0;
  let rest = text;
  let digest;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) return void 0;
  }
  let tag;
  const lastSlash = rest.lastIndexOf("/");
  const colon = rest.lastIndexOf(":");
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) return void 0;
  }
  if (rest === "") return void 0;
  const parts = rest.split("/");
  let registry = DEFAULT_REGISTRY;
  const first = parts[0] ?? "";
  if (parts.length > 1 && (first.includes(".") || first.includes(":") || first === "localhost")) {
    registry = first;
    parts.shift();
  }
  if (registry === "index.docker.io" || registry === "registry-1.docker.io") registry = DEFAULT_REGISTRY;
  if (parts.length === 0 || !parts.every((part) => PATH_COMPONENT.test(part))) return void 0;
  if (registry === DEFAULT_REGISTRY && parts.length === 1) parts.unshift("library");
  const parsed = { registry, repository: parts.join("/") };
  if (tag !== void 0) parsed.tag = tag;
  if (digest !== void 0) parsed.digest = digest;
  return parsed;
}
var NOT_A_SERVER = /exporter|operator|pgbouncer|bouncer|pooler|pgbackrest|backrest|backup|pgadmin|admin|upgrade|-ui$|client|pgo|scheduler|collector/;
function postgresImageFamily(image) {
  const segments = image.repository.split("/");
  const name = segments[segments.length - 1] ?? "";
  const owner = segments.length > 1 ? segments[segments.length - 2] : void 0;
  if (NOT_A_SERVER.test(name)) return void 0;
  if (/^spilo(-\d+)?$/.test(name)) return "spilo";
  if (/^crunchy-postgres(-gis)?(-ha)?$/.test(name)) return "crunchy";
  if (name === "postgresql-repmgr") return "bitnami-repmgr";
  if (owner === "bitnami" && name === "postgresql") return "bitnami";
  if (owner === "cloudnative-pg" && (name === "postgresql" || name === "postgis")) return "cnpg";
  if (name === "postgis") return "postgis";
  if (/^timescaledb(-ha|-postgis)?$/.test(name)) return "timescale";
  if (name === "pgvector" || name === "pgvecto-rs") return "pgvector";
  if (/^patroni/.test(name)) return "patroni";
  if (name === "stolon") return "stolon";
  if (name === "postgres" && (owner === "library" || owner === void 0)) return "official";
  if (/^postgres(ql)?([-_]\d+)?([-_][a-z0-9]+)*$/.test(name)) return "other";
  return void 0;
}
function majorOf(text) {
  if (text === void 0) return void 0;
  const match = /^(\d+)(?:\.(\d+))?/.exec(text);
  if (!match) return void 0;
  const major = Number(match[1]);
  if (major < 10 && match[2] !== void 0) return Number(`${major}.${match[2]}`);
  return major >= 6 && major <= 40 ? major : void 0;
}
function postgresMajorOf(image) {
  const family = postgresImageFamily(image);
  if (family === void 0) return void 0;
  const name = image.repository.split("/").pop() ?? "";
  const tag = image.tag;
  if (family === "spilo") return majorOf(/^spilo-(\d+)$/.exec(name)?.[1]);
  if (family === "crunchy") {
    const match = tag === void 0 ? null : /^[a-z]+\d*-(\d+(?:\.\d+)*)(?:-|$)/.exec(tag);
    return match ? majorOf(match[1]) : void 0;
  }
  const pg = tag === void 0 ? null : /(?:^|[-_])pg(\d+(?:\.\d+)?)/.exec(tag);
  if (pg) return majorOf(pg[1]);
  if (family === "timescale" || family === "pgvector" || family === "stolon" || family === "patroni") return void 0;
  const inName = /^postgres(?:ql)?[-_](\d+)(?:$|[-_])/.exec(name);
  if (inName) return majorOf(inName[1]);
  if (family === "other" && name !== "postgres" && name !== "postgresql") return void 0;
  return majorOf(tag);
}

// src/policies/adapters/context.ts
var ObjectIndex = class {
  constructor(objects) {
    this.objects = objects;
    objects.forEach((object, index) => {
      if (object === void 0 || typeof object.kind !== "string" || typeof object.apiVersion !== "string") return;
      const kindKey = `${apiGroup(object.apiVersion)}/${object.kind}`;
      push(this.byKind, kindKey, index);
      const name = resourceOf(object).name;
      if (name !== "") push(this.byName, `${kindKey}/${name}`, index);
    });
  }
  objects;
  byKind = /* @__PURE__ */ new Map();
  byName = /* @__PURE__ */ new Map();
  /** Indices of the objects of `group`/`kind` (any version), in input order. */
  ofKind(group, kind) {
    return this.byKind.get(`${group}/${kind}`) ?? [];
  }
  /** Indices of the objects of `group`/`kind` named `name`, in input order. */
  named(group, kind, name) {
    return this.byName.get(`${group}/${kind}/${name}`) ?? [];
  }
  /** The first object of `group`/`kind` named `name` in `namespace` (an absent namespace on either side matches). */
  find(group, kind, name, namespace) {
    for (const index of this.named(group, kind, name)) {
      const object = this.objects[index];
      if (object !== void 0 && sameNamespace(resourceOf(object).namespace, namespace)) return index;
    }
    return void 0;
  }
};
function push(map, key, index) {
  const list = map.get(key);
  if (list) list.push(index);
  else map.set(key, [index]);
}
var SERVED_VERSIONS = {
  "crunchydata.com/Pgcluster": { versions: ["v1"], operator: "Crunchy PGO v4" },
  "crunchydata.com/Pgreplica": { versions: ["v1"], operator: "Crunchy PGO v4" },
  "postgres-operator.crunchydata.com/PostgresCluster": { versions: ["v1beta1", "v1"], operator: "Crunchy PGO v5" },
  "acid.zalan.do/postgresql": { versions: ["v1"], operator: "the Zalando operator" },
  "acid.zalan.do/OperatorConfiguration": { versions: ["v1"], operator: "the Zalando operator" },
  "postgresql.cnpg.io/Cluster": { versions: ["v1"], operator: "CloudNativePG" },
  "postgresql.cnpg.io/ScheduledBackup": { versions: ["v1"], operator: "CloudNativePG" },
  "apps/StatefulSet": { versions: ["v1"], operator: "Kubernetes" }
};
function apiVersionOf(apiVersion) {
  return apiVersion.includes("/") ? apiVersion.slice(apiVersion.indexOf("/") + 1) : apiVersion;
}
function isServed(served, apiVersion) {
  const version = apiVersionOf(apiVersion);
  return served.versions.includes(version) || containsPlaceholder(version);
}
function isKind(object, group, kind) {
  if (object === void 0 || object.kind !== kind || typeof object.apiVersion !== "string" || apiGroup(object.apiVersion) !== group) return false;
  const served = SERVED_VERSIONS[`${group}/${kind}`];
  return served === void 0 || isServed(served, object.apiVersion);
}
function unservedVersion(object) {
  if (typeof object.apiVersion !== "string" || typeof object.kind !== "string") return void 0;
  const served = SERVED_VERSIONS[`${apiGroup(object.apiVersion)}/${object.kind}`];
  if (served === void 0 || isServed(served, object.apiVersion)) return void 0;
  const expected = served.versions.map((v) => `\`${apiGroup(object.apiVersion)}/${v}\``).join(" or ");
  return `apiVersion \`${object.apiVersion}\` is not served for ${object.kind} (${served.operator} serves ${expected}): the apiserver rejects it, so pgwarden did not check it further.`;
}
function readerFor(input, index) {
  const object = input.objects[index];
  if (object === void 0) return void 0;
  return new ObjectReader(index, object, resourceOf(object), input.problems);
}
function sameNamespace(a, b) {
  return a === void 0 || b === void 0 || a === b;
}
function metadataLabels(object) {
  return stringRecord(isObject(object.metadata) ? object.metadata.labels : void 0);
}
function totalOf(sets, fallbackPath) {
  if (sets.length === 1) return { ...sets[0].replicas };
  let sum = 0;
  let unknown = false;
  let missing = false;
  for (const set of sets) {
    if (set.replicas.unknown) unknown = true;
    else if (set.replicas.value === void 0) missing = true;
    else sum += set.replicas.value;
  }
  const total = { value: unknown || missing ? void 0 : sum, path: fallbackPath };
  if (unknown) total.unknown = true;
  if (sets.length > 0 && sets.every((set) => set.replicas.defaulted)) total.defaulted = true;
  return total;
}
function imageUse(role, name, reference, setReference, field = `the \`${name}\` image`) {
  const use = { role, name, reference, field };
  if (reference.value !== void 0 && !reference.unknown) {
    const parsed = parseImageReference(reference.value);
    if (parsed) {
      use.parsed = parsed;
      if (role === "postgres") {
        const major = postgresMajorOf(parsed);
        if (major !== void 0) use.postgresMajor = major;
        if (major !== void 0 && postgresImageFamily(parsed) === "spilo") use.runsOlderMajors = true;
      }
    }
  }
  if (setReference) use.setReference = setReference;
  return use;
}
function credential(user, secretName, path, regeneratesBlank, passwordKey = "password") {
  return { user, secretName, passwordKey, regeneratesBlank, path };
}

// src/policies/adapters/cnpg.ts
var CNPG_GROUP = "postgresql.cnpg.io";
var CNPG_DEFAULT_IMAGE = "ghcr.io/cloudnative-pg/postgresql:18.4-system-trixie";
var HOSTNAME = "kubernetes.io/hostname";
var HIBERNATION = "cnpg.io/hibernation";
var cnpgSyntax = {
  name: "CloudNativePG",
  instances: (count) => `\`spec.instances: ${count}\``,
  shutdown: 'To stop it deliberately, hibernate it with the annotation `cnpg.io/hibernation: "on"`.',
  spread: (hard) => `set \`spec.affinity.enablePodAntiAffinity: true\`${hard ? " and `podAntiAffinityType: required`" : ""} (or remove \`enablePodAntiAffinity: false\`)`,
  storageClassKey: "storageClass",
  persistData: "declare `spec.storage` with a size",
  // An existing Secret is never rewritten (cluster_create.go L243-273); the instance manager applies it (instance_controller.go L1421-1462).
  blankPassword: "CloudNativePG never rewrites an existing Secret and applies the blank password to the role as it is",
  setPassword: (key) => `put a real password in \`${key}\`, or delete the Secret from Git so that CloudNativePG generates one`,
  scheduleBackups: "add a ScheduledBackup for this cluster with a 6-field schedule such as `0 0 2 * * *`"
};
var CNPG_GATES = {
  schema: "CloudNativePG's ScheduledBackup webhook",
  parser: "CloudNativePG's ScheduledBackup webhook",
  example: "6 fields with seconds first, e.g. `0 0 2 * * *` for 02:00 daily"
};
function webhookImageRejection(reference) {
  const parsed = parseImageReference(reference);
  if (!parsed) return void 0;
  if (parsed.tag === void 0 && parsed.digest) return "CloudNativePG's webhook (a digest-only reference carries no Postgres version; keep the digest after a tag, `<image>:<version>@sha256:\u2026`)";
  if (parsed.tag === void 0 || parsed.tag === "latest") return `CloudNativePG's webhook (${parsed.tag === void 0 ? "no tag means `latest`, which" : "`latest`"} carries no Postgres version)`;
  if (!/^(\d\.?)+/.test(parsed.tag)) return `CloudNativePG's webhook (the tag \`${parsed.tag}\` does not start with a Postgres version such as \`17.5\`)`;
  return void 0;
}
var IMAGE_FIELD = "`spec.imageName` (e.g. `ghcr.io/cloudnative-pg/postgresql:17.5-system-trixie`)";
function isCnpgCluster(object) {
  return isKind(object, CNPG_GROUP, "Cluster");
}
function cnpgCluster(input, index) {
  const reader = readerFor(input, index);
  if (!reader || !isCnpgCluster(reader.object)) return void 0;
  const object = reader.object;
  const name = reader.resource.name;
  const spec = reader.objectAt("spec");
  if (!spec) reader.problem("", "spec is required for a CloudNativePG Cluster (spec.instances, spec.storage).");
  const annotations = stringRecord(dig(object, "metadata", "annotations"));
  const hibernation = annotations[HIBERNATION];
  const shutdown = hibernation === void 0 ? { value: false, path: nearestExisting(object, "", "metadata", "annotations"), defaulted: true } : isPlaceholder(hibernation) ? { value: false, path: pointer("/metadata/annotations", HIBERNATION), unknown: true } : { value: hibernation === "on", path: pointer("/metadata/annotations", HIBERNATION) };
  const instances = reader.integer(["spec", "instances"], { defaultValue: 1, min: 1 });
  const podLabels = {
    fixed: { ...stringRecord(dig(spec, "inheritedMetadata", "labels")), "cnpg.io/cluster": name, "cnpg.io/podRole": "instance" },
    dynamic: /* @__PURE__ */ new Set(["cnpg.io/instanceName", "cnpg.io/instanceRole", "role"]),
    maybe: metadataLabels(object)
  };
  const affinity = reader.objectAt("spec", "affinity");
  const enabled = reader.boolean(["spec", "affinity", "enablePodAntiAffinity"], true);
  const typeField = reader.string(["spec", "affinity", "podAntiAffinityType"]);
  const keyField = reader.string(["spec", "affinity", "topologyKey"]);
  const terms = [];
  let generated = false;
  if (enabled.value || enabled.unknown) {
    const type = typeField.value ?? "preferred";
    if (type !== "preferred" && type !== "required") {
      reader.problem(typeField.path, `spec.affinity.podAntiAffinityType must be "preferred" or "required", got "${type}"; the webhook rejects it.`);
    } else {
      generated = !enabled.unknown;
      const term = {
        source: "operatorDefault",
        level: type === "required" ? "hard" : "soft",
        topologyKey: keyField.value ?? HOSTNAME,
        path: enabled.defaulted ? typeField.value !== void 0 ? typeField.path : enabled.path : enabled.path,
        selectsOwnPods: true
      };
      if (enabled.defaulted && typeField.value === void 0) term.defaulted = true;
      if (enabled.unknown || typeField.unknown || keyField.unknown) term.unknown = true;
      terms.push(term);
    }
  }
  if (affinity) terms.push(...antiAffinityTerms(affinity.additionalPodAntiAffinity === void 0 ? void 0 : { podAntiAffinity: affinity.additionalPodAntiAffinity }, "/spec/affinity/additionalPodAntiAffinity", podLabels).map(fixAdditionalPath));
  terms.push(...topologySpreadTerms(dig(spec, "topologySpreadConstraints"), "/spec/topologySpreadConstraints", podLabels));
  const spreading = summariseSpreading(terms);
  if (!enabled.value && !enabled.unknown && !enabled.defaulted) spreading.disabledBy = { value: false, path: enabled.path };
  if (!generated && !enabled.unknown && !typeField.unknown && spec) {
    const patch = affinity ? [
      { op: "add", path: "/spec/affinity/enablePodAntiAffinity", value: true },
      { op: "add", path: "/spec/affinity/podAntiAffinityType", value: "preferred" }
    ] : setPatch(object, "", ["spec", "affinity"], { enablePodAntiAffinity: true, podAntiAffinityType: "preferred" });
    if (patch && (affinity || dig(object, "spec", "affinity") === void 0)) spreading.addSoftAntiAffinity = patch;
  }
  const volumes = [];
  for (const [field, role] of [
    ["storage", "data"],
    ["walStorage", "wal"]
  ]) {
    const block = reader.objectAt("spec", field);
    if (!block && field === "walStorage") continue;
    if (!block && field === "storage" && spec) {
      reader.problem("/spec", "spec.storage is required (size or pvcTemplate storage request); the CloudNativePG webhook rejects the Cluster without it.");
    }
    volumes.push(storageVolume(reader.object, ["spec", field], role, name, reader));
  }
  const tablespaces = reader.listAt("spec", "tablespaces");
  tablespaces?.forEach((tablespace, i) => {
    if (!isObject(tablespace)) return;
    const owner2 = typeof tablespace.name === "string" ? tablespace.name : `tablespace ${i}`;
    volumes.push(storageVolume(reader.object, ["spec", "tablespaces", i, "storage"], "tablespace", owner2, reader));
  });
  const images = [];
  const imageName = reader.string(["spec", "imageName"]);
  const catalog = reader.objectAt("spec", "imageCatalogRef");
  let postgresVersion;
  if (catalog) {
    postgresVersion = reader.integer(["spec", "imageCatalogRef", "major"], { required: true, min: 10 });
    if (imageName.value !== void 0) reader.problem(imageName.path, "spec.imageName and spec.imageCatalogRef are mutually exclusive; the CRD rejects both.");
    const catalogName = typeof catalog.name === "string" ? catalog.name : "?";
    images.push(imageUse("postgres", `imageCatalogRef ${catalogName}`, catalogImage(input, catalog, postgresVersion, reader.resource.namespace), void 0, `the catalog entry for major ${postgresVersion.value ?? "?"} in ${catalogName}`));
  } else {
    const reference = imageName.value !== void 0 || imageName.unknown ? imageName : { value: CNPG_DEFAULT_IMAGE, path: nearestExisting(object, "", "spec"), defaulted: true };
    const use = imageUse("postgres", "imageName", reference, spec ? (ref) => [{ op: "add", path: "/spec/imageName", value: ref }] : void 0, IMAGE_FIELD);
    const rejection = imageName.value !== void 0 && !imageName.unknown ? webhookImageRejection(imageName.value) : void 0;
    if (rejection) use.operatorRejects = rejection;
    images.push(use);
  }
  const credentials = [];
  const method = ["initdb", "recovery", "pg_basebackup"].find((key) => isObject(dig(spec, "bootstrap", key))) ?? "initdb";
  const appSecret = reader.string(["spec", "bootstrap", method, "secret", "name"]);
  const owner = reader.string(["spec", "bootstrap", method, "owner"]);
  if (!appSecret.unknown) {
    credentials.push(
      credential(owner.value ?? "app", appSecret.value ?? `${name}-app`, appSecret.value !== void 0 ? appSecret.path : nearestExisting(object, "", "spec", "bootstrap", method), false)
    );
  }
  const superuser = reader.boolean(["spec", "enableSuperuserAccess"], false);
  if (superuser.value && !superuser.unknown) {
    const secretName = reader.string(["spec", "superuserSecret", "name"]);
    if (!secretName.unknown) credentials.push(credential("postgres", secretName.value ?? `${name}-superuser`, superuser.path, false));
  }
  const backup = reader.objectAt("spec", "backup");
  const plugins = reader.listAt("spec", "plugins");
  const barmanPlugin = plugins?.some((plugin) => isObject(plugin) && typeof plugin.name === "string" && plugin.name.includes("barman")) ?? false;
  const schedules = scheduledBackupsOf(input, index, name, reader.resource.namespace);
  const hasStore = backup !== void 0 && (dig(backup, "barmanObjectStore") !== void 0 || dig(backup, "volumeSnapshot") !== void 0);
  let retention = reader.string(["spec", "backup", "retentionPolicy"]);
  if (!hasStore && retention.value === void 0 && !retention.unknown && barmanPlugin) {
    retention = pluginRetention(input, plugins ?? [], reader.resource.namespace);
  }
  return {
    flavour: "cnpg",
    operator: cnpgSyntax,
    objectIndex: index,
    resource: reader.resource,
    labels: metadataLabels(object),
    podLabels: podLabels.fixed,
    shutdown,
    instanceSets: [{ name, replicas: instances, path: "/spec", spreading }],
    totalInstances: { ...instances },
    volumes,
    images,
    ...postgresVersion ? { postgresVersion } : {},
    backups: {
      configured: {
        value: hasStore || barmanPlugin || schedules.length > 0,
        path: hasStore ? "/spec/backup" : barmanPlugin ? "/spec/plugins" : nearestExisting(object, "", "spec", "backup")
      },
      schedules,
      retention: [{ setting: retention, fix: '`spec.backup.retentionPolicy: "30d"` on the Cluster' }]
    },
    credentials,
    authSettings: []
  };
}
function pluginRetention(input, plugins, namespace) {
  const index = plugins.findIndex((plugin) => isObject(plugin) && typeof plugin.name === "string" && plugin.name.includes("barman"));
  const namePath = pointer("/spec/plugins", index, "parameters", "barmanObjectName");
  const storeName = dig(plugins[index], "parameters", "barmanObjectName");
  if (typeof storeName !== "string" || isPlaceholder(storeName)) return { value: void 0, path: namePath, unknown: true };
  const storeIndex = input.objects.findIndex(
    (object) => isKind(object, "barmancloud.cnpg.io", "ObjectStore") && resourceOf(object).name === storeName && sameNamespace(resourceOf(object).namespace, namespace)
  );
  if (storeIndex < 0) return { value: void 0, path: namePath, unknown: true };
  const policy = dig(input.objects[storeIndex], "spec", "retentionPolicy");
  if (typeof policy === "string" && policy !== "") {
    return { value: isPlaceholder(policy) ? void 0 : policy, path: "/spec/retentionPolicy", objectIndex: storeIndex, ...isPlaceholder(policy) ? { unknown: true } : {} };
  }
  return { value: void 0, path: dig(input.objects[storeIndex], "spec") === void 0 ? "" : "/spec", objectIndex: storeIndex };
}
function catalogImage(input, catalog, major, namespace) {
  const unknown = { value: void 0, path: "/spec/imageCatalogRef", unknown: true };
  const kind = catalog.kind === "ClusterImageCatalog" ? "ClusterImageCatalog" : catalog.kind === "ImageCatalog" ? "ImageCatalog" : void 0;
  if (kind === void 0 || typeof catalog.name !== "string" || major.value === void 0) return unknown;
  const index = input.objects.findIndex(
    (object) => isKind(object, CNPG_GROUP, kind) && resourceOf(object).name === catalog.name && (kind === "ClusterImageCatalog" || sameNamespace(resourceOf(object).namespace, namespace))
  );
  const entries = dig(input.objects[index], "spec", "images");
  if (index < 0 || !Array.isArray(entries)) return unknown;
  const entry = entries.findIndex((item) => dig(item, "major") === major.value);
  const image = dig(entries[entry], "image");
  if (entry < 0 || typeof image !== "string") return { value: void 0, path: "/spec/images", objectIndex: index };
  return { value: isPlaceholder(image) ? void 0 : image, path: pointer("/spec/images", entry, "image"), objectIndex: index, ...isPlaceholder(image) ? { unknown: true } : {} };
}
function fixAdditionalPath(term) {
  return { ...term, path: term.path.replace("/additionalPodAntiAffinity/podAntiAffinity/", "/additionalPodAntiAffinity/") };
}
function storageVolume(root, keys, role, owner, reader) {
  const direct = reader.string([...keys, "storageClass"]);
  const fromTemplate = reader.string([...keys, "pvcTemplate", "storageClassName"]);
  const chosen = direct.value !== void 0 || direct.unknown ? direct : fromTemplate.value !== void 0 || fromTemplate.unknown ? fromTemplate : { value: void 0, path: nearestExisting(root, "", ...keys) };
  const base = pointer("", ...keys.slice(0, -1));
  const last = String(keys[keys.length - 1]);
  const setStorageClass = (className) => setPatch(dig(root, ...keys.slice(0, -1)), base, [last, "storageClass"], className) ?? [];
  const exists = dig(root, ...keys.slice(0, -1));
  const volume = { role, owner, storageClass: chosen, persistent: { value: true, path: pointer("", ...keys) } };
  if (isObject(exists) && (dig(root, ...keys) === void 0 || isObject(dig(root, ...keys)))) volume.setStorageClass = setStorageClass;
  return volume;
}
function scheduledBackupsOf(input, clusterIndex, clusterName, namespace) {
  const schedules = [];
  input.objects.forEach((object, index) => {
    if (index === clusterIndex || !isKind(object, CNPG_GROUP, "ScheduledBackup")) return;
    const resource = resourceOf(object);
    if (dig(object, "spec", "cluster", "name") !== clusterName || !sameNamespace(resource.namespace, namespace)) return;
    const schedule = dig(object, "spec", "schedule");
    if (typeof schedule !== "string") return;
    const entry = {
      type: "base",
      schedule: { value: schedule, path: "/spec/schedule", objectIndex: index, ...isPlaceholder(schedule) ? { unknown: true } : {} },
      dialect: "cnpg",
      name: resource.name,
      gates: CNPG_GATES
    };
    const suspend = dig(object, "spec", "suspend");
    if (suspend === true) entry.suspended = true;
    schedules.push(entry);
  });
  return schedules;
}
function scheduledBackupProblems(input) {
  const problems = [];
  input.objects.forEach((object, index) => {
    if (!isKind(object, CNPG_GROUP, "ScheduledBackup")) return;
    const resource = resourceOf(object);
    const spec = dig(object, "spec");
    if (!isObject(spec)) {
      problems.push({ objectIndex: index, resource, path: "", message: "spec is required for a ScheduledBackup (spec.schedule, spec.cluster.name)." });
      return;
    }
    const schedule = spec.schedule;
    if (typeof schedule !== "string" || schedule.trim() === "") {
      problems.push({ objectIndex: index, resource, path: schedule === void 0 ? "/spec" : "/spec/schedule", message: "spec.schedule is required and must be a non-empty cron string (6 fields, seconds first)." });
    }
    const clusterName = dig(spec, "cluster", "name");
    if (typeof clusterName !== "string" || clusterName === "") {
      problems.push({ objectIndex: index, resource, path: nearestExisting(object, "", "spec", "cluster", "name"), message: "spec.cluster.name is required: the ScheduledBackup names the Cluster it backs up." });
      return;
    }
    if (isPlaceholder(clusterName)) return;
    const found = input.objects.some(
      (other) => isCnpgCluster(other) && resourceOf(other).name === clusterName && sameNamespace(resourceOf(other).namespace, resource.namespace)
    );
    if (!found) {
      problems.push({
        objectIndex: index,
        resource,
        path: "/spec/cluster/name",
        message: `ScheduledBackup "${resource.name}" targets Cluster "${clusterName}", which is not among the manifests checked${resource.namespace ? ` in namespace "${resource.namespace}"` : ""}: if no such Cluster exists, the schedule backs up nothing.`,
        ruleId: "backup-schedule",
        severity: "warning"
      });
    }
  });
  return problems;
}

// src/policies/adapters/pgo-v4.ts
var PGO_V4_GROUP = "crunchydata.com";
var DEFAULT_PREFIX = "registry.developers.crunchydata.com/crunchydata";
var HOSTNAME2 = "kubernetes.io/hostname";
var STORAGE_BLOCKS = [
  ["PrimaryStorage", "data", "primary"],
  ["ReplicaStorage", "data", "replicas"],
  ["WALStorage", "wal", "WAL"],
  ["BackrestStorage", "backup", "pgBackRest"]
];
var pgoV4Syntax = {
  name: "Crunchy PGO v4",
  // spec.replicas counts replicas besides the primary, as a string, read only at creation (cluster.go L258-306).
  instances: (count) => `\`spec.replicas: "${count - 1}"\` (PGO v4 counts replicas in addition to the primary, as a string, and reads it only when the cluster is created; later add Pgreplica objects)`,
  shutdown: "To stop it deliberately, set `spec.shutdown: true`.",
  spread: (hard) => `set \`spec.podAntiAffinity.default: ${hard ? "required" : "preferred"}\``,
  storageClassKey: "storageclass",
  // pvc.go CreateIfNotExists L89-111: storagetype "" or emptydir ⇒ emptyDir, no PVC.
  persistData: "write `storagetype: dynamic` and a `storageclass` (PGO v4 mounts an emptyDir when `storagetype` is empty or `emptydir`)",
  // createMissingUserSecret returns early when the Secret exists (cluster.go L1030-1078).
  blankPassword: "PGO v4 never regenerates it: it only creates user Secrets that are missing, and mounts this one as it is",
  setPassword: (key) => `put a real password in \`${key}\`, or delete the Secret from Git so that Crunchy PGO v4 generates one`,
  scheduleBackups: 'add a ConfigMap labelled `crunchy-scheduler: "true"` with a pgbackrest `full` schedule'
};
var PGO_V4_GATES = {
  schema: "pgo-scheduler's validation (it then ignores the schedule, so this backup never runs)",
  parser: "pgo-scheduler's validation (it then ignores the schedule, so this backup never runs)",
  example: "5 fields without descriptors, e.g. `0 1 * * *`"
};
function isPgoV4Cluster(object) {
  return isKind(object, PGO_V4_GROUP, "Pgcluster");
}
function pgoV4Cluster(input, index) {
  const reader = readerFor(input, index);
  if (!reader || !isPgoV4Cluster(reader.object)) return void 0;
  const object = reader.object;
  const name = reader.resource.name;
  const namespace = reader.resource.namespace;
  const spec = reader.objectAt("spec");
  if (!spec) reader.problem("", "spec is required for a Pgcluster.");
  if (dig(spec, "status") === "completed") {
    reader.problem("/spec/status", 'spec.status is "completed" (exported from a running cluster): the operator skips a new Pgcluster in this state, so nothing is created. Remove spec.status.', { severity: "warning" });
  }
  const replicasRaw = dig(spec, "replicas");
  if (typeof replicasRaw === "number") reader.problem("/spec/replicas", 'spec.replicas must be a string (e.g. "1"), got a number; the operator cannot read it.');
  const extra = reader.integer(["spec", "replicas"], { defaultValue: 0, min: 0, allowString: true });
  const pgreplicas = input.objects.filter(
    (other) => isKind(other, PGO_V4_GROUP, "Pgreplica") && dig(other, "spec", "clustername") === name && sameNamespace(resourceOf(other).namespace, namespace)
  ).length;
  const replicas2 = {
    value: extra.value === void 0 ? void 0 : 1 + extra.value + pgreplicas,
    path: extra.path,
    ...extra.defaulted ? { defaulted: true } : {},
    ...extra.unknown ? { unknown: true } : {}
  };
  const antiType = reader.string(["spec", "podAntiAffinity", "default"]);
  const terms = [];
  let disabledBy;
  const type = antiType.value ?? "";
  if (antiType.unknown) {
    terms.push({ source: "operatorDefault", level: "soft", topologyKey: HOSTNAME2, path: antiType.path, selectsOwnPods: true, unknown: true });
  } else if (type === "" || type === "preferred" || type === "required") {
    const term = { source: "operatorDefault", level: type === "required" ? "hard" : "soft", topologyKey: HOSTNAME2, path: antiType.path, selectsOwnPods: true };
    if (type === "") term.defaulted = true;
    terms.push(term);
  } else if (type === "disabled") {
    disabledBy = { value: "disabled", path: antiType.path };
  } else {
    reader.problem(antiType.path, `spec.podAntiAffinity.default must be "required", "preferred", "disabled" or empty, got "${type}"; the operator then applies no anti-affinity.`);
  }
  const spreading = summariseSpreading(terms, disabledBy ? { disabledBy } : {});
  if (type !== "preferred" && type !== "required" && spec) {
    const patch = setPatch(object, "", ["spec", "podAntiAffinity", "default"], "preferred");
    if (patch) spreading.addSoftAntiAffinity = patch;
  }
  const volumes = [];
  for (const [block, role, owner] of STORAGE_BLOCKS) {
    const present = reader.objectAt("spec", block);
    if (block === "WALStorage" && !present?.storagetype) continue;
    if (block === "ReplicaStorage" && !present) continue;
    volumes.push(storageVolume2(reader, ["spec", block], role, owner));
  }
  const tablespaces = reader.objectAt("spec", "tablespaceMounts");
  if (tablespaces) for (const mount of Object.keys(tablespaces)) volumes.push(storageVolume2(reader, ["spec", "tablespaceMounts", mount], "tablespace", mount));
  const prefix = reader.string(["spec", "ccpimageprefix"]);
  const image = reader.string(["spec", "ccpimage"]);
  const tag = reader.string(["spec", "ccpimagetag"]);
  let reference;
  if (prefix.unknown || image.unknown || tag.unknown) {
    reference = { value: void 0, path: tag.unknown ? tag.path : image.unknown ? image.path : prefix.path, unknown: true };
  } else if (image.value === void 0 || tag.value === void 0) {
    reference = { value: void 0, path: image.value === void 0 ? image.path : tag.path };
  } else {
    reference = { value: `${prefix.value ?? DEFAULT_PREFIX}/${image.value}:${tag.value}`, path: tag.path };
  }
  const postgresImage = imageUse("postgres", "ccpimage", reference, void 0, "`spec.ccpimagetag` (e.g. `ubi8-13.10-4.7.10`)");
  postgresImage.requiredBecause = "Crunchy PGO v4 has no default for `spec.ccpimage` or `spec.ccpimagetag`, so the pods cannot pull the image.";
  const images = [postgresImage];
  const { schedules, retention } = schedulerConfigMaps(input, name, namespace, object);
  const credentials = [
    credential("postgres", `${name}-postgres-secret`, nearestExisting(object, "", "spec"), false),
    credential("primaryuser", `${name}-primaryuser-secret`, nearestExisting(object, "", "spec"), false)
  ];
  const user = reader.string(["spec", "user"]);
  if (user.value !== void 0 && user.value !== "postgres" && user.value !== "primaryuser") {
    credentials.push(credential(user.value, user.value === "ccp_monitoring" ? `${name}-exporter-secret` : `${name}-${user.value}-secret`, user.path, false));
  }
  return {
    flavour: "pgo-v4",
    operator: pgoV4Syntax,
    objectIndex: index,
    resource: reader.resource,
    labels: metadataLabels(object),
    podLabels: { vendor: "crunchydata", "pg-cluster": name },
    shutdown: reader.boolean(["spec", "shutdown"], false),
    instanceSets: [{ name, replicas: replicas2, path: nearestExisting(object, "", "spec"), spreading }],
    totalInstances: { ...replicas2 },
    volumes,
    images,
    backups: {
      configured: { value: true, path: nearestExisting(object, "", "spec"), defaulted: true },
      schedules,
      retention: [{ setting: retention, fix: "`--repo1-retention-full=7` in the scheduler ConfigMap\u2019s `pgbackrest.options`" }]
    },
    credentials,
    authSettings: []
  };
}
function storageVolume2(reader, keys, role, owner) {
  const storageType = reader.string([...keys, "storagetype"]);
  const type = storageType.value ?? "";
  const persistent = storageType.unknown ? { value: true, path: storageType.path, unknown: true } : { value: type !== "" && type !== "emptydir", path: storageType.path, ...storageType.value === void 0 ? { defaulted: true } : {} };
  const className = reader.string([...keys, "storageclass"]);
  let storageClass2;
  if (type === "dynamic" || storageType.unknown) storageClass2 = storageType.unknown ? { ...className, unknown: true } : className;
  else if (type === "existing") storageClass2 = { value: void 0, path: storageType.path, unknown: true };
  else storageClass2 = { value: void 0, path: storageType.path };
  const volume = { role, owner, storageClass: storageClass2, persistent };
  if (type === "dynamic" && isObject(dig(reader.object, ...keys))) {
    volume.setStorageClass = (name) => [{ op: "add", path: pointer("", ...keys, "storageclass"), value: name }];
  }
  if (type === "create") {
    volume.nameClass = className.value !== void 0 ? `write \`storagetype: dynamic\`: \`storagetype: create\` ignores \`storageclass: ${className.value}\` (its PVC template has no class)` : "write `storagetype: dynamic` and a `storageclass` (`storagetype: create` uses a PVC template without a class)";
    volume.setStorageClass = (name) => [
      { op: "replace", path: storageType.path, value: "dynamic" },
      { op: "add", path: pointer("", ...keys, "storageclass"), value: name }
    ];
  }
  return volume;
}
var BACKUP_TYPES = { full: "full", diff: "differential", incr: "incremental" };
function schedulerConfigMaps(input, cluster, namespace, clusterObject) {
  const schedules = [];
  let retention = { value: void 0, path: nearestExisting(clusterObject, "", "spec") };
  input.objects.forEach((object, index) => {
    if (object?.kind !== "ConfigMap" || object.apiVersion !== "v1") return;
    const labels = metadataLabels(object);
    if (labels["crunchy-scheduler"] !== "true") return;
    const resource = resourceOf(object);
    if (!sameNamespace(resource.namespace, namespace)) return;
    const data = stringRecord(object.data);
    const keys = Object.keys(data);
    if (labels["pg-cluster"] !== void 0 && labels["pg-cluster"] !== cluster) return;
    const problem = (path2, message) => input.problems.push({ objectIndex: index, resource, path: path2, message, ruleId: "backup-schedule", severity: "error" });
    if (keys.length !== 1) {
      if (labels["pg-cluster"] === cluster) problem("/data", `pgo-scheduler needs exactly one data key in a crunchy-scheduler ConfigMap, found ${keys.length}; it ignores this schedule.`);
      return;
    }
    const key = keys[0];
    const path = pointer("/data", key);
    if (isPlaceholder(data[key])) return;
    let parsed;
    try {
      parsed = JSON.parse(data[key]);
    } catch {
      problem(path, `data.${key} must hold the schedule as JSON; it does not parse, so pgo-scheduler ignores it.`);
      return;
    }
    if (!isObject(parsed)) return;
    if (labels["pg-cluster"] === void 0 && parsed.cluster !== cluster) return;
    if (parsed.type !== "pgbackrest") return;
    const schedule = parsed.schedule;
    const type = BACKUP_TYPES[String(dig(parsed, "pgbackrest", "type"))];
    if (typeof schedule !== "string" || type === void 0) {
      problem(path, `data.${key} needs a "schedule" string and pgbackrest.type full, diff or incr.`);
      return;
    }
    schedules.push({ type, schedule: { value: schedule, path, objectIndex: index, ...isPlaceholder(schedule) ? { unknown: true } : {} }, dialect: "pgo-v4", name: resource.name, gates: PGO_V4_GATES });
    const options = dig(parsed, "pgbackrest", "options");
    const match = typeof options === "string" ? /--repo1-retention-full[= ](\S+)/.exec(options) : null;
    if (match && retention.value === void 0) retention = { value: match[1], path, objectIndex: index };
  });
  return { schedules, retention };
}

// src/policies/adapters/pgo-v5.ts
var PGO_V5_GROUP = "postgres-operator.crunchydata.com";
var LABEL = "postgres-operator.crunchydata.com";
var pgoV5Syntax = {
  name: "Crunchy PGO v5",
  instances: (count) => `\`replicas: ${count}\` in \`spec.instances[]\` (the total pods of that set)`,
  shutdown: "To stop it deliberately, set `spec.shutdown: true`.",
  spread: (hard) => hard ? "add `spec.instances[].topologySpreadConstraints` with `whenUnsatisfiable: DoNotSchedule` or a `requiredDuringSchedulingIgnoredDuringExecution` podAntiAffinity selecting `postgres-operator.crunchydata.com/cluster`" : "remove `spec.disableDefaultPodScheduling: true` or add `spec.instances[].affinity.podAntiAffinity` selecting `postgres-operator.crunchydata.com/cluster`",
  storageClassKey: "storageClassName",
  persistData: "declare `dataVolumeClaimSpec` with accessModes and a storage request",
  blankPassword: "PGO v5 regenerates it",
  setPassword: (key) => `put a real password in \`${key}\``,
  scheduleBackups: 'add `schedules: {full: "0 1 * * 0", differential: "0 1 * * 1-6"}` to a repo in `spec.backups.pgbackrest.repos`'
};
var PGO_V5_GATES = {
  schema: "the PostgresCluster CRD (schedules need at least 6 characters)",
  parser: "the apiserver when PGO v5 creates the backup CronJob (event UnableToCreatePGBackRestCronJob), after it accepted the PostgresCluster, so this backup never runs",
  minLength: 6,
  example: "5 fields, e.g. `0 1 * * 0`"
};
function isPgoV5Cluster(object) {
  return isKind(object, PGO_V5_GROUP, "PostgresCluster");
}
function pgoV5Cluster(input, index) {
  const reader = readerFor(input, index);
  if (!reader || !isPgoV5Cluster(reader.object)) return void 0;
  const object = reader.object;
  const name = reader.resource.name;
  const spec = reader.objectAt("spec");
  if (!spec) reader.problem("", "spec is required for a PostgresCluster (spec.postgresVersion, spec.instances).");
  const postgresVersion = reader.integer(["spec", "postgresVersion"], { required: spec !== void 0, min: 10 });
  const shutdown = reader.boolean(["spec", "shutdown"], false);
  const disableDefault = reader.boolean(["spec", "disableDefaultPodScheduling"], false);
  const clusterPodLabels = stringRecord(dig(spec, "metadata", "labels"));
  const instanceList = reader.listAt("spec", "instances");
  if (spec && (instanceList === void 0 || instanceList.length === 0) && dig(spec, "instances") === void 0) {
    reader.problem("/spec", "spec.instances is required: a PostgresCluster needs at least one instance set.");
  } else if (instanceList && instanceList.length === 0) {
    reader.problem("/spec/instances", "spec.instances must hold at least one instance set.");
  }
  const instanceSets = [];
  const volumes = [];
  const images = [];
  const podLabelsOfCluster = { ...clusterPodLabels, [`${LABEL}/cluster`]: name, [`${LABEL}/data`]: "postgres" };
  (instanceList ?? []).forEach((instance, i) => {
    const path = pointer("/spec/instances", i);
    if (!isObject(instance)) {
      reader.wrongType(path, "an object", instance);
      return;
    }
    const setName = typeof instance.name === "string" && instance.name !== "" ? instance.name : String(i).padStart(2, "0");
    const replicas2 = reader.integer(["spec", "instances", i, "replicas"], { defaultValue: 1, min: 1 });
    const pods = {
      fixed: { ...podLabelsOfCluster, ...stringRecord(dig(instance, "metadata", "labels")), [`${LABEL}/instance-set`]: setName },
      dynamic: /* @__PURE__ */ new Set([`${LABEL}/instance`, `${LABEL}/role`, `${LABEL}/patroni`])
    };
    const terms = [
      ...antiAffinityTerms(instance.affinity, pointer(path, "affinity"), pods),
      ...topologySpreadTerms(instance.topologySpreadConstraints, pointer(path, "topologySpreadConstraints"), pods)
    ];
    if (!disableDefault.value || disableDefault.unknown) {
      for (const topologyKey of ["kubernetes.io/hostname", "topology.kubernetes.io/zone"]) {
        const term = { source: "operatorDefault", level: "soft", topologyKey, path, defaulted: true, selectsOwnPods: true };
        if (disableDefault.unknown) term.unknown = true;
        terms.push(term);
      }
    }
    const spreading = summariseSpreading(terms);
    if (disableDefault.value && !disableDefault.unknown) spreading.disabledBy = { value: true, path: disableDefault.path };
    const hasOwnAntiAffinity = terms.some((term) => term.source === "podAntiAffinity" && (term.selectsOwnPods || term.unknown));
    const patch = hasOwnAntiAffinity ? void 0 : addPreferredAntiAffinityPatch(instance.affinity, pointer(path, "affinity"), { [`${LABEL}/cluster`]: name, [`${LABEL}/instance-set`]: setName }, 1);
    if (patch) spreading.addSoftAntiAffinity = patch;
    instanceSets.push({ name: setName, replicas: replicas2, path, spreading });
    const dataSpec = instance.dataVolumeClaimSpec;
    if (dataSpec === void 0 || dataSpec === null) reader.problem(path, `spec.instances[${i}].dataVolumeClaimSpec is required (accessModes and a storage request).`);
    volumes.push(claimVolume(reader, ["spec", "instances", i, "dataVolumeClaimSpec"], "data", setName));
    if (instance.walVolumeClaimSpec !== void 0) volumes.push(claimVolume(reader, ["spec", "instances", i, "walVolumeClaimSpec"], "wal", setName));
    const tablespaces = instance.tablespaceVolumes;
    if (Array.isArray(tablespaces)) {
      tablespaces.forEach((tablespace, t) => {
        const owner = isObject(tablespace) && typeof tablespace.name === "string" ? tablespace.name : `${setName} tablespace ${t}`;
        volumes.push(claimVolume(reader, ["spec", "instances", i, "tablespaceVolumes", t, "dataVolumeClaimSpec"], "tablespace", owner));
      });
    }
    images.push(...containerImages(reader, ["spec", "instances", i, "containers"], "sidecar"));
  });
  images.unshift(singleImage(reader, "postgres", "image", ["spec", "image"], true, "`spec.image`"));
  const pgbackrest = reader.objectAt("spec", "backups", "pgbackrest");
  if (pgbackrest) images.push(singleImage(reader, "backup", "pgBackRest", ["spec", "backups", "pgbackrest", "image"], true));
  if (reader.objectAt("spec", "proxy", "pgBouncer")) {
    images.push(singleImage(reader, "pooler", "pgBouncer", ["spec", "proxy", "pgBouncer", "image"], true));
    images.push(...containerImages(reader, ["spec", "proxy", "pgBouncer", "containers"], "sidecar"));
  }
  if (reader.objectAt("spec", "monitoring", "pgmonitor", "exporter")) {
    images.push(singleImage(reader, "exporter", "exporter", ["spec", "monitoring", "pgmonitor", "exporter", "image"], true));
  }
  const schedules = [];
  const repos = reader.listAt("spec", "backups", "pgbackrest", "repos");
  if (pgbackrest && (repos === void 0 || repos.length === 0) && dig(pgbackrest, "repos") === void 0) {
    reader.problem("/spec/backups/pgbackrest", "spec.backups.pgbackrest.repos is required (at least one repo).");
  }
  const retention = [];
  (repos ?? []).forEach((repo, r) => {
    const repoPath = pointer("/spec/backups/pgbackrest/repos", r);
    if (!isObject(repo)) {
      reader.wrongType(repoPath, "an object", repo);
      return;
    }
    const repoName = typeof repo.name === "string" ? repo.name : `repo ${r}`;
    if (isObject(repo.volume)) volumes.push(claimVolume(reader, ["spec", "backups", "pgbackrest", "repos", r, "volume", "volumeClaimSpec"], "backup", repoName));
    const repoSchedules = reader.objectAt("spec", "backups", "pgbackrest", "repos", r, "schedules");
    for (const type of ["full", "differential", "incremental"]) {
      const value = repoSchedules?.[type];
      if (value === void 0 || value === null) continue;
      const field = reader.string(["spec", "backups", "pgbackrest", "repos", r, "schedules", type]);
      if (typeof value !== "string") continue;
      schedules.push({ type, schedule: { value, path: field.path, ...field.unknown ? { unknown: true } : {} }, dialect: "kubernetes", name: repoName, gates: PGO_V5_GATES });
    }
    const match = /^repo([1-4])/.exec(repoName);
    if (match) retention.push(...repoRetention(reader, `repo${match[1]}`));
  });
  const credentials = [];
  const users = dig(spec, "users");
  if (users === void 0 || users === null) {
    if (spec) credentials.push(credential(name, `${name}-pguser-${name}`, "/spec", true));
  } else if (Array.isArray(users)) {
    users.forEach((user, u) => {
      const userName = dig(user, "name");
      if (typeof userName !== "string" || userName === "") {
        reader.problem(pointer("/spec/users", u), `spec.users[${u}].name is required.`);
        return;
      }
      credentials.push(credential(userName, `${name}-pguser-${userName}`, pointer("/spec/users", u), true));
    });
  } else {
    reader.wrongType("/spec/users", "a list", users);
  }
  return {
    flavour: "pgo-v5",
    operator: pgoV5Syntax,
    objectIndex: index,
    resource: reader.resource,
    labels: metadataLabels(object),
    podLabels: podLabelsOfCluster,
    shutdown,
    instanceSets,
    totalInstances: totalOf(instanceSets, nearestExisting(object, "", "spec", "instances")),
    volumes,
    images,
    postgresVersion,
    backups: {
      configured: { value: (repos?.length ?? 0) > 0, path: nearestExisting(object, "", "spec", "backups", "pgbackrest", "repos") },
      schedules,
      retention
    },
    credentials,
    authSettings: []
  };
}
function repoRetention(reader, repo) {
  const global = ["spec", "backups", "pgbackrest", "global"];
  for (const [suffix, allowed] of [
    ["retention-full-type", ["count", "time"]],
    ["retention-archive-type", ["full", "diff", "incr"]]
  ]) {
    const field = reader.string([...global, `${repo}-${suffix}`]);
    if (field.value !== void 0 && !field.unknown && !allowed.includes(field.value)) {
      reader.problem(field.path, `\`${repo}-${suffix}: ${field.value}\` is not one of ${allowed.join(", ")}: pgBackRest refuses the option, so backups and expiry on ${repo} fail. Write one of ${allowed.join(", ")}.`);
    }
  }
  const full = reader.string([...global, `${repo}-retention-full`]);
  return [
    {
      setting: full,
      scope: `for ${repo}`,
      fix: `\`${repo}-retention-full: "14"\` (with \`${repo}-retention-full-type\`) under \`spec.backups.pgbackrest.global\``
    }
  ];
}
function claimVolume(reader, keys, role, owner) {
  const storageClass2 = reader.string([...keys, "storageClassName"]);
  const claim = dig(reader.object, ...keys);
  const volume = { role, owner, storageClass: storageClass2, persistent: { value: true, path: pointer("", ...keys) } };
  if (isObject(claim)) {
    volume.setStorageClass = (className) => [{ op: "add", path: pointer("", ...keys, "storageClassName"), value: className }];
  }
  return volume;
}
function singleImage(reader, role, name, keys, hasOperatorDefault, where) {
  const field = reader.string(keys);
  const reference = field.value !== void 0 || field.unknown || !hasOperatorDefault ? field : { ...field, defaulted: true };
  const patch = setPatch(reader.object, "", keys, "x");
  return imageUse(role, name, reference, patch ? (ref) => setPatch(reader.object, "", keys, ref) ?? [] : void 0, where);
}
function containerImages(reader, keys, role) {
  const list = dig(reader.object, ...keys);
  if (!Array.isArray(list)) return [];
  const uses = [];
  list.forEach((container, c) => {
    if (!isObject(container)) return;
    const name = typeof container.name === "string" ? container.name : `container ${c}`;
    const imageKeys = [...keys, c, "image"];
    uses.push(imageUse(role, name, reader.string(imageKeys), (ref) => [{ op: "add", path: pointer("", ...imageKeys), value: ref }]));
  });
  return uses;
}

// src/policies/adapters/statefulset.ts
var BETA_STORAGE_CLASS = "volume.beta.kubernetes.io/storage-class";
var POD = ["spec", "template", "spec"];
var statefulSetSyntax = {
  name: "a plain StatefulSet",
  instances: (count) => `\`spec.replicas: ${count}\` (and an image that sets up streaming replication; a StatefulSet alone only starts copies)`,
  shutdown: "If the stop is deliberate, add an ignore annotation with the reason.",
  spread: (hard) => `add \`spec.template.spec.affinity.podAntiAffinity.${hard ? "requiredDuringSchedulingIgnoredDuringExecution" : "preferredDuringSchedulingIgnoredDuringExecution"}\` with a labelSelector matching the pod template's labels and \`topologyKey: kubernetes.io/hostname\``,
  storageClassKey: "storageClassName",
  persistData: "declare a volume claim (`spec.volumeClaimTemplates`) mounted at the data directory",
  blankPassword: "The container receives an empty password",
  setPassword: (key) => `put a real password in \`${key}\``,
  scheduleBackups: "add a CronJob that runs pg_dump or pg_basebackup against it"
};
function postgresContainer(object) {
  if (!isKind(object, "apps", "StatefulSet")) return void 0;
  const containers = dig(object, ...POD, "containers");
  if (!Array.isArray(containers)) return void 0;
  for (let index = 0; index < containers.length; index++) {
    const image = dig(containers[index], "image");
    if (typeof image !== "string") continue;
    const parsed = parseImageReference(image);
    const family = parsed ? postgresImageFamily(parsed) : void 0;
    if (family) return { index, family };
  }
  return void 0;
}
function statefulSetCluster(input, index) {
  const reader = readerFor(input, index);
  const main = postgresContainer(reader?.object);
  if (!reader || !main) return void 0;
  const object = reader.object;
  const name = reader.resource.name;
  const replicas2 = reader.integer(["spec", "replicas"], { defaultValue: 1, min: 0 });
  const podLabelsFixed = stringRecord(dig(object, "spec", "template", "metadata", "labels"));
  const pods = { fixed: podLabelsFixed, dynamic: /* @__PURE__ */ new Set(["statefulset.kubernetes.io/pod-name", "apps.kubernetes.io/pod-index", "controller-revision-hash"]) };
  const affinity = dig(object, ...POD, "affinity");
  const terms = [
    ...antiAffinityTerms(affinity, pointer("", ...POD, "affinity"), pods),
    ...topologySpreadTerms(dig(object, ...POD, "topologySpreadConstraints"), pointer("", ...POD, "topologySpreadConstraints"), pods)
  ];
  const spreading = summariseSpreading(terms);
  const hasOwnAntiAffinity = terms.some((term) => term.source === "podAntiAffinity" && (term.selectsOwnPods || term.unknown));
  const selector = dig(object, "spec", "selector", "matchLabels");
  if (!hasOwnAntiAffinity && isObject(selector) && Object.keys(selector).length > 0 && !Object.values(selector).some(isPlaceholder) && isObject(dig(object, ...POD))) {
    const patch = addPreferredAntiAffinityPatch(affinity, pointer("", ...POD, "affinity"), stringRecord(selector), 100);
    if (patch) spreading.addSoftAntiAffinity = patch;
  }
  const volumes = claimVolumes(reader, main.index);
  const images = [];
  const authSettings = [];
  const credentials = [];
  for (const [listKey, defaultRole] of [
    ["containers", "sidecar"],
    ["initContainers", "init"]
  ]) {
    const list = dig(object, ...POD, listKey);
    if (!Array.isArray(list)) continue;
    list.forEach((container, c) => {
      if (!isObject(container)) return;
      const containerName = typeof container.name === "string" ? container.name : `${listKey}[${c}]`;
      const keys = [...POD, listKey, c, "image"];
      const isMain = listKey === "containers" && c === main.index;
      const role = isMain ? "postgres" : listKey === "containers" && /exporter|metrics/.test(containerName) ? "exporter" : defaultRole;
      images.push(imageUse(role, containerName, reader.string(keys), (ref) => [{ op: "add", path: pointer("", ...keys), value: ref }], `the \`${containerName}\` container's \`image\``));
      if (listKey === "containers") readEnv(input, container, pointer("", ...POD, listKey, c), containerName, isMain ? main.family : void 0, reader.resource.namespace, authSettings, credentials);
    });
  }
  return {
    flavour: "statefulset",
    operator: statefulSetSyntax,
    objectIndex: index,
    resource: reader.resource,
    labels: metadataLabels(object),
    podLabels: podLabelsFixed,
    // replicas: 0 is a deliberate scale-down, not a missing replica.
    shutdown: { value: replicas2.value === 0, path: replicas2.path, ...replicas2.defaulted ? { defaulted: true } : {}, ...replicas2.unknown ? { unknown: true } : {} },
    instanceSets: [{ name, replicas: replicas2, path: nearestExisting(object, "", "spec"), spreading }],
    totalInstances: { ...replicas2 },
    volumes,
    images,
    backups: { configured: { value: false, path: nearestExisting(object, "", "spec"), defaulted: true }, schedules: [], retention: [] },
    credentials,
    authSettings
  };
}
function claimVolumes(reader, mainIndex) {
  const object = reader.object;
  const mounts = dig(object, ...POD, "containers", mainIndex, "volumeMounts");
  const mounted = new Set(Array.isArray(mounts) ? mounts.map((mount) => dig(mount, "name")).filter((n) => typeof n === "string") : []);
  const templates = reader.listAt("spec", "volumeClaimTemplates");
  const volumes = [];
  (templates ?? []).forEach((template, t) => {
    if (!isObject(template)) return;
    const claimName = typeof dig(template, "metadata", "name") === "string" ? String(dig(template, "metadata", "name")) : `claim ${t}`;
    const field = reader.string(["spec", "volumeClaimTemplates", t, "spec", "storageClassName"]);
    const annotation = reader.string(["spec", "volumeClaimTemplates", t, "metadata", "annotations", BETA_STORAGE_CLASS]);
    const storageClass2 = field.value !== void 0 || field.unknown ? field : annotation.value !== void 0 || annotation.unknown ? annotation : { value: void 0, path: nearestExisting(object, "", "spec", "volumeClaimTemplates", t, "spec") };
    const volume = { role: mounted.size === 0 || mounted.has(claimName) ? "data" : "other", owner: claimName, storageClass: storageClass2, persistent: { value: true, path: pointer("/spec/volumeClaimTemplates", t) } };
    if (isObject(template.spec)) {
      const onAnnotation = annotation.value !== void 0 && field.value === void 0;
      volume.setStorageClass = (className) => [
        onAnnotation ? { op: "add", path: pointer("/spec/volumeClaimTemplates", t, "metadata", "annotations", BETA_STORAGE_CLASS), value: className } : { op: "add", path: pointer("/spec/volumeClaimTemplates", t, "spec", "storageClassName"), value: className }
      ];
    }
    volumes.push(volume);
  });
  if (volumes.length === 0) {
    const podVolumes = dig(object, ...POD, "volumes");
    const pvc = Array.isArray(podVolumes) && podVolumes.some((volume) => mounted.has(String(dig(volume, "name"))) && dig(volume, "persistentVolumeClaim") !== void 0);
    volumes.push({ role: "data", owner: reader.resource.name, storageClass: { value: void 0, path: nearestExisting(object, "", "spec"), unknown: pvc }, persistent: { value: pvc, path: nearestExisting(object, "", "spec") } });
  }
  return volumes;
}
var PASSWORD_USERS = {
  POSTGRESQL_POSTGRES_PASSWORD: [[], "postgres"],
  POSTGRESQL_REPLICATION_PASSWORD: [["POSTGRESQL_REPLICATION_USER"], "replicator"],
  REPMGR_PASSWORD: [["REPMGR_USERNAME"], "repmgr"],
  PGPASSWORD_SUPERUSER: [["PGUSER_SUPERUSER"], "postgres"],
  PGPASSWORD_STANDBY: [["PGUSER_STANDBY"], "standby"],
  PGPASSWORD_ADMIN: [["PGUSER_ADMIN"], "admin"],
  PG_PASSWORD: [["PG_USER"], "postgres"],
  PG_ROOT_PASSWORD: [[], "postgres"],
  PG_PRIMARY_PASSWORD: [["PG_PRIMARY_USER"], "primaryuser"],
  PATRONI_SUPERUSER_PASSWORD: [["PATRONI_SUPERUSER_USERNAME"], "postgres"],
  PATRONI_REPLICATION_PASSWORD: [["PATRONI_REPLICATION_USERNAME"], "replicator"]
};
var ENV_FROM_PASSWORDS = ["POSTGRES_PASSWORD", "POSTGRESQL_PASSWORD", ...Object.keys(PASSWORD_USERS)];
var YES = ["yes", "true", "1"];
function containerEnv(input, container, containerPath, namespace) {
  const vars = /* @__PURE__ */ new Map();
  const opaque = [];
  const envFrom = container.envFrom;
  if (Array.isArray(envFrom)) {
    envFrom.forEach((source, f) => {
      if (!isObject(source)) return;
      const path = pointer(containerPath, "envFrom", f);
      const prefix = typeof source.prefix === "string" ? source.prefix : "";
      const secretName = dig(source, "secretRef", "name");
      if (typeof secretName === "string") {
        if (isPlaceholder(secretName)) return;
        opaque.push(path);
        for (const variable of ENV_FROM_PASSWORDS) {
          if (prefix !== "" && !variable.startsWith(prefix)) continue;
          vars.set(variable, { kind: "secret", secret: secretName, key: variable.slice(prefix.length), path, fromEnvFrom: true });
        }
        return;
      }
      const mapName = dig(source, "configMapRef", "name");
      if (typeof mapName !== "string" || isPlaceholder(mapName)) return;
      const mapIndex = input.index.find("", "ConfigMap", mapName, namespace);
      const data = mapIndex === void 0 ? void 0 : dig(input.objects[mapIndex], "data");
      if (mapIndex === void 0 || !isObject(data)) {
        opaque.push(path);
        return;
      }
      for (const [key, value] of Object.entries(data)) {
        const at = pointer("/data", key);
        vars.set(`${prefix}${key}`, typeof value === "string" && !isPlaceholder(value) ? { kind: "literal", value, path: at, objectIndex: mapIndex } : { kind: "unknown", path: at });
      }
    });
  }
  const env = container.env;
  if (Array.isArray(env)) {
    env.forEach((variable, e) => {
      if (!isObject(variable) || typeof variable.name !== "string") return;
      const path = pointer(containerPath, "env", e);
      const ref = dig(variable, "valueFrom", "secretKeyRef");
      if (isObject(ref)) {
        if (typeof ref.name === "string" && typeof ref.key === "string" && !isPlaceholder(ref.name) && !isPlaceholder(ref.key)) {
          vars.set(variable.name, { kind: "secret", secret: ref.name, key: ref.key, path, fromEnvFrom: false });
        } else vars.set(variable.name, { kind: "unknown", path });
        return;
      }
      if (variable.valueFrom !== void 0) vars.set(variable.name, { kind: "unknown", path });
      else if (variable.value === void 0 || variable.value === null) vars.set(variable.name, { kind: "literal", value: "", path });
      else if (typeof variable.value === "string" && isPlaceholder(variable.value)) vars.set(variable.name, { kind: "unknown", path });
      else vars.set(variable.name, { kind: "literal", value: String(variable.value), path });
    });
  }
  return { vars, opaque };
}
function passwordState(value, fileValue) {
  if (fileValue !== void 0) return fileValue.kind === "literal" && fileValue.value === "" ? "empty" : "unknown";
  if (value === void 0) return "empty";
  if (value.kind === "literal") return value.value === "" ? "empty" : "set";
  return "unknown";
}
function readEnv(input, container, containerPath, containerName, family, namespace, auth, credentials) {
  const { vars, opaque } = containerEnv(input, container, containerPath, namespace);
  const literal = (name) => {
    const value = vars.get(name);
    return value?.kind === "literal" ? value.value : void 0;
  };
  const userOf = (passwordVariable) => {
    const [userVariables, fallback] = PASSWORD_USERS[passwordVariable] ?? [["POSTGRES_USER", "POSTGRESQL_USERNAME"], "postgres"];
    for (const name of userVariables) if (literal(name)) return literal(name);
    return fallback;
  };
  const setting = (name, value, effect, extra = {}) => {
    auth.push({ name, path: value.path, container: containerName, effect, ...value.kind === "literal" && value.objectIndex !== void 0 ? { objectIndex: value.objectIndex } : {}, ...extra });
  };
  const allowEmpty = YES.includes((literal("ALLOW_EMPTY_PASSWORD") ?? "").toLowerCase());
  for (const [name, value] of vars) {
    if (value.kind === "secret") {
      if (!isPasswordVariable(name)) continue;
      const entry = { ...credential(userOf(name), value.secret, value.path, false, value.key), ...value.fromEnvFrom ? { optional: true } : {} };
      if (allowEmpty && (name === "POSTGRESQL_PASSWORD" || name === "POSTGRES_PASSWORD")) {
        entry.blankBehaviour = "With `ALLOW_EMPTY_PASSWORD=yes` Bitnami then keeps pg_hba.conf on `trust` for every address (postgresql_restrict_pghba switches to md5 only when a password is set)";
      }
      credentials.push(entry);
      continue;
    }
    if (value.kind !== "literal") continue;
    const lower = value.value.toLowerCase();
    if (/HOST_AUTH_METHOD$/.test(name) && lower === "trust") {
      setting(name, value, "remove it and set `POSTGRES_PASSWORD` from a Secret. The image then writes `host all all all trust` to pg_hba.conf: no password is needed from any host", { value: "trust" });
    } else if (name === "ALLOW_EMPTY_PASSWORD" && YES.includes(lower)) {
      const password = passwordState(vars.get("POSTGRESQL_PASSWORD") ?? vars.get("POSTGRES_PASSWORD"), vars.get("POSTGRESQL_PASSWORD_FILE") ?? vars.get("POSTGRES_PASSWORD_FILE"));
      const trustAll = YES.includes((literal("REPMGR_PGHBA_TRUST_ALL") ?? "").toLowerCase());
      if (password === "set" && !trustAll) continue;
      if (password === "unknown" && !trustAll) continue;
      setting(name, value, "remove it and set `POSTGRESQL_PASSWORD` from a Secret. With no password Bitnami leaves pg_hba.conf on `trust` for every address, so anyone who reaches the port logs in", { value: lower });
    } else if (isPasswordVariable(name) && value.value === "" && value.objectIndex === void 0) {
      setting(name, value, "set it from a Secret (`valueFrom.secretKeyRef`). An empty password either stops the container at first start or, with trust settings, leaves the database open", { empty: true });
    } else if (isPasswordVariable(name) && value.value === "") {
      setting(name, value, "put a password in a Secret instead (`envFrom.secretRef`). An empty password either stops the container at first start or, with trust settings, leaves the database open", { empty: true });
    }
  }
  if (family === "spilo" && !vars.has("PGPASSWORD_SUPERUSER") && opaque.length === 0) {
    const env = container.env;
    auth.push({
      name: "PGPASSWORD_SUPERUSER",
      path: Array.isArray(env) ? pointer(containerPath, "env") : containerPath,
      container: containerName,
      unset: true,
      effect: "set it from a Secret. Unset, Spilo gives the superuser the well-known password `zalando` (and `standby`, `cola` to the other system users)"
    });
  }
}

// src/policies/adapters/zalando.ts
var ZALANDO_GROUP = "acid.zalan.do";
var ZALANDO_DEFAULT_IMAGE = "ghcr.io/zalando/spilo-18:4.1-p2";
var DEFAULT_POOLER_IMAGE = "ghcr.io/zalando/postgres-operator/pgbouncer:v2.0.1";
var DEFAULT_LOGICAL_BACKUP_IMAGE = "ghcr.io/zalando/postgres-operator/logical-backup:v2.0.1";
var DEFAULT_LOGICAL_BACKUP_SCHEDULE = "30 00 * * *";
var HOSTNAME3 = "kubernetes.io/hostname";
var zalandoSyntax = {
  name: "the Zalando operator",
  instances: (count) => `\`spec.numberOfInstances: ${count}\``,
  shutdown: "If the stop is deliberate, add an ignore annotation with the reason.",
  // Anti-affinity is operator-wide only: no PostgresSpec field (postgresql_type.go L39-128; k8sres.go L556-613).
  spread: (hard) => `set \`enable_pod_antiaffinity: true\`${hard ? "" : " and `pod_antiaffinity_preferred_during_scheduling: true`"} in the OperatorConfiguration (\`configuration.kubernetes\`) or the operator ConfigMap \u2014 a postgresql manifest cannot change it`,
  storageClassKey: "storageClass",
  persistData: "declare `spec.volume.size`",
  // sync.go L1211-1213 adopts the Secret's password as is; users.go L229-230 / L252-279.
  blankPassword: "The Zalando operator does not regenerate it: it adopts the blank password, creates a new role with PASSWORD NULL and leaves an existing role\u2019s old password, so Secret and database disagree",
  setPassword: (key) => `put a real password in \`${key}\`, or delete the Secret from Git so that the Zalando operator generates one`,
  scheduleBackups: 'set `spec.enableLogicalBackup: true` and `spec.logicalBackupSchedule: "30 00 * * *"` (or configure Spilo WAL-E/WAL-G base backups)'
};
var LOGICAL_BACKUP_GATES = {
  schema: "the postgresql CRD pattern at admission",
  parser: "the apiserver when the operator creates the logical-backup CronJob, after it accepted the postgresql, so no logical backup runs",
  example: "5 fields, each a number or `*` with an optional `/n` (no ranges or lists), e.g. `30 00 * * *`"
};
var SPILO_GATES = {
  schema: "cron in the Spilo container (nothing checks it at admission; the base backup never runs)",
  parser: "cron in the Spilo container (nothing checks it at admission; the base backup never runs)",
  example: "5 fields, e.g. `00 01 * * *`"
};
function isZalandoCluster(object) {
  return isKind(object, ZALANDO_GROUP, "postgresql");
}
var ZalandoOperatorConfig = class {
  sources = [];
  constructor(input) {
    input.objects.forEach((object, index) => {
      if (object === void 0) return;
      if (object.kind === "ConfigMap" && object.apiVersion === "v1") {
        if (isZalandoConfigMap(object)) this.sources.push({ index, object, kind: "configmap" });
      } else if (isKind(object, ZALANDO_GROUP, "OperatorConfiguration")) this.sources.push({ index, object, kind: "crd" });
      else if (isKind(object, "helm.toolkit.fluxcd.io", "HelmRelease") && dig(object, "spec", "chart", "spec", "chart") === "postgres-operator") {
        this.sources.push({ index, object, kind: "helm" });
      }
    });
  }
  get(section, key) {
    for (const source of this.sources) {
      const keys = source.kind === "crd" ? section === "" ? ["configuration", key] : ["configuration", section, key] : source.kind === "helm" ? ["spec", "values", HELM_SECTIONS[section] ?? "configGeneral", key] : ["data", key];
      const raw = dig(source.object, ...keys);
      if (raw === void 0 || raw === null) {
        const valuesFrom = dig(source.object, "spec", "valuesFrom");
        if (source.kind === "helm" && Array.isArray(valuesFrom) && valuesFrom.length > 0) {
          return { raw: void 0, source: { value: void 0, path: "/spec/valuesFrom", objectIndex: source.index, unknown: true } };
        }
        continue;
      }
      const sourced = { value: raw, path: pointer("", ...keys), objectIndex: source.index };
      if (isPlaceholder(raw)) sourced.unknown = true;
      return { raw, source: sourced };
    }
    return void 0;
  }
};
var HELM_SECTIONS = {
  "": "configGeneral",
  kubernetes: "configKubernetes",
  logical_backup: "configLogicalBackup",
  aws_or_gcp: "configAwsOrGcp"
};
var OPERATOR_KEYS = ["enable_pod_antiaffinity", "docker_image", "super_username", "cluster_labels", "pod_antiaffinity_topology_key", "logical_backup_schedule", "cluster_name_label"];
function isZalandoConfigMap(object) {
  const data = object.data;
  if (!isObject(data)) return false;
  return OPERATOR_KEYS.filter((key) => Object.hasOwn(data, key)).length >= 2 || Object.hasOwn(data, "enable_pod_antiaffinity");
}
function asBoolean(raw) {
  if (typeof raw === "boolean") return raw;
  if (raw === "true") return true;
  if (raw === "false") return false;
  return void 0;
}
function clampInstances(instances, object, config) {
  if (instances.value === void 0) return instances;
  const ignoreKey = config.get("", "ignore_instance_limits_annotation_key")?.raw;
  if (typeof ignoreKey === "string" && ignoreKey !== "" && dig(object, "metadata", "annotations", ignoreKey) === "true") return instances;
  const limit = (key) => {
    const setting = config.get("", key);
    const value = typeof setting?.raw === "number" ? setting.raw : typeof setting?.raw === "string" && /^-?\d+$/.test(setting.raw) ? Number(setting.raw) : void 0;
    return setting && value !== void 0 && value >= 0 ? { value, source: setting.source } : void 0;
  };
  const max = limit("max_instances");
  const min = limit("min_instances");
  let clamped = instances;
  if (max && instances.value > max.value) clamped = { value: max.value, path: max.source.path, objectIndex: max.source.objectIndex, defaulted: true };
  if (min && (clamped.value ?? 0) < min.value) clamped = { value: min.value, path: min.source.path, objectIndex: min.source.objectIndex, defaulted: true };
  return clamped;
}
function zalandoCluster(input, index, config) {
  const reader = readerFor(input, index);
  if (!reader || !isZalandoCluster(reader.object)) return void 0;
  const object = reader.object;
  const name = reader.resource.name;
  const spec = reader.objectAt("spec");
  if (!spec) reader.problem("", "spec is required for a Zalando postgresql (numberOfInstances, postgresql.version, teamId, volume.size).");
  else {
    for (const field of ["teamId"]) if (spec[field] === void 0) reader.problem("/spec", `spec.${field} is required.`);
    if (dig(spec, "volume", "size") === void 0) reader.problem(nearestExisting(object, "", "spec", "volume"), "spec.volume.size is required.");
  }
  const instances = clampInstances(reader.integer(["spec", "numberOfInstances"], { required: spec !== void 0, min: 0 }), object, config);
  const shutdown = { value: instances.value === 0, path: instances.path };
  if (instances.unknown) shutdown.unknown = true;
  if (instances.value === void 0 && !instances.unknown) shutdown.defaulted = true;
  const clusterNameLabel = typeof config.get("kubernetes", "cluster_name_label")?.raw === "string" ? String(config.get("kubernetes", "cluster_name_label")?.raw) : "cluster-name";
  const pods = { fixed: { application: "spilo", [clusterNameLabel]: name }, dynamic: /* @__PURE__ */ new Set(["spilo-role"]), maybe: metadataLabels(object) };
  const terms = topologySpreadTerms(dig(spec, "topologySpreadConstraints"), "/spec/topologySpreadConstraints", pods);
  const enable = config.get("kubernetes", "enable_pod_antiaffinity");
  let decidedByOperatorConfig;
  if (enable) {
    decidedByOperatorConfig = enable.source;
    const enabled = asBoolean(enable.raw);
    if (enabled === true || enable.source.unknown) {
      const preferred = config.get("kubernetes", "pod_antiaffinity_preferred_during_scheduling");
      const key = config.get("kubernetes", "pod_antiaffinity_topology_key");
      const term = {
        source: "operatorDefault",
        level: asBoolean(preferred?.raw) === true ? "soft" : "hard",
        topologyKey: typeof key?.raw === "string" && key.raw !== "" ? key.raw : HOSTNAME3,
        path: enable.source.path,
        objectIndex: enable.source.objectIndex,
        selectsOwnPods: true
      };
      if (enable.source.unknown || preferred?.source.unknown || key?.source.unknown) term.unknown = true;
      terms.push(term);
    }
  }
  const spreading = summariseSpreading(terms);
  if (decidedByOperatorConfig) spreading.decidedByOperatorConfig = decidedByOperatorConfig;
  spreading.origin = decidedByOperatorConfig ? `The operator configuration given (\`${decidedByOperatorConfig.path}\`${decidedByOperatorConfig.unknown ? "" : ` = ${JSON.stringify(decidedByOperatorConfig.value)}`}) decides this for every cluster of that operator.` : "No operator configuration was given, so the operator default holds: `enable_pod_antiaffinity: false` (no anti-affinity).";
  const volumes = [];
  const volume = reader.objectAt("spec", "volume");
  const dataVolume = { role: "data", owner: name, storageClass: reader.string(["spec", "volume", "storageClass"]), persistent: { value: true, path: nearestExisting(object, "", "spec", "volume") } };
  if (spec && (volume !== void 0 || dig(spec, "volume") === void 0)) {
    dataVolume.setStorageClass = (className) => setPatch(object, "", ["spec", "volume", "storageClass"], className) ?? [];
  }
  volumes.push(dataVolume);
  const images = [];
  const dockerImage = reader.string(["spec", "dockerImage"]);
  const operatorImage = config.get("", "docker_image");
  const postgresReference = dockerImage.value !== void 0 || dockerImage.unknown ? dockerImage : operatorImage && typeof operatorImage.raw === "string" ? { value: operatorImage.source.unknown ? void 0 : operatorImage.raw, path: operatorImage.source.path, objectIndex: operatorImage.source.objectIndex, defaulted: true, ...operatorImage.source.unknown ? { unknown: true } : {} } : { value: ZALANDO_DEFAULT_IMAGE, path: dockerImage.path, defaulted: true };
  images.push(imageUse("postgres", "dockerImage", postgresReference, spec ? (ref) => [{ op: "add", path: "/spec/dockerImage", value: ref }] : void 0, "`spec.dockerImage`"));
  const pooler = reader.boolean(["spec", "enableConnectionPooler"], false);
  const replicaPooler = reader.boolean(["spec", "enableReplicaConnectionPooler"], false);
  if (pooler.value || replicaPooler.value) {
    const poolerImage = reader.string(["spec", "connectionPooler", "dockerImage"]);
    const reference = poolerImage.value !== void 0 || poolerImage.unknown ? poolerImage : { value: DEFAULT_POOLER_IMAGE, path: poolerImage.path, defaulted: true };
    images.push(imageUse("pooler", "connectionPooler", reference, (ref) => setPatch(object, "", ["spec", "connectionPooler", "dockerImage"], ref) ?? []));
  }
  images.push(...containerImages(reader, ["spec", "sidecars"], "sidecar"));
  const version = reader.string(["spec", "postgresql", "version"]);
  if (spec && version.value === void 0 && !version.unknown) reader.problem(version.path, 'spec.postgresql.version is required (a string such as "16").');
  let postgresVersion = { value: void 0, path: version.path, ...version.unknown ? { unknown: true } : {} };
  if (version.value !== void 0) {
    if (/^\d+$/.test(version.value)) postgresVersion = { value: Number(version.value), path: version.path };
    else reader.problem(version.path, `spec.postgresql.version must be a major version such as "16", got "${version.value}".`);
  }
  const logical = reader.boolean(["spec", "enableLogicalBackup"], false);
  const schedules = [];
  if (logical.value && !logical.unknown) {
    const scheduleField = reader.string(["spec", "logicalBackupSchedule"]);
    const operatorSchedule = config.get("logical_backup", "logical_backup_schedule");
    const schedule = scheduleField.value !== void 0 || scheduleField.unknown ? { value: scheduleField.value ?? "", path: scheduleField.path, ...scheduleField.unknown ? { unknown: true } : {} } : operatorSchedule && typeof operatorSchedule.raw === "string" ? { value: operatorSchedule.raw, path: operatorSchedule.source.path, objectIndex: operatorSchedule.source.objectIndex, defaulted: true, ...operatorSchedule.source.unknown ? { unknown: true } : {} } : { value: DEFAULT_LOGICAL_BACKUP_SCHEDULE, path: logical.path, defaulted: true };
    schedules.push({ type: "logical", schedule, dialect: "zalando", name: `logical-backup-${name}`, gates: LOGICAL_BACKUP_GATES });
    images.push(imageUse("backup", "logical backup", { value: DEFAULT_LOGICAL_BACKUP_IMAGE, path: logical.path, defaulted: true }));
  }
  const credentials = [];
  const secretName = (user) => `${user.replace(/_/g, "-")}.${name}.credentials.postgresql.acid.zalan.do`;
  if (spec) {
    credentials.push(credential("postgres", secretName("postgres"), "/spec", false));
    credentials.push(credential("standby", secretName("standby"), "/spec", false));
  }
  const users = reader.objectAt("spec", "users");
  if (users) {
    for (const user of Object.keys(users)) {
      if (isPlaceholder(user)) continue;
      const existing = credentials.findIndex((entry) => entry.secretName === secretName(user));
      if (existing >= 0) credentials.splice(existing, 1);
      credentials.push(credential(user, secretName(user), pointer("/spec/users", user), false));
    }
  }
  return {
    flavour: "zalando",
    operator: zalandoSyntax,
    objectIndex: index,
    resource: reader.resource,
    labels: metadataLabels(object),
    podLabels: pods.fixed,
    shutdown,
    instanceSets: [{ name, replicas: instances, path: nearestExisting(object, "", "spec"), spreading }],
    totalInstances: { ...instances },
    volumes,
    images,
    postgresVersion,
    backups: backupsOf(input, reader, config, logical, schedules),
    credentials,
    authSettings: []
  };
}
var WAL_DESTINATION = /^(WAL_(S3|GS)_BUCKET|WAL[EG]_(S3|GS|AZ|AZURE|FILE|SWIFT)_PREFIX|AZURE_STORAGE_ACCOUNT)$/;
var OPERATOR_WAL_KEYS = ["wal_s3_bucket", "wal_gs_bucket", "wal_az_storage_account"];
var SPILO_BACKUP_SCHEDULE = "00 01 * * *";
var SPILO_BACKUPS_TO_RETAIN = "5";
function backupsOf(input, reader, config, logical, schedules) {
  const env = /* @__PURE__ */ new Map();
  let hidden;
  for (const key of OPERATOR_WAL_KEYS) {
    const setting = config.get("aws_or_gcp", key);
    if (setting && (typeof setting.raw === "string" || setting.source.unknown)) {
      env.set(key.toUpperCase(), { value: typeof setting.raw === "string" ? setting.raw : void 0, path: setting.source.path, objectIndex: setting.source.objectIndex, ...setting.source.unknown ? { unknown: true } : {} });
    }
  }
  const namespace = reader.resource.namespace;
  const configMapSetting = config.get("kubernetes", "pod_environment_configmap");
  if (configMapSetting && typeof configMapSetting.raw === "string" && configMapSetting.raw !== "") {
    const [mapNamespace, mapName] = configMapSetting.raw.includes("/") ? configMapSetting.raw.split("/", 2) : [namespace, configMapSetting.raw];
    const index = input.objects.findIndex(
      (object) => object?.kind === "ConfigMap" && object.apiVersion === "v1" && resourceOf(object).name === mapName && sameNamespace(resourceOf(object).namespace, mapNamespace)
    );
    if (index < 0) hidden = configMapSetting.source;
    else {
      const data = dig(input.objects[index], "data");
      if (isObject(data)) {
        for (const [key, value] of Object.entries(data)) {
          env.set(key, { value: typeof value === "string" && !isPlaceholder(value) ? value : void 0, path: pointer("/data", key), objectIndex: index, ...isPlaceholder(value) ? { unknown: true } : {} });
        }
      }
    }
  } else if (configMapSetting?.source.unknown) hidden = configMapSetting.source;
  const secretSetting = config.get("kubernetes", "pod_environment_secret");
  if (!hidden && secretSetting && (secretSetting.source.unknown || typeof secretSetting.raw === "string" && secretSetting.raw !== "")) hidden = secretSetting.source;
  const manifestEnv = dig(reader.object, "spec", "env");
  if (Array.isArray(manifestEnv)) {
    manifestEnv.forEach((variable, e) => {
      if (!isObject(variable) || typeof variable.name !== "string") return;
      const literal = typeof variable.value === "string" && !isPlaceholder(variable.value);
      env.set(variable.name, { value: literal ? String(variable.value) : void 0, path: pointer("/spec/env", e), ...literal ? {} : { unknown: true } });
    });
  }
  const destination = [...env.entries()].find(([name, entry]) => WAL_DESTINATION.test(name) && (entry.unknown || (entry.value ?? "") !== ""));
  const logicalOn = logical.value && !logical.unknown;
  let configured = { value: logicalOn, path: logical.path, ...logical.defaulted ? { defaulted: true } : {} };
  let retention = reader.string(["spec", "logicalBackupRetention"]);
  if (destination) {
    const [, where] = destination;
    if (!logicalOn) configured = { value: true, path: where.path, ...where.objectIndex !== void 0 ? { objectIndex: where.objectIndex } : {}, ...where.unknown ? { unknown: true } : {} };
    const schedule = env.get("BACKUP_SCHEDULE");
    schedules.push({
      type: "base",
      // Spilo installs the schedule into Debian cron: 5 fields, the same grammar as a Kubernetes CronJob.
      schedule: schedule && (schedule.value !== void 0 || schedule.unknown) ? { value: schedule.value ?? "", path: schedule.path, ...schedule.objectIndex !== void 0 ? { objectIndex: schedule.objectIndex } : {}, ...schedule.unknown ? { unknown: true } : {} } : { value: SPILO_BACKUP_SCHEDULE, path: where.path, ...where.objectIndex !== void 0 ? { objectIndex: where.objectIndex } : {}, defaulted: true },
      dialect: "kubernetes",
      name: "Spilo base backup",
      gates: SPILO_GATES
    });
    if (retention.value === void 0 && !retention.unknown) {
      const keep = env.get("BACKUP_NUM_TO_RETAIN");
      retention = keep && (keep.value !== void 0 || keep.unknown) ? { value: keep.value, path: keep.path, ...keep.objectIndex !== void 0 ? { objectIndex: keep.objectIndex } : {}, ...keep.unknown ? { unknown: true } : {} } : { value: SPILO_BACKUPS_TO_RETAIN, path: where.path, ...where.objectIndex !== void 0 ? { objectIndex: where.objectIndex } : {}, defaulted: true };
    }
  } else if (!logicalOn && hidden) {
    configured = { value: false, path: hidden.path, ...hidden.objectIndex !== void 0 ? { objectIndex: hidden.objectIndex } : {}, unknown: true };
  }
  return {
    configured,
    schedules,
    retention: [{ setting: retention, fix: '`spec.logicalBackupRetention` (e.g. `"3 months"`) or `logical_backup_s3_retention_time` in the operator configuration' }]
  };
}

// src/policies/adapters/index.ts
function buildModel(inputs) {
  const problems = [];
  const objects = inputs.map((entry) => isObject(entry?.object) ? entry.object : void 0);
  const input = { inputs, objects, problems, index: new ObjectIndex(objects) };
  const zalandoConfig = new ZalandoOperatorConfig(input);
  const clusters = [];
  const secrets = [];
  for (let index = 0; index < inputs.length; index++) {
    const object = input.objects[index];
    if (object === void 0) continue;
    try {
      const unserved = unservedVersion(object);
      if (unserved !== void 0) {
        problems.push({ objectIndex: index, resource: resourceOf(object), path: "/apiVersion", message: unserved });
        continue;
      }
      const cluster = pgoV5Cluster(input, index) ?? cnpgCluster(input, index) ?? zalandoCluster(input, index, zalandoConfig) ?? pgoV4Cluster(input, index) ?? statefulSetCluster(input, index);
      if (cluster) clusters.push(cluster);
      if (object.kind === "Secret" && object.apiVersion === "v1") secrets.push(secretInfo(object, index, inputs[index]?.oldObject));
    } catch (error) {
      problems.push({
        objectIndex: index,
        resource: resourceOf(object),
        path: "",
        message: `pgwarden could not read this object (internal error: ${error instanceof Error ? error.message : String(error)}); please report it.`
      });
    }
  }
  problems.push(...scheduledBackupProblems(input));
  for (const cluster of clusters) nameForeignObjects(cluster, input);
  return { clusters, secrets, problems };
}
function nameForeignObjects(value, input, depth = 0) {
  if (depth > 12 || value === null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    for (const item of value) nameForeignObjects(item, input, depth + 1);
    return;
  }
  const record = value;
  if (depth > 0 && typeof record.objectIndex === "number" && typeof record.path === "string" && record.resource === void 0) {
    const object = input.objects[record.objectIndex];
    if (object) record.resource = resourceOf(object);
  }
  for (const key in record) {
    const item = record[key];
    if (key !== "resource" && item !== null && typeof item === "object") nameForeignObjects(item, input, depth + 1);
  }
}
function secretKeys(object) {
  const keys = {};
  for (const field of ["data", "stringData"]) {
    const block = dig(object, field);
    if (!isObject(block)) continue;
    for (const [key, value] of Object.entries(block)) {
      const path = pointer("", field, key);
      if (isPlaceholder(value)) keys[key] = { empty: false, unknown: true, path };
      else if (value === null || value === void 0) keys[key] = { empty: true, path };
      else if (typeof value !== "string") keys[key] = { empty: false, unknown: true, path };
      else if (field === "data") keys[key] = { empty: isEmptyBase64(value), path };
      else keys[key] = { empty: value === "", path };
    }
  }
  return keys;
}
function isEmptyBase64(value) {
  const compact = value.replace(/\s/g, "");
  return compact === "" || /^=*$/.test(compact);
}
function secretInfo(object, index, oldObject) {
  const info = { objectIndex: index, resource: resourceOf(object), keys: secretKeys(object) };
  if (typeof object.type === "string") info.type = object.type;
  if (isObject(oldObject)) info.previousKeys = secretKeys(oldObject);
  return info;
}

// src/policies/engine.ts
import { Ajv as Ajv2 } from "ajv";

// src/policies/policy.ts
import { Ajv } from "ajv";
import picomatch3 from "picomatch";
import { isMap, LineCounter } from "yaml";

// src/yaml/index.ts
import { isAlias, parseAllDocuments, visit } from "yaml";
var MAX_ALIAS_COUNT = 1e3;
var EXCESSIVE_ALIASING = "document contains excessive aliasing";
function parseYamlStream(text, options = {}) {
  const docs = parseAllDocuments(text, options);
  return Array.isArray(docs) ? docs : [];
}
var YamlAliasError = class extends Error {
  constructor(offset) {
    super(EXCESSIVE_ALIASING);
    this.offset = offset;
    this.name = "YamlAliasError";
  }
  offset;
};
function yamlToJS(doc) {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    if (!(e instanceof ReferenceError && /alias/i.test(e.message))) throw e;
    let offset = doc.contents?.range?.[0] ?? 0;
    visit(doc, {
      Alias: (_key, node) => {
        offset = node.range?.[0] ?? offset;
        return visit.BREAK;
      }
    });
    throw new YamlAliasError(offset);
  }
}
function parseYamlValue(text) {
  const [doc] = parseYamlStream(text);
  if (!doc) return null;
  if (doc.errors.length > 0) throw doc.errors[0];
  return yamlToJS(doc);
}
var RATIO_LOW = 4e5;
var RATIO_HIGH = 4e6;
function allowedAliasRatio(decodeCount) {
  if (decodeCount <= RATIO_LOW) return 0.99;
  if (decodeCount >= RATIO_HIGH) return 0.1;
  return 0.99 - 0.89 * ((decodeCount - RATIO_LOW) / (RATIO_HIGH - RATIO_LOW));
}
var AliasExpansion = class {
  targets = /* @__PURE__ */ new Map();
  decodeCount = 0;
  aliasCount = 0;
  depth = 0;
  constructor(doc) {
    const last = /* @__PURE__ */ new Map();
    visit(doc, {
      Node: (_key, node) => {
        if (isAlias(node)) this.targets.set(node, last.get(node.source));
        else if (node.anchor) last.set(node.anchor, node);
      }
    });
  }
  /** The node an alias names (the last anchor of that name before it), or undefined. */
  target(alias) {
    return this.targets.get(alias);
  }
  /** Count one decoded node (at `offset`); throws past go-yaml's alias ratio. */
  decode(offset) {
    this.decodeCount++;
    if (this.depth > 0) this.aliasCount++;
    if (this.aliasCount > 100 && this.decodeCount > 1e3 && this.aliasCount / this.decodeCount > allowedAliasRatio(this.decodeCount)) {
      throw new YamlAliasError(offset);
    }
  }
  /** Run `convert` (which decodes an alias's target) counting every node it decodes as alias expansion. */
  expand(convert) {
    this.depth++;
    try {
      return convert();
    } finally {
      this.depth--;
    }
  }
};

// src/policies/rule.ts
function formatMessage(template, data) {
  if (!data) return template;
  return template.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (whole, name) => Object.hasOwn(data, name) ? String(data[name]) : whole);
}
function defineRule(definition) {
  return definition;
}
var rank = { info: 0, warning: 1, error: 2 };
var byRank = ["info", "warning", "error"];
function scaleSeverity(level, defaultSeverity, configured) {
  const scaled = rank[level] + rank[configured] - rank[defaultSeverity];
  return byRank[Math.max(0, Math.min(2, scaled))] ?? level;
}
function makeContext(meta, severity, options, clusterStorageClasses) {
  const findings = [];
  return {
    ruleId: meta.id,
    severity,
    options,
    findings,
    ...clusterStorageClasses ? { clusterStorageClasses } : {},
    report(descriptor) {
      const template = meta.messages[descriptor.messageId];
      if (template === void 0) throw new Error(`rule ${meta.id} reported unknown messageId "${descriptor.messageId}"`);
      const data = descriptor.data ?? {};
      const finding = {
        ruleId: meta.id,
        severity: scaleSeverity(descriptor.severity ?? meta.defaultSeverity, meta.defaultSeverity, severity),
        messageId: descriptor.messageId,
        data,
        message: formatMessage(template, data),
        resource: descriptor.resource,
        objectIndex: descriptor.objectIndex,
        path: descriptor.pointer
      };
      if (descriptor.fix && descriptor.fix.patch.length > 0) finding.fix = descriptor.fix;
      findings.push(finding);
    }
  };
}
function docsUrl(id) {
  return `https://github.com/pgwarden/pgwarden/blob/main/docs/rules/${id}.md`;
}
function describeCluster(cluster) {
  const { kind, namespace, name } = cluster.resource;
  return `${kind} ${namespace ? `${namespace}/` : ""}${name}`;
}
function describeSecret(secret) {
  const { namespace, name } = secret.resource;
  return `Secret ${namespace ? `${namespace}/` : ""}${name}`;
}

// src/policies/rules/anti-affinity.ts
var antiAffinityOptionsSchema = {
  type: "object",
  properties: {
    requireHard: {
      type: "boolean",
      default: false,
      description: "Require hard spreading (required anti-affinity / DoNotSchedule) rather than soft (preferred / ScheduleAnyway)."
    },
    topologyKey: {
      type: "string",
      minLength: 1,
      description: "A topology key the spreading must use, e.g. topology.kubernetes.io/zone."
    }
  },
  additionalProperties: false
};
var antiAffinity = defineRule({
  meta: {
    id: "anti-affinity",
    docsUrl: docsUrl("anti-affinity"),
    description: "A cluster with 2+ instances spreads them over nodes (pod anti-affinity or topology spread), after the operator\u2019s defaults.",
    defaultSeverity: "error",
    optionsSchema: antiAffinityOptionsSchema,
    messages: {
      selectsNothing: "this {{term}} selects none of the cluster's own Postgres pods, so it spreads nothing: select the labels {{operator}} puts on them ({{labels}}){{set}}.",
      switchedOff: "spreading is switched off{{set}}: to spread the {{count}} instances, {{fix}}. Otherwise they may land on one node, and one node failure takes out the primary and its replicas together.{{origin}}",
      none: "no pod anti-affinity or topology spread for {{count}} instances{{set}}: {{fix}}. Otherwise the scheduler may put them all on one node, and one node failure takes out every copy of the data.{{origin}}",
      soft: "instances are spread only softly{{set}}{{defaulted}}, and the policy requires hard spreading: {{fix}}. When nodes are short the scheduler still co-locates soft-spread pods.",
      missingKey: "instances are spread by {{keys}} but not by `{{key}}`{{set}}, which the policy requires: add a term with `topologyKey: {{key}}`.{{origin}}"
    },
    fixable: true
  },
  check(model, context) {
    const { requireHard, topologyKey } = context.options;
    for (const cluster of model.clusters) {
      const total = cluster.totalInstances;
      if (total.unknown || total.value === void 0) continue;
      const switchesReported = /* @__PURE__ */ new Set();
      for (const set of cluster.instanceSets) {
        const spreading = set.spreading;
        const setName = cluster.instanceSets.length > 1 ? ` (instance set ${set.name})` : "";
        const origin = spreading.origin ? ` ${spreading.origin}` : "";
        for (const term of spreading.terms) {
          if (term.selectsOwnPods || term.unknown) continue;
          context.report({
            messageId: "selectsNothing",
            data: {
              term: term.source === "topologySpreadConstraints" ? "topology spread constraint" : "anti-affinity term",
              operator: cluster.operator.name,
              labels: JSON.stringify(cluster.podLabels),
              set: setName
            },
            resource: cluster.resource,
            objectIndex: term.objectIndex ?? cluster.objectIndex,
            pointer: term.path
          });
        }
        if (total.value < 2) continue;
        if (spreading.terms.some((term) => term.unknown)) continue;
        const fix = spreading.addSoftAntiAffinity ? { patch: spreading.addSoftAntiAffinity, description: "add preferred pod anti-affinity by hostname" } : void 0;
        if (spreading.level === "none" && spreading.disabledBy && !spreading.disabledBy.unknown) {
          const at2 = `${spreading.disabledBy.objectIndex ?? cluster.objectIndex}${spreading.disabledBy.path}`;
          if (switchesReported.has(at2)) continue;
          switchesReported.add(at2);
          const shared = cluster.instanceSets.filter((s) => s.spreading.disabledBy?.path === spreading.disabledBy?.path).length > 1;
          context.report({
            messageId: "switchedOff",
            data: { set: shared ? "" : setName, count: total.value, fix: cluster.operator.spread(requireHard), origin },
            resource: cluster.resource,
            objectIndex: spreading.disabledBy.objectIndex ?? cluster.objectIndex,
            pointer: spreading.disabledBy.path,
            ...fix ? { fix } : {}
          });
          continue;
        }
        if (spreading.level === "none") {
          context.report({
            messageId: "none",
            data: { count: total.value, set: setName, fix: cluster.operator.spread(requireHard), origin },
            resource: cluster.resource,
            objectIndex: cluster.objectIndex,
            pointer: set.path,
            ...fix ? { fix } : {}
          });
          continue;
        }
        const where = spreading.terms.find((term) => term.selectsOwnPods);
        const at = { resource: cluster.resource, objectIndex: where?.objectIndex ?? cluster.objectIndex, pointer: where?.path ?? set.path };
        if (requireHard && spreading.level === "soft") {
          const defaulted = spreading.terms.every((term) => term.defaulted) ? ` (${cluster.operator.name}'s default is soft)` : "";
          context.report({ ...at, messageId: "soft", data: { set: setName, defaulted, fix: cluster.operator.spread(true) } });
        }
        if (topologyKey && !spreading.topologyKeys.includes(topologyKey)) {
          context.report({
            ...at,
            messageId: "missingKey",
            data: { keys: spreading.topologyKeys.join(", ") || "no key", key: topologyKey, set: setName, origin }
          });
        }
      }
    }
  }
});

// src/policies/cron.ts
import { CronExpressionParser } from "cron-parser";
var descriptors = {
  "@yearly": "0 0 0 1 1 *",
  "@annually": "0 0 0 1 1 *",
  "@monthly": "0 0 0 1 * *",
  "@weekly": "0 0 0 * * 0",
  "@daily": "0 0 0 * * *",
  "@midnight": "0 0 0 * * *",
  "@hourly": "0 0 * * * *"
};
var zalandoPattern = /^(\d+|\*)(\/\d+)?(\s+(\d+|\*)(\/\d+)?){4}$/;
var fieldNames = ["second", "minute", "hour", "day of month", "month", "day of week"];
var fieldBounds = [
  [0, 59],
  [0, 59],
  [0, 23],
  [1, 31],
  [1, 12],
  [0, 6]
];
var monthNames = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)$/i;
var dowNames = /^(sun|mon|tue|wed|thu|fri|sat)$/i;
function parseGoDuration(text) {
  const match = /^((\d+(\.\d+)?)(h|ms|m|s|us|µs|ns))+$/.exec(text);
  if (!match) return void 0;
  const unitMs = { h: 36e5, m: 6e4, s: 1e3, ms: 1, us: 1e-3, \u00B5s: 1e-3, ns: 1e-6 };
  let total = 0;
  for (const part of text.matchAll(/(\d+(?:\.\d+)?)(h|ms|m|s|us|µs|ns)/g)) {
    total += Number(part[1]) * (unitMs[part[2] ?? ""] ?? 0);
  }
  return total;
}
function parseInterval(text) {
  const match = /^(\d+(?:\.\d+)?)\s*(w|d|h|m)$/.exec(text.trim());
  if (!match) return void 0;
  const unit = { w: 6048e5, d: 864e5, h: 36e5, m: 6e4 };
  return Number(match[1]) * (unit[match[2] ?? ""] ?? 0);
}
function formatInterval(ms) {
  if (!Number.isFinite(ms)) return "never";
  const day = 864e5;
  if (ms % day === 0) return `${ms / day}d`;
  if (ms >= 2 * day) return `${(ms / day).toFixed(1)}d`;
  if (ms % 36e5 === 0) return `${ms / 36e5}h`;
  if (ms % 6e4 === 0) return `${ms / 6e4}min`;
  return `${ms / 1e3}s`;
}
function robfigFieldError(field, index) {
  const name = fieldNames[index] ?? "field";
  for (const part of field.split(",")) {
    const [range = "", step, extra] = part.split("/");
    if (extra !== void 0) return `too many slashes in ${name} \`${field}\``;
    if (step !== void 0 && !/^\d+$/.test(step)) return `invalid step \`${step}\` in ${name}`;
    if (step !== void 0 && Number(step) === 0) return `step of 0 in ${name} \`${field}\``;
    if (range === "*" || range === "?") continue;
    const bounds = range.split("-");
    if (bounds.length > 2) return `too many hyphens in ${name} \`${field}\``;
    for (const bound of bounds) {
      if (/^\d+$/.test(bound)) {
        if (index === 5 && Number(bound) > 6) return `day of week ${bound} is above the maximum 6 (Sunday is 0)`;
        const [low, high] = fieldBounds[index] ?? [0, 59];
        if (Number(bound) > high) return `${name} ${bound} is above the maximum ${high}`;
        if (Number(bound) < low) return `${name} ${bound} is below the minimum ${low}`;
        continue;
      }
      if (index === 4 && monthNames.test(bound)) continue;
      if (index === 5 && dowNames.test(bound)) continue;
      return `\`${bound}\` is not valid in ${name} (no L, W, # or H in this operator's cron)`;
    }
  }
  return void 0;
}
function withCalendar(reading) {
  if (!reading.accepted || !reading.expression) return reading;
  try {
    CronExpressionParser.parse(reading.expression, { tz: "UTC", currentDate: new Date(Date.UTC(2026, 0, 1)) }).next();
    return reading;
  } catch (err) {
    const text = err instanceof Error ? err.message : String(err);
    if (/day of month/i.test(text)) return { ...reading, neverRuns: true };
    return { ...reading, accepted: false, error: text };
  }
}
function rejected(schedule, error, stage = "parser") {
  return { schedule, accepted: false, error, stage };
}
var readingCache = /* @__PURE__ */ new Map();
function readSchedule(schedule, dialect) {
  const key = `${dialect}\0${schedule}`;
  const cached = readingCache.get(key);
  if (cached !== void 0) return cached;
  const reading = Object.freeze(readScheduleUncached(schedule, dialect));
  if (readingCache.size > 1e3) readingCache.clear();
  readingCache.set(key, reading);
  return reading;
}
function readScheduleUncached(schedule, dialect) {
  let text = schedule.trim();
  if (text === "") return rejected(schedule, "the schedule is empty");
  let timeZone;
  const tzPrefix = /^(CRON_TZ|TZ)=(\S+)\s+/.exec(text);
  if (tzPrefix) {
    if (dialect === "kubernetes") {
      return rejected(schedule, 'Kubernetes rejects `TZ`/`CRON_TZ` in a CronJob schedule ("use timeZone field instead")');
    }
    if (dialect === "zalando") return rejected(schedule, "the CRD pattern allows only 5 fields of numbers or `*` with `/n`", "schema");
    if (dialect === "cnpg") return rejected(schedule, "CloudNativePG (robfig/cron v1) has no `TZ=`/`CRON_TZ=` prefix");
    timeZone = tzPrefix[2];
    text = text.slice(tzPrefix[0].length);
  }
  if (text.startsWith("@")) {
    if (dialect === "pgo-v4") return rejected(schedule, "the pgo-scheduler parser does not accept descriptors", "schema");
    if (dialect === "zalando") return rejected(schedule, "the CRD pattern allows no descriptors, only 5 numeric fields", "schema");
    const every = /^@every\s+(\S+)$/.exec(text);
    if (every) {
      const ms = parseGoDuration(every[1] ?? "");
      if (ms === void 0 || ms < 1e3) return rejected(schedule, `\`${every[1]}\` is not a duration of at least 1s`);
      return { schedule, accepted: true, everyMs: ms, ...timeZone ? { timeZone } : {} };
    }
    const expression = descriptors[text.toLowerCase()];
    if (!expression) return rejected(schedule, `unrecognized descriptor \`${text}\``);
    return { schedule, accepted: true, expression, ...timeZone ? { timeZone } : {} };
  }
  const fields = text.split(/\s+/);
  if (dialect === "zalando" && !zalandoPattern.test(text)) {
    return rejected(
      schedule,
      "the pattern allows exactly 5 fields, each a number or `*` with an optional `/n` (no ranges, lists, names or descriptors)",
      "schema"
    );
  }
  let sixFields;
  let misread;
  if (dialect === "cnpg") {
    if (fields.length === 6) sixFields = fields;
    else if (fields.length === 5) {
      sixFields = [...fields, "*"];
      misread = { intended: text, suggestion: `0 ${text}` };
    } else return rejected(schedule, `expected 6 fields (seconds first), found ${fields.length}`, "schema");
  } else {
    if (fields.length !== 5) return rejected(schedule, `expected exactly 5 fields, found ${fields.length}`, dialect === "kubernetes" ? "parser" : "schema");
    sixFields = ["0", ...fields];
  }
  for (const [index, field] of sixFields.entries()) {
    const error = robfigFieldError(field, index);
    if (error) return rejected(schedule, error);
  }
  return withCalendar({
    schedule,
    accepted: true,
    expression: sixFields.join(" "),
    ...misread ? { misread } : {},
    ...timeZone ? { timeZone } : {}
  });
}
function nextRuns(reading, from, count) {
  if (!reading.accepted || reading.neverRuns) return [];
  if (reading.everyMs !== void 0) {
    const every = reading.everyMs;
    return Array.from({ length: count }, (_, i) => new Date(from.getTime() + every * (i + 1)));
  }
  if (!reading.expression) return [];
  const runs = [];
  try {
    const iterator = CronExpressionParser.parse(reading.expression, { currentDate: from, tz: reading.timeZone ?? "UTC" });
    for (let i = 0; i < count; i++) runs.push(iterator.next().toDate());
  } catch {
  }
  return runs;
}
var referenceDate = new Date(Date.UTC(2026, 0, 1));
var horizonMs = 800 * 864e5;
var maxRunsPerSchedule = 1500;
var gapCache = /* @__PURE__ */ new Map();
function runTimes(reading, from, end) {
  const times = [];
  if (!reading.accepted || reading.neverRuns) return times;
  if (reading.everyMs !== void 0) {
    const step = Math.max(reading.everyMs, 1e3);
    for (let t = from.getTime() + step, n = 0; t <= end && n < maxRunsPerSchedule; t += step, n++) times.push(t);
    return times;
  }
  if (!reading.expression) return times;
  try {
    const iterator = CronExpressionParser.parse(reading.expression, {
      currentDate: from,
      endDate: new Date(end),
      tz: reading.timeZone ?? "UTC"
    });
    for (let n = 0; n < maxRunsPerSchedule && iterator.hasNext(); n++) times.push(iterator.next().getTime());
  } catch {
  }
  return times;
}
function longestGapMs(readings, from = referenceDate) {
  const key = `${from.getTime()}|${readings.map((r) => `${r.accepted}:${r.neverRuns ?? ""}:${r.expression ?? ""}:${r.everyMs ?? ""}:${r.timeZone ?? ""}`).sort().join("|")}`;
  const cached = gapCache.get(key);
  if (cached !== void 0) return cached;
  const end = from.getTime() + horizonMs;
  const perSchedule = readings.map((reading) => runTimes(reading, from, end));
  const cutoff = Math.min(end, ...perSchedule.filter((t) => t.length >= maxRunsPerSchedule).map((t) => t[t.length - 1] ?? end));
  const times = perSchedule.flat().filter((t) => t <= cutoff);
  let longest = Number.POSITIVE_INFINITY;
  if (times.length >= 2) {
    times.sort((a, b) => a - b);
    longest = 0;
    for (let i = 1; i < times.length; i++) longest = Math.max(longest, (times[i] ?? 0) - (times[i - 1] ?? 0));
  }
  if (gapCache.size > 1e3) gapCache.clear();
  gapCache.set(key, longest);
  return longest;
}
function describeRuns(reading, from = referenceDate) {
  if (reading.neverRuns) return "never (no date matches)";
  const runs = nextRuns(reading, from, 3);
  if (runs.length === 0) return "never";
  const gap = longestGapMs([reading], from);
  const times = runs.map((d) => d.toISOString().slice(5, 16).replace("T", " ")).join(", ");
  return `at most every ${formatInterval(gap)} (first runs ${times}${reading.timeZone ? ` ${reading.timeZone}` : " in the operator\u2019s local time"})`;
}

// src/policies/rules/backup-schedule.ts
function rejectingLayer(schedule, reading) {
  const { gates } = schedule;
  if (gates.minLength !== void 0 && schedule.schedule.value.length < gates.minLength) return gates.schema;
  return reading.stage === "schema" ? gates.schema : gates.parser;
}
var fullKinds = /* @__PURE__ */ new Set(["full", "base", "logical"]);
var backupScheduleOptionsSchema = {
  type: "object",
  properties: {
    maxFullInterval: {
      type: "string",
      pattern: "^\\d+(\\.\\d+)?\\s*[wdhm]$",
      default: "7d",
      description: "Longest allowed time between two full backups (`7d`, `36h`, `2w`)."
    },
    requireSchedule: { type: "boolean", default: true, description: "Warn when a cluster has no backup schedule." },
    requireRetention: { type: "boolean", default: true, description: "Warn when backups have no retention." }
  },
  additionalProperties: false
};
var backupSchedule = defineRule({
  meta: {
    id: "backup-schedule",
    docsUrl: docsUrl("backup-schedule"),
    description: "Backup schedules are valid in the operator\u2019s own cron dialect and mean what they look like; full backups run often enough; retention is set.",
    defaultSeverity: "error",
    optionsSchema: backupScheduleOptionsSchema,
    messages: {
      rejected: "the {{label}} schedule `{{schedule}}` is rejected by {{layer}} ({{error}}): write {{example}}.",
      misread: "the {{label}} schedule `{{schedule}}` has 5 fields but is read seconds first: write `{{suggestion}}` for the crontab meaning. As written it runs {{runs}}; the operator\u2019s webhook only warns.",
      noSchedule: "{{why}}: to schedule backups, {{fix}}. Otherwise a lost volume or a bad migration cannot be recovered.",
      noFull: "only differential/incremental backups are scheduled: add a full schedule. They build on a full backup that nothing schedules, so restores depend on one old full backup.",
      fullTooRare: "full backups run at most every {{gap}}, longer than the policy's {{max}}: schedule them at least every {{max}}. A restore replays more WAL and older data is at risk.",
      noRetention: "no backup retention{{scope}}: set {{fix}}. Otherwise old backups are either kept forever (the bucket grows without bound) or pruned by a default nobody chose.",
      problem: "{{problem}}"
    },
    fixable: false
  },
  check(model, context) {
    const { requireSchedule, requireRetention } = context.options;
    const maxFull = parseInterval(context.options.maxFullInterval) ?? 7 * 864e5;
    for (const cluster of model.clusters) {
      const backups = cluster.backups;
      let anyUnknown = backups.configured.unknown === true;
      const fullReadings = [];
      let active = 0;
      let rejected2 = 0;
      for (const schedule of backups.schedules) {
        if (schedule.schedule.unknown) {
          anyUnknown = true;
          continue;
        }
        const at = { resource: cluster.resource, objectIndex: schedule.schedule.objectIndex ?? cluster.objectIndex, pointer: schedule.schedule.path };
        const reading = readSchedule(schedule.schedule.value, schedule.dialect);
        const label = schedule.name ? `${schedule.type} backup ${schedule.name}` : `${schedule.type} backup`;
        if (!reading.accepted) {
          rejected2++;
          context.report({
            ...at,
            messageId: "rejected",
            data: { label, schedule: schedule.schedule.value, layer: rejectingLayer(schedule, reading), error: reading.error ?? "invalid", example: schedule.gates.example }
          });
          continue;
        }
        if (reading.misread) {
          context.report({
            ...at,
            messageId: "misread",
            data: { label, schedule: schedule.schedule.value, suggestion: reading.misread.suggestion, runs: describeRuns(reading) }
          });
        }
        if (schedule.suspended) continue;
        active++;
        if (fullKinds.has(schedule.type)) fullReadings.push(reading);
      }
      if (anyUnknown) continue;
      const onCluster = { resource: cluster.resource, objectIndex: cluster.objectIndex };
      if (rejected2 > 0 && fullReadings.length === 0) {
      } else if (active === 0) {
        if (requireSchedule) {
          const why = !backups.configured.value ? "no backup configured" : backups.schedules.length > 0 ? "only suspended backup schedules" : "a backup repository but no schedule (backups run only when someone starts one)";
          context.report({
            ...onCluster,
            objectIndex: backups.configured.objectIndex ?? cluster.objectIndex,
            pointer: backups.configured.path,
            severity: "warning",
            messageId: "noSchedule",
            data: { why, fix: cluster.operator.scheduleBackups }
          });
        }
      } else if (fullReadings.length === 0) {
        context.report({ ...onCluster, pointer: backups.configured.path, severity: "warning", messageId: "noFull", data: void 0 });
      } else {
        const gap = longestGapMs(fullReadings);
        if (gap > maxFull) {
          const first = backups.schedules.find((s) => fullKinds.has(s.type) && !s.suspended);
          context.report({
            ...onCluster,
            severity: "warning",
            messageId: "fullTooRare",
            data: { gap: formatInterval(gap), max: formatInterval(maxFull) },
            objectIndex: first?.schedule.objectIndex ?? cluster.objectIndex,
            pointer: first?.schedule.path ?? backups.configured.path
          });
        }
      }
      if (requireRetention && backups.configured.value) {
        for (const retention of backups.retention) {
          if (retention.setting.unknown || retention.setting.value !== void 0) continue;
          context.report({
            ...onCluster,
            severity: "warning",
            messageId: "noRetention",
            data: { scope: retention.scope ? ` ${retention.scope}` : "", fix: retention.fix },
            objectIndex: retention.setting.objectIndex ?? cluster.objectIndex,
            pointer: retention.setting.path
          });
        }
      }
    }
  }
});

// src/policies/rules/image-tag.ts
import picomatch from "picomatch";
var floatingTag = /^v?\d+([-_][a-z][a-z0-9._-]*)?$/i;
var channelTags = /* @__PURE__ */ new Set(["stable", "edge", "main", "master", "nightly", "dev", "develop", "lts", "current", "release"]);
function repositoryKey(parsed) {
  return `${parsed.registry}/${parsed.repository}`;
}
function pinnedFor(parsed, pinned) {
  for (const [repository, reference] of Object.entries(pinned)) {
    const key = parseImageReference(repository);
    if (key && repositoryKey(key) === repositoryKey(parsed)) return reference;
  }
  return void 0;
}
var imageTagOptionsSchema = {
  type: "object",
  properties: {
    requireDigest: { type: "boolean", default: false, description: "Require `@sha256:` digests." },
    allowedRegistries: {
      type: "array",
      items: { type: "string", minLength: 1 },
      description: "Registries (globs allowed, e.g. `registry.example.com`, `*.gcr.io`) images may come from."
    },
    pinned: {
      type: "object",
      additionalProperties: { type: "string", minLength: 1 },
      description: "Repository \u2192 the full pinned reference the fix writes, e.g. `postgres: postgres:16.4@sha256:\u2026`."
    },
    requireExplicit: {
      type: "boolean",
      default: false,
      description: "Warn when the Postgres image is not written in the manifest, so the operator\u2019s default (which changes with operator upgrades) runs."
    },
    roles: {
      type: "array",
      items: { enum: ["postgres", "backup", "pooler", "exporter", "sidecar", "init", "other"] },
      description: "Which images to check (default: all)."
    }
  },
  additionalProperties: false
};
var imageTag = defineRule({
  meta: {
    id: "image-tag",
    docsUrl: docsUrl("image-tag"),
    description: "Images are pinned (no `latest`, no tag, no floating major), optionally by digest and from allowed registries, and the Postgres image matches the declared Postgres major.",
    defaultSeverity: "error",
    optionsSchema: imageTagOptionsSchema,
    messages: {
      notExplicit: "no Postgres image is written, so {{operator}} runs its own default{{current}}: write {{field}} with a full version tag. The default changes when the operator is upgraded \u2014 a Postgres update nobody reviewed.",
      required: "the Postgres image reference is incomplete: write {{field}}. {{why}}",
      rejected: "the {{role}} image `{{image}}` is rejected by {{why}}: write {{field}} with a full version tag.",
      latest: "the {{role}} image `{{image}}` {{problem}}: write {{field}} with a full version tag. Each node pull can bring a different version, and an operator restart may upgrade Postgres under you.",
      floating: "the {{role}} image `{{image}}` uses the floating tag `{{tag}}`: write {{field}} with a full version tag (e.g. `16.4`) or a digest. The tag moves with each release, so nodes may run different minor versions and a reschedule upgrades silently.",
      noDigest: "the {{role}} image `{{image}}` is not pinned by digest, which the policy requires: write {{field}} as `<image>:<tag>@sha256:<digest>`.",
      registry: "the {{role}} image `{{image}}` comes from registry `{{registry}}`, which the policy does not allow: use one of {{allowed}}.",
      majorMismatch: "the Postgres image `{{image}}` carries Postgres {{imageMajor}}{{older}} but the cluster declares Postgres {{declared}}: use an image of Postgres {{declared}} or change the declared version. {{operator}} configures (and upgrades) for the declared major, so data directory and binaries disagree."
    },
    fixable: true
  },
  check(model, context) {
    const { requireDigest, allowedRegistries: registries, pinned = {}, roles, requireExplicit } = context.options;
    const registryAllowed = registries ? picomatch([...registries]) : void 0;
    for (const cluster of model.clusters) {
      for (const image of cluster.images) {
        if (roles && !roles.includes(image.role)) continue;
        const ref = image.reference;
        if (ref.unknown) continue;
        const at = { resource: cluster.resource, objectIndex: ref.objectIndex ?? cluster.objectIndex, pointer: ref.path };
        const fixFor = () => {
          const target = image.parsed ? pinnedFor(image.parsed, pinned) : void 0;
          return target && image.setReference && target !== ref.value ? { fix: { patch: image.setReference(target), description: `pin the image to ${target}` } } : {};
        };
        if (requireExplicit && ref.defaulted && image.role === "postgres") {
          context.report({
            ...at,
            severity: "warning",
            messageId: "notExplicit",
            data: { operator: cluster.operator.name, current: ref.value ? ` (now \`${ref.value}\`)` : "", field: image.field }
          });
        }
        if (ref.value === void 0) {
          if (image.requiredBecause) context.report({ ...at, messageId: "required", data: { field: image.field, why: image.requiredBecause } });
          continue;
        }
        const parsed = image.parsed;
        if (!parsed) continue;
        const shown = ref.value;
        const base = { role: image.role, image: shown, field: image.field };
        if (image.operatorRejects) {
          context.report({ ...at, messageId: "rejected", data: { ...base, why: image.operatorRejects }, ...fixFor() });
        } else if (!parsed.digest && (parsed.tag === void 0 || parsed.tag === "latest")) {
          const problem = parsed.tag === "latest" ? "uses the `latest` tag" : "has no tag (so `latest`)";
          context.report({ ...at, messageId: "latest", data: { ...base, problem }, ...fixFor() });
        } else if (!parsed.digest && parsed.tag !== void 0 && (floatingTag.test(parsed.tag) || channelTags.has(parsed.tag.toLowerCase()))) {
          context.report({ ...at, severity: "warning", messageId: "floating", data: { ...base, tag: parsed.tag }, ...fixFor() });
        }
        if (requireDigest && !parsed.digest) context.report({ ...at, messageId: "noDigest", data: base, ...fixFor() });
        if (registryAllowed && !registryAllowed(parsed.registry)) {
          context.report({ ...at, messageId: "registry", data: { ...base, registry: parsed.registry, allowed: registries?.join(", ") ?? "" }, ...fixFor() });
        }
        const declared = cluster.postgresVersion;
        if (image.role === "postgres" && image.postgresMajor !== void 0 && declared && !declared.unknown && declared.value !== void 0 && declared.value !== image.postgresMajor && // Spilo ships older majors beside its own: only a newer declared major is wrong.
        !(image.runsOlderMajors && declared.value < image.postgresMajor)) {
          context.report({
            ...at,
            messageId: "majorMismatch",
            data: {
              image: shown,
              imageMajor: image.postgresMajor,
              older: image.runsOlderMajors ? " (and older majors)" : "",
              declared: declared.value,
              operator: cluster.operator.name
            }
          });
        }
      }
    }
  }
});

// src/policies/rules/invalid-manifest.ts
var invalidManifest = defineRule({
  meta: {
    id: "invalid-manifest",
    docsUrl: docsUrl("invalid-manifest"),
    description: "A Postgres manifest of a known kind is malformed (wrong type, missing required field, a combination its operator rejects): the operator would reject or misread it.",
    defaultSeverity: "error",
    optionsSchema: { type: "object", properties: {}, additionalProperties: false },
    // The adapters word each problem in the operator's terms (field, rule, source); the message is theirs.
    messages: { problem: "{{problem}}" },
    fixable: false
  },
  check(model, context) {
    for (const problem of model.problems) {
      if (problem.ruleId !== void 0 && problem.ruleId !== "invalid-manifest") continue;
      context.report({
        severity: problem.severity ?? "error",
        messageId: "problem",
        data: { problem: problem.message },
        resource: problem.resource,
        objectIndex: problem.objectIndex,
        pointer: problem.path
      });
    }
  }
});

// src/policies/rules/password-reset.ts
function sameNamespace2(a, b) {
  return a === void 0 || b === void 0 || a === b;
}
function secretIndex(secrets) {
  const byName = /* @__PURE__ */ new Map();
  for (const secret of secrets) {
    const list = byName.get(secret.resource.name);
    if (list) list.push(secret);
    else byName.set(secret.resource.name, [secret]);
  }
  return byName;
}
function findSecret(byName, cluster, name) {
  return byName.get(name)?.find((s) => sameNamespace2(s.resource.namespace, cluster.resource.namespace));
}
var passwordResetOptionsSchema = { type: "object", properties: {}, additionalProperties: false };
var passwordReset = defineRule({
  meta: {
    id: "password-reset",
    docsUrl: docsUrl("password-reset"),
    description: "No empty or missing Postgres passwords and no trust authentication; a blanked PGO v5 user password is reported as the reset it is.",
    defaultSeverity: "error",
    optionsSchema: passwordResetOptionsSchema,
    messages: {
      reset: "{{secret}} {{state}} for user {{user}}: PGO v5 reads this as a password reset and generates a new password{{wasSet}}; after the reset, remove `{{key}}` from Git or ignore the Secret data in the sync. Otherwise Argo CD or Flux keeps the app OutOfSync (or repeats the reset on every sync) ({{cluster}}).",
      blank: "{{secret}} {{state}} for user {{user}}: {{fix}}. {{behaviour}} ({{cluster}}).",
      weakAuth: "container {{container}} sets `{{setting}}`{{value}}: {{effect}}.",
      unsetPassword: "container {{container}} leaves `{{setting}}` unset: {{effect}}."
    },
    fixable: false
  },
  check(model, context) {
    const byName = secretIndex(model.secrets);
    const reported = /* @__PURE__ */ new Set();
    for (const cluster of model.clusters) {
      const name = describeCluster(cluster);
      for (const credential2 of cluster.credentials) {
        const secret = findSecret(byName, cluster, credential2.secretName);
        if (!secret) continue;
        const once = `${secret.objectIndex}/${credential2.passwordKey}`;
        if (reported.has(once)) continue;
        const key = secret.keys[credential2.passwordKey];
        if (key?.unknown) continue;
        const missing = key === void 0 || key.missing === true;
        if (!missing && !key.empty) continue;
        if (missing && credential2.optional) continue;
        reported.add(once);
        const at = { resource: secret.resource, objectIndex: secret.objectIndex, pointer: key?.path ?? "/data" };
        const state = missing ? `has no \`${credential2.passwordKey}\` key` : `has an empty \`${credential2.passwordKey}\``;
        const base = { secret: describeSecret(secret), state, user: credential2.user, cluster: name };
        if (credential2.regeneratesBlank) {
          const previous = secret.previousKeys?.[credential2.passwordKey];
          const wasSet = previous !== void 0 && !previous.empty && !previous.missing;
          context.report({
            ...at,
            severity: "info",
            messageId: "reset",
            data: { ...base, wasSet: wasSet ? " (it was set before this change)" : "", key: credential2.passwordKey }
          });
          continue;
        }
        context.report({
          ...at,
          messageId: "blank",
          data: {
            ...base,
            fix: cluster.operator.setPassword(credential2.passwordKey),
            behaviour: credential2.blankBehaviour ?? cluster.operator.blankPassword
          }
        });
      }
      for (const setting of cluster.authSettings) {
        const at = { resource: cluster.resource, objectIndex: setting.objectIndex ?? cluster.objectIndex, pointer: setting.path };
        if (setting.unset) {
          context.report({ ...at, messageId: "unsetPassword", data: { container: setting.container, setting: setting.name, effect: setting.effect } });
          continue;
        }
        context.report({
          ...at,
          messageId: "weakAuth",
          data: { container: setting.container, setting: setting.name, value: setting.empty ? " to an empty value" : setting.value ? `=${setting.value}` : "", effect: setting.effect }
        });
      }
    }
  }
});

// src/policies/rules/replicas.ts
var replicasOptionsSchema = {
  type: "object",
  properties: {
    min: { type: "integer", minimum: 0, default: 2, description: "Fewest instances (primary included)." },
    max: { type: "integer", minimum: 1, description: "Most instances (primary included)." }
  },
  additionalProperties: false
};
var replicas = defineRule({
  meta: {
    id: "replicas",
    docsUrl: docsUrl("replicas"),
    description: "A cluster runs at least `min` Postgres instances (a failover needs a replica), at most `max`, and 0 only when deliberately shut down.",
    defaultSeverity: "warning",
    optionsSchema: replicasOptionsSchema,
    messages: {
      zero: "runs 0 Postgres instances and is not marked as shut down: write {{fix}}. {{shutdown}} The database is unavailable until then.",
      belowMin: "runs {{count}} Postgres instance{{plural}}{{origin}}, fewer than {{min}}: write {{fix}}. With no replica there is no failover, and a node drain or crash is downtime.",
      aboveMax: "runs {{count}} Postgres instances, more than the policy's maximum of {{max}}: write {{fix}}."
    },
    fixable: false
  },
  check(model, context) {
    const { min, max } = context.options;
    for (const cluster of model.clusters) {
      const total = cluster.totalInstances;
      if (total.unknown || total.value === void 0) continue;
      if (cluster.shutdown.unknown) continue;
      if (cluster.instanceSets.length === 0) continue;
      const at = { resource: cluster.resource, objectIndex: total.objectIndex ?? cluster.objectIndex, pointer: total.path };
      if (total.value === 0) {
        if (cluster.shutdown.value) continue;
        context.report({
          ...at,
          severity: "error",
          messageId: "zero",
          data: { fix: cluster.operator.instances(Math.max(min, 1)), shutdown: cluster.operator.shutdown }
        });
        continue;
      }
      if (cluster.shutdown.value) continue;
      if (total.value < min) {
        context.report({
          ...at,
          messageId: "belowMin",
          data: {
            count: total.value,
            plural: total.value === 1 ? "" : "s",
            origin: total.defaulted ? total.origin ?? " (the operator's default)" : total.origin ?? "",
            min,
            fix: cluster.operator.instances(min)
          }
        });
      }
      if (max !== void 0 && total.value > max) {
        context.report({ ...at, messageId: "aboveMax", data: { count: total.value, max, fix: cluster.operator.instances(max) } });
      }
    }
  }
});

// src/policies/rules/storage-class.ts
import picomatch2 from "picomatch";
function volumeName(volume) {
  return `${volume.role} volume${volume.owner ? ` of ${volume.owner}` : ""}`;
}
var storageClassOptionsSchema = {
  type: "object",
  properties: {
    allowed: {
      type: "array",
      items: { type: "string", minLength: 1 },
      description: "Storage class names (globs allowed) that Postgres volumes may use. Absent: any class."
    },
    default: {
      type: "string",
      minLength: 1,
      description: "The class the fix writes when a volume has none or a class outside `allowed`."
    },
    requireExplicit: {
      type: "boolean",
      default: true,
      description: "Warn when a volume names no class (the cluster\u2019s default StorageClass decides)."
    }
  },
  additionalProperties: false
};
var storageClass = defineRule({
  meta: {
    id: "storage-class",
    docsUrl: docsUrl("storage-class"),
    description: "Postgres volumes use an allowed storage class that exists in the cluster, and Postgres data lives on a persistent volume.",
    defaultSeverity: "error",
    optionsSchema: storageClassOptionsSchema,
    messages: {
      notPersistent: "the Postgres {{volume}} is on no persistent volume: {{fix}}. Otherwise the database is lost whenever the pod moves or restarts ({{cluster}}).",
      noClass: "the {{volume}} names no storage class: {{fix}}{{allowed}}. Otherwise whichever StorageClass is the cluster's default at creation time decides (reclaim policy, speed, zones).",
      notAllowed: 'the {{volume}} uses storage class "{{class}}", which the policy does not allow: write `{{key}}:` with one of: {{allowed}}.',
      missing: 'the {{volume}} uses storage class "{{class}}", which does not exist in the cluster: write `{{key}}:` with one of: {{existing}}. Otherwise its PersistentVolumeClaim stays Pending and {{operator}} cannot start the instance.'
    },
    fixable: true
  },
  check(model, context) {
    const { allowed, default: defaultClass, requireExplicit } = context.options;
    const isAllowed = allowed ? picomatch2([...allowed]) : void 0;
    const known = context.clusterStorageClasses;
    for (const cluster of model.clusters) {
      const key = cluster.operator.storageClassKey;
      for (const volume of cluster.volumes) {
        const fixTo = (reason) => {
          if (!defaultClass || !volume.setStorageClass) return void 0;
          if (isAllowed && !isAllowed(defaultClass)) return void 0;
          if (known && !known.includes(defaultClass)) return void 0;
          return { patch: volume.setStorageClass(defaultClass), description: `${reason}: set ${key}: ${defaultClass}` };
        };
        const persistent = volume.persistent;
        if (persistent.value === false && !persistent.unknown) {
          if (volume.role === "data" || volume.role === "wal") {
            context.report({
              messageId: "notPersistent",
              data: { volume: volumeName(volume), fix: volume.persist ?? cluster.operator.persistData, cluster: describeCluster(cluster) },
              resource: cluster.resource,
              objectIndex: persistent.objectIndex ?? cluster.objectIndex,
              pointer: persistent.path
            });
          }
          continue;
        }
        const sc = volume.storageClass;
        if (sc.unknown) continue;
        const at = { resource: cluster.resource, objectIndex: sc.objectIndex ?? cluster.objectIndex, pointer: sc.path };
        if (sc.value === void 0) {
          if (!requireExplicit) continue;
          const fix = fixTo("name the storage class");
          context.report({
            ...at,
            severity: "warning",
            messageId: "noClass",
            data: { volume: volumeName(volume), fix: volume.nameClass ?? `write \`${key}: <class>\``, allowed: allowed ? ` with one of: ${allowed.join(", ")}` : "" },
            ...fix ? { fix } : {}
          });
          continue;
        }
        if (isAllowed && !isAllowed(sc.value)) {
          const fix = fixTo(`replace storage class ${sc.value}`);
          context.report({
            ...at,
            messageId: "notAllowed",
            data: { volume: volumeName(volume), class: sc.value, key, allowed: allowed?.join(", ") ?? "" },
            ...fix ? { fix } : {}
          });
          continue;
        }
        if (known && !known.includes(sc.value)) {
          const fix = fixTo(`replace missing storage class ${sc.value}`);
          context.report({
            ...at,
            messageId: "missing",
            data: {
              volume: volumeName(volume),
              class: sc.value,
              key,
              existing: known.join(", ") || "(none)",
              operator: cluster.operator.name
            },
            ...fix ? { fix } : {}
          });
        }
      }
    }
  }
});

// src/policies/rules/index.ts
var rules = [
  storageClass,
  antiAffinity,
  replicas,
  imageTag,
  backupSchedule,
  passwordReset,
  invalidManifest
];
var ignoreAnnotationMeta = {
  id: "ignore-annotation",
  docsUrl: docsUrl("ignore-annotation"),
  description: "An `ignore.pgwarden.io/<rule-id>` annotation gives a reason and names a known rule (an ignore without a reason hides a problem from reviewers).",
  defaultSeverity: "warning",
  optionsSchema: { type: "object", properties: {}, additionalProperties: false },
  messages: {
    unknownRule: "annotation `{{key}}` names no pgwarden rule, so it ignores nothing: use one of {{known}}.",
    noReason: 'annotation `{{key}}` switches off {{rule}} without a reason: write the reason as the value, e.g. `{{key}}: "dev cluster, single node"`. Otherwise reviewers cannot tell a decision from a shortcut.'
  },
  fixable: false
};
var internalErrorMeta = {
  id: "internal-error",
  docsUrl: docsUrl("internal-error"),
  description: "pgwarden failed while checking an object; the finding names the rule that failed.",
  defaultSeverity: "error",
  optionsSchema: { type: "object", properties: {}, additionalProperties: false },
  messages: {
    failed: "pgwarden failed in {{what}}: {{reason}}. The object was not fully checked; please report this with the manifest."
  },
  fixable: false
};
var ruleMetas = [...rules.map((rule) => rule.meta), ignoreAnnotationMeta];
var allRuleMetas = [...ruleMetas, internalErrorMeta];
function ruleById(id) {
  return rules.find((rule) => rule.meta.id === id);
}

// src/policies/policy.ts
var POLICY_API_VERSION = "pgwarden.io/v1alpha1";
var POLICY_KIND = "PostgresPolicy";
var recommendedPolicy = Object.freeze({
  name: "recommended",
  source: "built-in preset",
  mode: "enforce",
  rules: {}
});
var presets = { recommended: recommendedPolicy };
var severitySchema = { enum: ["error", "warning", "info", "off"] };
function ruleSettingSchema(meta) {
  const optionProperties = meta.optionsSchema.properties ?? {};
  return {
    type: "object",
    description: `${meta.description} Docs: ${meta.docsUrl}`,
    properties: {
      severity: { ...severitySchema, description: `Default: ${meta.defaultSeverity}.` },
      mutate: { type: "boolean", description: "Webhook: apply this rule\u2019s safe fixes as a mutation." },
      ...optionProperties
    },
    additionalProperties: false
  };
}
function policySchema() {
  const globs = { type: "array", items: { type: "string", minLength: 1 } };
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: "https://github.com/pgwarden/pgwarden/blob/main/docs/policy.schema.json",
    title: "pgwarden PostgresPolicy",
    description: "One document of a pgwarden policy file. Generated from the rules; see docs/policy.md.",
    type: "object",
    required: ["apiVersion", "kind", "metadata", "spec"],
    properties: {
      apiVersion: { const: POLICY_API_VERSION },
      kind: { const: POLICY_KIND },
      metadata: {
        type: "object",
        required: ["name"],
        properties: {
          name: { type: "string", minLength: 1 },
          labels: { type: "object", additionalProperties: { type: "string" } },
          annotations: { type: "object", additionalProperties: { type: "string" } }
        },
        additionalProperties: false
      },
      spec: {
        type: "object",
        properties: {
          mode: {
            enum: ["enforce", "audit"],
            description: "enforce (default): the webhook denies on errors; audit: it only warns."
          },
          extends: {
            enum: ["recommended", "none"],
            description: "What unlisted rules get: recommended (default) or none (off)."
          },
          match: {
            type: "object",
            description: "All given conditions must hold. No match block: the policy applies to everything.",
            properties: {
              namespaces: { ...globs, description: "Namespace globs, e.g. `*-prod`." },
              labels: { type: "object", additionalProperties: { type: "string" }, description: "Labels the object must carry." },
              files: { ...globs, description: "Repo-relative file globs (CLI), e.g. `clusters/prod/**`." }
            },
            additionalProperties: false
          },
          rules: {
            type: "object",
            properties: Object.fromEntries(ruleMetas.map((meta) => [meta.id, ruleSettingSchema(meta)])),
            additionalProperties: false
          }
        },
        additionalProperties: false
      }
    },
    additionalProperties: false
  };
}
var PolicyError = class extends Error {
  problems;
  constructor(problems) {
    super(problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.field ? `${p.field}: ` : ""}${p.message}`).join("\n"));
    this.name = "PolicyError";
    this.problems = problems;
  }
};
var documentValidator;
function validateDocument(value) {
  documentValidator ??= new Ajv({ allErrors: true, strict: false }).compile(policySchema());
  return documentValidator(value) ? [] : [...documentValidator.errors ?? []];
}
function decodePointer(pointer2) {
  if (pointer2 === "") return [];
  return pointer2.slice(1).split("/").map((token) => token.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function errorText(error) {
  const segments = decodePointer(error.instancePath);
  const params = error.params;
  const parent = segments.join(".");
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      if (parent === "spec.rules") {
        return {
          segments,
          atKey: key,
          message: `unknown rule "${key}" (known: ${ruleMetas.map((m) => m.id).join(", ")})`
        };
      }
      return { segments, atKey: key, message: `unknown field "${key}"` };
    }
    case "required":
      return { segments, message: `missing required field "${String(params.missingProperty)}"` };
    case "enum":
      return { segments, message: `must be one of: ${params.allowedValues.map(String).join(", ")}` };
    case "const":
      return { segments, message: `must be "${String(params.allowedValue)}"` };
    default:
      return { segments, message: error.message ?? "is invalid" };
  }
}
function positionOf(doc, lines, segments, atKey) {
  let node = doc.contents;
  let offset = doc.contents?.range?.[0] ?? 0;
  const path = atKey === void 0 ? segments : [...segments, atKey];
  for (const [i, segment] of path.entries()) {
    if (!isMap(node) && !(node && typeof node === "object" && "items" in node)) break;
    const items = node.items;
    let next;
    if (isMap(node)) {
      const pair = node.items.find((item) => {
        const key = item.key;
        return key !== null && typeof key === "object" && String(key.value) === segment;
      });
      if (!pair) break;
      const isLastKey = atKey !== void 0 && i === path.length - 1;
      const target = isLastKey ? pair.key : pair.value ?? pair.key;
      next = isLastKey ? void 0 : pair.value;
      if (target?.range) offset = target.range[0];
      if (isLastKey) break;
    } else {
      next = items[Number(segment)];
      const range = next?.range;
      if (!range) break;
      offset = range[0];
    }
    node = next;
  }
  const pos = lines.linePos(offset);
  return { line: pos.line, column: pos.col };
}
function asStringArray(value) {
  return Array.isArray(value) ? value.map(String) : void 0;
}
function parsePolicy(text, file = "policy.yaml") {
  const lines = new LineCounter();
  const documents = parseYamlStream(text, { lineCounter: lines, prettyErrors: true });
  const problems = [];
  const policies = [];
  const docs = documents;
  for (const doc of docs) {
    if (doc.errors.length > 0) {
      for (const error of doc.errors) {
        const pos = error.linePos?.[0] ?? lines.linePos(error.pos[0]);
        problems.push({ file, line: pos.line, column: pos.col, field: "", message: `YAML: ${error.message.split("\n")[0]}` });
      }
      continue;
    }
    if (doc.contents === null) continue;
    let value;
    try {
      value = yamlToJS(doc);
    } catch (e) {
      if (!(e instanceof YamlAliasError)) throw e;
      const pos = lines.linePos(e.offset);
      problems.push({ file, line: pos.line, column: pos.col, field: "", message: `YAML: ${e.message}` });
      continue;
    }
    const errors = validateDocument(value);
    if (errors.length > 0) {
      const seen = /* @__PURE__ */ new Set();
      for (const error of errors) {
        const { segments, message, atKey } = errorText(error);
        const field = [...segments, ...atKey === void 0 ? [] : [atKey]].join(".");
        const key = `${field}|${message}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const pos = positionOf(doc, lines, segments, atKey);
        problems.push({ file, ...pos, field, message });
      }
      continue;
    }
    const object = value;
    const start = lines.linePos(doc.contents.range?.[0] ?? 0);
    const policy = {
      name: object.metadata.name,
      source: `${file}:${start.line}`,
      mode: object.spec.mode ?? "enforce",
      rules: object.spec.rules ?? {}
    };
    if (object.spec.extends) policy.extends = object.spec.extends;
    if (object.spec.match) {
      const match = {};
      const namespaces = asStringArray(object.spec.match.namespaces);
      const files = asStringArray(object.spec.match.files);
      if (namespaces) match.namespaces = namespaces;
      if (files) match.files = files;
      if (object.spec.match.labels) match.labels = object.spec.match.labels;
      policy.match = match;
    }
    policies.push(policy);
  }
  if (problems.length === 0 && policies.length === 0) {
    problems.push({ file, line: 1, column: 1, field: "", message: `no ${POLICY_KIND} document found` });
  }
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  if (problems.length > 0) throw new PolicyError(problems);
  return { policies };
}
function tryParsePolicy(text, file = "policy.yaml") {
  try {
    return { policySet: parsePolicy(text, file) };
  } catch (error) {
    if (error instanceof PolicyError) return { problems: error.problems };
    throw error;
  }
}
function metadataOf(object) {
  if (object === null || typeof object !== "object") return { labels: {} };
  const metadata = object.metadata;
  if (metadata === null || typeof metadata !== "object") return { labels: {} };
  const { namespace, labels } = metadata;
  return {
    ...typeof namespace === "string" ? { namespace } : {},
    labels: labels !== null && typeof labels === "object" ? labels : {}
  };
}
var matcherCache = /* @__PURE__ */ new Map();
function globMatch(globs, text) {
  const key = globs.join("\0");
  let matcher = matcherCache.get(key);
  if (!matcher) {
    matcher = picomatch3(globs, { dot: true });
    matcherCache.set(key, matcher);
  }
  return matcher(text);
}
function policyMatches(policy, input) {
  const match = policy.match;
  if (!match) return true;
  const { namespace, labels } = metadataOf(input.object);
  if (match.namespaces && (namespace === void 0 || !globMatch(match.namespaces, namespace))) return false;
  if (match.labels) {
    for (const [key, value] of Object.entries(match.labels)) {
      if (labels[key] !== value) return false;
    }
  }
  if (match.files) {
    if (input.file === void 0) return false;
    const file = input.file.replace(/\\/g, "/").replace(/^\.\//, "");
    if (!globMatch(match.files, file)) return false;
  }
  return true;
}
function policyFor(input, policySet) {
  if (!policySet) return recommendedPolicy;
  return policySet.policies.find((policy) => policyMatches(policy, input)) ?? recommendedPolicy;
}
function ruleSetting(policy, meta) {
  const setting = policy.rules[meta.id];
  if (!setting) {
    return { severity: policy.extends === "none" ? "off" : meta.defaultSeverity, mutate: false, options: {} };
  }
  const { severity, mutate, options, ...flat } = setting;
  return {
    severity: severity ?? meta.defaultSeverity,
    mutate: mutate === true,
    options: { ...options ?? {}, ...flat }
  };
}
function isEnabled(severity) {
  return severity !== "off";
}

// src/policies/engine.ts
var IGNORE_ANNOTATION_PREFIX = "ignore.pgwarden.io/";
var defaultsAjv = new Ajv2({ useDefaults: true, strict: false, allErrors: true });
var optionValidators = /* @__PURE__ */ new Map();
function resolveOptions(meta, options) {
  let validate = optionValidators.get(meta.id);
  if (!validate) {
    validate = defaultsAjv.compile(meta.optionsSchema);
    optionValidators.set(meta.id, validate);
  }
  const copy = structuredClone(options);
  if (!validate(copy)) {
    const problems = (validate.errors ?? []).map((e) => `${e.instancePath.slice(1).replace(/\//g, ".") || "options"} ${e.message ?? "is invalid"}`);
    throw new Error(`the policy's options for rule ${meta.id} are invalid: ${problems.join("; ")}`);
  }
  return Object.freeze(copy);
}
var resolvedByPolicy = /* @__PURE__ */ new WeakMap();
function optionsFor(policy, meta, written) {
  let perRule = resolvedByPolicy.get(policy);
  if (!perRule) {
    perRule = /* @__PURE__ */ new Map();
    resolvedByPolicy.set(policy, perRule);
  }
  let resolved = perRule.get(meta.id);
  if (!resolved) {
    resolved = resolveOptions(meta, written);
    perRule.set(meta.id, resolved);
  }
  return resolved;
}
function resourceOf2(object) {
  const record = object !== null && typeof object === "object" ? object : {};
  const metadata = record.metadata !== null && typeof record.metadata === "object" ? record.metadata : {};
  return {
    apiVersion: typeof record.apiVersion === "string" ? record.apiVersion : "",
    kind: typeof record.kind === "string" ? record.kind : "",
    name: typeof metadata.name === "string" ? metadata.name : "",
    ...typeof metadata.namespace === "string" ? { namespace: metadata.namespace } : {}
  };
}
function resourceKey(resource) {
  return `${resource.apiVersion}|${resource.kind}|${resource.namespace ?? ""}|${resource.name}`;
}
function annotationsOf(object) {
  if (object === null || typeof object !== "object") return {};
  const metadata = object.metadata;
  if (metadata === null || typeof metadata !== "object") return {};
  const annotations = metadata.annotations;
  return annotations !== null && typeof annotations === "object" ? annotations : {};
}
function escapePointerToken(token) {
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}
function internalError(what, error, objectIndex, inputs) {
  const reason = error instanceof Error ? error.message : String(error);
  const data = { what, reason };
  return {
    ruleId: internalErrorMeta.id,
    severity: "error",
    messageId: "failed",
    data,
    message: formatMessage(internalErrorMeta.messages.failed ?? "", data),
    resource: resourceOf2(inputs[objectIndex]?.object),
    objectIndex,
    path: ""
  };
}
var severityRank = { error: 0, warning: 1, info: 2 };
function compareFindings(a, b) {
  return a.objectIndex - b.objectIndex || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || severityRank[a.severity] - severityRank[b.severity] || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}
function modelFor(model, governs) {
  return {
    clusters: model.clusters.filter((cluster) => governs(cluster.objectIndex)),
    secrets: model.secrets,
    problems: model.problems.filter((problem) => governs(problem.objectIndex))
  };
}
function runRule(rule, model, policy, options) {
  const setting = ruleSetting(policy, rule.meta);
  if (!isEnabled(setting.severity)) return void 0;
  const context = makeContext(rule.meta, setting.severity, optionsFor(policy, rule.meta, setting.options), options.clusterStorageClasses);
  rule.check(model, context);
  if (rule.meta.id !== "invalid-manifest") {
    for (const problem of model.problems) {
      if (problem.ruleId !== rule.meta.id) continue;
      context.report({
        severity: problem.severity ?? rule.meta.defaultSeverity,
        messageId: "problem",
        data: { problem: problem.message },
        resource: problem.resource,
        objectIndex: problem.objectIndex,
        pointer: problem.path
      });
    }
  }
  return { findings: context.findings, severity: setting.severity };
}
function readIgnores(inputs, policies, options) {
  const ignored = /* @__PURE__ */ new Map();
  const findings = [];
  const known = new Set(ruleMetas.map((meta) => meta.id));
  inputs.forEach((input, objectIndex) => {
    const annotations = annotationsOf(input.object);
    const policy = policies[objectIndex] ?? policyFor(input, options.policy);
    const setting = ruleSetting(policy, ignoreAnnotationMeta);
    const context = isEnabled(setting.severity) ? makeContext(ignoreAnnotationMeta, setting.severity, {}, options.clusterStorageClasses) : void 0;
    for (const [key, value] of Object.entries(annotations)) {
      if (!key.startsWith(IGNORE_ANNOTATION_PREFIX)) continue;
      const ruleId = key.slice(IGNORE_ANNOTATION_PREFIX.length);
      const path = `/metadata/annotations/${escapePointerToken(key)}`;
      const resource = resourceOf2(input.object);
      if (!known.has(ruleId)) {
        context?.report({ messageId: "unknownRule", data: { key, known: [...known].join(", ") }, resource, objectIndex, pointer: path });
        continue;
      }
      let set = ignored.get(objectIndex);
      if (!set) {
        set = /* @__PURE__ */ new Set();
        ignored.set(objectIndex, set);
      }
      set.add(ruleId);
      if (context && (typeof value !== "string" || value.trim() === "")) {
        context.report({ messageId: "noReason", data: { key, rule: ruleId }, resource, objectIndex, pointer: path });
      }
    }
    if (context) findings.push(...context.findings);
  });
  return { ignored, findings };
}
function evaluate(inputs, options = {}) {
  try {
    return evaluateUnguarded(inputs, options);
  } catch (error) {
    return inputs.length > 0 ? [internalError("applying the policy", error, 0, inputs)] : [];
  }
}
function evaluateUnguarded(inputs, options) {
  const findings = [];
  const policies = inputs.map((input) => policyFor(input, options.policy));
  let model;
  try {
    model = buildModel(inputs);
  } catch (error) {
    return inputs.length > 0 ? [internalError("building the model", error, 0, inputs)] : [];
  }
  const distinct = [...new Set(policies)];
  for (const policy of distinct) {
    const governs = (objectIndex) => policies[objectIndex] === policy;
    const scoped = modelFor(model, governs);
    if (scoped.clusters.length === 0 && scoped.problems.length === 0) continue;
    for (const rule of rules) {
      try {
        const result = runRule(rule, scoped, policy, options);
        if (!result) continue;
        findings.push(...result.findings);
      } catch (error) {
        const first = scoped.clusters[0]?.objectIndex ?? scoped.problems[0]?.objectIndex ?? 0;
        findings.push(internalError(`rule ${rule.meta.id}`, error, first, inputs));
      }
    }
  }
  let ignores;
  try {
    ignores = readIgnores(inputs, policies, options);
  } catch (error) {
    ignores = { ignored: /* @__PURE__ */ new Map(), findings: [internalError("reading ignore annotations", error, 0, inputs)] };
  }
  const indexByResource = /* @__PURE__ */ new Map();
  for (const [index] of ignores.ignored) {
    const key = resourceKey(resourceOf2(inputs[index]?.object));
    indexByResource.set(key, [...indexByResource.get(key) ?? [], index]);
  }
  const isIgnored = (finding) => ignores.ignored.get(finding.objectIndex)?.has(finding.ruleId) || (indexByResource.get(resourceKey(finding.resource)) ?? []).some((index) => ignores.ignored.get(index)?.has(finding.ruleId));
  const seen = /* @__PURE__ */ new Set();
  const kept = findings.filter((finding) => {
    if (isIgnored(finding)) return false;
    const key = `${finding.ruleId}\0${finding.objectIndex}\0${finding.path}\0${finding.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return [...kept, ...ignores.findings].sort(compareFindings);
}

export {
  buildModel,
  EXCESSIVE_ALIASING,
  parseYamlStream,
  YamlAliasError,
  yamlToJS,
  parseYamlValue,
  AliasExpansion,
  formatMessage,
  defineRule,
  rules,
  ignoreAnnotationMeta,
  internalErrorMeta,
  ruleMetas,
  allRuleMetas,
  ruleById,
  POLICY_API_VERSION,
  POLICY_KIND,
  recommendedPolicy,
  presets,
  policySchema,
  PolicyError,
  parsePolicy,
  tryParsePolicy,
  policyMatches,
  policyFor,
  ruleSetting,
  isEnabled,
  IGNORE_ANNOTATION_PREFIX,
  compareFindings,
  evaluate
};
