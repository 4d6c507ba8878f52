// `--format stylish` (default): ESLint's stylish layout — findings grouped by file, each with a code frame of the
// offending lines (credentials masked, see redact.ts), the apps it affects, and a summary line. Colour only when
// ctx.color. Text from the input (messages, names, paths, source lines) is printed with its control characters made
// visible: a name holding `\n::error …` or an ANSI escape cannot start a line of its own or repaint the terminal.
import type { Severity } from '../../policies/index.js';
import { maskFileSource } from '../redact.js';
import { visible } from '../visible.js';
import type { ReportFinding } from '../report.js';
import { absoluteOf, readSource } from './paths.js';
import type { Formatter } from './types.js';
import { frameWindow } from './window.js';

const ansi = { red: 31, yellow: 33, blue: 34, gray: 90, bold: 1, underline: 4, cyan: 36 } as const;
type Style = keyof typeof ansi;

const FRAME_CONTEXT = 1;

export const stylish: Formatter = (report, ctx) => {
  const paint = (style: Style, text: string) => (ctx.color ? `\u001b[${ansi[style]}m${text}\u001b[0m` : text);
  const severityStyle: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'blue' };
  const byFile = new Map<string, ReportFinding[]>();
  for (const finding of report.findings) {
    const list = byFile.get(finding.file) ?? [];
    list.push(finding);
    byFile.set(finding.file, list);
  }
  const out: string[] = [];
  for (const [file, findings] of byFile) {
    // A path starting with `:` would put `::` at a line start, which a CI log reads as a workflow command.
    out.push(paint('underline', visible(file.startsWith(':') ? `./${file}` : file)));
    const source = readSource(file, ctx);
    const shown = source === undefined ? undefined : maskFileSource(source, file, absoluteOf(file, ctx));
    const sourceLines = shown?.lines;
    const masked = shown?.masked ?? new Set<number>();
    for (const f of findings) {
      const where = `${f.line}:${f.column}`;
      out.push(
        `  ${paint('gray', where.padEnd(7))} ${paint(severityStyle[f.severity], f.severity.padEnd(7))} ${visible(f.message)}  ${paint('gray', f.ruleId)}`,
      );
      // File-level findings (yaml-syntax, render-error) are about no object: say only which apps they affect.
      const object = f.resource.kind
        ? `${f.resource.kind}${f.resource.name ? ` ${f.resource.namespace ? `${f.resource.namespace}/` : ''}${f.resource.name}` : ''}${f.path ? ` at ${f.path}` : ''}`
        : '';
      const context = [object, f.apps.length ? `apps: ${f.apps.join(', ')}` : ''].filter(Boolean).join(' · ');
      if (context) out.push(paint('gray', `          ${visible(context)}`));
      // A Secret's own lines are never shown, masked or not.
      if (sourceLines && f.resource.kind !== 'Secret') out.push(...codeFrame(sourceLines, masked, f, paint));
    }
    out.push('');
  }
  const { errors, warnings, infos, apps, files } = report.summary;
  const problems = errors + warnings + infos;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const suppressed = report.summary.suppressed ? `; ${report.summary.suppressed} suppressed (pgwarden-suppressions.json)` : '';
  if (problems === 0) {
    out.push(paint('bold', `✔ no problems (${plural(apps, 'app')}, ${plural(files, 'file')} checked${suppressed})`));
  } else {
    const mark = errors > 0 ? paint('red', '✖') : paint('yellow', '⚠');
    const fixable = report.findings.filter((f) => f.fix).length;
    out.push(
      paint(
        'bold',
        `${mark} ${plural(problems, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')}) in ${plural(apps, 'app')}, ${plural(files, 'file')}${suppressed}`,
      ),
    );
    if (fixable > 0) out.push(`  ${plural(fixable, 'problem')} potentially fixable with \`--fix\`.`);
  }
  // Which policy judged them: a path given from below the policy's directory must not silently use another one.
  if (report.policy) {
    const { file, names } = report.policy;
    out.push(paint('gray', file ? `  policy: ${visible(file)} (${names.map(visible).join(', ')})` : '  policy: the built-in recommended preset (no .pgwarden.yaml found)'));
  }
  return `${out.join('\n')}\n`;
};

function codeFrame(lines: string[], masked: Set<number>, f: ReportFinding, paint: (s: Style, t: string) => string): string[] {
  if (f.line < 1 || f.line > lines.length) return [];
  // A multi-line range is a whole block (a missing field lands on its parent): mark its first line only.
  const lastLine = f.line;
  const from = Math.max(1, f.line - FRAME_CONTEXT);
  const to = Math.min(lines.length, lastLine + FRAME_CONTEXT);
  const width = String(to).length;
  const frame: string[] = [];
  // Long lines are cut around the column (window.ts): a one-line 10 MB file must not flood the report.
  const window = frameWindow(lines[f.line - 1] ?? '', f.column);
  for (let n = from; n <= to; n++) {
    const raw = (lines[n - 1] ?? '').replace(/\r$/, '');
    const text = visible(window.cut(raw));
    const marked = n >= f.line && n <= lastLine;
    frame.push(`    ${marked ? paint('red', '>') : ' '} ${paint('gray', `${String(n).padStart(width)} |`)} ${text}`);
    if (n === f.line && !masked.has(n)) {
      const first = Math.max(1, f.column);
      const last = f.endLine === f.line && f.endColumn > first ? f.endColumn : Math.max(raw.length + 1, first + 1);
      const { start, end } = window.caret(first, last);
      frame.push(`      ${' '.repeat(width)} ${paint('gray', '|')} ${' '.repeat(start - 1)}${paint('red', '^'.repeat(end - start))}`);
    }
  }
  return frame;
}
