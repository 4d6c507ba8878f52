// The secret canary (issue 9): one distinctive value planted in every place a credential can sit in a GitOps repo,
// each next to a line that has a finding (so code frames, fix diffs and annotations show its neighbourhood), then
// every format of every door is run and grepped for the value, its base64 (at each of the three byte alignments)
// and the base64 of `user:value`. The expected number of hits is zero everywhere.
import { cpSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, pgwarden } from './cli/helpers.js';
import { commitAll, runBundledAction } from './support/run-action.js';

const CANARY = 'PGW-CANARY-7f3a9c';
const b64 = (text: string) => Buffer.from(text).toString('base64');

/** Base64 of the canary wherever it sits in a longer value: one needle per byte alignment. */
function base64Needles(value: string): string[] {
  return [0, 1, 2].map((shift) => {
    const encoded = Buffer.concat([Buffer.alloc(shift), Buffer.from(value)]).toString('base64').replace(/=+$/, '');
    // Characters mixing prefix bits are dropped at the start, characters mixing suffix bits at the end.
    return encoded.slice([0, 2, 3][shift], encoded.length - 2);
  });
}
const NEEDLES = [CANARY, ...base64Needles(CANARY), ...base64Needles(`pgw:${CANARY}`)];

/** Every planted place, for the report: where it is and what kind of credential. */
const PLACES = [
  'Secret data (base64)',
  'Secret data holding base64 of user:value',
  'Secret stringData',
  'Secret last-applied-configuration annotation',
  'last-applied-configuration annotation on a Cluster',
  'secretGenerator literal',
  'secretGenerator literal (flow style, next to a finding)',
  'secretGenerator env file',
  'env value of POSTGRES_PASSWORD',
  'env value of AWS_SECRET_ACCESS_KEY',
  'env value of PGPWD',
  'env value of a *_TOKEN var (flow style)',
  'args --password=value',
  'args "--password", "value"',
  'URL s3://user:value@host in destinationPath',
  'URL postgresql://user:value@host in a command',
  'Secret whose YAML is broken before its password line',
  'Secret document after a fixed document (diff context)',
  'StatefulSet whose YAML is broken next to its env value',
];

