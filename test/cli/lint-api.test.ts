// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Flux `${VAR}` placeholders are literal strings in these tests.
// The in-process API the GitHub Action calls (runLint), with the real engine and renderer or small fakes, and
// `lint --cluster` against a fake apiserver (a local HTTP server speaking the StorageClass list API).
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RendererApi } from '../../src/cli/deps.js';
import { loadRenderer } from '../../src/cli/deps.js';
import { fluxSubstitute } from '../../src/gitops/index.js';
import { runLint } from '../../src/cli/lint.js';
import { main } from '../../src/cli/main.js';
import { fakeRenderer } from './fake-renderer.js';
import { ensureBuilt, fixtures, repoRoot } from './helpers.js';

describe('runLint (in process)', () => {
  it('returns the report, the inputs of each app, the rules and the Postgres object count', async () => {
    const cwd = join(fixtures, 'overlays');
    const progress: [number, number][] = [];
    const result = await runLint({ paths: ['.'], cwd, onProgress: (done, total) => progress.push([done, total]) });
    expect(result.report.summary.apps).toBe(4);
    expect(result.inputsByApp['overlays/prod']).toEqual(['base/cluster.yaml', 'base/kustomization.yaml', 'overlays/prod/cluster.yaml', 'overlays/prod/kustomization.yaml']);
    expect(result.inputsByApp.loose).toEqual(['loose/standalone.yaml']);
    expect(result.postgresObjects).toBe(4);
    expect(result.rules.map((r) => r.id)).toContain('render-error');
    // Four renders, then four checks.
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((done) => [done, 8]));
  });

  it('works with an injected renderer (the fake) and turns a renderer that throws into a render-error finding', async () => {
    const cwd = join(fixtures, 'overlays');
    const throwing: RendererApi = {
      ...fakeRenderer,
      render: async (dir, opts) => {
        if (dir.endsWith('staging')) throw Object.assign(new Error('boom: unsupported thing'), { line: 3 });
        return fakeRenderer.render(dir, opts);
      },
    };
    const { report } = await runLint({ paths: [], cwd }, { renderer: throwing });
    const failure = report.findings.find((f) => f.ruleId === 'render-error');
    expect(failure).toMatchObject({ file: 'overlays/staging/kustomization.yaml', line: 3, apps: ['overlays/staging'], severity: 'error' });
    expect(failure?.message).toContain('boom: unsupported thing');
    // The other apps are still linted: the fake renders the base for dev and prod (no patches), so the
    // base's replicas finding reaches both.
    expect(report.findings.find((f) => f.ruleId === 'replicas' && f.file === 'base/cluster.yaml')?.apps).toEqual(['overlays/dev', 'overlays/prod']);
  });

  it('the real renderer loads and renders a fixture', async () => {
    const renderer = await loadRenderer();
    const result = await renderer.render(join(fixtures, 'overlays/overlays/prod'), { cache: renderer.newCache() });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.origin(0, '/spec/instances')).toMatchObject({ line: 7, via: 'patch' });
  });
});

describe('Flux paths without a kustomization', () => {
  it('renders the manifests below the path and each nested kustomization, as Flux generates it; commonMetadata applies', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pgwarden-flux-gen-'));
    const write = (file: string, text: string) => {
      mkdirSync(join(dir, file, '..'), { recursive: true });
      writeFileSync(join(dir, file), text);
    };
    write(
      'clusters/prod/db.yaml',
      'apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: db\n  namespace: flux-system\nspec:\n  path: ./db\n  targetNamespace: data\n  commonMetadata:\n    labels:\n      tier: gold\n',
    );
    write('db/loose.yaml', 'apiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata:\n  name: loose\nspec:\n  instances: 1\n');
    write('db/nested/kustomization.yaml', 'resources:\n  - cluster.yaml\n');
    write('db/nested/cluster.yaml', 'apiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata:\n  name: nested\nspec:\n  instances: 1\n');
    // The policy switches replicas off for objects labelled tier=gold: the label comes from commonMetadata.
    write(
      '.pgwarden.yaml',
      'apiVersion: pgwarden.io/v1alpha1\nkind: PostgresPolicy\nmetadata:\n  name: gold\nspec:\n  match:\n    labels:\n      tier: gold\n  rules:\n    replicas:\n      severity: "off"\n',
    );
    const { report, inputsByApp } = await runLint({ paths: [], cwd: dir });
    expect(inputsByApp['flux:flux-system/db']).toEqual(['db/loose.yaml', 'db/nested/cluster.yaml', 'db/nested/kustomization.yaml']);
    expect(report.findings.filter((f) => f.ruleId === 'replicas')).toEqual([]);
    unlinkSync(join(dir, '.pgwarden.yaml'));
    const plain = await runLint({ paths: [], cwd: dir });
    expect(plain.report.findings.filter((f) => f.ruleId === 'replicas').map((f) => `${f.file}:${f.line} ${f.resource.namespace}`)).toEqual([
      'db/loose.yaml:6 data',
      'db/nested/cluster.yaml:6 data',
    ]);
  });
});

