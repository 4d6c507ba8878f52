// An admission UPDATE is judged with one engine call over one model of the head (evaluateUpdate): the same findings as
// evaluate() of the head plus evaluateChange() from the stored object, without building the head's model twice.
import { describe, expect, it, vi } from 'vitest';
import * as adapters from '../../src/policies/adapters/index.js';
import { evaluate, evaluateChange, evaluateUpdate, type InputObject } from '../../src/policies/index.js';
import { decide } from '../../src/webhook/decide.js';
import { type EngineApi, realEngine } from '../../src/webhook/engine.js';
import { parseReview } from '../../src/webhook/review.js';
import type { AdmissionRequest } from '../../src/webhook/types.js';
import { KINDS, review } from './helpers.js';
import { cnpg, pgoV4, pgoV5, statefulSet, zalando } from './manifests.js';

vi.mock('../../src/policies/adapters/index.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/policies/adapters/index.js')>();
  return { ...original, buildModel: vi.fn(original.buildModel) };
});
const buildModel = vi.mocked(adapters.buildModel);

function edited<T extends { spec: Record<string, unknown> }>(object: T, spec: Record<string, unknown>): T {
  return { ...object, spec: { ...object.spec, ...spec } };
}

// Pairs (base → head) of every flavour, each with a state finding on the head and a change finding.
const pairs: [string, unknown, unknown][] = [
  ['PGO v5: image to :latest, storage class changed', pgoV5(), pgoV5('hippo', 'db-prod', { image: 'postgres:latest', storageClass: 'slow-hdd' })],
  ['CNPG: volume shrunk, one instance', cnpg(), edited(cnpg(), { instances: 1, storage: { size: '5Gi', storageClass: 'fast-ssd' } })],
  ['Zalando: major version down, one instance', zalando('acid-main', 'db-prod', { version: '16' }), zalando('acid-main', 'db-prod', { version: '15', instances: 1 })],
  ['PGO v4', pgoV4(), edited(pgoV4(), { replicas: '0' })],
  ['StatefulSet: image to :latest', statefulSet(), statefulSet('pg', 'db-prod', { image: 'postgres:latest', replicas: 1 })],
];

describe('evaluateUpdate', () => {
  it.each(pairs)('%s: the findings of evaluate(head) and evaluateChange(base, head), from one model per side', (_name, base, head) => {
    const baseInputs: InputObject[] = [{ object: base }];
    const headInputs: InputObject[] = [{ object: head, oldObject: base }];
    buildModel.mockClear();
    const update = evaluateUpdate(baseInputs, headInputs);
    expect(buildModel).toHaveBeenCalledTimes(2);
    expect(update.head).toEqual(evaluate(headInputs));
    expect(update.change).toEqual(evaluateChange(baseInputs, headInputs));
    expect(update.head.length + update.change.length).toBeGreaterThan(0);
  });

  it('runs every state rule even when ruleIds narrows the change rules', () => {
    const [, base, head] = pairs[1]!;
    const update = evaluateUpdate([{ object: base }], [{ object: head }], { ruleIds: ['storage-shrink'] });
    expect(update.head).toEqual(evaluate([{ object: head }]));
    expect(update.change.map((f) => f.ruleId)).toEqual(['storage-shrink']);
  });
});

/** The real engine, recording which entry the webhook calls. */
function counting(calls: string[]): EngineApi {
  const engine = realEngine as Required<EngineApi>;
  return {
    ...engine,
    evaluate(...args) {
      calls.push('evaluate');
      return engine.evaluate(...args);
    },
    evaluateChange(...args) {
      calls.push('evaluateChange');
      return engine.evaluateChange(...args);
    },
    evaluateUpdate(...args) {
      calls.push('evaluateUpdate');
      return engine.evaluateUpdate(...args);
    },
  };
}

function requestOf(body: Record<string, unknown>): AdmissionRequest {
  const parsed = parseReview(body);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.request;
}

describe('the webhook on UPDATE', () => {
  it('calls the engine once (evaluateUpdate) and reports state and change findings together', () => {
    const calls: string[] = [];
    const [, base, head] = pairs[1]!;
    buildModel.mockClear();
    const { response } = decide(requestOf(review(KINDS.Cluster, head, { operation: 'UPDATE', oldObject: base })), 'validate', { engine: counting(calls), policy: undefined });
    expect(calls).toEqual(['evaluateUpdate']);
    expect(buildModel).toHaveBeenCalledTimes(2);
    expect(response.allowed).toBe(false);
    const said = [response.status?.message ?? '', ...(response.warnings ?? [])].join('\n');
    expect(said).toContain('[storage-shrink]');
    expect(said).toContain('[replicas]');
  });

  it('a CREATE is evaluate() alone', () => {
    const calls: string[] = [];
    decide(requestOf(review(KINDS.Cluster, cnpg())), 'validate', { engine: counting(calls), policy: undefined });
    expect(calls).toEqual(['evaluate']);
  });
});
