import type { ChangeRule } from '../change-rule.js';
export declare const changeRules: readonly ChangeRule[];
