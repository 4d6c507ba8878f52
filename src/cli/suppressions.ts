// Bulk suppressions for adopting pgwarden on a repo that already has findings, modelled on ESLint's
// eslint-suppressions.json: `{ "<file>": { "<rule-id>": { "count": N } } }`, files relative to the directory of
// the suppressions file. While a file has at most N findings of a rule they are hidden; with more, all of them
// are reported (something new appeared). `--suppress-all` records the current findings; `--prune-suppressions`
// lowers or drops entries that no longer occur.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { UsageError } from './errors.js';
import { toPosix } from './formatters/paths.js';
import type { ReportFinding } from './report.js';

export const DEFAULT_SUPPRESSIONS_FILE = 'pgwarden-suppressions.json';

export type Suppressions = Record<string, Record<string, { count: number }>>;

export function readSuppressions(path: string): Suppressions {
  if (!existsSync(path)) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`${path}: not a valid suppressions file (${(error as Error).message})`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new UsageError(`${path}: expected an object of files`);
  const out: Suppressions = {};
  for (const [file, rules] of Object.entries(parsed as Record<string, unknown>)) {
    if (typeof rules !== 'object' || rules === null) throw new UsageError(`${path}: "${file}" must map rule ids to {count}`);
    for (const [rule, entry] of Object.entries(rules as Record<string, unknown>)) {
      const count = (entry as { count?: unknown } | null)?.count;
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) {
        throw new UsageError(`${path}: "${file}" → "${rule}".count must be a non-negative integer`);
      }
      out[file] ??= {};
      out[file][rule] = { count };
    }
  }
  return out;
}

function keyOf(finding: ReportFinding, cwd: string, base: string): string {
  return toPosix(relative(base, resolve(cwd, finding.file)));
}

function countByFileRule(findings: ReportFinding[], cwd: string, base: string): Suppressions {
  const counts: Suppressions = {};
  for (const f of findings) {
    const file = keyOf(f, cwd, base);
    counts[file] ??= {};
    const entry = counts[file][f.ruleId] ?? { count: 0 };
    entry.count++;
    counts[file][f.ruleId] = entry;
  }
  return counts;
}

function sorted(s: Suppressions): Suppressions {
  const out: Suppressions = {};
  for (const file of Object.keys(s).sort()) {
    const rules = s[file] ?? {};
    const inner: Record<string, { count: number }> = {};
    for (const rule of Object.keys(rules).sort()) inner[rule] = rules[rule] ?? { count: 0 };
    out[file] = inner;
  }
  return out;
}

export interface SuppressionOutcome {
  findings: ReportFinding[];
  suppressed: number;
  written: boolean;
  pruned: number;
  /** Entries whose findings are gone (reported as a note so people prune them). */
  unused: number;
}

export function applySuppressions(
  findings: ReportFinding[],
  opts: { path: string; cwd: string; suppressAll?: boolean; prune?: boolean },
): SuppressionOutcome {
  const base = dirname(opts.path);
  const current = countByFileRule(findings, opts.cwd, base);
  let stored = readSuppressions(opts.path);
  let written = false;
  let pruned = 0;
  if (opts.suppressAll) {
    // Keep entries for files this run did not see (a narrower run must not drop them), replace the rest.
    stored = sorted({ ...stored, ...current });
    writeFileSync(opts.path, `${JSON.stringify(stored, null, 2)}\n`);
    written = true;
  } else if (opts.prune) {
    const next: Suppressions = {};
    for (const [file, rules] of Object.entries(stored)) {
      for (const [rule, { count }] of Object.entries(rules)) {
        const now = current[file]?.[rule]?.count ?? 0;
        const keep = Math.min(count, now);
        if (keep < count) pruned++;
        if (keep > 0) {
          next[file] ??= {};
          next[file][rule] = { count: keep };
        }
      }
    }
    stored = sorted(next);
    writeFileSync(opts.path, `${JSON.stringify(stored, null, 2)}\n`);
    written = true;
  }
  let suppressed = 0;
  let unused = 0;
  const kept = findings.filter((f) => {
    const allowed = stored[keyOf(f, opts.cwd, base)]?.[f.ruleId]?.count ?? 0;
    const actual = current[keyOf(f, opts.cwd, base)]?.[f.ruleId]?.count ?? 0;
    if (allowed > 0 && actual <= allowed) {
      suppressed++;
      return false;
    }
    return true;
  });
  for (const [file, rules] of Object.entries(stored)) {
    for (const [rule, { count }] of Object.entries(rules)) if ((current[file]?.[rule]?.count ?? 0) < count) unused++;
  }
  return { findings: kept, suppressed, written, pruned, unused };
}
