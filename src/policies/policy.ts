// Policy: `apiVersion: pgwarden.io/v1alpha1`, `kind: PostgresPolicy`. Parsing and validation (ajv) live here;
// reading the file is the door's job. OWNER: rules helper (issue 2 §3). This stub fixes the shape.
import type { SeveritySetting } from './types.js';

export interface RuleSetting {
  severity?: SeveritySetting;
  /** Webhook only: apply this rule's safe fixes as a mutation. */
  mutate?: boolean;
  options?: Record<string, unknown>;
  [option: string]: unknown;
}

export interface PolicyMatch {
  namespaces?: string[];
  labels?: Record<string, string>;
  files?: string[];
}

export interface Policy {
  name: string;
  /** Where it was read from, for messages (`file:line`). */
  source?: string;
  mode: 'enforce' | 'audit';
  match?: PolicyMatch;
  rules: Record<string, RuleSetting>;
}

/** Ordered: the first policy whose `match` matches an object applies to it; `recommended` when none does. */
export interface PolicySet {
  policies: Policy[];
}
