// Unresolved substitution placeholders. A manifest in a GitOps repo is often rendered by a later step that replaces them:
// - Flux post-build substitution: any `${var…}` expansion of drone/envsubst — `${var}`, `${var:=default}`,
//   `${var:-default}`, `${var:position}`, `${var:position:length}`, `${var/substring/replacement}`, `${var#prefix}`,
//   `${var%suffix}`, `${var^^}`, `${var,,}`, `${#var}` (fluxcd/kustomize-controller docs/spec/v1/kustomizations.md,
//   "Post build variable substitution"; variable names `^[_[:alpha:]][_[:alpha:][:digit:]]*$`; a bare `$var` is left
//   alone there, it is the documented way to avoid substitution);
// - OpenShift templates (`${PARAM}`, `${{PARAM}}` for non-string values);
// - Argo CD's build environment, which Argo CD substitutes in Kustomize and Helm sources, as `$VAR` or `${VAR}`:
//   `ARGOCD_APP_NAME`, `ARGOCD_APP_NAMESPACE`, `ARGOCD_APP_REVISION`, `ARGOCD_APP_REVISION_SHORT(_8)`,
//   `ARGOCD_APP_SOURCE_PATH`, `ARGOCD_APP_SOURCE_REPO_URL`, `ARGOCD_APP_SOURCE_TARGET_REVISION`, `KUBE_VERSION`,
//   `KUBE_API_VERSIONS` (argoproj/argo-cd docs/user-guide/build-environment.md), and `ARGOCD_APP_PROJECT_NAME`, which
//   config management plugins also get (docs/operator-manual/config-management-plugins.md).
// We cannot know the final value, so such a value is *unknown*: rules must not report on it, and adapters must never
// guess (a default after `:=` is only used when the variable is unset). kustomize's own `$(VAR)` vars are resolved by
// the renderer before the engine sees the objects.

const PLACEHOLDER =
  /\$\{\{\s*[A-Za-z_][A-Za-z0-9_]*\s*\}\}|\$\{#?[A-Za-z_][A-Za-z0-9_]*[^}]*\}|\$(?:ARGOCD_APP_(?:NAME|NAMESPACE|PROJECT_NAME|REVISION|REVISION_SHORT|REVISION_SHORT_8|SOURCE_PATH|SOURCE_REPO_URL|SOURCE_TARGET_REVISION)|KUBE_VERSION|KUBE_API_VERSIONS)(?![A-Za-z0-9_])/;

/** True when the string contains at least one unresolved placeholder. */
export function containsPlaceholder(text: string): boolean {
  // Every form starts with `$`: most strings have none, and a character search is cheaper than the pattern.
  return text.includes('$') && PLACEHOLDER.test(text);
}

/** True when the value is a string holding a placeholder (numbers and booleans are rendered from strings too). */
export function isPlaceholder(value: unknown): value is string {
  return typeof value === 'string' && containsPlaceholder(value);
}

/** True when any string anywhere inside the JSON value holds a placeholder (keys included). */
export function containsPlaceholderDeep(value: unknown, depth = 0): boolean {
  if (depth > 64) return false;
  if (typeof value === 'string') return containsPlaceholder(value);
  if (value === null || typeof value !== 'object') return false;
  // Plain loops: this runs over every label selector of every review.
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      if (index in value && containsPlaceholderDeep(value[index], depth + 1)) return true;
    }
    return false;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (containsPlaceholder(key) || containsPlaceholderDeep(record[key], depth + 1)) return true;
  }
  return false;
}
