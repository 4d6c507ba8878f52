// Request bodies: JSON with a nesting limit, checked before anything walks the object recursively. A large body is
// scanned first: one linear scan finds the deepest nesting and, on the way, the `request.uid` of an AdmissionReview,
// so a body refused for its depth can still be answered with its uid, and only a body within the limit reaches
// JSON.parse. A small one (most reviews) is parsed first and its value measured (PARSE_FIRST_MAX says why).
//
// `__proto__` keys stay data: JSON.parse defines them as own properties (it never calls the `__proto__` setter), and
// a Secret may legitimately have a `__proto__` data key. Nothing downstream copies objects by assignment in a way
// that could reach Object.prototype (test/webhook/hostile.test.ts checks that), so fastify's default of refusing
// such bodies (onProtoPoisoning: 'error') would only turn valid objects away.

/**
 * Kubernetes objects nest far less than this (a StatefulSet's pod template with affinity terms is about 15 levels);
 * the engine and the answer builders walk objects recursively, so depth is bounded before they see one.
 */
export const MAX_JSON_DEPTH = 100;

export type ParsedBody =
  /** `bounds`: upper bounds on the value and entry counts of the body, from the same scan (evaluator.ts skips its walk when they are within the caps). */
  | { ok: true; value: unknown; bounds: SizeBounds }
  /** `uid`: the body's `request.uid` when it could be read, so the refusal can still be an AdmissionReview. */
  | { ok: false; message: string; uid?: string };

/**
 * Upper bounds read off the text, exact for JSON: a body holds at most `1 + commas + containers` values (every value
 * but the first follows a comma or opens a container's first entry), and no array or object has more than
 * `maxCommas + 1` entries. Any part of the body (the object, without managedFields) holds no more.
 */
export interface SizeBounds {
  values: number;
  entries: number;
}

export interface DepthScan {
  /** The deepest nesting seen (stops counting just past the limit). */
  depth: number;
  exceeded: boolean;
  /** The last string value of `request.uid` at the top level (JSON.parse keeps the last duplicate too). */
  uid?: string;
  bounds: SizeBounds;
}

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;
const COLON = 58;
const COMMA = 44;

/** Keys and uids longer than this are not decoded (a real uid is 36 characters). */
const MAX_KEY = 64;
const MAX_UID = 256;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

function decode(text: string, start: number, end: number, max: number): string | undefined {
  if (end - start > max + 2) return undefined;
  // Most keys have no escapes: the text between the quotes is the string (JSON.parse only for the rest).
  let plain = true;
  for (let i = start + 1; i < end - 1; i++) {
    if (text.charCodeAt(i) === BACKSLASH) {
      plain = false;
      break;
    }
  }
  if (plain) return text.slice(start + 1, end - 1);
  try {
    const value: unknown = JSON.parse(text.slice(start, end));
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Scans JSON text for its nesting depth without building anything. Linear in the text: a string is skipped with
 * indexOf, and a run of backslashes before a quote is counted once. Text that is not JSON is scanned all the same;
 * JSON.parse reports it afterwards.
 */
export function scanJson(text: string, maxDepth = MAX_JSON_DEPTH): DepthScan {
  const n = text.length;
  let depth = 0;
  let deepest = 0;
  // Container kinds and the last key for the first two levels: enough to find request.uid.
  let level1IsObject = false;
  let level2IsObject = false;
  let key1: string | undefined;
  let key2: string | undefined;
  let uid: string | undefined;
  // Commas in each open container (by depth, up to the limit), in all, and the most in any one container.
  const commasAt: number[] = [0];
  let commas = 0;
  let containers = 0;
  let maxCommas = 0;
  const result = (): DepthScan => ({
    depth: deepest,
    exceeded: deepest > maxDepth,
    ...(uid !== undefined ? { uid } : {}),
    bounds: { values: 1 + commas + containers, entries: maxCommas + 1 },
  });
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      let j = i + 1;
      for (;;) {
        j = text.indexOf('"', j);
        if (j < 0) return result();
        let k = j - 1;
        let backslashes = 0;
        while (k > i && text.charCodeAt(k) === BACKSLASH) {
          backslashes++;
          k--;
        }
        if (backslashes % 2 === 0) break;
        j++;
      }
      const end = j + 1;
      if (depth === 1 || depth === 2) {
        let next = end;
        while (next < n && isSpace(text.charCodeAt(next))) next++;
        const isKey = text.charCodeAt(next) === COLON;
        if (depth === 1 && level1IsObject && isKey) {
          key1 = decode(text, i, end, MAX_KEY);
          key2 = undefined;
        } else if (depth === 2 && level2IsObject && key1 === 'request') {
          if (isKey) key2 = decode(text, i, end, MAX_KEY);
          else if (key2 === 'uid') uid = decode(text, i, end, MAX_UID);
        }
      }
      i = end;
      continue;
    }
    if (c === COMMA) {
      commas++;
      if (depth === 2 && key2 === 'uid') key2 = undefined;
      if (depth <= maxDepth) {
        const here = (commasAt[depth] ?? 0) + 1;
        commasAt[depth] = here;
        if (here > maxCommas) maxCommas = here;
      }
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      depth++;
      containers++;
      if (depth <= maxDepth) commasAt[depth] = 0;
      if (depth > deepest) deepest = depth;
      if (depth === 1) level1IsObject = c === OPEN_OBJECT;
      else if (depth === 2) {
        level2IsObject = c === OPEN_OBJECT;
        key2 = undefined;
      }
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      depth--;
    } else if (depth === 2 && key2 === 'uid' && !isSpace(c) && c !== COLON) {
      // A non-string uid value (number, null, ...): not a uid.
      key2 = undefined;
    }
    i++;
  }
  return result();
}