describe('Argo CD ApplicationSet list generator', () => {
  it('expands list elements into apps, with their parameters in name, path and namespace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pgwarden-appset-list-'));
    const write = (file: string, text: string) => {
      mkdirSync(join(dir, file, '..'), { recursive: true });
      writeFileSync(join(dir, file), text);
    };
    write(
      'argocd/appset.yaml',
      [
        'apiVersion: argoproj.io/v1alpha1',
        'kind: ApplicationSet',
        'metadata: {name: db}',
        'spec:',
        '  generators:',
        '    - list:',
        '        elements:',
        '          - env: dev',
        '            values: {ns: db-dev}',
        '          - env: prod',
        '            values: {ns: db-prod}',
        '          - env: missing',
        '            values: {ns: nowhere}',
        '  template:',
        "    metadata: {name: 'db-{{env}}'}",
        '    spec:',
        "      source: {repoURL: 'https://example.com/r.git', path: 'envs/{{ env }}'}",
        "      destination: {namespace: '{{values.ns}}'}",
      ].join('\n'),
    );
    for (const env of ['dev', 'prod']) {
      write(`envs/${env}/cluster.yaml`, `apiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata:\n  name: db\nspec:\n  instances: ${env === 'dev' ? 1 : 3}\n`);
    }
    const { report, inputsByApp, diagnostics } = await runLint({ paths: [], cwd: dir });
    expect(Object.keys(inputsByApp).sort()).toEqual(['argocd:db-dev', 'argocd:db-prod']);
    expect(report.findings.filter((f) => f.ruleId === 'replicas').map((f) => `${f.file} ${f.resource.namespace} ${f.apps}`)).toEqual([
      'envs/dev/cluster.yaml db-dev argocd:db-dev',
    ]);
    expect(diagnostics.some((d) => d.includes('argocd:db-missing') && d.includes('envs/missing'))).toBe(true);
  });
});

describe('discovery without Argo CD or Flux objects', () => {
  it('lints kustomizations nobody includes (not their bases or components) and loose manifests nobody includes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pgwarden-discover-'));
    const write = (file: string, text: string) => {
      mkdirSync(join(dir, file, '..'), { recursive: true });
      writeFileSync(join(dir, file), text);
    };
    const cluster = (name: string) => `apiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata:\n  name: ${name}\nspec:\n  instances: 1\n`;
    write('base/kustomization.yaml', 'resources:\n  - cluster.yaml\n');
    write('base/cluster.yaml', cluster('base'));
    write('comp/kustomization.yaml', 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\nresources:\n  - extra.yaml\n');
    write('comp/extra.yaml', cluster('extra'));
    write('unused-comp/kustomization.yaml', 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\nresources:\n  - x.yaml\n');
    write('unused-comp/x.yaml', cluster('x'));
    write('overlay/kustomization.yaml', 'namespace: o\nresources:\n  - ../base\ncomponents:\n  - ../comp\n');
    write('loose/a.yaml', cluster('a'));
    write('loose/b.yaml', cluster('b'));
    write('overlay/unlisted.yaml', cluster('unlisted'));
    const { inputsByApp } = await runLint({ paths: [], cwd: dir });
    expect(Object.keys(inputsByApp).sort()).toEqual(['loose', 'overlay', 'overlay (loose files)']);
    expect(inputsByApp.overlay).toEqual(['base/cluster.yaml', 'base/kustomization.yaml', 'comp/extra.yaml', 'comp/kustomization.yaml', 'overlay/kustomization.yaml']);
    expect(inputsByApp.loose).toEqual(['loose/a.yaml', 'loose/b.yaml']);
  });
});

