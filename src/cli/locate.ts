// Locate: a finding on a rendered object becomes a report finding at the file, line and column a person edits
// (through the render's provenance), with its fix candidate; render and file problems become findings too.
import { realpathSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { type Discovery, type FileProblem, type Origin, type RenderedApp, relativePath, toPosix } from '../gitops/index.js';
import type { Finding } from '../policies/index.js';
import type { FixCandidate } from './fix.js';
import type { ReportFinding } from './report.js';

export interface Located {
  finding: ReportFinding;
  /** The rendered value at the finding's pointer when it is a scalar: apps that render it differently differ. */
  value?: string;
  fix?: FixCandidate;
}

function valueAt(object: unknown, pointer: string): string | undefined {
  let node = object;
  if (pointer !== '') {
    for (const raw of pointer.slice(1).split('/')) {
      const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      if (typeof node !== 'object' || node === null) return undefined;
      node = (node as Record<string, unknown>)[key];
    }
  }
  return node === null || ['string', 'number', 'boolean'].includes(typeof node) ? JSON.stringify(node) : undefined;
}

export function locate(f: Finding, rendered: RenderedApp, cwd: string): Located {
  const origin: Origin | undefined = rendered.result.origin(f.objectIndex, f.path) ?? rendered.result.origin(f.objectIndex, '');
  const file = origin?.file ?? rendered.app.anchor;
  const line = origin?.line ?? 1;
  const column = origin?.column ?? 1;
  const finding: ReportFinding = {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    file: toPosix(relativePath(cwd, file)),
    line,
    column,
    endLine: origin?.endLine ?? line,
    endColumn: origin?.endColumn ?? column,
    resource: f.resource,
    path: f.path,
    apps: [rendered.app.name],
  };
  if (f.messageId) {
    finding.messageId = f.messageId;
    finding.data = f.data;
  }
  if (f.fix) finding.fix = f.fix;
  const located: Located = { finding };
  const object = rendered.objects[f.objectIndex];
  // Names and namespaces are what apps give a shared object differently; they never split a finding.
  const value = f.path.startsWith('/metadata') ? undefined : valueAt(object, f.path);
  if (value !== undefined) located.value = value;
  if (f.fix) {
    located.fix = {
      fix: f.fix,
      object,
      origin: (pointer) => rendered.result.origin(f.objectIndex, pointer),
      label: `${f.ruleId} ${finding.file}:${line}`,
    };
  }
  return located;
}

export function problemFinding(p: FileProblem, cwd: string, apps: string[]): ReportFinding {
  return {
    ruleId: p.ruleId,
    severity: 'error',
    message: p.message,
    file: toPosix(relativePath(cwd, p.file)),
    line: p.line,
    column: p.column,
    endLine: p.line,
    endColumn: p.column,
    resource: { apiVersion: '', kind: '', name: '' },
    path: '',
    apps,
  };
}

/** First line only, bounded: renderer/parser messages may quote source text, which may be a Secret's value. */
export function oneLine(message: string): string {
  const first = message.split('\n')[0] ?? message;
  return first.length > 400 ? `${first.slice(0, 400)}…` : first;
}

/**
 * A renderer's or kubectl's message with the absolute paths under cwd (as given, or with its symlinks resolved, as
 * kubectl prints them) shown relative to cwd, as every report path is. Done before `oneLine` cuts the message, so
 * a path cut in half cannot escape it.
 */
export function relativeMessage(message: string, cwd: string): string {
  let real = cwd;
  try {
    real = realpathSync(cwd);
  } catch {
    // cwd gone: only its spelling as given can appear
  }
  let out = message;
  for (const dir of new Set([cwd, real])) {
    if (dir === sep) continue;
    // `<cwd>/x` → `x`; cwd itself (followed by no further path character) → `.`. Only where the absolute path
    // starts: inside another path (`../../..<cwd>/x`, kubectl's path from its wrapper dir) it would make nonsense.
    const at = `(?<![\\w.@/\\\\-])${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`;
    out = out.replace(new RegExp(`${at}${sep.replace('\\', '\\\\')}`, 'g'), '').replace(new RegExp(`${at}(?![\\w.@-])`, 'g'), '.');
  }
  return out;
}

/** An app's render diagnostics: warnings are notes; errors are findings where the renderer points. */
export function renderProblems(r: RenderedApp, discovery: Discovery, cwd: string, diagnostics: string[]): ReportFinding[] {
  const problemFiles = new Set(discovery.problems.map((p) => p.file));
  const out: ReportFinding[] = [];
  for (const d of r.result.diagnostics) {
    const message = oneLine(relativeMessage(d.message, cwd));
    if (d.code === 'render-incomplete') {
      // What was left out is a finding of its own (the rest of the app is evaluated), at the line that names it.
      const file = d.file ? resolve(cwd, d.file) : r.app.anchor;
      const text = `${r.app.name} is ${message}`;
      const at = { ruleId: 'render-error' as const, file, line: d.line ?? 1, column: d.column ?? 1, message: text };
      out.push({ ...problemFinding(at, cwd, [r.app.name]), ruleId: 'render-incomplete', severity: 'warning' });
      continue;
    }
    if (d.severity === 'warning' || d.severity === 'info') {
      diagnostics.push(`${r.app.name}: ${d.severity === 'info' ? 'note' : 'warning'}: ${message}`);
      continue;
    }
    const file = d.file ? resolve(cwd, d.file) : r.app.anchor;
    // The walk already reported this file's own syntax or read error; do not report it twice.
    if (problemFiles.has(file)) continue;
    const ruleId = /: invalid YAML: /.test(message) ? 'yaml-syntax' : 'render-error';
    out.push(problemFinding({ ruleId, file, line: d.line ?? 1, column: d.column ?? 1, message: `Cannot render ${r.app.name}: ${message}` }, cwd, [r.app.name]));
  }
  return out;
}
