import { describe, expect, it } from 'vitest';
import { planAnnotations } from '../../github-action/src/annotations.js';
import type { ReportFinding } from '../../src/cli/report.js';
import type { Severity } from '../../src/policies/types.js';

function finding(severity: Severity, file: string, line: number, ruleId = 'replicas'): ReportFinding {
  return {
    ruleId,
    severity,
    message: `${ruleId} at ${file}:${line}`,
    file,
    line,
    column: 3,
    endLine: line,
    endColumn: 9,
    resource: { apiVersion: 'v1', kind: 'X', name: 'x' },
    path: '/spec',
    apps: ['app'],
  };
}

describe('planAnnotations', () => {
  it('keeps at most 10 per level, changed lines first, and counts the rest', () => {
    const findings: ReportFinding[] = [];
    // 12 errors in a file the PR did not touch, 3 errors on changed lines of c.yaml.
    for (let i = 1; i <= 12; i++) findings.push(finding('error', 'a.yaml', i));
    for (const line of [5, 6, 7]) findings.push(finding('error', 'c.yaml', line));
    findings.push(finding('warning', 'c.yaml', 40));
    findings.push(finding('info', 'a.yaml', 1, 'password-reset'));
    const changed = new Map<string, [number, number][]>([['c.yaml', [[5, 7]]]]);

    const plan = planAnnotations(findings, changed);
    const errors = plan.annotate.filter((a) => a.finding.severity === 'error');
    expect(errors).toHaveLength(10);
    expect(errors.slice(0, 3).map((a) => `${a.finding.file}:${a.finding.line}`)).toEqual(['c.yaml:5', 'c.yaml:6', 'c.yaml:7']);
    expect(errors.slice(0, 3).every((a) => a.onChangedLine)).toBe(true);
    expect(errors.slice(3).every((a) => !a.onChangedLine && a.finding.file === 'a.yaml')).toBe(true);
    expect(plan.omitted).toEqual({ error: 5, warning: 0, info: 0 });
    expect(plan.onChangedLines).toBe(3);
    // Emission order: errors, then warnings, then notices.
    expect(plan.annotate.map((a) => a.finding.severity).slice(-2)).toEqual(['warning', 'info']);
  });

  it('without a diff (push event) orders by file and line and still caps', () => {
    const findings = Array.from({ length: 11 }, (_, i) => finding('warning', i % 2 ? 'b.yaml' : 'a.yaml', 11 - i));
    const plan = planAnnotations(findings, undefined);
    expect(plan.annotate).toHaveLength(10);
    expect(plan.omitted.warning).toBe(1);
    expect(plan.annotate[0]?.finding.file).toBe('a.yaml');
    expect(plan.onChangedLines).toBe(0);
  });

  it('honours a smaller budget for a level (a warning slot already used)', () => {
    const findings = Array.from({ length: 10 }, (_, i) => finding('warning', 'a.yaml', i + 1));
    const plan = planAnnotations(findings, undefined, { error: 10, warning: 9, info: 10 });
    expect(plan.annotate).toHaveLength(9);
    expect(plan.omitted.warning).toBe(1);
  });
});
