// Every log line is bounded: a hostile body controls names, uids and (through the engine) finding messages, and a
// log pipeline that receives a 3 MB line drops it or worse. Strings are cut, lists are cut and counted.

/** Longest string value in a log line. */
export const LOG_TEXT_MAX = 300;
/** Most items of a list in a log line. */
export const LOG_LIST_MAX = 20;

export function boundedText(text: string, max = LOG_TEXT_MAX): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** At most `max` items, each bounded, and a last item saying how many were left out. */
export function boundedList(items: readonly string[], max = LOG_LIST_MAX, itemMax = LOG_TEXT_MAX): string[] {
  const shown = items.slice(0, max).map((item) => boundedText(item, itemMax));
  if (items.length > max) shown.push(`(${items.length - max} more)`);
  return shown;
}

/** `image-tag:error` ×3 → {"image-tag:error": 3}: the rules that fired and how often, in a bounded object. */
export function ruleCounts(findings: readonly { ruleId: string; severity: string }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of findings) {
    const key = `${f.ruleId}:${f.severity}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}