describe('--fix in a multi-document file', () => {
  it('re-prints only the edited document; the others keep their exact text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pgwarden-fix-multi-'));
    const file = join(dir, 'db.yaml');
    const untouched = '# the service, written by hand\napiVersion: v1\nkind: Service\nmetadata: {name: db,  namespace: data}\nspec: {ports: [{port: 5432}]}\n';
    const cluster = [
      '---',
      '# the cluster',
      'apiVersion: postgresql.cnpg.io/v1',
      'kind: Cluster',
      'metadata:',
      '  name: db',
      '  namespace: data',
      'spec:',
      '  instances: 3 # three',
      '  affinity:',
      '    enablePodAntiAffinity: false',
      '',
    ].join('\n');
    const trailer = '---\nstringData:\n  password: TOPSECRET-fix\napiVersion: v1\nkind: Secret\nmetadata: {name: tail, namespace: data}\n';
    writeFileSync(file, untouched + cluster + trailer);
    const dry = await runLint({ paths: [], cwd: dir, fix: 'dry-run' });
    expect(dry.fix?.files).toEqual(['db.yaml']);
    expect(dry.fix?.diff).toContain('-    enablePodAntiAffinity: false');
    expect(readFileSync(file, 'utf8')).toBe(untouched + cluster + trailer);
    // The Secret after the edited document is in the diff's context: its value is masked.
    expect(dry.fix?.diff).toContain('password: <redacted>');
    expect(dry.fix?.diff).not.toContain('TOPSECRET');
    const applied = await runLint({ paths: [], cwd: dir, fix: 'apply' });
    const after = readFileSync(file, 'utf8');
    expect(after.startsWith(untouched)).toBe(true);
    expect(after.endsWith(trailer)).toBe(true);
    expect(after).toContain('  instances: 3 # three\n');
    expect(after).toContain('    enablePodAntiAffinity: true\n');
    expect(applied.report.findings.some((f) => f.ruleId === 'anti-affinity')).toBe(false);
    expect(applied.fix?.applied).toBe(1);
  });
});

describe('renderer diagnostics', () => {
  it('a YAML error the renderer finds (outside the walked tree) is yaml-syntax at its line, paths relative to cwd', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pgwarden-render-yaml-'));
    mkdirSync(join(dir, 'clusters'));
    mkdirSync(join(dir, 'apps'));
    writeFileSync(
      join(dir, 'clusters', 'apps.yaml'),
      'apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: apps\n  namespace: flux-system\nspec:\n  path: ./apps\n',
    );
    writeFileSync(join(dir, 'apps', 'kustomization.yaml'), 'resources:\n  - bad.yaml\n');
    writeFileSync(join(dir, 'apps', 'bad.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  labels: {a: [}\n');
    const { report } = await runLint({ paths: ['clusters'], cwd: dir });
    const finding = report.findings.find((f) => f.file === 'apps/bad.yaml');
    expect(finding).toMatchObject({ ruleId: 'yaml-syntax', severity: 'error', apps: ['flux:flux-system/apps'] });
    expect(finding?.line).toBeGreaterThanOrEqual(5);
    expect(finding?.message).not.toContain(dir);
  });
});

describe('main() with a terminal', () => {
  it('draws progress on a TTY stderr for many apps, colours stylish on a TTY stdout, neither otherwise', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pgwarden-tty-'));
    for (let i = 0; i < 25; i++) {
      mkdirSync(join(dir, `app${i}`));
      writeFileSync(join(dir, `app${i}`, 'c.yaml'), `apiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata:\n  name: c${i}\nspec:\n  instances: 1\n`);
    }
    const run = async (tty: boolean) => {
      let stdout = '';
      let stderr = '';
      const code = await main(['lint'], {
        stdout: (t) => {
          stdout += t;
        },
        stderr: (t) => {
          stderr += t;
        },
        stdoutIsTTY: tty,
        stderrIsTTY: tty,
        cwd: dir,
        env: {},
      });
      return { code, stdout, stderr };
    };
    const terminal = await run(true);
    expect(terminal.code).toBe(1);
    expect(terminal.stderr).toContain('pgwarden: 100% (50/50 steps)');
    expect(terminal.stdout).toContain('\u001b[');
    const piped = await run(false);
    expect(piped.stderr).toBe('');
    expect(piped.stdout).not.toContain('\u001b[');
    expect(piped.code).toBe(1);
    expect(piped.stdout).toMatch(/in 25 apps, 25 files/);
  });
});

describe('Argo CD spec.source.kustomize overrides', () => {
  it('applies namespace and commonLabels; names the overrides it does not apply', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pgwarden-argo-kustomize-'));
    mkdirSync(join(dir, 'apps', 'db'), { recursive: true });
    writeFileSync(
      join(dir, 'app.yaml'),
      'apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata: {name: db}\nspec:\n  source:\n    path: apps/db\n    kustomize:\n      namespace: payments\n      commonLabels: {tier: gold}\n      namePrefix: x-\n  destination: {namespace: ignored}\n',
    );
    writeFileSync(join(dir, 'apps', 'db', 'kustomization.yaml'), 'resources: [c.yaml]\n');
    writeFileSync(join(dir, 'apps', 'db', 'c.yaml'), 'apiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata:\n  name: c\n  namespace: db\nspec:\n  instances: 1\n');
    const plain = await runLint({ paths: [], cwd: dir });
    expect(plain.report.findings.find((f) => f.ruleId === 'replicas')?.resource.namespace).toBe('payments');
    expect(plain.diagnostics.some((d) => d.includes('namePrefix not applied'))).toBe(true);
    writeFileSync(
      join(dir, '.pgwarden.yaml'),
      'apiVersion: pgwarden.io/v1alpha1\nkind: PostgresPolicy\nmetadata:\n  name: gold\nspec:\n  match:\n    labels: {tier: gold}\n  rules:\n    replicas: {severity: "off"}\n',
    );
    const gold = await runLint({ paths: [], cwd: dir });
    expect(gold.report.findings.some((f) => f.ruleId === 'replicas')).toBe(false);
  });
});

