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
/**
 * Run once by bin/pgwarden before it writes its code cache: the parsers, on a sample, so the cache holds them even
 * when the run's parses all came from the parse cache (warm.ts).
 */
export declare function warmCodeCache(): Promise<void>;
/** What bin/pgwarden hands the CLI besides the arguments. */
export interface Launch {
    /** Its per-user cache directory and the bundle's hash: where `lint` keeps its parse cache (parse-cache.ts). */
    parseCache?: {
        dir: string;
        build: string;
    };
}
export declare function main(argv: string[], io?: Io, launch?: Launch): Promise<number>;
