// The job summary names the policy in force (issue 14 §3): the policy file and its documents, or the built-in
// preset; a hostile file or document name stays literal text. Through the bundled Action too, as a runner runs it.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planAnnotations } from '../../github-action/src/annotations.js';
import { renderSummary, type SummaryInput } from '../../github-action/src/summary.js';
import { commitAll, runBundledAction } from '../support/run-action.js';

const repoRoot = resolve(import.meta.dirname, '../..');
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

const base = (policy?: SummaryInput['policy']): SummaryInput => ({
  findings: [],
  totals: { errors: 0, warnings: 0, infos: 0, apps: 1, files: 1 },
  plan: planAnnotations([], undefined),
  hasDiff: false,
  failOn: 'error',
  failed: false,
  notes: [],
  ...(policy ? { policy } : {}),
});
const policyLine = (md: string) => md.split('\n').filter((l) => l.startsWith('Policy:'));

describe('the job summary names the policy in force', () => {
  it('the policy file and its documents in match order', () => {
    expect(policyLine(renderSummary(base({ file: 'clusters/.pgwarden.yaml', names: ['production', 'default'] })))).toEqual([
      'Policy: <code>clusters/.pgwarden.yaml</code> (production, default).',
    ]);
  });

  it('the built-in preset when no policy file was found, and nothing when the report does not say', () => {
    expect(policyLine(renderSummary(base({ file: null, names: ['recommended'] })))).toEqual([
      'Policy: the built-in recommended preset (no <code>.pgwarden.yaml</code> found).',
    ]);
    expect(policyLine(renderSummary(base()))).toEqual([]);
  });

  it('a file or document name from a pull request cannot become Markdown or HTML', () => {
    const [line] = policyLine(renderSummary(base({ file: 'x/`a`|b<img src=x>.yaml', names: ['[click](https://evil)', '<script>x</script>'] })));
    expect(line).toBeDefined();
    expect(line).not.toMatch(/<img|<script|\]\(|\|/);
    expect(line).toContain('&#60;img src=x&#62;');
  });

  it('the bundled Action writes it, naming the .pgwarden.yaml it used', () => {
    const workspace = mkdtempSync(join(tmpdir(), 'pgwarden-action-policy-'));
    temps.push(workspace);
    cpSync(join(repoRoot, 'examples'), workspace, { recursive: true });
    commitAll(workspace);
    const withPolicy = runBundledAction(workspace, { path: '.', 'fail-on': 'never' });
    expect(withPolicy.status, withPolicy.log).toBe(0);
    expect(policyLine(withPolicy.summary)).toEqual(['Policy: <code>.pgwarden.yaml</code> (production, development, default).']);

    const bare = mkdtempSync(join(tmpdir(), 'pgwarden-action-nopolicy-'));
    temps.push(bare);
    cpSync(join(repoRoot, 'examples/apps/analytics'), bare, { recursive: true });
    writeFileSync(join(bare, 'README.md'), 'no policy here\n');
    commitAll(bare);
    const preset = runBundledAction(bare, { path: '.', 'fail-on': 'never' });
    expect(preset.status, preset.log).toBe(0);
    expect(policyLine(preset.summary)).toEqual(['Policy: the built-in recommended preset (no <code>.pgwarden.yaml</code> found).']);
  });
});
