// Objects pgwarden reaches but cannot judge, named to the user instead of passing in silence (as a Helm chart
// directory gets its note): an OpenShift Template holding Postgres objects, and a PetSet running Postgres. Whether
// an object is a Postgres one is the engine's call (`countClusters`), never a second list of kinds kept here.
import { relative } from 'node:path';
import { type RenderedApp, toPosix } from '../gitops/index.js';
import type { InputObject } from '../policies/index.js';
import type { EngineApi } from './deps.js';

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

function clusters(engine: EngineApi, objects: JsonObject[]): number {
  try {
    return engine.countClusters(objects.map((object): InputObject => ({ object })));
  } catch {
    return 0; // only a note depends on it
  }
}

/**
 * A Template's objects with its parameters substituted as `oc process` does (`${NAME}` → the parameter's value,
 * or the name itself when it has none), so an image such as `registry/${NAMESPACE}/patroni:latest` reads as the
 * image it will be. One pass over the serialised objects: bounded by their size.
 */
function processed(template: JsonObject, objects: JsonObject[]): JsonObject[] {
  const values = new Map<string, string>();
  for (const p of Array.isArray(template.parameters) ? template.parameters : []) {
    if (isObject(p) && typeof p.name === 'string') values.set(p.name, typeof p.value === 'string' && p.value !== '' ? p.value : p.name.toLowerCase());
  }
  const text = JSON.stringify(objects).replace(/\$\{([A-Za-z0-9_]+)\}/g, (_, name: string) => JSON.stringify(values.get(name) ?? name.toLowerCase()).slice(1, -1));
  return JSON.parse(text) as JsonObject[];
}

/**
 * One note per such object of a rendered app, at its file and line (relative to cwd).
 * - OpenShift `Template` (`template.openshift.io/v1`, or `v1` in OpenShift 3) whose objects hold a Postgres object:
 *   its `objects` are created by `oc process` with the Template's parameter values substituted; applied as it
 *   stands, it creates only the Template, so they are not what the cluster runs until processed.
 * - Every `PetSet` (`apps/v1alpha1`): it became StatefulSet (`apps/v1beta1`) in Kubernetes 1.5 (kubernetes/kubernetes
 *   CHANGELOG-1.5.md) and is served by no apiserver since, so it is rejected whatever it runs; noted without asking
 *   whether it runs Postgres (PetSet-era images such as `spilotest-9.6` predate the image names the engine knows).
 */
export function unjudgedNotes(engine: EngineApi, r: RenderedApp, cwd: string): string[] {
  const notes: string[] = [];
  r.objects.forEach((object, index) => {
    if (!isObject(object) || typeof object.apiVersion !== 'string') return;
    const name = isObject(object.metadata) && typeof object.metadata.name === 'string' ? object.metadata.name : '(unnamed)';
    const origin = r.result.origin(index, '');
    const at = origin ? `${toPosix(relative(cwd, origin.file))}:${origin.line}` : toPosix(relative(cwd, r.app.anchor));
    if (object.kind === 'Template' && /^(template\.openshift\.io\/)?v1$/.test(object.apiVersion) && Array.isArray(object.objects)) {
      const count = clusters(engine, processed(object, object.objects.filter(isObject)));
      if (count > 0) {
        notes.push(
          `${at}: OpenShift Template ${name} not checked: the ${count} Postgres object${count === 1 ? '' : 's'} in its objects ${count === 1 ? 'is' : 'are'} created only when \`oc process\` substitutes its parameters; lint the processed output (\`oc process -f FILE --local -o yaml\`).`,
        );
      }
    } else if (object.kind === 'PetSet' && object.apiVersion.startsWith('apps/')) {
      notes.push(
        `${at}: PetSet ${name} (${object.apiVersion}) not checked: PetSet became StatefulSet in Kubernetes 1.5 and no apiserver serves it since, so it is rejected; write it as an apps/v1 StatefulSet to have it judged.`,
      );
    }
  });
  return notes;
}
