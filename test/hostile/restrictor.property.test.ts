// Property (issue 9 "Done when"): over random layouts of symlinks, `..` and absolute paths, named from every
// kustomization field that takes a path, under kustomize's rootOnly and Flux's LoadRestrictionsNone, no byte of a
// file planted outside the repository (nor its base64) appears in any output of any door: `lint` in every format
// and `render`. Each hostile layout is refused (a render-error), and a clean app beside it is still linted.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { LintReport } from '../../src/cli/report.js';
import { LINTED_CLUSTER, pgwardenIn, writeTree } from './run.js';

const work = mkdtempSync(path.join(tmpdir(), 'pgwarden-restrict-prop-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const CANARY = 'pgw-canary-c0ffee-41b2';
const PLANTED: Record<string, string> = {
  'secret.txt': `${CANARY}-txt\n`,
  'secret.env': `STOLEN=${CANARY}-env\n`,
  'secret.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: stolen\ndata:\n  v: ${CANARY}-yaml\n`,
  'base/kustomization.yaml': 'resources:\n- cm.yaml\n',
  'base/cm.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: outside-base\ndata:\n  v: ${CANARY}-base\n`,
  'comp/kustomization.yaml': `apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\npatches:\n- patch: |\n    apiVersion: v1\n    kind: ConfigMap\n    metadata:\n      name: cm\n    data:\n      v: ${CANARY}-comp\n`,
};
const FORBIDDEN = [CANARY, ...Object.values(PLANTED).map((t) => Buffer.from(t).toString('base64').slice(0, 16))];

/** How a path out of the repository is spelled. `$O` is the outside dir, `$R` the repository. */
type Spelling = 'symlink' | 'symlink-chain' | 'symlinked-dir' | 'dotdot' | 'absolute' | 'dotdot-to-link';
/** Which field names it, and what it points at (a file, or a directory for bases and components). */
type Field = 'resource-file' | 'resource-dir' | 'component' | 'patch' | 'psm' | 'json6902' | 'files' | 'secret-files' | 'envs' | 'env' | 'replacements' | 'configurations' | 'crds' | 'openapi';

const TARGET: Record<Field, string> = {
  'resource-file': 'secret.yaml',
  'resource-dir': 'base',
  component: 'comp',
  patch: 'secret.yaml',
  psm: 'secret.yaml',
  json6902: 'secret.yaml',
  files: 'secret.txt',
  'secret-files': 'secret.txt',
  envs: 'secret.env',
  env: 'secret.env',
  replacements: 'secret.yaml',
  configurations: 'secret.yaml',
  crds: 'secret.yaml',
  openapi: 'secret.yaml',
};

function entry(field: Field, p: string): string {
  switch (field) {
    case 'resource-file':
    case 'resource-dir':
      return `resources:\n- cm.yaml\n- ${p}\n`;
    case 'component':
      return `resources:\n- cm.yaml\ncomponents:\n- ${p}\n`;
    case 'patch':
      return `resources:\n- cm.yaml\npatches:\n- path: ${p}\n`;
    case 'psm':
      return `resources:\n- cm.yaml\npatchesStrategicMerge:\n- ${p}\n`;
    case 'json6902':
      return `resources:\n- cm.yaml\npatchesJson6902:\n- target:\n    version: v1\n    kind: ConfigMap\n    name: cm\n  path: ${p}\n`;
    case 'files':
      return `resources:\n- cm.yaml\nconfigMapGenerator:\n- name: gen\n  files:\n  - stolen=${p}\n`;
    case 'secret-files':
      return `resources:\n- cm.yaml\nsecretGenerator:\n- name: gen\n  files:\n  - stolen=${p}\n`;
    case 'envs':
      return `resources:\n- cm.yaml\nconfigMapGenerator:\n- name: gen\n  envs:\n  - ${p}\n`;
    case 'env':
      return `resources:\n- cm.yaml\nconfigMapGenerator:\n- name: gen\n  env: ${p}\n`;
    case 'replacements':
      return `resources:\n- cm.yaml\nreplacements:\n- path: ${p}\n`;
    case 'configurations':
      return `resources:\n- cm.yaml\nconfigurations:\n- ${p}\n`;
    case 'crds':
      return `resources:\n- cm.yaml\ncrds:\n- ${p}\n`;
    case 'openapi':
      return `resources:\n- cm.yaml\nopenapi:\n  path: ${p}\n`;
  }
}

/**
 * Lay out one case: the path the kustomization writes for the file `name` in directory `dir` (outside the
 * repository), and the symlinks it needs (relative to the app; `../x` sits in the app's parent, in the repository).
 */
function spell(spelling: Spelling, dir: string, name: string, appDir: string): { p: string; links: Record<string, string> } {
  const target = path.join(dir, name);
  switch (spelling) {
    case 'symlink':
      return { p: 'stolen', links: { stolen: target } };
    case 'symlink-chain':
      return { p: 'hop1', links: { hop1: 'hop2', hop2: target } };
    case 'symlinked-dir':
      return { p: `linked/${name}`, links: { linked: dir } };
    case 'dotdot':
      return { p: path.relative(appDir, target), links: {} };
    case 'absolute':
      return { p: target, links: {} };
    case 'dotdot-to-link':
      return { p: '../uplink', links: { '../uplink': target } };
  }
}

const FIELDS = Object.keys(TARGET) as Field[];
const SPELLINGS: Spelling[] = ['symlink', 'symlink-chain', 'symlinked-dir', 'dotdot', 'absolute', 'dotdot-to-link'];
let counter = 0;
let tried = 0;

describe('load restrictor property', () => {
  it('no byte of a file outside the repository reaches any output, whatever the layout', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...FIELDS),
        fc.constantFrom(...SPELLINGS),
        fc.boolean(), // Flux (LoadRestrictionsNone) or a plain kustomization (rootOnly)
        fc.integer({ min: 0, max: 2 }), // nesting depth of the app inside the repository
        fc.constantFrom('', '/proc/self/environ', '/etc/hostname'), // or a system file instead of the planted one
        async (field, spelling, flux, depth, system) => {
          const base = path.join(work, `c${counter++}`);
          const outside = path.join(base, 'outside');
          const repo = path.join(base, 'repo');
          writeTree(outside, PLANTED);
          mkdirSync(path.join(repo, '.git'), { recursive: true });
          const appRel = [...Array(depth).fill('nest'), 'app'].join('/');
          const app = path.join(repo, appRel);
          const isDir = field === 'resource-dir' || field === 'component';
          // A system file instead of the planted one (only where a file is named).
          const { p, links } = system && !isDir
            ? spell(spelling, path.dirname(system), path.basename(system), app)
            : spell(spelling, outside, TARGET[field], app);
          writeTree(app, { 'kustomization.yaml': entry(field, p), 'cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\ndata:\n  v: ok\n' }, links);
          writeTree(repo, { 'good/kustomization.yaml': 'resources:\n- cluster.yaml\n', 'good/cluster.yaml': LINTED_CLUSTER });
          if (flux) {
            writeFileSync(
              path.join(repo, 'flux.yaml'),
              `apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: app\n  namespace: flux-system\nspec:\n  path: ./${appRel}\n---\napiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: good\n  namespace: flux-system\nspec:\n  path: ./good\n`,
            );
          }
          tried++;
          const outputs: string[] = [];
          for (const format of ['json', 'stylish', 'sarif', 'github', 'junit']) {
            const run = await pgwardenIn(repo, ['lint', '--format', format, '.']);
            expect(run.code, run.stderr).toBe(1);
            outputs.push(run.stdout, run.stderr);
            if (format === 'json') {
              const report = JSON.parse(run.stdout) as LintReport;
              // Refused, on the app's kustomization (never silently dropped)…
              expect(report.findings.some((f) => f.ruleId === 'render-error' && f.file.startsWith(appRel))).toBe(true);
              // …and the clean app beside it still linted.
              expect(report.findings.some((f) => f.ruleId === 'image-tag' && f.file === 'good/cluster.yaml')).toBe(true);
            }
          }
          const rendered = await pgwardenIn(repo, ['render', appRel]);
          outputs.push(rendered.stdout, rendered.stderr);
          const all = outputs.join('\n');
          for (const needle of FORBIDDEN) expect(all).not.toContain(needle);
          if (system === '/proc/self/environ') expect(all).not.toContain(`PATH=${process.env.PATH ?? ''}`);
          rmSync(base, { recursive: true, force: true });
        },
      ),
      { numRuns: 40, seed: 9 },
    );
    expect(tried).toBe(40);
  });
});
