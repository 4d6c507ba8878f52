// Errors name the kustomization file and line; render() reports them as diagnostics and never throws.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { render } from '../../src/render/index.js';
import { lines, writeTree } from './tree.js';

const CM = lines('apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: a}', 'data: {k: v}');

async function firstError(dir: string, opts = {}) {
  const r = await render(dir, { fallback: false, ...opts });
  const e = r.diagnostics.find((d) => d.severity === 'error');
  expect(e, JSON.stringify(r.diagnostics)).toBeDefined();
  expect(r.objects).toEqual([]);
  return e!;
}

describe('render errors', () => {
  it('a missing resource names the kustomization line', async () => {
    const root = writeTree({ 'kustomization.yaml': lines('resources:', '- cm.yaml', '- missing.yaml'), 'cm.yaml': CM });
    const e = await firstError(root);
    expect(e.file).toBe(path.join(root, 'kustomization.yaml'));
    expect([e.line, e.column]).toEqual([3, 3]);
    expect(e.message).toContain('missing.yaml');
  });

  it('a cycle between kustomizations', async () => {
    const root = writeTree({ 'a/kustomization.yaml': 'resources: [../b]\n', 'b/kustomization.yaml': 'resources: [../a]\n' });
    const e = await firstError(`${root}/a`);
    expect(e.message).toMatch(/cycle detected/);
    expect(e.file).toBe(path.join(root, 'b/kustomization.yaml'));
    expect(e.line).toBe(1);
  });

  it('invalid YAML reports the parser`s own position', async () => {
    // A duplicate key (go-yaml rejects it too) on line 6, column 3.
    const root = writeTree({ 'kustomization.yaml': 'resources: [cm.yaml]\n', 'cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata:\n  k: "1"\n  k: "2"\n' });
    const e = await firstError(root);
    expect(e.file).toBe(path.join(root, 'cm.yaml'));
    expect([e.line, e.column]).toEqual([6, 3]);
    expect(e.message).toMatch(/invalid YAML/);
  });

  it('duplicate resource ids are rejected, as kustomize does', async () => {
    const root = writeTree({ 'kustomization.yaml': 'resources: [a.yaml, b.yaml]\n', 'a.yaml': CM, 'b.yaml': CM });
    const e = await firstError(root);
    expect(e.message).toMatch(/already registered id: v1, Kind=ConfigMap, a/);
    expect(e.line).toBe(1);
  });

  it('a JSON 6902 op on a missing path names the op', async () => {
    const root = writeTree({
      'cm.yaml': CM,
      'kustomization.yaml': lines(
        'resources: [cm.yaml]', // 1
        'patches:', // 2
        '- target: {kind: ConfigMap}', // 3
        '  patch: |-', // 4
        '    - op: remove', // 5
        '      path: /data/nope', // 6
      ),
    });
    const e = await firstError(root);
    expect([e.line, e.column]).toEqual([5, 7]);
    expect(e.message).toMatch(/path \/data\/nope does not exist.*ConfigMap, a/);
  });

  it('a strategic merge patch without a matching resource fails; a target that selects nothing only warns', async () => {
    const strays = writeTree({
      'cm.yaml': CM,
      'p.yaml': lines('apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: other}', 'data: {k: w}'),
      'kustomization.yaml': 'resources: [cm.yaml]\npatchesStrategicMerge: [p.yaml]\n',
    });
    const e = await firstError(strays);
    expect(e.message).toMatch(/failed to find unique target for patch/);
    expect(e.file).toBe(path.join(strays, 'p.yaml'));

    const noTarget = writeTree({
      'cm.yaml': CM,
      'kustomization.yaml': lines('resources: [cm.yaml]', 'patches:', '- target: {kind: Secret}', '  patch: |-', '    - op: remove', '      path: /data'),
    });
    const r = await render(noTarget, { fallback: false });
    expect(r.objects).toHaveLength(1);
    expect(r.diagnostics).toMatchObject([{ severity: 'warning', line: 3 }]);
  });

  it('the load restrictor rejects files outside the root unless loadRestrictor is none', async () => {
    const root = writeTree({ 'shared/cm.yaml': CM, 'app/kustomization.yaml': 'resources: [../shared/cm.yaml]\n' });
    const e = await firstError(`${root}/app`);
    expect(e.message).toMatch(/is not in or below/);
    expect(e.line).toBe(1);
    const r = await render(`${root}/app`, { loadRestrictor: 'none', fallback: false });
    expect(r.diagnostics).toEqual([]);
    expect(r.objects).toHaveLength(1);
  });

  it('a dir without kustomization, an unknown field, a Component under resources', async () => {
    const root = writeTree({
      'plain/cm.yaml': CM,
      'a/kustomization.yaml': 'resources: [../plain]\n',
      'b/kustomization.yaml': 'resources: []\nnamespce: x\n',
      'comp/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\n',
      'c/kustomization.yaml': 'resources: [../comp]\n',
    });
    expect((await firstError(`${root}/a`)).message).toMatch(/unable to find one of 'kustomization.yaml'/);
    const unknown = await firstError(`${root}/b`);
    expect(unknown.message).toMatch(/unknown field "namespce"/);
    expect(unknown.line).toBe(2);
    expect((await firstError(`${root}/c`)).message).toMatch(/expected kind != 'Component'/);
  });

  it('a Secret value never appears in an error message', async () => {
    const root = writeTree({
      'kustomization.yaml': lines('secretGenerator:', '- name: pg', '  literals:', '  - password=hunter2-very-secret', '  - password=hunter2-very-secret'),
    });
    const e = await firstError(root);
    expect(e.message).not.toContain('hunter2');
    expect(e.line).toBeGreaterThan(0);
  });
});
