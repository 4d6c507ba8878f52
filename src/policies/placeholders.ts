// Unresolved substitution placeholders. A manifest in a GitOps repo is often rendered by a later step that replaces them:
// Flux post-build substitution (`${VAR}`, `${VAR:=default}`, `${VAR:-default}`, `${VAR:+x}`) and OpenShift templates
// (`${PARAM}`, `${{PARAM}}` for non-string values). We cannot know the final value, so such a value is *unknown*: rules must
// not report on it, and adapters must never guess (a default after `:=` is only used when the variable is unset).

// `${{PARAM}}` (OpenShift non-string) or `${NAME}` with an optional shell-style operator + word (Flux / envsubst).
const PLACEHOLDER = /\$\{\{\s*[A-Za-z_][A-Za-z0-9_]*\s*\}\}|\$\{[A-Za-z_][A-Za-z0-9_]*(?:(?::?[-=+?])[^}]*)?\}/;

/** True when the string contains at least one unresolved placeholder. */
export function containsPlaceholder(text: string): boolean {
  return PLACEHOLDER.test(text);
}

/** True when the value is a string holding a placeholder (numbers and booleans are rendered from strings too). */
export function isPlaceholder(value: unknown): value is string {
  return typeof value === 'string' && containsPlaceholder(value);
}

/** True when any string anywhere inside the JSON value holds a placeholder (keys included). */
export function containsPlaceholderDeep(value: unknown, depth = 0): boolean {
  if (depth > 64) return false;
  if (typeof value === 'string') return containsPlaceholder(value);
  if (Array.isArray(value)) return value.some((item) => containsPlaceholderDeep(item, depth + 1));
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (containsPlaceholder(key) || containsPlaceholderDeep(item, depth + 1)) return true;
    }
  }
  return false;
}
