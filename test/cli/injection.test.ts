// Nothing from the input becomes a GitHub workflow command (issue 9 §2): `--format github` escapes every string as
// @actions/core does, and stylish prints input text on one line (a name with `\n::error …` cannot start a line).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { formatReport } from '../../src/cli/formatters/index.js';
import type { LintReport, ReportFinding } from '../../src/cli/report.js';
import { ATTACK_DIR, ATTACK_FILE, ATTACK_NAME, foreignCommands, writeInjectionRepo } from '../support/injection-repo.js';
import { ensureBuilt, pgwarden } from './helpers.js';

const hostile: ReportFinding = {
  ruleId: 'replicas',
  severity: 'warning',
  message: `Cluster ${ATTACK_NAME} runs 1 instance\r::warning::cr 100%`,
  file: 'a,b:c/::error::x.yaml',
  line: 3,
  column: 5,
  endLine: 3,
  endColumn: 9,
  resource: { apiVersion: 'postgresql.cnpg.io/v1', kind: 'Cluster', name: ATTACK_NAME },
  path: '/spec/instances',
  apps: ['app\n::add-mask::x'],
};
const report: LintReport = { version: 1, summary: { errors: 0, warnings: 1, infos: 0, apps: 1, files: 1 }, findings: [hostile] };

describe('--format github', () => {
  it('is one line per finding, byte-identical to what @actions/core writes for the same annotation', () => {
    const text = formatReport('github', report, { cwd: '/repo', repoRoot: '/repo' });
    expect(text.split('\n')).toHaveLength(2);
    const written: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    try {
      core.warning(`${hostile.message} (apps: ${hostile.apps.join(', ')})`, {
        title: `pgwarden ${hostile.ruleId}`,
        file: hostile.file,
        startLine: 3,
        endLine: 3,
        startColumn: 5,
        endColumn: 9,
      });
    } finally {
      spy.mockRestore();
    }
    expect(text).toBe(written.join(''));
    expect(text).not.toMatch(/[\r]/);
    expect(foreignCommands(text, new Set([hostile.file]))).toEqual([]);
  });
});

describe('stylish', () => {
  it('prints input text with its line breaks and escapes visible', () => {
    const text = formatReport('stylish', { ...report, findings: [{ ...hostile, message: `${hostile.message}\u001b[2J\u2028` }] }, {
      cwd: '/repo',
      readSource: () => 'a\nb\n  instances: 1\r::error::frame\nc\n',
    });
    const lines = text.split(/\r\n|\r|\n/);
    expect(lines.filter((l) => l.startsWith('::'))).toEqual([]);
    expect(text).not.toContain('\u001b');
    expect(text).not.toContain('\u2028');
    expect(text).toContain('db\\n::error file=README.md::pwned\\n');
    expect(text).toContain('instances: 1\\r::error::frame');
    // The file line starts with the path: one that starts with `:` is shown as ./…
    expect(formatReport('stylish', { ...report, findings: [{ ...hostile, file: '::error::x.yaml' }] }, { readSource: () => undefined })).toMatch(
      /^\.\/::error::x\.yaml$/m,
    );
  });
});

describe('the CLI on a repo built to inject commands', () => {
  let dir: string;
  beforeAll(() => {
    ensureBuilt();
    dir = mkdtempSync(join(tmpdir(), 'pgw-inject-'));
    writeInjectionRepo(dir);
  }, 300_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('-f github: every line is an annotation on a file of the repo', () => {
    const run = pgwarden(['lint', '-f', 'github', '.'], dir);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toContain('volume of db%0A::error file=README.md::pwned%0A');
    const files = new Set(['app/cluster.yaml', 'app/markdown.yaml', `${ATTACK_DIR}/${ATTACK_FILE}`, `${ATTACK_DIR}/kustomization.yaml`]);
    expect(foreignCommands(run.stdout, files)).toEqual([]);
    expect(run.stdout.trimEnd().split('\n').every((l) => /^::(error|warning|notice) /.test(l))).toBe(true);
  });

  it('stylish: no line starts a command', () => {
    const run = pgwarden(['lint', '.'], dir);
    expect(run.stdout).toContain('pwned');
    expect((run.stdout + run.stderr).split(/\r\n|\r|\n/).filter((l) => l.startsWith('::'))).toEqual([]);
  });
});
