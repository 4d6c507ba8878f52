// `--format github`: GitHub Actions workflow commands (`::error file=…,line=…::message`), one per finding,
// escaped exactly as @actions/core escapes them (toCommandValue / escapeData / escapeProperty in its command.ts).
import type { Severity } from '../../policies/types.js';
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
    const props: [string, string | number][] = [
      ['file', repoRelative(f.file, ctx)],
      ['line', f.line],
      ['col', f.column],
      ['endLine', f.endLine],
      ['endColumn', f.endColumn],
      ['title', `pgwarden ${f.ruleId}`],
    ];
    const body = `${f.message}${f.apps.length ? ` (apps: ${f.apps.join(', ')})` : ''}`;
    const rendered = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
    return `::${command[f.severity]} ${rendered}::${escapeData(body)}`;
  });
  return lines.length ? `${lines.join('\n')}\n` : '';
};
