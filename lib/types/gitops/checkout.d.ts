/** The checkout root holding `cwd` (its real path, as git prints it), or undefined outside a checkout. */
export declare function checkoutRoot(cwd: string, env?: NodeJS.ProcessEnv): string | undefined;
