// Scalars read as kustomize reads them (go-yaml v3 + JSON round trip), the parse cache, loose files,
// the YAML output and Flux's extra components.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { RenderCache, render, renderFiles, renderToYaml } from '../../src/render/index.js';
import { lines, originOf, where, writeTree } from './tree.js';

function kubectl(dir: string): string | undefined {
  try {
    return execFileSync('kubectl', ['kustomize', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

const SCALARS = lines(
  'apiVersion: v1',
  'kind: ConfigMap',
  'metadata: {name: scalars}',
  'data:',
  '  yes: yes',
  '  on: on',
  '  Yes: Yes',
  '  quoted: "yes"',
  '  octal: 0777',
  '  legacyOctal: 012',
  '  newOctal: 0o17',
  '  hex: 0x1F',
  '  float: 1e3',
  '  underscore: 1_000',
  '  plus: +12',
  '  tilde: ~',
  '  empty:',
  '  date: 2001-12-14',
  '  stamp: 2001-12-14t21:59:43.10-05:00',
  '  bool: True',
  '  text: 12:30',
);

describe('scalars', () => {
  it('match kubectl kustomize (measured values, also checked live when kubectl exists)', async () => {
    const root = writeTree({ 'cm.yaml': SCALARS, 'kustomization.yaml': 'resources: [cm.yaml]\n' });
    const r = await render(root, { fallback: false });
    expect(r.diagnostics).toEqual([]);
    const data = r.objects[0]!.data;
    expect(data).toEqual({
      yes: 'yes',
      on: 'on',
      Yes: 'Yes',
      quoted: 'yes',
      octal: 511,
      legacyOctal: 10,
      newOctal: 15,
      hex: 31,
      float: 1000,
      underscore: 1000,
      plus: 12,
      tilde: null,
      empty: null,
      date: '2001-12-14T00:00:00Z',
      stamp: '2001-12-14T21:59:43.1-05:00',
      bool: true,
      text: '12:30',
    });
    const live = kubectl(root);
    if (live !== undefined) expect(r.objects).toEqual(parseAllDocuments(live).map((d) => d.toJS()));
  });

  it('.inf is rejected with its position, as kustomize cannot encode it', async () => {
    const root = writeTree({ 'cm.yaml': lines('apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: x}', 'data: {a: .inf}'), 'kustomization.yaml': 'resources: [cm.yaml]\n' });
    const r = await render(root, { fallback: false });
    expect(r.diagnostics).toMatchObject([{ severity: 'error', line: 4, column: 11 }]);
  });
});

describe('RenderCache', () => {
  it('parses a base shared by two overlays once, and never lets one overlay change another', async () => {
    const root = writeTree({
      'base/cm.yaml': lines('apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: settings}', 'data: {mode: base}'),
      'base/kustomization.yaml': 'resources: [cm.yaml]\n',
      'a/kustomization.yaml': lines('resources: [../base]', 'namePrefix: a-', 'patches:', '- target: {kind: ConfigMap}', '  patch: |-', '    - op: replace', '      path: /data/mode', '      value: a'),
      'b/kustomization.yaml': 'resources: [../base]\nnamePrefix: b-\n',
    });
    const cache = new RenderCache();
    const a = await render(`${root}/a`, { cache });
    const parsesAfterA = cache.parseCount;
    const b = await render(`${root}/b`, { cache });
    // b reads its own kustomization only: the base's two files come from the cache.
    expect(cache.parseCount - parsesAfterA).toBe(1);
    expect(a.objects[0]!.data).toEqual({ mode: 'a' });
    expect(b.objects[0]!.data).toEqual({ mode: 'base' });
    expect(where(root, originOf(b, 'ConfigMap', 'b-settings', '/data/mode'))).toBe('base/cm.yaml:4:14');
  });
});

describe('renderFiles', () => {
  it('loose multi-document files keep their order, provenance and skip non-Kubernetes documents', async () => {
    const root = writeTree({
      'pg.yaml': lines('apiVersion: v1', 'kind: Secret', 'metadata: {name: pg}', '---', 'just: a config file', '---', 'apiVersion: v1', 'kind: List', 'items:', '- apiVersion: v1', '  kind: ConfigMap', '  metadata: {name: in-list}'),
    });
    const r = await renderFiles([`${root}/pg.yaml`]);
    expect(r.diagnostics).toEqual([]);
    expect(r.objects.map((o) => o.kind)).toEqual(['Secret', 'ConfigMap']);
    expect(where(root, originOf(r, 'ConfigMap', 'in-list', '/metadata/name'))).toBe('pg.yaml:12:20');
    expect(r.origin(1, '')?.docIndex).toBe(2);
  });

  it('reads loose files as kubectl apply does: YAML 1.1 booleans, numeric keys as strings', async () => {
    const root = writeTree({
      'tcp.yaml': lines('apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: tcp-services}', 'data:', '  5432: "db/pg:5432"', '  flag: yes'),
    });
    const r = await renderFiles([`${root}/tcp.yaml`]);
    expect(r.diagnostics).toEqual([]);
    expect(r.objects[0]!.data).toEqual({ '5432': 'db/pg:5432', flag: true });
  });

  it('an unreadable file is a diagnostic, not a crash', async () => {
    const r = await renderFiles(['/nonexistent/pgwarden/x.yaml']);
    expect(r.objects).toEqual([]);
    expect(r.diagnostics[0]).toMatchObject({ severity: 'error', file: '/nonexistent/pgwarden/x.yaml' });
  });
});

describe('renderToYaml', () => {
  it('prints what kubectl kustomize prints for a typical app', async () => {
    const root = writeTree({
      'res.yaml': lines(
        'kind: Deployment',
        'apiVersion: apps/v1',
        'metadata: {name: web}',
        'spec:',
        '  template:',
        '    spec:',
        '      containers:',
        '      - name: web',
        '        image: nginx',
        '        args: ["yes", "on", "1", "", "a: b"]',
        '        env: [{name: X, value: "multi\\nline\\n"}]',
        '---',
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata: {name: cfg, labels: {z: "1", a: "y"}}',
        'data:',
        '  WALG_DISABLE_S3_SSE: "true"',
        '  WAL_S3_BUCKET: pg',
        '  a10: x',
        '  a2: x',
        '  description: Headless service that provides a stable network identity for the gitserver stateful set and more words',
        "  quoted: 'it''s a long single quoted value that goes on and on past the eightieth column of the line for sure'",
        '  block: |',
        '    a very long line inside a block scalar that must never be folded by the printer, whatever its length is',
      ),
      'kustomization.yaml': 'resources: [res.yaml]\nnamespace: apps\n',
    });
    const r = await render(root, { fallback: false });
    const yaml = renderToYaml(r);
    // go-yaml key order and folding (values measured with kubectl kustomize v5.5).
    expect(yaml).toContain('  WAL_S3_BUCKET: pg\n  WALG_DISABLE_S3_SSE: "true"\n  a2: x\n  a10: x\n');
    expect(yaml).toContain(
      '  description: Headless service that provides a stable network identity for the gitserver\n    stateful set and more words\n',
    );
    const live = kubectl(root);
    if (live !== undefined) expect(yaml).toBe(live);
    expect(parseAllDocuments(yaml).map((d) => d.toJS())).toEqual(r.objects);
  });
});

describe('renderToYaml and Secrets', () => {
  it('never prints a Secret value', async () => {
    const root = writeTree({
      'kustomization.yaml': lines('secretGenerator:', '- name: pg', '  literals: [password=hunter2-very-secret]', '  options: {disableNameSuffixHash: true}'),
    });
    const r = await render(root, { fallback: false });
    const yaml = renderToYaml(r);
    expect(yaml).not.toContain(Buffer.from('hunter2-very-secret').toString('base64'));
    expect(yaml).toContain('password:');
  });
});

describe('extra components (Flux spec.components)', () => {
  it('are applied after the kustomization`s own components', async () => {
    const root = writeTree({
      'app/cm.yaml': lines('apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: cfg}'),
      'app/kustomization.yaml': 'resources: [cm.yaml]\n',
      'comp/kustomization.yaml': lines('apiVersion: kustomize.config.k8s.io/v1alpha1', 'kind: Component', 'commonAnnotations:', '  flux: added'),
    });
    const r = await render(`${root}/app`, { components: ['../comp'] });
    expect(r.diagnostics).toEqual([]);
    expect(where(root, originOf(r, 'ConfigMap', 'cfg', '/metadata/annotations/flux'))).toBe('comp/kustomization.yaml:4:9');
  });
});
