/** Parse the sample the way discovery, the renderer (resources and kustomizations) and the report's frames do. */
export declare function warmParsers(): void;
