// The rule registry: every rule a policy can name, in the order `pgwarden rules` lists them.

import { changeRules } from '../change-rules/index.js';
import { docsUrl, type Rule } from '../rule.js';
import type { RuleMeta } from '../types.js';
import { antiAffinity } from './anti-affinity.js';
import { backupSchedule } from './backup-schedule.js';
import { imageTag } from './image-tag.js';
import { invalidManifest } from './invalid-manifest.js';
import { passwordReset } from './password-reset.js';
import { replicas } from './replicas.js';
import { storageClass } from './storage-class.js';
import { unknownField } from './unknown-field.js';

export const rules: readonly Rule[] = [
  storageClass,
  antiAffinity,
  replicas,
  imageTag,
  backupSchedule,
  passwordReset,
  invalidManifest,
  unknownField,
];

/** Checked by the engine itself (it reads annotations, not the model); configurable like any rule. */
export const ignoreAnnotationMeta: Rule['meta'] = {
  id: 'ignore-annotation',
  docsUrl: docsUrl('ignore-annotation'),
  description:
    'An `ignore.pgwarden.io/<rule-id>` annotation gives a reason and names a known rule (an ignore without a reason hides a problem from reviewers).',
  defaultSeverity: 'warning',
  optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
  messages: {
    unknownRule: 'annotation `{{key}}` names no pgwarden rule, so it ignores nothing: use one of {{known}}.',
    noReason:
      'annotation `{{key}}` switches off {{rule}} without a reason: write the reason as the value, e.g. `{{key}}: "dev cluster, single node"`. Otherwise reviewers cannot tell a decision from a shortcut.',
  },
  fixable: false,
};

/** A rule (or the model builder) threw: the engine reports it instead of crashing. Not configurable. */
export const internalErrorMeta: Rule['meta'] = {
  id: 'internal-error',
  docsUrl: docsUrl('internal-error'),
  description: 'pgwarden failed while checking an object; the finding names the rule that failed.',
  defaultSeverity: 'error',
  optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
  messages: {
    failed: 'pgwarden failed in {{what}}: {{reason}}. The object was not fully checked; please report this with the manifest.',
  },
  fixable: false,
};

/** Every rule a policy can configure, with its meta (for `pgwarden rules`, SARIF descriptors, the policy schema). */
export const ruleMetas: readonly RuleMeta[] = [...rules.map((rule) => rule.meta), ...changeRules.map((rule) => rule.meta), ignoreAnnotationMeta];

export const allRuleMetas: readonly RuleMeta[] = [...ruleMetas, internalErrorMeta];

export function ruleById(id: string): Rule | undefined {
  return rules.find((rule) => rule.meta.id === id);
}