const FILES: Record<string, string> = {
  'app/kustomization.yaml': [
    'resources:',
    '- cluster.yaml',
    '- statefulset.yaml',
    '- secret.yaml',
    'images:',
    '- {name: postgres, newTag: latest}',
    `secretGenerator: [{name: gen, literals: [password=${CANARY}, token=${CANARY}], envs: [creds.env]}]`,
    '',
  ].join('\n'),
  'app/creds.env': `PGPASSWORD=${CANARY}\nAPI_TOKEN=${CANARY}\n`,
  'app/cluster.yaml': [
    'apiVersion: postgresql.cnpg.io/v1',
    'kind: Cluster',
    'metadata:',
    '  name: db',
    '  annotations:',
    '    ignore.pgwarden.io/no-such-rule: "typo"',
    `    kubectl.kubernetes.io/last-applied-configuration: '{"spec":{"env":[{"name":"POSTGRES_PASSWORD","value":"${CANARY}"}]}}'`,
    'spec:',
    '  instances: 2',
    '  env:',
    '  - name: POSTGRES_PASSWORD',
    `    value: ${CANARY}`,
    '  - name: AWS_SECRET_ACCESS_KEY',
    `    value: ${CANARY}`,
    '  imageName: ghcr.io/cloudnative-pg/postgresql:16',
    `  backup: {barmanObjectStore: {destinationPath: "s3://pgw:${CANARY}@minio.local/backups", s3Credentials: {inheritFromIAMRole: true}}}`,
    '  storage:',
    '    size: 1Gi',
    '  affinity:',
    '    enablePodAntiAffinity: false',
    '---',
    'stringData:',
    `  token: ${CANARY}`,
    'apiVersion: v1',
    'kind: Secret',
    'metadata: {name: db-extra}',
    '',
  ].join('\n'),
  'app/secret.yaml': [
    'apiVersion: v1',
    'kind: Secret',
    'metadata:',
    '  name: db-app',
    '  annotations:',
    '    kubectl.kubernetes.io/last-applied-configuration: |',
    `      {"apiVersion":"v1","kind":"Secret","data":{"token":"${b64(CANARY)}"},"stringData":{"api-key":"${CANARY}"}}`,
    'data:',
    `  token: ${b64(CANARY)}`,
    `  auth: ${b64(`pgw:${CANARY}`)}`,
    'stringData:',
    `  api-key: ${CANARY}`,
    '  password: ""',
    '',
  ].join('\n'),
  'app/statefulset.yaml': [
    'apiVersion: apps/v1',
    'kind: StatefulSet',
    'metadata:',
    '  name: pg',
    'spec:',
    '  serviceName: pg',
    '  template:',
    '    spec:',
    '      containers:',
    '      - name: postgres',
    '        env:',
    '        - name: AWS_SECRET_ACCESS_KEY',
    `          value: ${CANARY}`,
    '        - name: PGPWD',
    `          value: ${CANARY}`,
    `        - {name: SERVICE_TOKEN, value: ${CANARY}}`,
    '        image: postgres:16.4',
    `        command: [sh, -c, "psql postgresql://app:${CANARY}@db:5432/app"]`,
    `        args: ["--password=${CANARY}", "--password", "${CANARY}"]`,
    '  replicas: 1',
    '',
  ].join('\n'),
  'gen/kustomization.yaml': [
    'secretGenerator:',
    '- name: gen',
    '  envs: [creds.env]',
    `  literals: [password=${CANARY}]`,
    '',
  ].join('\n'),
  'broken/secret.yaml': [
    'apiVersion: v1',
    'kind: Secret',
    'metadata:',
    '  name: pg-broken',
    'stringData:',
    '  user: app',
    '  note: [unclosed',
    `  password: ${CANARY}`,
    '',
  ].join('\n'),
  'broken/statefulset.yaml': [
    'apiVersion: apps/v1',
    'kind: StatefulSet',
    'metadata: {name: half}',
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    '      - name: postgres',
    '        env:',
    '        - name: PGPWD',
    `          value: ${CANARY}`,
    '       bad: indentation',
    '',
  ].join('\n'),
};

let work: string;
let repo: string;

function writeRepo(dir: string): void {
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  // An env file that is not UTF-8: a render-error whose code frame is the secretGenerator, literal included.
  writeFileSync(join(dir, 'gen/creds.env'), Buffer.concat([Buffer.from(`PGPASSWORD=${CANARY}\n`), Buffer.from([0xff, 0xfe, 0x3d, 0x78, 0x0a])]));
}

