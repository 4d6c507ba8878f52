// Bundles the CLI (and the webhook it starts with `pgwarden serve`) into lib/, which is committed.
//   npm run bundle (= node scripts/build-cli.mjs) → lib/ (what bin/pgwarden runs)
//   node scripts/build-cli.mjs --outdir D   → D (the staleness check builds to a temp dir and compares)
//
// Two builds of the same sources:
//   - lib/cli.cjs: every command but `serve`, one CommonJS file. bin/pgwarden compiles it with a V8 code cache
//     written after a run (see bin/pgwarden): a one-file lint then starts without compiling the functions it runs.
//   - lib/pgwarden.js (+ chunks), ESM: `serve` (the webhook's server stack is ESM-first), the library entry
//     lib/api.js (package.json "exports") and the webhook's policy worker.
// and lib/types/: the declarations of the library entry (package.json "types"), emitted by tsc from src/cli/api.ts.
//
// Why a committed bundle rather than a `prepare` build: npm 11 (the npm of Node 24) links a deleted temp clone
// when `npm install -g git+file://…` meets any lifecycle script, and that is exactly how pre-commit >= 4.6.1
// installs a `language: node` hook. A package with no install-time build installs cleanly everywhere. For the same
// reason package.json has no script named `build` (npm's git fetcher treats `build` like `prepare`): it is `bundle`.
// Dependencies stay external: npm installs them beside the package.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { build } from 'esbuild';
import ts from 'typescript';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const flag = process.argv.indexOf('--outdir');
const outdir = flag >= 0 && process.argv[flag + 1] ? resolve(process.argv[flag + 1]) : join(repoRoot, 'lib');

/**
 * src/policies/validators.ts compiles the policy document's and the rules' option schemas with ajv on first use.
 * In the CLI bundle it is replaced by ajv "standalone" code generated here from the same schemas, with the same ajv
 * options: no schema compiling (nor ajv's compiler) at start-up. The schemas are read by bundling a two-line entry
 * over the sources and running it.
 */
async function validatorsPlugins() {
  // Inside the repository, so the entry's imports resolve from its node_modules.
  const cacheDir = join(repoRoot, 'node_modules/.cache/pgwarden');
  mkdirSync(cacheDir, { recursive: true });
  const scratch = mkdtempSync(join(cacheDir, 'build-'));
  let schemas;
  let options;
  try {
    const file = join(scratch, 'schemas.mjs');
    await build({
      absWorkingDir: repoRoot,
      stdin: {
        contents: [
          "export { policySchema } from './src/policies/policy.ts';",
          "export { allRuleMetas } from './src/policies/index.ts';",
          "export { DOCUMENT_AJV_OPTIONS, DEFAULTS_AJV_OPTIONS } from './src/policies/validators.ts';",
        ].join('\n'),
        resolveDir: repoRoot,
        loader: 'ts',
      },
      outfile: file,
      bundle: true,
      packages: 'external',
      platform: 'node',
      format: 'esm',
      logLevel: 'warning',
    });
    const mod = await import(pathToFileURL(file).href);
    schemas = { document: mod.policySchema(), rules: mod.allRuleMetas.map((meta) => [meta.id, meta.optionsSchema]) };
    options = { document: mod.DOCUMENT_AJV_OPTIONS, defaults: mod.DEFAULTS_AJV_OPTIONS };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  // Standalone code `require`s ajv's small runtime helpers; the bundle is ESM with packages external: import them.
  const esm = (code) => {
    const imports = new Map();
    const body = code.replace(/require\("([^"]+)"\)/g, (_, spec) => {
      if (!imports.has(spec)) imports.set(spec, `__ajvRuntime${imports.size}`);
      return imports.get(spec);
    });
    const head = [...imports].map(([spec, name]) => `import ${name} from ${JSON.stringify(spec.endsWith('.js') ? spec : `${spec}.js`)};`);
    return `${head.join('\n')}\n${body.replace(/^"use strict";/, '')}`;
  };
  // One set of modules per output format: ESM imports ajv's runtime helpers, CommonJS requires them.
  const generate = (esmOutput) => {
    const documentAjv = new Ajv({ ...options.document, code: { source: true, esm: esmOutput } });
    documentAjv.addSchema(schemas.document, 'policyDocument');
    const defaultsAjv = new Ajv({ ...options.defaults, code: { source: true, esm: esmOutput } });
    const keys = schemas.rules.map(([id, schema], i) => {
      defaultsAjv.addSchema(schema, `rule${i}`);
      return [id, `rule${i}`];
    });
    const source = (ajv, refs) => (esmOutput ? esm(standaloneCode(ajv, refs)) : standaloneCode(ajv, refs));
    return {
      document: source(documentAjv, { policyDocument: 'policyDocument' }),
      defaults: source(defaultsAjv, Object.fromEntries(keys.map(([, key]) => [key, key]))),
      validators: [
        '// Generated by scripts/build-cli.mjs from the schemas src/policies/validators.ts compiles at run time.',
        "import { policyDocument } from 'pgwarden-validators:document';",
        "import * as rules from 'pgwarden-validators:defaults';",
        `export const DOCUMENT_AJV_OPTIONS = ${JSON.stringify(options.document)};`,
        `export const DEFAULTS_AJV_OPTIONS = ${JSON.stringify(options.defaults)};`,
        `const byRule = { ${keys.map(([id, key]) => `${JSON.stringify(id)}: rules.${key}`).join(', ')} };`,
        'export function policyDocumentValidator() { return policyDocument; }',
        'export function ruleOptionsValidator(ruleId) {',
        '  const validate = byRule[ruleId];',
        '  if (!validate) throw new Error(`no precompiled options validator for rule ${ruleId}: rebuild with npm run bundle`);',
        '  return validate;',
        '}',
      ].join('\n'),
    };
  };
  const validatorsSource = join(repoRoot, 'src/policies/validators.ts');
  const plugin = (modules) => ({
    name: 'pgwarden-validators',
    setup(b) {
      b.onResolve({ filter: /^pgwarden-validators:/ }, (args) => ({ path: args.path, namespace: 'pgwarden-validators' }));
      b.onLoad({ filter: /.*/, namespace: 'pgwarden-validators' }, (args) => ({
        contents: modules[args.path.slice('pgwarden-validators:'.length)],
        loader: 'js',
        resolveDir: repoRoot,
      }));
      b.onLoad({ filter: /[\\/]src[\\/]policies[\\/]validators\.ts$/ }, (args) =>
        resolve(args.path) === validatorsSource ? { contents: modules.validators, loader: 'js', resolveDir: repoRoot } : undefined,
      );
    },
  });
  return { esm: plugin(generate(true)), cjs: plugin(generate(false)) };
}

