// Files read and parsed once per process. Parsed trees are shared and must never be mutated: callers clone
// (pnode.clone) before changing anything.
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { LineCounter } from 'yaml';
import { EXCESSIVE_ALIASING, jsonSafe, linePosAt, parseMemo, parseYamlStream, YamlAliasError } from '../yaml/index.js';
import { RenderError } from './errors.js';
import { fromWire, fromYaml, type PNode, type SourceDoc, toWire, type Via, type WireNode } from './pnode.js';

export interface ParsedDoc {
  /** null for an empty document (`---` with nothing after it). */
  root: PNode | null;
  docIndex: number;
}

export interface ParsedFile {
  file: string;
  docs: ParsedDoc[];
}

/**
 * Where the renderer reads files: the disk by default; `lint --base REF` passes a tree read from git objects (the
 * same absolute paths, the content at REF), so a base render never needs a checkout. Errors carry a `code` (ENOENT,
 * ELOOP, …) as node:fs's do.
 */
export interface SourceFs {
  /** What `path` is, following symlinks; throws when it does not exist. */
  typeOf(path: string): 'file' | 'dir' | 'other';
  readFile(path: string): Buffer;
  /** Every symlink resolved (realpath(3)). */
  realpath(path: string): string;
}

/** The disk, through node:fs. */
export const diskFs: SourceFs = {
  typeOf: (path) => {
    const st = statSync(path);
    return st.isDirectory() ? 'dir' : st.isFile() ? 'file' : 'other';
  },
  readFile: (path) => readFileSync(path),
  realpath: process.platform === 'win32' ? (path) => realpathSync(path) : (path) => realpathSync.native(path), // see src/gitops/fs.ts
};

export class RenderCache {
  /** Whether files come from the disk (the kustomize fallback can only build a tree that is on disk). */
  readonly onDisk: boolean;

  constructor(readonly fs: SourceFs = diskFs) {
    this.onDisk = fs === diskFs;
  }

  private readonly texts = new Map<string, string>();
  private readonly parsed = new Map<string, ParsedFile>();
  private readonly kinds = new Map<string, 'file' | 'dir' | 'missing'>();

  private readonly memo = new Map<string, unknown>();

  /** A derived parse (an inline patch of a kustomization) computed once per process, keyed by its location. */
  memoize<T>(key: string, compute: () => T): T {
    if (this.memo.has(key)) return this.memo.get(key) as T;
    const v = compute();
    this.memo.set(key, v);
    return v;
  }

  /** Number of YAML parses done (for tests and the bench: shared bases are parsed once). */
  parseCount = 0;

  kind(path: string): 'file' | 'dir' | 'missing' {
    let k = this.kinds.get(path);
    if (k === undefined) {
      try {
        k = this.fs.typeOf(path) === 'dir' ? 'dir' : 'file';
      } catch {
        k = 'missing';
      }
      this.kinds.set(path, k);
    }
    return k;
  }

  readText(file: string): string {
    let text = this.texts.get(file);
    if (text === undefined) {
      try {
        text = this.onDisk ? readFileSync(file, 'utf8') : this.fs.readFile(file).toString('utf8');
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code ?? 'read error';
        throw new RenderError(`${file}: cannot read file (${code})`, { file });
      }
      this.texts.set(file, text);
    }
    return text;
  }

