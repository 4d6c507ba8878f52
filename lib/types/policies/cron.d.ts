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
    misread?: {
        intended: string;
        suggestion: string;
    };
    /** Seconds-first 6-field expression with the operator's reading, for cron-parser; undefined for `@every`. */
    expression?: string;
    /** `@every <duration>`: the fixed interval in ms. */
    everyMs?: number;
    /** IANA zone from a `CRON_TZ=`/`TZ=` prefix the dialect accepts. */
    timeZone?: string;
    /** Accepted but matches no date (e.g. `0 0 31 2 *`). */
    neverRuns?: boolean;
}
/**
 * Go's time.ParseDuration subset that `@every` takes (h, m, s, ms, us, ns; fractions allowed). Microseconds are also
 * written with U+00B5 (micro sign) or U+03BC (Greek mu), as Go's unitMap has them (src/time/format.go); written as
 * escapes here so the CLI bundle stays ASCII (a single non-ASCII character makes V8 hold its megabyte of source as a
 * two-byte string: reading it cost every start 1.5 ms instead of 0.2).
 */
export declare function parseGoDuration(text: string): number | undefined;
/** `7d`, `12h`, `2w`, `30m` (policy options) → ms. */
export declare function parseInterval(text: string): number | undefined;
export declare function formatInterval(ms: number): string;
/** How `dialect`'s operator reads `schedule`. Never throws. */
export declare function readSchedule(schedule: string, dialect: CronDialect): CronReading;
/** The next `count` runs after `from` (UTC unless the schedule names a zone). */
export declare function nextRuns(reading: CronReading, from: Date, count: number): Date[];
/** A fixed start so findings do not depend on when the linter runs. */
export declare const referenceDate: Date;
/**
 * The longest time between two consecutive runs of any of `readings` (their runs merged): how long a cluster can go
 * without one of these backups. Infinity when they run fewer than twice in two years. Memoised: the same schedules
 * recur across clusters and admission requests.
 */
export declare function longestGapMs(readings: readonly CronReading[], from?: Date): number;
/** "every 1h (02:00, 03:00 … UTC)" — what the operator will actually do, for messages. */
export declare function describeRuns(reading: CronReading, from?: Date): string;
