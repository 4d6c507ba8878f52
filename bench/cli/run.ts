// bench/cli: lint a generated GitOps repo of N teams (default 100), each a copy of examples/ (Argo CD
// Applications + ApplicationSet, all five flavours, ~40 YAML files per team), and in the same run render the
// same kustomize apps with `kubectl kustomize` one by one. Prints both times, the ratio (target: lint ≥ 5×
// faster than kustomize rendering alone) and peak memory.
//
//   npm run bench:cli -- [--teams 100] [--keep]
//
// Lint runs in this process (runLint): discovery + render + evaluate + mapping + the stylish formatter, exactly
// what `pgwarden lint` does minus process start-up (measured separately below, through bin/pgwarden).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { discover } from '../../src/gitops/index.js';
import { formatReport } from '../../src/cli/formatters/index.js';
import { runLint } from '../../src/cli/lint.js';

// The bench runs bundled from node_modules/.cache/pgwarden/, so the repo is found from the working directory.
const repoRoot = resolve(process.env.PGWARDEN_REPO ?? process.cwd());
const args = process.argv.slice(2);
const teams = Number(args[args.indexOf('--teams') + 1] ?? 100) || 100;
const keep = args.includes('--keep');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .map((f) => join(dir, f));
}

/** One team = examples/ with its paths, names and namespaces made unique to the team. */
function generate(root: string): void {
  const source = join(repoRoot, 'examples');
  for (let t = 1; t <= teams; t++) {
    const team = `team-${String(t).padStart(3, '0')}`;
    const dir = join(root, 'teams', team);
    cpSync(source, dir, { recursive: true, filter: (src) => !src.endsWith('.md') });
    for (const file of yamlFiles(dir)) {
      const text = readFileSync(file, 'utf8')
        .replaceAll('examples/apps/', `teams/${team}/apps/`)
        // Namespaces per team, so teams do not meet in one namespace (Argo CD's own namespace stays).
        .replace(/(\bnamespace: ['"]?)(?!argocd\b)([a-z0-9{])/g, `$1${team}-$2`)
        .replace(/(\bnamespaces: \[\s*["']\*?)/g, `$1`)
        // Argo CD Application / ApplicationSet names are unique per Argo CD instance.
        .replace(/^(kind: Application(?:Set)?\nmetadata:\n {2}name: ['"]?)/gm, `$1${team}-`);
      writeFileSync(file, text);
    }
  }
  // One policy at the root, as a platform team would keep it.
  cpSync(join(source, '.pgwarden.yaml'), join(root, '.pgwarden.yaml'));
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

async function main(): Promise<void> {

  const root = mkdtempSync(join(tmpdir(), 'pgwarden-bench-cli-'));
  generate(root);
  const files = yamlFiles(root);
  const manifests = files.reduce((n, f) => n + (readFileSync(f, 'utf8').match(/^kind: /gm)?.length ?? 0), 0);
  console.log(`repo: ${teams} teams, ${files.length} YAML files, ${manifests} manifests (${root})`);

  const t0 = performance.now();
  const result = await runLint({ paths: [root], cwd: root });
  const stylish = formatReport('stylish', result.report, { cwd: root });
  const lintMs = performance.now() - t0;
  const lintRss = process.resourceUsage().maxRSS * 1024;
  const { summary } = result.report;
  console.log(
    `lint (in process): ${lintMs.toFixed(0)} ms for ${summary.apps} apps, ${summary.files} files → ${summary.errors} errors, ${summary.warnings} warnings, ${summary.infos} infos (${stylish.length} bytes of stylish output); peak RSS ${mb(lintRss)}`,
  );

  const cli = performance.now();
  const spawned = spawnSync(join(repoRoot, 'node_modules/.bin/node'), [join(repoRoot, 'bin/pgwarden'), 'lint', '--format', 'json', '--output', join(root, 'report.json'), '.'], {
    cwd: root,
    encoding: 'utf8',
  });
  const cliMs = performance.now() - cli;
  console.log(`lint (bin/pgwarden, one process, exit ${spawned.status}): ${cliMs.toFixed(0)} ms`);

  // The same apps lint found (Argo CD Applications / ApplicationSet directories), rendered by kubectl.
  const apps = discover({ cwd: root, roots: [root], sourceRoots: [root] }).apps;
  const dirs = apps.flatMap((a) => (a.dir ? [a.dir] : []));
  const looseApps = apps.length - dirs.length;
  const k0 = performance.now();
  let failed = 0;
  for (const dir of dirs) {
    try {
      execFileSync('kubectl', ['kustomize', dir], { stdio: ['ignore', 'ignore', 'ignore'] });
    } catch {
      failed++;
    }
  }
  const kubectlMs = performance.now() - k0;
  console.log(`kubectl kustomize, one process per app, sequential: ${kubectlMs.toFixed(0)} ms for ${dirs.length} kustomizations (${failed} failed; ${looseApps} plain-directory apps have nothing to render)`);
  console.log(`ratio kubectl / lint (in process): ${(kubectlMs / lintMs).toFixed(1)}× (target ≥ 5×)`);
  console.log(`ratio kubectl / lint (bin/pgwarden): ${(kubectlMs / cliMs).toFixed(1)}×`);
  console.log(`peak memory of the linting process: ${mb(lintRss)}`);
  if (!keep) rmSync(root, { recursive: true, force: true });
}

await main();
