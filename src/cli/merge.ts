// Merge: a base or component shared by several apps yields the same finding in each, differing only in the
// namespace or name the app gave the object. Findings are merged by what they are — rule, severity, source
// position, pointer, message id, the rendered value there — never by comparing or rewriting message text; the
// merged finding lists every app it affects and, once, the other objects it stands for.
import type { ResourceRef } from '../policies/index.js';
import type { FixCandidate } from './fix.js';
import type { Located } from './locate.js';
import type { ReportFinding } from './report.js';

interface Group {
  located: Located;
  resources: ResourceRef[];
}

export class FindingMerger {
  private readonly groups = new Map<string, Group>();

  /** Add one app's findings (in the engine's order: the n-th same-keyed finding of each app pairs with the n-th). */
  addApp(app: string, findings: Located[]): void {
    const rank = new Map<string, number>();
    for (const located of findings) {
      const f = located.finding;
      const base = [f.ruleId, f.severity, f.file, f.line, f.column, f.path, f.messageId ?? '', located.value ?? ''].join('\u0000');
      const n = rank.get(base) ?? 0;
      rank.set(base, n + 1);
      const key = `${base}\u0000${n}`;
      const seen = this.groups.get(key);
      if (seen) {
        if (!seen.located.finding.apps.includes(app)) seen.located.finding.apps.push(app);
        seen.resources.push(f.resource);
      } else {
        this.groups.set(key, { located, resources: [f.resource] });
      }
    }
  }

  /** The merged findings, each message formatted once with the other objects it stands for. */
  findings(): ReportFinding[] {
    const id = (r: ResourceRef) => (r.namespace ? `${r.namespace}/${r.name}` : r.name);
    return [...this.groups.values()].map(({ located, resources }) => {
      const finding = { ...located.finding };
      const first = resources[0];
      const others = first ? [...new Set(resources.map(id))].filter((x) => x !== id(first)) : [];
      if (others.length > 0) finding.message = `${finding.message} (also ${others.join(', ')})`;
      return finding;
    });
  }

  fixes(): FixCandidate[] {
    return [...this.groups.values()].flatMap((g) => (g.located.fix ? [g.located.fix] : []));
  }
}
