// Secret values never reach any output. This is the one masking module every door uses: code frames (stylish),
// `--fix` diffs, `pgwarden render`, the Action's annotations/summary/SARIF, json and junit.
//
// Structure first: in parsed YAML (a source file) or a parsed object (a rendered manifest, a fix's value) we know
// which node is a credential — every value under a Secret's `data` / `stringData`, the
// `kubectl.kubernetes.io/last-applied-configuration` annotation (it holds the whole object, Secret data included),
// the `value` of an env var whose name says password/secret/token/key/credential, the argument after a
// `--password`-style flag, a secretGenerator literal, a scalar under a credential-named key. Patterns are the
// backstop for what structure cannot place: `user:pass@` in URLs, `--password=…` and `NAME=value` inside longer
// strings, env files, and lines of a document the parser could not read (a broken Secret is masked whole).
import { isAlias, isMap, isScalar, isSeq, type Node, Scalar } from 'yaml';
import { jsonSafe, parseMemo, parseYamlStream } from '../yaml/index.js';
import type { LintReport, ReportFinding } from './report.js';

export const MASK = '<redacted>';
/** The mark in `pgwarden render` output: the renderer's own for Secret data (REDACTED_SECRET_VALUE), so one stream has one. */
export const RENDER_MASK = '<redacted by pgwarden>';

const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

// `pass` only as a whole word part (DB_PASS, dbPass), not PASSENGER; the rest anywhere in the name.
const CREDENTIAL_WORD = /passw(?:or)?d|passphrase|pass(?![a-z])|pwd|secret|token|key|credential/i;

/** An env var, flag or generator-literal name whose value is a credential (`PGPWD`, `AWS_SECRET_ACCESS_KEY`). */
export function isCredentialName(name: string): boolean {
  return CREDENTIAL_WORD.test(name);
}

// A map key that says credential but whose scalar is a reference or a setting, not the secret itself:
// `secretName: pg-app`, `secretKeyRef.key: password`, `password_encryption: scram-sha-256`, `enablePasswordRotation`.
const REFERENCE_SUFFIX =
  /(?:name|names|ref|refs|selector|namespace|file|files|path|paths|dir|mode|type|method|encryption|policy|enabled|length|expiry|ttl)$/i;
const SETTING_PREFIX = /^(?:enable|disable|allow|use|require|skip)/i;

/** A mapping key whose scalar value is a credential (`password: …`, `aws_secret_access_key: …`). */
export function isCredentialKey(key: string): boolean {
  if (key === 'key' || !isCredentialName(key)) return false;
  const bare = key.replace(/[^A-Za-z0-9]+$/, '');
  return !REFERENCE_SUFFIX.test(bare) && !SETTING_PREFIX.test(bare);
}

// ---------------------------------------------------------------------------------------------------------------
// Structure: one walk over any tree (yaml's AST for source text, plain values for rendered objects).

interface TreeView<N> {
  /** Entries of a mapping node (keys as strings), or undefined when `node` is not a mapping. */
  entries(node: N): [string, N][] | undefined;
  /** Items of a sequence node, or undefined. */
  items(node: N): N[] | undefined;
  /** The value of a scalar node, or undefined when `node` is not a scalar. */
  scalar(node: N): unknown;
  /** What makes two nodes the same node (default: the node itself), so a shared one is walked once. */
  identity?(node: N): unknown;
}

/** A credential found by structure: the whole node, or (for a string scalar) its text from index `from` on. */
export interface Mark<N> {
  node: N;
  from?: number;
}

const FLAG = /^-{1,2}[A-Za-z][\w.-]*$/;
const ASSIGNMENT = /^(-{0,2}[A-Za-z_][\w.-]*)=/;

/**
 * Credentials in a tree, by structure. Iterative (a 10,000-deep document must not overflow the stack) and each
 * node is visited once (shared/aliased objects too).
 */
