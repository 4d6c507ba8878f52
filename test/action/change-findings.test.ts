// The Action on a pull request judges the change against the PR's base (lint --base): a change finding is annotated
// on the line the PR changed and listed in the job summary with its before and after values; a removed cluster is
// reported on the base's file and line, linked to the base commit where that line still exists.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cnpg, zalando } from '../change/manifests.js';
import { git, runBundledAction } from '../support/run-action.js';

function write(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;

describe('the Action on a pull request: change findings', () => {
  it('annotates storage-shrink on the changed line, lists it in the summary with 20Gi and 10Gi, and cluster-removed at the base', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'pgw-action-change-')), 'repo');
    mkdirSync(dir);
    try {
      const kustomization = 'resources:\n  - cluster.yaml\n';
      write(dir, {
        'apps/shop/kustomization.yaml': kustomization,
        'apps/shop/cluster.yaml': cnpg({ size: '20Gi' }),
        'apps/legacy/kustomization.yaml': kustomization,
        'apps/legacy/cluster.yaml': zalando(),
      });
      git(dir, 'init', '-q', '-b', 'main');
      git(dir, 'add', '-A');
      git(dir, 'commit', '-q', '-m', 'base');
      const baseSha = git(dir, 'rev-parse', 'HEAD');
      git(dir, 'checkout', '-q', '-b', 'shrink');
      const head = cnpg({ size: '10Gi' });
      write(dir, { 'apps/shop/cluster.yaml': head });
      rmSync(join(dir, 'apps/legacy'), { recursive: true });
      git(dir, 'add', '-A');
      git(dir, 'commit', '-q', '-m', 'shrink the shop volume, drop legacy');
      const headSha = git(dir, 'rev-parse', 'HEAD');

      const run = runBundledAction(dir, { path: '.', 'fail-on': 'error' }, { baseSha, headSha });
      expect(run.status).toBe(1);

      // the annotation: on the line this PR changed, with the rule as its title and both sizes in its message
      const sizeLine = lineOf(head, 'size: 10Gi');
      const shrink = run.log.split('\n').find((line) => line.startsWith('::error ') && line.includes('title=storage-shrink'));
      expect(shrink).toBeDefined();
      expect(shrink).toContain(`file=apps/shop/cluster.yaml,line=${sizeLine},`);
      expect(shrink).toMatch(/::.*from 20Gi to 10Gi/);
      // the removed cluster: on the base's file and line, said so
      const removedLine = lineOf(zalando(), 'name: acid-main');
      const removed = run.log.split('\n').find((line) => line.startsWith('::error ') && line.includes('title=cluster-removed'));
      expect(removed).toContain(`file=apps/legacy/cluster.yaml,line=${removedLine},`);
      expect(removed).toContain('removed in this change');

      // the summary: both findings in their apps' tables, sizes before and after, links to the commit that has the line
      expect(run.summary).toMatch(/annotated \(1 on changed lines\)/); // the size line is the only line this PR changed
      const shrinkRow = run.summary.split('\n').find((line) => line.includes('<code>storage-shrink</code>'));
      expect(shrinkRow).toContain(`[apps/shop/cluster.yaml:${sizeLine}](https://github.com/acme/gitops/blob/${headSha}/apps/shop/cluster.yaml#L${sizeLine})`);
      expect(shrinkRow).toContain('from 20Gi to 10Gi');
      const removedRow = run.summary.split('\n').find((line) => line.includes('<code>cluster-removed</code>'));
      expect(removedRow).toContain(`(https://github.com/acme/gitops/blob/${baseSha}/apps/legacy/cluster.yaml#L${removedLine})`);
      expect(removedRow).toContain('removed in this change');
      expect(run.summary).toContain('### apps/shop');
      expect(run.summary).toContain('### apps/legacy');
    } finally {
      rmSync(dirname(dir), { recursive: true, force: true });
    }
  });
});
