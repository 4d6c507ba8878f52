// `--format sarif`: SARIF 2.1.0 as GitHub code scanning reads it. URIs are checkout-relative (uriBaseId
// %SRCROOT%) because upload-sarif drops results on files absent from the checkout; regions are full
// (start/end line and column); every rule has short and full descriptions and `help.markdown` carrying the docs
// link, since GitHub shows `help` but not `helpUri`. Rule ids are the stable pgwarden rule ids.
import { pathToFileURL } from 'node:url';
import type { RuleMeta, Severity } from '../../policies/index.js';
import { CLI_RULES } from '../cli-rules.js';
import { repoRelative } from './paths.js';
import type { Formatter } from './types.js';

const level: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

function descriptor(rule: RuleMeta) {
  const short = rule.description.split(/(?<=\.)\s/)[0] ?? rule.description;
  return {
    id: rule.id,
    // SARIF wants `name` to differ from the opaque `id`: PascalCase plus "Rule" (replicas → ReplicasRule).
    name: `${rule.id.replace(/(^|-)([a-z])/g, (_m, _d: string, c: string) => c.toUpperCase())}Rule`,
    shortDescription: { text: short },
    fullDescription: { text: rule.description },
    helpUri: rule.docsUrl,
    help: {
      text: `${rule.description} See ${rule.docsUrl}`,
      markdown: `${rule.description}\n\n[pgwarden docs: ${rule.id}](${rule.docsUrl})`,
    },
    defaultConfiguration: { level: level[rule.defaultSeverity] },
    properties: { tags: ['postgresql', 'kubernetes'], fixable: rule.fixable },
  };
}

export const sarif: Formatter = (report, ctx) => {
  const known = new Map<string, RuleMeta>();
  for (const rule of [...(ctx.rules ?? []), ...CLI_RULES]) if (!known.has(rule.id)) known.set(rule.id, rule);
  for (const f of report.findings) {
    if (!known.has(f.ruleId)) {
      known.set(f.ruleId, {
        id: f.ruleId,
        docsUrl: 'https://github.com/pgwarden/pgwarden/blob/main/docs/cli.md',
        description: `pgwarden rule ${f.ruleId}.`,
        defaultSeverity: f.severity,
        optionsSchema: {},
        fixable: false,
      });
    }
  }
  const rules = [...known.values()];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const root = ctx.repoRoot ?? ctx.cwd ?? process.cwd();
  const results = report.findings.map((f) => {
    const object = `${f.resource.kind} ${f.resource.namespace ? `${f.resource.namespace}/` : ''}${f.resource.name}`;
    return {
      ruleId: f.ruleId,
      ruleIndex: index.get(f.ruleId) ?? 0,
      level: level[f.severity],
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: encodeURI(repoRelative(f.file, ctx)), uriBaseId: '%SRCROOT%' },
            region: {
              startLine: Math.max(1, f.line),
              startColumn: Math.max(1, f.column),
              endLine: Math.max(f.line, f.endLine, 1),
              endColumn: Math.max(1, f.endColumn),
            },
          },
          logicalLocations: [{ name: f.resource.name || object.trim(), fullyQualifiedName: `${object.trim()}${f.path}`, kind: 'resource' }],
        },
      ],
      properties: { apps: f.apps, resource: f.resource, path: f.path, ...(f.policy ? { policy: f.policy } : {}) },
    };
  });
  const rootUri = pathToFileURL(root).href;
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'pgwarden',
            informationUri: 'https://github.com/pgwarden/pgwarden',
            version: ctx.toolVersion ?? '0.0.0',
            semanticVersion: ctx.toolVersion ?? '0.0.0',
            rules: rules.map(descriptor),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: rootUri.endsWith('/') ? rootUri : `${rootUri}/` } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
