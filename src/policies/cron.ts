// Cron dialects per operator (see ../shared/domain/cron-dialects.md): which strings each operator accepts, and what
// an accepted string really means. The dialect checks (field counts, descriptors, Zalando's CRD regex, robfig's
// field syntax) are ours; the calendar arithmetic (next runs) is cron-parser's, fed a seconds-first 6-field expression.
import { CronExpressionParser } from 'cron-parser';
import type { CronDialect } from './model.js';

export interface CronReading {
  /** The string as given. */
  schedule: string;
  /** False when the operator (or the Kubernetes CronJob it creates) rejects the string. */
  accepted: boolean;
  /** Why it is rejected, in the operator's terms. */
  error?: string;
  /**
   * Which check rejects it: `schema` = the dialect's shape at admission (Zalando's CRD pattern, field count,
   * descriptors), `parser` = the cron parser (robfig field syntax and ranges), which for an operator that creates a
   * CronJob runs only when the apiserver validates that CronJob.
   */
  stage?: 'schema' | 'parser';
  /**
   * Accepted, but the operator reads it differently from the usual 5-field crontab meaning its author most likely had
   * in mind (CNPG reading a 5-field string seconds-first).
   */
  misread?: { intended: string; suggestion: string };
  /** Seconds-first 6-field expression with the operator's reading, for cron-parser; undefined for `@every`. */
  expression?: string;
  /** `@every <duration>`: the fixed interval in ms. */
  everyMs?: number;
  /** IANA zone from a `CRON_TZ=`/`TZ=` prefix the dialect accepts. */
  timeZone?: string;
  /** Accepted but matches no date (e.g. `0 0 31 2 *`). */
  neverRuns?: boolean;
}

const descriptors: Record<string, string> = {
  '@yearly': '0 0 0 1 1 *',
  '@annually': '0 0 0 1 1 *',
  '@monthly': '0 0 0 1 * *',
  '@weekly': '0 0 0 * * 0',
  '@daily': '0 0 0 * * *',
  '@midnight': '0 0 0 * * *',
  '@hourly': '0 0 * * * *',
};

/** zalando/postgres-operator@v2.0.1 pkg/apis/acid.zalan.do/v1/postgresql_type.go L114 (and the OperatorConfiguration CRD). */
const zalandoPattern = /^(\d+|\*)(\/\d+)?(\s+(\d+|\*)(\/\d+)?){4}$/;

const fieldNames = ['second', 'minute', 'hour', 'day of month', 'month', 'day of week'] as const;
/** robfig/cron field bounds (`robfig/cron@v3.0.1:spec.go` seconds…dow; identical in v1.2.0). */
const fieldBounds: readonly [number, number][] = [
  [0, 59],
  [0, 59],
  [0, 23],
  [1, 31],
  [1, 12],
  [0, 6],
];
const monthNames = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)$/i;
const dowNames = /^(sun|mon|tue|wed|thu|fri|sat)$/i;

/**
 * Go's time.ParseDuration subset that `@every` takes (h, m, s, ms, us, ns; fractions allowed). Microseconds are also
 * written with U+00B5 (micro sign) or U+03BC (Greek mu), as Go's unitMap has them (src/time/format.go); written as
 * escapes here so the CLI bundle stays ASCII (a single non-ASCII character makes V8 hold its megabyte of source as a
 * two-byte string: reading it cost every start 1.5 ms instead of 0.2).
 */
export function parseGoDuration(text: string): number | undefined {
  const match = /^((\d+(\.\d+)?)(h|ms|m|s|us|\u00b5s|\u03bcs|ns))+$/.exec(text);
  if (!match) return undefined;
  const unitMs: Record<string, number> = { h: 3_600_000, m: 60_000, s: 1000, ms: 1, us: 0.001, '\u00b5s': 0.001, '\u03bcs': 0.001, ns: 0.000001 };
  let total = 0;
  for (const part of text.matchAll(/(\d+(?:\.\d+)?)(h|ms|m|s|us|\u00b5s|\u03bcs|ns)/g)) {
    total += Number(part[1]) * (unitMs[part[2] ?? ''] ?? 0);
  }
  return total;
}

/** `7d`, `12h`, `2w`, `30m` (policy options) → ms. */
export function parseInterval(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*(w|d|h|m)$/.exec(text.trim());
  if (!match) return undefined;
  return Number(match[1]) * (INTERVAL_UNITS[match[2] ?? ''] ?? 0);
}

const INTERVAL_UNITS: Readonly<Record<string, number>> = { w: 604_800_000, d: 86_400_000, h: 3_600_000, m: 60_000 };

