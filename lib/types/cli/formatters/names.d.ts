export declare const FORMATS: readonly ["stylish", "json", "sarif", "junit", "github"];
export type FormatName = (typeof FORMATS)[number];
export declare function isFormatName(name: string): name is FormatName;
