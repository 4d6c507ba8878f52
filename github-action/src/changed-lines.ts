// Which lines of which files a pull request changed, from `git diff --unified=0` (new-side line numbers).
// Annotations on these lines are the ones a reviewer sees inline in "Files changed".

/** Repo-relative path (forward slashes) → sorted, non-overlapping inclusive [start, end] ranges of new-side lines. */
export type ChangedLines = Map<string, [number, number][]>;

/** Undo git's C-style quoting of unusual paths (`"a/caf\303\251.yaml"`): octal bytes and \t \n \" \\. */
function unquoteGitPath(raw: string): string {
  if (!raw.startsWith('"') || !raw.endsWith('"')) return raw;
  const bytes: number[] = [];
  const body = raw.slice(1, -1);
  const simple: Record<string, number> = { n: 10, t: 9, '"': 34, '\\': 92, a: 7, b: 8, f: 12, r: 13, v: 11 };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch !== '\\') {
      bytes.push(...Buffer.from(ch, 'utf8'));
      continue;
    }
    const next = body[i + 1] ?? '';
    const octal = /^[0-7]{3}/.exec(body.slice(i + 1));
    if (octal) {
      bytes.push(Number.parseInt(octal[0], 8));
      i += 3;
    } else {
      bytes.push(simple[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/**
 * Parses `git diff --unified=0` output. Only `+++` targets and `@@` hunk headers matter: with zero context every
 * hunk's new side is exactly the added/modified lines. Deleted files (`+++ /dev/null`) and pure deletions
 * (`+c,0`) add nothing: there is no new line to annotate.
 */
export function parseUnifiedDiff(diff: string): ChangedLines {
  const changed: ChangedLines = new Map();
  let current: string | undefined;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const target = unquoteGitPath(line.slice(4).replace(/\t.*$/, ''));
      current = target === '/dev/null' ? undefined : target.replace(/^"?b\//, '');
      if (current !== undefined && !changed.has(current)) changed.set(current, []);
      continue;
    }
    if (line.startsWith('diff --git ')) {
      current = undefined;
      continue;
    }
    if (current === undefined || !line.startsWith('@@')) continue;
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (!hunk) continue;
    const start = Number(hunk[1]);
    const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
    if (count > 0) changed.get(current)!.push([start, start + count - 1]);
  }
  for (const ranges of changed.values()) ranges.sort((a, b) => a[0] - b[0]);
  return changed;
}

/** Whether any line in [line, endLine] of `file` was changed. */
export function touchesChangedLines(changed: ChangedLines, file: string, line: number, endLine = line): boolean {
  const ranges = changed.get(file);
  if (!ranges) return false;
  return ranges.some(([start, end]) => start <= endLine && line <= end);
}
