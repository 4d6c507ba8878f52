import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import "./chunk-ED6WIMI7.js";

// src/cli/init.ts
var STARTER_POLICY = `# pgwarden policy (https://github.com/pgwarden/pgwarden/blob/main/docs/policy.md).
# \`pgwarden lint\` reads the nearest .pgwarden.yaml upwards; \`--policy FILE\` picks another one.
# Several documents may follow each other: the first whose \`match\` fits an object applies to it,
# and objects no policy matches get the built-in \`recommended\` preset.
apiVersion: pgwarden.io/v1alpha1
kind: PostgresPolicy
metadata:
  name: production
spec:
  # enforce: the admission webhook denies errors; audit: it only warns. The CLI reports both the same way.
  mode: enforce
  match:
    # Globs on the object's namespace; also \`labels: {team: payments}\` and \`files: ["apps/**/prod/**"]\`.
    namespaces: ["*-prod", "production"]
  rules:
    # Every rule takes \`severity: error | warning | info | off\` plus its own options.
    storage-class:
      severity: error
      # Classes Postgres data may use; a class outside this list is an error.
      # allowed: [fast-ssd]
    anti-affinity:
      severity: error
    replicas:
      severity: error
      min: 2
    image-tag:
      severity: error
    backup-schedule:
      severity: error
    password-reset:
      # A Secret that blanks a password the operator generated: production at least as strict as everything else.
      severity: error
---
apiVersion: pgwarden.io/v1alpha1
kind: PostgresPolicy
metadata:
  name: everything-else
spec:
  mode: audit
  rules:
    replicas:
      # A single instance is fine outside production.
      severity: info
    anti-affinity:
      severity: warning
`;
export {
  STARTER_POLICY
};
