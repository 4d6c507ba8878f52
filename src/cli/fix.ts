// `--fix` / `--fix-dry-run`: apply the engine's JSON-patch fixes in the file a person edits — the base, the
// overlay patch or the manifest that set the value, found through the renderer's provenance — with yaml's
// Document API so comments and layout stay. Ops whose value was set by a kustomization field (`images:`,
// `replicas:`), a generator, an inline patch or the kustomize fallback are skipped with a reason: rewriting
// those would need a different edit than the patch says.
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import type { Operation } from 'fast-json-patch';
import { type Document, isMap, isScalar, isSeq } from 'yaml';
import { parseYamlStream } from '../yaml/index.js';
import type { Fix } from '../policies/index.js';
import { compareText, KUSTOMIZATION_FILES, type Origin } from '../gitops/index.js';
import { toPosix } from './formatters/paths.js';
import { maskSourceText } from './redact.js';

export interface FixCandidate {
  fix: Fix;
  /** The rendered object the patch's pointers refer to. */
  object: unknown;
  origin: (pointer: string) => Origin | undefined;
  /** `rule-id file:line`, for skip reasons. */
  label: string;
}

export interface FixOutcome {
  diff: string;
  files: string[];
  applied: number;
  skipped: string[];
}

interface Edit {
  op: 'set' | 'append' | 'insert' | 'delete' | 'rename';
  docIndex: number;
  yamlPath: (string | number)[];
  index?: number;
  value?: unknown;
  /** rename: the key's new name (the key node is kept, so its comments stay). */
  key?: string;
}

function decodePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function encodePointer(segments: string[]): string {
  return segments.map((s) => `/${s.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** Longest prefix of `segments` that exists in `object`, and whether the last existing node is a list. */
function existingPrefix(object: unknown, segments: string[]): { depth: number; isList: boolean } {
  let node: unknown = object;
  let depth = 0;
  for (const seg of segments) {
    if (Array.isArray(node)) {
      const i = Number(seg);
      if (!Number.isInteger(i) || i < 0 || i >= node.length) break;
      node = node[i];
    } else if (typeof node === 'object' && node !== null && Object.hasOwn(node, seg)) {
      node = (node as Record<string, unknown>)[seg];
    } else {
      break;
    }
    depth++;
  }
  return { depth, isList: Array.isArray(node) };
}

function nest(rest: string[], value: unknown): unknown {
  let out = value;
  for (let i = rest.length - 1; i >= 0; i--) {
    const seg = rest[i] ?? '';
    out = seg === '-' || /^\d+$/.test(seg) ? [out] : { [seg]: out };
  }
  return out;
}

function isKustomizationFile(file: string): boolean {
  return (KUSTOMIZATION_FILES as readonly string[]).some((n) => file.endsWith(`/${n}`) || file.endsWith(`\\${n}`));
}

/** Translate one JSON-patch op on the rendered object into an edit of a source file, or a reason to skip. */
function planOp(candidate: FixCandidate, op: Operation): { file: string; edit: Edit } | string {
  if (op.op === 'move') return planRename(candidate, op.from, op.path);
  if (op.op !== 'add' && op.op !== 'replace' && op.op !== 'remove') return `${op.op} ops are not applied`;
  const segments = decodePointer(op.path);
  const { depth, isList } = existingPrefix(candidate.object, segments);
  const exists = depth === segments.length;
  if ((op.op === 'replace' || op.op === 'remove') && !exists) return `${op.path} does not exist in the rendered object`;
  const anchorSegments = exists ? segments : segments.slice(0, depth);
  const origin = candidate.origin(encodePointer(anchorSegments));
  if (!origin) return `no source position for ${op.path}`;
  if (origin.via !== 'resource' && origin.via !== 'patch') return `${op.path} is set by a ${origin.via} (edit it by hand)`;
  if (origin.via === 'patch' && isKustomizationFile(origin.file)) return `${op.path} is set by an inline patch (edit it by hand)`;
  const rest = segments.slice(depth);
  const value = 'value' in op ? op.value : undefined;
  if (op.op === 'remove') return { file: origin.file, edit: { op: 'delete', docIndex: origin.docIndex, yamlPath: origin.yamlPath } };
  if (exists) return { file: origin.file, edit: { op: 'set', docIndex: origin.docIndex, yamlPath: origin.yamlPath, value } };
  const [first, ...deeper] = rest;
  if (first === undefined) return `${op.path}: nothing to add`;
  if (isList) {
    const nested = deeper.length ? nest(deeper, value) : value;
    if (first === '-') return { file: origin.file, edit: { op: 'append', docIndex: origin.docIndex, yamlPath: origin.yamlPath, value: nested } };
    const index = Number(first);
    if (!Number.isInteger(index)) return `${op.path}: "${first}" is not a list index`;
    return { file: origin.file, edit: { op: 'insert', docIndex: origin.docIndex, yamlPath: origin.yamlPath, index, value: nested } };
  }
  return {
    file: origin.file,
    edit: { op: 'set', docIndex: origin.docIndex, yamlPath: [...origin.yamlPath, first], value: deeper.length ? nest(deeper, value) : value },
  };
}

/** A `move` between two keys of one map (unknown-field's case-only typo) renames the key in the file that wrote it. */
function planRename(candidate: FixCandidate, from: string, to: string): { file: string; edit: Edit } | string {
  const source = decodePointer(from);
  const target = decodePointer(to);
  const key = target.at(-1);
  if (key === undefined || source.length !== target.length || source.slice(0, -1).join('/') !== target.slice(0, -1).join('/')) {
    return `move ${from} → ${to} is not a rename within one map`;
  }
  if (existingPrefix(candidate.object, source).depth !== source.length) return `${from} does not exist in the rendered object`;
  const origin = candidate.origin(from);
  if (!origin) return `no source position for ${from}`;
  if (origin.via !== 'resource' && origin.via !== 'patch') return `${from} is set by a ${origin.via} (edit it by hand)`;
  if (origin.via === 'patch' && isKustomizationFile(origin.file)) return `${from} is set by an inline patch (edit it by hand)`;
  return { file: origin.file, edit: { op: 'rename', docIndex: origin.docIndex, yamlPath: origin.yamlPath, key } };
}

function applyEdit(doc: Document, edit: Edit): boolean {
  switch (edit.op) {
    case 'rename': {
      const parent = edit.yamlPath.length > 1 ? doc.getIn(edit.yamlPath.slice(0, -1), true) : doc.contents;
      const name = edit.yamlPath.at(-1);
      if (!isMap(parent) || edit.key === undefined || parent.has(edit.key)) return false;
      const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === name);
      if (!pair || !isScalar(pair.key)) return false;
      pair.key.value = edit.key;
      return true;
    }
    case 'set':
      if (edit.yamlPath.length === 0) return false;
      doc.setIn(edit.yamlPath, doc.createNode(edit.value));
      return true;
    case 'delete':
      return doc.deleteIn(edit.yamlPath);
    case 'append':
    case 'insert': {
      const node = edit.yamlPath.length ? doc.getIn(edit.yamlPath, true) : doc.contents;
      if (!isSeq(node)) return false;
      const item = doc.createNode(edit.value);
      if (edit.op === 'append') node.items.push(item);
      else node.items.splice(Math.min(edit.index ?? 0, node.items.length), 0, item);
      return true;
    }
  }
}

/** A file written with unindented sequences (`key:\n- item`) keeps that style when re-printed. */
function indentSeqOf(text: string): boolean {
  const unindented = /^( *)[^\s#-][^\n]*:[ \t]*\n\1- /m.test(text);
  const indented = /^( *)[^\s#-][^\n]*:[ \t]*\n\1 +- /m.test(text);
  return !(unindented && !indented);
}

/**
 * The file with only the edited documents re-printed: every other document keeps its exact text. A document's
 * text runs from its start to the next one's (the first also keeps what precedes it).
 */
function printEdited(text: string, docs: Document[], changed: Set<number>): string {
  const options = {
    lineWidth: 0,
    indentSeq: indentSeqOf(text),
    // `{a: 1}` stays `{a: 1}` in a file written that way (yaml prints `{ a: 1 }` by default).
    flowCollectionPadding: /[[{] \S/.test(text) || !/[[{][^\s\]}]/.test(text),
  };
  const starts = docs.map((d, i) => (i === 0 ? 0 : (d.range?.[0] ?? 0)));
  return docs
    .map((doc, i) => {
      if (changed.has(i)) return doc.toString(options);
      return text.slice(starts[i], i + 1 < docs.length ? starts[i + 1] : text.length);
    })
    .join('');
}

export function applyFixes(candidates: FixCandidate[], opts: { cwd: string; write: boolean }): FixOutcome {
  const byFile = new Map<string, Map<string, Edit>>();
  const skipped: string[] = [];
  let applied = 0;
  for (const candidate of candidates) {
    const planned: { file: string; edit: Edit }[] = [];
    let reason: string | undefined;
    for (const op of candidate.fix.patch) {
      const plan = planOp(candidate, op);
      if (typeof plan === 'string') {
        reason = plan;
        break;
      }
      planned.push(plan);
    }
    // A fix is applied whole or not at all.
    if (reason) {
      skipped.push(`${candidate.label}: ${reason}`);
      continue;
    }
    applied++;
    for (const { file, edit } of planned) {
      const edits = byFile.get(file) ?? new Map<string, Edit>();
      // The same base object seen through several overlays yields the same edit: keep one.
      edits.set(JSON.stringify([edit.op, edit.docIndex, edit.yamlPath, edit.index, edit.value]), edit);
      byFile.set(file, edits);
    }
  }
  const diffs: string[] = [];
  const files: string[] = [];
  for (const [file, edits] of [...byFile].sort(([a], [b]) => compareText(a, b))) {
    let before: string;
    try {
      before = readFileSync(file, 'utf8');
    } catch (error) {
      skipped.push(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
      continue;
    }
    const docs = parseYamlStream(before, { keepSourceTokens: false });
    if (docs.some((d) => d.errors.length > 0)) {
      skipped.push(`${file}: does not parse; not edited`);
      continue;
    }
    const changed = new Set<number>();
    for (const edit of edits.values()) {
      const doc = docs[edit.docIndex];
      if (!doc || !(isMap(doc.contents) || isSeq(doc.contents))) {
        skipped.push(`${file}: document ${edit.docIndex} not found`);
        continue;
      }
      if (applyEdit(doc, edit)) changed.add(edit.docIndex);
      else skipped.push(`${file}: could not edit ${edit.yamlPath.join('.')}`);
    }
    if (changed.size === 0) continue;
    const after = printEdited(before, docs, changed);
    if (after === before) continue;
    const rel = toPosix(relative(opts.cwd, file));
    // The diff is printed: credentials are masked on both sides first (the same masking as code frames).
    diffs.push(
      createTwoFilesPatch(`a/${rel}`, `b/${rel}`, maskSourceText(before, file), maskSourceText(after, file), undefined, undefined, {
        context: 3,
      }),
    );
    files.push(rel);
    if (opts.write) writeFileSync(file, after);
  }
  return { diff: diffs.join(''), files, applied, skipped };
}
