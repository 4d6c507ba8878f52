import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  require_dist
} from "./chunk-CCDCPPZS.js";
import {
  __toESM
} from "./chunk-ED6WIMI7.js";

// src/yaml/index.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_ALIAS_COUNT = 1e3;
var EXCESSIVE_ALIASING = "document contains excessive aliasing";
function parseYamlStream(text, options = {}) {
  const docs = (0, import_yaml.parseAllDocuments)(text, options);
  return Array.isArray(docs) ? docs : [];
}
var YamlAliasError = class extends Error {
  constructor(offset) {
    super(EXCESSIVE_ALIASING);
    this.offset = offset;
    this.name = "YamlAliasError";
  }
  offset;
};
function yamlToJS(doc) {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    if (!(e instanceof ReferenceError && /alias/i.test(e.message))) throw e;
    let offset = doc.contents?.range?.[0] ?? 0;
    (0, import_yaml.visit)(doc, {
      Alias: (_key, node) => {
        offset = node.range?.[0] ?? offset;
        return import_yaml.visit.BREAK;
      }
    });
    throw new YamlAliasError(offset);
  }
}
function parseYamlValue(text) {
  const [doc] = parseYamlStream(text);
  if (!doc) return null;
  if (doc.errors.length > 0) throw doc.errors[0];
  return yamlToJS(doc);
}
var RATIO_LOW = 4e5;
var RATIO_HIGH = 4e6;
function allowedAliasRatio(decodeCount) {
  if (decodeCount <= RATIO_LOW) return 0.99;
  if (decodeCount >= RATIO_HIGH) return 0.1;
  return 0.99 - 0.89 * ((decodeCount - RATIO_LOW) / (RATIO_HIGH - RATIO_LOW));
}
var AliasExpansion = class {
  targets = /* @__PURE__ */ new Map();
  decodeCount = 0;
  aliasCount = 0;
  depth = 0;
  constructor(doc) {
    const last = /* @__PURE__ */ new Map();
    (0, import_yaml.visit)(doc, {
      Node: (_key, node) => {
        if ((0, import_yaml.isAlias)(node)) this.targets.set(node, last.get(node.source));
        else if (node.anchor) last.set(node.anchor, node);
      }
    });
  }
  /** The node an alias names (the last anchor of that name before it), or undefined. */
  target(alias) {
    return this.targets.get(alias);
  }
  /** Count one decoded node (at `offset`); throws past go-yaml's alias ratio. */
  decode(offset) {
    this.decodeCount++;
    if (this.depth > 0) this.aliasCount++;
    if (this.aliasCount > 100 && this.decodeCount > 1e3 && this.aliasCount / this.decodeCount > allowedAliasRatio(this.decodeCount)) {
      throw new YamlAliasError(offset);
    }
  }
  /** Run `convert` (which decodes an alias's target) counting every node it decodes as alias expansion. */
  expand(convert) {
    this.depth++;
    try {
      return convert();
    } finally {
      this.depth--;
    }
  }
};

export {
  EXCESSIVE_ALIASING,
  parseYamlStream,
  YamlAliasError,
  yamlToJS,
  parseYamlValue,
  AliasExpansion
};
