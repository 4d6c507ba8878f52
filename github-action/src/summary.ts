// The job summary (GITHUB_STEP_SUMMARY, GitHub-flavoured Markdown): totals, what was annotated and what was not,
// and one table per app. Messages come from the engine, which never puts a Secret's value in them.
import type { ReportFinding } from '../../src/cli/index.js';
import type { Severity } from '../../src/policies/index.js';
import type { AnnotationPlan } from './annotations.js';

export interface SummaryInput {
  /** Findings with `file` relative to the repository root. */
  findings: readonly ReportFinding[];
  totals: { errors: number; warnings: number; infos: number; apps: number; files: number };
  plan: AnnotationPlan;
  /** Set when only the apps touched by the PR were linted. */
  changedOnly?: { base: string; apps: number };
  /** Why changed-only could not be used (the whole path was linted instead). */
  changedOnlyFallback?: string;
  /** Whether a base was known, so "changed lines" means something (pull_request, merge_group). */
  hasDiff: boolean;
  failOn: 'error' | 'warning' | 'never';
  failed: boolean;
  notes: readonly string[];
  /** Builds a link to a line of the checked-out commit, when the repository is known. */
  linkTo?: (file: string, line: number) => string | undefined;
  sarifFile?: string;
}

const icon: Record<Severity, string> = { error: '🔴 error', warning: '🟡 warning', info: '🔵 info' };
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Escapes text for a Markdown table cell: pipes, newlines and HTML (GitHub renders inline HTML). */
export function cell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, '<br>');
}

export function renderSummary(input: SummaryInput): string {
  const { totals, plan } = input;
  const out: string[] = [];
  out.push(
    `## pgwarden: ${plural(totals.errors, 'error')}, ${plural(totals.warnings, 'warning')}, ${plural(totals.infos, 'info')}`,
    '',
  );
  const scope = input.changedOnly
    ? input.changedOnly.apps === 0
      ? `No app reads a file changed since \`${input.changedOnly.base.slice(0, 12)}\`: nothing to lint.`
      : `Linted ${plural(input.changedOnly.apps, 'app')} whose inputs changed since \`${input.changedOnly.base.slice(0, 12)}\` (${plural(totals.files, 'file')}).`
    : `Linted ${plural(totals.apps, 'app')} (${plural(totals.files, 'file')}).`;
  out.push(scope);
  if (input.changedOnlyFallback) out.push('', `> [!NOTE]\n> ${cell(input.changedOnlyFallback)}`);
  const verdict =
    input.failOn === 'never'
      ? '`fail-on: never`: this step does not fail on findings.'
      : input.failed
        ? `**Failed** (\`fail-on: ${input.failOn}\`).`
        : `Passed (\`fail-on: ${input.failOn}\`).`;
  out.push('', verdict);

  const annotated = plan.annotate.length;
  const omitted = plan.omitted.error + plan.omitted.warning + plan.omitted.info;
  if (annotated > 0 || omitted > 0) {
    const onChanged = plan.annotate.filter((a) => a.onChangedLine).length;
    let line = input.hasDiff
      ? `${plural(annotated, 'finding')} annotated (${onChanged} on changed lines).`
      : `${plural(annotated, 'finding')} annotated.`;
    if (omitted > 0) {
      const parts = (['error', 'warning', 'info'] as const)
        .filter((s) => plan.omitted[s] > 0)
        .map((s) => plural(plan.omitted[s], s === 'info' ? 'info' : s));
      line += ` GitHub shows at most 10 annotations of each level per step: **${omitted} more** (${parts.join(', ')}) are only in the tables below${input.sarifFile ? ' and in the SARIF file' : ''}.`;
    }
    out.push('', line);
  }

  if (input.findings.length === 0) {
    out.push('', 'No findings. ✅');
  } else {
    const byApp = new Map<string, ReportFinding[]>();
    for (const f of input.findings) {
      for (const app of f.apps.length ? f.apps : ['(not in an app)']) {
        const list = byApp.get(app) ?? [];
        list.push(f);
        byApp.set(app, list);
      }
    }
    const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
    for (const app of [...byApp.keys()].sort()) {
      const list = byApp.get(app)!.sort(
        (a, b) => rank[a.severity] - rank[b.severity] || a.file.localeCompare(b.file) || a.line - b.line,
      );
      const counts = (['error', 'warning', 'info'] as const)
        .map((s) => [s, list.filter((f) => f.severity === s).length] as const)
        .filter(([, n]) => n > 0)
        .map(([s, n]) => plural(n, s === 'info' ? 'info' : s));
      out.push('', `### ${cell(app)} — ${counts.join(', ')}`, '', '| severity | rule | file:line | message |', '|---|---|---|---|');
      for (const f of list) {
        const where = `${f.file}:${f.line}`;
        const link = input.linkTo?.(f.file, f.line);
        const whereCell = link ? `[${cell(where)}](${link})` : `\`${cell(where)}\``;
        out.push(`| ${icon[f.severity]} | \`${cell(f.ruleId)}\` | ${whereCell} | ${cell(f.message)} |`);
      }
    }
  }
  out.push(
    '',
    `**Totals:** ${plural(totals.errors, 'error')}, ${plural(totals.warnings, 'warning')}, ${plural(totals.infos, 'info')} in ${plural(totals.apps, 'app')}.`,
  );
  if (input.notes.length) {
    out.push('', '<details><summary>Notes from the linter</summary>', '');
    for (const note of input.notes) out.push(`- ${cell(note)}`);
    out.push('', '</details>');
  }
  return `${out.join('\n')}\n`;
}
