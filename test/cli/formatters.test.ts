// Formatter units: SARIF validated by Microsoft's SARIF multitool, JUnit and GitHub shapes and escaping, masking
// of Secret lines in code frames. Reports are built by hand so every field is known.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { describe, expect, it } from 'vitest';
import { CLI_RULES } from '../../src/cli/cli-rules.js';
import { escapeData, escapeProperty } from '../../src/cli/formatters/github.js';
import { formatReport } from '../../src/cli/formatters/index.js';
import { maskSource } from '../../src/cli/redact.js';
import type { LintReport, ReportFinding } from '../../src/cli/report.js';
import { allRuleMetas } from '../../src/policies/index.js';
import { repoRoot } from './helpers.js';

const cwd = mkdtempSync(join(tmpdir(), 'pgwarden-fmt-'));
writeFileSync(
  join(cwd, 'cluster.yaml'),
  'apiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata:\n  name: a\nspec:\n  instances: 1\n  imageName: postgres:latest\n',
);

function finding(over: Partial<ReportFinding>): ReportFinding {
  return {
    ruleId: 'replicas',
    severity: 'warning',
    message: 'Cluster db/a runs 1 instance.',
    file: 'cluster.yaml',
    line: 6,
    column: 14,
    endLine: 6,
    endColumn: 15,
    resource: { apiVersion: 'postgresql.cnpg.io/v1', kind: 'Cluster', name: 'a', namespace: 'db' },
    path: '/spec/instances',
    apps: ['apps/a', 'apps/b'],
    ...over,
  };
}

const report: LintReport = {
  version: 1,
  summary: { errors: 1, warnings: 1, infos: 1, apps: 3, files: 1 },
  findings: [
    finding({}),
    finding({ ruleId: 'image-tag', severity: 'error', line: 7, column: 14, endColumn: 29, path: '/spec/imageName', message: 'latest: 100%, a,b\nnext line' }),
    finding({ ruleId: 'image-tag', severity: 'info', line: 7, column: 14, endColumn: 29, apps: ['apps/a'], message: 'same place, second finding <&>' }),
  ],
};
const ctx = { cwd, repoRoot: cwd, rules: [...allRuleMetas], apps: ['apps/a', 'apps/b', 'apps/clean'], toolVersion: '1.2.3' };

describe('sarif', () => {
  const sarif = JSON.parse(formatReport('sarif', report, ctx));

  it('is valid SARIF 2.1.0 according to the SARIF multitool', () => {
    const file = join(cwd, 'report.sarif');
    writeFileSync(file, JSON.stringify(sarif));
    const tool = join(repoRoot, 'node_modules/.bin/sarif-multitool');
    const out = join(cwd, 'validation.sarif');
    const run = spawnSync(tool, ['validate', file, '--output', out], { encoding: 'utf8' });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    const validation = JSON.parse(spawnSync('cat', [out], { encoding: 'utf8' }).stdout);
    const errors = (validation.runs[0].results as { level?: string; ruleId: string; message: unknown }[]).filter((r) => r.level === 'error' || r.level === 'warning');
    expect(errors).toEqual([]);
  });

  it('carries repo-relative URIs, full regions and every rule with descriptions and help.markdown', () => {
    const run = sarif.runs[0];
    expect(run.tool.driver.version).toBe('1.2.3');
    const ids = run.tool.driver.rules.map((r: { id: string }) => r.id);
    for (const meta of [...allRuleMetas, ...CLI_RULES]) expect(ids).toContain(meta.id);
    for (const rule of run.tool.driver.rules) {
      expect(rule.shortDescription.text.length).toBeGreaterThan(0);
      expect(rule.fullDescription.text.length).toBeGreaterThan(0);
      expect(rule.help.markdown).toContain(rule.helpUri);
    }
    const result = run.results[1];
    expect(result.level).toBe('error');
    expect(run.tool.driver.rules[result.ruleIndex].id).toBe('image-tag');
    expect(result.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'cluster.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 7, startColumn: 14, endLine: 7, endColumn: 29 },
    });
    expect(run.results[2].level).toBe('note');
  });
});

