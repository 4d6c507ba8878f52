import { describe, expect, it } from 'vitest';
import { planAnnotations } from '../../github-action/src/annotations.js';
import { cell, renderSummary } from '../../github-action/src/summary.js';
import type { ReportFinding } from '../../src/cli/report.js';

const finding = (over: Partial<ReportFinding>): ReportFinding => ({
  ruleId: 'replicas',
  severity: 'warning',
  message: 'one instance',
  file: 'apps/a/cluster.yaml',
  line: 4,
  column: 3,
  endLine: 4,
  endColumn: 4,
  resource: { apiVersion: 'postgresql.cnpg.io/v1', kind: 'Cluster', name: 'a' },
  path: '/spec/instances',
  apps: ['apps/a'],
  ...over,
});

describe('job summary', () => {
  it('keeps a message with pipes, newlines and HTML inside its table cell', () => {
    expect(cell('a | b\nc <b>&')).toBe('a &#124; b<br>c &#60;b&#62;&#38;');
    const md = renderSummary({
      findings: [finding({ message: 'use `a|b`\n<script>x</script>' })],
      totals: { errors: 0, warnings: 1, infos: 0, apps: 1, files: 1 },
      plan: planAnnotations([finding({})], undefined),
      hasDiff: false,
      failOn: 'error',
      failed: false,
      notes: [],
    });
    const row = md.split('\n').find((l) => l.startsWith('| 🟡'));
    expect(row).toBe(
      '| 🟡 warning | <code>replicas</code> | <code>apps/a/cluster.yaml:4</code> | use <code>a&#124;b</code><br>&#60;script&#62;x&#60;/script&#62; |',
    );
    expect(md).not.toContain('<script>');
  });

  it('lists a finding under every app it affects, errors first, and counts what was not annotated', () => {
    const findings = [
      ...Array.from({ length: 12 }, (_, i) => finding({ severity: 'error', ruleId: 'image-tag', line: i + 1, apps: ['overlays/dev', 'overlays/prod'] })),
      finding({ apps: ['overlays/prod'] }),
    ];
    const md = renderSummary({
      findings,
      totals: { errors: 12, warnings: 1, infos: 0, apps: 2, files: 1 },
      plan: planAnnotations(findings, new Map([['apps/a/cluster.yaml', [[1, 3]]]])),
      changedOnly: { base: 'a'.repeat(40), apps: 2 },
      hasDiff: true,
      failOn: 'error',
      failed: true,
      notes: ['render warning: x'],
      linkTo: (file, line) => `https://github.com/acme/gitops/blob/abc/${file}#L${line}`,
    });
    expect(md).toContain('## pgwarden: 12 errors, 1 warning, 0 infos');
    expect(md).toContain('Linted 2 apps whose inputs changed since `aaaaaaaaaaaa`');
    expect(md).toContain('**Failed** (`fail-on: error`).');
    expect(md).toContain('11 findings annotated (3 on changed lines).');
    expect(md).toContain('**2 more** (2 errors)');
    expect(md).toContain('### overlays/dev — 12 errors');
    expect(md).toContain('### overlays/prod — 12 errors, 1 warning');
    const prod = md.slice(md.indexOf('### overlays/prod'));
    expect(prod.indexOf('🔴')).toBeLessThan(prod.indexOf('🟡'));
    expect(md).toContain('[apps/a/cluster.yaml:1](https://github.com/acme/gitops/blob/abc/apps/a/cluster.yaml#L1)');
    expect(md).toContain('- render warning: x');
  });
});
