// The masking module (src/cli/redact.ts), one case per structure kind, in source text (code frames, diffs) and in
// objects (render, fix values), plus the pattern backstop and a property test over random values.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import {
  isCredentialKey,
  isCredentialName,
  MASK,
  maskObject,
  maskReport,
  maskSource,
  maskSourceText,
  maskText,
} from '../../src/cli/redact.js';
import type { LintReport } from '../../src/cli/report.js';

const V = 'hunter2-Value';

/** Masked text of a YAML file given as lines. */
const shown = (...lines: string[]) => maskSourceText(lines.join('\n'), 'x.yaml');

describe('credential names', () => {
  it('says password/passwd/pwd/secret/token/key/credential in any case, with any prefix or suffix', () => {
    for (const name of ['PGPWD', 'POSTGRES_PASSWORD', 'AWS_SECRET_ACCESS_KEY', 'passwd', 'DB_PASS', 'dbPass', 'GITHUB_TOKEN', 'api-key', 'Credentials', '--password', 'MY_PASSPHRASE']) {
      expect(isCredentialName(name), name).toBe(true);
    }
    for (const name of ['POSTGRES_DB', 'PGUSER', 'PASSENGER', 'POSTGRES_HOST_AUTH_METHOD', 'PGDATA']) expect(isCredentialName(name), name).toBe(false);
  });

  it('as a mapping key, leaves references and settings alone', () => {
    expect(isCredentialKey('password')).toBe(true);
    expect(isCredentialKey('aws_secret_access_key')).toBe(true);
    for (const key of ['key', 'secretName', 'passwordSecretRef', 'password_encryption', 'enablePasswordRotation', 'tokenFile']) {
      expect(isCredentialKey(key), key).toBe(false);
    }
  });
});

