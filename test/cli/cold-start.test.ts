// What makes the CLI start fast (issue 14 §6), checked on the committed bundle: `--version` and `--help` load none of
// the heavy modules, and the bundle validates policies with the ajv code generated at bundle time — the same
// answers as ajv compiling the schemas from the sources. The time itself is measured by `npm run bench:cold`.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Script } from 'node:vm';
import { crc32 } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { runLint } from '../../src/cli/lint.js';
import { parsePolicy } from '../../src/policies/index.js';
import { copyFixture, lintJson, pgwarden, repoRoot } from './helpers.js';

const lib = join(repoRoot, 'lib');
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** Packages and chunks a module loads before its code runs: its static imports, transitively (not `import()`). */
function staticGraph(file: string, seen = new Set<string>(), packages = new Set<string>()): Set<string> {
  if (seen.has(file)) return packages;
  seen.add(file);
  const code = readFileSync(join(lib, file), 'utf8');
  for (const [, spec] of [...code.matchAll(/^\s*(?:import|export)\s[^;]*?\bfrom\s*"([^"]+)"|^\s*import\s*"([^"]+)"/gm)].map((m) => [m[0], m[1] ?? m[2]] as const)) {
    if (!spec) continue;
    if (spec.startsWith('./')) staticGraph(spec.slice(2), seen, packages);
    else if (!spec.startsWith('node:')) packages.add(spec);
  }
  return packages;
}

