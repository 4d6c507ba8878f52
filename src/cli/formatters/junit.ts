// `--format junit`: one <testsuite> per app, one <testcase> per finding (classname = repo-relative file, names
// unique within the suite), file:line in the failure body. Errors and warnings are failures; infos pass with
// their text in <system-out>. A clean app is a suite with one passing case, so CI shows it was checked.
import { compareText } from '../../gitops/index.js';
import type { ReportFinding } from '../report.js';
import { repoRelative } from './paths.js';
import type { Formatter } from './types.js';

export function xmlEscape(text: string): string {
  // Characters XML 1.0 forbids are dropped; markup characters escaped.
  return text
    .replace(/[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export const junit: Formatter = (report, ctx) => {
  const byApp = new Map<string, ReportFinding[]>();
  for (const app of ctx.apps ?? []) byApp.set(app, []);
  for (const f of report.findings) {
    const apps = f.apps.length ? f.apps : ['(no app)'];
    for (const app of apps) {
      const list = byApp.get(app) ?? [];
      list.push(f);
      byApp.set(app, list);
    }
  }
  const suites: string[] = [];
  let total = 0;
  let failures = 0;
  for (const [app, findings] of [...byApp].sort(([a], [b]) => compareText(a, b))) {
    const cases: string[] = [];
    const used = new Map<string, number>();
    let suiteFailures = 0;
    for (const f of findings) {
      const file = repoRelative(f.file, ctx);
      const base = `${f.ruleId} ${file}:${f.line}:${f.column}`;
      const seen = used.get(base) ?? 0;
      used.set(base, seen + 1);
      const name = seen === 0 ? base : `${base} #${seen + 1}`;
      const object = `${f.resource.kind} ${f.resource.namespace ? `${f.resource.namespace}/` : ''}${f.resource.name}`;
      const body = `${file}:${f.line}:${f.column}: ${f.severity} ${f.ruleId}: ${f.message}\n${object} at ${f.path}`;
      const open = `    <testcase classname="${xmlEscape(file)}" name="${xmlEscape(name)}" time="0">`;
      if (f.severity === 'info') {
        cases.push(`${open}\n      <system-out>${xmlEscape(body)}</system-out>\n    </testcase>`);
      } else {
        suiteFailures++;
        cases.push(
          `${open}\n      <failure message="${xmlEscape(f.message)}" type="${xmlEscape(`${f.severity} ${f.ruleId}`)}">${xmlEscape(body)}</failure>\n    </testcase>`,
        );
      }
    }
    if (cases.length === 0) {
      cases.push(`    <testcase classname="${xmlEscape(app)}" name="${xmlEscape(`pgwarden ${app}`)}" time="0"/>`);
    }
    total += cases.length;
    failures += suiteFailures;
    suites.push(
      `  <testsuite name="${xmlEscape(app)}" tests="${cases.length}" failures="${suiteFailures}" errors="0" skipped="0" time="0">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  return `<?xml version="1.0" encoding="utf-8"?>\n<testsuites name="pgwarden" tests="${total}" failures="${failures}" errors="0">\n${suites.join('\n')}\n</testsuites>\n`;
};