const validators = await validatorsPlugins();
/**
 * The webhook's server stack (fastify, pino, prom-client), the Kubernetes client (`serve`, `audit`, `--cluster`)
 * and ajv's runtime stay installed packages. The libraries every lint loads are bundled in: one file each instead
 * of dozens resolved and read through node_modules on every start (yaml alone is ~60 modules).
 */
const external = ['fastify', 'pino', 'prom-client', '@kubernetes/client-node', 'ajv', 'ajv/*', '@actions/*'];

// Chunk names carry content hashes: start empty so no chunk of an older build is left behind.
rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: repoRoot,
  entryPoints: {
    // The composition root: `serve` → src/webhook, everything else → src/cli.
    pgwarden: 'src/main.ts',
    // The library entry (package.json "exports"): runLint and formatReport, sharing chunks with the CLI.
    api: 'src/cli/api.ts',
    // A worker thread is started from a file: it must be an entry of its own, beside the chunk that starts it.
    'policy-worker': 'src/webhook/policy-worker.ts',
  },
  outdir,
  bundle: true,
  splitting: true,
  chunkNames: '[name]-[hash]',
  external,
  legalComments: 'linked',
  // Bundled CommonJS libraries `require` Node's built-ins (yaml: `process`): give every ESM chunk a `require`.
  banner: { js: "import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);" },
  platform: 'node',
  target: 'node22',
  format: 'esm',
  logLevel: 'warning',
  plugins: [validators.esm],
});

/**
 * In lib/cli.cjs, `node:child_process`, `node:crypto` and `node:os` are loaded on first use, not when the bundle
 * starts: a lint that starts no process (git is found on the file system), hashes nothing (no generator) and reads no
 * stdin (a temporary directory) never loads them, and loading each costs 0.5-3 ms of every start. Each is a module of functions that fetch the built-in when called; a
 * name that is not a function of the built-in fails the build (esbuild: no such export).
 */
