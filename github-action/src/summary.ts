// The job summary (GITHUB_STEP_SUMMARY, GitHub-flavoured Markdown): totals, what was annotated and what was not,
// and one table per app. Findings arrive masked (redact.ts); every string from the input goes through `cell`.
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
  /** The policy in force (report.policy): its file, or null for the built-in preset, and its documents' names. */
  policy?: { file: string | null; names: readonly string[] };
  /**
   * Builds a link to a line, when the repository is known: of the checked-out commit, or for a finding on the base
   * side of a change (a removed cluster, `side: base`) of the base commit, where that file and line still exist.
   */
  linkTo?: (file: string, line: number, side?: 'base' | 'head') => string | undefined;
  sarifFile?: string;
}

const icon: Record<Severity, string> = { error: '🔴 error', warning: '🟡 warning', info: '🔵 info' };
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

// Every character Markdown or HTML could read as syntax, as a numeric character reference: a reference is always
// literal text (CommonMark 0.31, "Entity and numeric character references"), so no link, image, emphasis, HTML tag
// or table pipe can come from the input.
const MARKUP = /[&<>`\\*_[\]~$|]/g;

function literal(text: string): string {
  return text.replace(MARKUP, (c) => `&#${c.charCodeAt(0)};`).replace(/\r?\n|\r/g, '<br>');
}

/**
 * Text from the input (messages, names, paths, notes) for a Markdown table cell or line. The engine's `code` spans
 * become <code> elements; everything else is literal: pipes, newlines, HTML, links and images cannot get through.
 */
export function cell(text: string): string {
  const parts = text.split('`');
  // An unmatched last backtick is text, not the start of a span.
  if (parts.length % 2 === 0) parts[parts.length - 2] = `${parts[parts.length - 2]}\`${parts.pop()}`;
  return parts.map((part, i) => (i % 2 === 1 ? `<code>${literal(part)}</code>` : literal(part))).join('');
}

/** A link target with every character outside RFC 3986's unreserved and delimiter sets percent-encoded (no `(`). */
function safeUrl(url: string): string {
  return url.replace(/[^A-Za-z0-9\-._~:/?#@%=&+,;]/g, (c) =>
    [...Buffer.from(c, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  );
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
  if (input.policy) {
    out.push(
      '',
      input.policy.file
        ? `Policy: <code>${literal(input.policy.file)}</code> (${input.policy.names.map(cell).join(', ')}).`
        : 'Policy: the built-in recommended preset (no <code>.pgwarden.yaml</code> found).',
    );
  }
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
        const link = input.linkTo?.(f.file, f.line, f.side);
        const whereCell = link ? `[${cell(where)}](${safeUrl(link)})` : `<code>${literal(where)}</code>`;
        out.push(`| ${icon[f.severity]} | <code>${literal(f.ruleId)}</code> | ${whereCell} | ${cell(f.message)} |`);
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
