// Code frames on long lines (issue 9 §3): the stylish frame shows at most FRAME_WIDTH characters of each line,
// cut around the finding's column with an ellipsis, and the caret still points at the column.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatReport } from '../../src/cli/formatters/index.js';
import { FRAME_WIDTH, frameWindow } from '../../src/cli/formatters/window.js';
import type { LintReport, ReportFinding } from '../../src/cli/report.js';
import { pgwardenIn, writeTree } from './run.js';

const work = mkdtempSync(path.join(tmpdir(), 'pgwarden-frames-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function finding(line: number, column: number, endColumn: number): ReportFinding {
  return {
    ruleId: 'image-tag',
    severity: 'error',
    message: 'the image uses the latest tag',
    file: 'long.yaml',
    line,
    column,
    endLine: line,
    endColumn,
    resource: { apiVersion: 'v1', kind: 'Pod', name: 'p' },
    path: '/spec',
    apps: ['app'],
  } as ReportFinding;
}

function stylishOf(source: string, f: ReportFinding): string {
  const report = { version: 1, summary: { errors: 1, warnings: 0, infos: 0, apps: 1, files: 1 }, findings: [f] } as unknown as LintReport;
  return formatReport('stylish', report, { cwd: work, readSource: () => source });
}

describe('code frames on long lines', () => {
  it('a 10 MB line is cut around the column, the caret under the value', () => {
    const column = 5_000_000;
    const line = `${'x'.repeat(column - 1)}postgres:latest${'y'.repeat(5_000_000)}`;
    const out = stylishOf(`a: 1\n${line}\nb: 2\n`, finding(2, column, column + 15));
    expect(out.length).toBeLessThan(2_000);
    const frame = out.split('\n').filter((l) => / \d \| /.test(l) || /^\s+\|/.test(l));
    const marked = frame.find((l) => l.includes('> 2 |'))!;
    expect(marked).toContain('…x');
    expect(marked).toContain('postgres:latest');
    expect(marked.endsWith('y…')).toBe(true);
    const text = marked.slice(marked.indexOf('| ') + 2);
    expect(text.length).toBe(FRAME_WIDTH + 2);
    const caret = frame[frame.indexOf(marked) + 1]!;
    const caretText = caret.slice(caret.indexOf('| ') + 2);
    expect(caretText.trim()).toBe('^'.repeat(15));
    expect(text.slice(caretText.indexOf('^'), caretText.indexOf('^') + 15)).toBe('postgres:latest');
  });

  it('short lines are shown whole, as before', () => {
    const out = stylishOf('image: postgres:latest\n', finding(1, 8, 23));
    expect(out).toContain('> 1 | image: postgres:latest\n');
    expect(out).toContain('|        ^^^^^^^^^^^^^^^\n');
  });

  it('a long line with the column near its start keeps the start and cuts the end', () => {
    const w = frameWindow(`image: postgres:latest ${'z'.repeat(1_000)}`, 8);
    expect(w.cut(`image: postgres:latest ${'z'.repeat(1_000)}`)).toBe(`image: postgres:latest ${'z'.repeat(FRAME_WIDTH - 23)}…`);
    expect(w.caret(8, 23)).toEqual({ start: 8, end: 23 });
  });

  it('lint: a one-line 10 MB file is reported without printing the line', async () => {
    const root = path.join(work, 'huge');
    writeTree(root, { 'app/kustomization.yaml': 'resources:\n- huge.yaml\n', 'app/huge.yaml': `# ${'h'.repeat(10 * 1024 * 1024)}\n` });
    const run = await pgwardenIn(root, ['lint', '.']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('app/huge.yaml');
    expect(run.stdout.length + run.stderr.length).toBeLessThan(5_000);
  });
});
