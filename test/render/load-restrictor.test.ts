// kustomize's load restrictor with symlinks resolved first (issue 9 §1): every path a kustomization names —
// resources, components, patches, generator files/envs/env, replacements, the kustomization file itself — is
// refused when its real path leaves the kustomization root (rootOnly) or the repository (always), with
// kustomize's message; `kubectl kustomize` refuses the same layouts (where it has a rule: it has none for bases
// outside a repository). No byte of the planted file reaches the render.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { render, renderFiles } from '../../src/render/index.js';
import { kubectlAvailable, kubectlKustomize } from './kubectl.js';

const CANARY = 'pgwarden-canary-7f3a9c';
const work = mkdtempSync(path.join(tmpdir(), 'pgwarden-restrict-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const KUST = 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n';
const CM = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n  k: v\n`;

/** A repository (marked by `.git`) beside an `outside` directory holding the planted secret in every shape. */
function layout(name: string, files: Record<string, string>, links: Record<string, string> = {}): { repo: string; app: string } {
  const base = path.join(work, name);
  const outside = path.join(base, 'outside');
  mkdirSync(path.join(outside, 'base'), { recursive: true });
  writeFileSync(path.join(outside, 'secret.txt'), `${CANARY}\n`);
  writeFileSync(path.join(outside, 'secret.env'), `STOLEN=${CANARY}\n`);
  writeFileSync(path.join(outside, 'secret.yaml'), `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: stolen\ndata:\n  v: ${CANARY}\n`);
  writeFileSync(path.join(outside, 'patch.yaml'), `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\ndata:\n  v: ${CANARY}\n`);
  writeFileSync(path.join(outside, 'base', 'kustomization.yaml'), `${KUST}resources:\n- cm.yaml\n`);
  writeFileSync(path.join(outside, 'base', 'cm.yaml'), `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: outside\ndata:\n  v: ${CANARY}\n`);
  const repo = path.join(base, 'repo');
  mkdirSync(path.join(repo, '.git'), { recursive: true });
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(repo, rel)), { recursive: true });
    writeFileSync(path.join(repo, rel), text);
  }
  for (const [rel, target] of Object.entries(links)) {
    mkdirSync(path.dirname(path.join(repo, rel)), { recursive: true });
    symlinkSync(target.replace('$OUTSIDE', outside), path.join(repo, rel));
  }
  return { repo, app: path.join(repo, 'app') };
}

interface Case {
  name: string;
  files: Record<string, string>;
  links?: Record<string, string>;
  /** What the refusal says (kustomize's meaning). */
  message: RegExp;
  /** The kustomization line naming the refused path. */
  line: number;
  /** kubectl kustomize refuses this layout too (it has no repository boundary, so not every case). */
  kubectlRefuses: boolean;
  loadRestrictor?: 'rootOnly' | 'none';
}

const cm = { 'app/cm.yaml': CM('cm') };
const CASES: Case[] = [
  {
    name: 'generator file through a symlink',
    files: { ...cm, 'app/kustomization.yaml': `${KUST}configMapGenerator:\n- name: gen\n  files:\n  - stolen\n` },
    links: { 'app/stolen': '$OUTSIDE/secret.txt' },
    message: /security; file '.*\/app\/stolen' is not in or below '.*\/app'/,
    line: 6,
    kubectlRefuses: true,
  },
  {
    name: 'generator env file through a symlink',
    files: { 'app/kustomization.yaml': `${KUST}configMapGenerator:\n- name: gen\n  envs:\n  - stolen.env\n` },
    links: { 'app/stolen.env': '$OUTSIDE/secret.env' },
    message: /security; file '.*\/app\/stolen\.env' is not in or below/,
    line: 6,
    kubectlRefuses: true,
  },
  {
    name: 'legacy `env` through a symlink',
    files: { 'app/kustomization.yaml': `${KUST}configMapGenerator:\n- name: gen\n  env: stolen.env\n` },
    links: { 'app/stolen.env': '$OUTSIDE/secret.env' },
    message: /security; file '.*\/app\/stolen\.env' is not in or below/,
    line: 5,
    kubectlRefuses: true,
  },
  {
    name: 'resource through a symlink',
    files: { 'app/kustomization.yaml': `${KUST}resources:\n- cm.yaml\n- stolen.yaml\n`, ...cm },
    links: { 'app/stolen.yaml': '$OUTSIDE/secret.yaml' },
    message: /security; file '.*\/app\/stolen\.yaml' is not in or below '.*\/app' \(it resolves to '.*\/outside\/secret\.yaml'\)/,
    line: 5,
    kubectlRefuses: true,
  },
  {
    name: '/etc/hostname through a symlink',
    files: { 'app/kustomization.yaml': `${KUST}configMapGenerator:\n- name: gen\n  files:\n  - host=hostname\n` },
    links: { 'app/hostname': '/etc/hostname' },
    message: /security; file '.*\/app\/hostname' is not in or below/,
    line: 6,
    kubectlRefuses: true,
  },
  {
    name: '/etc/shadow through a symlink (refused before any read is tried)',
    files: { 'app/kustomization.yaml': `${KUST}secretGenerator:\n- name: gen\n  files:\n  - shadow\n` },
    links: { 'app/shadow': '/etc/shadow' },
    message: /security; file '.*\/app\/shadow' is not in or below/,
    line: 6,
    kubectlRefuses: true,
  },
  {
    name: '/proc/self/environ through configMapGenerator and replacements into a storageClass',
    files: {
      'app/kustomization.yaml': `${KUST}resources:\n- cluster.yaml\nconfigMapGenerator:\n- name: env\n  files:\n  - stolen\nreplacements:\n- source:\n    kind: ConfigMap\n    name: env\n    fieldPath: data.stolen\n  targets:\n  - select:\n      kind: Cluster\n    fieldPaths:\n    - spec.storage.storageClass\n`,
      'app/cluster.yaml': 'apiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata:\n  name: db\nspec:\n  instances: 3\n  storage:\n    size: 1Gi\n    storageClass: standard\n',
    },
    links: { 'app/stolen': '/proc/self/environ' },
    message: /security; file '.*\/app\/stolen' is not in or below '.*\/app' \(it resolves to '\/proc\//,
    line: 8,
    kubectlRefuses: true,
  },
  {
    name: 'file under a symlinked directory',
    files: { 'app/kustomization.yaml': `${KUST}resources:\n- linked/secret.yaml\n` },
    links: { 'app/linked': '$OUTSIDE' },
    message: /security; file '.*\/app\/linked\/secret\.yaml' is not in or below/,
    line: 4,
    kubectlRefuses: true,
  },
  {
    name: 'patch file through a symlink',
    files: { ...cm, 'app/kustomization.yaml': `${KUST}resources:\n- cm.yaml\npatches:\n- path: p.yaml\n` },
    links: { 'app/p.yaml': '$OUTSIDE/patch.yaml' },
    message: /security; file '.*\/app\/p\.yaml' is not in or below/,
    line: 6,
    kubectlRefuses: true,
  },
  {
    name: 'patchesStrategicMerge file through a symlink',
    files: { ...cm, 'app/kustomization.yaml': `${KUST}resources:\n- cm.yaml\npatchesStrategicMerge:\n- p.yaml\n` },
    links: { 'app/p.yaml': '$OUTSIDE/patch.yaml' },
    message: /security; file '.*\/app\/p\.yaml' is not in or below/,
    line: 6,
    kubectlRefuses: true,
  },
  {
    name: 'replacements file through a symlink',
    files: { ...cm, 'app/kustomization.yaml': `${KUST}resources:\n- cm.yaml\nreplacements:\n- path: r.yaml\n` },
    links: { 'app/r.yaml': '$OUTSIDE/secret.yaml' },
    message: /security; file '.*\/app\/r\.yaml' is not in or below/,
    line: 6,
    kubectlRefuses: true,
  },
  {
    name: 'the kustomization file itself a symlink out of the root',
    files: { ...cm },
    links: { 'app/kustomization.yaml': '$OUTSIDE/base/kustomization.yaml' },
    message: /security; file '.*\/app\/kustomization\.yaml' is not in or below/,
    line: 0,
    // kubectl reports it as "unable to find one of 'kustomization.yaml'…": the restricted file does not count.
    kubectlRefuses: true,
  },
  {
    name: 'absolute resource directory',
    files: { 'app/kustomization.yaml': `${KUST}resources:\n- $OUTSIDE/base\n` },
    message: /new root '.*\/outside\/base' cannot be absolute/,
    line: 4,
    kubectlRefuses: true,
  },
  {
    name: 'absolute resource file',
    files: { 'app/kustomization.yaml': `${KUST}resources:\n- $OUTSIDE/secret.yaml\n` },
    message: /security; file '.*\/outside\/secret\.yaml' is not in or below/,
    line: 4,
    kubectlRefuses: true,
  },
  {
    name: 'absolute component',
    files: { 'app/kustomization.yaml': `${KUST}components:\n- $OUTSIDE/base\n` },
    message: /new root '.*\/outside\/base' cannot be absolute/,
    line: 4,
    kubectlRefuses: true,
  },
  {
    name: '`..` file above the root (inside the repository)',
    files: { 'app/kustomization.yaml': `${KUST}resources:\n- ../other.yaml\n`, 'other.yaml': CM('other') },
    message: /security; file '.*\/repo\/other\.yaml' is not in or below '.*\/app'/,
    line: 4,
    kubectlRefuses: true,
  },
  {
    name: '`..` generator file out of the repository',
    files: { 'app/kustomization.yaml': `${KUST}configMapGenerator:\n- name: gen\n  files:\n  - ../../outside/secret.txt\n` },
    message: /security; file '.*\/outside\/secret\.txt' is not in or below/,
    line: 6,
    kubectlRefuses: true,
  },
  {
    name: 'base directory symlinked out of the repository (kustomize has no rule; pgwarden keeps to the repository)',
    files: { 'app/kustomization.yaml': `${KUST}resources:\n- base\n` },
    links: { 'app/base': '$OUTSIDE/base' },
    message: /security; directory '.*\/app\/base' is not in or below the repository '.*\/repo' \(it resolves to '.*\/outside\/base'\)/,
    line: 4,
    kubectlRefuses: false,
  },
  {
    name: '`..` base out of the repository',
    files: { 'app/kustomization.yaml': `${KUST}resources:\n- ../../outside/base\n` },
    message: /security; directory '.*\/outside\/base' is not in or below the repository/,
    line: 4,
    kubectlRefuses: false,
  },
  {
    name: 'Flux LoadRestrictionsNone: a symlink out of the repository',
    files: { 'app/kustomization.yaml': `${KUST}resources:\n- stolen.yaml\n` },
    links: { 'app/stolen.yaml': '$OUTSIDE/secret.yaml' },
    message: /security; file '.*\/app\/stolen\.yaml' is not in or below the repository/,
    line: 4,
    kubectlRefuses: false,
    loadRestrictor: 'none',
  },
  {
    name: 'Flux LoadRestrictionsNone: `..` generator file out of the repository',
    files: { 'app/kustomization.yaml': `${KUST}configMapGenerator:\n- name: gen\n  files:\n  - ../../outside/secret.txt\n` },
    message: /security; file '.*\/outside\/secret\.txt' is not in or below the repository/,
    line: 6,
    kubectlRefuses: false,
    loadRestrictor: 'none',
  },
];

describe('load restrictor: hostile layouts are refused', () => {
  CASES.forEach((c, i) => {
    const outside = path.join(work, `case${i}`, 'outside');
    const files = Object.fromEntries(Object.entries(c.files).map(([k, v]) => [k, v.replaceAll('$OUTSIDE', outside)]));
    const { app } = layout(`case${i}`, files, c.links ?? {});
    it(`${c.name}: refused at the line naming the path, nothing of the file rendered`, async () => {
      const result = await render(app, { fallback: false, loadRestrictor: c.loadRestrictor ?? 'rootOnly' });
      const errors = result.diagnostics.filter((d) => d.severity === 'error');
      expect(errors.map((d) => d.message).join('\n')).toMatch(c.message);
      if (c.line > 0) expect(errors.map((d) => d.line)).toContain(c.line);
      expect(result.objects).toEqual([]);
      expect(JSON.stringify(result)).not.toContain(CANARY);
      // With the fallback allowed, kustomize itself is never asked to read it either.
      const withFallback = await render(app, { loadRestrictor: c.loadRestrictor ?? 'rootOnly' });
      expect(JSON.stringify(withFallback.objects)).not.toContain(CANARY);
      expect(withFallback.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    });
    it.skipIf(!c.kubectlRefuses || !kubectlAvailable())(`${c.name}: kubectl kustomize refuses it too`, () => {
      const ref = spawnSync('kubectl', ['kustomize', app], { encoding: 'utf8', timeout: 60_000 });
      expect(ref.status, ref.stdout).not.toBe(0);
      expect(ref.stderr).toMatch(/security; file '[^']*' is not in or below|new root '[^']*' cannot be absolute|unable to find one of/);
      expect(ref.stdout).not.toContain(CANARY);
    });
  });
});

describe('load restrictor: what stays allowed', () => {
  it('a symlink that stays inside the root, a base beside the overlay, a symlinked base inside the repository', async () => {
    const { repo, app } = layout('allowed', {
      'app/kustomization.yaml': `${KUST}resources:\n- ../base\n- link.yaml\n- shared\n`,
      'app/real.yaml': CM('via-link'),
      'base/kustomization.yaml': `${KUST}resources:\n- cm.yaml\n`,
      'base/cm.yaml': CM('base'),
      'lib/shared/kustomization.yaml': `${KUST}resources:\n- cm.yaml\n`,
      'lib/shared/cm.yaml': CM('shared'),
    }, { 'app/link.yaml': 'real.yaml', 'app/shared': '../lib/shared' });
    const result = await render(app, { fallback: false });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.objects.map((o) => (o.metadata as { name: string }).name).sort()).toEqual(['base', 'shared', 'via-link']);
    // Origins name the real file, under the repository's path.
    expect(result.inputs).toContain(path.join(repo, 'lib/shared/cm.yaml'));
    if (kubectlAvailable()) expect((await kubectlKustomize(app)).objects).toHaveLength(3);
  });

  it('Flux LoadRestrictionsNone reads a file above the root that stays inside the repository', async () => {
    const { app } = layout('flux-inside', {
      'app/kustomization.yaml': `${KUST}resources:\n- ../shared.yaml\n`,
      'shared.yaml': CM('shared'),
    });
    const result = await render(app, { fallback: false, loadRestrictor: 'none' });
    expect(result.diagnostics).toEqual([]);
    expect(result.objects).toHaveLength(1);
  });

  it('a loose manifest symlinked out of the repository is not read', async () => {
    const { repo } = layout('loose', { 'app/ok.yaml': CM('ok') }, { 'app/stolen.yaml': '$OUTSIDE/secret.yaml' });
    const result = await renderFiles([path.join(repo, 'app/ok.yaml'), path.join(repo, 'app/stolen.yaml')], { repoRoot: repo });
    expect(result.objects).toHaveLength(1);
    expect(result.diagnostics.map((d) => d.message).join('\n')).toMatch(/security; file '.*stolen\.yaml' is not in or below the repository/);
    expect(JSON.stringify(result)).not.toContain(CANARY);
  });
});