export function credentialMarks<N>(root: N, view: TreeView<N>): Mark<N>[] {
  const marks: Mark<N>[] = [];
  const seen = new Set<unknown>();
  // `generator`: under a kustomization's secretGenerator; `literals`: its `literals:` lists (each one a value).
  const stack: { node: N; generator: boolean; literals: boolean }[] = [{ node: root, generator: false, literals: false }];
  while (stack.length) {
    const { node, generator, literals } = stack.pop()!;
    const id = view.identity ? view.identity(node) : node;
    if (id !== null && typeof id === 'object') {
      if (seen.has(id)) continue;
      seen.add(id);
    }
    const entries = view.entries(node);
    if (entries) {
      const scalarOf = (key: string) => {
        const found = entries.find(([k]) => k === key);
        return found ? view.scalar(found[1]) : undefined;
      };
      const kind = scalarOf('kind');
      const name = scalarOf('name');
      const envCredential = typeof name === 'string' && isCredentialName(name);
      for (const [key, child] of entries) {
        if (kind === 'Secret' && (key === 'data' || key === 'stringData')) {
          const values = view.entries(child);
          if (values) for (const [, v] of values) marks.push({ node: v });
          else marks.push({ node: child });
          continue;
        }
        if (key === LAST_APPLIED || (key === 'value' && envCredential)) {
          marks.push({ node: child });
          continue;
        }
        const value = view.scalar(child);
        if (value !== undefined && value !== null && value !== '' && typeof value !== 'boolean' && isCredentialKey(key)) {
          marks.push({ node: child });
          continue;
        }
        const underGenerator = generator || key === 'secretGenerator';
        stack.push({ node: child, generator: underGenerator, literals: generator && key === 'literals' });
      }
      continue;
    }
    const items = view.items(node);
    if (!items) continue;
    items.forEach((item, i) => {
      const value = view.scalar(item);
      if (value === undefined) {
        stack.push({ node: item, generator, literals: false });
        return;
      }
      if (literals) {
        // `password=…` keeps its key; a literal without `=` is all value.
        const key = /^[^=]*=/.exec(String(value));
        marks.push(key && typeof value === 'string' ? { node: item, from: key[0].length } : { node: item });
        return;
      }
      if (typeof value !== 'string') return;
      const assignment = ASSIGNMENT.exec(value);
      if (assignment && isCredentialName(assignment[1]!)) {
        marks.push({ node: item, from: assignment[0].length });
      } else if (FLAG.test(value) && isCredentialName(value)) {
        const next = items[i + 1];
        if (next !== undefined && view.scalar(next) !== undefined) marks.push({ node: next });
      }
    });
  }
  return marks;
}

// ---------------------------------------------------------------------------------------------------------------
// Patterns: the backstop for text.

