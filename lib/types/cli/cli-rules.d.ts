import type { RuleMeta } from '../policies/index.js';
export declare const CLI_RULES: RuleMeta[];