describe('source text, by structure', () => {
  it('every value under a Secret’s data and stringData, block scalars line by line; keys stay', () => {
    const text = shown(
      'apiVersion: v1',
      'kind: Secret',
      'metadata: {name: s}',
      'data:',
      `  any-key: ${Buffer.from(V).toString('base64')}`,
      'stringData:',
      `  note: ${V}`,
      '  multi: |',
      `    ${V}`,
      `    second ${V}`,
    );
    expect(text).not.toContain(V);
    expect(text).not.toContain(Buffer.from(V).toString('base64'));
    expect(text).toContain('  any-key: <redacted>');
    expect(text).toContain('  multi: <redacted>\n    <redacted>\n    <redacted>');
    expect(text.split('\n')).toHaveLength(10);
  });

  it('a Secret in a List and in flow style', () => {
    const text = shown('kind: List', 'items:', `- {kind: Secret, stringData: {a: ${V}}, data: {b: "${V}"}}`);
    expect(text).toBe(`kind: List\nitems:\n- {kind: Secret, stringData: {a: ${MASK}}, data: {b: "${MASK}"}}`);
  });

  it('the last-applied-configuration annotation, on a Secret or anything else', () => {
    const text = shown(
      'kind: Cluster',
      'metadata:',
      '  annotations:',
      `    kubectl.kubernetes.io/last-applied-configuration: '{"data":{"p":"${V}"}}'`,
      '    team: db',
    );
    expect(text).toContain(`kubectl.kubernetes.io/last-applied-configuration: '${MASK}'`);
    expect(text).toContain('team: db');
  });

  it('env values of credential-named variables, not of others', () => {
    const text = shown(
      'env:',
      '- name: PGPWD',
      `  value: ${V}`,
      '- name: AWS_SECRET_ACCESS_KEY',
      `  value: "${V}"`,
      '- name: POSTGRES_DB',
      '  value: app',
      `- {name: APP_TOKEN, value: ${V}}`,
      '- name: POSTGRES_PASSWORD',
      '  valueFrom: {secretKeyRef: {name: pg, key: password}}',
    );
    expect(text).not.toContain(V);
    expect(text).toContain('  value: app');
    expect(text).toContain(`  value: "${MASK}"`);
    expect(text).toContain('valueFrom: {secretKeyRef: {name: pg, key: password}}');
  });

  it('--password=… and --password … arguments, and NAME=value items', () => {
    const text = shown(`args: ["--password=${V}", "--token", "${V}", "--port", "5432", "PGPASSWORD=${V}", "-v"]`);
    expect(text).toBe(`args: ["--password=${MASK}", "--token", "${MASK}", "--port", "5432", "PGPASSWORD=${MASK}", "-v"]`);
    const block = shown('command:', '- pg_dump', '- --password', `- ${V}`, '- --host=db');
    expect(block).toBe(`command:\n- pg_dump\n- --password\n- ${MASK}\n- --host=db`);
  });

  it('user:pass@ in URLs', () => {
    const text = shown(`destinationPath: s3://backup:${V}@minio.local/pg`, `endpointURL: "https://x:${V}@h:9000"`);
    expect(text).toBe(`destinationPath: s3://backup:${MASK}@minio.local/pg\nendpointURL: "https://x:${MASK}@h:9000"`);
  });

  it('secretGenerator literals keep their keys; its file and env paths stay', () => {
    const text = shown('secretGenerator:', '- name: pg', '  literals:', `  - password=${V}`, `  - ${V}`, '  envs: [pg.env]', '  files: [tls.key]');
    expect(text).toBe(`secretGenerator:\n- name: pg\n  literals:\n  - password=${MASK}\n  - ${MASK}\n  envs: [pg.env]\n  files: [tls.key]`);
  });

  it('credential-named keys holding a scalar', () => {
    const text = shown('config:', `  password: ${V}`, `  aws_secret_access_key: ${V}`, '  secretName: pg-app', '  password_encryption: scram-sha-256');
    expect(text).not.toContain(V);
    expect(text).toContain('secretName: pg-app');
    expect(text).toContain('password_encryption: scram-sha-256');
  });

  it('a Secret inside an inline patch (YAML in a block scalar)', () => {
    const text = shown(
      'patches:',
      '- target: {kind: Secret}',
      '  patch: |-',
      '    apiVersion: v1',
      '    kind: Secret',
      '    metadata: {name: pg}',
      '    stringData:',
      `      anything: ${V}`,
    );
    expect(text).not.toContain(V);
    expect(text).toContain('    metadata: {name: pg}');
  });

  it('every line of a Secret document whose YAML is broken, wherever the break is', () => {
    const lines = ['apiVersion: v1', 'kind: Secret', 'metadata:', '  name: s', 'stringData:', '  a: [unclosed', `  password: ${V}`, `  other: ${V}`];
    const result = maskSource(lines.join('\n'), 'x.yaml');
    expect(result.lines.join('\n')).not.toContain(V);
    expect(result.lines.every((l) => /^\s*<redacted>$/.test(l))).toBe(true);
    // The other documents of the file are masked by structure only.
    const mixed = maskSource(['kind: Service', 'metadata: {name: ok}', '---', ...lines].join('\n'), 'x.yaml');
    expect(mixed.lines.slice(0, 3)).toEqual(['kind: Service', 'metadata: {name: ok}', '---']);
    expect(mixed.masked.has(1)).toBe(false);
  });

  it('a broken document says Secret by its stringData or type too (its kind line may be the broken one)', () => {
    for (const lines of [
      ['kind Secret', 'stringData:', `  a: ${V}`],
      ['kind: "Secret', 'type: Opaque', 'data:', `  a: ${V}`],
    ]) {
      const result = maskSource(lines.join('\n'), 'x.yaml');
      expect(result.lines.every((l) => /^\s*<redacted>$/.test(l)), lines.join(' / ')).toBe(true);
    }
  });

  it('a broken document that is not a Secret: the patterns still catch env values and keys', () => {
    const text = shown('kind: StatefulSet', 'env:', '- name: PGPWD', `  value: ${V}`, ' bad: [indent', `password: ${V}`);
    expect(text).not.toContain(V);
  });

  it('env files and other non-YAML files: values masked, keys stay', () => {
    const result = maskSource(`# comment\nPGPASSWORD=${V}\nexport TOKEN=${V}\nEMPTY=\n${V}\n`, 'pg.env');
    expect(result.lines).toEqual(['# comment', `PGPASSWORD=${MASK}`, `export TOKEN=${MASK}`, 'EMPTY=', MASK, '']);
  });

  it('keeps line count and CRLF, and reports which lines changed', () => {
    const result = maskSource(`kind: Secret\r\nstringData:\r\n  a: ${V}\r\n`, 'x.yaml');
    expect(result.lines).toEqual(['kind: Secret\r', 'stringData:\r', `  a: ${MASK}\r`, '']);
    expect([...result.masked]).toEqual([3]);
  });

  it('leaves an ordinary manifest as it is', () => {
    const text = 'apiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata: {name: db}\nspec:\n  instances: 3\n  imageName: ghcr.io/cloudnative-pg/postgresql:16.4\n';
    expect(maskSource(text, 'c.yaml').masked.size).toBe(0);
  });

  it('reads a file named Kustomization as YAML', () => {
    expect(maskSourceText('resources:\n- cluster.yaml\n', 'app/Kustomization')).toBe('resources:\n- cluster.yaml\n');
  });

  it('costs linear time on lines built against its patterns', () => {
    const started = performance.now();
    for (const unit of ['a://b:', 'a.', '--password ', 'x=', 'name: a, value: ', 'password: ', '"k": ']) {
      const line = unit.repeat(Math.ceil(200_000 / unit.length));
      maskText(line);
      // A comment: the parser's work is trivial, the line patterns (and the env-pair scan) get the whole line.
      maskSourceText(`# ${line}`, 'x.yaml');
    }
    // Quadratic behaviour on 200 KB lines would take minutes; linear is well under a second in all.
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('survives deep nesting without a stack overflow', () => {
    const deep = `${'['.repeat(5000)}"--password", "${V}"${']'.repeat(5000)}`;
    expect(maskSourceText(deep, 'deep.yaml')).not.toContain(V);
  });
});

describe('objects (render, fix values)', () => {
  it('masks by structure and patterns, keeps everything else, never mutates its input', () => {
    const secret = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, data: { a: 'aGk=' }, stringData: { b: V } };
    const sts = {
      kind: 'StatefulSet',
      metadata: { annotations: { 'kubectl.kubernetes.io/last-applied-configuration': `{"p":"${V}"}` } },
      spec: {
        template: {
          spec: {
            containers: [
              {
                name: 'pg',
                env: [
                  { name: 'POSTGRES_PASSWORD', value: V },
                  { name: 'PGDATA', value: '/data' },
                ],
                args: [`--password=${V}`, '--token', V, `psql postgresql://u:${V}@h/db`],
              },
            ],
          },
        },
      },
    };
    const before = JSON.stringify([secret, sts]);
    const masked = maskObject([secret, sts]);
    expect(JSON.stringify(masked)).not.toContain(V);
    expect(JSON.stringify(masked)).not.toContain('aGk=');
    expect(JSON.stringify([secret, sts])).toBe(before);
    const container = (masked[1] as typeof sts).spec.template.spec.containers[0]!;
    expect(container.env[1]).toEqual({ name: 'PGDATA', value: '/data' });
    expect(container.args).toEqual([`--password=${MASK}`, '--token', MASK, `psql postgresql://u:${MASK}@h/db`]);
  });

  it('handles shared references and cycles', () => {
    const shared: Record<string, unknown> = { name: 'PGPWD', value: V };
    const root: Record<string, unknown> = { a: [shared], b: [shared] };
    root.self = root;
    const masked = maskObject(root) as { a: { value: string }[]; b: { value: string }[] };
    expect(masked.a[0]!.value).toBe(MASK);
    expect(masked.b[0]!.value).toBe(MASK);
    // One object in two credential places: each place is masked.
    const value = { deep: V };
    const twice = maskObject({ env: [{ name: 'A_TOKEN', value }, { name: 'B_TOKEN', value }, { name: 'PLAIN', value }] });
    expect(twice.env[0]!.value).toBe(MASK);
    expect(twice.env[1]!.value).toBe(MASK);
    expect(JSON.stringify(twice.env.slice(0, 2))).not.toContain(V);
  });
});

describe('free text and reports', () => {
  it('masks URL passwords and credential assignments in messages', () => {
    expect(maskText(`restore from s3://u:${V}@h/x with PGPASSWORD=${V} and --token ${V}`)).toBe(
      `restore from s3://u:${MASK}@h/x with PGPASSWORD=${MASK} and --token ${MASK}`,
    );
    expect(maskText('POSTGRES_HOST_AUTH_METHOD=trust lets anyone in')).toBe('POSTGRES_HOST_AUTH_METHOD=trust lets anyone in');
    expect(maskText(`host=db password=${V} user=app`)).toBe(`host=db password=${MASK} user=app`);
  });

  it('masks every finding’s message and fix values', () => {
    const report: LintReport = {
      version: 1,
      summary: { errors: 1, warnings: 0, infos: 0, apps: 1, files: 1 },
      findings: [
        {
          ruleId: 'x',
          severity: 'error',
          message: `bad URL s3://u:${V}@h`,
          file: 'a.yaml',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 2,
          resource: { apiVersion: 'v1', kind: 'Cluster', name: 'db' },
          path: '/spec',
          apps: ['a'],
          fix: {
            description: 'd',
            patch: [
              { op: 'replace', path: '/stringData/password', value: V },
              { op: 'add', path: '/spec/env', value: [{ name: 'PGPWD', value: V }] },
              { op: 'replace', path: '/spec/instances', value: 3 },
            ],
          },
        },
      ],
    };
    const masked = maskReport(report);
    expect(JSON.stringify(masked)).not.toContain(V);
    expect(masked.findings[0]!.fix!.patch[2]).toEqual({ op: 'replace', path: '/spec/instances', value: 3 });
    expect(report.findings[0]!.message).toContain(V);
  });
});

describe('property: a random credential planted in any structure kind never survives', () => {
  const value = fc.stringMatching(/^[A-Za-z0-9+/_-]{12,24}$/);
  const templates: ((v: string) => string)[] = [
    (v) => `kind: Secret\nstringData:\n  k: ${v}\n`,
    (v) => `kind: Secret\ndata:\n  k: "${v}"\n`,
    (v) => `kind: Secret\nstringData:\n  k: [broken\n  password: ${v}\n`,
    (v) => `spec:\n  env:\n  - name: MY_SECRET_THING\n    value: '${v}'\n`,
    (v) => `args: ["--db-password=${v}"]\n`,
    (v) => `args: ["--api-token", "${v}"]\n`,
    (v) => `url: postgresql://app:${v}@db:5432/app\n`,
    (v) => `metadata:\n  annotations:\n    kubectl.kubernetes.io/last-applied-configuration: |\n      {"x": "${v}"}\n`,
    (v) => `secretGenerator:\n- name: g\n  literals: ["k=${v}"]\n`,
  ];
  it('in source text and in objects', () => {
    fc.assert(
      fc.property(value, fc.integer({ min: 0, max: templates.length - 1 }), (v, t) => {
        const text = templates[t]!(v);
        expect(maskSourceText(text, 'x.yaml')).not.toContain(v);
        const doc = parseDocument(text);
        if (doc.errors.length === 0) expect(JSON.stringify(maskObject(doc.toJS()))).not.toContain(v);
      }),
      { numRuns: 300 },
    );
  });
});
