// `lint --changed-since REF` judges only the apps a changed file reaches, and renders only those (and the apps judged
// with them: the ones sharing a namespace); its report is the one `lint FILE` gives for the changed files, which renders
// every app.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRenderer } from '../../src/cli/deps.js';
import { runLint } from '../../src/cli/lint.js';
import { cnpg, zalando } from './manifests.js';
import { changeRepo, git, type Tree } from './repo.js';

/** `--changed-since HEAD~1` and `lint <changed files>` on the same repository, with the renders each did. */
async function compare(base: Tree, head: Tree, changedFiles: string[]) {
  const dir = changeRepo(base, head);
  const renderer = await loadRenderer();
  let renders = 0;
  const dirs: string[] = [];
  const counting = {
    ...renderer,
    render: (...a: Parameters<typeof renderer.render>) => {
      renders++;
      dirs.push(a[0]);
      return renderer.render(...a);
    },
    renderFiles: (...a: Parameters<typeof renderer.renderFiles>) => {
      renders++;
      return renderer.renderFiles(...a);
    },
  };
  const changed = await runLint({ paths: ['.'], cwd: dir, changedSince: 'HEAD~1' }, { renderer: counting });
  const changedRenders = renders;
  renders = 0;
  const byFile = await runLint({ paths: changedFiles, cwd: dir }, { renderer: counting });
  const renderedDirs = dirs.slice(0, changedRenders).map((d) => d.slice(dir.length + 1));
  return { changed, byFile, changedRenders, byFileRenders: renders, dir, renderedDirs };
}

const app = (namespace: string, manifest: string): Tree => ({ 'kustomization.yaml': `namespace: ${namespace}\nresources:\n  - cluster.yaml\n`, 'cluster.yaml': manifest });
const under = (dir: string, tree: Tree): Tree => Object.fromEntries(Object.entries(tree).map(([path, text]) => [`${dir}/${path}`, text]));
const three = (shrunk: string): Tree => ({
  ...under('apps/a', app('team-a', cnpg({ size: shrunk }))),
  ...under('apps/b', app('team-b', zalando())),
  ...under('apps/c', app('team-c', cnpg({ major: 17 }))),
});

