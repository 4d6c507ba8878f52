import { type Renderer, type RenderResult } from '../gitops/index.js';
import { type ChangeFinding, type EvaluateOptions, type Finding, type InputObject, type PolicySet, type RuleMeta } from '../policies/index.js';
export interface EngineApi {
    evaluate(inputs: readonly InputObject[], options?: EvaluateOptions): Finding[];
    /** Parse a policy file's text; throws an Error naming file:line and the field when it is invalid. */
    parsePolicy(text: string, file: string): PolicySet;
    /** Every rule's metadata (for `pgwarden rules`, SARIF descriptors). */
    rules(): RuleMeta[];
    /** How many Postgres clusters the engine recognises among these objects (for "no Postgres object" notes). */
    countClusters(inputs: readonly InputObject[]): number;
    /** The change rules over a base and a head (`lint --base`); absent in engines that predate them. */
    evaluateChange?(baseInputs: readonly InputObject[], headInputs: readonly InputObject[], options?: EvaluateOptions): ChangeFinding[];
}
export interface RendererApi extends Renderer {
    renderToYaml(result: RenderResult): string;
}
export declare function loadEngine(): Promise<EngineApi>;
export declare function loadRenderer(): Promise<RendererApi>;
