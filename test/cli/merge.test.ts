// Merging one finding across the apps that share its source: by rule, position, pointer, message id and rendered
// value — never by the message's text — with the message formatted once.
import { describe, expect, it } from 'vitest';
import type { Located } from '../../src/cli/locate.js';
import { FindingMerger } from '../../src/cli/merge.js';

function located(
  app: string,
  namespace: string,
  extra: Partial<Located> & { messageId?: string } = {},
  message = `Cluster ${namespace}/db runs 1 instance.`,
): Located {
  const { messageId, ...rest } = extra;
  return {
    finding: {
      ...(messageId ? { messageId } : {}),
      ruleId: 'replicas',
      severity: 'warning',
      message,
      file: 'base/cluster.yaml',
      line: 7,
      column: 14,
      endLine: 7,
      endColumn: 15,
      resource: { apiVersion: 'postgresql.cnpg.io/v1', kind: 'Cluster', name: 'db', namespace },
      path: '/spec/instances',
      apps: [app],
    },
    value: '1',
    ...rest,
  };
}

describe('FindingMerger', () => {
  it('merges the same finding of two apps into one, naming both apps and, once, the other object', () => {
    const merger = new FindingMerger();
    merger.addApp('dev', [located('dev', 'dev')]);
    merger.addApp('prod', [located('prod', 'prod')]);
    const [finding, ...rest] = merger.findings();
    expect(rest).toEqual([]);
    expect(finding?.apps).toEqual(['dev', 'prod']);
    expect(finding?.message).toBe('Cluster dev/db runs 1 instance. (also prod/db)');
  });

  it('keeps findings apart when the rendered value or the message id differs, whatever the text says', () => {
    const merger = new FindingMerger();
    merger.addApp('dev', [located('dev', 'dev', { value: '1' }, 'same text')]);
    merger.addApp('qa', [located('qa', 'qa', { value: '0' }, 'same text')]);
    merger.addApp('prod', [located('prod', 'prod', { value: '1', messageId: 'tooFew' }, 'same text')]);
    expect(merger.findings().map((f) => f.apps)).toEqual([['dev'], ['qa'], ['prod']]);
  });

  it('pairs two findings of one app at one place with the other app’s two, in order (never one swallowing both)', () => {
    const merger = new FindingMerger();
    merger.addApp('dev', [located('dev', 'dev', {}, 'first'), located('dev', 'dev', {}, 'second')]);
    merger.addApp('prod', [located('prod', 'prod', {}, 'first'), located('prod', 'prod', {}, 'second')]);
    expect(merger.findings().map((f) => [f.message, f.apps])).toEqual([
      ['first (also prod/db)', ['dev', 'prod']],
      ['second (also prod/db)', ['dev', 'prod']],
    ]);
  });

  it('names with regular-expression characters need no escaping: text is never searched', () => {
    const merger = new FindingMerger();
    const odd = (app: string, ns: string) => located(app, ns, {}, `Cluster ${ns}/db.(x)+ is wrong`);
    merger.addApp('a', [odd('a', 'a.*')]);
    merger.addApp('b', [odd('b', 'b[0]')]);
    expect(merger.findings().map((f) => f.message)).toEqual(['Cluster a.*/db.(x)+ is wrong (also b[0]/db)']);
  });
});
