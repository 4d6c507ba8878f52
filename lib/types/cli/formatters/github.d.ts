import type { Formatter } from './types.js';
export declare function escapeData(value: string): string;
export declare function escapeProperty(value: string): string;
export declare const github: Formatter;
