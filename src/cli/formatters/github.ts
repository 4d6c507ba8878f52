// `--format github`: GitHub Actions workflow commands (`::error file=…,line=…::message`), one per finding,
// escaped exactly as @actions/core escapes them (toCommandValue / escapeData / escapeProperty in its command.ts).
import type { Severity } from '../../policies/index.js';
import { repoRelative } from './paths.js';
import type { Formatter } from './types.js';

export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const command: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

export const github: Formatter = (report, ctx) => {
  const lines = report.findings.map((f) => {
    // The property order of @actions/core's toCommandProperties, so the lines are byte-identical to core.error().
    const props: [string, string | number][] = [
      ['title', `pgwarden ${f.ruleId}`],
      ['file', repoRelative(f.file, ctx)],
      ['line', f.line],
      ['endLine', f.endLine],
      ['col', f.column],
      ['endColumn', f.endColumn],
    ];
    const body = `${f.message}${f.apps.length ? ` (apps: ${f.apps.join(', ')})` : ''}`;
    const rendered = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
    return `::${command[f.severity]} ${rendered}::${escapeData(body)}`;
  });
  return lines.length ? `${lines.join('\n')}\n` : '';
};
