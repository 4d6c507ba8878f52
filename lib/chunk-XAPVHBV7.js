import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  REPORT_OPTIONS,
  exitCode,
  quieted,
  reportSettings,
  useColor,
  writeOutput
} from "./chunk-BJB2RR5P.js";
import {
  POLICY_FILE_NAME
} from "./chunk-VFF3NK65.js";
import {
  PolicyFileError,
  UsageError
} from "./chunk-3ZR33BMR.js";
import {
  FORMATS,
  visible
} from "./chunk-76GNYLZX.js";
import {
  CLI_RULES
} from "./chunk-75JXLHVC.js";

// src/cli/main.ts
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";

// src/cli/stdio.ts
import { fstatSync, statSync, writeSync } from "node:fs";
function pause(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
var STALLED_MS = 6e4;
function writeAll(fd, text) {
  if (text === "") return;
  const bytes = Buffer.from(text, "utf8");
  let offset = 0;
  let stalled = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(fd, bytes, offset, bytes.length - offset);
      stalled = 0;
    } catch (error) {
      const code = error.code;
      if (code === "EAGAIN" && stalled < STALLED_MS) {
        pause(1);
        stalled++;
        continue;
      }
      if (code === "EPIPE" || code === "EAGAIN") return;
      throw error;
    }
  }
}
function isTerminal(fd) {
  try {
    const st = fstatSync(fd);
    if (!st.isCharacterDevice()) return false;
    try {
      const nul = statSync("/dev/null");
      if (nul.isCharacterDevice() && nul.rdev === st.rdev) return false;
    } catch {
    }
  } catch {
    return false;
  }
  return process.getBuiltinModule("node:tty").isatty(fd);
}

