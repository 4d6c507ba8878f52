import type { ChangeProfile, PostgresCluster } from '../model.js';
import { type JsonObject } from './common.js';
import { type AdapterInput } from './context.js';
import type { ZalandoOperatorConfig } from './zalando.js';
export declare function changeProfile(cluster: PostgresCluster, object: JsonObject, input: AdapterInput, zalandoConfig: ZalandoOperatorConfig): ChangeProfile;