const VALUE = String.raw`("[^"\n]*"|'[^'\n]*'|[^\s"',;&\]})]+)`;
const NOT_MASKED = '(?!<redacted)';
// scheme://user:password@host. RFC 3986 wants `/` `?` `#` percent-encoded in a password, but an AWS secret key is
// often pasted raw (`…:abc/def+@bucket`): the password runs to the `@`.
// Every part is bounded, so a line full of `a://b:` costs linear time, not quadratic.
const URL_USERINFO = /\b([a-z][a-z0-9+.-]{0,31}:\/\/[^\s:@/?#"'<>]{0,256}:)([^\s@"'<>]{1,512})@/gi;
// --password=…, PGPASSWORD=…, `password=…` in a libpq conninfo or a query string.
const ASSIGNED = new RegExp(String.raw`(^|[\s"'\[,({;?&])(-{0,2}[A-Za-z_][\w.-]*)(=)${NOT_MASKED}${VALUE}`, 'g');
// --password …, and the two-item form "--password", "…" of a flow sequence on one line.
const FLAG_ARG = new RegExp(String.raw`(^|[\s"'\[,])(-{1,2}[A-Za-z][\w.-]*)(\s+|["']\s*,\s*["']?)${NOT_MASKED}(?!-)${VALUE}`, 'g');
// password: …, "token": "…" (YAML block/flow and JSON).
const KEY_VALUE = new RegExp(
  String.raw`(^|[\s{,"'])([A-Za-z_][\w.-]*)(["']?\s*:(?:\s+|(?=["']))|["']?\s*:\s*(?=["']))${NOT_MASKED}(?![|>&*!{\[#\s])${VALUE}`,
  'g',
);
// {name: PGPWD, value: …} on one line.
const INLINE_ENV = new RegExp(
  String.raw`(name["']?\s*:\s*["']?)([\w.-]+)(["']?\s*,\s*["']?value["']?\s*:\s*)${NOT_MASKED}${VALUE}`,
  'g',
);

/** Free text (finding messages, notes, diagnostics): URL passwords, `--flag=value` and `NAME=value` assignments. */
export function maskText(text: string, mask = MASK): string {
  const withUrls = text.includes('://') ? text.replace(URL_USERINFO, (_m, head: string) => `${head}${mask}@`) : text;
  // Each of the other patterns masks only where a name in the text says credential (isCredentialName of a run of
  // [\w.-] that the text continues with no letter), so a text in which CREDENTIAL_WORD finds nothing has nothing for
  // them. Most messages have none, and a pattern never run is never compiled (V8 compiles a regular expression on its
  // first use and again to machine code on its second); the gain was within noise on the examples, whose code frames
  // show a Secret and so run them anyway.
  if (!CREDENTIAL_WORD.test(withUrls)) return withUrls;
  return withUrls
    .replace(ASSIGNED, (m, pre: string, name: string, eq: string) => (isCredentialName(name) ? `${pre}${name}${eq}${mask}` : m))
    .replace(FLAG_ARG, (m, pre: string, flag: string, sep: string, value: string) =>
      isCredentialName(flag) ? `${pre}${flag}${sep}${quoted(value, mask)}` : m,
    );
}

/** A source line the structure could not place: maskText plus `key: value` with a credential key. */
function maskLinePatterns(line: string, mask: string): string {
  const masked = maskText(line, mask);
  if (!CREDENTIAL_WORD.test(masked)) return masked;
  return masked
    .replace(INLINE_ENV, (m, pre: string, name: string, mid: string, value: string) =>
      isCredentialName(name) ? `${pre}${name}${mid}${quoted(value, mask)}` : m,
    )
    .replace(KEY_VALUE, (m, pre: string, key: string, sep: string, value: string) =>
      isCredentialKey(key) ? `${pre}${key}${sep}${quoted(value, mask)}` : m,
    );
}

function quoted(value: string, mask: string): string {
  const q = value[0];
  return (q === '"' || q === "'") && value.length > 1 && value.endsWith(q) ? `${q}${mask}${q}` : mask;
}

// ---------------------------------------------------------------------------------------------------------------
// Source text (code frames, diffs).

export interface MaskedSource {
  /** The text's lines (split on \n; a trailing \r stays), with credentials replaced. Same count as the input. */
  lines: string[];
  /** 1-based numbers of the lines that were changed. */
  masked: Set<number>;
}

const yamlAst: TreeView<Node | null> = {
  entries(node) {
    if (!isMap(node)) return undefined;
    return node.items.map((pair) => [isScalar(pair.key) ? String(pair.key.value) : '', (pair.value as Node | null) ?? null]);
  },
  items(node) {
    return isSeq(node) ? node.items.map((item) => (item as Node | null) ?? null) : undefined;
  },
  scalar(node) {
    if (isScalar(node)) return node.value ?? null;
    return isAlias(node) ? null : undefined;
  },
};

// A broken document that says Secret anywhere: its kind (any case), a top-level stringData, or a Secret type.
const SECRET_KIND =
  /(^|[\s{,])["']?kind["']?\s*:\s*["']?secret["']?\s*($|[,}#])|^["']?stringData["']?\s*:|^["']?type["']?\s*:\s*["']?(Opaque|kubernetes\.io\/)/im;
// kustomize also reads a kustomization from a file named `Kustomization` (no extension).
const YAML_FILE = /(\.(ya?ml|json)|(^|[\\/])Kustomization)$/i;

/** Mask a file's text for display. `file` (a name) tells YAML from opaque files (env files, generator inputs). */
export function maskSource(text: string, file?: string): MaskedSource {
  return maskSourceAt(text, file !== undefined && !YAML_FILE.test(file), MASK, 0);
}

/**
 * maskSource of the file at `path` (absolute), through the parse memo in force (src/yaml/memo.ts): a code frame of a
 * file that did not change since the last run is masked without parsing it again. What is kept is the masked lines,
 * never the values they hide.
 */
export function maskFileSource(text: string, file: string, path: string): MaskedSource {
  const memo = parseMemo();
  const kind = YAML_FILE.test(file) ? 'mask:yaml' : 'mask:opaque';
  const remembered = memo?.get(path, text, kind) as { lines?: unknown; masked?: unknown } | undefined;
  if (remembered && Array.isArray(remembered.lines) && Array.isArray(remembered.masked)) {
    const { lines, masked } = remembered;
    if (lines.every((l) => typeof l === 'string') && masked.every((n) => typeof n === 'number')) {
      return { lines: lines as string[], masked: new Set(masked as number[]) };
    }
  }
  const shown = maskSource(text, file);
  const wire = { lines: shown.lines, masked: [...shown.masked] };
  if (memo && jsonSafe(wire)) memo.set(path, text, kind, wire);
  return shown;
}

/** maskSource joined back into text (for diffs). */
export function maskSourceText(text: string, file?: string): string {
  return maskSource(text, file).lines.join('\n');
}

function maskSourceAt(text: string, opaque: boolean, mask: string, depth: number): MaskedSource {
  const original = text.split('\n');
  const whole = new Set<number>();
  const spans: [number, number][] = [];
  let lines = original;
  if (opaque) {
    // An env file or a generator's literal file: `KEY=value` keeps its key; any other line is all value.
    lines = original.map((line, i) => {
      if (/^\s*(#|\r?$)/.test(line)) return line;
      const assignment = /^(\s*(?:export\s+)?[A-Za-z_][\w.-]*\s*=)(.*?)(\r?)$/.exec(line);
      if (assignment) return `${assignment[1]}${assignment[2] ? mask : ''}${assignment[3]}`;
      whole.add(i + 1);
      return line;
    });
  } else {
    structuralSpans(text, spans, whole, mask, depth);
    lines = applySpans(text, original, lineStarts(text), spans, mask);
  }
  const masked = new Set<number>();
  const out = lines.map((line, i) => {
    const shown = whole.has(i + 1) ? maskWholeLine(line, mask) : maskLinePatterns(line, mask);
    if (shown !== original[i]) masked.add(i + 1);
    return shown;
  });
  maskEnvPairs(out, masked, mask);
  return { lines: out, masked };
}

function structuralSpans(text: string, spans: [number, number][], whole: Set<number>, mask: string, depth: number): void {
  const starts = lineStarts(text);
  const lineOf = (offset: number) => lineIndex(starts, offset) + 1;
  let docs: ReturnType<typeof parseYamlStream>;
  try {
    // The one capped parse (src/yaml); aliases are never expanded here, only walked.
    docs = parseYamlStream(text, { uniqueKeys: false, keepSourceTokens: false });
  } catch {
    // Cannot tell where anything is: every line is a value.
    for (let l = 1; l <= starts.length; l++) whole.add(l);
    return;
  }
  docs.forEach((doc, index) => {
    const from = index === 0 ? 0 : (doc.range?.[0] ?? 0);
    const to = index + 1 < docs.length ? (docs[index + 1]!.range?.[0] ?? text.length) : text.length;
    // A broken Secret: the parser cannot say which lines are its values, so none of its lines is shown.
    if (doc.errors.length > 0 && SECRET_KIND.test(text.slice(from, to))) {
      for (let l = lineOf(from); l <= lineOf(Math.max(from, to - 1)); l++) whole.add(l);
      return;
    }
    // A document that is one scalar is not a manifest (free text, an env file read as YAML): all value.
    if (isScalar(doc.contents) && doc.contents.range) {
      const [s, e] = doc.contents.range;
      for (let l = lineOf(s); l <= lineOf(Math.max(s, e - 1)); l++) whole.add(l);
      return;
    }
    for (const mark of credentialMarks<Node | null>(doc.contents as Node | null, yamlAst)) {
      const node = mark.node;
      const range = node?.range;
      if (!node || !range) continue;
      if (mark.from !== undefined && isScalar(node) && typeof node.value === 'string') {
        const partial = partialSpan(text, node, mark.from);
        if (partial) {
          spans.push(partial);
          continue;
        }
      }
      // A quoted one-line scalar keeps its quotes, so the line still reads as the YAML it is.
      const quoted = isScalar(node) && (node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE);
      const oneLine = !text.slice(range[0], range[1]).includes('\n') && range[1] - range[0] >= 2;
      spans.push(quoted && oneLine ? [range[0] + 1, range[1] - 1] : [range[0], range[1]]);
    }
    // An inline patch (`patch: |`) is YAML inside a string: mask it as its own document, line for line.
    if (depth < 2) {
      visitBlockLiterals(doc.contents as Node | null, (scalar) => {
        const value = String(scalar.value);
        if (!value.includes(':')) return;
        const inner = maskSourceAt(value, false, mask, depth + 1);
        const header = lineOf(scalar.range![0]);
        for (const l of inner.masked) whole.add(header + l);
      });
    }
  });
}

function visitBlockLiterals(root: Node | null, fn: (scalar: Scalar) => void): void {
  const stack: unknown[] = [root];
  while (stack.length) {
    const node = stack.pop();
    if (isMap(node)) for (const pair of node.items) stack.push(pair.value);
    else if (isSeq(node)) stack.push(...node.items);
    else if (isScalar(node) && node.type === Scalar.BLOCK_LITERAL && node.range) fn(node);
  }
}

/** The part of a one-line scalar's source from value index `from` on (inside its quotes), or undefined. */
function partialSpan(text: string, node: Scalar, from: number): [number, number] | undefined {
  const [start, end] = node.range!;
  const source = text.slice(start, end);
  const value = String(node.value);
  if (source.includes('\n')) return undefined;
  const quote = source[0] === '"' || source[0] === "'" ? 1 : 0;
  if (source.slice(quote, quote + from) !== value.slice(0, from)) return undefined;
  const last = quote && source.length > 1 && source.endsWith(source[0]!) ? end - 1 : end;
  return last > start + quote + from ? [start + quote + from, last] : undefined;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineIndex(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Replace each span by the mask; a span over several lines masks each line's part, keeping every line. */
function applySpans(text: string, lines: string[], starts: number[], spans: [number, number][], mask: string): string[] {
  if (spans.length === 0) return lines;
  const byLine = new Map<number, [number, number][]>();
  for (const [s, e] of spans) {
    if (e <= s) continue;
    const first = lineIndex(starts, s);
    const last = lineIndex(starts, e - 1);
    for (let l = first; l <= last; l++) {
      const lineStart = starts[l]!;
      const lineEnd = l + 1 < starts.length ? starts[l + 1]! - 1 : text.length;
      const from = Math.max(s, lineStart) - lineStart;
      const to = Math.min(e, lineEnd) - lineStart;
      const list = byLine.get(l) ?? [];
      list.push([from, to]);
      byLine.set(l, list);
    }
  }
  const out = [...lines];
  for (const [l, parts] of byLine) {
    const line = lines[l]!;
    const merged = parts.sort((a, b) => a[0] - b[0]).reduce<[number, number][]>((acc, [s, e]) => {
      const prev = acc[acc.length - 1];
      if (prev && s <= prev[1]) prev[1] = Math.max(prev[1], e);
      else acc.push([s, e]);
      return acc;
    }, []);
    let result = '';
    let at = 0;
    for (const [s, e] of merged) {
      // Leading indentation of a continuation line stays, so the frame keeps its shape.
      const indent = /^\s*/.exec(line.slice(s, e))?.[0].length ?? 0;
      const segment = line.slice(s + indent, e);
      const cr = segment.endsWith('\r') ? '\r' : '';
      result += line.slice(at, s + indent) + (segment.trim() ? `${mask}${cr}` : segment);
      at = e;
    }
    out[l] = result + line.slice(at);
  }
  return out;
}

/** A line the parser could not place: nothing but its indentation (and a list dash) is shown. */
function maskWholeLine(line: string, mask: string): string {
  const cr = line.endsWith('\r') ? '\r' : '';
  const body = cr ? line.slice(0, -1) : line;
  if (body.trim() === '' || /^\s*(---|\.\.\.)\s*$/.test(body)) return line;
  return `${/^\s*(?:-\s+)?/.exec(body)?.[0] ?? ''}${mask}${cr}`;
}

/** `- name: PGPWD` then `value: …` on a later line of the same item (a document the parser could not read). */
function maskEnvPairs(lines: string[], masked: Set<number>, mask: string): void {
  let pending: { indent: number } | undefined;
  lines.forEach((line, i) => {
    const name = /^(\s*)(-\s+)?name\s*:\s*["']?([^"'\s#]+)["']?\s*(#.*)?\r?$/.exec(line);
    if (name) {
      const indent = name[1]!.length + (name[2]?.length ?? 0);
      pending = isCredentialName(name[3]!) ? { indent } : undefined;
      return;
    }
    if (!pending) return;
    const value = /^(\s*)value\s*:(\s*)(.*?)(\r?)$/.exec(line);
    if (value && value[1]!.length === pending.indent) {
      if (value[3] && !value[3].startsWith(mask) && !/^["']?<redacted/.test(value[3])) {
        lines[i] = `${value[1]}value:${value[2] || ' '}${mask}${value[4]}`;
        masked.add(i + 1);
      }
      pending = undefined;
    } else if (/^\s*-\s/.test(line) || (line.trim() && /^\s*/.exec(line)![0].length < pending.indent)) {
      pending = undefined;
    }
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Objects (rendered manifests, fix values).

type Slot = { holder: Record<string, unknown> | unknown[]; key: string | number };

/** A deep copy of `value` with every credential replaced by `mask` (structure, then patterns on every string). */
export function maskObject<T>(value: T, mask = MASK): T {
  if (value === null || typeof value !== 'object') return (typeof value === 'string' ? maskText(value, mask) : value) as T;
  // structuredClone keeps shared references (a YAML alias renders as one object in two places) and cycles.
  const root = { value: structuredClone(value) as unknown };
  // A slot (holder + key) stands for a node: a primitive has no identity of its own, and a shared object sits in
  // several slots, each of which may need its own mask.
  const view: TreeView<Slot> = {
    entries(slot) {
      const v = read(slot);
      if (v === null || typeof v !== 'object' || Array.isArray(v)) return undefined;
      const record = v as Record<string, unknown>;
      return Object.keys(record).map((k) => [k, { holder: record, key: k }]);
    },
    items(slot) {
      const v = read(slot);
      return Array.isArray(v) ? v.map((_, i) => ({ holder: v, key: i })) : undefined;
    },
    scalar(slot) {
      const v = read(slot);
      return v === null || typeof v !== 'object' ? v : undefined;
    },
    // A shared object is walked once (its inner values are masked in place, for every slot it sits in).
    identity(slot) {
      const v = read(slot);
      return v !== null && typeof v === 'object' ? v : slot;
    },
  };
  const rootSlot: Slot = { holder: root as unknown as Record<string, unknown>, key: 'value' };
  for (const { node, from } of credentialMarks<Slot>(rootSlot, view)) {
    const current = read(node);
    const masked = from !== undefined && typeof current === 'string' ? `${current.slice(0, from)}${mask}` : mask;
    (node.holder as Record<string | number, unknown>)[node.key] = masked;
  }
  maskStrings(root, mask);
  return root.value as T;
}

function read(slot: Slot): unknown {
  return (slot.holder as Record<string | number, unknown>)[slot.key];
}

function maskStrings(root: { value: unknown }, mask: string): void {
  const seen = new Set<unknown>();
  const stack: (Record<string, unknown> | unknown[])[] = [root as unknown as Record<string, unknown>];
  while (stack.length) {
    const holder = stack.pop()!;
    if (seen.has(holder)) continue;
    seen.add(holder);
    const record = holder as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const v = record[key];
      if (typeof v === 'string') {
        const masked = maskText(v, mask);
        if (masked !== v) record[key] = masked;
      } else if (v !== null && typeof v === 'object') {
        stack.push(v as Record<string, unknown>);
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Reports (every format, the Action).

/** The report with credentials masked in messages and fix values (formatters and the Action print only this). */
export function maskReport(report: LintReport): LintReport {
  return { ...report, findings: report.findings.map(maskFinding) };
}

function maskFinding(finding: ReportFinding): ReportFinding {
  const masked: ReportFinding = { ...finding, message: maskText(finding.message) };
  if (finding.data) {
    masked.data = Object.fromEntries(Object.entries(finding.data).map(([key, value]) => [key, typeof value === 'string' ? maskText(value) : value]));
  }
  if (finding.fix) {
    masked.fix = {
      ...finding.fix,
      description: maskText(finding.fix.description),
      patch: finding.fix.patch.map((op) => {
        if (!('value' in op)) return op;
        const segments = op.path.split('/').slice(1);
        // The value of a Secret field or a credential-named field is masked whole; anything else by structure.
        const credential = segments.some((s) => s === 'data' || s === 'stringData' || s === LAST_APPLIED.replace(/\//g, '~1') || isCredentialKey(s));
        return { ...op, value: credential ? MASK : maskObject(op.value) };
      }),
    };
  }
  return masked;
}
