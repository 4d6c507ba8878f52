// YAML alias bombs (issue 9 §3): a few hundred bytes of nested aliases anywhere in the repository become a
// yaml-syntax finding at the file and line of the bomb (kustomize's "document contains excessive aliasing"),
// and the rest of the repository is still linted. Before, the renderer took 58 s and 2.7 GB, or ran out of heap.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LintReport } from '../../src/cli/report.js';
import { parsePolicy } from '../../src/policies/index.js';
import { render } from '../../src/render/index.js';
import { EXCESSIVE_ALIASING, parseYamlStream, YamlAliasError, yamlToJS } from '../../src/yaml/index.js';
import { LINTED_CLUSTER, pgwardenIn, writeTree } from './run.js';

const work = mkdtempSync(path.join(tmpdir(), 'pgwarden-bombs-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The classic bomb, 9 levels of 9 aliases (9^9 ≈ 387 million leaves), as `indent`-indented mapping entries. */
function bomb(indent: string): string {
  const levels = 'abcdefghi'.split('');
  return levels
    .map((name, i) => {
      const items = i === 0 ? Array(9).fill('"lol"') : Array(9).fill(`*${levels[i - 1]}`);
      return `${indent}${name}: &${name} [${items.join(',')}]\n`;
    })
    .join('');
}
/** Where the first alias is (line of `b:`) once the bomb starts at line `first`. */
const firstAliasLine = (first: number) => first + 1;

const CLUSTER_BOMB = `apiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata:\n  name: bomb\nspec:\n${bomb('  ')}`;

describe('alias bombs', () => {
  it('the bomb is a few hundred bytes', () => {
    expect(Buffer.byteLength(CLUSTER_BOMB)).toBeLessThan(450);
  });

  it('renderer: a bomb in a resource is an invalid-YAML error at its line (kustomize: excessive aliasing)', async () => {
    const dir = path.join(work, 'render');
    writeTree(dir, { 'kustomization.yaml': 'resources:\n- bomb.yaml\n', 'bomb.yaml': CLUSTER_BOMB });
    const result = await render(dir, { fallback: false });
    const [error] = result.diagnostics;
    expect(error?.message).toMatch(/bomb\.yaml:\d+:\d+: invalid YAML: document contains excessive aliasing/);
    expect(error?.file).toBe(path.join(dir, 'bomb.yaml'));
    expect(error?.line).toBeGreaterThanOrEqual(firstAliasLine(6));
    expect(error?.line).toBeLessThanOrEqual(14);
    expect(result.objects).toEqual([]);
  });

  it('renderer: a bomb in an inline patch of a kustomization points into the kustomization', async () => {
    const dir = path.join(work, 'inline');
    writeTree(dir, {
      'kustomization.yaml': `resources:\n- cluster.yaml\npatches:\n- patch: |\n    apiVersion: postgresql.cnpg.io/v1\n    kind: Cluster\n    metadata:\n      name: good\n    spec:\n${bomb('      ')}`,
      'cluster.yaml': LINTED_CLUSTER,
    });
    const result = await render(dir, { fallback: false });
    const [error] = result.diagnostics;
    expect(error?.message).toContain(EXCESSIVE_ALIASING);
    expect(error?.file).toBe(path.join(dir, 'kustomization.yaml'));
    expect(error?.line).toBeGreaterThanOrEqual(11);
  });

  it('lint: a bomb in one app is a yaml-syntax finding at file:line; the other apps are linted; exit 1', async () => {
    const root = path.join(work, 'lint');
    writeTree(root, {
      'bad/kustomization.yaml': 'resources:\n- bomb.yaml\n',
      'bad/bomb.yaml': CLUSTER_BOMB,
      // A ConfigMap: discovery converts it (Flux substituteFrom), so the bomb meets discovery's cap first.
      'bad2/kustomization.yaml': 'resources:\n- cm.yaml\n',
      'bad2/cm.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bomb\ndata:\n${bomb('  ')}`,
      'good/kustomization.yaml': 'resources:\n- cluster.yaml\n',
      'good/cluster.yaml': LINTED_CLUSTER,
    });
    for (const format of ['json', 'stylish']) {
      const run = await pgwardenIn(root, ['lint', '--format', format, '.']);
      expect(run.code).toBe(1);
      if (format !== 'json') {
        expect(run.stdout).toMatch(/bad\/bomb\.yaml\n\s+\d+:\d+\s+error\s+.*excessive alias.*yaml-syntax/);
        continue;
      }
      const report = JSON.parse(run.stdout) as LintReport;
      const syntax = report.findings.filter((f) => f.ruleId === 'yaml-syntax');
      expect(syntax.map((f) => f.file).sort()).toEqual(['bad/bomb.yaml', 'bad2/cm.yaml']);
      for (const f of syntax) {
        expect(f.message).toMatch(/excessive alias/i);
        expect(f.line).toBe(firstAliasLine(6));
      }
      expect(report.findings.some((f) => f.ruleId === 'image-tag' && f.file === 'good/cluster.yaml')).toBe(true);
    }
  });

  it('lint FILE (pre-commit): a bomb elsewhere in the repository does not stop the file being linted', async () => {
    const root = path.join(work, 'precommit');
    writeTree(root, {
      'bad/kustomization.yaml': 'resources:\n- bomb.yaml\n',
      'bad/bomb.yaml': CLUSTER_BOMB,
      'good/kustomization.yaml': 'resources:\n- cluster.yaml\n',
      'good/cluster.yaml': LINTED_CLUSTER,
    });
    const run = await pgwardenIn(root, ['lint', '--format', 'json', 'good/cluster.yaml']);
    const report = JSON.parse(run.stdout) as LintReport;
    expect(report.findings.some((f) => f.ruleId === 'image-tag' && f.file === 'good/cluster.yaml')).toBe(true);
  });

  it('policy files: a bomb is a policy error at its line, not a hang', () => {
    const policy = `apiVersion: pgwarden.io/v1alpha1\nkind: PostgresPolicy\nmetadata:\n  name: p\nspec:\n${bomb('  ')}`;
    expect(() => parsePolicy(policy, 'bomb-policy.yaml')).toThrow(/bomb-policy\.yaml:7.*excessive aliasing/s);
  });

  it('the shared helper caps plain conversion and says where', () => {
    const [doc] = parseYamlStream(bomb(''));
    let caught: unknown;
    try {
      yamlToJS(doc!);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(YamlAliasError);
    expect((caught as YamlAliasError).offset).toBe(bomb('').indexOf('*a'));
    // Ordinary anchors and merge keys still work.
    const [ok] = parseYamlStream('base: &b {x: 1}\nother:\n  <<: *b\n  y: 2\nlist: [*b, *b]\n', { merge: true });
    expect(yamlToJS(ok!)).toEqual({ base: { x: 1 }, other: { x: 1, y: 2 }, list: [{ x: 1 }, { x: 1 }] });
  });

  it('renderer: ordinary anchors, aliases and merge keys still render as kustomize renders them', async () => {
    const dir = path.join(work, 'anchors');
    writeTree(dir, {
      'kustomization.yaml': 'resources:\n- cm.yaml\n',
      'cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: &n anchored\n  labels: &l {a: b}\n  annotations:\n    <<: *l\n    c: d\ndata:\n  name: *n\n',
    });
    const result = await render(dir, { fallback: false });
    expect(result.diagnostics).toEqual([]);
    expect(result.objects[0]).toEqual({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'anchored', labels: { a: 'b' }, annotations: { a: 'b', c: 'd' } },
      data: { name: 'anchored' },
    });
  });
});
