import type { DiscoverOptions, Discovery } from './model.js';
export type { App, ArgoSource, DiscoverOptions, Discovery, FluxSource } from './model.js';
export { type FileProblem, KUSTOMIZATION_FILES, MAX_FILE_BYTES, type ParsedYamlFile, readYamlFile, type TreeDoc, type YamlFileCache } from './tree.js';
export declare function discover(options: DiscoverOptions): Discovery;
