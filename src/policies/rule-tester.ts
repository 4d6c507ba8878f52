// An ESLint-RuleTester-like helper: manifests (YAML text or objects) + a rule id + options → assert findings and fixes.
// Uses node:assert, so it works under any test runner; `RuleTester.run` takes the runner's describe/it.
import assert from 'node:assert/strict';
import jsonPatch from 'fast-json-patch';
import { parseYamlStream, yamlToJS } from '../yaml/index.js';
import { evaluate } from './engine.js';
import type { PolicySet } from './policy.js';
import type { Finding, InputObject, SchemaSource, Pointer, ResourceRef, Severity, SeveritySetting } from './types.js';

export interface ExpectedFinding {
  /** Which of the rule's `meta.messages` (required: tests match ids, not wording). */
  messageId: string;
  /** Values the message was rendered with (each given key must match). */
  data?: Record<string, string | number>;
  severity?: Severity;
  path?: Pointer;
  /** A fragment of the rendered message (string: substring; RegExp: test), for wording that matters to users. */
  message?: string | RegExp;
  resource?: Partial<ResourceRef>;
  objectIndex?: number;
  /**
   * ESLint's `output`: the object the finding lands on after its fix is applied (deep-equal), after which the finding
   * must be gone; `null`: the finding carries no fix. Omitted: not checked.
   */
  output?: unknown;
}

export interface RuleTestCase {
  name?: string;
  /** YAML text (multi-document allowed), or objects, or InputObjects (with `file`/`oldObject`). */
  manifests: string | readonly unknown[];
  /** The rule's options, as they would be written in the policy. */
  options?: Record<string, unknown>;
  severity?: SeveritySetting;
  clusterStorageClasses?: readonly string[];
  /** CRDs the door would supply (`--crds DIR`, the live cluster). */
  crds?: readonly SchemaSource[];
  /** Invalid cases: the rule's findings, in the engine's sorted order. */
  findings?: ExpectedFinding[];
}

function isInputObject(value: unknown): value is InputObject {
  return value !== null && typeof value === 'object' && 'object' in value && Object.keys(value).every((k) => ['object', 'file', 'oldObject'].includes(k));
}

/** YAML text or objects → InputObjects (empty documents dropped). */
export function loadManifests(manifests: string | readonly unknown[], file?: string): InputObject[] {
  if (typeof manifests === 'string') {
    return parseYamlStream(manifests)
      .map((doc) => {
        if (doc.errors.length > 0) throw new Error(`YAML error in test manifests: ${doc.errors[0]?.message}`);
        return yamlToJS(doc);
      })
      .filter((object) => object !== null && object !== undefined)
      .map((object) => ({ object, ...(file ? { file } : {}) }));
  }
  return manifests.map((item) => (isInputObject(item) ? item : { object: item }));
}

/** A policy that runs only `ruleId`, with the given options and severity. */
export function policyForRule(ruleId: string, options: Record<string, unknown> = {}, severity?: SeveritySetting): PolicySet {
  return {
    policies: [
      {
        name: `test-${ruleId}`,
        mode: 'enforce',
        extends: 'none',
        rules: { [ruleId]: { ...options, ...(severity ? { severity } : {}) } },
      },
    ],
  };
}

/** Runs one rule over the manifests; fails on any internal error. Returns that rule's findings. */
export function runRule(ruleId: string, testCase: RuleTestCase): { inputs: InputObject[]; findings: Finding[] } {
  const inputs = loadManifests(testCase.manifests);
  const all = evaluate(inputs, {
    policy: policyForRule(ruleId, testCase.options, testCase.severity),
    ...(testCase.clusterStorageClasses ? { clusterStorageClasses: testCase.clusterStorageClasses } : {}),
    ...(testCase.crds ? { crds: testCase.crds } : {}),
  });
  const internal = all.filter((finding) => finding.ruleId === 'internal-error');
  assert.equal(internal.length, 0, `internal error: ${internal.map((f) => f.message).join('; ')}`);
  return { inputs, findings: all.filter((finding) => finding.ruleId === ruleId) };
}

