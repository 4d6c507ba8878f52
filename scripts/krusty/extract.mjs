#!/usr/bin/env node
// Turns kustomize's own end-to-end tests (api/krusty/*_test.go at a release tag) into plain case directories that
// `kubectl kustomize` and pgwarden's renderer can both build: test/krusty/cases/<TestName>[-<n>]/.
//
// Each test builds an in-memory file system through the harness (api/testutils/kusttest/harness.go):
//   th.WriteK(dir, body)  -> dir/kustomization.yaml with "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n" + body
//   th.WriteC(dir, body)  -> dir/kustomization.yaml with "apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\n" + body
//   th.WriteF(path, body) -> path
//   th.MkDir(dir), th.Reset()
//   th.Run(dir, th.MakeDefaultOptions()) / th.RunWithErr(dir, …) -> one case: the files written so far, built at dir.
// Arguments are resolved when they are Go string literals (raw `…` or interpreted "…"), `+` concatenations of them,
// filepath.Join of them, or string constants/variables declared once in the package or the test. A test using
// anything else (plugins, helm, a real temp dir, options other than the defaults, table-driven loops) is skipped
// and listed with the reason in SKIPPED.md, so what the suite does not cover is visible.
//
// Usage:
//   node scripts/krusty/extract.mjs --git-dir /path/to/kustomize/.git [--tag kustomize/v5.5.0] [--out test/krusty/cases]
//     (a clone without tags: --tag afe779367 --name kustomize/v5.5.0, the merge that pinned api v0.18.0)
//   node scripts/krusty/extract.mjs --src /path/to/kustomize-checkout [--out …]
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const HARNESS_K = 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n';
const HARNESS_C = 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\n';