describe('Flux substitution', () => {
  it('substitutes ${VAR}, defaults and escapes; unset variables stay placeholders; whole-value numbers become numbers', () => {
    const [out] = fluxSubstitute(
      [
        {
          kind: 'Cluster',
          metadata: { name: '${TEAM}-db' },
          spec: {
            instances: '${N}',
            image: 'pg:${TAG}',
            a: '${UNSET:=fallback}',
            b: '${EMPTY:-dflt}',
            c: '$${TEAM}',
            d: '${UNSET}',
            e: '${TEAM:+alt}',
          },
        },
      ],
      { TEAM: 'a', N: '3', TAG: '16.4', EMPTY: '' },
    );
    expect(out).toEqual({
      kind: 'Cluster',
      metadata: { name: 'a-db' },
      spec: { instances: 3, image: 'pg:16.4', a: 'fallback', b: 'dflt', c: '${TEAM}', d: '${UNSET}', e: 'alt' },
    });
    const disabled = { kind: 'X', metadata: { annotations: { 'kustomize.toolkit.fluxcd.io/substitute': 'disabled' } }, v: '${TEAM}' };
    expect(fluxSubstitute([disabled], { TEAM: 'a' })[0]).toBe(disabled);
  });
});

describe('lint --cluster', () => {
  beforeAll(() => ensureBuilt());

  it('reads StorageClasses from the cluster of the chosen context and flags classes that do not exist there', async () => {
    const requests: string[] = [];
    const server = createServer((req, res) => {
      requests.push(`${req.method} ${req.url} ${req.headers.authorization ?? ''}`);
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ kind: 'StorageClassList', apiVersion: 'storage.k8s.io/v1', metadata: {}, items: [{ metadata: { name: 'fast-ssd' } }] }));
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const port = (server.address() as AddressInfo).port;
    const dir = mkdtempSync(join(tmpdir(), 'pgwarden-kube-'));
    const kubeconfig = join(dir, 'config');
    writeFileSync(
      kubeconfig,
      `apiVersion: v1
kind: Config
clusters:
  - name: fake
    cluster: { server: "http://127.0.0.1:${port}", insecure-skip-tls-verify: true }
  - name: nowhere
    cluster: { server: "http://127.0.0.1:1", insecure-skip-tls-verify: true }
users:
  - name: u
    user: { token: test-token }
contexts:
  - name: fake
    context: { cluster: fake, user: u }
  - name: default
    context: { cluster: nowhere, user: u }
current-context: default
`,
    );
    const run = (args: string[]) =>
      new Promise<{ code: number; stdout: string; stderr: string }>((ok) => {
        const child = spawn(join(repoRoot, 'node_modules/.bin/node'), [join(repoRoot, 'bin/pgwarden'), ...args], {
          cwd: join(fixtures, 'overlays'),
          env: { ...process.env, KUBECONFIG: kubeconfig, NO_COLOR: '1' },
        });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d) => {
          stdout += d;
        });
        child.stderr.on('data', (d) => {
          stderr += d;
        });
        child.on('close', (code) => ok({ code: code ?? -1, stdout, stderr }));
      });
    try {
      const withCluster = await run(['lint', '--format', 'json', '--cluster', '--context', 'fake']);
      expect(requests.some((r) => r.includes('/apis/storage.k8s.io/v1/storageclasses') && r.includes('Bearer test-token'))).toBe(true);
      const report = JSON.parse(withCluster.stdout) as { findings: { ruleId: string; file: string; line: number; message: string }[] };
      const storage = report.findings.filter((f) => f.ruleId === 'storage-class');
      expect(storage.map((f) => `${f.file}:${f.line}`)).toEqual(expect.arrayContaining(['base/cluster.yaml:11', 'loose/standalone.yaml:14']));
      expect(storage[0]?.message).toContain('standard');

      const without = await run(['lint', '--format', 'json']);
      expect((JSON.parse(without.stdout) as { findings: { ruleId: string }[] }).findings.some((f) => f.ruleId === 'storage-class')).toBe(false);

      const badContext = await run(['lint', '--cluster', '--context', 'missing']);
      expect(badContext.code).toBe(2);
      expect(badContext.stderr).toContain('--context missing');
      const unreachable = await run(['lint', '--cluster']);
      expect(unreachable.code).toBe(2);
      expect(unreachable.stderr).toContain('cannot list StorageClasses');
    } finally {
      server.close();
    }
  });
});
