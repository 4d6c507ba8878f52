// Which objects are judged together. The engine relates objects by namespace (a Secret and its cluster, a
// ScheduledBackup and its Cluster), and an object another app puts in the same namespace is as real in the cluster
// as the app's own. Apps that share a namespace (directly or through a chain of shared namespaces) form one unit,
// evaluated once with every object of its apps, so the cost grows with the objects, not with apps × namespace size.
//
// Two apps rendering one object identity (API group, kind, namespace, name) would each apply their own copy; each
// copy is judged with the objects its own app sees: the unit is evaluated once per copy rank, the n-th pass holding
// the n-th copy of every repeated identity and the first copy of the others (which it reports nothing on).
import type { RenderedApp } from './app.js';
import { identityOf, namespaceOf } from './objects.js';

export interface UnitObject {
  object: Record<string, unknown>;
  app: RenderedApp;
  /** Index of the object in its app's `objects` (and in its render result). */
  index: number;
}

export interface EvaluationPass {
  objects: UnitObject[];
  /** Whether findings on objects[i] belong to this pass (false: context only). */
  reported: boolean[];
}

export interface EvaluationUnit {
  apps: RenderedApp[];
  passes: EvaluationPass[];
}

/** Union–find over apps, joined by the namespaces their objects name. */
function components(apps: RenderedApp[]): RenderedApp[][] {
  const parent = apps.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] ?? root;
    while (parent[i] !== root) {
      const next = parent[i] ?? root;
      parent[i] = root;
      i = next;
    }
    return root;
  };
  const owner = new Map<string, number>();
  apps.forEach((app, i) => {
    for (const object of app.objects) {
      const ns = namespaceOf(object);
      if (!ns) continue;
      const first = owner.get(ns);
      if (first === undefined) owner.set(ns, i);
      else parent[find(i)] = find(first);
    }
  });
  const groups = new Map<number, RenderedApp[]>();
  apps.forEach((app, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), app]);
  });
  return [...groups.values()];
}

/**
 * The evaluation units of a run: every app that rendered, grouped by shared namespaces; only units holding an app
 * in `report` (the apps this run reports on) are returned, and only those apps' objects are reported.
 */
export function evaluationUnits(apps: RenderedApp[], report: ReadonlySet<RenderedApp>): EvaluationUnit[] {
  const units: EvaluationUnit[] = [];
  for (const group of components(apps.filter((a) => !a.failed))) {
    if (!group.some((a) => report.has(a))) continue;
    const copies = new Map<string, UnitObject[]>();
    for (const app of group) {
      app.objects.forEach((object, index) => {
        const id = identityOf(object);
        const list = copies.get(id);
        if (list) list.push({ object, app, index });
        else copies.set(id, [{ object, app, index }]);
      });
    }
    const rounds = Math.max(1, ...[...copies.values()].map((c) => c.length));
    const passes: EvaluationPass[] = [];
    for (let round = 0; round < rounds; round++) {
      const objects: UnitObject[] = [];
      const reported: boolean[] = [];
      for (const list of copies.values()) {
        const own = list[round];
        const entry = own ?? list[0];
        if (!entry) continue;
        objects.push(entry);
        reported.push(own !== undefined && report.has(own.app));
      }
      passes.push({ objects, reported });
    }
    units.push({ apps: group, passes });
  }
  return units;
}
