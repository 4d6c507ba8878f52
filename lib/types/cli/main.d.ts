export interface Io {
    /** The whole of stdin, for `lint -` (default: process.stdin, bounded). */
    readStdin?: () => Promise<string>;
    stdout: (text: string) => void;
    stderr: (text: string) => void;
    stdoutIsTTY: boolean;
    stderrIsTTY: boolean;
    cwd: string;
    env: NodeJS.ProcessEnv;
}
export declare function version(): string;
export declare function main(argv: string[], io?: Io): Promise<number>;
