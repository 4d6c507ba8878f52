// The one way pgwarden parses YAML: every input is hostile, and a few hundred bytes of nested aliases (a "billion
// laughs" bomb) expand to gigabytes. Every parse site — discovery, the renderer, policy files, Flux values, fix
// edits — goes through these helpers, so alias expansion is capped the same way everywhere.
// A leaf module: it imports only the `yaml` package, so every part (engine included) may use it.
import { type Alias, type Document, isAlias, isMap, isScalar, LineCounter, type Node, parseAllDocuments, visit, YAMLParseError } from 'yaml';

/**
 * The 1-based line and column of `offset`, given the offsets at which lines start (ascending): yaml's
 * `LineCounter.linePos` (yaml 2.x src/parse/line-counter.ts), answer for answer, for the line starts a parse memo
 * kept. A run whose every file comes from the memo then never loads the YAML library (bin/pgwarden loads lib/yaml.cjs
 * on first use), and the position of each node is what the parse that filled the memo gave.
 */
export function linePosAt(lineStarts: readonly number[], offset: number): { line: number; col: number } {
  let low = 0;
  let high = lineStarts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((lineStarts[mid] as number) < offset) low = mid + 1;
    else high = mid;
  }
  if (lineStarts[low] === offset) return { line: low + 1, col: 1 };
  if (low === 0) return { line: 0, col: offset };
  return { line: low, col: offset - (lineStarts[low - 1] as number) + 1 };
}

/** yaml's `maxAliasCount` for plain-value conversion (the package's own default is 100). */
export const MAX_ALIAS_COUNT = 1000;

/** go-yaml's message (yaml.v3 decode.go), which kustomize prints for the same input. */
export const EXCESSIVE_ALIASING = 'document contains excessive aliasing';

type StreamOptions = NonNullable<Parameters<typeof parseAllDocuments>[1]>;

/**
 * All documents of a YAML stream (an empty stream is no documents). Aliases are not expanded here.
 *
 * Duplicate keys are found here, not by yaml's `uniqueKeys`: yaml compares each new key with every earlier key of its
 * map (`mapIncludes`, yaml 2.x), so a 3.5 MB ConfigMap of 200,000 keys took minutes; one pass with a set per map
 * reports the same keys (a scalar key equal to an earlier one's value; other keys only by identity) as the same
 * error (DUPLICATE_KEY, "Map keys must be unique", at the key), in document order with yaml's other errors.
 */
export function parseYamlStream(text: string, options: StreamOptions = {}): Document.Parsed[] {
  const unique = options.uniqueKeys !== false;
  const pretty = options.prettyErrors !== false;
  const lineCounter = options.lineCounter ?? (unique && pretty ? new LineCounter() : undefined);
  const docs = parseAllDocuments(text, { ...options, uniqueKeys: false, ...(lineCounter ? { lineCounter } : {}) });
  const list = Array.isArray(docs) ? docs : [];
  if (unique) for (const doc of list) flagDuplicateKeys(doc, pretty ? lineCounter : undefined, options.merge === true);
  return list;
}

function flagDuplicateKeys(doc: Document.Parsed, lineCounter: LineCounter | undefined, merge: boolean): void {
  const found: YAMLParseError[] = [];
  visit(doc, {
    Map: (_key, map) => {
      if (!isMap(map) || map.items.length < 2) return;
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const key = pair.key;
        if (!isScalar(key)) continue;
        if (merge && key.value === '<<') continue;
        if (!seen.has(key.value)) {
          seen.add(key.value);
          continue;
        }
        // yaml points at the key's first character: [start, start + 1].
        const start = key.range?.[0] ?? 0;
        const error = new YAMLParseError([start, start + 1], 'DUPLICATE_KEY', 'Map keys must be unique');
        if (lineCounter) {
          // As yaml's prettyErrors words it (the first line; the source line it would quote is left out).
          error.linePos = [lineCounter.linePos(start), lineCounter.linePos(start + 1)];
          error.message += ` at line ${error.linePos[0].line}, column ${error.linePos[0].col}:\n`;
        }
        found.push(error);
      }
    },
  });
  if (found.length === 0) return;
  doc.errors.push(...found);
  doc.errors.sort((a, b) => a.pos[0] - b.pos[0]);
}

/** Thrown when a document's aliases would expand past the cap; `offset` is where, in the source text. */
export class YamlAliasError extends Error {
  constructor(readonly offset: number) {
    super(EXCESSIVE_ALIASING);
    this.name = 'YamlAliasError';
  }
}

/** A document as plain JS values, alias expansion capped (yaml's ReferenceError becomes a YamlAliasError). */
export function yamlToJS(doc: Document): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    if (!(e instanceof ReferenceError && /alias/i.test(e.message))) throw e;
    // Point at the first alias: where the expansion starts.
    let offset = doc.contents?.range?.[0] ?? 0;
    visit(doc, {
      Alias: (_key, node) => {
        offset = node.range?.[0] ?? offset;
        return visit.BREAK;
      },
    });
    throw new YamlAliasError(offset);
  }
}

/** Parse one YAML value and convert it, capped (Flux substitutions, small embedded values). */
export function parseYamlValue(text: string): unknown {
  const [doc] = parseYamlStream(text);
  if (!doc) return null;
  if (doc.errors.length > 0) throw doc.errors[0];
  return yamlToJS(doc);
}

// go-yaml v3 (decode.go allowedAliasRatio), which kustomize decodes with: up to 400,000 decoded nodes, 99% may
// come from alias expansion; from 4,000,000 on, 10%; linear between. Checked once 100 aliased nodes and 1,000
// nodes in all were decoded.
const RATIO_LOW = 400_000;
const RATIO_HIGH = 4_000_000;

function allowedAliasRatio(decodeCount: number): number {
  if (decodeCount <= RATIO_LOW) return 0.99;
  if (decodeCount >= RATIO_HIGH) return 0.1;
  return 0.99 - 0.89 * ((decodeCount - RATIO_LOW) / (RATIO_HIGH - RATIO_LOW));
}

/**
 * For code that walks the AST itself and expands aliases (the renderer's provenance trees): resolves each alias
 * in one pass over the document (yaml's `Alias.resolve` walks the whole document per call) and counts decoded
 * nodes as go-yaml does, throwing a YamlAliasError past its ratio.
 */
export class AliasExpansion {
  private readonly targets = new Map<Alias, Node | undefined>();
  private decodeCount = 0;
  private aliasCount = 0;
  private depth = 0;

  constructor(doc: Document) {
    const last = new Map<string, Node>();
    visit(doc, {
      Node: (_key, node) => {
        if (isAlias(node)) this.targets.set(node, last.get(node.source));
        else if (node.anchor) last.set(node.anchor, node);
      },
    });
  }

  /** The node an alias names (the last anchor of that name before it), or undefined. */
  target(alias: Alias): Node | undefined {
    return this.targets.get(alias);
  }

  /** Count one decoded node (at `offset`); throws past go-yaml's alias ratio. */
  decode(offset: number): void {
    this.decodeCount++;
    if (this.depth > 0) this.aliasCount++;
    if (this.aliasCount > 100 && this.decodeCount > 1000 && this.aliasCount / this.decodeCount > allowedAliasRatio(this.decodeCount)) {
      throw new YamlAliasError(offset);
    }
  }

  /** Run `convert` (which decodes an alias's target) counting every node it decodes as alias expansion. */
  expand<T>(convert: () => T): T {
    this.depth++;
    try {
      return convert();
    } finally {
      this.depth--;
    }
  }
}

export { jsonSafe, type ParseMemo, parseMemo, setParseMemo } from './memo.js';
