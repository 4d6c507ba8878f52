// Kustomization cycles (issue 9 §3): a kustomization including itself, two including each other, and a component
// cycle are render-error findings at the line that closes the cycle (kustomize's "cycle detected"), the run exits
// 1, and the other apps of the tree are still linted. They used to report "no problems (0 apps)", exit 0.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LintReport } from '../../src/cli/report.js';
import { kubectlAvailable } from '../render/kubectl.js';
import { LINTED_CLUSTER, pgwardenIn, writeTree } from './run.js';

const work = mkdtempSync(path.join(tmpdir(), 'pgwarden-cycles-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const COMPONENT = 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\n';
const CM = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n';

const SHAPES: { name: string; files: Record<string, string>; app: string; closing: { file: string; line: number } }[] = [
  {
    name: 'a kustomization that includes itself',
    files: { 'self/kustomization.yaml': 'resources:\n- x.yaml\n- .\n', 'self/x.yaml': CM },
    app: 'self',
    closing: { file: 'self/kustomization.yaml', line: 3 },
  },
  {
    name: 'two kustomizations that include each other',
    files: { 'a/kustomization.yaml': 'resources:\n- x.yaml\n- ../b\n', 'a/x.yaml': CM, 'b/kustomization.yaml': 'resources:\n- ../a\n' },
    app: 'a',
    closing: { file: 'b/kustomization.yaml', line: 2 },
  },
  {
    name: 'a component cycle',
    files: {
      'app/kustomization.yaml': 'resources:\n- x.yaml\ncomponents:\n- ../c1\n',
      'app/x.yaml': CM,
      'c1/kustomization.yaml': `${COMPONENT}components:\n- ../c2\n`,
      'c2/kustomization.yaml': `${COMPONENT}components:\n- ../c1\n`,
    },
    app: 'app',
    closing: { file: 'c2/kustomization.yaml', line: 4 },
  },
];

describe('kustomization cycles', () => {
  SHAPES.forEach((shape, i) => {
    const root = path.join(work, `shape${i}`);
    writeTree(root, { ...shape.files, 'good/kustomization.yaml': 'resources:\n- cluster.yaml\n', 'good/cluster.yaml': LINTED_CLUSTER });

    it(`${shape.name}: render-error at the closing line, exit 1, the other app still linted`, async () => {
      const run = await pgwardenIn(root, ['lint', '--format', 'json', '.']);
      expect(run.code).toBe(1);
      const report = JSON.parse(run.stdout) as LintReport;
      const cycle = report.findings.filter((f) => f.ruleId === 'render-error');
      expect(cycle.map((f) => `${f.file}:${f.line}`)).toContain(`${shape.closing.file}:${shape.closing.line}`);
      expect(cycle.find((f) => f.file === shape.closing.file)?.message).toMatch(/cycle detected: candidate root '.*' contains visited root '.*'/);
      // The rest of the tree is linted: the good app's Cluster gets its finding.
      expect(report.findings.some((f) => f.ruleId === 'image-tag' && f.file === 'good/cluster.yaml')).toBe(true);
      expect(report.summary.apps).toBeGreaterThanOrEqual(2);
    });

    it.skipIf(!kubectlAvailable())(`${shape.name}: kubectl kustomize reports the cycle too`, () => {
      const ref = spawnSync('kubectl', ['kustomize', path.join(root, shape.app)], { encoding: 'utf8', timeout: 60_000 });
      expect(ref.status).not.toBe(0);
      expect(ref.stderr).toMatch(/cycle detected: candidate root/);
    });
  });

  it('stylish names the closing line too', async () => {
    const run = await pgwardenIn(path.join(work, 'shape1'), ['lint', '.']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/b\/kustomization\.yaml\n\s+2:3\s+error\s+Cannot render a: .*cycle detected/);
  });
});
