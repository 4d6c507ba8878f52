// Linear cost: apps that share a namespace are judged in one evaluation, not each with every other app's objects.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type EngineApi, loadEngine } from '../../src/cli/deps.js';
import { runLint } from '../../src/cli/lint.js';
import { evaluationUnits, type RenderedApp } from '../../src/gitops/index.js';

function app(name: string, objects: Record<string, unknown>[], failed = false): RenderedApp {
  return {
    app: { name, type: 'files', anchor: `/repo/${name}.yaml`, loadRestrictor: 'rootOnly' },
    result: { objects, inputs: [], diagnostics: [], origin: () => undefined },
    objects,
    inputs: [],
    failed,
    notes: [],
  };
}

const object = (kind: string, name: string, namespace?: string) => ({
  apiVersion: 'v1',
  kind,
  metadata: { name, ...(namespace ? { namespace } : {}) },
});

describe('evaluationUnits', () => {
  it('groups apps joined by shared namespaces, each unit once; a failed app is left out', () => {
    const a = app('a', [object('Secret', 'a', 'shared'), object('ConfigMap', 'x', 'a-only')]);
    const b = app('b', [object('Secret', 'b', 'shared')]);
    const c = app('c', [object('Secret', 'c', 'a-only')]); // joined to a through a-only
    const d = app('d', [object('Secret', 'd', 'elsewhere')]);
    const e = app('e', [object('Secret', 'e', 'shared')], true);
    const units = evaluationUnits([a, b, c, d, e], new Set([a, b, c, d, e]));
    expect(units.map((u) => u.apps.map((x) => x.app.name))).toEqual([['a', 'b', 'c'], ['d']]);
    expect(units.map((u) => u.passes.length)).toEqual([1, 1]);
    expect(units[0]?.passes[0]?.objects.map((o) => `${o.app.app.name}:${o.index}`)).toEqual(['a:0', 'a:1', 'b:0', 'c:0']);
  });

  it('only units holding a reported app are returned, and only reported apps are reported', () => {
    const a = app('a', [object('Secret', 'a', 'shared')]);
    const b = app('b', [object('Secret', 'b', 'shared')]);
    const d = app('d', [object('Secret', 'd', 'elsewhere')]);
    const units = evaluationUnits([a, b, d], new Set([a]));
    expect(units).toHaveLength(1);
    expect(units[0]?.passes[0]?.reported).toEqual([true, false]);
  });

  it('judges each copy of an object two apps both render with its own app: one pass per copy', () => {
    const a = app('a', [object('Secret', 'same', 'ns'), object('Cluster', 'db-a', 'ns')]);
    const b = app('b', [object('Secret', 'same', 'ns')]);
    const [unit] = evaluationUnits([a, b], new Set([a, b]));
    expect(unit?.passes.map((p) => p.objects.map((o) => `${o.app.app.name}:${o.index}`))).toEqual([
      ['a:0', 'a:1'],
      ['b:0', 'a:1'],
    ]);
    // Every object is reported exactly once.
    expect(unit?.passes.map((p) => p.reported)).toEqual([
      [true, true],
      [true, false],
    ]);
  });
});

describe('runLint evaluates each namespace once', () => {
  it('hands the engine every object once, however many apps share the namespace', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pgwarden-units-'));
    const teams = 12;
    for (let t = 0; t < teams; t++) {
      const dir = join(root, `team-${t}`);
      mkdirSync(dir);
      writeFileSync(
        join(dir, 'cluster.yaml'),
        `apiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata:\n  name: db-${t}\n  namespace: shared\nspec:\n  instances: 1\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: db-${t}-app\n  namespace: shared\n`,
      );
    }
    const real = await loadEngine();
    const calls: number[] = [];
    const engine: EngineApi = {
      ...real,
      evaluate: (inputs, options) => {
        calls.push(inputs.length);
        return real.evaluate(inputs, options);
      },
    };
    const result = await runLint({ paths: ['.'], cwd: root }, { engine });
    expect(result.report.summary.apps).toBe(teams);
    // One evaluation of the 24 objects; before, 12 evaluations of 24 objects each (quadratic in apps).
    expect(calls).toEqual([teams * 2]);
    // Each team's finding stays its own (distinct objects, distinct files).
    expect(result.report.findings.filter((f) => f.ruleId === 'replicas').map((f) => f.apps)).toEqual(
      Array.from({ length: teams }, (_, t) => [`team-${t}`]).sort((x, y) => (x[0] ?? '').localeCompare(y[0] ?? '')),
    );
  });
});