describe('cold start', () => {
  it('bin/pgwarden → lib/pgwarden.js loads no dependency before a command needs it', () => {
    expect([...staticGraph('pgwarden.js')]).toEqual([]);
    // Nor a bundled one: `--version` and `--help` load the entry's static chunks only, and none holds the YAML parser.
    const chunks = new Set<string>();
    staticGraph('pgwarden.js', chunks);
    const bundledYaml = [...chunks].filter((file) => readFileSync(join(lib, file), 'utf8').includes('node_modules/yaml/'));
    expect(bundledYaml).toEqual([]);
    expect([...chunks].reduce((size, file) => size + readFileSync(join(lib, file)).length, 0)).toBeLessThan(64 * 1024);
  });

  it('no part of the bundle loads ajv: the validators are generated at bundle time', () => {
    // The bundles (lib/types/ holds declarations, not code).
    const bundles = readdirSync(lib, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);
    expect(bundles).toContain('cli.cjs');
    const loaders = bundles.filter((file) => /\bfrom\s*"ajv"|import\("ajv"\)|require\("ajv"\)/.test(readFileSync(join(lib, file), 'utf8')));
    expect(loaders).toEqual([]);
  });

  it('a lint requires no installed package: only Node built-ins (the webhook stack, the Kubernetes client, ajv stay unloaded)', () => {
    const run = pgwarden(['lint', 'apps/analytics'], join(repoRoot, 'examples'), { NODE_DEBUG: 'module' });
    expect(run.code).toBe(1);
    const requested = [...run.stderr.matchAll(/Module\._load REQUEST (\S+) parent/g)].map((m) => m[1]!);
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.filter((name) => !name.startsWith('node:') && !['process', 'buffer', 'fs', 'fs/promises', 'util', 'path', 'os'].includes(name))).toEqual([]);
  });

  it('lib/cli.cjs sets cron-parser up on first use, and reads schedules through it as the sources do', async () => {
    const code = readFileSync(join(lib, 'cli.cjs'), 'utf8');
    const wrapper = /var (\w+)=__commonJS\(\{"node_modules\/cron-parser\/dist\/index\.js"/.exec(code)?.[1];
    expect(wrapper).toBeDefined();
    // Its module runs only when the stand-in is first touched, never when the bundle starts.
    const calls = [...code.matchAll(new RegExp(`.{0,12}\\b${wrapper}\\(\\)`, 'g'))].map((m) => m[0]);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatch(/\breal\d*=\w+\(\)$/);
    // billing-prod's schedule is read through cron-parser (its first runs are in the message): the bundle's stand-in
    // gives the sources' answer.
    const examples = join(repoRoot, 'examples');
    const schedules = (findings: { ruleId: string; message: string }[]) => findings.filter((f) => f.ruleId === 'backup-schedule').map((f) => f.message);
    const bundled = schedules(lintJson(['.'], examples).report.findings);
    expect(bundled.some((message) => message.includes('first runs 01-01 00:02'))).toBe(true);
    expect(bundled).toEqual(schedules((await runLint({ paths: ['.'], cwd: examples })).report.findings));
  });

  it('the Kubernetes client is loaded only by --cluster and audit, without a warning from Node', () => {
    const env = { KUBECONFIG: join(tmpdir(), 'pgwarden-no-such-kubeconfig') };
    const cluster = pgwarden(['lint', '--cluster', 'apps/analytics'], join(repoRoot, 'examples'), env);
    expect(cluster.code).toBe(2);
    expect(cluster.stderr).toMatch(/^pgwarden: --cluster: cannot load kubeconfig: ENOENT[^\n]*\n$/);
    const audit = pgwarden(['audit'], repoRoot, env);
    expect(audit.code).toBe(2);
    expect(audit.stderr).toMatch(/^pgwarden: cannot load the kubeconfig: ENOENT[^\n]*\n$/);
  });

  it('--version and --help answer without loading the engine', () => {
    expect(pgwarden(['--version'], repoRoot).stdout.trim()).toBe(JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version);
    expect(pgwarden(['--help'], repoRoot).stdout).toContain('Usage: pgwarden <command>');
  });

  it('the generated validators report a bad policy as ajv does from the sources', () => {
    const dir = copyFixture('overlays');
    const text = [
      'apiVersion: pgwarden.io/v1alpha1',
      'kind: PostgresPolicy',
      'metadata:',
      '  name: p',
      'spec:',
      '  rules:',
      '    replicas:',
      '      severity: fatal',
      '      min: two',
      '    storage-class:',
      '      allowed: fast',
      '      colour: blue',
      '',
    ].join('\n');
    writeFileSync(join(dir, '.pgwarden.yaml'), text);
    let expected = '';
    try {
      parsePolicy(text, join(dir, '.pgwarden.yaml'));
    } catch (error) {
      expected = (error as Error).message;
    }
    expect(expected).toContain(':8:');
    const run = pgwarden(['lint'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`pgwarden: ${expected}\n`);
  });

  it("the generated validators fill in each rule's option defaults (findings as from the sources)", () => {
    const dir = copyFixture('overlays');
    writeFileSync(join(dir, '.pgwarden.yaml'), 'apiVersion: pgwarden.io/v1alpha1\nkind: PostgresPolicy\nmetadata:\n  name: p\nspec:\n  rules:\n    replicas: {}\n    storage-class: {}\n');
    const { report } = lintJson([], dir);
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.findings.filter((f) => f.ruleId === 'internal-error')).toEqual([]);
  });
});

describe("bin/pgwarden's code cache for lib/cli.cjs", () => {
  const cacheRoot = () => {
    const dir = mkdtempSync(join(tmpdir(), 'pgwarden-codecache-'));
    temps.push(dir);
    return dir;
  };
  // The code caches of lib/cli.cjs, or with `yaml` those of lib/yaml.cjs (the parse cache lives beside them:
  // parse-cache.test.ts).
  const caches = (root: string, of: 'cli' | 'yaml' = 'cli') => {
    try {
      return readdirSync(join(root, 'pgwarden'))
        .filter((name) => name.startsWith('cli-') && name.endsWith('-yaml.v8cache') === (of === 'yaml'))
        .sort();
    } catch {
      return [];
    }
  };
  const lintExamples = (env: Record<string, string>, args = ['lint', '--format', 'json', 'apps/analytics']) => pgwarden(args, join(repoRoot, 'examples'), env);

  it("lib/cli.cjs and lib/yaml.cjs name the hash of their own code on their first line (the cache's key)", () => {
    for (const name of ['cli.cjs', 'yaml.cjs']) {
      const text = readFileSync(join(lib, name), 'utf8');
      const [first, ...rest] = text.split('\n');
      expect(first, name).toBe(`// pgwarden-cli ${createHash('sha256').update(rest.join('\n')).digest('hex').slice(0, 32)}`);
    }
  });

  it('lib/yaml.cjs is read only by a run that parses: one whose files all come from the parse cache never loads it', () => {
    // A copy of the launcher and its bundles, beside the packages they require.
    const install = cacheRoot();
    cpSync(join(repoRoot, 'bin'), join(install, 'bin'), { recursive: true });
    writeFileSync(join(install, 'package.json'), readFileSync(join(repoRoot, 'package.json')));
    cpSync(lib, join(install, 'lib'), { recursive: true });
    symlinkSync(join(repoRoot, 'node_modules'), join(install, 'node_modules'));
    const repo = copyFixture('overlays');
    const root = cacheRoot();
    const run = () => spawnSync(join(repoRoot, 'node_modules/.bin/node'), [join(install, 'bin', 'pgwarden'), 'lint', '--format', 'json', '.'], { cwd: repo, encoding: 'utf8', env: { ...process.env, NODE_COMPILE_CACHE: root } });
    const first = run();
    expect(first.status).toBe(1);
    // The first run parsed every file: both caches written, lib/yaml.cjs's holding the parser.
    expect(caches(root)).toHaveLength(1);
    expect(caches(root, 'yaml')).toHaveLength(1);
    expect(readFileSync(join(root, 'pgwarden', caches(root, 'yaml')[0]!)).length).toBeGreaterThan(100_000);
    rmSync(join(install, 'lib', 'yaml.cjs'));
    // Nothing changed: every parse comes from the parse cache, and the same report without the YAML library.
    const second = run();
    expect(second.stderr).toBe('');
    expect(second.stdout).toBe(first.stdout);
    // A changed file is parsed: the library is needed (and here, gone).
    const manifest = readdirSync(repo, { recursive: true, encoding: 'utf8' }).find((name) => name.endsWith('.yaml') && !name.includes('kustomization'))!;
    writeFileSync(join(repo, manifest), `${readFileSync(join(repo, manifest), 'utf8')}# changed\n`);
    const third = run();
    expect(third.status).not.toBe(1);
    expect(third.stderr).toContain('yaml.cjs');
  });

  it('is written after the first lint, read by the next, and changes no output', () => {
    const root = cacheRoot();
    const first = lintExamples({ NODE_COMPILE_CACHE: root });
    const written = caches(root);
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(new RegExp(`^cli-[0-9a-f]{32}-${process.version}-${process.arch}-lint\\.v8cache$`));
    const second = lintExamples({ NODE_COMPILE_CACHE: root });
    const uncached = lintExamples({ NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(first.code).toBe(1);
    expect(second).toEqual(first);
    expect(uncached).toEqual(first);
    // Files named (pre-commit) and other commands run other code: a cache each.
    pgwarden(['lint', 'apps/analytics/postgresql.yaml'], join(repoRoot, 'examples'), { NODE_COMPILE_CACHE: root });
    pgwarden(['rules'], repoRoot, { NODE_COMPILE_CACHE: root });
    expect(caches(root).map((f) => f.replace(/^cli-[0-9a-f]+-[^-]+-[^-]+-/, ''))).toEqual(['lint-files.v8cache', 'lint.v8cache', 'rules.v8cache']);
  });

  it('a damaged cache (its checksum fails) or one V8 rejects (made from other code) is ignored and written anew', () => {
    const root = cacheRoot();
    const expected = lintExamples({ NODE_DISABLE_COMPILE_CACHE: '1' });
    lintExamples({ NODE_COMPILE_CACHE: root });
    const [name] = caches(root);
    const file = join(root, 'pgwarden', name!);
    const good = readFileSync(file);
    // Bytes flipped: V8 would not notice (it does not verify what it deserializes) and could crash.
    writeFileSync(file, Buffer.from(good.map((byte, i) => (i > 64 ? byte ^ 0x5a : byte))));
    const stale = join(root, 'pgwarden', 'cli-0123456789abcdef0123456789abcdef-v0.0.0-x64-lint.v8cache');
    const recent = join(root, 'pgwarden', 'cli-fedcba9876543210fedcba9876543210-v0.0.0-x64-lint.v8cache');
    writeFileSync(stale, 'a bundle nobody has run for a week');
    utimesSync(stale, new Date(Date.now() - 8 * 24 * 3600 * 1000), new Date(Date.now() - 8 * 24 * 3600 * 1000));
    writeFileSync(recent, 'another install in use');
    expect(lintExamples({ NODE_COMPILE_CACHE: root })).toEqual(expected);
    expect(caches(root)).toEqual([basename(recent), name].sort()); // the week-old one removed, the other install's kept
    expect(readFileSync(file).length).toBeGreaterThan(100_000); // rewritten as a real cache
    // A well-formed cache of other code: V8 rejects it, the CLI compiles from source and writes its own.
    const other = new Script('(function () { return 1; })').createCachedData();
    const header = Buffer.alloc(8);
    header.writeUInt32LE(crc32(other));
    writeFileSync(file, Buffer.concat([header, other]));
    expect(lintExamples({ NODE_COMPILE_CACHE: root })).toEqual(expected);
    expect(readFileSync(file).length).toBeGreaterThan(100_000);
    expect(lintExamples({ NODE_COMPILE_CACHE: root })).toEqual(expected);
  });

  it('is neither read nor written in a directory that others can write, nor with NODE_DISABLE_COMPILE_CACHE=1, nor after --help or a failed run', () => {
    const shared = cacheRoot();
    mkdirSync(join(shared, 'pgwarden'));
    chmodSync(join(shared, 'pgwarden'), 0o777);
    expect(lintExamples({ NODE_COMPILE_CACHE: shared }).code).toBe(1);
    expect(caches(shared)).toEqual([]);
    const disabled = cacheRoot();
    expect(lintExamples({ NODE_COMPILE_CACHE: disabled, NODE_DISABLE_COMPILE_CACHE: '1' }).code).toBe(1);
    expect(caches(disabled)).toEqual([]);
    const help = cacheRoot();
    expect(lintExamples({ NODE_COMPILE_CACHE: help }, ['lint', '--help']).code).toBe(0);
    expect(caches(help)).toEqual([]);
    // A run that stopped early (usage error, exit 2) compiled little: no cache from it.
    const failed = cacheRoot();
    expect(lintExamples({ NODE_COMPILE_CACHE: failed }, ['lint', '--format', 'nope', 'apps/analytics']).code).toBe(2);
    expect(caches(failed)).toEqual([]);
  });

  it("checks the cache with zlib's CRC-32 without loading node:zlib, and without a deprecation warning when those are asked for", () => {
    const root = cacheRoot();
    const expected = lintExamples({ NODE_DISABLE_COMPILE_CACHE: '1' });
    // Made with the native binding, read and damaged-checked under --pending-deprecation (node:zlib then): one checksum.
    expect(lintExamples({ NODE_COMPILE_CACHE: root })).toEqual(expected);
    const [name] = caches(root);
    const file = join(root, 'pgwarden', name!);
    const written = readFileSync(file);
    // The checksum, four zero bytes (V8's data starts 8-byte aligned, or V8 copies it first), V8's data.
    expect(written.readUInt32LE(0)).toBe(crc32(written.subarray(8)));
    expect(written.readUInt32LE(4)).toBe(0);
    const pending = { NODE_COMPILE_CACHE: root, NODE_OPTIONS: '--pending-deprecation --throw-deprecation' };
    expect(lintExamples(pending)).toEqual(expected);
    expect(readFileSync(file).equals(written)).toBe(true); // accepted, not written anew
    writeFileSync(file, Buffer.from(written.map((byte, i) => (i > 64 ? byte ^ 0x5a : byte))));
    expect(lintExamples(pending)).toEqual(expected);
    expect(readFileSync(file).readUInt32LE(0)).toBe(crc32(readFileSync(file).subarray(8)));
    // Without the flags, bin/pgwarden does not load node:zlib at all (the built-ins a process loaded: moduleLoadList).
    const preload = join(root, 'modules.cjs');
    writeFileSync(preload, "process.on('exit', () => require('node:fs').writeSync(2, 'modules: ' + process.moduleLoadList.join(',') + '\\n'));\n");
    const modules = pgwarden(['lint', 'apps/analytics'], join(repoRoot, 'examples'), { NODE_COMPILE_CACHE: root, NODE_OPTIONS: `--require ${preload}` });
    expect(modules.stderr).toMatch(/^modules: .*NativeModule fs/);
    expect(modules.stderr).not.toMatch(/NativeModule zlib/);
    // Nor the other built-ins a short lint has no use for, each 0.5-2 ms: the stdout stream machinery and node:tty
    // (output goes through fs.writeSync to a pipe here), perf_hooks (the clock is read for --debug only), the
    // navigator (picomatch asks it the platform unless told), node:os (the temporary directory is read from the
    // environment), child_process and crypto.
    for (const name of ['tty', 'net', 'perf_hooks', 'internal/navigator', 'os', 'child_process', 'crypto']) {
      expect(modules.stderr, name).not.toMatch(new RegExp(`NativeModule ${name}(,|\\n)`));
    }
    const withFlag = pgwarden(['lint', 'apps/analytics'], join(repoRoot, 'examples'), { NODE_COMPILE_CACHE: root, NODE_OPTIONS: `--require ${preload} --pending-deprecation` });
    expect(withFlag.stderr).toMatch(/NativeModule zlib/);
  });

  it('holds the YAML parsers even when the run that made it parsed nothing (every parse from the parse cache)', () => {
    // A cache made by a run on an empty parse cache (every file parsed) ...
    const cold = cacheRoot();
    expect(lintExamples({ NODE_COMPILE_CACHE: cold }).code).toBe(1);
    // ... and one made by a run whose parses all came from the parse cache: bin/pgwarden warms the parsers first
    // (src/cli/warm.ts), so both hold them; without that the second was a fifth smaller.
    const warm = cacheRoot();
    mkdirSync(join(warm, 'pgwarden'), { mode: 0o700 });
    for (const name of readdirSync(join(cold, 'pgwarden')).filter((n) => n.startsWith('parse-'))) {
      writeFileSync(join(warm, 'pgwarden', name), readFileSync(join(cold, 'pgwarden', name)), { mode: 0o600 });
    }
    expect(lintExamples({ NODE_COMPILE_CACHE: warm }).code).toBe(1);
    // The CLI's holds the parse sites, lib/yaml.cjs's the parser.
    const size = (root: string, of: 'cli' | 'yaml') => readFileSync(join(root, 'pgwarden', caches(root, of)[0]!)).length;
    expect(size(warm, 'cli')).toBeGreaterThan(size(cold, 'cli') * 0.9);
    expect(size(warm, 'yaml')).toBeGreaterThan(size(cold, 'yaml') * 0.9);
    expect(lintExamples({ NODE_COMPILE_CACHE: warm })).toEqual(lintExamples({ NODE_DISABLE_COMPILE_CACHE: '1' }));
  });

  it('an unwritable cache directory costs nothing but the cache', () => {
    const root = cacheRoot();
    writeFileSync(join(root, 'pgwarden'), 'a file where the directory would be');
    const run = lintExamples({ NODE_COMPILE_CACHE: root });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
  });
});