const lazyBuiltins = {
  name: 'pgwarden-lazy-builtins',
  setup(b) {
    b.onResolve({ filter: /^node:(child_process|crypto|os)$/ }, (args) =>
      args.namespace === 'pgwarden-lazy-builtins' ? { path: args.path, external: true } : { path: args.path, namespace: 'pgwarden-lazy-builtins' },
    );
    b.onLoad({ filter: /.*/, namespace: 'pgwarden-lazy-builtins' }, async (args) => {
      const real = await import(args.path);
      const names = Object.keys(real).filter((name) => name !== 'default' && typeof real[name] === 'function' && /^[A-Za-z_$][\w$]*$/.test(name));
      return {
        contents: [
          `const load = () => process.getBuiltinModule(${JSON.stringify(args.path)});`,
          ...names.map((name) => `export function ${name}(...args) { return load().${name}(...args); }`),
        ].join('\n'),
        loader: 'js',
      };
    });
  },
};

/**
 * In lib/cli.cjs, some packages are set up on first use, not when the bundle starts:
 *  - cron-parser (and luxon, which it loads): only a backup schedule that passes its operator's own checks is read
 *    through it (src/policies/cron.ts), and setting the two up cost ~1 ms of every start and 350 kB of heap (a
 *    scavenge sooner), measured on a one-file lint. Loaded from node_modules.
 *  - yaml: a lint whose every file comes from the parse cache (an unchanged file, pre-commit's common case) parses
 *    nothing, yet its code cache held the YAML library's 170 kB and the parser compiled in it (warm.ts), and
 *    deserializing them cost every such start 2-3 ms (measured: lint FILE 45.5 → 43.2 ms wall, 40 rounds). It is
 *    bundled on its own as lib/yaml.cjs, which bin/pgwarden compiles with a code cache of its own when a run first
 *    touches the library.
 * Each export is a stand-in that loads the package when first touched and forwards calls, `new` and static members
 * (bound to the real class: cron-parser's static methods use private members of `this`); loading then points every
 * export at the real one (esbuild hoists the module: importers read these very bindings), so the stand-in costs
 * nothing after the first touch. The webhook's ESM build loads both at start-up, where the cost is paid once.
 */
const LAZY_PACKAGES = { 'cron-parser': 'cron-parser', yaml: './yaml.cjs' };
const lazyPackages = {
  name: 'pgwarden-lazy-packages',
  setup(b) {
    const filter = new RegExp(`^(${Object.keys(LAZY_PACKAGES).map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`);
    b.onResolve({ filter }, (args) => (args.namespace === 'pgwarden-lazy-packages' ? undefined : { path: args.path, namespace: 'pgwarden-lazy-packages' }));
    b.onResolve({ filter: /^\.\/yaml\.cjs$/ }, (args) => ({ path: args.path, external: true }));
    b.onLoad({ filter: /.*/, namespace: 'pgwarden-lazy-packages' }, async (args) => {
      const real = await import(args.path);
      const names = Object.keys(real).filter((name) => name !== 'default' && typeof real[name] === 'function' && /^[A-Za-z_$][\w$]*$/.test(name));
      return {
        contents: [
          'let real;',
          'const load = () => {',
          '  if (real) return real;',
          `  real = require(${JSON.stringify(LAZY_PACKAGES[args.path])});`,
          ...names.map((name) => `  ${name} = real.${name};`),
          '  return real;',
          '};',
          'const standIn = (name) => new Proxy(function () {}, {',
          '  get(_, key) {',
          '    const target = load()[name];',
          "    const value = Reflect.get(target, key);",
          "    return typeof value === 'function' && key !== 'prototype' ? value.bind(target) : value;",
          '  },',
          '  apply: (_, self, args) => Reflect.apply(load()[name], self, args),',
          '  construct: (_, args) => Reflect.construct(load()[name], args),',
          '});',
          ...names.map((name) => `export let ${name} = standIn(${JSON.stringify(name)});`),
        ].join('\n'),
        loader: 'js',
        resolveDir: repoRoot,
      };
    });
  },
};

/**
 * A CommonJS bundle as the function Node's loader would wrap it in, `(function (exports, require, module, __filename,
 * __dirname) {…})`: bin/pgwarden compiles the file's text as it is, where wrapping it at run time made V8 copy it into
 * a new string first (1-1.5 ms of every start for lib/cli.cjs, measured). Its first line names the hash of the rest:
 * bin/pgwarden keys its code cache by it, so a cache is never applied to other code. ASCII only: one character above
 * U+007F anywhere makes V8 hold the whole source as a two-byte string, and reading lib/cli.cjs cost every start 1.5 ms
 * instead of 0.2 (measured; esbuild escapes strings but leaves a regular expression's text as written). Write such a
 * character as a \u escape in the source.
 */
