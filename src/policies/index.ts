// Engine entry point: adapters → model → rules → findings. No I/O, no imports from doors.
export type * from './types.js';
export type * from './model.js';
export type { Policy, PolicySet, RuleSetting, PolicyMatch } from './policy.js';
