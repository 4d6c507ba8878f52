// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Flux `${VAR}` placeholders are literal strings here.
// Bad input never stops a run: random trees of half-valid YAML, kustomizations pointing anywhere (missing
// files, cycles, parents), Argo CD / Flux objects with odd paths — runLint always resolves with a well-formed
// report whose findings point at files that exist.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runLint } from '../../src/cli/lint.js';

const dirs = ['a', 'b', 'a/x', 'b/y', 'c'];
const fileNames = ['kustomization.yaml', 'cluster.yaml', 'other.yaml', 'patch.yaml'];

const scalar = fc.oneof(fc.constantFrom('1', '0', '-1', '"x"', '${VAR}', 'null', '[]', '{}', '~', 'yes', '"3"'), fc.string({ maxLength: 8 }));
const cluster = scalar.map(
  (v) => `apiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata:\n  name: c\nspec:\n  instances: ${v}\n  storage:\n    storageClass: ${v}\n`,
);
const kustomization = fc
  .array(fc.constantFrom('cluster.yaml', 'other.yaml', '../a', '../b', '../../c', 'missing.yaml', '.', 'x', '../a/x'), { maxLength: 3 })
  .chain((resources) =>
    fc.constantFrom(
      `resources:\n${resources.map((r) => `  - ${r}`).join('\n') || '  []'}\n`,
      `resources: ${JSON.stringify(resources)}\nnamespace: ns\npatches:\n  - path: patch.yaml\n`,
      `kind: Component\napiVersion: kustomize.config.k8s.io/v1alpha1\nresources: ${JSON.stringify(resources)}\n`,
      'resources: [',
      `bases: ${JSON.stringify(resources)}\ncomponents: [../c]\n`,
    ),
  );
const gitops = fc.constantFrom(
  'apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata: {name: app}\nspec:\n  source: {path: a}\n  destination: {namespace: ns}\n',
  'apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata: {name: app}\nspec:\n  source: {path: /etc}\n',
  'apiVersion: argoproj.io/v1alpha1\nkind: ApplicationSet\nmetadata: {name: s}\nspec:\n  generators: [{git: {directories: [{path: "*"}]}}]\n  template: {metadata: {name: "s-{{path.basename}}"}, spec: {source: {path: "{{path}}"}}}\n',
  'apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata: {name: f}\nspec:\n  path: ./b\n  components: [../c]\n  postBuild: {substitute: {VAR: "2"}}\n',
  'apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata: {name: g}\nspec: {path: ../../..}\n',
);
const content = fc.oneof(
  cluster,
  kustomization,
  gitops,
  fc.constantFrom('', '---\n---\n', 'a: [\n', '\u0000\u0001binary', 'kind: Secret\napiVersion: v1\nmetadata: {name: s}\nstringData: {password: ""}\n', '- just\n- a list\n', '*alias\n'),
  fc.string({ maxLength: 40 }),
);
const tree = fc.array(fc.tuple(fc.constantFrom(...dirs), fc.constantFrom(...fileNames), content), { minLength: 1, maxLength: 10 });

describe('runLint on random trees', () => {
  it('always resolves with a well-formed report whose findings point at existing files', async () => {
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(tree, async (files) => {
        const root = mkdtempSync(join(tmpdir(), 'pgwarden-prop-'));
        try {
          for (const d of dirs) mkdirSync(join(root, d), { recursive: true });
          for (const [dir, name, text] of files) writeFileSync(join(root, dir, name), text);
          const { report } = await runLint({ paths: [], cwd: root });
          expect(report.version).toBe(1);
          const { errors, warnings, infos } = report.summary;
          expect(errors + warnings + infos).toBe(report.findings.length);
          for (const f of report.findings) {
            seen.add(f.ruleId);
            expect(['error', 'warning', 'info']).toContain(f.severity);
            expect(f.line).toBeGreaterThanOrEqual(1);
            expect(f.column).toBeGreaterThanOrEqual(1);
            expect(existsSync(resolve(root, f.file))).toBe(true);
          }
        } finally {
          rmSync(root, { recursive: true, force: true });
        }
      }),
      { numRuns: 150 },
    );
    // The generator reaches every kind of outcome: parse errors, render errors and rule findings.
    expect(seen).toContain('yaml-syntax');
    expect(seen).toContain('render-error');
    expect(seen).toContain('replicas');
  });
});