export function formatInterval(ms: number): string {
  if (!Number.isFinite(ms)) return 'never';
  const day = 86_400_000;
  if (ms % day === 0) return `${ms / day}d`;
  if (ms >= 2 * day) return `${(ms / day).toFixed(1)}d`;
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000}h`;
  if (ms % 60_000 === 0) return `${ms / 60_000}min`;
  return `${ms / 1000}s`;
}

/** robfig/cron field syntax: `*`, `?`, `a`, `a-b`, lists, `/n` steps, month/day names; no `L`, `W`, `#`, `H`. */
function robfigFieldError(field: string, index: number): string | undefined {
  const name = fieldNames[index] ?? 'field';
  for (const part of field.split(',')) {
    const [range = '', step, extra] = part.split('/');
    if (extra !== undefined) return `too many slashes in ${name} \`${field}\``;
    if (step !== undefined && !/^\d+$/.test(step)) return `invalid step \`${step}\` in ${name}`;
    if (step !== undefined && Number(step) === 0) return `step of 0 in ${name} \`${field}\``;
    if (range === '*' || range === '?') continue;
    const bounds = range.split('-');
    if (bounds.length > 2) return `too many hyphens in ${name} \`${field}\``;
    for (const bound of bounds) {
      if (/^\d+$/.test(bound)) {
        if (index === 5 && Number(bound) > 6) return `day of week ${bound} is above the maximum 6 (Sunday is 0)`;
        const [low, high] = fieldBounds[index] ?? [0, 59];
        // robfig getRange: "beginning of range (%d) below minimum (%d)" / "end of range (%d) above maximum (%d)".
        if (Number(bound) > high) return `${name} ${bound} is above the maximum ${high}`;
        if (Number(bound) < low) return `${name} ${bound} is below the minimum ${low}`;
        continue;
      }
      if (index === 4 && monthNames.test(bound)) continue;
      if (index === 5 && dowNames.test(bound)) continue;
      return `\`${bound}\` is not valid in ${name} (no L, W, # or H in this operator's cron)`;
    }
  }
  return undefined;
}

function withCalendar(reading: CronReading): CronReading {
  if (!reading.accepted || !reading.expression) return reading;
  try {
    CronExpressionParser.parse(reading.expression, { tz: 'UTC', currentDate: new Date(Date.UTC(2026, 0, 1)) }).next();
    return reading;
  } catch (err) {
    const text = err instanceof Error ? err.message : String(err);
    // robfig accepts a day that exists in no month (31 Feb); it simply never fires.
    if (/day of month/i.test(text)) return { ...reading, neverRuns: true };
    return { ...reading, accepted: false, error: text };
  }
}

function rejected(schedule: string, error: string, stage: 'schema' | 'parser' = 'parser'): CronReading {
  return { schedule, accepted: false, error, stage };
}

// readSchedule is pure and cron-parser (with luxon) is most of the engine's cost: the webhook sees the same few
// schedules on every admission, so readings are kept, bounded like gapCache.
// One map per dialect, keyed by the schedule as written: no key string to build per look-up.
const readingCache = new Map<CronDialect, Map<string, CronReading>>();

/** How `dialect`'s operator reads `schedule`. Never throws. */
export function readSchedule(schedule: string, dialect: CronDialect): CronReading {
  let readings = readingCache.get(dialect);
  if (readings === undefined) {
    readings = new Map();
    readingCache.set(dialect, readings);
  }
  const cached = readings.get(schedule);
  if (cached !== undefined) return cached;
  const reading = Object.freeze(readScheduleUncached(schedule, dialect));
  if (readings.size > 1000) readings.clear();
  readings.set(schedule, reading);
  return reading;
}

