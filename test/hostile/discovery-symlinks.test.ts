// Discovery never follows a symlink out of the repository (issue 9 §1): a symlinked manifest or directory leading
// outside is not read (a note on stderr names the link, never the content), Argo CD / Flux source paths cannot
// leave the repository, and code frames never show a file outside it.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LintReport } from '../../src/cli/report.js';
import { LINTED_CLUSTER, pgwardenIn, writeTree } from './run.js';

const CANARY = 'pgw-discovery-canary-5e1d';
const work = mkdtempSync(path.join(tmpdir(), 'pgwarden-discovery-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function layout(name: string, files: Record<string, string>, links: Record<string, string>): string {
  const outside = path.join(work, name, 'outside');
  writeTree(outside, {
    'cluster.yaml': LINTED_CLUSTER.replace('name: good', `name: ${CANARY}`),
    'dir/cluster.yaml': LINTED_CLUSTER.replace('name: good', `name: ${CANARY}-dir`),
    'dir/kustomization.yaml': 'resources:\n- cluster.yaml\n',
  });
  const repo = path.join(work, name, 'repo');
  mkdirSync(path.join(repo, '.git'), { recursive: true });
  writeTree(repo, { 'good/kustomization.yaml': 'resources:\n- cluster.yaml\n', 'good/cluster.yaml': LINTED_CLUSTER, ...files });
  writeTree(repo, {}, Object.fromEntries(Object.entries(links).map(([k, v]) => [k, v.replace('$OUTSIDE', outside)])));
  return repo;
}

async function lintAll(repo: string): Promise<{ report: LintReport; all: string; stderr: string }> {
  const outputs: string[] = [];
  let report: LintReport | undefined;
  let stderr = '';
  for (const format of ['json', 'stylish', 'sarif', 'github', 'junit']) {
    const run = await pgwardenIn(repo, ['lint', '--format', format, '.']);
    outputs.push(run.stdout, run.stderr);
    if (format === 'json') {
      report = JSON.parse(run.stdout) as LintReport;
      stderr = run.stderr;
    }
  }
  return { report: report!, all: outputs.join('\n'), stderr };
}

describe('discovery and symlinks out of the repository', () => {
  it('a symlinked loose manifest and a symlinked directory are not read; the rest is linted', async () => {
    const repo = layout('walk', {}, { 'loose/stolen.yaml': '$OUTSIDE/cluster.yaml', 'linked-dir': '$OUTSIDE/dir' });
    const { report, all, stderr } = await lintAll(repo);
    expect(all).not.toContain(CANARY);
    expect(stderr).toMatch(/loose\/stolen\.yaml: symlink out of the repository .*; not read\./);
    expect(stderr).toMatch(/linked-dir: symlink out of the repository .*; not read\./);
    expect(report.findings.some((f) => f.ruleId === 'image-tag' && f.file === 'good/cluster.yaml')).toBe(true);
    expect(report.findings.every((f) => !f.file.startsWith('loose') && !f.file.startsWith('linked-dir'))).toBe(true);
  });

  it('a symlink that stays inside the repository is still followed', async () => {
    const repo = layout('inside', { 'real/cluster.yaml': LINTED_CLUSTER.replace('name: good', 'name: via-link') }, { 'alias-dir': 'real' });
    const { report } = await lintAll(repo);
    expect(report.findings.some((f) => f.ruleId === 'image-tag' && /cluster\.yaml$/.test(f.file) && f.resource.name === 'via-link')).toBe(true);
  });

  it('Flux spec.path and Argo CD source paths that leave the repository are skipped, not rendered', async () => {
    const repo = layout(
      'sources',
      {
        'clusters/flux.yaml': 'apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: escape\n  namespace: flux-system\nspec:\n  path: ../outside/dir\n---\napiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: good\n  namespace: flux-system\nspec:\n  path: ./good\n',
        'clusters/argo.yaml': 'apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: escape\nspec:\n  source:\n    path: linked\n',
      },
      { linked: '$OUTSIDE/dir' },
    );
    const { report, all } = await lintAll(repo);
    expect(all).not.toContain(CANARY);
    expect(all).toMatch(/flux:flux-system\/escape: spec\.path "\.\.\/outside\/dir" is not a directory in this tree; skipped/);
    expect(all).toMatch(/argocd:escape: source path "linked" is not a directory in this tree; skipped/);
    expect(report.findings.some((f) => f.ruleId === 'image-tag' && f.file === 'good/cluster.yaml')).toBe(true);
  });
});
