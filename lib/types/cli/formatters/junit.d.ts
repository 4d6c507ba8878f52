import type { Formatter } from './types.js';
export declare function xmlEscape(text: string): string;
export declare const junit: Formatter;