describe('lint --changed-since', () => {
  it('renders only the app a changed file reaches, and reports what lint FILE reports (which narrows the same way)', async () => {
    const { changed, byFile, changedRenders, byFileRenders } = await compare(three('20Gi'), three('1Gi'), ['apps/a/cluster.yaml']);
    expect(Object.keys(changed.inputsByApp)).toEqual(['apps/a']);
    expect(changed.report.findings).toEqual(byFile.report.findings);
    expect(changed.report.summary).toEqual(byFile.report.summary);
    expect(changedRenders).toBe(1);
    // A file argument (what pre-commit passes) leaves out the same apps: pre-commit pays for one app, not the repo.
    expect(byFileRenders).toBe(1);
  });

  it('renders the apps that share a namespace with a changed app: they are judged together', async () => {
    const base = { ...three('20Gi'), ...under('apps/d', app('team-a', zalando({ size: '5Gi' }))) };
    const head = { ...three('1Gi'), ...under('apps/d', app('team-a', zalando({ size: '5Gi' }))) };
    const { changed, byFile, changedRenders } = await compare(base, head, ['apps/a/cluster.yaml']);
    expect(changed.report.findings).toEqual(byFile.report.findings);
    expect(changedRenders).toBe(2); // a, and d in the same namespace; not b or c
  });

  it('a change in a shared base reaches every overlay that includes it', async () => {
    const overlays = (size: string): Tree => ({
      'base/kustomization.yaml': 'resources:\n  - cluster.yaml\n',
      'base/cluster.yaml': cnpg({ size }),
      'overlays/dev/kustomization.yaml': 'namespace: dev\nresources:\n  - ../../base\n',
      'overlays/prod/kustomization.yaml': 'namespace: prod\nresources:\n  - ../../base\n',
      ...under('apps/other', app('other', zalando())),
    });
    const { changed, byFile, changedRenders } = await compare(overlays('20Gi'), overlays('10Gi'), ['base/cluster.yaml']);
    expect(Object.keys(changed.inputsByApp).sort()).toEqual(['overlays/dev', 'overlays/prod']);
    expect(changed.report.findings).toEqual(byFile.report.findings);
    expect(changedRenders).toBe(2); // dev and prod; not apps/other
  });

  it('an Argo CD Application whose file changed renders and reports its app, though no file of its kustomization changed', async () => {
    const application = (namespace: string) =>
      `apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: pg\n  namespace: argocd\nspec:\n  source:\n    repoURL: https://example.com/r.git\n    path: apps/a\n  destination:\n    server: https://kubernetes.default.svc\n    namespace: ${namespace}\n  kustomize:\n    namespace: ${namespace}\n`;
    const tree = (namespace: string): Tree => ({ ...three('20Gi'), 'argocd/pg.yaml': application(namespace) });
    const { changed, byFile, renderedDirs } = await compare(tree('team-a'), tree('team-x'), ['argocd/pg.yaml']);
    expect(renderedDirs).toContain('apps/a');
    // reported on, as `lint argocd/pg.yaml` does: the Application is what defines the app
    expect(Object.keys(changed.inputsByApp)).toEqual(Object.keys(byFile.inputsByApp));
    expect(Object.keys(changed.inputsByApp)).toHaveLength(1);
    expect(changed.report.findings).toEqual(byFile.report.findings);
  });

  it('renders everything when the repository installs a CRD (it decides how every app is checked)', async () => {
    const crd = 'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: things.example.com\nspec:\n  group: example.com\n  names: {kind: Thing, plural: things}\n  scope: Namespaced\n  versions: []\n';
    const tree = (size: string): Tree => ({ ...three(size), ...under('crds', { 'kustomization.yaml': 'resources:\n  - crd.yaml\n', 'crd.yaml': crd }) });
    const { changed, byFile, changedRenders, byFileRenders } = await compare(tree('20Gi'), tree('1Gi'), ['apps/a/cluster.yaml']);
    expect(changed.report.findings).toEqual(byFile.report.findings);
    expect(changedRenders).toBe(byFileRenders);
  });

  it('an uncommitted edit counts as changed; nothing changed renders nothing but what cannot be bounded', async () => {
    const dir = changeRepo(three('20Gi'), three('20Gi'));
    const quiet = await runLint({ paths: ['.'], cwd: dir, changedSince: 'HEAD' });
    expect(quiet.report.summary.apps).toBe(0);
    writeFileSync(join(dir, 'apps/b/cluster.yaml'), zalando({ size: '1Gi' }));
    const edited = await runLint({ paths: ['.'], cwd: dir, changedSince: 'HEAD' });
    expect(Object.keys(edited.inputsByApp)).toEqual(['apps/b']);
  });
});

describe('lint --changed-since with --base (the Action with changed-only)', () => {
  it('reports the change findings of the apps a changed file reaches only', async () => {
    // b's volume shrank in an earlier commit; this change (HEAD~1 → HEAD) shrinks a's
    const dir = changeRepo({ ...three('20Gi'), ...under('apps/b', app('team-b', zalando({ size: '20Gi' }))) }, three('20Gi'));
    for (const [path, text] of Object.entries(under('apps/a', app('team-a', cnpg({ size: '5Gi' }))))) writeFileSync(join(dir, path), text);
    git(dir, 'commit', '-q', '-am', 'shrink a');
    const all = await runLint({ paths: ['.'], cwd: dir, base: 'HEAD~2' });
    expect(all.report.findings.filter((f) => f.ruleId === 'storage-shrink').map((f) => f.file).sort()).toEqual(['apps/a/cluster.yaml', 'apps/b/cluster.yaml']);
    const scoped = await runLint({ paths: ['.'], cwd: dir, base: 'HEAD~2', changedSince: 'HEAD~1' });
    expect(scoped.report.findings.filter((f) => f.ruleId === 'storage-shrink').map((f) => f.file)).toEqual(['apps/a/cluster.yaml']);
  });
});
