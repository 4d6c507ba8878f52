export declare function gitTopLevel(cwd: string): string | undefined;
