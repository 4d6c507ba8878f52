import { type RenderCache } from './cache.js';
import { RenderError } from './errors.js';
import type { RenderDiagnostic } from './types.js';
import { type PathRestrictor, type Resolved } from './restrictor.js';
import { type TransformerConfig } from './fieldspecs.js';
import { type Prov } from './pnode.js';
import { type Resource } from './resource.js';
import { type VarDef } from './vars.js';
/** kyaml filesys.InsertPathPart: `part` becomes the path's pos-th part (an absolute path stays absolute); joined clean. */
export declare function insertPathPart(p: string, pos: number, part: string): string;
export declare const KUSTOMIZATION_FILES: string[];
/** Thrown for a feature this renderer does not implement: the caller falls back to kustomize itself. */
export declare class UnsupportedFeature extends RenderError {
    constructor(message: string, where?: {
        file?: string;
        line?: number;
        column?: number;
    });
}
export interface BuildOptions {
    /** kustomize's load restrictor (rootOnly, or Flux's none) with symlinks resolved and the repository boundary. */
    restrictor: PathRestrictor;
    extraComponents: string[];
    /**
     * Leave out what only kustomize's plugin layer or the network can supply (remote resources, helmCharts, KRM
     * function generators/transformers/validators, openapi) instead of stopping at it; each is recorded in `skipped`.
     */
    skipUnsupported?: boolean;
}
/** Something a partial render left out, where the kustomization names it. */
export interface Skipped {
    what: string;
    file: string;
    line: number;
    column: number;
}
interface Accumulator {
    resources: Resource[];
    vars: VarDef[];
    /** The transformer config: defaults, this kustomization's `configurations`/`crds`, and those it includes. */
    config: TransformerConfig;
}
export declare class Builder {
    private readonly cache;
    private readonly opts;
    readonly inputs: Set<string>;
    /** Non-fatal findings (a patch target that matches nothing: kustomize ignores it, we say so). */
    readonly warnings: RenderDiagnostic[];
    /** What a partial render (skipUnsupported) left out. */
    readonly skipped: Skipped[];
    /** Real roots being loaded (kustomize's referrer chain), for cycle detection. */
    private readonly stack;
    /** The top kustomization's directory, and its `buildMetadata` (kustomize applies the top's to every base). */
    private topDir;
    private tracking;
    constructor(cache: RenderCache, opts: BuildOptions);
    private at;
    findKustomizationFile(dir: string): string | undefined;
    /** Apply the restrictor; a refusal becomes a RenderError at `p` (or naming `file` when there is no line). */
    private restricted;
    private loadKustomization;
    /** Record what a partial render leaves out: each entry of a list field (a chart, a function config), or the field. */
    private skip;
    /**
     * A file a kustomization names, through the load restrictor (symlinks resolved first). Returns the path to
     * read and show; a path that does not exist comes back as the lexical join, for the caller's own message.
     */
    private resolvePath;
    private list;
    /** Build a kustomization directory into a fresh accumulator. */
    buildDir(root: Resolved, from?: Prov, allowComponent?: boolean): Accumulator;
    /** The top-level build: accumulate, then hash generated names, fix name references, resolve vars. */
    buildTop(dir: string): Resource[];
    /**
     * `buildMetadata` on the top kustomization: with `originAnnotations` every object says where it came from, relative
     * to that kustomization (api/resource/origin.go): `path:` of its file, or for a generated object the kustomization
     * that configured it and the built-in generator; with `transformerAnnotations`, which transformers ran over it.
     * What it does not ask for is removed.
     */
    private originAnnotations;
    private addResource;
    /** Append, rejecting an id that is already there (ids are current ones: they change as transformers run). */
    private addResources;
    private accumulate;
    private loadResourceFile;
    private runGenerators;
    /**
     * ValueAddTransformer (builtins/ValueAddTransformer.go, filters/valueadd/valueadd.go, v5.5.0): `value` (by default
     * the kustomization directory's name) written at each target's fieldPath, created as maps where missing; at
     * `metadata/namespace` through the namespace filter; with `filePathPosition` N > 0, inserted as the N-th part of
     * the file path already there.
     */
    private valueAdd;
    /**
     * IAMPolicyGenerator (api/filters/iampolicygenerator/iampolicygenerator.go): for `cloud: gke`, a ServiceAccount
     * bound to a Google service account by the `iam.gke.io/gcp-service-account` annotation.
     */
    private iamPolicyGenerator;
    /** Run kustomize's ConfigMap/Secret generators over `json`'s entries (whose nodes `holder` has) into `acc`. */
    private absorbGenerated;
    private runTransformers;
    private applyReplacementEntries;
    /** A `patches` entry, or a PatchTransformer config: strategic merge or JSON 6902, with an optional target. */
    private applyPatchEntry;
    /**
     * The config objects a `generators:`/`transformers:` list names: an inline YAML config, or a path to a file or
     * to a kustomization directory whose output is the configs (kusttarget.go configureExternalTransformers). Only
     * built-in plugins (`apiVersion: builtin`) are rendered here; anything else (a KRM function, an exec plugin)
     * stops the native build, or is left out of a partial one.
     */
    private pluginConfigs;
    private unsupportedPlugin;
    /** One built-in transformer plugin config, mapped onto the transformer its kustomization field runs. */
    private runTransformerPlugin;
    /**
     * With `buildMetadata: [transformerAnnotations]`, every object in the accumulator records each transformer
     * instance that ran over it, changed or not (api/resmap/reswrangler.go AddTransformerAnnotation, called by
     * target/multitransformer.go after each one).
     */
    private transformed;
    private relativeToTop;
    /** An `images` entry (or an ImageTagTransformer's imageTag); undefined without a name. */
    private imageRule;
    /** Read or merge field specs; kustomize's errors there (a conflict, a bad spec) point at `at`. */
    private fieldSpecs;
    private pairs;
    /**
     * A kustomization field Go unmarshals into a string: a YAML number or bool there is an error in kustomize
     * ("cannot unmarshal number into Go struct field … of type string"), so it is one here. null reads as "".
     */
    private typedString;
    /** The documents of a `patches`/`patchesJson6902` entry (inline `patch:` or `path:`), relabelled `via: patch`. */
    private patchEntryDocs;
    /** patchesStrategicMerge entries: a path, or an inline YAML string. */
    private patchDocs;
    private patchFileDocs;
    /** Parse an inline patch string; positions map back to the kustomization's lines (block scalars exactly). */
    private inlineDocs;
    private parseInline;
    private applyStrategicPatch;
    /** Resources a target selects; a bad regex or label selector is reported at the patch entry. */
    private select;
    /** kustomize applies a patch whose target selects nothing as a no-op; we keep going but warn, with the line. */
    private noMatch;
    private applyJson6902;
}
export {};
