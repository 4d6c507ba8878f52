// Choosing which findings become GitHub annotations. GitHub keeps at most 10 error, 10 warning and 10 notice
// annotations per step and silently drops the rest, so we choose: findings on lines the PR changed first, then
// the others, each level capped; the summary says how many were left out.
import type { Severity } from '../../src/policies/index.js';
import type { ReportFinding } from '../../src/cli/index.js';
import { type ChangedLines, touchesChangedLines } from './changed-lines.js';

export const ANNOTATIONS_PER_LEVEL = 10;

export interface AnnotationPlan {
  /** In emission order: errors, warnings, infos; within each, changed lines first. */
  annotate: { finding: ReportFinding; onChangedLine: boolean }[];
  /** Findings of each severity that got no annotation. */
  omitted: Record<Severity, number>;
  /** Findings (all severities) that touch a changed line. */
  onChangedLines: number;
}

const order: Severity[] = ['error', 'warning', 'info'];

export function planAnnotations(
  findings: readonly ReportFinding[],
  changed: ChangedLines | undefined,
  limits: Record<Severity, number> = { error: ANNOTATIONS_PER_LEVEL, warning: ANNOTATIONS_PER_LEVEL, info: ANNOTATIONS_PER_LEVEL },
): AnnotationPlan {
  const annotate: AnnotationPlan['annotate'] = [];
  const omitted: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let onChangedLines = 0;
  for (const severity of order) {
    const ranked = findings
      .filter((f) => f.severity === severity)
      .map((finding) => ({
        finding,
        onChangedLine: changed !== undefined && touchesChangedLines(changed, finding.file, finding.line, finding.endLine),
      }))
      // Stable sort: changed lines first, then by file and line so the choice does not depend on app order.
      .sort(
        (a, b) =>
          Number(b.onChangedLine) - Number(a.onChangedLine) ||
          a.finding.file.localeCompare(b.finding.file) ||
          a.finding.line - b.finding.line ||
          a.finding.column - b.finding.column,
      );
    onChangedLines += ranked.filter((r) => r.onChangedLine).length;
    const limit = Math.max(0, limits[severity]);
    annotate.push(...ranked.slice(0, limit));
    omitted[severity] = Math.max(0, ranked.length - limit);
  }
  return { annotate, omitted, onChangedLines };
}
