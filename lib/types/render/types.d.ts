/** Where a value of a rendered object was written, in the file a person edits. Lines and columns are 1-based. */
export interface Origin {
    /** Absolute path of the source file. */
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    /** Index of the YAML document in that file (multi-document streams). */
    docIndex: number;
    /** Path of the node inside that document (keys and sequence indexes), for comment-keeping edits (yaml Document API). */
    yamlPath: (string | number)[];
    /** What set the value: a resource file, a patch, a kustomization field (`images`, `replicas`, `namespace`, …). */
    via: 'resource' | 'patch' | 'kustomization' | 'generator' | 'fallback';
    /**
     * Added (renderer): set when the value was written inside an inline patch (`patch: |` block scalar). Then
     * file/line/column still point at the exact line in the kustomization, `yamlPath` is the path inside the
     * embedded patch document, and `embeddedIn` is the yamlPath of the block scalar in the kustomization document.
     */
    embeddedIn?: (string | number)[];
}
export interface RenderDiagnostic {
    /** `info`: a note (e.g. a patch that targets nothing because what it patched was left out of a partial render). */
    severity: 'error' | 'warning' | 'info';
    /**
     * `render-incomplete`: the app was rendered without what a remote resource, a `helmCharts` entry or a KRM
     * function would have supplied (neither kustomize nor kubectl could build it here); one per app, naming what
     * was skipped and why. The rest of the app is rendered and can be linted.
     */
    code?: 'render-incomplete';
    message: string;
    file?: string;
    line?: number;
    column?: number;
}
export interface RenderResult {
    /** Rendered objects, in kustomize's output order, as plain JSON values. */
    objects: Record<string, unknown>[];
    /**
     * The origin of the value at `pointer` (RFC 6901) in `objects[index]`; for a pointer that does not exist,
     * the origin of its nearest existing parent.
     */
    origin(index: number, pointer: string): Origin | undefined;
    /** Every file read to render this app (for --changed-since and file arguments). Absolute paths. */
    inputs: string[];
    /** Errors make the app's render fail (objects may be partial/empty); warnings (e.g. fallback used) do not. */
    diagnostics: RenderDiagnostic[];
}
export interface RenderOptions {
    /** kustomize's default restrictor is `rootOnly`; Flux builds with `none`. Symlinks are resolved before either. */
    loadRestrictor?: 'rootOnly' | 'none';
    /**
     * The repository: nothing outside it is ever read, whatever the restrictor (a base, a component, a symlink).
     * Default: the nearest ancestor of the rendered dir holding `.git`; none found → kustomize's rules only.
     */
    repoRoot?: string;
    /** Shared parse cache, kept by the CLI for a whole run so bases shared by overlays are parsed once. */
    cache?: unknown;
    /** Extra components to add (Flux `spec.components`). */
    components?: string[];
    /**
     * Allow falling back to `kustomize build` / `kubectl kustomize` for unsupported features (default true). Without
     * the fallback, or when it fails (tool missing, network unreachable), the app is rendered without what those
     * features supply, with a `render-incomplete` warning.
     */
    fallback?: boolean;
}
