// immutable-field: a field the operator reads only at creation (a change is silently ignored: warning) or that it or
// the apiserver refuses on update (error): the list and the effects come from each operator's change profile
// (adapters/change.ts: PGO v4 replicas, CloudNativePG bootstrap, a StatefulSet's selector/serviceName/
// podManagementPolicy) and PGO v5's instance set renamed, which replaces its pods and volumes.
import { defineChangeRule } from '../change-rule.js';
import { docsUrl } from '../rule.js';

const MAX_VALUE = 80;
const shown = (value: string | undefined) => (value === undefined ? 'unset' : value.length > MAX_VALUE ? `${value.slice(0, MAX_VALUE)}…` : value);

export const immutableField = defineChangeRule({
  meta: {
    id: 'immutable-field',
    docsUrl: docsUrl('immutable-field'),
    description: 'A field the operator reads only at creation or refuses to change on a running cluster was changed.',
    defaultSeverity: 'error',
    optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      changed: '`{{field}}` changes from {{before}} to {{after}} on a running cluster: {{effect}}.',
      setRenamed: 'Instance set `{{before}}` is gone and `{{after}}` is new: if this is a rename, {{effect}}.',
    },
  },
  check({ base, head }, context) {
    if (!base?.change || !head?.change) return;
    const after = new Map(head.change.creationOnly.map((field) => [field.field, field]));
    for (const before of base.change.creationOnly) {
      const now = after.get(before.field);
      if (!now || before.value.unknown || now.value.unknown || before.value.value === now.value.value) continue;
      context.report({
        messageId: 'changed',
        data: { field: now.field, before: shown(before.value.value), after: shown(now.value.value), effect: now.effect },
        severity: now.severity,
        pointer: now.value.path,
      });
    }
    const effect = head.change.instanceSetRename;
    if (effect) {
      const baseNames = new Set(base.instanceSets.map((set) => set.name));
      const headNames = new Set(head.instanceSets.map((set) => set.name));
      const gone = [...baseNames].filter((name) => !headNames.has(name));
      const added = head.instanceSets.filter((set) => !baseNames.has(set.name));
      gone.forEach((name, i) => {
        const set = added[i];
        if (set) context.report({ messageId: 'setRenamed', data: { before: name, after: set.name, effect }, severity: 'warning', pointer: set.path });
      });
    }
  },
});
