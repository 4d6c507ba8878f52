import { describe, expect, it } from 'vitest';
import { CronExpressionParser } from 'cron-parser';
import { longestGapMs, nextRuns, parseGoDuration, parseInterval, readSchedule, referenceDate } from '../src/policies/cron.js';

const day = 86_400_000;

describe('parseGoDuration (@every)', () => {
  // Go's time.ParseDuration unitMap (src/time/format.go): microseconds as us, U+00B5 µs and U+03BC μs.
  it.each([
    ['24h', day],
    ['1h30m', 5_400_000],
    ['1.5s', 1500],
    ['2000us', 2],
    ['2000\u00b5s', 2],
    ['2000\u03bcs', 2],
    ['3000000ns', 3],
  ])('%s is %d ms', (text, ms) => {
    expect(parseGoDuration(text)).toBeCloseTo(ms, 9);
  });

  it.each(['', '24', '1d', 'h', '1h 30m'])('%j is not a duration', (text) => {
    expect(parseGoDuration(text)).toBeUndefined();
  });
});

describe('cron dialects (../shared/domain/cron-dialects.md)', () => {
  it.each([
    ['0 2 * * *', 'kubernetes', true],
    ['@daily', 'kubernetes', true],
    ['0 0 2 * * *', 'kubernetes', false], // 6 fields
    ['TZ=UTC 0 2 * * *', 'kubernetes', false],
    ['0 1 * * 7', 'kubernetes', false], // robfig dow max 6
    ['0 0 L * *', 'kubernetes', false],
    ['*/0 * * * *', 'kubernetes', false],
    ['0 1 * * MON-FRI', 'kubernetes', true],
    ['@daily', 'pgo-v4', false],
    ['CRON_TZ=Europe/Berlin 0 1 * * *', 'pgo-v4', true],
    ['30 00 * * *', 'zalando', true],
    ['0 */6 * * *', 'zalando', true],
    ['0 2 * * 1-5', 'zalando', false],
    ['0 2 * * 1,3', 'zalando', false],
    ['0 0 0 * * *', 'cnpg', true],
    ['0 0 2 * * 1-5', 'cnpg', true],
    ['0 2 * * *', 'cnpg', true], // accepted, misread
    ['0 0 0 * * * *', 'cnpg', false],
    ['TZ=UTC 0 0 0 * * *', 'cnpg', false],
    ['@every 24h', 'cnpg', true],
    ['', 'kubernetes', false],
  ] as const)('%s in %s: accepted=%s', (schedule, dialect, accepted) => {
    expect(readSchedule(schedule, dialect).accepted).toBe(accepted);
  });

  it('CNPG reads a 5-field string seconds first: minute 2 of every hour', () => {
    const reading = readSchedule('0 2 * * *', 'cnpg');
    expect(reading.misread?.suggestion).toBe('0 0 2 * * *');
    const runs = nextRuns(reading, referenceDate, 3).map((d) => d.toISOString());
    expect(runs).toEqual(['2026-01-01T00:02:00.000Z', '2026-01-01T01:02:00.000Z', '2026-01-01T02:02:00.000Z']);
    expect(longestGapMs([reading])).toBe(3_600_000);
  });

  it('the same string in the Kubernetes dialect is daily at 02:00', () => {
    expect(longestGapMs([readSchedule('0 2 * * *', 'kubernetes')])).toBe(day);
  });

  it('day of month and day of week both restricted match either (Vixie OR)', () => {
    const reading = readSchedule('0 0 1 * 1', 'kubernetes');
    expect(longestGapMs([reading])).toBeLessThanOrEqual(7 * day);
  });

  it('merges several schedules and measures the longest gap', () => {
    const weekly = readSchedule('0 1 * * 0', 'kubernetes');
    const wednesday = readSchedule('0 1 * * 3', 'kubernetes');
    expect(longestGapMs([weekly])).toBe(7 * day);
    expect(longestGapMs([weekly, wednesday])).toBe(4 * day);
  });

  it('an impossible date is accepted but never runs', () => {
    const reading = readSchedule('0 0 31 2 *', 'kubernetes');
    expect(reading.accepted).toBe(true);
    expect(reading.neverRuns).toBe(true);
    expect(longestGapMs([reading])).toBe(Number.POSITIVE_INFINITY);
  });

  it('parses policy intervals', () => {
    expect(parseInterval('7d')).toBe(7 * day);
    expect(parseInterval('36h')).toBe(36 * 3_600_000);
    expect(parseInterval('2w')).toBe(14 * day);
    expect(parseInterval('soon')).toBeUndefined();
  });
});

describe('gaps over long and short schedules', () => {
  it('a yearly backup is a 365-day gap, not "never"', () => {
    expect(longestGapMs([readSchedule('@yearly', 'kubernetes')])).toBe(365 * day);
  });

  it('every minute on the 1st of the month still shows the month-long pause', () => {
    expect(longestGapMs([readSchedule('* * 1 * *', 'kubernetes')])).toBeGreaterThan(27 * day);
  });

  it('a frequent schedule merged with a rare one does not invent a gap where the frequent one was cut off', () => {
    const often = readSchedule('*/5 * * * *', 'kubernetes');
    const monthly = readSchedule('0 0 1 * *', 'kubernetes');
    expect(longestGapMs([often, monthly])).toBe(5 * 60_000);
  });
});

describe('daily and weekly patterns are expanded one period at a time', () => {
  // What iterating the parser over the whole horizon gives (the way longestGapMs worked before the shortcut).
  function bruteForceGap(expression: string): number {
    const iterator = CronExpressionParser.parse(expression, { currentDate: referenceDate, endDate: new Date(referenceDate.getTime() + 60 * 86_400_000), tz: 'UTC' });
    const times: number[] = [];
    try {
      while (times.length < 1500) times.push(iterator.next().getTime());
    } catch {}
    let longest = 0;
    for (let i = 1; i < times.length; i++) longest = Math.max(longest, times[i]! - times[i - 1]!);
    return longest;
  }

  it.each([
    '0 0 2 * * *',
    '0 0 * * * *',
    '0 */5 * * * *',
    '0 0 0 * * *',
    '0 30 1 * * 0',
    '0 0 2 * * 1-5',
    '0 0 2,14 * * MON,THU',
    '*/20 * * * * *',
    '0 0 0 ? * SAT',
    '0 15 3 * * 6/2',
  ])('%s: the same longest gap as iterating every run', (expression) => {
    const reading = readSchedule(expression, 'cnpg');
    expect(reading.accepted).toBe(true);
    expect(longestGapMs([reading])).toBe(bruteForceGap(expression));
  });

  it('merged with a monthly schedule (no shortcut), the gaps still meet', () => {
    const weekly = readSchedule('0 0 2 * * 0', 'cnpg');
    const monthly = readSchedule('0 0 3 15 * *', 'cnpg');
    expect(longestGapMs([weekly, monthly])).toBe(7 * 86_400_000);
  });
});
