// `lint --base` reuses the head's work where the bytes are the same (an app whose every input and definition is
// unchanged is its own base); these cases check it renders again everything a change can reach.
import { describe, expect, it } from 'vitest';
import { loadRenderer } from '../../src/cli/deps.js';
import { runLint } from '../../src/cli/lint.js';
import { cnpg, zalando } from './manifests.js';
import { changeFindings, changeRepo, type Tree } from './repo.js';

/** Lints `head` against `base` (committed as HEAD~1 and HEAD) with a renderer that counts the renders it does. */
async function lintCounting(base: Tree, head: Tree) {
  const dir = changeRepo(base, head);
  const renderer = await loadRenderer();
  const counts = { plain: 0, base: 0 };
  const counting = {
    ...renderer,
    render: (...a: Parameters<typeof renderer.render>) => {
      counts.base++;
      return renderer.render(...a);
    },
  };
  await runLint({ paths: ['.'], cwd: dir }, { renderer: counting });
  counts.plain = counts.base;
  counts.base = 0;
  const result = await runLint({ paths: ['.'], cwd: dir, base: 'HEAD~1' }, { renderer: counting });
  // the --base run renders the head once, then the base apps it cannot reuse
  return { result, baseRenders: counts.base - counts.plain, headRenders: counts.plain, dir };
}

const overlays = (envs: string[]): Tree =>
  Object.fromEntries(envs.map((env) => [`overlays/${env}/kustomization.yaml`, `namespace: ${env}\nresources:\n  - ../../base\n`]));

describe('lint --base: what is rendered again', () => {
  it('a change in a shared base renders again every app that includes it, and each one is judged', async () => {
    const envs = ['dev', 'qa', 'prod'];
    const before = { 'base/kustomization.yaml': 'resources:\n  - cluster.yaml\n', 'base/cluster.yaml': cnpg({ size: '20Gi' }), ...overlays(envs) };
    const after = { ...before, 'base/cluster.yaml': cnpg({ size: '10Gi' }) };
    const { result, baseRenders, headRenders } = await lintCounting(before, after);
    expect(baseRenders).toBe(headRenders);
    const shrinks = changeFindings(result).filter((f) => f.ruleId === 'storage-shrink');
    for (const env of envs) expect(shrinks.some((f) => f.apps.includes(`overlays/${env}`))).toBe(true);
    for (const f of shrinks) expect(f).toMatchObject({ file: 'base/cluster.yaml', side: 'head' });
  });

  it('an overlay changed alone is the only app rendered again', async () => {
    const envs = ['dev', 'qa', 'prod'];
    const before = { 'base/kustomization.yaml': 'resources:\n  - cluster.yaml\n', 'base/cluster.yaml': cnpg({ size: '20Gi' }), ...overlays(envs) };
    const patch = 'patches:\n  - target:\n      kind: Cluster\n    patch: |-\n      - op: replace\n        path: /spec/storage/size\n        value: 5Gi\n';
    const after = { ...before, 'overlays/qa/kustomization.yaml': `namespace: qa\nresources:\n  - ../../base\n${patch}` };
    const { result, baseRenders } = await lintCounting(before, after);
    expect(baseRenders).toBe(1);
    expect(changeFindings(result).map((f) => `${f.ruleId}:${f.file}:${f.apps.join(',')}`)).toEqual(['storage-shrink:overlays/qa/kustomization.yaml:overlays/qa']);
  });

  it('a shared file renamed (the kustomization follows) renders the apps again and fires nothing', async () => {
    const before = { 'base/kustomization.yaml': 'resources:\n  - cluster.yaml\n', 'base/cluster.yaml': cnpg(), ...overlays(['dev', 'prod']) };
    const after = { ...overlays(['dev', 'prod']), 'base/kustomization.yaml': 'resources:\n  - postgres.yaml\n', 'base/postgres.yaml': cnpg() };
    const { result, baseRenders, headRenders } = await lintCounting(before, after);
    expect(baseRenders).toBe(headRenders);
    expect(changeFindings(result)).toEqual([]);
  });

  it('an Argo CD Application whose destination changed renders its app again though no file of the app changed', async () => {
    const application = (namespace: string) => `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: pg
  namespace: argocd
spec:
  source:
    repoURL: https://example.com/repo.git
    path: apps/pg
  destination:
    server: https://kubernetes.default.svc
    namespace: ${namespace}
`;
    const cluster = cnpg().replace(/\n {2}namespace: db/, '');
    const files = { 'apps/pg/kustomization.yaml': 'resources:\n  - cluster.yaml\n', 'apps/pg/cluster.yaml': cluster };
    const { result, baseRenders } = await lintCounting({ ...files, 'argocd/pg.yaml': application('team-a') }, { ...files, 'argocd/pg.yaml': application('team-b') });
    expect(baseRenders).toBe(1);
    // the cluster moved to another namespace: the one in team-a is deleted by the sync
    expect(changeFindings(result).map((f) => `${f.ruleId}:${f.side}`)).toEqual(['cluster-removed:base']);
  });

  it('a Flux variable changed in its ConfigMap renders the app again', async () => {
    const flux = `apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata:
  name: pg
  namespace: flux-system
spec:
  path: ./apps/pg
  sourceRef:
    kind: GitRepository
    name: repo
  postBuild:
    substituteFrom:
      - kind: ConfigMap
        name: pg-vars
`;
    const vars = (size: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: pg-vars\n  namespace: flux-system\ndata:\n  SIZE: ${size}\n`;
    const files = {
      'clusters/prod/pg.yaml': flux,
      'apps/pg/kustomization.yaml': 'resources:\n  - cluster.yaml\n',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a Flux post-build variable
      'apps/pg/cluster.yaml': zalando({ size: '${SIZE}' }),
    };
    const { result } = await lintCounting({ ...files, 'clusters/prod/vars.yaml': vars('20Gi') }, { ...files, 'clusters/prod/vars.yaml': vars('10Gi') });
    const shrinks = changeFindings(result).filter((f) => f.ruleId === 'storage-shrink');
    expect(shrinks.map((f) => f.apps)).toEqual([['flux:flux-system/pg']]);
    expect(shrinks[0]?.message).toContain('from 20Gi to 10Gi');
  });
});

describe('lint --base: an app only kustomize itself builds', () => {
  it('is rendered at the base from the tree written out (kustomize reads the disk), then the tree is removed', async () => {
    const { readdirSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    // `configurations` (custom field specs): handed to kustomize when pgwarden's renderer does not build it.
    const app = (size: string): Tree => ({
      'app/kustomization.yaml': 'resources:\n  - cluster.yaml\nconfigurations:\n  - fieldspecs.yaml\n',
      'app/fieldspecs.yaml': 'namePrefix:\n  - path: metadata/name\n    kind: Cluster\n',
      'app/cluster.yaml': cnpg({ size }),
    });
    const temp = () => readdirSync(tmpdir()).filter((name) => name.startsWith('pgwarden-base-')).length;
    const before = temp();
    const { result } = await lintCounting(app('20Gi'), app('10Gi'));
    expect(result.diagnostics.filter((d) => d.includes('did not render at the base'))).toEqual([]);
    expect(changeFindings(result).map((f) => `${f.ruleId}:${f.side}`)).toEqual(['storage-shrink:head']);
    expect(temp()).toBe(before);
  });
});
