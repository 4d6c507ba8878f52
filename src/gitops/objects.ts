// Small readers of rendered objects (plain JSON from the renderer).
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function namespaceOf(object: Record<string, unknown>): string | undefined {
  const md = object.metadata;
  return isRecord(md) && typeof md.namespace === 'string' && md.namespace ? md.namespace : undefined;
}

/** API group (no version), kind, namespace and name: two objects with one identity are one object in a cluster. */
export function identityOf(object: Record<string, unknown>): string {
  const md = isRecord(object.metadata) ? object.metadata : {};
  const apiVersion = typeof object.apiVersion === 'string' ? object.apiVersion : '';
  const group = apiVersion.includes('/') ? (apiVersion.split('/')[0] ?? '') : '';
  return `${group}|${String(object.kind ?? '')}|${String(md.namespace ?? '')}|${String(md.name ?? '')}`;
}