function readScheduleUncached(schedule: string, dialect: CronDialect): CronReading {
  let text = schedule.trim();
  if (text === '') return rejected(schedule, 'the schedule is empty');
  let timeZone: string | undefined;
  const tzPrefix = /^(CRON_TZ|TZ)=(\S+)\s+/.exec(text);
  if (tzPrefix) {
    if (dialect === 'kubernetes') {
      return rejected(schedule, 'Kubernetes rejects `TZ`/`CRON_TZ` in a CronJob schedule ("use timeZone field instead")');
    }
    if (dialect === 'zalando') return rejected(schedule, 'the CRD pattern allows only 5 fields of numbers or `*` with `/n`', 'schema');
    if (dialect === 'cnpg') return rejected(schedule, 'CloudNativePG (robfig/cron v1) has no `TZ=`/`CRON_TZ=` prefix');
    timeZone = tzPrefix[2];
    text = text.slice(tzPrefix[0].length);
  }

  if (text.startsWith('@')) {
    if (dialect === 'pgo-v4') return rejected(schedule, 'the pgo-scheduler parser does not accept descriptors', 'schema');
    if (dialect === 'zalando') return rejected(schedule, 'the CRD pattern allows no descriptors, only 5 numeric fields', 'schema');
    const every = /^@every\s+(\S+)$/.exec(text);
    if (every) {
      const ms = parseGoDuration(every[1] ?? '');
      if (ms === undefined || ms < 1000) return rejected(schedule, `\`${every[1]}\` is not a duration of at least 1s`);
      return { schedule, accepted: true, everyMs: ms, ...(timeZone ? { timeZone } : {}) };
    }
    const expression = descriptors[text.toLowerCase()];
    if (!expression) return rejected(schedule, `unrecognized descriptor \`${text}\``);
    return { schedule, accepted: true, expression, ...(timeZone ? { timeZone } : {}) };
  }

  const fields = text.split(/\s+/);
  if (dialect === 'zalando' && !zalandoPattern.test(text)) {
    return rejected(
      schedule,
      'the pattern allows exactly 5 fields, each a number or `*` with an optional `/n` (no ranges, lists, names or descriptors)',
      'schema',
    );
  }
  let sixFields: string[];
  let misread: CronReading['misread'];
  if (dialect === 'cnpg') {
    if (fields.length === 6) sixFields = fields;
    else if (fields.length === 5) {
      // robfig v1 DowOptional: the 5 fields are second..month, day of week is `*`.
      sixFields = [...fields, '*'];
      misread = { intended: text, suggestion: `0 ${text}` };
    } else return rejected(schedule, `expected 6 fields (seconds first), found ${fields.length}`, 'schema');
  } else {
    // For a Kubernetes CronJob the field count is the parser's check (robfig v3 ParseStandard), not an admission schema's.
    if (fields.length !== 5) return rejected(schedule, `expected exactly 5 fields, found ${fields.length}`, dialect === 'kubernetes' ? 'parser' : 'schema');
    sixFields = ['0', ...fields];
  }
  for (const [index, field] of sixFields.entries()) {
    const error = robfigFieldError(field, index);
    if (error) return rejected(schedule, error);
  }
  return withCalendar({
    schedule,
    accepted: true,
    expression: sixFields.join(' '),
    ...(misread ? { misread } : {}),
    ...(timeZone ? { timeZone } : {}),
  });
}

/** The next `count` runs after `from` (UTC unless the schedule names a zone). */
export function nextRuns(reading: CronReading, from: Date, count: number): Date[] {
  if (!reading.accepted || reading.neverRuns) return [];
  if (reading.everyMs !== undefined) {
    const every = reading.everyMs;
    return Array.from({ length: count }, (_, i) => new Date(from.getTime() + every * (i + 1)));
  }
  if (!reading.expression) return [];
  const runs: Date[] = [];
  try {
    const iterator = CronExpressionParser.parse(reading.expression, { currentDate: from, tz: reading.timeZone ?? 'UTC' });
    for (let i = 0; i < count; i++) runs.push(iterator.next().toDate());
  } catch {
    // An impossible date or a loop limit: the runs found so far are all there are.
  }
  return runs;
}

/** A fixed start so findings do not depend on when the linter runs. */
export const referenceDate = new Date(Date.UTC(2026, 0, 1));
// Two years, so that a yearly schedule runs twice; frequent schedules stop at the run cap, by which point their
// pattern (including monthly or weekly pauses) has repeated.
const horizonMs = 800 * 86_400_000;
const maxRunsPerSchedule = 1500;
const gapCache = new Map<string, number>();

const DAY_MS = 86_400_000;

/**
 * How often the schedule's pattern repeats exactly, when that is a day or a week: in UTC (no zone, so no DST), with
 * day-of-month and month unrestricted and a plain day-of-week field (no `L` or `#`), the runs of one period shifted by
 * whole periods are all the runs. Undefined for anything else (monthly, yearly, zoned, `L`/`W`/`#`).
 */
