import { type RenderedApp } from '../gitops/index.js';
import type { EngineApi } from './deps.js';
/**
 * One note per such object of a rendered app, at its file and line (relative to cwd).
 * - OpenShift `Template` (`template.openshift.io/v1`, or `v1` in OpenShift 3) whose objects hold a Postgres object:
 *   its `objects` are created by `oc process` with the Template's parameter values substituted; applied as it
 *   stands, it creates only the Template, so they are not what the cluster runs until processed.
 * - Every `PetSet` (`apps/v1alpha1`): it became StatefulSet (`apps/v1beta1`) in Kubernetes 1.5 (kubernetes/kubernetes
 *   CHANGELOG-1.5.md) and is served by no apiserver since, so it is rejected whatever it runs; noted without asking
 *   whether it runs Postgres (PetSet-era images such as `spilotest-9.6` predate the image names the engine knows).
 */
export declare function unjudgedNotes(engine: EngineApi, r: RenderedApp, cwd: string): string[];
