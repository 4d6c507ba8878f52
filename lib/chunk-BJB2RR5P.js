import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  UsageError
} from "./chunk-3ZR33BMR.js";
import {
  FORMATS,
  isFormatName
} from "./chunk-76GNYLZX.js";

// src/cli/report-output.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
var REPORT_OPTIONS = {
  format: { type: "string", short: "f" },
  output: { type: "string", short: "o" },
  quiet: { type: "boolean" },
  "max-warnings": { type: "string" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" }
};
function reportSettings(flags) {
  const format = flags.format ?? "stylish";
  if (!isFormatName(format)) throw new UsageError(`--format ${format}: expected one of ${FORMATS.join(", ")}`);
  let maxWarnings = -1;
  if (flags["max-warnings"] !== void 0) {
    maxWarnings = Number(flags["max-warnings"]);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError(`--max-warnings ${flags["max-warnings"]}: expected a non-negative integer`);
  }
  return { format, maxWarnings };
}
function quieted(report, quiet) {
  if (!quiet) return report;
  return { ...report, findings: report.findings.filter((f) => f.severity === "error"), summary: { ...report.summary, warnings: 0, infos: 0 } };
}
function useColor(flags, format, io) {
  if (flags["no-color"]) return false;
  if (flags.color) return true;
  return format === "stylish" && !flags.output && colorFromEnv(io.env, io.stdoutIsTTY);
}
function colorFromEnv(env, isTTY) {
  const force = env.FORCE_COLOR;
  if (force !== void 0) return !["0", "false"].includes(force.toLowerCase());
  if (env.NO_COLOR) return false;
  return isTTY;
}
function writeOutput(text, flags, io) {
  if (!flags.output) {
    io.stdout(text);
    return;
  }
  const out = resolve(io.cwd, flags.output);
  try {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, text);
  } catch (error) {
    throw new UsageError(`--output ${flags.output}: ${error.code ?? error.message}`);
  }
}
function exitCode(summary, flags, maxWarnings, io) {
  if (summary.errors > 0) return 1;
  if (!flags.quiet && maxWarnings >= 0 && summary.warnings > maxWarnings) {
    io.stderr(`pgwarden: too many warnings (${summary.warnings}); the maximum allowed is ${maxWarnings}.
`);
    return 1;
  }
  return 0;
}

export {
  REPORT_OPTIONS,
  reportSettings,
  quieted,
  useColor,
  writeOutput,
  exitCode
};
