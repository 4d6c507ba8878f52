// Issue 10 "Done when": the public repos of ../shared/corpus lint with every Postgres object judged.
//
// For each repo folder, `pgwarden lint <repo>` runs in process (runLint, cwd = the repo, as a user would run it
// there), with the engine wrapped to record every object it evaluates and the file it came from. Independently of
// the linter, every file of the repo is scanned with the project's capped YAML parser for documents of a kind
// pgwarden reads (PGO v4 Pgcluster, PGO v5 PostgresCluster, Zalando postgresql, CNPG Cluster/ScheduledBackup,
// StatefulSets running a Postgres image). Each must be judged — evaluated in at least one app — or be listed in
// EXCEPTIONS below with the reason a user sees: a render-error / render-incomplete / yaml-syntax finding naming its
// file, or an upstream cause documented in ../shared/corpus/RENDER.md / SOURCES.md. A new gap fails the test.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/cli/deps.js';
import { type LintResult, runLint } from '../../src/cli/index.js';
import type { InputObject } from '../../src/policies/index.js';
import { parseYamlStream, yamlToJS } from '../../src/yaml/index.js';
import { sharedRoot } from './helpers.js';

const corpusRoot = path.join(sharedRoot, 'corpus');

/** A Postgres object found in a repo's files (path relative to the repo folder, forward slashes). */
interface SourceObject {
  file: string;
  kind: string;
  name: string;
  /** Nested in an OpenShift Template's objects or a List's items. */
  nested: boolean;
}

// SOURCES.md's counting rule for a "Postgres" StatefulSet/PetSet.
const POSTGRES_IMAGE = /postgres|postgis|timescale|spilo|patroni|stolon|pgsql|codeintel-db|codeinsights-db/i;

function postgresKind(doc: Record<string, unknown>): boolean {
  const apiVersion = typeof doc.apiVersion === 'string' ? doc.apiVersion : '';
  const group = apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '';
  switch (doc.kind) {
    case 'Pgcluster':
      return group === 'crunchydata.com';
    case 'PostgresCluster':
      return group === 'postgres-operator.crunchydata.com';
    case 'postgresql':
      return group === 'acid.zalan.do';
    case 'Cluster':
    case 'ScheduledBackup':
      return group === 'postgresql.cnpg.io';
    case 'StatefulSet':
    case 'PetSet': {
      const spec = (doc.spec as { template?: { spec?: { containers?: unknown; initContainers?: unknown } } } | undefined)?.template?.spec;
      const containers = [...(Array.isArray(spec?.containers) ? spec.containers : []), ...(Array.isArray(spec?.initContainers) ? spec.initContainers : [])];
      return containers.some((c) => typeof (c as { image?: unknown })?.image === 'string' && POSTGRES_IMAGE.test((c as { image: string }).image));
    }
    default:
      return false;
  }
}

function filesOf(dir: string, base = dir): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const full = path.join(dir, entry);
    const st = statSync(full);
    if (st.isDirectory()) out.push(...filesOf(full, base));
    else if (/\.(ya?ml|json)$/i.test(entry)) out.push(path.relative(base, full).split(path.sep).join('/'));
  }
  return out;
}

function scanRepo(repoDir: string): SourceObject[] {
  const found: SourceObject[] = [];
  const visit = (doc: unknown, file: string, nested: boolean) => {
    if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return;
    const o = doc as Record<string, unknown>;
    if (o.kind === 'Template' && Array.isArray(o.objects)) for (const x of o.objects) visit(x, file, true);
    if (typeof o.kind === 'string' && o.kind.endsWith('List') && Array.isArray(o.items)) for (const x of o.items) visit(x, file, true);
    if (postgresKind(o)) {
      const name = (o.metadata as { name?: unknown } | undefined)?.name;
      found.push({ file, kind: o.kind as string, name: typeof name === 'string' ? name : '', nested });
    }
  };
  for (const file of filesOf(repoDir)) {
    let docs: ReturnType<typeof parseYamlStream>;
    try {
      docs = parseYamlStream(readFileSync(path.join(repoDir, file), 'utf8'));
    } catch {
      continue; // not parseable at all: the linter reports it as yaml-syntax; nothing to count
    }
    for (const doc of docs) {
      if (doc.errors.length > 0) continue;
      try {
        visit(yamlToJS(doc), file, false);
      } catch {
        // alias caps: reported by the linter
      }
    }
  }
  return found;
}

/** Objects the engine evaluated in one lint run: file (relative to the repo) → kind → names seen. */
type Judged = Map<string, { kind: string; name: string }[]>;

async function lintRepo(repoDir: string): Promise<{ result: LintResult; judged: Judged }> {
  const engine = await loadEngine();
  const judged: Judged = new Map();
  const recording = {
    ...engine,
    evaluate(inputs: readonly InputObject[], options?: Parameters<typeof engine.evaluate>[1]) {
      for (const input of inputs) {
        if (!input.file) continue;
        const o = input.object as { kind?: unknown; metadata?: { name?: unknown } };
        const list = judged.get(input.file) ?? [];
        list.push({ kind: String(o.kind), name: typeof o.metadata?.name === 'string' ? o.metadata.name : '' });
        judged.set(input.file, list);
      }
      return engine.evaluate(inputs, options);
    },
  };
  const result = await runLint({ paths: ['.'], cwd: repoDir }, { engine: recording });
  return { result, judged };
}

