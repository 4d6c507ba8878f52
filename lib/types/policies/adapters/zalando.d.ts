import type { OperatorSyntax, PostgresCluster, Sourced } from '../model.js';
import { type AdapterInput } from './context.js';
export declare const ZALANDO_GROUP = "acid.zalan.do";
/** Operator defaults at v2.0.1 (`zal:pkg/util/config/config.go`). */
export declare const ZALANDO_DEFAULT_IMAGE = "ghcr.io/zalando/spilo-18:4.1-p2";
/** How Zalando postgresql manifests (and the operator configuration) say things, for messages (../shared/domain/zalando.md). */
export declare const zalandoSyntax: OperatorSyntax;
export declare function isZalandoCluster(object: Record<string, unknown> | undefined): boolean;
/** One operator setting, found in an OperatorConfiguration CR or the operator ConfigMap of the same input. */
interface OperatorSetting {
    raw: unknown;
    source: Sourced<unknown>;
}
/**
 * Operator-wide settings from an OperatorConfiguration (`configuration.<section>.<key>`), the operator ConfigMap
 * (`data.<key>`) or a Flux HelmRelease of the `postgres-operator` chart (`values.config<Section>.<key>`) in the input.
 */
export declare class ZalandoOperatorConfig {
    private readonly input;
    private found;
    constructor(input: AdapterInput);
    /** The configuration objects of the input, looked for on the first `get` (only Zalando clusters ask). */
    private get sources();
    get(section: string, key: string): OperatorSetting | undefined;
}
export declare function zalandoCluster(input: AdapterInput, index: number, config: ZalandoOperatorConfig): PostgresCluster | undefined;
/**
 * `template` with `{username}`, `{cluster}`, `{tprkind}` (`postgresql`) and `{tprgroup}` (`acid.zalan.do`) replaced in
 * turn, as StringTemplate.Format does. When neither the template outside its placeholders nor the two values hold a
 * brace, no replacement can form another placeholder, so one pass over the template split once (cached per template,
 * bounded) gives the same name; otherwise the replacements run in turn.
 */
export declare function fillSecretNameTemplate(template: string, user: string, cluster: string): string;
export {};