function wrapForLauncher(file) {
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`;
  const nonAscii = /[^\x00-\x7f]/.exec(wrapped);
  if (nonAscii) {
    const line = wrapped.slice(0, nonAscii.index).split('\n').length;
    throw new Error(`${file} line ${line}: non-ASCII character U+${nonAscii[0].codePointAt(0).toString(16).padStart(4, '0')} in ${JSON.stringify(wrapped.slice(Math.max(0, nonAscii.index - 40), nonAscii.index + 40))}: escape it in the source`);
  }
  writeFileSync(file, `// pgwarden-cli ${createHash('sha256').update(wrapped).digest('hex').slice(0, 32)}\n${wrapped}`);
}

// lib/cli.cjs: the CLI door alone (src/cli/main.ts; bin/pgwarden sends `serve` to lib/pgwarden.js), wrapped for the
// launcher (wrapForLauncher).
await build({
  absWorkingDir: repoRoot,
  entryPoints: ['src/cli/main.ts'],
  outfile: join(outdir, 'cli.cjs'),
  bundle: true,
  // Without comments and layout the file is a third smaller and nearly plain ASCII (esbuild escapes non-ASCII in
  // strings; the sources' comments held most of it): less to read and decode on every start. Names are kept, so a stack
  // trace (PGWARDEN_DEBUG=1) still names the functions.
  minifyWhitespace: true,
  // main.ts finds package.json from its own location.
  define: { 'import.meta.dirname': '__dirname' },
  // ajv's runtime helpers (the generated validators' only dependency) bundled in too: requiring them through
  // node_modules cost ~4 ms of module resolution on every start.
  external: external.filter((name) => !name.startsWith('ajv')),
  // import() of the Kubernetes client (audit, --cluster) as require(): Node >= 22.12 loads ES modules that way, and
  // bin/pgwarden then compiles the bundle without vm's experimental dynamic-import hook.
  supported: { 'dynamic-import': false },
  banner: { js: "'use strict';" },
  legalComments: 'linked',
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  logLevel: 'warning',
  plugins: [validators.cjs, lazyBuiltins, lazyPackages],
});
wrapForLauncher(join(outdir, 'cli.cjs'));

// lib/yaml.cjs: the YAML library for lib/cli.cjs, loaded on first use (see LAZY_PACKAGES).
await build({
  absWorkingDir: repoRoot,
  entryPoints: ['yaml'],
  outfile: join(outdir, 'yaml.cjs'),
  bundle: true,
  minifyWhitespace: true,
  legalComments: 'none',
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  logLevel: 'warning',
});
wrapForLauncher(join(outdir, 'yaml.cjs'));


// lib/types/: what `import … from 'pgwarden'` declares, from the same sources (tsc, declarations only, the
// repository's compiler options). Written into the output directory like the bundles, so check:bundles finds them
// stale the same way.
const tsconfig = ts.getParsedCommandLineOfConfigFile(join(repoRoot, 'tsconfig.json'), {}, {
  ...ts.sys,
  onUnRecoverableConfigFileDiagnostic: (d) => {
    throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  },
});
const program = ts.createProgram({
  rootNames: [join(repoRoot, 'src/cli/api.ts')],
  options: {
    ...tsconfig.options,
    noEmit: false,
    declaration: true,
    emitDeclarationOnly: true,
    declarationMap: false,
    sourceMap: false,
    rootDir: join(repoRoot, 'src'),
    outDir: join(outdir, 'types'),
    newLine: ts.NewLineKind.LineFeed,
  },
});
const emitted = program.emit(undefined, undefined, undefined, true);
const problems = [...ts.getPreEmitDiagnostics(program), ...emitted.diagnostics].filter((d) => d.category === ts.DiagnosticCategory.Error);
// (emitSkipped is set for the JSON modules in the graph, which have no declarations: judge by errors and the entry.)
if (problems.length > 0 || !existsSync(join(outdir, 'types/cli/api.d.ts'))) {
  throw new Error(`declarations for lib/types failed:\n${ts.formatDiagnostics(problems, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => repoRoot, getNewLine: () => '\n' })}`);
}
