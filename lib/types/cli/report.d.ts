import type { Fix, ResourceRef, RuleMeta, SchemaSource, Severity } from '../policies/index.js';
export interface ReportFinding {
    ruleId: string;
    severity: Severity;
    message: string;
    /**
     * Which of the rule's messages this is (`pgwarden rules --format json` lists them) and the values it was rendered
     * with: match on these, not on the wording. Absent for findings about files (yaml-syntax, render-error).
     */
    messageId?: string;
    data?: Readonly<Record<string, string | number>>;
    /** Relative to the current directory, forward slashes. */
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    resource: ResourceRef;
    /** JSON pointer into the rendered object. */
    path: string;
    /** Apps (kustomization dirs / Argo CD apps / Flux Kustomizations / loose files) the finding affects. */
    apps: string[];
    fix?: Fix;
    /** Change rules (`--base`): `base` when the finding is on the base tree's file (the object is removed in this change). */
    side?: 'base' | 'head';
    /**
     * The policy that judged it: the matching document's `metadata.name` and its file (relative to the current
     * directory), or the built-in `recommended` preset with `file: null` (also for yaml-syntax / render-error, which no
     * policy changes). Always set by runLint.
     */
    policy?: FindingPolicy;
}
export interface FindingPolicy {
    name: string;
    file: string | null;
}
export interface LintReport {
    version: 1;
    summary: {
        errors: number;
        warnings: number;
        infos: number;
        apps: number;
        files: number;
        /** Findings the suppressions file hid (not in `findings`, not in the counts above). */
        suppressed?: number;
    };
    /** The policy in force: its file (null: no policy file, the built-in preset) and its documents' names in order. */
    policy?: {
        file: string | null;
        names: string[];
    };
    findings: ReportFinding[];
}
export interface LintOptions {
    /** Paths to lint (dirs or files); default ['.']. Files limit the run to the apps that include them. */
    paths: string[];
    cwd?: string;
    policyFile?: string;
    /**
     * The directory the policy's `files:` globs are matched from; default the policy file's. `lint -` passes the
     * temporary directory that stands in for it.
     */
    policyFilesBase?: string;
    changedSince?: string;
    /** Judge the change from the tree at this git ref to the tree now with the change rules (`--base REF`). */
    base?: string;
    clusterStorageClasses?: string[];
    /** CRDs from `--crds DIR` then the live cluster (`--cluster`), for unknown-field; CRDs in the linted repo come first. */
    crds?: SchemaSource[];
    /** Paths to skip, gitignore globs relative to `cwd` (`--exclude`, repeatable); `.pgwardenignore` is read too. */
    exclude?: string[];
    /** Apply the engine's fixes in the source files (`apply`), or only compute the unified diff (`dry-run`). */
    fix?: 'apply' | 'dry-run';
    /** Suppressions file (ESLint's eslint-suppressions.json model); default `pgwarden-suppressions.json` in cwd. */
    suppressionsFile?: string;
    /** Write every current finding into the suppressions file (adoption on a repo that already has findings). */
    suppressAll?: boolean;
    /** Drop suppression entries that no longer match any finding. */
    pruneSuppressions?: boolean;
    /** `--debug`: one line per phase (time, apps discovered, renders through the kustomize fallback), for stderr. */
    debug?: (line: string) => void;
    /** Called after each app is rendered and after each is checked (done of total steps; the CLI draws it on a TTY). */
    onProgress?: (done: number, total: number) => void;
    /**
     * Keep what was parsed from each file for the next run (src/cli/parse-cache.ts): the cache directory (private to
     * the user) and the build whose parses these are (bin/pgwarden passes its own and the bundle's hash).
     */
    parseCache?: {
        dir: string;
        build: string;
    };
}
/** What `runLint` returns besides the report (stable: the GitHub Action reads it). */
export interface LintResult {
    report: LintReport;
    /** Human-readable notes for stderr: render warnings, unsupported sources, "no Postgres object found", … */
    diagnostics: string[];
    /** App name → repo files (relative to cwd, forward slashes) read to render it. */
    inputsByApp: Record<string, string[]>;
    /** Number of Postgres clusters the engine recognised in all apps (0 ⇒ probably a wrong path). */
    postgresObjects: number;
    /** Rule metadata of every rule that can appear in the report (engine rules + the CLI's own). */
    rules: RuleMeta[];
    /** With `fix`: the unified diff of the edits, and the files written (apply) or that would be written (dry-run). */
    fix?: {
        diff: string;
        files: string[];
        applied: number;
        skipped: string[];
    };
    /** With suppressions: how many findings the suppressions file hid, and entries written/pruned. */
    suppressions?: {
        file: string;
        suppressed: number;
        written?: boolean;
        pruned?: number;
    };
}