beforeAll(() => {
  ensureBuilt();
  work = mkdtempSync(join(tmpdir(), 'pgw-canary-'));
  repo = join(work, 'repo');
  writeRepo(repo);
  commitAll(repo);
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every output, by door and format: filled by the tests below, checked by the last one. */
const outputs = new Map<string, string>();

function hits(text: string): string[] {
  return NEEDLES.filter((needle) => text.includes(needle));
}

describe('secret canary', () => {
  it('the repo plants the canary where the linter shows lines (the test would catch a leak)', () => {
    // Without masking, these lines are printed: the canary must be on a line next to a finding in each file.
    const stylish = pgwarden(['lint', '--no-color', '.'], repo).stdout;
    for (const file of ['app/cluster.yaml', 'app/statefulset.yaml', 'app/kustomization.yaml', 'gen/kustomization.yaml', 'broken/secret.yaml', 'broken/statefulset.yaml']) {
      expect(stylish, file).toContain(`${file}\n`);
    }
    // Frames show the masked neighbours of findings (proof the planted lines are on screen, masked).
    expect(stylish).toContain('value: <redacted>');
    expect(stylish).toContain('s3://pgw:<redacted>@minio.local/backups');
    expect(stylish).toContain('"--password=<redacted>", "--password", "<redacted>"');
    expect(stylish).toContain('literals: [password=<redacted>');
    expect(stylish).toMatch(/^\s+\S?\s*\d+ \| {3}<redacted>$/m);
    expect(PLACES.length).toBeGreaterThanOrEqual(15);
  });

  it('lint in every format', () => {
    for (const format of ['stylish', 'json', 'sarif', 'junit', 'github']) {
      const run = pgwarden(['lint', '--format', format, '.'], repo);
      expect(run.code, `${format}: ${run.stderr}`).toBe(1);
      outputs.set(`lint -f ${format}`, run.stdout + run.stderr);
    }
    const color = pgwarden(['lint', '--color', '.'], repo);
    outputs.set('lint --color', color.stdout + color.stderr);
  });

  it('--fix-dry-run and --fix', () => {
    const dry = pgwarden(['lint', '--fix-dry-run', '.'], repo);
    expect(dry.stdout).toContain('+    enablePodAntiAffinity: true');
    // The Secret after the fixed document is in the diff's context, masked.
    expect(dry.stdout).toContain(' stringData:');
    outputs.set('lint --fix-dry-run', dry.stdout + dry.stderr);
    const copy = join(work, 'fix');
    cpSync(repo, copy, { recursive: true });
    const fixed = pgwarden(['lint', '--fix', '.'], copy);
    expect(fixed.stderr).toContain('fixed app/cluster.yaml');
    outputs.set('lint --fix', fixed.stdout + fixed.stderr);
  });

  it('render', () => {
    const app = pgwarden(['render', 'app'], repo);
    expect(app.code, app.stderr).toBe(0);
    expect(app.stdout).toContain('kind: StatefulSet');
    expect(app.stdout).toContain('name: PGPWD');
    outputs.set('render app', app.stdout + app.stderr);
    const gen = pgwarden(['render', 'gen'], repo);
    outputs.set('render gen', gen.stdout + gen.stderr);
  });

  it('the Action: log, annotations, summary, SARIF, outputs and every format-file', () => {
    for (const formatFile of ['', 'out/report.json', 'out/report.xml', 'out/report.txt', 'out/report.sarif']) {
      const run = runBundledAction(repo, { path: '.', 'fail-on': 'never', ...(formatFile ? { 'format-file': formatFile } : {}) });
      expect(run.status, run.log).toBe(0);
      expect(run.log).toMatch(/^::(error|warning) /m);
      const label = `action${formatFile ? ` ${formatFile}` : ''}`;
      outputs.set(`${label}: log`, run.log);
      outputs.set(`${label}: summary`, run.summary);
      outputs.set(`${label}: outputs`, run.outputs);
      outputs.set(`${label}: sarif`, run.sarif);
      if (formatFile) {
        expect(run.report, formatFile).toBeDefined();
        outputs.set(`${label}: report`, run.report ?? '');
      }
      rmSync(join(repo, 'out'), { recursive: true, force: true });
    }
  });

  it('finds the canary in none of them', () => {
    expect(outputs.size).toBeGreaterThanOrEqual(30);
    const leaks = [...outputs].flatMap(([where, text]) => hits(text).map((needle) => `${where}: ${needle}`));
    expect(leaks).toEqual([]);
    // Sanity: the needles do match the planted files (a broken needle would make this test pass vacuously).
    const planted = Object.values(FILES).join('\n');
    expect(hits(planted)).toEqual(expect.arrayContaining([CANARY, base64Needles(CANARY)[0], base64Needles(`pgw:${CANARY}`)[0]]));
    console.info(`secret canary: ${PLACES.length} planted places, ${outputs.size} outputs checked, ${NEEDLES.length} needles, 0 hits`);
  });
});