describe('junit', () => {
  const xml = formatReport('junit', report, ctx);

  it('has one suite per app, classname = file, unique test names, file:line in the failure body', () => {
    expect(xml.match(/<testsuite /g)?.length).toBe(3);
    expect(xml).toContain('<testsuite name="apps/a" tests="3" failures="2"');
    expect(xml).toContain('<testsuite name="apps/clean" tests="1" failures="0"');
    expect(xml).toContain('classname="cluster.yaml" name="image-tag cluster.yaml:7:14"');
    expect(xml).toContain('classname="cluster.yaml" name="image-tag cluster.yaml:7:14 #2"');
    expect(xml).toContain('cluster.yaml:6:14: warning replicas: Cluster db/a runs 1 instance.');
    expect(xml).toContain('same place, second finding &lt;&amp;&gt;');
    const names = [...xml.matchAll(/<testsuite name="apps\/a"[\s\S]*?<\/testsuite>/g)][0]?.[0].match(/ name="[^"]+"/g) ?? [];
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('github', () => {
  it('writes one workflow command per finding, escaped as @actions/core escapes', () => {
    const lines = formatReport('github', report, ctx).trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(
      '::warning title=pgwarden replicas,file=cluster.yaml,line=6,endLine=6,col=14,endColumn=15::Cluster db/a runs 1 instance. (apps: apps/a, apps/b)',
    );
    expect(lines[1]).toContain('::error title=pgwarden image-tag,file=cluster.yaml,line=7');
    expect(lines[1]).toContain('::latest: 100%25, a,b%0Anext line (apps: apps/a, apps/b)');
    expect(lines[2]?.startsWith('::notice ')).toBe(true);
    expect(escapeProperty('a:b,c%\r\n')).toBe('a%3Ab%2Cc%25%0D%0A');
    expect(escapeData('a:b,c')).toBe('a:b,c');
  });

  it('prints exactly what @actions/core prints for the same annotation', () => {
    const written: string[] = [];
    const write = process.stdout.write;
    process.stdout.write = ((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    }) as typeof process.stdout.write;
    try {
      for (const f of report.findings) {
        const message = `${f.message} (apps: ${f.apps.join(', ')})`;
        const props = { title: `pgwarden ${f.ruleId}`, file: f.file, startLine: f.line, endLine: f.endLine, startColumn: f.column, endColumn: f.endColumn };
        if (f.severity === 'error') core.error(message, props);
        else if (f.severity === 'warning') core.warning(message, props);
        else core.notice(message, props);
      }
    } finally {
      process.stdout.write = write;
    }
    expect(formatReport('github', report, ctx)).toBe(written.join(''));
  });
});

describe('json and stylish', () => {
  it('json is the report itself', () => {
    expect(JSON.parse(formatReport('json', report, ctx))).toEqual(report);
  });

  it('stylish: code frame with a caret under the value, colour only when asked', () => {
    const plain = formatReport('stylish', report, ctx);
    expect(plain).toContain('  > 6 |   instances: 1\n        |              ^\n');
    expect(plain).toContain('3 problems (1 error, 1 warning, 1 info) in 3 apps, 1 file');
    expect(plain).not.toContain('\u001b[');
    expect(formatReport('stylish', report, { ...ctx, color: true })).toContain('\u001b[31m');
    const clean = formatReport('stylish', { ...report, findings: [], summary: { errors: 0, warnings: 0, infos: 0, apps: 2, files: 4 } }, ctx);
    expect(clean).toContain('no problems (2 apps, 4 files checked)');
  });

  it('masks Secret data and secretGenerator literals in code frames', () => {
    const text = [
      'apiVersion: v1',
      'kind: Secret',
      'metadata:',
      '  name: s',
      'stringData:',
      '  password: hunter2',
      '  multi: |',
      '    line-one-secret',
      '---',
      'secretGenerator:',
      '  - name: g',
      '    literals:',
      '      - password=hunter3',
      'configMapGenerator: []',
    ].join('\n');
    const shown = maskSource(text, 'x.yaml');
    expect([...shown.masked].sort((a, b) => a - b)).toEqual([6, 7, 8, 13]);
    expect(shown.lines[5]).toBe('  password: <redacted>');
    expect(shown.lines[6]).toBe('  multi: <redacted>');
    expect(shown.lines[7]).toBe('    <redacted>');
    expect(shown.lines[12]).toBe('      - password=<redacted>');
    expect(shown.lines.join('\n')).not.toMatch(/hunter/);
    expect(maskSource('a: [unclosed', 'x.yaml').masked.size).toBe(0);
    // Credentials in clear outside Secrets: env values of *PASSWORD* variables, password-like keys.
    const env = ['env:', '  - name: POSTGRES_PASSWORD', '    value: hunter4', '  - name: POSTGRES_DB', '    value: app', 'auth:', '  token: abc'].join('\n');
    expect([...maskSource(env, 'x.yaml').masked].sort((a, b) => a - b)).toEqual([3, 7]);
  });
});
