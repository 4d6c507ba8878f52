import type { RenderError } from './errors.js';
import { type PNode, type Prov } from './pnode.js';
import type { Resource } from './resource.js';
type Fail = (p: Prov, msg: string) => RenderError;
export declare function applyReplacements(resources: Resource[], entries: PNode[], fail: Fail): void;
export {};