// src/cli/main.ts
var processIo = () => {
  let stdoutIsTTY;
  let stderrIsTTY;
  return {
    stdout: (t) => writeAll(1, t),
    stderr: (t) => writeAll(2, t),
    get stdoutIsTTY() {
      stdoutIsTTY ??= isTerminal(1);
      return stdoutIsTTY;
    },
    get stderrIsTTY() {
      stderrIsTTY ??= isTerminal(2);
      return stderrIsTTY;
    },
    cwd: process.cwd(),
    env: process.env
  };
};
function version() {
  const here = import.meta.dirname;
  for (const candidate of [join(here, "..", "package.json"), join(here, "..", "..", "package.json")]) {
    try {
      const pkg = JSON.parse(readFileSync(candidate, "utf8"));
      if (pkg.name === "pgwarden" && pkg.version) return pkg.version;
    } catch {
    }
  }
  return "0.0.0";
}
var HELP = {
  main: `pgwarden \u2014 policy checks for PostgreSQL clusters on Kubernetes (PGO v4/v5, Zalando, CloudNativePG, StatefulSets)

Usage: pgwarden <command> [options]

Commands:
  lint [PATH...]   Lint a GitOps tree (default command; see \`pgwarden lint --help\`)
  render DIR       Print a kustomization rendered as \`kubectl kustomize\` prints it
  rules            List the rules, their default severities and docs
  init [FILE]      Write a commented starter policy (default ${POLICY_FILE_NAME})
  audit            Judge the Postgres objects in a running cluster (see \`pgwarden audit --help\`)
  serve            Run the admission webhook (see \`pgwarden serve --help\`)

Options:
  -h, --help       Show help (also after each command)
  -v, --version    Print the version
`,
  lint: `Usage: pgwarden lint [options] [PATH...]

Finds the apps in PATH (default .) the way Argo CD / Flux would deploy them, renders each with kustomize
semantics, checks it with the policy that matches it and reports each finding at the line that set the value.
File arguments (as pre-commit passes them) lint the apps that include those files.

Output:
  -f, --format NAME             ${FORMATS.join(" | ")} (default stylish)
  -o, --output FILE             Write the report to FILE instead of stdout
      --quiet                   Report errors only
      --max-warnings N          Exit 1 when there are more than N warnings
      --color / --no-color      Force colours on or off (default: FORCE_COLOR, then NO_COLOR, then on a TTY only)
Policy:
  -p, --policy FILE             Policy file (default: the nearest ${POLICY_FILE_NAME} upwards from the paths given)
      --print-config FILE       Print, as JSON, the policy and rule settings that apply to each object in FILE
      --cluster                 Read StorageClasses and CRDs from the live cluster (kubeconfig): flag classes it
                                lacks, and check fields against its CRDs (unknown-field)
      --context NAME            kubeconfig context for --cluster
      --crds DIR                CRD files to check the operators' objects against (before the built-in catalogue)
Scope:
      --changed-since REF       Lint only the apps whose inputs changed since the git ref
      --base REF                Also judge the change from the tree at git REF to now (change rules:
                                cluster-removed, storage-shrink, major-upgrade, \u2026); REF is read from git
                                objects, the working tree and index are not touched
      --exclude GLOB            Skip paths matching GLOB (gitignore syntax, relative to the working directory;
                                repeatable); a .pgwardenignore at the repository root is read too
      --fail-if-no-objects      Exit 2 when no PostgreSQL object is found (a wrong path must not pass)
Input:
      -                         Read manifests from stdin: one file, or a rendered stream (\`helm template \u2026 | pgwarden lint -\`)
      --stdin-filename PATH     Name (and place, for the policy lookup) of what stdin holds; default stdin.yaml
Fixes and adoption:
      --fix                     Apply the engine's fixes in the source files (comments and layout kept)
      --fix-dry-run             Print the fixes as a unified diff instead of writing them
      --suppress-all            Record every current finding in the suppressions file (only new ones fail)
      --prune-suppressions      Drop suppressions that no longer occur
      --suppressions-location FILE   Suppressions file (default pgwarden-suppressions.json)

Diagnostics:
      --debug                   On stderr: time per phase, apps discovered, renders through the kustomize fallback
      --no-cache                Parse every file, without the parse cache kept from earlier runs (see docs/cli.md)

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage, policy or internal error.
`,
  render: `Usage: pgwarden render DIR

Renders the kustomization in DIR the way \`kubectl kustomize DIR\` does and prints the YAML stream.
Secret values and other credentials (env values of password/secret/token/key variables, --password arguments,
user:pass@ in URLs, last-applied annotations) are never printed: each one is shown as <redacted by pgwarden>.
Exit 1 with the diagnostics on stderr when it cannot be rendered.
`,
  rules: `Usage: pgwarden rules [--format text|json]

Lists every rule with its default severity, whether it can fix, and its documentation link.
`,
  init: `Usage: pgwarden init [FILE] [--force]

Writes a commented starter policy to FILE (default ${POLICY_FILE_NAME}), creating its directory; refuses to
overwrite without --force.
`
};
var COMMANDS = /* @__PURE__ */ new Set(["lint", "render", "rules", "init", "audit"]);
async function main(argv, io = processIo(), launch = {}) {
  try {
    return await dispatch(argv, io, launch);
  } catch (error) {
    if (error instanceof UsageError || error instanceof PolicyFileError) {
      io.stderr(`pgwarden: ${await withSuggestion(error)}
`);
      return 2;
    }
    const e = error;
    io.stderr(`pgwarden: internal error: ${e?.message ?? String(error)}
${io.env.PGWARDEN_DEBUG ? `${e?.stack ?? ""}
` : ""}`);
    return 2;
  }
}
async function withSuggestion(error) {
  const cause = error.cause;
  if (!cause?.option || !cause.known) return error.message;
  const { didYouMean } = await import("./policies-TY7TVWUR.js");
  const guess = didYouMean(cause.option.replace(/^-+/, ""), cause.known.map((k) => k.slice(2)));
  return guess ? error.message.replace(/ \(see /, ` (did you mean --${guess}?) (see `) : error.message;
}
async function dispatch(argv, io, launch) {
  const [first, ...rest] = argv;
  if (first === "--version" || first === "-v") {
    io.stdout(`${version()}
`);
    return 0;
  }
  if (first === void 0 || first === "--help" || first === "-h" || first === "help") {
    io.stdout(HELP.main);
    return first === void 0 ? 2 : 0;
  }
  const command = COMMANDS.has(first) ? first : "lint";
  const args = command === first ? rest : argv;
  if (command === "lint" && first !== "lint" && !first.startsWith("-") && !existsSync(resolve(io.cwd, first))) {
    throw new UsageError(`unknown command or path "${first}" (see pgwarden --help)`);
  }
  switch (command) {
    case "lint":
      return lintCommand(args, io, launch);
    case "render":
      return renderCommand(args, io);
    case "rules":
      return rulesCommand(args, io);
    case "init":
      return initCommand(args, io);
    case "audit":
      return (await import("./audit-TFCF2SIH.js")).auditCommand(args, io, version());
  }
}
function guard(parseFn, command) {
  try {
    return parseFn();
  } catch (error) {
    const { code, message } = error;
    const see = `see pgwarden ${command} --help`;
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      const option = /'([^']+)'/.exec(message)?.[1] ?? "";
      throw new UsageError(`unknown option ${option} (${see})`, { cause: { option, known: [...new Set(HELP[command].match(/--[a-z][a-z-]*/g) ?? [])] } });
    }
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      const option = /--[a-z][a-z-]*/.exec(message)?.[0];
      throw new UsageError(option ? `${option} needs a value (${see})` : `${message} (${see})`);
    }
    throw new UsageError(`${message} (${see})`);
  }
}
var HELP_OPTION = { help: { type: "boolean", short: "h" } };
async function lintCommand(args, io, launch) {
  const { values, positionals } = guard(
    () => parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        ...HELP_OPTION,
        ...REPORT_OPTIONS,
        policy: { type: "string", short: "p" },
        cluster: { type: "boolean" },
        context: { type: "string" },
        crds: { type: "string" },
        "changed-since": { type: "string" },
        base: { type: "string" },
        "print-config": { type: "string" },
        exclude: { type: "string", multiple: true },
        "fail-if-no-objects": { type: "boolean" },
        fix: { type: "boolean" },
        "fix-dry-run": { type: "boolean" },
        "suppress-all": { type: "boolean" },
        "prune-suppressions": { type: "boolean" },
        "suppressions-location": { type: "string" },
        "stdin-filename": { type: "string" },
        debug: { type: "boolean" },
        "no-cache": { type: "boolean" }
      }
    }),
    "lint"
  );
  if (values.help) {
    io.stdout(HELP.lint);
    return 0;
  }
  const { format, maxWarnings } = reportSettings(values);
  if (values.fix && values["fix-dry-run"]) throw new UsageError("--fix and --fix-dry-run exclude each other");
  if (values.context && !values.cluster) throw new UsageError("--context only makes sense with --cluster");
  const options = { paths: positionals, cwd: io.cwd };
  if (values["print-config"] !== void 0) {
    if (positionals.length) throw new UsageError("--print-config takes one file and no other path");
    const { printConfig } = await import("./lint-OWCAMDJH.js");
    const printed = await printConfig(values["print-config"], { cwd: io.cwd, ...values.policy ? { policyFile: values.policy } : {} });
    io.stdout(`${JSON.stringify(printed, null, 2)}
`);
    return 0;
  }
  if (values.policy) options.policyFile = values.policy;
  if (values["changed-since"]) options.changedSince = values["changed-since"];
  if (values.base !== void 0) options.base = values.base;
  if (values.exclude?.length) options.exclude = values.exclude;
  if (values.fix) options.fix = "apply";
  if (values["fix-dry-run"]) options.fix = "dry-run";
  if (values["suppress-all"]) options.suppressAll = true;
  if (values["prune-suppressions"]) options.pruneSuppressions = true;
  if (values["suppressions-location"]) options.suppressionsFile = values["suppressions-location"];
  if (values.crds) {
    const { loadCrdDir } = await import("./crds-T6ASY7OD.js");
    options.crds = loadCrdDir(values.crds, io.cwd);
  }
  if (values.cluster) {
    const { readCluster } = await import("./cluster-YS2D4YXF.js");
    const facts = await readCluster(values.context);
    options.clusterStorageClasses = facts.storageClasses;
    options.crds = [...options.crds ?? [], ...facts.crds];
  }
  if (values.debug) options.debug = (line) => io.stderr(`pgwarden: debug: ${line}
`);
  let progressShown = false;
  const started = Date.now();
  let last = started;
  options.onProgress = (done, total) => {
    const now = Date.now();
    if (total < 40 && now - last < PROGRESS_EVERY_MS) return;
    if (io.stderrIsTTY) {
      if (total < 40) return;
      progressShown = true;
      io.stderr(`\r\x1B[Kpgwarden: ${Math.floor(100 * done / total)}% (${done}/${total} steps)`);
      return;
    }
    if (now - last < PROGRESS_EVERY_MS || done >= total) return;
    last = now;
    io.stderr(`pgwarden: ${Math.floor(100 * done / total)}% (${done}/${total} steps, ${Math.round((now - started) / 1e3)} s)
`);
  };
  let stdin;
  if (positionals.includes("-")) {
    if (positionals.length !== 1) throw new UsageError("lint - reads stdin: give no other path");
    if (options.fix || options.suppressAll || options.pruneSuppressions || options.changedSince) {
      throw new UsageError("lint - reads stdin: --fix, --fix-dry-run, --suppress-all, --prune-suppressions and --changed-since need files");
    }
    const name = values["stdin-filename"] ?? "stdin.yaml";
    const text2 = await (io.readStdin ?? readProcessStdin)();
    const { findPolicyFile } = await import("./policy-file-MGPDCEZD.js");
    const named = resolve(io.cwd, name);
    const policy = values.policy ? resolve(io.cwd, values.policy) : findPolicyFile(dirname(named));
    const dir = mkdtempSync(join(tmpdir(), "pgwarden-stdin-"));
    const fromPolicy = policy ? relative(dirname(policy), named) : basename(named);
    const inside = fromPolicy !== "" && !fromPolicy.startsWith("..") && !isAbsolute(fromPolicy);
    const file = join(dir, inside ? fromPolicy : basename(named));
    const written = /\.ya?ml$/i.test(file) ? file : join(dirname(file), "stdin.yaml");
    stdin = { dir, name, text: text2 };
    mkdirSync(dirname(written), { recursive: true });
    writeFileSync(written, text2);
    options.paths = [dir];
    options.cwd = dir;
    if (policy) options.policyFile = policy;
    if (policy && inside) options.policyFilesBase = dir;
  } else if (values["stdin-filename"] !== void 0) {
    throw new UsageError("--stdin-filename names what `lint -` reads from stdin; give - as the path");
  }
  const [{ runLint }, { formatReport }, { gitTopLevel }, { maskText }, { ParseCache }] = await Promise.all([
    import("./lint-OWCAMDJH.js"),
    import("./formatters-QLHEGFG3.js"),
    import("./git-BLHFBPZH.js"),
    import("./redact-J4OHTZCN.js"),
    import("./parse-cache-OT3OOEJB.js")
  ]);
  const repoRoot = gitTopLevel(io.cwd) ?? io.cwd;
  const cache = launch.parseCache && !values["no-cache"] && !stdin ? ParseCache.open(launch.parseCache, repoRoot) : void 0;
  const leave = cache?.enter();
  let result;
  let text;
  try {
    try {
      result = await runLint(options);
    } finally {
      if (stdin) rmSync(stdin.dir, { recursive: true, force: true });
    }
    if (stdin) result = asStdinResult(result, stdin.name, io.cwd, options.policyFile);
    if (progressShown) io.stderr("\r\x1B[K");
    for (const note of result.diagnostics) io.stderr(`pgwarden: ${visible(maskText(note))}
`);
    if (result.fix) {
      for (const skip of result.fix.skipped) io.stderr(`pgwarden: fix skipped: ${visible(maskText(skip))}
`);
      if (options.fix === "apply" && result.fix.files.length) io.stderr(`pgwarden: fixed ${visible(result.fix.files.join(", "))}
`);
    }
    if (result.suppressions?.written) io.stderr(`pgwarden: wrote ${result.suppressions.file}
`);
    const report = quieted(result.report, values.quiet);
    const color = useColor(values, format, io);
    text = options.fix === "dry-run" ? result.fix?.diff ?? "" : formatReport(format, report, {
      cwd: io.cwd,
      repoRoot,
      color,
      rules: result.rules,
      apps: Object.keys(result.inputsByApp),
      ...format === "sarif" ? { toolVersion: version() } : {},
      ...stdin ? { readSource: sourceWithStdin(resolve(io.cwd, stdin.name), stdin.text) } : {}
    });
  } finally {
    leave?.();
  }
  cache?.save();
  writeOutput(text, values, io);
  if (values["fail-if-no-objects"] && result.postgresObjects === 0) return 2;
  return exitCode(result.report.summary, values, maxWarnings, io);
}
var PROGRESS_EVERY_MS = 5e3;
var STDIN_LIMIT = 16 * 1024 * 1024;
async function readProcessStdin() {
  const chunks = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += chunk.length;
    if (size > STDIN_LIMIT) throw new UsageError(`lint -: stdin holds more than ${STDIN_LIMIT / 1024 / 1024} MiB`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}
function asStdinResult(result, name, cwd, policyFile) {
  const shownPolicy = policyFile ? relative(cwd, policyFile).split(sep).join("/") : null;
  for (const f of result.report.findings) {
    f.file = name;
    f.apps = ["stdin"];
    if (f.policy?.file) f.policy.file = shownPolicy;
  }
  if (result.report.policy) result.report.policy.file = shownPolicy;
  result.inputsByApp = { stdin: [name] };
  return result;
}
function sourceWithStdin(path, text) {
  return (absolutePath) => {
    if (absolutePath === path) return text;
    try {
      return readFileSync(absolutePath, "utf8");
    } catch {
      return void 0;
    }
  };
}
async function renderCommand(args, io) {
  const { values, positionals } = guard(
    () => parseArgs({ args, allowPositionals: true, strict: true, options: { ...HELP_OPTION } }),
    "render"
  );
  if (values.help) {
    io.stdout(HELP.render);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError("render takes exactly one directory (see pgwarden render --help)");
  const dir = resolve(io.cwd, positionals[0] ?? ".");
  if (!existsSync(dir)) throw new UsageError(`${positionals[0]}: no such directory`);
  const [{ loadRenderer }, { maskObject, maskText, RENDER_MASK }] = await Promise.all([import("./deps-IY4IR763.js"), import("./redact-J4OHTZCN.js")]);
  const renderer = await loadRenderer();
  const result = await renderer.render(dir, { cache: renderer.newCache() });
  for (const d of result.diagnostics) {
    const where = d.file ? `${d.file}${d.line ? `:${d.line}${d.column ? `:${d.column}` : ""}` : ""}: ` : "";
    io.stderr(`pgwarden: ${d.severity}: ${visible(`${where}${maskText((d.message.split("\n")[0] ?? "").slice(0, 400))}`)}
`);
  }
  if (result.diagnostics.some((d) => d.severity === "error")) return 1;
  io.stdout(renderer.renderToYaml({ ...result, objects: result.objects.map((o) => maskObject(o, RENDER_MASK)) }));
  return 0;
}
async function rulesCommand(args, io) {
  const { values } = guard(
    () => parseArgs({ args, allowPositionals: false, strict: true, options: { ...HELP_OPTION, format: { type: "string", short: "f" } } }),
    "rules"
  );
  if (values.help) {
    io.stdout(HELP.rules);
    return 0;
  }
  const { loadEngine } = await import("./deps-IY4IR763.js");
  const engine = await loadEngine();
  const rules = [...engine.rules(), ...CLI_RULES];
  if (values.format === "json") {
    const listed = rules.map(({ id, defaultSeverity, fixable, description, docsUrl, messages }) => ({ id, defaultSeverity, fixable, description, docsUrl, ...messages ? { messages } : {} }));
    io.stdout(`${JSON.stringify(listed, null, 2)}
`);
    return 0;
  }
  if (values.format !== void 0 && values.format !== "text") throw new UsageError(`--format ${values.format}: expected text or json`);
  const width = Math.max(...rules.map((r) => r.id.length));
  for (const r of rules) {
    io.stdout(`${r.id.padEnd(width)}  ${r.defaultSeverity.padEnd(7)}  ${r.fixable ? "fixable" : "       "}  ${r.docsUrl}
`);
    io.stdout(`${" ".repeat(width)}  ${r.description}
`);
  }
  return 0;
}
async function initCommand(args, io) {
  const { values, positionals } = guard(
    () => parseArgs({ args, allowPositionals: true, strict: true, options: { ...HELP_OPTION, force: { type: "boolean" } } }),
    "init"
  );
  if (values.help) {
    io.stdout(HELP.init);
    return 0;
  }
  const target = resolve(io.cwd, positionals[0] ?? POLICY_FILE_NAME);
  if (existsSync(target) && !values.force) throw new UsageError(`${positionals[0] ?? POLICY_FILE_NAME} exists; use --force to overwrite`);
  const { STARTER_POLICY } = await import("./init-YJUGBSXI.js");
  try {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, STARTER_POLICY);
  } catch (error) {
    throw new UsageError(`${positionals[0] ?? POLICY_FILE_NAME}: cannot write (${error.code ?? error.message})`);
  }
  io.stderr(`pgwarden: wrote ${positionals[0] ?? POLICY_FILE_NAME}
`);
  return 0;
}

export {
  version,
  main
};