/**
 * Bodies up to this size are parsed first and measured on the parsed value; larger ones are scanned first. V8's
 * JSON.parse is iterative, so a deep body cannot overflow its stack, but nesting makes it slow (a 2 MB depth bomb
 * takes about 150 ms): past this size the linear scan refuses a bomb before any parse. Below it, a walk of the parsed
 * value costs a third of the scan (0.8 against 2.8 µs for a 2.3 KB PostgresCluster review), and a bomb at most a few
 * milliseconds.
 */
export const PARSE_FIRST_MAX = 64 * 1024;

/** The deepest nesting of a parsed value (stops just past `maxDepth`), its value count and its largest list or map. */
export function measureValue(root: unknown, maxDepth = MAX_JSON_DEPTH): { depth: number; bounds: SizeBounds } {
  let values = 0;
  let entries = 0;
  let deepest = 0;
  // Iterative: the value may nest as deep as the body allowed JSON.parse to go.
  const stack: unknown[] = [root];
  const depths: number[] = [0];
  while (stack.length > 0) {
    const value = stack.pop();
    const depth = depths.pop()!;
    values++;
    if (typeof value !== 'object' || value === null) continue;
    // Containers count as JSON nests them: the outermost is depth 1 (scanJson counts the same way).
    const level = depth + 1;
    if (level > deepest) {
      deepest = level;
      if (level > maxDepth) break;
    }
    if (Array.isArray(value)) {
      if (value.length > entries) entries = value.length;
      for (let i = 0; i < value.length; i++) {
        stack.push(value[i]);
        depths.push(level);
      }
    } else {
      // JSON.parse makes only own, enumerable data properties (`__proto__` among them): for-in sees each.
      let count = 0;
      for (const key in value) {
        count++;
        stack.push((value as Record<string, unknown>)[key]);
        depths.push(level);
      }
      if (count > entries) entries = count;
    }
  }
  return { depth: deepest, bounds: { values, entries } };
}

function tooDeep(maxDepth: number, uid: string | undefined): ParsedBody {
  return {
    ok: false,
    message: `the JSON body is nested deeper than ${maxDepth} levels (the limit is ${maxDepth}); no Kubernetes object nests that deep`,
    ...(uid ? { uid } : {}),
  };
}

/** The `request.uid` of a parsed body when it is a usable string (as scanJson reads it from text). */
function parsedUid(value: unknown): string | undefined {
  const request = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as { request?: unknown }).request : undefined;
  const uid = typeof request === 'object' && request !== null && !Array.isArray(request) ? (request as { uid?: unknown }).uid : undefined;
  return typeof uid === 'string' && uid.length <= MAX_UID ? uid : undefined;
}

function notJson(error: unknown, text: string, maxDepth: number): ParsedBody {
  // Only the position: V8's message quotes part of the body, which may be a Secret's value.
  const position = error instanceof SyntaxError ? /position \d+(?: \(line \d+ column \d+\))?/.exec(error.message)?.[0] : undefined;
  const detail = position ? ` (at ${position})` : '';
  // The uid, if the text holds one, so the refusal can still be an AdmissionReview.
  const uid = scanJson(text, maxDepth).uid;
  return { ok: false, message: `the body is not valid JSON${detail}`, ...(uid ? { uid } : {}) };
}

/** Parses a request body within the depth limit (small bodies: parse, then measure; large: scan, then parse). Never throws. */
export function parseJsonBody(text: string, maxDepth = MAX_JSON_DEPTH): ParsedBody {
  if (text.trim() === '') return { ok: false, message: 'the body is empty; send an AdmissionReview' };
  if (text.length <= PARSE_FIRST_MAX) {
    let value: unknown;
    try {
      value = JSON.parse(text) as unknown;
    } catch (error) {
      return notJson(error, text, maxDepth);
    }
    const measured = measureValue(value, maxDepth);
    if (measured.depth > maxDepth) return tooDeep(maxDepth, parsedUid(value));
    return { ok: true, value, bounds: measured.bounds };
  }
  const scan = scanJson(text, maxDepth);
  if (scan.exceeded) return tooDeep(maxDepth, scan.uid);
  try {
    return { ok: true, value: JSON.parse(text) as unknown, bounds: scan.bounds };
  } catch (error) {
    return notJson(error, text, maxDepth);
  }
}