/** The inputs with `finding.fix` applied to its object (the others untouched). */
export function applyFix(inputs: readonly InputObject[], finding: Finding): InputObject[] {
  assert.ok(finding.fix, `finding has no fix: ${finding.message}`);
  return inputs.map((input, index) => {
    if (index !== finding.objectIndex) return input;
    const patched = jsonPatch.applyPatch(structuredClone(input.object), finding.fix?.patch ?? [], true, false).newDocument;
    return { ...input, object: patched };
  });
}

function describe(findings: readonly Finding[]): string {
  return findings.map((f) => `  - ${f.severity} ${f.messageId} ${f.path} [${f.objectIndex}] ${f.message}`).join('\n') || '  (none)';
}

function sameFinding(a: Finding, b: Finding): boolean {
  return a.ruleId === b.ruleId && a.objectIndex === b.objectIndex && a.path === b.path && a.messageId === b.messageId;
}

export function assertValid(ruleId: string, testCase: RuleTestCase): void {
  const { findings } = runRule(ruleId, testCase);
  assert.equal(findings.length, 0, `${ruleId}: expected no findings, got:\n${describe(findings)}`);
}

export function assertInvalid(ruleId: string, testCase: RuleTestCase): Finding[] {
  const { inputs, findings } = runRule(ruleId, testCase);
  const expected = testCase.findings ?? [];
  assert.ok(expected.length > 0, 'an invalid case must list the findings it expects');
  assert.equal(findings.length, expected.length, `${ruleId}: expected ${expected.length} finding(s), got:\n${describe(findings)}`);
  expected.forEach((want, i) => {
    const got = findings[i] as Finding;
    const where = `${ruleId} finding #${i + 1} (${got.message})`;
    assert.equal(got.messageId, want.messageId, `${where}: messageId`);
    for (const [key, value] of Object.entries(want.data ?? {})) assert.equal(got.data[key], value, `${where}: data.${key}`);
    if (want.severity) assert.equal(got.severity, want.severity, `${where}: severity`);
    if (want.path !== undefined) assert.equal(got.path, want.path, `${where}: path`);
    if (want.objectIndex !== undefined) assert.equal(got.objectIndex, want.objectIndex, `${where}: objectIndex`);
    if (typeof want.message === 'string') assert.ok(got.message.includes(want.message), `${where}: message lacks "${want.message}"`);
    else if (want.message) assert.match(got.message, want.message, `${where}: message`);
    for (const [key, value] of Object.entries(want.resource ?? {})) {
      assert.equal(got.resource[key as keyof ResourceRef], value, `${where}: resource.${key}`);
    }
    // As ESLint's RuleTester: a finding that carries a fix must say what the object looks like after it (or `null`).
    assert.ok(want.output !== undefined || got.fix === undefined, `${where}: the finding has a fix: add \`output\` (the object after the fix) or \`output: null\``);
    if (want.output === null) {
      assert.equal(got.fix, undefined, `${where}: expected no fix`);
    } else if (want.output !== undefined) {
      assert.ok(got.fix && got.fix.patch.length > 0, `${where}: expected a fix`);
      const fixedInputs = applyFix(inputs, got);
      assert.deepEqual(fixedInputs[got.objectIndex]?.object, want.output, `${where}: the object after the fix (output)`);
      const again = runRule(ruleId, { ...testCase, manifests: fixedInputs }).findings;
      assert.ok(!again.some((f) => sameFinding(f, got)), `${where}: still reported after applying its fix:\n${describe(again)}`);
    }
  });
  return findings;
}

type Describe = (name: string, body: () => void) => void;
type It = (name: string, body: () => void) => void;

/** ESLint-style: `new RuleTester({describe, it}).run('replicas', {valid: [...], invalid: [...]})`. */
export class RuleTester {
  constructor(private readonly runner: { describe: Describe; it: It }) {}

  run(ruleId: string, cases: { valid?: RuleTestCase[]; invalid?: RuleTestCase[] }): void {
    this.runner.describe(ruleId, () => {
      for (const [i, testCase] of (cases.valid ?? []).entries()) {
        this.runner.it(`valid: ${testCase.name ?? `#${i + 1}`}`, () => assertValid(ruleId, testCase));
      }
      for (const [i, testCase] of (cases.invalid ?? []).entries()) {
        this.runner.it(`invalid: ${testCase.name ?? `#${i + 1}`}`, () => {
          assertInvalid(ruleId, testCase);
        });
      }
    });
  }
}
