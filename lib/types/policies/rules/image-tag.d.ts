export declare const imageTagOptionsSchema: {
    readonly type: "object";
    readonly properties: {
        readonly requireDigest: {
            readonly type: "boolean";
            readonly default: false;
            readonly description: "Require `@sha256:` digests.";
        };
        readonly allowedRegistries: {
            readonly type: "array";
            readonly items: {
                readonly type: "string";
                readonly minLength: 1;
            };
            readonly description: "Registries (globs allowed, e.g. `registry.example.com`, `*.gcr.io`) images may come from.";
        };
        readonly pinned: {
            readonly type: "object";
            readonly additionalProperties: {
                readonly type: "string";
                readonly minLength: 1;
            };
            readonly description: "Repository → the full pinned reference the fix writes, e.g. `postgres: postgres:16.4@sha256:…`.";
        };
        readonly requireExplicit: {
            readonly type: "boolean";
            readonly default: false;
            readonly description: "Warn when the Postgres image is not written in the manifest, so the operator’s default (which changes with operator upgrades) runs.";
        };
        readonly roles: {
            readonly type: "array";
            readonly items: {
                readonly enum: readonly ["postgres", "backup", "pooler", "exporter", "sidecar", "init", "other"];
            };
            readonly description: "Which images to check (default: all).";
        };
    };
    readonly additionalProperties: false;
};
export declare const imageTag: import("../rule.js").Rule;
