// The `--format json` shape (a documented contract, docs/json-format.md) and the in-process lint API that the
// GitHub Action and tests call. OWNER: CLI helper (issue 4).
import type { Fix, ResourceRef, Severity } from '../policies/types.js';

export interface ReportFinding {
  ruleId: string;
  severity: Severity;
  message: string;
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
}

export interface LintReport {
  version: 1;
  summary: { errors: number; warnings: number; infos: number; apps: number; files: number };
  findings: ReportFinding[];
}

export interface LintOptions {
  /** Paths to lint (dirs or files); default ['.']. Files limit the run to the apps that include them. */
  paths: string[];
  cwd?: string;
  policyFile?: string;
  changedSince?: string;
  clusterStorageClasses?: string[];
}
