// A small in-test renderer with the real contract (src/render/types.ts): plain manifest files, and
// kustomizations with `resources` (files and dirs) and `namespace`. Origins come from the yaml parser's ranges,
// so tests of discovery, provenance mapping and --fix do not depend on the full renderer.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isMap, isSeq, LineCounter, type Node, parseAllDocuments } from 'yaml';
import type { RendererApi } from '../../src/cli/deps.js';
import type { Origin, RenderResult } from '../../src/render/types.js';

interface Doc {
  object: Record<string, unknown>;
  root: Node;
  file: string;
  docIndex: number;
  counter: LineCounter;
  namespaceFrom?: { node: Node; file: string; counter: LineCounter; docIndex: number };
}

function originOf(node: Node, file: string, counter: LineCounter, docIndex: number, yamlPath: (string | number)[], via: Origin['via']): Origin {
  const [start, end] = node.range ?? [0, 0];
  const s = counter.linePos(start);
  const e = counter.linePos(end);
  return { file, line: s.line, column: s.col, endLine: e.line, endColumn: e.col, docIndex, yamlPath, via };
}

function parseFile(file: string): Doc[] {
  const counter = new LineCounter();
  const docs = parseAllDocuments(readFileSync(file, 'utf8'), { lineCounter: counter });
  if (!Array.isArray(docs)) return [];
  const out: Doc[] = [];
  docs.forEach((doc, docIndex) => {
    if (doc.errors.length) throw Object.assign(new Error(doc.errors[0]?.message.split('\n')[0]), { file, line: doc.errors[0]?.linePos?.[0]?.line });
    if (isMap(doc.contents)) out.push({ object: doc.toJS() as Record<string, unknown>, root: doc.contents, file, docIndex, counter });
  });
  return out;
}

function build(docs: Doc[], inputs: string[], diagnostics: RenderResult['diagnostics']): RenderResult {
  return {
    objects: docs.map((d) => d.object),
    inputs,
    diagnostics,
    origin(index, pointer) {
      const d = docs[index];
      if (!d) return undefined;
      const segments = pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
      if (segments[0] === 'metadata' && segments[1] === 'namespace' && d.namespaceFrom) {
        const n = d.namespaceFrom;
        return originOf(n.node, n.file, n.counter, n.docIndex, ['namespace'], 'kustomization');
      }
      let node: Node = d.root;
      const path: (string | number)[] = [];
      for (const seg of segments) {
        let next: Node | undefined;
        if (isMap(node)) next = node.get(seg, true) as Node | undefined;
        else if (isSeq(node)) next = node.get(Number(seg), true) as Node | undefined;
        if (!next) break;
        path.push(isSeq(node) ? Number(seg) : seg);
        node = next;
      }
      return originOf(node, d.file, d.counter, d.docIndex, path, 'resource');
    },
  };
}

function collect(dir: string, inputs: string[]): Doc[] {
  const kfile = join(dir, 'kustomization.yaml');
  inputs.push(kfile);
  const counter = new LineCounter();
  const kdoc = parseAllDocuments(readFileSync(kfile, 'utf8'), { lineCounter: counter });
  const k = Array.isArray(kdoc) ? kdoc[0] : undefined;
  const spec = (k?.toJS() ?? {}) as { resources?: string[]; namespace?: string };
  const docs: Doc[] = [];
  for (const r of spec.resources ?? []) {
    const path = resolve(dir, r);
    if (r.endsWith('.yaml')) {
      inputs.push(path);
      docs.push(...parseFile(path));
    } else {
      docs.push(...collect(path, inputs));
    }
  }
  if (spec.namespace && k && isMap(k.contents)) {
    const node = k.contents.get('namespace', true) as Node;
    for (const d of docs) {
      d.object = { ...d.object, metadata: { ...(d.object.metadata as object), namespace: spec.namespace } };
      d.namespaceFrom = { node, file: kfile, counter, docIndex: 0 };
    }
  }
  return docs;
}

export const fakeRenderer: RendererApi & { calls: string[] } = {
  calls: [],
  async render(dir) {
    this.calls.push(dir);
    const inputs: string[] = [];
    try {
      return build(collect(dir, inputs), inputs, []);
    } catch (error) {
      const e = error as { message: string; file?: string; line?: number };
      return build([], inputs, [{ severity: 'error', message: e.message, file: e.file ?? dirname(dir), ...(e.line ? { line: e.line } : {}) }]);
    }
  },
  async renderFiles(files) {
    try {
      return build(files.flatMap(parseFile), files, []);
    } catch (error) {
      const e = error as { message: string; file?: string; line?: number };
      return build([], files, [{ severity: 'error', message: e.message, ...(e.file ? { file: e.file } : {}), ...(e.line ? { line: e.line } : {}) }]);
    }
  },
  renderToYaml: (result) => result.objects.map((o) => JSON.stringify(o)).join('\n---\n'),
  newCache: () => undefined,
};
