import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  UsageError
} from "./chunk-3ZR33BMR.js";
import {
  gitTopLevel
} from "./chunk-QEV33P7Q.js";

// src/cli/git.ts
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
function changedFilesSince(ref, cwd) {
  const top = gitTopLevel(cwd);
  if (!top) throw new UsageError(`--changed-since needs a git checkout; ${cwd} is not in one`);
  if (ref.startsWith("-")) throw new UsageError(`--changed-since: "${ref}" is not a git ref`);
  const run = (args) => {
    try {
      return execFileSync("git", args, {
        cwd: top,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, GIT_OPTIONAL_LOCKS: "0" }
      });
    } catch (error) {
      const stderr = String(error.stderr ?? "").trim().split("\n")[0];
      throw new UsageError(`--changed-since ${ref}: git ${args[0]} failed${stderr ? `: ${stderr}` : ""}`);
    }
  };
  run(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  const changed = run(["diff", "--name-only", "-z", ref, "--"]).split("\0");
  const untracked = run(["ls-files", "--others", "--exclude-standard", "-z"]).split("\0");
  return [...new Set([...changed, ...untracked].filter(Boolean).map((f) => resolve(top, f)))];
}

export {
  changedFilesSince
};