/** Judged: an evaluated object from the same file, of the same kind, whose name holds the source name (kustomize prefixes/suffixes). */
function isJudged(o: SourceObject, judged: Judged): boolean {
  // A PetSet reaches the engine but no adapter reads it (no apiserver serves it): it is never judged.
  if (o.kind === 'PetSet') return false;
  return (judged.get(o.file) ?? []).some((j) => j.kind === o.kind && (o.name === '' || j.name.includes(o.name) || /\$\{/.test(o.name)));
}

/** Why a user sees that an object was not judged: the finding rule that names its file, or an upstream cause. */
interface Exception {
  /** Repo-relative file (exact) or a prefix ending in '/'. */
  file: string;
  /**
   * A finding with one of these rule ids must name the file; 'note': a "not checked" note on stderr must name it
   * (`<file>:<line>: … not checked: …`, as src/cli/unjudged.ts writes); null when the cause is documented upstream only.
   */
  finding: 'render-error' | 'render-incomplete' | 'yaml-syntax' | 'note' | null;
  /** The file that finding names, when not the object's own (the kustomization that cannot render). */
  findingFile?: string;
  reason: string;
}

const gitIgnoredInput = (dir: string): Exception => ({
  file: `kustomize/${dir}/`,
  finding: 'render-error',
  findingFile: `kustomize/${dir}/kustomization.yaml`,
  reason: 'secretGenerator file inputs (azure.conf / gcs-key.json / s3.conf) are git-ignored user inputs upstream (RENDER.md "missing file")',
});

const EXCEPTIONS: Record<string, Exception[]> = {
  'CrunchyData__postgres-operator-examples': ['azure', 'gcs', 'multi-backup-repo', 's3'].map(gitIgnoredInput),
  'zalando__patroni': [
    {
      file: 'kubernetes/openshift-example/templates/',
      finding: 'note',
      reason:
        'OpenShift Template (template.openshift.io): its objects are instantiated by `oc process` with parameter values, not applied as they stand; pgwarden does not expand Templates and says so (SOURCES.md: "Postgres StatefulSet (inside Template)")',
    },
  ],
  'zalando__spilo': [
    {
      file: 'postgres-appliance/spilok8s.yaml',
      finding: 'note',
      reason: 'PetSet (apps/v1alpha1) became StatefulSet in Kubernetes 1.5 and no apiserver serves it; pgwarden names it instead of judging it',
    },
  ],
};

const repos = readdirSync(corpusRoot)
  .filter((d) => d.includes('__') && statSync(path.join(corpusRoot, d)).isDirectory())
  .sort();

describe('every Postgres object of the public corpus repos is judged by pgwarden lint', () => {
  const rows: string[] = [];
  for (const repo of repos) {
    it(repo, { timeout: 600_000 }, async () => {
      const repoDir = path.join(corpusRoot, repo);
      const sources = scanRepo(repoDir);
      const { result, judged } = await lintRepo(repoDir);
      const exceptions = EXCEPTIONS[repo] ?? [];
      const unjudged = sources.filter((o) => !isJudged(o, judged));
      const explained: SourceObject[] = [];
      const gaps: string[] = [];
      for (const o of unjudged) {
        const ex = exceptions.find((e) => (e.file.endsWith('/') ? o.file.startsWith(e.file) : o.file === e.file));
        const seen =
          ex &&
          (ex.finding === null ||
            (ex.finding === 'note'
              ? result.diagnostics.some((d) => d.startsWith(`${ex.findingFile ?? o.file}:`) && d.includes(' not checked: '))
              : result.report.findings.some((f) => f.ruleId === ex.finding && f.file === (ex.findingFile ?? o.file))));
        if (ex && seen) explained.push(o);
        else gaps.push(`${o.file}: ${o.kind} ${o.name}${o.nested ? ' (nested)' : ''}${ex ? ` — listed as ${ex.finding}, but no such finding names the file` : ''}`);
      }
      rows.push(`| ${repo} | ${sources.length} | ${sources.length - unjudged.length} | ${explained.length} |`);
      console.log(`${repo}: found ${sources.length}, judged ${sources.length - unjudged.length}, with a stated reason ${explained.length}`);
      if (gaps.length > 0) console.log(`${repo} not judged:\n  ${gaps.join('\n  ')}\n  findings: ${result.report.findings.filter((f) => f.ruleId.startsWith('render') || f.ruleId === 'yaml-syntax').map((f) => `${f.ruleId} ${f.file}`).join(', ')}`);
      // No internal error anywhere.
      expect(result.report.findings.filter((f) => /Internal error/i.test(f.message))).toEqual([]);
      expect(gaps).toEqual([]);
      // Every exception is still needed (a fixed gap must leave the list).
      const stale = exceptions.filter((e) => !unjudged.some((o) => (e.file.endsWith('/') ? o.file.startsWith(e.file) : o.file === e.file)));
      expect(stale).toEqual([]);
    });
  }
  it('prints the per-repo table', () => {
    console.log(['| repo | Postgres objects found | judged | not judged, with a stated reason |', '|---|---|---|---|', ...rows].join('\n'));
  });
});