const { values } = parseArgs({
  options: {
    'git-dir': { type: 'string' },
    src: { type: 'string' },
    tag: { type: 'string', default: 'kustomize/v5.5.0' },
    // What SKIPPED.md calls the release, when --tag is a commit (a mirror without tags: kustomize/v5.5.0 is afe779367).
    name: { type: 'string' },
    out: { type: 'string', default: 'test/krusty/cases' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help || (!values['git-dir'] && !values.src)) {
  console.log('usage: extract.mjs (--git-dir KUSTOMIZE_GIT_DIR [--tag kustomize/v5.5.0] | --src CHECKOUT) [--out test/krusty/cases]');
  process.exit(values.help ? 0 : 2);
}

/** @returns {{name: string, text: string}[]} */
function sources() {
  if (values['git-dir']) {
    const git = (...a) => execFileSync('git', ['--git-dir', values['git-dir'], ...a], { encoding: 'utf8', maxBuffer: 64 << 20 });
    return git('ls-tree', '--name-only', `${values.tag}`, 'api/krusty/')
      .split('\n')
      .filter((f) => f.endsWith('_test.go'))
      .map((f) => ({ name: f, text: git('show', `${values.tag}:${f}`) }));
  }
  const dir = path.join(values.src, 'api/krusty');
  return readdirSync(dir)
    .filter((f) => f.endsWith('_test.go'))
    .sort()
    .map((f) => ({ name: `api/krusty/${f}`, text: readFileSync(path.join(dir, f), 'utf8') }));
}

// ---- a small Go lexer: enough to split call arguments and read string literals -------------------------------

/** Index just past the string/rune/comment starting at i, or i when none starts there. */
function skipLiteral(src, i) {
  const c = src[i];
  if (c === '`') {
    const j = src.indexOf('`', i + 1);
    return j < 0 ? src.length : j + 1;
  }
  if (c === '"' || c === "'") {
    let j = i + 1;
    while (j < src.length && src[j] !== c) j += src[j] === '\\' ? 2 : 1;
    return j + 1;
  }
  if (c === '/' && src[i + 1] === '/') {
    const j = src.indexOf('\n', i);
    return j < 0 ? src.length : j;
  }
  if (c === '/' && src[i + 1] === '*') {
    const j = src.indexOf('*/', i + 2);
    return j < 0 ? src.length : j + 2;
  }
  return i;
}

/** Index of the bracket closing the one at `open`. */
function matchBracket(src, open) {
  const pairs = { '(': ')', '{': '}', '[': ']' };
  const stack = [pairs[src[open]]];
  let i = open + 1;
  while (i < src.length) {
    const j = skipLiteral(src, i);
    if (j !== i) {
      i = j;
      continue;
    }
    const c = src[i];
    if (pairs[c]) stack.push(pairs[c]);
    else if (c === stack[stack.length - 1]) {
      stack.pop();
      if (stack.length === 0) return i;
    }
    i++;
  }
  return -1;
}

/** Splits the top-level comma-separated expressions of an argument list. */
function splitArgs(src) {
  const out = [];
  let depth = 0;
  let start = 0;
  let i = 0;
  while (i < src.length) {
    const j = skipLiteral(src, i);
    if (j !== i) {
      i = j;
      continue;
    }
    const c = src[i];
    if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    else if (c === ',' && depth === 0) {
      out.push(src.slice(start, i).trim());
      start = i + 1;
    }
    i++;
  }
  const last = src.slice(start).trim();
  if (last) out.push(last);
  return out;
}

function goString(lit) {
  if (lit.startsWith('`')) return lit.slice(1, -1).replace(/\r/g, '');
  // Interpreted literal: Go's escapes are JSON's plus \a \b \f \v \xNN and octal; the tests use only the common ones.
  return JSON.parse(lit.replace(/\\x([0-9a-fA-F]{2})/g, '\\u00$1'));
}

class Unresolvable extends Error {}

/** Value of a string expression, or throws Unresolvable. */
function evalString(expr, scope) {
  const e = expr.trim();
  const parts = [];
  let i = 0;
  let last = 0;
  // Split on top-level '+'.
  let depth = 0;
  while (i < e.length) {
    const j = skipLiteral(e, i);
    if (j !== i) {
      i = j;
      continue;
    }
    if ('([{'.includes(e[i])) depth++;
    else if (')]}'.includes(e[i])) depth--;
    else if (e[i] === '+' && depth === 0) {
      parts.push(e.slice(last, i));
      last = i + 1;
    }
    i++;
  }
  parts.push(e.slice(last));
  if (parts.length > 1) return parts.map((p) => evalString(p, scope)).join('');
  if ((e.startsWith('`') && skipLiteral(e, 0) === e.length) || (e.startsWith('"') && skipLiteral(e, 0) === e.length)) return goString(e);
  const join = /^filepath\.Join\(([\s\S]*)\)$/.exec(e);
  if (join) return path.posix.join(...splitArgs(join[1]).map((a) => evalString(a, scope)));
  if (/^[A-Za-z_]\w*$/.test(e) && scope.has(e)) {
    const v = scope.get(e);
    if (v === null) throw new Unresolvable(`${e} is assigned more than once`);
    return v;
  }
  throw new Unresolvable(`argument not a string literal: ${e.slice(0, 60).replace(/\s+/g, ' ')}`);
}

/** String constants and variables declared with a single literal value: `name = …`, `name := …`, const blocks. */
function collectStrings(src, scope) {
  const re = /(?:^|\n)\s*(?:(?:const|var)\s+)?([A-Za-z_]\w*)(?:\s+string)?\s*(?::=|=)[ \t]*(?=[`"]|[A-Za-z_]\w*\s*\+)/g;
  for (let m = re.exec(src); m; m = re.exec(src)) {
    const start = m.index + m[0].length;
    // Terms (literals or names) joined by `+`, possibly across lines.
    let end = start;
    for (;;) {
      const lit = skipLiteral(src, end);
      if (lit !== end) end = lit;
      else {
        const id = /^[A-Za-z_]\w*/.exec(src.slice(end));
        if (!id) break;
        end += id[0].length;
      }
      const plus = /^\s*\+\s*/.exec(src.slice(end));
      if (!plus) break;
      end += plus[0].length;
    }
    const name = m[1];
    try {
      const v = evalString(src.slice(start, end), scope);
      scope.set(name, scope.has(name) ? null : v);
    } catch {
      scope.set(name, null);
    }
    re.lastIndex = end;
  }
  // Names assigned a second time by anything else cannot be trusted either.
  for (const name of [...scope.keys()]) {
    const again = new RegExp(`(?:^|[^\\w.])${name}\\s*(?:\\+=|=[^=])`, 'g');
    const count = (src.match(again) ?? []).length;
    if (count > 1 && scope.get(name) !== null) {
      // One of them is the declaration itself.
      const decl = new RegExp(`(?:^|[^\\w.])${name}\\s*(?::=|=)\\s*[\`"]`, 'g');
      if (count > (src.match(decl) ?? []).length) scope.set(name, null);
    }
  }
}

const SKIP_MARKERS = [
  // The enhanced harness loads built-in plugins (PrepBuiltin, or statically linked as kubectl has them); what kubectl
  // cannot run is a Go or exec plugin.
  [/PrepExecPlugin|PrepGoPlugin|BuildGoPlugin/, 'needs Go or exec plugins'],
  [/MakeOptionsPluginsEnabled/, 'needs plugins enabled'],
  [/MakeHarnessWithFs/, 'builds its own file system'],
  [/th\.GetRoot\(|th\.Join\(/, 'uses a real temporary directory'],
  [/\bfor\s+[^{]*range\b/, 'table-driven'],
  [/\bth\.WriteLegacyConfigs\(/, 'writes kustomize-internal default configs'],
  [/t\.Skip\(/, 'skipped upstream'],
];

const CALL = /\bth\.(WriteK|WriteC|WriteF|MkDir|Reset|Run|RunWithErr)\(/g;

const DEFAULT_OPTIONS = /^th\.Make(?:Default|PluginsDisabled)Options\(\)$|^th\.MakeOptionsPluginsDisabled\(\)$/;

/**
 * The `kubectl kustomize` flags equivalent to a test's krusty.Options expression: the defaults, possibly through a
 * variable or an immediately called func literal, with at most LoadRestrictions changed (the only option kubectl
 * exposes). Anything else cannot be reproduced and skips the test.
 */
function kubectlFlags(expr, body) {
  const e = expr.trim();
  let assignments;
  if (DEFAULT_OPTIONS.test(e)) return [];
  const fn = /^func\(\)\s*(?:krusty\.)?Options\s*\{([\s\S]*)\}\(\)$/.exec(e);
  if (fn) {
    const m = /(\w+)\s*:=\s*(th\.Make\w+\(\))/.exec(fn[1]);
    if (!m || !DEFAULT_OPTIONS.test(m[2])) throw new Unresolvable(`options ${e.slice(0, 40)}`);
    assignments = [...fn[1].matchAll(new RegExp(`\\b${m[1]}\\.(\\w+)\\s*=\\s*([^\\n]+)`, 'g'))];
  } else if (/^\w+$/.test(e)) {
    const decl = new RegExp(`\\b${e}\\s*:=\\s*(th\\.Make\\w+\\(\\))`).exec(body);
    if (!decl || !DEFAULT_OPTIONS.test(decl[1])) throw new Unresolvable(`options ${e}`);
    assignments = [...body.matchAll(new RegExp(`\\b${e}\\.(\\w+)\\s*=\\s*([^\\n]+)`, 'g'))];
  } else throw new Unresolvable(`options ${e.slice(0, 40)}`);
  const flags = [];
  for (const [, field, value] of assignments) {
    if (field === 'LoadRestrictions' && /LoadRestrictionsNone/.test(value)) flags.push('--load-restrictor=LoadRestrictionsNone');
    else if (field === 'LoadRestrictions' && /LoadRestrictionsRootOnly/.test(value)) continue;
    else throw new Unresolvable(`changes build option ${field}, which kubectl cannot set`);
  }
  return flags;
}

function extractTest(name, body, pkgScope) {
  CALL.lastIndex = 0;
  for (const [re, why] of SKIP_MARKERS) if (re.test(body)) return { skip: why };
  const scope = new Map(pkgScope);
  collectStrings(body, scope);
  const files = new Map();
  const dirs = new Set();
  const runs = [];
  const norm = (p) => path.posix.normalize(p).replace(/^\/+/, '').replace(/^\.$/, '');
  for (let m = CALL.exec(body); m; m = CALL.exec(body)) {
    const open = m.index + m[0].length - 1;
    const close = matchBracket(body, open);
    const args = splitArgs(body.slice(open + 1, close));
    CALL.lastIndex = close + 1;
    const op = m[1];
    if (op === 'Reset') {
      files.clear();
      dirs.clear();
    } else if (op === 'MkDir') {
      dirs.add(norm(evalString(args[0], scope)));
    } else if (op === 'WriteK' || op === 'WriteC') {
      const dir = norm(evalString(args[0], scope));
      files.set(path.posix.join(dir, 'kustomization.yaml'), `\n${op === 'WriteK' ? HARNESS_K : HARNESS_C}${evalString(args[1], scope)}`);
    } else if (op === 'WriteF') {
      files.set(norm(evalString(args[0], scope)), evalString(args[1], scope));
    } else {
      const flags = kubectlFlags(args[1] ?? '', body);
      runs.push({ root: norm(evalString(args[0], scope)), expect: op === 'Run' ? 'success' : 'error', flags, files: new Map(files), dirs: new Set(dirs) });
    }
  }
  if (runs.length === 0) return { skip: 'never builds' };
  return { runs };
}

function main() {
  const out = path.resolve(values.out);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const index = [];
  const skipped = [];
  for (const { name: file, text } of sources()) {
    const pkgScope = new Map();
    // Package-level declarations: everything outside func bodies.
    const funcs = [];
    const fre = /\nfunc (\w+)\([^)]*\)[^{\n]*\{/g;
    for (let m = fre.exec(text); m; m = fre.exec(text)) {
      const open = m.index + m[0].length - 1;
      const close = matchBracket(text, open);
      funcs.push({ name: m[1], start: m.index, body: text.slice(open + 1, close), end: close + 1 });
      fre.lastIndex = close + 1;
    }
    let outside = '';
    let at = 0;
    for (const f of funcs) {
      outside += text.slice(at, f.start);
      at = f.end;
    }
    outside += text.slice(at);
    collectStrings(outside, pkgScope);
    // Helpers such as writeSmallBase(th) write files through the harness: inline their bodies where they are called.
    const helpers = new Map(funcs.filter((f) => !/^Test/.test(f.name) && /^\s*th\b/.test(text.slice(f.start).split('(')[1] ?? '')).map((f) => [f.name, f.body]));
    const inline = (body, depth = 0) =>
      depth > 5 ? body : body.replace(/\b(\w+)\(th\)/g, (call, fname) => (helpers.has(fname) ? inline(helpers.get(fname), depth + 1) : call));
    for (const f of funcs) {
      if (!/^Test/.test(f.name)) continue;
      let result;
      try {
        result = extractTest(f.name, inline(f.body), pkgScope);
      } catch (e) {
        if (!(e instanceof Unresolvable)) throw e;
        result = { skip: e.message };
      }
      if (result.skip) {
        skipped.push({ test: f.name, file, reason: result.skip });
        continue;
      }
      result.runs.forEach((run, i) => {
        const caseName = result.runs.length > 1 ? `${f.name}-${i + 1}` : f.name;
        const dir = path.join(out, caseName);
        mkdirSync(dir, { recursive: true });
        for (const d of run.dirs) mkdirSync(path.join(dir, d), { recursive: true });
        for (const [rel, content] of run.files) {
          const abs = path.join(dir, rel);
          if (!abs.startsWith(dir + path.sep)) throw new Error(`${caseName}: ${rel} escapes the case directory`);
          mkdirSync(path.dirname(abs), { recursive: true });
          writeFileSync(abs, content);
        }
        mkdirSync(path.join(dir, run.root), { recursive: true });
        index.push({ case: caseName, source: file, test: f.name, root: run.root || '.', kustomize: run.expect, ...(run.flags.length ? { flags: run.flags } : {}) });
      });
    }
  }
  writeFileSync(path.join(out, 'index.json'), `${JSON.stringify(index, null, 1)}\n`);
  writeFileSync(
    path.join(out, 'SKIPPED.md'),
    `# kustomize ${values.name ?? values.tag} api/krusty tests not turned into cases\n\n` +
      `Generated by scripts/krusty/extract.mjs. ${index.length} cases written; ${skipped.length} tests skipped:\n\n` +
      skipped.map((s) => `- \`${s.test}\` (${s.file}): ${s.reason}`).join('\n') +
      '\n',
  );
  console.log(`${index.length} cases in ${path.relative(process.cwd(), out)}; ${skipped.length} tests skipped (SKIPPED.md)`);
}

main();