  /** Raw bytes (generator `files:` may be binary). Not cached: generator inputs are read once per build. */
  readBytes(file: string): Uint8Array {
    try {
      return this.fs.readFile(file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? 'read error';
      throw new RenderError(`${file}: cannot read file (${code})`, { file });
    }
  }

  /** All documents of a YAML file, as provenance trees (`via` as given; patches relabel on use). */
  parseFile(file: string, via: Via = 'resource', lenientKeys = false): ParsedFile {
    const key = `${via}\u0000${lenientKeys ? 'lenient' : 'strict'}\u0000${file}`;
    let pf = this.parsed.get(key);
    if (!pf) {
      const text = this.readText(file);
      const memo = parseMemo();
      const kind = `render:${via}:${lenientKeys ? 'lenient' : 'strict'}`;
      pf = memo ? parsedFromWire(memo.get(file, text, kind), text, file, via, lenientKeys) : undefined;
      if (!pf) {
        pf = parseYamlText(text, file, via, undefined, undefined, lenientKeys, (wire) => memo?.set(file, text, kind, wire));
      }
      this.parseCount++;
      this.parsed.set(key, pf);
    }
    return pf;
  }
}

/**
 * What the parse memo (src/yaml/memo.ts) keeps of a parsed file: the line starts of its text and each document's
 * provenance tree (pnode.ts toWire). Everything else a ParsedFile holds follows from the file, its text and how it
 * was read (via, lenientKeys), which are the memo's key.
 */
interface ParsedWire {
  lines: number[];
  docs: [number, WireNode | null][];
}

type LinePos = (offset: number) => { line: number; col: number };

function sourceDoc(file: string, docIndex: number, text: string, linePosOf: LinePos, mapPos: ((line: number, col: number) => { line: number; col: number }) | undefined, embeddedIn: (string | number)[] | undefined, lenientKeys: boolean): SourceDoc {
  const linePos = (offset: number) => {
    const lp = linePosOf(offset);
    return mapPos ? mapPos(lp.line, lp.col) : lp;
  };
  const src: SourceDoc = embeddedIn ? { file, docIndex, linePos, embeddedIn } : { file, docIndex, linePos };
  if (!text.endsWith('\n')) src.eofWithoutNewline = text.length;
  if (lenientKeys) src.lenientKeys = true;
  return src;
}

/** A remembered parse, or undefined when the memo holds none or something malformed (then the file is parsed). */
function parsedFromWire(value: unknown, text: string, file: string, via: Via, lenientKeys: boolean): ParsedFile | undefined {
  const wire = value as ParsedWire | undefined;
  if (!wire || !Array.isArray(wire.lines) || !Array.isArray(wire.docs)) return undefined;
  const lines: number[] = wire.lines;
  for (let i = 0; i < lines.length; i++) {
    const start = lines[i];
    // in order, as the parse recorded them (linePosAt searches them)
    if (typeof start !== 'number' || (i > 0 && start < (lines[i - 1] as number))) return undefined;
  }
  const linePos: LinePos = (offset) => linePosAt(lines, offset);
  try {
    const docs: ParsedDoc[] = wire.docs.map(([docIndex, root]) => {
      if (typeof docIndex !== 'number') throw new TypeError('docIndex');
      const src = sourceDoc(file, docIndex, text, linePos, undefined, undefined, lenientKeys);
      return { root: root === null ? null : fromWire(root, src, [], via), docIndex };
    });
    return { file, docs };
  } catch {
    return undefined;
  }
}

/**
 * Parse a (multi-document) YAML text. `linePos` maps offsets of `text` to the file's lines; inline patches pass
 * a mapping into their kustomization file.
 */
export function parseYamlText(
  text: string,
  file: string,
  via: Via,
  mapPos?: (line: number, col: number) => { line: number; col: number },
  embeddedIn?: (string | number)[],
  lenientKeys = false,
  remember?: (wire: ParsedWire) => void,
): ParsedFile {
  const lineCounter = new LineCounter();
  // failsafe schema: every scalar stays its source text; pnode.resolvePlain reads it the way kustomize does.
  // A kustomization is decoded as JSON (sigs.k8s.io/yaml): a repeated key is not an error there, the last one wins.
  const list = parseYamlStream(text, { lineCounter, schema: 'failsafe', prettyErrors: false, uniqueKeys: via !== 'kustomization' });
  const linePos = (offset: number) => {
    const lp = lineCounter.linePos(offset);
    return mapPos ? mapPos(lp.line, lp.col) : lp;
  };
  const out: ParsedDoc[] = [];
  list.forEach((doc, docIndex) => {
    const err = doc.errors[0];
    if (err) {
      const lp = linePos(err.pos[0]);
      const msg = err.message.split('\n')[0] ?? err.message;
      throw new RenderError(`${file}:${lp.line}:${lp.col}: invalid YAML: ${msg}`, {
        file,
        line: lp.line,
        column: lp.col,
      });
    }
    const src = sourceDoc(file, docIndex, text, lineCounter.linePos, mapPos, embeddedIn, lenientKeys);
    const contents = doc.contents;
    if (contents === null || contents === undefined) {
      out.push({ root: null, docIndex });
      return;
    }
    let root: PNode;
    try {
      root = fromYaml(contents, src, doc, [], via, [0, 0]);
    } catch (e) {
      if (!(e instanceof YamlAliasError)) throw e;
      // An alias bomb: a YAML error at the alias that crossed the cap, as kustomize reports it.
      const lp = linePos(e.offset);
      throw new RenderError(`${file}:${lp.line}:${lp.col}: invalid YAML: ${EXCESSIVE_ALIASING}`, { file, line: lp.line, column: lp.col });
    }
    out.push({ root: root.t === 's' && root.v === null ? null : root, docIndex });
  });
  if (remember) {
    // A tree that JSON cannot carry exactly (a number JSON has no form for) is not remembered.
    const wire: ParsedWire = { lines: [...lineCounter.lineStarts], docs: out.map((d) => [d.docIndex, d.root ? toWire(d.root, []) : null]) };
    if (jsonSafe(wire)) remember(wire);
  }
  return { file, docs: out };
}
