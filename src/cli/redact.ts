// Secret values never reach any output. Code frames show source lines, so every line that may hold a Secret's
// value (a Secret's `data` / `stringData`, a kustomization's `secretGenerator`) is masked before printing.
import { isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseAllDocuments } from 'yaml';

const MASK = '<redacted>';

/** 1-based line numbers whose values must be masked in this YAML text. */
export function secretLines(text: string): Set<number> {
  const lines = new Set<number>();
  const counter = new LineCounter();
  let docs: ReturnType<typeof parseAllDocuments>;
  try {
    docs = parseAllDocuments(text, { lineCounter: counter, uniqueKeys: false });
  } catch {
    return lines;
  }
  if (!Array.isArray(docs)) return lines;
  const markRange = (node: Node | null | undefined) => {
    const range = node?.range;
    if (!range) return;
    const start = counter.linePos(range[0]).line;
    const end = counter.linePos(Math.max(range[0], range[1] - 1)).line;
    for (let l = start; l <= end; l++) lines.add(l);
  };
  for (const doc of docs) {
    const root = doc.contents;
    if (!isMap(root)) continue;
    const kind = root.get('kind');
    for (const pair of root.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      const value = pair.value as Node | null;
      if (kind === 'Secret' && (key === 'data' || key === 'stringData')) markRange(value);
      if (key === 'secretGenerator' && isSeq(value)) markRange(value);
    }
  }
  return lines;
}

/** Mask the value part of a line (`key: value` keeps `key:`; a bare continuation line keeps its indent). */
export function maskLine(line: string): string {
  const keyValue = /^(\s*(?:-\s+)?[^\s:#][^:#]*:)(\s*)(\S.*)$/.exec(line);
  if (keyValue) return `${keyValue[1]}${keyValue[2] || ' '}${MASK}`;
  const indent = /^\s*(?:-\s+)?/.exec(line)?.[0] ?? '';
  return line.trim() === '' ? line : `${indent}${MASK}`;
}