function repeatPeriodMs(reading: CronReading): number | undefined {
  if (reading.timeZone || !reading.expression) return undefined;
  const fields = reading.expression.trim().split(/\s+/);
  if (fields.length !== 6) return undefined;
  const [, , , dayOfMonth, month, dayOfWeek] = fields as [string, string, string, string, string, string];
  const any = (field: string) => field === '*' || field === '?';
  if (!any(dayOfMonth) || !any(month)) return undefined;
  if (any(dayOfWeek)) return DAY_MS;
  return /^[\dA-Za-z*,\-/]+$/.test(dayOfWeek) && !/[lL#]/.test(dayOfWeek) ? 7 * DAY_MS : undefined;
}

/** The runs in (from, end], at most maxRunsPerSchedule, from cron-parser (each `next()` costs tens of µs in luxon). */
function iterate(reading: CronReading, from: number, end: number, times: number[]): void {
  try {
    const iterator = CronExpressionParser.parse(reading.expression ?? '', {
      currentDate: new Date(from),
      endDate: new Date(end),
      tz: reading.timeZone ?? 'UTC',
    });
    // next() throws past endDate; hasNext() would compute every run twice.
    while (times.length < maxRunsPerSchedule) times.push(iterator.next().getTime());
  } catch {
    // Loop limit or end of range: keep the runs found.
  }
}

function runTimes(reading: CronReading, from: Date, end: number): number[] {
  const times: number[] = [];
  if (!reading.accepted || reading.neverRuns) return times;
  if (reading.everyMs !== undefined) {
    const step = Math.max(reading.everyMs, 1000);
    for (let t = from.getTime() + step, n = 0; t <= end && n < maxRunsPerSchedule; t += step, n++) times.push(t);
    return times;
  }
  if (!reading.expression) return times;
  const period = repeatPeriodMs(reading);
  if (period === undefined) {
    iterate(reading, from.getTime(), end, times);
    return times;
  }
  // One period from the parser, the rest by shifting it: the same runs as iterating to the end, for a fraction.
  // (from, from + period], whether or not the parser counts a run exactly at its endDate.
  const periodEnd = from.getTime() + period;
  const first: number[] = [];
  iterate(reading, from.getTime(), periodEnd + 1, first);
  while (first.length > 0 && (first.at(-1) ?? 0) > periodEnd) first.pop();
  if (first.length === 0) return times;
  for (let shift = 0; times.length < maxRunsPerSchedule; shift += period) {
    for (const t of first) {
      const run = t + shift;
      if (run > end || times.length >= maxRunsPerSchedule) return times;
      times.push(run);
    }
  }
  return times;
}

/** What longestGapMs's memo tells readings apart by. */
function gapKey(r: CronReading): string {
  return `${r.accepted}:${r.neverRuns ?? ''}:${r.expression ?? ''}:${r.everyMs ?? ''}:${r.timeZone ?? ''}`;
}

/**
 * The longest time between two consecutive runs of any of `readings` (their runs merged): how long a cluster can go
 * without one of these backups. Infinity when they run fewer than twice in two years. Memoised: the same schedules
 * recur across clusters and admission requests.
 */
export function longestGapMs(readings: readonly CronReading[], from: Date = referenceDate): number {
  // The usual question: one schedule (a cached, frozen reading) from the reference date. Answered per reading object,
  // which lives in readingCache (never anything of a review).
  const single = readings.length === 1 && from === referenceDate ? readings[0]! : undefined;
  if (single !== undefined) {
    const known = singleGaps.get(single);
    if (known !== undefined) return known;
  }
  const gap = longestGapKeyed(readings, from);
  if (single !== undefined && Object.isFrozen(single)) singleGaps.set(single, gap);
  return gap;
}

const singleGaps = new WeakMap<CronReading, number>();

function longestGapKeyed(readings: readonly CronReading[], from: Date): number {
  const key = `${from.getTime()}|${readings.length === 1 ? gapKey(readings[0]!) : readings.map(gapKey).sort().join('|')}`;
  const cached = gapCache.get(key);
  if (cached !== undefined) return cached;
  const end = from.getTime() + horizonMs;
  const perSchedule = readings.map((reading) => runTimes(reading, from, end));
  // Merged runs only count up to the earliest point where a capped schedule stopped, or a gap would appear there.
  const cutoff = Math.min(end, ...perSchedule.filter((t) => t.length >= maxRunsPerSchedule).map((t) => t[t.length - 1] ?? end));
  const times = perSchedule.flat().filter((t) => t <= cutoff);
  let longest = Number.POSITIVE_INFINITY;
  if (times.length >= 2) {
    times.sort((a, b) => a - b);
    longest = 0;
    for (let i = 1; i < times.length; i++) longest = Math.max(longest, (times[i] ?? 0) - (times[i - 1] ?? 0));
  }
  if (gapCache.size > 1000) gapCache.clear();
  gapCache.set(key, longest);
  return longest;
}

/** "every 1h (02:00, 03:00 … UTC)" — what the operator will actually do, for messages. */
export function describeRuns(reading: CronReading, from: Date = referenceDate): string {
  if (reading.neverRuns) return 'never (no date matches)';
  const runs = nextRuns(reading, from, 3);
  if (runs.length === 0) return 'never';
  const gap = longestGapMs([reading], from);
  const times = runs.map((d) => d.toISOString().slice(5, 16).replace('T', ' ')).join(', ');
  return `at most every ${formatInterval(gap)} (first runs ${times}${reading.timeZone ? ` ${reading.timeZone}` : ' in the operator’s local time'})`;
}
