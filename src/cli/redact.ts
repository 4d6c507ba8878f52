// Secret values never reach any output. Code frames show source lines, so every line that may hold a Secret's
// value (a Secret's `data` / `stringData`, a kustomization's `secretGenerator`) is masked before printing.
import { isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseAllDocuments } from 'yaml';

const MASK = '<redacted>';
const SENSITIVE = /pass(word|wd)?|secret|token|api_?key|credential|private_?key/i;

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
  // Credentials written in clear outside Secrets (an env `value:` of a *PASSWORD* variable, a `password:` key)
  // are masked too: they are Secret values in all but name.
  const visit = (node: unknown, depth: number): void => {
    if (depth > 64) return;
    if (isMap(node)) {
      const name = node.get('name');
      const envLike = typeof name === 'string' && SENSITIVE.test(name);
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        const value = pair.value as Node | null;
        if (isScalar(value) && (SENSITIVE.test(key) || (envLike && key === 'value'))) markRange(value);
        else visit(value, depth + 1);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) visit(item, depth + 1);
    }
  };
  for (const doc of docs) {
    const root = doc.contents;
    visit(root, 0);
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
