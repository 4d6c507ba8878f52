export declare class UsageError extends Error {
    name: string;
}
export declare class PolicyFileError extends Error {
    name: string;
}
