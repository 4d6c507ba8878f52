// Mutating real manifests at random paths: shared by the engine's and the adapters' property tests.
export type Segment = string | number;

/** Every path to a value inside the object (objects and arrays included), root excluded. */
export function pathsOf(value: unknown, prefix: Segment[] = [], out: Segment[][] = []): Segment[][] {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      out.push([...prefix, index]);
      pathsOf(item, [...prefix, index], out);
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      out.push([...prefix, key]);
      pathsOf(item, [...prefix, key], out);
    }
  }
  return out;
}

/** A copy of `root` with the value at `at` replaced by `replacement`, or removed. */
export function setAt(root: unknown, at: Segment[], replacement: unknown, remove: boolean): unknown {
  if (at.length === 0) return replacement;
  const copy = structuredClone(root) as Record<Segment, unknown>;
  let parent = copy;
  for (const segment of at.slice(0, -1)) parent = parent[segment] as Record<Segment, unknown>;
  const last = at[at.length - 1]!;
  if (remove) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else parent[last] = replacement;
  return copy;
}
