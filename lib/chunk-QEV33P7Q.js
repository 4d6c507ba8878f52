import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  require_picomatch
} from "./chunk-NUU3TWGB.js";
import {
  AliasExpansion,
  EXCESSIVE_ALIASING,
  YamlAliasError,
  jsonSafe,
  linePosAt,
  parseMemo,
  parseYamlStream,
  parseYamlValue,
  require_dist,
  yamlToJS
} from "./chunk-KZPG3NJF.js";
import {
  __commonJS,
  __toESM
} from "./chunk-ED6WIMI7.js";

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER2 = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER2}(\\d+)${PLACEHOLDER2}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER2 || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER2}${sources.push(source) - 1}${PLACEHOLDER2}`;
      const { length } = pattern;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str3) => index + 6 < str3.length ? str3.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run, at2) => {
      let separator = EMPTY;
      for (let index = at2 + 1; index < run.length && !run[index].wildcard; index++) {
        separator += run[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run = [];
      const flush = () => {
        let lastWildcard;
        run.forEach((token, at2) => {
          if (token.wildcard) {
            lastWildcard = at2;
          }
        });
        run.forEach((token, at2) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at2 === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at2)})[^\\/])*`;
        });
        run = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path8) => {
      const end = path8.length - 1;
      const index = path8.lastIndexOf(
        SLASH,
        path8[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path8 : path8.slice(index + 1);
    };
    var parentOf = (path8) => {
      if (path8.charCodeAt(0) === SLASH_CODE || path8.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path8.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path8.length - 1;
      const cut = path8.lastIndexOf(
        SLASH,
        path8.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path8.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str3 = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str3, "i") : new RegExp(str3);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str3) => {
      let count = 0;
      while (str3[str3.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path8) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path8)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path8, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename3 = shortcut ? basenameOf(path8) : path8;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename3 : path8
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path8, originalPath, doThrow) => {
      if (!isString(path8)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path8) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path8)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path8) => {
      const first = path8.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path8.length === 1) {
        return true;
      }
      const second = path8.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path8.length === 2 || path8.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path8) {
        checkPath(
          path8,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path8 ? this._t(path8, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path8 = convertPath(target);
        if (!path8 || path8.charCodeAt(path8.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path8);
        }
        const dir = this._t(path8, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path8);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path8, cache) {
        const cached = cache[path8];
        if (cached) {
          return cached;
        }
        const parentPath = parentOf(path8);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path8] = parent && parent.ignored ? parent : this._rules.test(path8, MODE_IGNORE);
      }
      ignores(path8) {
        return this._test(path8, this._ignoreCache, convertPath(path8)).ignored;
      }
      createFilter() {
        return (path8) => !this.ignores(path8);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path8) {
        return this._test(path8, this._testCache, convertPath(path8));
      }
    };
    var factory = (options2) => new Ignore(options2);
    var isPathValid = (path8) => checkPath(convertPath(path8), path8, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str3) => /^\\\\\?\\/.test(str3) || /["<>|\u0000-\u001F]+/u.test(str3) ? str3 : str3.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path8) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path8) || isNotRelative(path8);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// src/render/cache.ts
var import_yaml3 = __toESM(require_dist(), 1);
import { readFileSync, realpathSync, statSync } from "node:fs";

// src/render/errors.ts
var RenderError = class extends Error {
  file;
  line;
  column;
  /** `message` should already name the file:line when known; file/line/column are also kept for tools. */
  constructor(message, where2) {
    super(message);
    this.name = "RenderError";
    this.file = where2?.file;
    this.line = where2?.line;
    this.column = where2?.column;
  }
  toDiagnostic() {
    const d = { severity: "error", message: this.message };
    if (this.file !== void 0) d.file = this.file;
    if (this.line !== void 0) d.line = this.line;
    if (this.column !== void 0) d.column = this.column;
    return d;
  }
};

// src/render/pnode.ts
var import_yaml = __toESM(require_dist(), 1);
var expansions = /* @__PURE__ */ new WeakMap();
function expansionOf(doc) {
  let e = expansions.get(doc);
  if (!e) {
    e = new AliasExpansion(doc);
    expansions.set(doc, e);
  }
  return e;
}
function materialize(prov) {
  const s = prov.doc.linePos(prov.start);
  const e = prov.doc.linePos(prov.end);
  const o = {
    file: prov.doc.file,
    line: s.line,
    column: s.col,
    endLine: e.line,
    endColumn: e.col,
    docIndex: prov.doc.docIndex,
    yamlPath: [...prov.yamlPath],
    via: prov.via
  };
  if (prov.doc.embeddedIn) o.embeddedIn = [...prov.doc.embeddedIn];
  return o;
}
function withVia(prov, via) {
  return prov.via === via ? prov : { ...prov, via };
}
var NULLS = /* @__PURE__ */ new Set(["", "~", "null", "Null", "NULL"]);
var TRUES = /* @__PURE__ */ new Set(["true", "True", "TRUE"]);
var FALSES = /* @__PURE__ */ new Set(["false", "False", "FALSE"]);
var INFS = /* @__PURE__ */ new Set([".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF"]);
var NANS = /* @__PURE__ */ new Set([".nan", ".NaN", ".NAN"]);
var FLOAT_RE = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
var TIMESTAMP_RE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]|[ \t]+)(\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.(\d+))?(?:[ \t]*(Z|[-+]\d{1,2}(?::?\d{2})?))?)?$/;
var YAML11_BOOLS = new Map([
  ...["y", "Y", "yes", "Yes", "YES", "on", "On", "ON"].map((s) => [s, true]),
  ...["n", "N", "no", "No", "NO", "off", "Off", "OFF"].map((s) => [s, false])
]);
function parseGoInt(text) {
  const plain = text.replaceAll("_", "");
  const m = /^([-+]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(plain);
  if (!m) return void 0;
  const sign = m[1] === "-" ? -1 : 1;
  const body = m[2];
  let n;
  if (/^0[xX]/.test(body)) n = Number.parseInt(body.slice(2), 16);
  else if (/^0[oO]/.test(body)) n = Number.parseInt(body.slice(2), 8);
  else if (/^0[bB]/.test(body)) n = Number.parseInt(body.slice(2), 2);
  else if (body.length > 1 && body.startsWith("0")) n = Number.parseInt(body.slice(1), 8);
  else n = Number.parseInt(body, 10);
  return sign * n;
}
function pad(n, w = 2) {
  return String(n).padStart(w, "0");
}
function goTimestamp(m) {
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const date = `${pad(Number(y), 4)}-${pad(Number(mo))}-${pad(Number(d))}`;
  if (h === void 0) return `${date}T00:00:00Z`;
  let fraction = (frac ?? "").slice(0, 9).replace(/0+$/, "");
  fraction = fraction ? `.${fraction}` : "";
  let z = "Z";
  if (zone && zone !== "Z") {
    const zm = /^([-+])(\d{1,2}):?(\d{2})?$/.exec(zone);
    if (zm) {
      const hh = Number(zm[2]);
      const mm = Number(zm[3] ?? "0");
      z = hh === 0 && mm === 0 ? "Z" : `${zm[1]}${pad(hh)}:${pad(mm)}`;
    }
  }
  return `${date}T${pad(Number(h))}:${pad(Number(mi))}:${pad(Number(s))}${fraction}${z}`;
}
function failAt(where2, msg) {
  const w = where2();
  return new RenderError(`${w.file}:${w.line}:${w.column}: ${msg}`, w);
}
function resolvePlain(text, where2) {
  if (NULLS.has(text)) return null;
  if (TRUES.has(text)) return true;
  if (FALSES.has(text)) return false;
  const c = text.charCodeAt(0);
  const maybeNumber = c >= 48 && c <= 57 || text[0] === "-" || text[0] === "+" || text[0] === ".";
  if (!maybeNumber) return text;
  if (INFS.has(text) || NANS.has(text)) {
    throw failAt(where2, `.inf/.nan cannot be encoded as JSON (kustomize rejects it too)`);
  }
  const i = parseGoInt(text);
  if (i !== void 0) return i;
  const plain = text.replaceAll("_", "");
  if (FLOAT_RE.test(plain)) return Number(plain);
  const ts = TIMESTAMP_RE.exec(text);
  if (ts) return goTimestamp(ts);
  return text;
}
function resolveTagged(tag, text, where2) {
  switch (tag) {
    case "tag:yaml.org,2002:str":
      return text;
    case "tag:yaml.org,2002:null":
      return null;
    case "tag:yaml.org,2002:bool":
      if (TRUES.has(text)) return true;
      if (FALSES.has(text)) return false;
      throw failAt(where2, `the value tagged !!bool is not true or false`);
    case "tag:yaml.org,2002:int": {
      const n = parseGoInt(text);
      if (n === void 0) throw failAt(where2, `the value tagged !!int is not an integer`);
      return n;
    }
    case "tag:yaml.org,2002:float": {
      const n = resolvePlain(text, where2);
      if (typeof n !== "number") throw failAt(where2, `the value tagged !!float is not a number`);
      return n;
    }
    default:
      return resolvePlain(text, where2);
  }
}
function rangeOf(node) {
  const r = node.range;
  return r ? [r[0], r[1]] : [0, 0];
}
function fromYaml(node, doc, yamlDoc, yamlPath, via, fallbackRange) {
  const where2 = (n) => {
    return () => {
      const [s] = n ? rangeOf(n) : fallbackRange;
      const lp = doc.linePos(s);
      return { file: doc.file, line: lp.line, column: lp.col };
    };
  };
  const expansion = expansionOf(yamlDoc);
  expansion.decode(node?.range?.[0] ?? fallbackRange[0]);
  const target = node;
  if (target && (0, import_yaml.isAlias)(target)) {
    const resolved = expansion.target(target);
    if (resolved) return expansion.expand(() => fromYaml(resolved, doc, yamlDoc, yamlPath, via, fallbackRange));
  }
  if (!target || (0, import_yaml.isAlias)(target)) {
    const [s, e] = node ? rangeOf(node) : fallbackRange;
    return { t: "s", v: null, p: { doc, start: s, end: e, yamlPath, via } };
  }
  const [start, end] = rangeOf(target);
  const prov = { doc, start, end, yamlPath, via };
  if ((0, import_yaml.isScalar)(target)) {
    const raw = target.value;
    const text = raw === null || raw === void 0 ? "" : String(raw);
    let v;
    if (target.tag && target.tag !== "!") v = resolveTagged(target.tag, text, where2(target));
    else if (target.type === import_yaml.Scalar.PLAIN) {
      const yaml11 = via === "kustomization" || doc.lenientKeys === true;
      v = yaml11 && YAML11_BOOLS.has(text) ? YAML11_BOOLS.get(text) : resolvePlain(text, where2(target));
    } else v = text;
    if (typeof v === "string" && (target.type === import_yaml.Scalar.BLOCK_LITERAL || target.type === import_yaml.Scalar.BLOCK_FOLDED) && doc.eofWithoutNewline !== void 0 && end >= doc.eofWithoutNewline && v.endsWith("\n")) {
      v = v.slice(0, -1);
    }
    return { t: "s", v, p: prov };
  }
  if ((0, import_yaml.isSeq)(target)) {
    const items2 = [];
    target.items.forEach((item, i) => {
      items2.push(fromYaml(item, doc, yamlDoc, [...yamlPath, i], via, [start, end]));
    });
    return { t: "a", v: items2, p: prov };
  }
  if ((0, import_yaml.isMap)(target)) {
    const m = /* @__PURE__ */ new Map();
    for (const pair of target.items) {
      if (!(0, import_yaml.isPair)(pair)) continue;
      const keyNode = pair.key;
      let key;
      if (keyNode && (0, import_yaml.isScalar)(keyNode)) {
        key = keyNode.value === null ? "" : String(keyNode.value);
        if (keyNode.type === import_yaml.Scalar.PLAIN && key !== "<<") {
          const yaml11 = via === "kustomization" || doc.lenientKeys === true;
          const k2 = yaml11 && YAML11_BOOLS.has(key) ? YAML11_BOOLS.get(key) : resolvePlain(key, where2(keyNode));
          if (typeof k2 !== "string" && !doc.lenientKeys) {
            throw failAt(where2(keyNode), `the key ${key} is read as ${k2 === null ? "null" : typeof k2} by kustomize, not as a string: quote it`);
          }
        }
      } else if (keyNode && (0, import_yaml.isAlias)(keyNode)) {
        const r = expansion.target(keyNode);
        key = r && (0, import_yaml.isScalar)(r) ? String(r.value) : "";
      } else {
        throw failAt(where2(keyNode), "complex mapping keys are not valid in a Kubernetes object");
      }
      const valueNode = pair.value;
      const keyRange = keyNode ? rangeOf(keyNode) : [start, start];
      if (key === "<<" && keyNode.type === import_yaml.Scalar.PLAIN) {
        const merged = fromYaml(valueNode, doc, yamlDoc, [...yamlPath, key], via, [keyRange[0], keyRange[1]]);
        const sources = merged.t === "a" ? merged.v : [merged];
        for (const src of sources) {
          if (src.t !== "m") continue;
          for (const [k2, v] of src.v) if (!m.has(k2)) m.set(k2, v);
        }
        continue;
      }
      m.set(key, fromYaml(valueNode, doc, yamlDoc, [...yamlPath, key], via, [keyRange[0], keyRange[1]]));
    }
    return { t: "m", v: m, p: prov };
  }
  return { t: "s", v: null, p: prov };
}
function samePath(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
function toWire(node, expectedPath) {
  const { start, end, yamlPath } = node.p;
  const own = samePath(yamlPath, expectedPath) ? void 0 : [...yamlPath];
  let wire;
  switch (node.t) {
    case "s":
      wire = [0, node.v, start, end];
      break;
    case "a":
      wire = [1, node.v.map((item, i) => toWire(item, [...yamlPath, i])), start, end];
      break;
    case "m": {
      const entries = [];
      for (const [key, value] of node.v) entries.push(key, toWire(value, [...yamlPath, key]));
      wire = [2, entries, start, end];
      break;
    }
  }
  if (own) wire.push(own);
  return wire;
}
function fromWire(wire, doc, expectedPath, via) {
  if (!Array.isArray(wire) || typeof wire[2] !== "number" || typeof wire[3] !== "number") throw new TypeError("not a provenance node");
  const own = wire[4];
  if (own !== void 0 && !(Array.isArray(own) && own.every((k2) => typeof k2 === "string" || typeof k2 === "number"))) throw new TypeError("not a yamlPath");
  const yamlPath = own ?? [...expectedPath];
  const p = { doc, start: wire[2], end: wire[3], yamlPath, via };
  const body = wire[1];
  switch (wire[0]) {
    case 0:
      if (body !== null && typeof body !== "string" && typeof body !== "number" && typeof body !== "boolean") throw new TypeError("not a scalar");
      return { t: "s", v: body, p };
    case 1:
      if (!Array.isArray(body)) throw new TypeError("not a sequence");
      return { t: "a", v: body.map((item, i) => fromWire(item, doc, [...yamlPath, i], via)), p };
    case 2: {
      if (!Array.isArray(body) || body.length % 2 !== 0) throw new TypeError("not a map");
      const m = /* @__PURE__ */ new Map();
      for (let i = 0; i < body.length; i += 2) {
        const key = body[i];
        if (typeof key !== "string") throw new TypeError("not a map key");
        m.set(key, fromWire(body[i + 1], doc, [...yamlPath, key], via));
      }
      return { t: "m", v: m, p };
    }
    default:
      throw new TypeError("not a provenance node");
  }
}
function fromJSON(value, p) {
  if (Array.isArray(value)) return { t: "a", v: value.map((x) => fromJSON(x, p)), p };
  if (value !== null && typeof value === "object") {
    const m = /* @__PURE__ */ new Map();
    for (const [k2, v] of Object.entries(value)) {
      if (v !== void 0) m.set(k2, fromJSON(v, p));
    }
    return { t: "m", v: m, p };
  }
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value === null) {
    return { t: "s", v: value, p };
  }
  return { t: "s", v: null, p };
}
function toJSON(node) {
  switch (node.t) {
    case "s":
      return node.v;
    case "a":
      return node.v.map(toJSON);
    case "m": {
      const out = {};
      for (const [k2, v] of node.v) out[k2] = toJSON(v);
      return out;
    }
  }
}
function clone(node) {
  switch (node.t) {
    case "s":
      return { t: "s", v: node.v, p: node.p };
    case "a":
      return { t: "a", v: node.v.map(clone), p: node.p };
    case "m": {
      const m = /* @__PURE__ */ new Map();
      for (const [k2, v] of node.v) m.set(k2, clone(v));
      return { t: "m", v: m, p: node.p };
    }
  }
}
function cloneVia(node, via) {
  const p = withVia(node.p, via);
  switch (node.t) {
    case "s":
      return { t: "s", v: node.v, p };
    case "a":
      return { t: "a", v: node.v.map((x) => cloneVia(x, via)), p };
    case "m": {
      const m = /* @__PURE__ */ new Map();
      for (const [k2, v] of node.v) m.set(k2, cloneVia(v, via));
      return { t: "m", v: m, p };
    }
  }
}
function parsePointer(pointer) {
  if (pointer === "" || pointer === "/") return pointer === "/" ? [""] : [];
  const body = pointer.startsWith("/") ? pointer.slice(1) : pointer;
  return body.split("/").map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~"));
}
function child(node, seg) {
  if (!node) return void 0;
  if (node.t === "m") return node.v.get(seg);
  if (node.t === "a") {
    if (!/^(0|[1-9][0-9]*)$/.test(seg)) return void 0;
    return node.v[Number(seg)];
  }
  return void 0;
}
function nearest(root, segments) {
  let cur = root;
  for (const seg of segments) {
    const next = child(cur, seg);
    if (!next) break;
    cur = next;
  }
  return cur;
}
function str(node) {
  return node && node.t === "s" && typeof node.v === "string" ? node.v : void 0;
}
function deepEqual(a, b) {
  if (a.t !== b.t) return false;
  if (a.t === "s") return a.v === b.v;
  if (a.t === "a") {
    const bv = b.v;
    return a.v.length === bv.length && a.v.every((x, i) => deepEqual(x, bv[i]));
  }
  const bm = b.v;
  if (a.v.size !== bm.size) return false;
  for (const [k2, v] of a.v) {
    const o = bm.get(k2);
    if (!o || !deepEqual(v, o)) return false;
  }
  return true;
}

// src/render/cache.ts
var diskFs = {
  typeOf: (path8) => {
    const st = statSync(path8);
    return st.isDirectory() ? "dir" : st.isFile() ? "file" : "other";
  },
  readFile: (path8) => readFileSync(path8),
  realpath: process.platform === "win32" ? (path8) => realpathSync(path8) : (path8) => realpathSync.native(path8)
  // see src/gitops/fs.ts
};
var RenderCache = class {
  constructor(fs = diskFs) {
    this.fs = fs;
    this.onDisk = fs === diskFs;
  }
  fs;
  /** Whether files come from the disk (the kustomize fallback can only build a tree that is on disk). */
  onDisk;
  texts = /* @__PURE__ */ new Map();
  parsed = /* @__PURE__ */ new Map();
  kinds = /* @__PURE__ */ new Map();
  memo = /* @__PURE__ */ new Map();
  /** A derived parse (an inline patch of a kustomization) computed once per process, keyed by its location. */
  memoize(key, compute) {
    if (this.memo.has(key)) return this.memo.get(key);
    const v = compute();
    this.memo.set(key, v);
    return v;
  }
  /** Number of YAML parses done (for tests and the bench: shared bases are parsed once). */
  parseCount = 0;
  kind(path8) {
    let k2 = this.kinds.get(path8);
    if (k2 === void 0) {
      try {
        k2 = this.fs.typeOf(path8) === "dir" ? "dir" : "file";
      } catch {
        k2 = "missing";
      }
      this.kinds.set(path8, k2);
    }
    return k2;
  }
  readText(file) {
    let text = this.texts.get(file);
    if (text === void 0) {
      try {
        text = this.onDisk ? readFileSync(file, "utf8") : this.fs.readFile(file).toString("utf8");
      } catch (e) {
        const code = e.code ?? "read error";
        throw new RenderError(`${file}: cannot read file (${code})`, { file });
      }
      this.texts.set(file, text);
    }
    return text;
  }
  /** Raw bytes (generator `files:` may be binary). Not cached: generator inputs are read once per build. */
  readBytes(file) {
    try {
      return this.fs.readFile(file);
    } catch (e) {
      const code = e.code ?? "read error";
      throw new RenderError(`${file}: cannot read file (${code})`, { file });
    }
  }
  /** All documents of a YAML file, as provenance trees (`via` as given; patches relabel on use). */
  parseFile(file, via = "resource", lenientKeys = false) {
    const key = `${via}\0${lenientKeys ? "lenient" : "strict"}\0${file}`;
    let pf = this.parsed.get(key);
    if (!pf) {
      const text = this.readText(file);
      const memo = parseMemo();
      const kind = `render:${via}:${lenientKeys ? "lenient" : "strict"}`;
      pf = memo ? parsedFromWire(memo.get(file, text, kind), text, file, via, lenientKeys) : void 0;
      if (!pf) {
        pf = parseYamlText(text, file, via, void 0, void 0, lenientKeys, (wire) => memo?.set(file, text, kind, wire));
      }
      this.parseCount++;
      this.parsed.set(key, pf);
    }
    return pf;
  }
};
function sourceDoc(file, docIndex, text, linePosOf, mapPos, embeddedIn, lenientKeys) {
  const linePos = (offset) => {
    const lp = linePosOf(offset);
    return mapPos ? mapPos(lp.line, lp.col) : lp;
  };
  const src = embeddedIn ? { file, docIndex, linePos, embeddedIn } : { file, docIndex, linePos };
  if (!text.endsWith("\n")) src.eofWithoutNewline = text.length;
  if (lenientKeys) src.lenientKeys = true;
  return src;
}
function parsedFromWire(value, text, file, via, lenientKeys) {
  const wire = value;
  if (!wire || !Array.isArray(wire.lines) || !Array.isArray(wire.docs)) return void 0;
  const lines = wire.lines;
  for (let i = 0; i < lines.length; i++) {
    const start = lines[i];
    if (typeof start !== "number" || i > 0 && start < lines[i - 1]) return void 0;
  }
  const linePos = (offset) => linePosAt(lines, offset);
  try {
    const docs = wire.docs.map(([docIndex, root]) => {
      if (typeof docIndex !== "number") throw new TypeError("docIndex");
      const src = sourceDoc(file, docIndex, text, linePos, void 0, void 0, lenientKeys);
      return { root: root === null ? null : fromWire(root, src, [], via), docIndex };
    });
    return { file, docs };
  } catch {
    return void 0;
  }
}
function parseYamlText(text, file, via, mapPos, embeddedIn, lenientKeys = false, remember) {
  const lineCounter = new import_yaml3.LineCounter();
  const list = parseYamlStream(text, { lineCounter, schema: "failsafe", prettyErrors: false, uniqueKeys: via !== "kustomization" });
  const linePos = (offset) => {
    const lp = lineCounter.linePos(offset);
    return mapPos ? mapPos(lp.line, lp.col) : lp;
  };
  const out = [];
  list.forEach((doc, docIndex) => {
    const err = doc.errors[0];
    if (err) {
      const lp = linePos(err.pos[0]);
      const msg = err.message.split("\n")[0] ?? err.message;
      throw new RenderError(`${file}:${lp.line}:${lp.col}: invalid YAML: ${msg}`, {
        file,
        line: lp.line,
        column: lp.col
      });
    }
    const src = sourceDoc(file, docIndex, text, lineCounter.linePos, mapPos, embeddedIn, lenientKeys);
    const contents = doc.contents;
    if (contents === null || contents === void 0) {
      out.push({ root: null, docIndex });
      return;
    }
    let root;
    try {
      root = fromYaml(contents, src, doc, [], via, [0, 0]);
    } catch (e) {
      if (!(e instanceof YamlAliasError)) throw e;
      const lp = linePos(e.offset);
      throw new RenderError(`${file}:${lp.line}:${lp.col}: invalid YAML: ${EXCESSIVE_ALIASING}`, { file, line: lp.line, column: lp.col });
    }
    out.push({ root: root.t === "s" && root.v === null ? null : root, docIndex });
  });
  if (remember) {
    const wire = { lines: [...lineCounter.lineStarts], docs: out.map((d) => [d.docIndex, d.root ? toWire(d.root, []) : null]) };
    if (jsonSafe(wire)) remember(wire);
  }
  return { file, docs: out };
}

// src/render/index.ts
var import_yaml9 = __toESM(require_dist(), 1);
import path7 from "node:path";

// src/render/build.ts
import path4 from "node:path";

// src/render/restrictor.ts
import { existsSync } from "node:fs";
import path from "node:path";
var RestrictionError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "RestrictionError";
  }
};
function isWithin(dir, root) {
  if (root === path.sep || dir === root) return true;
  return dir.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}
function findRepoRoot(dir) {
  for (let cur = path.resolve(dir); ; cur = path.dirname(cur)) {
    if (existsSync(path.join(cur, ".git"))) return cur;
    if (path.dirname(cur) === cur) return void 0;
  }
}
var PathRestrictor = class {
  constructor(mode, repoRoot, topDir, fs = diskFs) {
    this.mode = mode;
    this.fs = fs;
    const repoLexical = repoRoot ? path.resolve(repoRoot) : void 0;
    this.repo = repoLexical ? this.realOrSelf(repoLexical) : void 0;
    if (repoLexical && this.repo && this.repo !== repoLexical) this.prefixes.push({ real: this.repo, lexical: repoLexical });
    const topLexical = path.resolve(topDir);
    const topReal = this.realOrSelf(topLexical);
    if (topReal !== topLexical) {
      const a = topLexical.split(path.sep);
      const b = topReal.split(path.sep);
      while (a.length > 1 && b.length > 1 && a[a.length - 1] === b[b.length - 1]) {
        a.pop();
        b.pop();
      }
      this.prefixes.push({ real: b.join(path.sep) || path.sep, lexical: a.join(path.sep) || path.sep });
    }
  }
  mode;
  fs;
  reals = /* @__PURE__ */ new Map();
  shownCache = /* @__PURE__ */ new Map();
  /** Real repository root; undefined when none is known (then only kustomize's own rules apply). */
  repo;
  prefixes = [];
  realOrSelf(p) {
    const r = this.realpath(p);
    return typeof r === "string" ? r : p;
  }
  /** realpath(3), cached; the error (ENOENT for a missing path or a dangling link, ELOOP, …) when it fails. */
  realpath(p) {
    let r = this.reals.get(p);
    if (r === void 0) {
      try {
        r = this.fs.realpath(p);
      } catch (e) {
        r = e;
      }
      this.reals.set(p, r);
    }
    return r;
  }
  /** How a real path is shown: under the repository's (or top dir's) lexical prefix when that names the same file. */
  shown(real) {
    let s = this.shownCache.get(real);
    if (s === void 0) {
      s = real;
      for (const { real: rp, lexical } of this.prefixes) {
        if (!isWithin(real, rp)) continue;
        const candidate = path.join(lexical, path.relative(rp, real));
        if (this.realpath(candidate) === real) {
          s = candidate;
          break;
        }
      }
      this.shownCache.set(real, s);
    }
    return s;
  }
  resolveExisting(joined) {
    const r = this.realpath(joined);
    if (typeof r === "string") return r;
    if (r.code === "ENOENT" || r.code === "ENOTDIR") return void 0;
    throw new RestrictionError(`'${joined}' cannot be resolved (${r.code ?? r.message})`);
  }
  outsideRepo(what, given, real) {
    const target = real !== given ? ` (it resolves to '${real}')` : "";
    return new RestrictionError(
      `security; ${what} '${given}' is not in or below the repository '${this.repo}'${target}: pgwarden never reads outside the repository`
    );
  }
  /**
   * A top-level kustomization directory (kustomize's ConfirmDir): its real path, inside the repository.
   * undefined when it does not exist.
   */
  topRoot(dir) {
    const joined = path.resolve(dir);
    const real = this.resolveExisting(joined);
    if (real === void 0) return void 0;
    if (this.repo && !isWithin(real, this.repo)) throw this.outsideRepo("directory", joined, real);
    return { real, shown: this.shown(real) };
  }
  /**
   * kustomize's loader.New for a base or component named `rel` in the kustomization rooted at `root` (real):
   * absolute roots refused, symlinks resolved, the repository boundary kept, cycles refused against `chain`
   * (the real roots being loaded). undefined when the path does not exist.
   */
  newRoot(root, rel, chain) {
    if (path.isAbsolute(rel)) throw new RestrictionError(`new root '${rel}' cannot be absolute`);
    const joined = path.join(root, rel);
    const real = this.resolveExisting(joined);
    if (real === void 0) return void 0;
    if (this.repo && !isWithin(real, this.repo)) throw this.outsideRepo("directory", joined, real);
    for (let i = chain.length - 1; i >= 0; i--) {
      const visited = chain[i];
      if (isWithin(visited, real)) {
        throw new RestrictionError(`cycle detected: candidate root '${this.shown(real)}' contains visited root '${this.shown(visited)}'`);
      }
    }
    return { real, shown: this.shown(real) };
  }
  /**
   * kustomize's Load(path) through the restrictor, for a file a kustomization rooted at `root` (real) names:
   * every symlink resolved first, then the real file must be in or below the root (rootOnly) and always inside
   * the repository. undefined when the path does not exist.
   */
  file(root, rel) {
    const joined = path.isAbsolute(rel) ? path.normalize(rel) : path.join(root, rel);
    const real = this.resolveExisting(joined);
    if (real === void 0) return void 0;
    let isDir = false;
    try {
      isDir = this.fs.typeOf(real) === "dir";
    } catch {
    }
    if (isDir) throw new RestrictionError(`'${joined}' must resolve to a file`);
    if (this.mode === "rootOnly" && !isWithin(path.dirname(real), root)) {
      const target = real !== joined ? ` (it resolves to '${real}')` : "";
      throw new RestrictionError(`security; file '${joined}' is not in or below '${this.shown(root)}'${target}`);
    }
    if (this.repo && !isWithin(real, this.repo)) throw this.outsideRepo("file", joined, real);
    return { real, shown: this.shown(real) };
  }
  /** A file given directly (loose manifests): only the repository boundary applies. */
  looseFile(file) {
    const joined = path.resolve(file);
    const real = this.resolveExisting(joined);
    if (real === void 0) return void 0;
    if (this.repo && !isWithin(real, this.repo)) throw this.outsideRepo("file", joined, real);
    return { real, shown: this.shown(real) };
  }
};

// src/render/fieldspecs.ts
function specs(kinds, paths, create) {
  const out = [];
  for (const k2 of kinds) {
    for (const path8 of paths) {
      const s = { ...k2, path: path8 };
      if (create !== void 0) s.create = create;
      out.push(s);
    }
  }
  return out;
}
var k = (kind, group, version) => {
  const g = { kind };
  if (group !== void 0) g.group = group;
  if (version !== void 0) g.version = version;
  return g;
};
var NAME_FIELD = [{ path: "metadata/name" }];
var NAME_CHANGE_SKIPPED_KINDS = [
  k("CustomResourceDefinition", "apiextensions.k8s.io"),
  k("APIService", "apiregistration.k8s.io"),
  k("Namespace", "")
];
var NAMESPACE = [
  { kind: "Namespace", path: "metadata/name", create: true },
  { group: "apiregistration.k8s.io", kind: "APIService", path: "spec/service/namespace", create: true },
  { group: "apiextensions.k8s.io", kind: "CustomResourceDefinition", path: "spec/conversion/webhook/clientConfig/service/namespace" }
];
var AFFINITY_SELECTOR_PATHS = [
  "spec/template/spec/affinity/podAffinity/preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm/labelSelector/matchLabels",
  "spec/template/spec/affinity/podAffinity/requiredDuringSchedulingIgnoredDuringExecution/labelSelector/matchLabels",
  "spec/template/spec/affinity/podAntiAffinity/preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm/labelSelector/matchLabels",
  "spec/template/spec/affinity/podAntiAffinity/requiredDuringSchedulingIgnoredDuringExecution/labelSelector/matchLabels",
  "spec/template/spec/topologySpreadConstraints/labelSelector/matchLabels"
];
var METADATA_LABELS = [
  { path: "metadata/labels", create: true },
  { version: "v1", kind: "ReplicationController", path: "spec/template/metadata/labels", create: true },
  { kind: "Deployment", path: "spec/template/metadata/labels", create: true },
  { kind: "ReplicaSet", path: "spec/template/metadata/labels", create: true },
  { kind: "DaemonSet", path: "spec/template/metadata/labels", create: true },
  { group: "apps", kind: "StatefulSet", path: "spec/template/metadata/labels", create: true },
  { group: "apps", kind: "StatefulSet", path: "spec/volumeClaimTemplates[]/metadata/labels", create: true },
  { group: "batch", kind: "Job", path: "spec/template/metadata/labels", create: true },
  { group: "batch", kind: "CronJob", path: "spec/jobTemplate/metadata/labels", create: true },
  { group: "batch", kind: "CronJob", path: "spec/jobTemplate/spec/template/metadata/labels", create: true }
];
var COMMON_LABELS = [
  { version: "v1", kind: "Service", path: "spec/selector", create: true },
  { version: "v1", kind: "ReplicationController", path: "spec/selector", create: true },
  { kind: "Deployment", path: "spec/selector/matchLabels", create: true },
  ...specs([k("Deployment", "apps")], AFFINITY_SELECTOR_PATHS, false),
  { kind: "ReplicaSet", path: "spec/selector/matchLabels", create: true },
  { kind: "DaemonSet", path: "spec/selector/matchLabels", create: true },
  { group: "apps", kind: "StatefulSet", path: "spec/selector/matchLabels", create: true },
  { group: "apps", kind: "StatefulSet", path: "spec/volumeClaimTemplates[]/metadata/labels", create: true },
  ...specs([k("StatefulSet", "apps")], AFFINITY_SELECTOR_PATHS, false),
  { group: "batch", kind: "Job", path: "spec/selector/matchLabels", create: false },
  { group: "batch", kind: "CronJob", path: "spec/jobTemplate/spec/selector/matchLabels", create: false },
  { group: "policy", kind: "PodDisruptionBudget", path: "spec/selector/matchLabels", create: false },
  { group: "networking.k8s.io", kind: "NetworkPolicy", path: "spec/podSelector/matchLabels", create: false },
  { group: "networking.k8s.io", kind: "NetworkPolicy", path: "spec/ingress/from/podSelector/matchLabels", create: false },
  { group: "networking.k8s.io", kind: "NetworkPolicy", path: "spec/egress/to/podSelector/matchLabels", create: false },
  ...METADATA_LABELS
];
var COMMON_ANNOTATIONS = [
  { path: "metadata/annotations", create: true },
  { version: "v1", kind: "ReplicationController", path: "spec/template/metadata/annotations", create: true },
  { kind: "Deployment", path: "spec/template/metadata/annotations", create: true },
  { kind: "ReplicaSet", path: "spec/template/metadata/annotations", create: true },
  { kind: "DaemonSet", path: "spec/template/metadata/annotations", create: true },
  { kind: "StatefulSet", path: "spec/template/metadata/annotations", create: true },
  { group: "batch", kind: "Job", path: "spec/template/metadata/annotations", create: true },
  { group: "batch", kind: "CronJob", path: "spec/jobTemplate/metadata/annotations", create: true },
  { group: "batch", kind: "CronJob", path: "spec/jobTemplate/spec/template/metadata/annotations", create: true }
];
var IMAGES = specs(
  [{}],
  [
    "spec/containers[]/image",
    "spec/initContainers[]/image",
    "spec/volumes[]/image/reference",
    "spec/template/spec/containers[]/image",
    "spec/template/spec/initContainers[]/image",
    "spec/template/spec/volumes[]/image/reference"
  ],
  true
);
var REPLICAS = specs(
  [k("Deployment"), k("ReplicationController"), k("ReplicaSet"), k("StatefulSet")],
  ["spec/replicas"],
  true
);
var CONTAINER_VAR_PATHS = (podSpec) => ["containers", "initContainers"].flatMap(
  (c) => ["args", "command", "env/value", "volumeMounts/mountPath"].map((leaf) => `${podSpec}/${c}/${leaf}`)
);
var VAR_REFERENCE = [
  ...specs([k("CronJob")], CONTAINER_VAR_PATHS("spec/jobTemplate/spec/template/spec")),
  ...specs([k("DaemonSet"), k("Deployment")], CONTAINER_VAR_PATHS("spec/template/spec")),
  ...specs([k("Ingress")], ["spec/rules/host", "spec/tls/hosts", "spec/tls/secretName"]),
  ...specs([k("Job")], CONTAINER_VAR_PATHS("spec/template/spec")),
  ...specs([k("Pod")], CONTAINER_VAR_PATHS("spec")),
  ...specs([k("ReplicaSet")], CONTAINER_VAR_PATHS("spec/template/spec")),
  ...specs([k("Service")], ["spec/ports/port", "spec/ports/targetPort"]),
  ...specs([k("StatefulSet")], CONTAINER_VAR_PATHS("spec/template/spec")),
  { kind: "Deployment", path: "spec/template/metadata/annotations" },
  // NFS servers (api/internal/konfig/builtinpluginconsts/varreference.go, v5.5.0).
  ...specs([k("DaemonSet"), k("Deployment"), k("Job"), k("ReplicaSet")], ["spec/template/spec/volumes/nfs/server"]),
  ...specs([k("CronJob")], ["spec/jobTemplate/spec/template/volumes/nfs/server"]),
  ...specs([k("Pod")], ["spec/volumes/nfs/server"]),
  ...specs([k("StatefulSet")], ["spec/volumeClaimTemplates/spec/nfs/server"]),
  ...specs([k("PersistentVolume")], ["spec/nfs/server"]),
  { path: "metadata/labels" },
  { path: "metadata/annotations" }
];
var POD_SPEC_OWNERS = [
  { kind: k("Pod", void 0, "v1"), podSpec: "spec" },
  { kind: k("PodTemplate"), podSpec: "template/spec" },
  { kind: k("Deployment"), podSpec: "spec/template/spec" },
  { kind: k("ReplicaSet"), podSpec: "spec/template/spec" },
  { kind: k("DaemonSet"), podSpec: "spec/template/spec" },
  { kind: k("StatefulSet"), podSpec: "spec/template/spec" },
  { kind: k("Job"), podSpec: "spec/template/spec" },
  { kind: k("CronJob"), podSpec: "spec/jobTemplate/spec/template/spec" }
];
function podSpecRefs(leafs, owners = POD_SPEC_OWNERS) {
  return owners.flatMap(({ kind, podSpec }) => specs([kind], leafs.map((l) => `${podSpec}/${l}`)));
}
var CONFIGMAP_LEAFS = [
  "volumes/configMap/name",
  "containers/env/valueFrom/configMapKeyRef/name",
  "initContainers/env/valueFrom/configMapKeyRef/name",
  "containers/envFrom/configMapRef/name",
  "initContainers/envFrom/configMapRef/name",
  "volumes/projected/sources/configMap/name"
];
var SECRET_LEAFS = [
  "volumes/secret/secretName",
  "containers/env/valueFrom/secretKeyRef/name",
  "initContainers/env/valueFrom/secretKeyRef/name",
  "containers/envFrom/secretRef/name",
  "initContainers/envFrom/secretRef/name",
  "imagePullSecrets/name",
  "volumes/projected/sources/secret/name"
];
var WORKLOAD_OWNERS = [
  { kind: k("Pod"), podSpec: "spec" },
  { kind: k("StatefulSet"), podSpec: "spec/template/spec" },
  { kind: k("Deployment"), podSpec: "spec/template/spec" },
  { kind: k("ReplicationController"), podSpec: "spec/template/spec" },
  { kind: k("CronJob"), podSpec: "spec/jobTemplate/spec/template/spec" },
  { kind: k("Job"), podSpec: "spec/template/spec" },
  { kind: k("DaemonSet"), podSpec: "spec/template/spec" }
];
var RBAC = "rbac.authorization.k8s.io";
var NAME_REFERENCES = [
  ...["Deployment", "ReplicationController", "ReplicaSet", "StatefulSet"].map(
    (kind) => ({ kind, fieldSpecs: [{ kind: "HorizontalPodAutoscaler", path: "spec/scaleTargetRef/name" }] })
  ),
  {
    kind: "ConfigMap",
    version: "v1",
    fieldSpecs: [
      ...podSpecRefs(CONFIGMAP_LEAFS),
      { kind: "Node", path: "spec/configSource/configMap" },
      { kind: "Role", path: "rules/resourceNames" },
      { kind: "ClusterRole", path: "rules/resourceNames" },
      { kind: "Ingress", path: "metadata/annotations/nginx.ingress.kubernetes.io\\/fastcgi-params-configmap" }
    ]
  },
  {
    kind: "Secret",
    version: "v1",
    fieldSpecs: [
      ...podSpecRefs(SECRET_LEAFS),
      { kind: "Ingress", path: "spec/tls/secretName" },
      { kind: "Ingress", path: "metadata/annotations/ingress.kubernetes.io\\/auth-secret" },
      { kind: "Ingress", path: "metadata/annotations/nginx.ingress.kubernetes.io\\/auth-secret" },
      { kind: "Ingress", path: "metadata/annotations/nginx.ingress.kubernetes.io\\/auth-tls-secret" },
      { kind: "ServiceAccount", path: "imagePullSecrets/name" },
      ...specs([k("StorageClass")], ["parameters/secretName", "parameters/adminSecretName", "parameters/userSecretName", "parameters/secretRef"]),
      { kind: "Role", path: "rules/resourceNames" },
      { kind: "ClusterRole", path: "rules/resourceNames" },
      { group: "serving.knative.dev", version: "v1", kind: "Service", path: "spec/template/spec/containers/env/valueFrom/secretKeyRef/name" },
      { kind: "PersistentVolume", path: "spec/azureFile/secretName" }
    ]
  },
  {
    kind: "Service",
    version: "v1",
    fieldSpecs: [
      { group: "apps", kind: "StatefulSet", path: "spec/serviceName" },
      { kind: "Ingress", path: "spec/rules/http/paths/backend/serviceName" },
      { kind: "Ingress", path: "spec/backend/serviceName" },
      { kind: "Ingress", path: "spec/rules/http/paths/backend/service/name" },
      { kind: "Ingress", path: "spec/defaultBackend/service/name" },
      { group: "apiregistration.k8s.io", kind: "APIService", path: "spec/service/name" },
      // A {name, namespace} map: the renderer updates name (and namespace) inside it.
      { group: "admissionregistration.k8s.io", kind: "ValidatingWebhookConfiguration", path: "webhooks/clientConfig/service" },
      { group: "admissionregistration.k8s.io", kind: "MutatingWebhookConfiguration", path: "webhooks/clientConfig/service" },
      { kind: "HTTPRoute", path: "spec/rules/backendRefs/name" }
    ]
  },
  { kind: "Role", group: RBAC, fieldSpecs: [{ group: RBAC, kind: "RoleBinding", path: "roleRef/name" }] },
  {
    kind: "ClusterRole",
    group: RBAC,
    fieldSpecs: [
      { group: RBAC, kind: "RoleBinding", path: "roleRef/name" },
      { group: RBAC, kind: "ClusterRoleBinding", path: "roleRef/name" }
    ]
  },
  {
    kind: "ServiceAccount",
    version: "v1",
    fieldSpecs: [
      // A list of {kind, name, namespace}: only ServiceAccount subjects are renamed.
      { group: RBAC, kind: "RoleBinding", path: "subjects" },
      { group: RBAC, kind: "ClusterRoleBinding", path: "subjects" },
      ...WORKLOAD_OWNERS.flatMap(({ kind, podSpec }) => specs([kind], [`${podSpec}/serviceAccountName`]))
    ]
  },
  {
    kind: "PersistentVolumeClaim",
    version: "v1",
    fieldSpecs: WORKLOAD_OWNERS.flatMap(({ kind, podSpec }) => specs([kind], [`${podSpec}/volumes/persistentVolumeClaim/claimName`]))
  },
  {
    kind: "PersistentVolume",
    version: "v1",
    fieldSpecs: [
      { kind: "PersistentVolumeClaim", path: "spec/volumeName" },
      { kind: "ClusterRole", path: "rules/resourceNames" }
    ]
  },
  {
    kind: "StorageClass",
    version: "v1",
    group: "storage.k8s.io",
    fieldSpecs: [
      { kind: "PersistentVolume", path: "spec/storageClassName" },
      { kind: "PersistentVolumeClaim", path: "spec/storageClassName" },
      { kind: "StatefulSet", path: "spec/volumeClaimTemplates/spec/storageClassName" }
    ]
  },
  {
    kind: "PriorityClass",
    version: "v1",
    group: "scheduling.k8s.io",
    fieldSpecs: WORKLOAD_OWNERS.flatMap(({ kind, podSpec }) => specs([kind], [`${podSpec}/priorityClassName`]))
  },
  // kustomize's table says group "networking.k8s.io/v1" here (sic), so an IngressClass in group
  // networking.k8s.io never matches it; kept as kustomize has it so renames behave the same.
  { kind: "IngressClass", version: "v1", group: "networking.k8s.io/v1", fieldSpecs: [{ kind: "Ingress", path: "spec/ingressClassName" }] },
  {
    kind: "ValidatingAdmissionPolicy",
    group: "admissionregistration.k8s.io",
    fieldSpecs: [{ kind: "ValidatingAdmissionPolicyBinding", group: "admissionregistration.k8s.io", path: "spec/policyName" }]
  }
];
var BUILTIN_FIELD_SPECS = {
  namePrefix: NAME_FIELD,
  nameSuffix: NAME_FIELD,
  namespace: NAMESPACE,
  commonLabels: COMMON_LABELS,
  templateLabels: METADATA_LABELS,
  commonAnnotations: COMMON_ANNOTATIONS,
  images: IMAGES,
  replicas: REPLICAS,
  varReference: VAR_REFERENCE
};
function gvkMatches(selector, kind, group, version) {
  if (selector.group && selector.group !== group) return false;
  if (selector.version && selector.version !== version) return false;
  if (selector.kind && selector.kind !== kind) return false;
  return true;
}
function parseFieldPath(path8) {
  const out = [];
  let cur = "";
  for (let i = 0; i < path8.length; i++) {
    const ch = path8[i];
    if (ch === "\\" && path8[i + 1] === "/") {
      cur += "/";
      i++;
    } else if (ch === "/") {
      out.push(segment(cur));
      cur = "";
    } else {
      cur += ch;
    }
  }
  out.push(segment(cur));
  return out;
}
function segment(raw) {
  return raw.endsWith("[]") ? { key: raw.slice(0, -2), list: true } : { key: raw, list: false };
}
var CLUSTER_SCOPED = new Set(
  [
    ["admissionregistration.k8s.io/v1", "MutatingWebhookConfiguration"],
    ["admissionregistration.k8s.io/v1", "ValidatingWebhookConfiguration"],
    ["admissionregistration.k8s.io/v1beta1", "MutatingWebhookConfiguration"],
    ["admissionregistration.k8s.io/v1beta1", "ValidatingWebhookConfiguration"],
    ["apiextensions.k8s.io/v1", "CustomResourceDefinition"],
    ["apiextensions.k8s.io/v1beta1", "CustomResourceDefinition"],
    ["apiregistration.k8s.io/v1", "APIService"],
    ["apiregistration.k8s.io/v1beta1", "APIService"],
    ["certificates.k8s.io/v1", "CertificateSigningRequest"],
    ["certificates.k8s.io/v1beta1", "CertificateSigningRequest"],
    ["flowcontrol.apiserver.k8s.io/v1beta1", "FlowSchema"],
    ["flowcontrol.apiserver.k8s.io/v1beta1", "PriorityLevelConfiguration"],
    ["networking.k8s.io/v1", "IngressClass"],
    ["networking.k8s.io/v1beta1", "IngressClass"],
    ["node.k8s.io/v1", "RuntimeClass"],
    ["node.k8s.io/v1beta1", "RuntimeClass"],
    ["policy/v1beta1", "PodSecurityPolicy"],
    ["rbac.authorization.k8s.io/v1", "ClusterRole"],
    ["rbac.authorization.k8s.io/v1", "ClusterRoleBinding"],
    ["rbac.authorization.k8s.io/v1beta1", "ClusterRole"],
    ["rbac.authorization.k8s.io/v1beta1", "ClusterRoleBinding"],
    ["scheduling.k8s.io/v1", "PriorityClass"],
    ["scheduling.k8s.io/v1beta1", "PriorityClass"],
    ["storage.k8s.io/v1", "CSIDriver"],
    ["storage.k8s.io/v1", "CSINode"],
    ["storage.k8s.io/v1", "StorageClass"],
    ["storage.k8s.io/v1", "VolumeAttachment"],
    ["storage.k8s.io/v1beta1", "CSIDriver"],
    ["storage.k8s.io/v1beta1", "CSINode"],
    ["storage.k8s.io/v1beta1", "StorageClass"],
    ["storage.k8s.io/v1beta1", "VolumeAttachment"],
    ["v1", "ComponentStatus"],
    ["v1", "Namespace"],
    ["v1", "Node"],
    ["v1", "NodeProxyOptions"],
    ["v1", "PersistentVolume"]
  ].map(([apiVersion, kind]) => `${apiVersion} ${kind}`)
);
function isClusterScoped(apiVersion, kind) {
  return CLUSTER_SCOPED.has(`${apiVersion} ${kind}`);
}
var SPEC_CATEGORIES = [
  "namePrefix",
  "nameSuffix",
  "namespace",
  "commonLabels",
  "labels",
  "templateLabels",
  "commonAnnotations",
  "images",
  "replicas",
  "varReference"
];
var DEFAULT_TRANSFORMER_CONFIG = { ...BUILTIN_FIELD_SPECS, labels: [], nameReference: NAME_REFERENCES };
var EMPTY_TRANSFORMER_CONFIG = {
  namePrefix: [],
  nameSuffix: [],
  namespace: [],
  commonLabels: [],
  labels: [],
  templateLabels: [],
  commonAnnotations: [],
  images: [],
  replicas: [],
  varReference: [],
  nameReference: []
};
var ORDER_FIRST = [
  "Namespace",
  "ResourceQuota",
  "StorageClass",
  "CustomResourceDefinition",
  "ServiceAccount",
  "PodSecurityPolicy",
  "Role",
  "ClusterRole",
  "RoleBinding",
  "ClusterRoleBinding",
  "ConfigMap",
  "Secret",
  "Endpoints",
  "Service",
  "LimitRange",
  "PriorityClass",
  "PersistentVolume",
  "PersistentVolumeClaim",
  "Deployment",
  "StatefulSet",
  "CronJob",
  "PodDisruptionBudget"
];
var ORDER_LAST = ["MutatingWebhookConfiguration", "ValidatingWebhookConfiguration"];
var KIND_ORDER = new Map([
  ...ORDER_FIRST.map((k2, i) => [k2, i - ORDER_FIRST.length]),
  ...ORDER_LAST.map((k2, i) => [k2, i + 1])
]);
function gvkCompare(a, b) {
  const oa = KIND_ORDER.get(a.kind ?? "") ?? 0;
  const ob = KIND_ORDER.get(b.kind ?? "") ?? 0;
  if (oa !== ob) return oa - ob;
  const key = (g) => `${g.group || "~G"}_${g.version || "~V"}_${g.kind || "~K"}`;
  const ka = key(a);
  const kb = key(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
var TransformerConfigError = class extends Error {
};
var sameGvk = (a, b) => (a.group ?? "") === (b.group ?? "") && (a.version ?? "") === (b.version ?? "") && (a.kind ?? "") === (b.kind ?? "");
function mergeFieldSpecs(base, more) {
  if (base === more || more.length === 0) return base;
  let out;
  for (const fs of more) {
    const list = out ?? base;
    const same = list.find((x) => x.path === fs.path && gvkMatches(fs, x.kind ?? "", x.group ?? "", x.version ?? ""));
    if (same) {
      if (Boolean(same.create) !== Boolean(fs.create)) {
        throw new TransformerConfigError(`conflicting fieldspecs: ${describeSpec(same)} and ${describeSpec(fs)}`);
      }
      continue;
    }
    out ??= [...base];
    out.push(fs);
    if (out.length > MAX_MERGED_FIELD_SPECS) {
      throw new TransformerConfigError(`more than ${MAX_MERGED_FIELD_SPECS} field specs of one kind once merged: more than pgwarden merges`);
    }
  }
  return out ?? base;
}
function describeSpec(fs) {
  const gvk = [fs.group, fs.version, fs.kind].filter(Boolean).join("/") || "any kind";
  return `${gvk} ${fs.path} (create: ${Boolean(fs.create)})`;
}
function mergeNameReferences(base, more) {
  if (more.length === 0) return base;
  const out = [...base];
  for (const ref of more) {
    const i = out.findIndex((x) => sameGvk(x, ref));
    if (i < 0) out.push(ref);
    else out[i] = { ...out[i], fieldSpecs: [...mergeFieldSpecs(out[i].fieldSpecs, ref.fieldSpecs)] };
  }
  return out;
}
function mergeTransformerConfig(a, b) {
  if (b === DEFAULT_TRANSFORMER_CONFIG && a !== EMPTY_TRANSFORMER_CONFIG) return a;
  return mergeConfigs(a, b);
}
function mergeConfigs(a, b) {
  if (a === b || b === EMPTY_TRANSFORMER_CONFIG) return a;
  if (a === EMPTY_TRANSFORMER_CONFIG) return b;
  const out = { nameReference: mergeNameReferences(a.nameReference, b.nameReference) };
  for (const c of SPEC_CATEGORIES) out[c] = mergeFieldSpecs(a[c], b[c]);
  return out;
}
function readFieldSpec(raw, where2) {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) throw new TransformerConfigError(`${where2}: a field spec must be a mapping`);
  const o = raw;
  if (typeof o.path !== "string") throw new TransformerConfigError(`${where2}: a field spec needs a string \`path\``);
  const fs = { path: o.path };
  for (const key of ["group", "version", "kind"]) {
    if (o[key] === void 0 || o[key] === null) continue;
    if (typeof o[key] !== "string") throw new TransformerConfigError(`${where2}: \`${key}\` must be a string`);
    if (o[key]) fs[key] = o[key];
  }
  if (o.create === true) fs.create = true;
  return fs;
}
var MAX_FIELD_SPECS = 2e3;
var MAX_MERGED_FIELD_SPECS = 5e3;
function readFieldSpecs(raw, where2) {
  if (raw === void 0 || raw === null) return [];
  if (!Array.isArray(raw)) throw new TransformerConfigError(`${where2}: field specs must be a list`);
  if (raw.length > MAX_FIELD_SPECS) {
    throw new TransformerConfigError(`${where2}: ${raw.length} field specs, more than pgwarden reads in one list (${MAX_FIELD_SPECS})`);
  }
  return raw.map((x, i) => readFieldSpec(x, `${where2}[${i}]`));
}
function readTransformerConfig(raw, where2) {
  if (raw === void 0 || raw === null) return EMPTY_TRANSFORMER_CONFIG;
  if (typeof raw !== "object" || Array.isArray(raw)) throw new TransformerConfigError(`${where2}: a transformer configuration must be a mapping`);
  const o = raw;
  const parsed = { nameReference: [] };
  for (const c of SPEC_CATEGORIES) parsed[c] = [];
  for (const [key, value] of Object.entries(o)) {
    if (key === "nameReference") {
      if (value === null) continue;
      if (!Array.isArray(value)) throw new TransformerConfigError(`${where2}: nameReference must be a list`);
      if (value.length > MAX_FIELD_SPECS) {
        throw new TransformerConfigError(`${where2}: ${value.length} nameReference entries, more than pgwarden reads in one list (${MAX_FIELD_SPECS})`);
      }
      for (const [i, item] of value.entries()) {
        if (!item || typeof item !== "object" || Array.isArray(item)) throw new TransformerConfigError(`${where2}: nameReference[${i}] must be a mapping`);
        const r = item;
        const ref = { kind: typeof r.kind === "string" ? r.kind : "", fieldSpecs: readFieldSpecs(r.fieldSpecs, `${where2}: nameReference[${i}].fieldSpecs`) };
        if (typeof r.group === "string" && r.group) ref.group = r.group;
        if (typeof r.version === "string" && r.version) ref.version = r.version;
        parsed.nameReference = [...mergeNameReferences(parsed.nameReference, [ref])];
      }
    } else if (SPEC_CATEGORIES.includes(key)) {
      parsed[key] = mergeFieldSpecs([], readFieldSpecs(value, `${where2}: ${key}`).sort(gvkCompare));
    } else {
      throw new TransformerConfigError(`${where2}: error unmarshaling JSON: json: unknown field "${key}"`);
    }
  }
  return parsed;
}
function customTransformerConfig(files) {
  let custom = EMPTY_TRANSFORMER_CONFIG;
  for (const f of files) custom = mergeConfigs(custom, f);
  return mergeConfigs(custom, DEFAULT_TRANSFORMER_CONFIG);
}
var X_ANNOTATION = "x-kubernetes-annotation";
var X_LABEL_SELECTOR = "x-kubernetes-label-selector";
var X_IDENTITY = "x-kubernetes-identity";
var X_VERSION = "x-kubernetes-object-ref-api-version";
var X_KIND = "x-kubernetes-object-ref-kind";
var X_NAME_KEY = "x-kubernetes-object-ref-name-key";
var MAX_CRD_DEPTH = 32;
var MAX_CRD_VISITS = 2e5;
var record = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : void 0;
var propertiesOf = (map, typeName) => record(record(record(map[typeName])?.Schema)?.properties);
function readCrdConfig(raw, where2) {
  const map = record(raw);
  if (!map) throw new TransformerConfigError(`${where2}: unable to parse open API definition: not a mapping of type names`);
  let result = EMPTY_TRANSFORMER_CONFIG;
  const budget = { left: MAX_CRD_VISITS };
  for (const name of Object.keys(map)) {
    const props = propertiesOf(map, name);
    if (!props || !("kind" in props) || !("apiVersion" in props) || !("metadata" in props)) continue;
    const kind = name.split(".").at(-1) ?? name;
    const found = { ...EMPTY_TRANSFORMER_CONFIG };
    walkCrd(map, name, [], { kind }, found, 0, where2, budget);
    result = mergeConfigs(result, found);
  }
  return result;
}
function walkCrd(map, typeName, at2, gvk, out, depth, where2, budget) {
  if (depth > MAX_CRD_DEPTH) throw new TransformerConfigError(`${where2}: \`$ref\`s nested deeper than ${MAX_CRD_DEPTH} levels at ${typeName}`);
  const props = propertiesOf(map, typeName);
  if (!props) return;
  const ext = (p, key) => typeof p[key] === "string" ? p[key] : void 0;
  for (const [propName, value] of Object.entries(props)) {
    if (--budget.left < 0) throw new TransformerConfigError(`${where2}: too many properties to walk (over ${MAX_CRD_VISITS} through \`$ref\`s)`);
    const p = record(value);
    if (!p) continue;
    const spec = (...segments) => ({ ...gvk, path: [...at2, ...segments].join("/") });
    if (ext(p, X_ANNOTATION) !== void 0) out.commonAnnotations = mergeFieldSpecs(out.commonAnnotations, [spec(propName)]);
    if (ext(p, X_LABEL_SELECTOR) !== void 0) out.commonLabels = mergeFieldSpecs(out.commonLabels, [spec(propName)]);
    if (ext(p, X_IDENTITY) !== void 0) out.namePrefix = mergeFieldSpecs(out.namePrefix, [spec(propName)]);
    const version = ext(p, X_VERSION);
    const kind = ext(p, X_KIND);
    if (version !== void 0 && kind !== void 0) {
      out.nameReference = mergeNameReferences(out.nameReference, [
        { kind, ...version ? { version } : {}, fieldSpecs: [spec(propName, ext(p, X_NAME_KEY) ?? "name")] }
      ]);
    }
    const ref = p.$ref;
    if (typeof ref === "string" && ref !== "") walkCrd(map, ref, [...at2, propName], gvk, out, depth + 1, where2, budget);
  }
}

// src/render/generators.ts
var import_yaml5 = __toESM(require_dist(), 1);
import path2 from "node:path";
var GeneratorError = class extends Error {
  constructor(message, code, file, line, column, field2, index, options2) {
    super(message, options2);
    this.code = code;
    this.file = file;
    this.line = line;
    this.column = column;
    this.field = field2;
    this.index = index;
  }
  code;
  file;
  line;
  column;
  field;
  index;
  name = "GeneratorError";
};
var ENTRY_FIELDS = {
  configMapGenerator: /* @__PURE__ */ new Set(["name", "namespace", "behavior", "literals", "files", "envs", "env", "options"]),
  secretGenerator: /* @__PURE__ */ new Set(["name", "namespace", "behavior", "literals", "files", "envs", "env", "options", "type"])
};
var OPTION_FIELDS = /* @__PURE__ */ new Set(["labels", "annotations", "disableNameSuffixHash", "immutable"]);
var UTF8_BOM = "\uFEFF";
function isRecord(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function pointerToken(key) {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}
function encodeBase64Wrapped(bytes) {
  const encoded = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64");
  const LINE = 70;
  if (Math.floor(encoded.length / LINE) + 1 <= 1) return encoded;
  let out = "";
  for (let i = 0; i < encoded.length; i += LINE) out += `${encoded.slice(i, i + LINE)}
`;
  return out;
}
function removeQuotes(s) {
  if (s.length < 2 || s[0] !== s[s.length - 1]) return s;
  return s[0] === '"' || s[0] === "'" ? s.slice(1, -1) : s;
}
function goPathBase(p) {
  if (p === "") return ".";
  const trimmed = p.replace(/\/+$/, "");
  if (trimmed === "") return "/";
  const i = trimmed.lastIndexOf("/");
  return i >= 0 ? trimmed.slice(i + 1) : trimmed;
}
function isGoSpace(ch) {
  return /[\t\n\v\f\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/.test(ch);
}
function parseEnvFile(content) {
  let text;
  if (typeof content === "string") {
    text = content;
  } else {
    try {
      text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(content);
    } catch {
      throw new Error("env file is not valid UTF-8");
    }
  }
  const lines = text.split("\n");
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  const out = [];
  lines.forEach((raw, i) => {
    let line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (i === 0 && line.startsWith(UTF8_BOM)) line = line.slice(1);
    let start = 0;
    while (start < line.length && isGoSpace(line[start])) start++;
    line = line.slice(start);
    if (line.length === 0 || line[0] === "#") return;
    const eq = line.indexOf("=");
    const key = eq >= 0 ? line.slice(0, eq) : line;
    const value = eq >= 0 ? line.slice(eq + 1) : "";
    if (key.length === 0) return;
    out.push({ key, value, line: i + 1, endColumn: raw.length + 1 });
  });
  return out;
}
function resolveFrom(kustomizationFile, p) {
  return path2.resolve(path2.dirname(kustomizationFile), p);
}
function toBytes(content) {
  return typeof content === "string" ? Buffer.from(content, "utf8") : content;
}
function decodeUtf8(bytes) {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return void 0;
  }
}
function plainOrigin(file, yamlPath) {
  return { file, line: 0, column: 0, endLine: 0, endColumn: 0, docIndex: 0, yamlPath, via: "generator" };
}
function mergeGeneratorOptions(local, global) {
  const merged = { ...local ?? {} };
  if (!global) return merged;
  if (global.labels) merged.labels = { ...global.labels, ...local?.labels ?? {} };
  if (global.annotations) merged.annotations = { ...global.annotations, ...local?.annotations ?? {} };
  if (global.disableNameSuffixHash) merged.disableNameSuffixHash = true;
  if (global.immutable) merged.immutable = true;
  return merged;
}
var EntryReader = class {
  constructor(ctx, field2, index, basePath) {
    this.ctx = ctx;
    this.field = field2;
    this.index = index;
    this.basePath = basePath;
  }
  ctx;
  field;
  index;
  basePath;
  origin(sub) {
    return originAt(this.ctx, [...this.basePath, ...sub]);
  }
  fail(code, what, sub = [], cause) {
    const at2 = this.origin(sub);
    const where2 = at2.line > 0 ? `${this.ctx.kustomizationFile}:${at2.line}` : this.ctx.kustomizationFile;
    const entry = this.field === "generatorOptions" ? "generatorOptions" : `${this.field}[${this.index}]`;
    return new GeneratorError(
      `${where2}: ${entry}: ${what}`,
      code,
      this.ctx.kustomizationFile,
      at2.line > 0 ? at2.line : void 0,
      at2.line > 0 ? at2.column : void 0,
      this.field,
      this.index,
      cause === void 0 ? void 0 : { cause }
    );
  }
  stringList(entry, key) {
    const v = entry[key];
    if (v === void 0 || v === null) return [];
    if (!Array.isArray(v)) throw this.fail("invalid-entry", `\`${key}\` must be a list of strings`, [key]);
    return v.map((item, i) => {
      if (typeof item !== "string") throw this.fail("invalid-entry", `\`${key}[${i}]\` must be a string`, [key, i]);
      return item;
    });
  }
  stringMap(v, sub) {
    if (v === void 0 || v === null) return void 0;
    if (!isRecord(v)) throw this.fail("invalid-entry", `\`${sub.join(".")}\` must be a map of strings`, sub);
    const out = {};
    for (const [k2, val] of Object.entries(v)) {
      if (typeof val !== "string") {
        throw this.fail("invalid-entry", `\`${[...sub, k2].join(".")}\` must be a string (quote it)`, [...sub, k2]);
      }
      out[k2] = val;
    }
    return out;
  }
  options(v, sub) {
    if (v === void 0 || v === null) return void 0;
    if (!isRecord(v)) throw this.fail("invalid-entry", `\`${sub.join(".") || this.field}\` must be a map`, sub);
    for (const k2 of Object.keys(v)) {
      if (!OPTION_FIELDS.has(k2)) throw this.fail("invalid-entry", `unknown field \`${k2}\` in options`, [...sub, k2]);
    }
    const opts = {};
    const labels = this.stringMap(v.labels, [...sub, "labels"]);
    if (labels) opts.labels = labels;
    const annotations = this.stringMap(v.annotations, [...sub, "annotations"]);
    if (annotations) opts.annotations = annotations;
    for (const flag of ["disableNameSuffixHash", "immutable"]) {
      const b = v[flag];
      if (b === void 0 || b === null) continue;
      if (typeof b !== "boolean") throw this.fail("invalid-entry", `\`${flag}\` must be true or false`, [...sub, flag]);
      opts[flag] = b;
    }
    return opts;
  }
};
function parseGeneratorOptions(ctx) {
  return new EntryReader(ctx, "generatorOptions", 0, ["generatorOptions"]).options(ctx.generatorOptions, []);
}
function generate(field2, entry, index, ctx) {
  const r = new EntryReader(ctx, field2, index, [field2, index]);
  if (!isRecord(entry)) throw r.fail("invalid-entry", "each generator entry must be a map");
  for (const k2 of Object.keys(entry)) {
    if (!ENTRY_FIELDS[field2].has(k2)) throw r.fail("invalid-entry", `unknown field \`${k2}\``, [k2]);
  }
  const kind = field2 === "configMapGenerator" ? "ConfigMap" : "Secret";
  const name = entry.name;
  if (typeof name !== "string" || name === "") throw r.fail("invalid-entry", `a ${kind} generator needs a \`name\``, ["name"]);
  const namespace = entry.namespace;
  if (namespace !== void 0 && namespace !== null && typeof namespace !== "string") {
    throw r.fail("invalid-entry", "`namespace` must be a string", ["namespace"]);
  }
  const behaviorRaw = entry.behavior;
  if (behaviorRaw !== void 0 && behaviorRaw !== null && typeof behaviorRaw !== "string") {
    throw r.fail("invalid-entry", "`behavior` must be create, merge or replace", ["behavior"]);
  }
  const behavior = behaviorRaw === "merge" || behaviorRaw === "replace" ? behaviorRaw : "create";
  const literals = r.stringList(entry, "literals");
  const files = r.stringList(entry, "files");
  const envs = r.stringList(entry, "envs");
  const envPaths = envs.map((p, i) => ({ p, sub: ["envs", i] }));
  if (entry.env !== void 0 && entry.env !== null) {
    if (typeof entry.env !== "string") throw r.fail("invalid-entry", "`env` must be a string", ["env"]);
    if (entry.env !== "") envPaths.push({ p: entry.env, sub: ["env"] });
  }
  const pairs = [];
  for (const { p, sub } of envPaths) {
    const abs = resolveFrom(ctx.kustomizationFile, p);
    let content;
    try {
      content = ctx.readFile(abs);
    } catch (e) {
      throw r.fail("read-failed", `cannot read env file ${JSON.stringify(p)}: ${errorText(e)}`, sub, e);
    }
    let parsed;
    try {
      parsed = parseEnvFile(content);
    } catch (e) {
      throw r.fail("invalid-env-file", `env file ${JSON.stringify(p)}: ${errorText(e)}`, sub, e);
    }
    for (const kv of parsed) {
      pairs.push({
        key: kv.key,
        value: kv.value,
        origin: { file: abs, line: kv.line, column: 1, endLine: kv.line, endColumn: kv.endColumn, docIndex: 0, yamlPath: [], via: "generator" }
      });
    }
  }
  literals.forEach((lit, i) => {
    const eq = lit.indexOf("=");
    if (eq <= 0) throw r.fail("invalid-literal", `literal #${i + 1} must be key=value`, ["literals", i]);
    pairs.push({ key: lit.slice(0, eq), value: removeQuotes(lit.slice(eq + 1)), origin: r.origin(["literals", i]) });
  });
  files.forEach((src, i) => {
    const { key, filePath } = parseFileSource(src, () => r.fail("invalid-file-source", `files entry #${i + 1}: ${fileSourceProblem(src)}`, ["files", i]));
    const abs = resolveFrom(ctx.kustomizationFile, filePath);
    let content;
    try {
      content = ctx.readFile(abs);
    } catch (e) {
      throw r.fail("read-failed", `cannot read file ${JSON.stringify(filePath)}: ${errorText(e)}`, ["files", i], e);
    }
    pairs.push({ key, value: content, origin: r.origin(["files", i]) });
  });
  const seen = /* @__PURE__ */ new Set();
  for (const p of pairs) {
    if (seen.has(p.key)) throw r.fail("duplicate-key", `${kind} ${name} repeats the key \`${p.key}\``);
    seen.add(p.key);
  }
  const localOptions = r.options(entry.options, ["options"]);
  const globalOptions = parseGeneratorOptions(ctx);
  const options2 = mergeGeneratorOptions(localOptions, globalOptions);
  const metadata = { name };
  const object = { apiVersion: "v1", kind, metadata };
  const origins = [
    ["", r.origin([])],
    ["/metadata/name", r.origin(["name"])]
  ];
  if (typeof namespace === "string" && namespace !== "") {
    metadata.namespace = namespace;
    origins.push(["/metadata/namespace", r.origin(["namespace"])]);
  }
  if (kind === "Secret") {
    const type = entry.type;
    if (type !== void 0 && type !== null && typeof type !== "string") throw r.fail("invalid-entry", "`type` must be a string", ["type"]);
    object.type = typeof type === "string" && type !== "" ? type : "Opaque";
    if (typeof type === "string" && type !== "") origins.push(["/type", r.origin(["type"])]);
    const data = {};
    for (const p of sortedByKey(pairs)) {
      data[p.key] = encodeBase64Wrapped(toBytes(p.value));
      origins.push([`/data/${pointerToken(p.key)}`, p.origin]);
    }
    object.data = data;
  } else {
    const data = {};
    const binaryData = {};
    for (const p of sortedByKey(pairs)) {
      const text = typeof p.value === "string" ? p.value : decodeUtf8(p.value);
      if (text !== void 0) {
        data[p.key] = text;
        origins.push([`/data/${pointerToken(p.key)}`, p.origin]);
      } else {
        binaryData[p.key] = encodeBase64Wrapped(toBytes(p.value));
        origins.push([`/binaryData/${pointerToken(p.key)}`, p.origin]);
      }
    }
    if (Object.keys(data).length > 0) object.data = data;
    if (Object.keys(binaryData).length > 0) object.binaryData = binaryData;
  }
  const labelSource = localOptions?.labels ? [field2, index, "options", "labels"] : ["generatorOptions", "labels"];
  const annotationSource = localOptions?.annotations ? [field2, index, "options", "annotations"] : ["generatorOptions", "annotations"];
  if (options2.labels && Object.keys(options2.labels).length > 0) {
    metadata.labels = { ...options2.labels };
    for (const k2 of Object.keys(options2.labels)) {
      const fromLocal = localOptions?.labels && k2 in localOptions.labels;
      origins.push([`/metadata/labels/${pointerToken(k2)}`, originAt(ctx, fromLocal ? [...labelSource, k2] : ["generatorOptions", "labels", k2])]);
    }
  }
  if (options2.annotations && Object.keys(options2.annotations).length > 0) {
    metadata.annotations = { ...options2.annotations };
    for (const k2 of Object.keys(options2.annotations)) {
      const fromLocal = localOptions?.annotations && k2 in localOptions.annotations;
      origins.push([
        `/metadata/annotations/${pointerToken(k2)}`,
        originAt(ctx, fromLocal ? [...annotationSource, k2] : ["generatorOptions", "annotations", k2])
      ]);
    }
  }
  if (options2.immutable) {
    object.immutable = true;
    origins.push(["/immutable", originAt(ctx, localOptions?.immutable ? [field2, index, "options", "immutable"] : ["generatorOptions", "immutable"])]);
  }
  return {
    object,
    behavior,
    needsHashSuffix: !options2.disableNameSuffixHash,
    origins,
    source: { file: ctx.kustomizationFile, field: field2, index, name }
  };
}
function originAt(ctx, p) {
  for (let n = p.length; n >= 0 && ctx.locate; n--) {
    const found = ctx.locate(p.slice(0, n));
    if (found) return { ...found, via: "generator" };
  }
  return plainOrigin(ctx.kustomizationFile, p);
}
function sortedByKey(pairs) {
  return [...pairs].sort((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}
function errorText(e) {
  if (e instanceof Error) return e.message;
  return String(e);
}
function fileSourceProblem(src) {
  if (src.startsWith("=")) return "missing key name before `=`";
  const rest = src.slice(src.indexOf("=") + 1);
  if (rest === "") return "missing file path after `=`";
  return "the key name or file path contains `=`";
}
function parseFileSource(source, onError) {
  const sep9 = source.indexOf("=");
  if (sep9 === -1) return { key: goPathBase(source), filePath: source };
  if (sep9 === 0) throw onError();
  const key = source.slice(0, sep9);
  const filePath = source.slice(sep9 + 1);
  if (filePath.includes("=") || filePath === "") throw onError();
  return { key, filePath };
}
function runGenerators(kustomization, ctx) {
  const out = [];
  for (const field2 of ["configMapGenerator", "secretGenerator"]) {
    const list = kustomization[field2];
    if (list === void 0 || list === null) continue;
    if (!Array.isArray(list)) {
      throw new EntryReader(ctx, field2, 0, [field2]).fail("invalid-entry", `\`${field2}\` must be a list`);
    }
    list.forEach((entry, i) => {
      out.push(generate(field2, entry, i, ctx));
    });
  }
  return out;
}
function stringRecord(v) {
  const out = {};
  if (isRecord(v)) {
    for (const [k2, val] of Object.entries(v)) if (typeof val === "string") out[k2] = val;
  }
  return out;
}
function mergeGenerated(existing, generated, behavior) {
  const result = structuredClone(generated);
  const oldMeta = isRecord(existing.metadata) ? existing.metadata : {};
  const newMeta = isRecord(result.metadata) ? result.metadata : {};
  result.metadata = newMeta;
  const labels = { ...stringRecord(oldMeta.labels), ...stringRecord(newMeta.labels) };
  const annotations = { ...stringRecord(oldMeta.annotations), ...stringRecord(newMeta.annotations) };
  if (Object.keys(labels).length > 0) newMeta.labels = labels;
  else delete newMeta.labels;
  if (Object.keys(annotations).length > 0) newMeta.annotations = annotations;
  else delete newMeta.annotations;
  if (oldMeta.name !== void 0) newMeta.name = oldMeta.name;
  if (typeof oldMeta.namespace === "string" && oldMeta.namespace !== "") newMeta.namespace = oldMeta.namespace;
  else delete newMeta.namespace;
  if (behavior === "merge") {
    for (const field2 of ["data", "binaryData"]) {
      const merged = { ...isRecord(existing[field2]) ? existing[field2] : {}, ...isRecord(result[field2]) ? result[field2] : {} };
      if (Object.keys(merged).length > 0) result[field2] = merged;
    }
  }
  return result;
}

// src/render/hash.ts
import { createHash } from "node:crypto";
var HEX_SUBSTITUTIONS = { "0": "g", "1": "h", "3": "k", a: "m", e: "t" };
function goJsonMarshal(value) {
  return JSON.stringify(sortKeysDeep(value)).replace(
    /[<>&\u2028\u2029]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
function sortKeysDeep(value) {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (value !== null && typeof value === "object") {
    const sorted = {};
    for (const key of Object.keys(value).sort(compareCodePoints)) {
      sorted[key] = sortKeysDeep(value[key]);
    }
    return sorted;
  }
  return value;
}
function compareCodePoints(a, b) {
  const ca = Array.from(a);
  const cb = Array.from(b);
  const n = Math.min(ca.length, cb.length);
  for (let i = 0; i < n; i++) {
    const x = ca[i].codePointAt(0);
    const y = cb[i].codePointAt(0);
    if (x !== y) return x - y;
  }
  return ca.length - cb.length;
}
function encodeHashHex(hex) {
  if (hex.length < 10) throw new Error("hash input must be at least 10 hex digits");
  let out = "";
  for (const ch of hex.slice(0, 10)) out += HEX_SUBSTITUTIONS[ch] ?? ch;
  return out;
}
function isPlainMap(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function scalarOrMap(v) {
  if (v === void 0 || v === null) return "";
  if (isPlainMap(v)) return v;
  if (Array.isArray(v)) return v;
  return String(v);
}
function hashInput(obj) {
  const kind = obj.kind;
  if (kind === "ConfigMap") {
    const m = { kind: "ConfigMap", name: "", data: scalarOrMap(obj.data) };
    if (isPlainMap(obj.binaryData)) m.binaryData = obj.binaryData;
    return goJsonMarshal(m);
  }
  if (kind === "Secret") {
    const m = { kind: "Secret", type: scalarOrMap(obj.type), name: "", data: scalarOrMap(obj.data) };
    if (isPlainMap(obj.stringData)) m.stringData = obj.stringData;
    return goJsonMarshal(m);
  }
  throw new Error(`kustomize name hashes are only defined here for ConfigMap and Secret, not ${String(kind)}`);
}
function kustomizeHash(obj) {
  return encodeHashHex(createHash("sha256").update(hashInput(obj), "utf8").digest("hex"));
}
function hashedName(obj) {
  const meta = obj.metadata;
  const name = isPlainMap(meta) && typeof meta.name === "string" ? meta.name : "";
  return `${name}-${kustomizeHash(obj)}`;
}

// src/render/jsonpatch.ts
function readOps(list) {
  if (list.t !== "a") throw opError(list.p, "a JSON 6902 patch must be a list of operations");
  return list.v.map((item) => {
    if (item.t !== "m") throw opError(item.p, "a JSON 6902 operation must be a mapping");
    const op = str(item.v.get("op"));
    const path8 = str(item.v.get("path"));
    if (!op) throw opError(item.p, "JSON 6902 operation without `op`");
    if (path8 === void 0) throw opError(item.p, `JSON 6902 \`${op}\` without \`path\``);
    const o = { op, path: path8, at: item.p };
    const from = str(item.v.get("from"));
    if (from !== void 0) o.from = from;
    const value = item.v.get("value");
    if (value) o.value = value;
    else if (item.v.has("value")) o.value = { t: "s", v: null, p: item.p };
    return o;
  });
}
function opError(p, msg) {
  const o = materialize(p);
  return new RenderError(`${o.file}:${o.line}:${o.column}: ${msg}`, { file: o.file, line: o.line, column: o.column });
}
function resolveParent(root, path8, op, createMaps = false) {
  const segs = parsePointer(path8);
  if (segs.length === 0) throw opError(op.at, `JSON 6902 \`${op.op}\` on the document root is not supported`);
  let cur = root;
  for (let i = 0; i < segs.length - 1; i++) {
    const seg = segs[i];
    let next;
    if (cur.t === "m") {
      next = cur.v.get(seg);
      const isAnnotations = i === 0 && seg === "metadata" || i === 1 && segs[0] === "metadata" && seg === "annotations";
      if (!next && createMaps && isAnnotations) {
        next = { t: "m", v: /* @__PURE__ */ new Map(), p: op.value?.p ?? op.at };
        cur.v.set(seg, next);
      }
    } else if (cur.t === "a" && /^(0|[1-9][0-9]*)$/.test(seg)) next = cur.v[Number(seg)];
    if (!next) throw missing(op, path8);
    cur = next;
  }
  return { parent: cur, key: segs[segs.length - 1] };
}
function missing(op, path8) {
  return opError(op.at, `JSON 6902 \`${op.op}\`: path ${path8} does not exist in the target`);
}
function getAt(root, path8, op) {
  const { parent, key } = resolveParent(root, path8, op);
  let v;
  if (parent.t === "m") v = parent.v.get(key);
  else if (parent.t === "a" && /^(0|[1-9][0-9]*)$/.test(key)) v = parent.v[Number(key)];
  if (!v) throw missing(op, path8);
  return v;
}
function removeAt(root, path8, op) {
  const { parent, key } = resolveParent(root, path8, op);
  if (parent.t === "m") {
    const v = parent.v.get(key);
    if (!v) throw missing(op, path8);
    parent.v.delete(key);
    return v;
  }
  if (parent.t === "a" && /^(0|[1-9][0-9]*)$/.test(key) && Number(key) < parent.v.length) {
    return parent.v.splice(Number(key), 1)[0];
  }
  throw missing(op, path8);
}
function addAt(root, path8, value, op, replace) {
  const { parent, key } = resolveParent(root, path8, op, true);
  if (parent.t === "m") {
    parent.v.set(key, value);
    return;
  }
  if (parent.t === "a") {
    if (key === "-" && !replace) {
      parent.v.push(value);
      return;
    }
    if (!/^(0|[1-9][0-9]*)$/.test(key)) throw missing(op, path8);
    const idx = Number(key);
    if (replace) {
      if (idx >= parent.v.length) throw missing(op, path8);
      parent.v[idx] = value;
    } else {
      if (idx > parent.v.length) throw missing(op, path8);
      parent.v.splice(idx, 0, value);
    }
    return;
  }
  throw missing(op, path8);
}
function applyJsonPatch(root, ops) {
  for (const op of ops) {
    switch (op.op) {
      case "add":
      case "replace": {
        if (!op.value) throw opError(op.at, `JSON 6902 \`${op.op}\` without \`value\``);
        addAt(root, op.path, cloneVia(op.value, "patch"), op, op.op === "replace");
        break;
      }
      case "remove":
        removeAt(root, op.path, op);
        break;
      case "move": {
        if (op.from === void 0) throw opError(op.at, "JSON 6902 `move` without `from`");
        const v = removeAt(root, op.from, op);
        addAt(root, op.path, v, op, false);
        break;
      }
      case "copy": {
        if (op.from === void 0) throw opError(op.at, "JSON 6902 `copy` without `from`");
        addAt(root, op.path, clone(getAt(root, op.from, op)), op, false);
        break;
      }
      case "test": {
        if (!op.value) throw opError(op.at, "JSON 6902 `test` without `value`");
        if (!deepEqual(getAt(root, op.path, op), op.value)) {
          throw opError(op.at, `JSON 6902 \`test\` failed at ${op.path}`);
        }
        break;
      }
      default:
        throw opError(op.at, `unknown JSON 6902 op \`${op.op}\``);
    }
  }
}

// src/render/merge.ts
var BUILTIN_GROUPS = /* @__PURE__ */ new Set([
  "",
  "apps",
  "batch",
  "autoscaling",
  "policy",
  "extensions",
  "networking.k8s.io",
  "rbac.authorization.k8s.io",
  "storage.k8s.io",
  "scheduling.k8s.io",
  "admissionregistration.k8s.io",
  "apiextensions.k8s.io",
  "apiregistration.k8s.io",
  "coordination.k8s.io",
  "discovery.k8s.io",
  "node.k8s.io",
  "certificates.k8s.io",
  "events.k8s.io",
  "flowcontrol.apiserver.k8s.io"
]);
function isBuiltinGroup(group) {
  return BUILTIN_GROUPS.has(group);
}
function mergeKeyFor(field2, parentField, kind) {
  switch (field2) {
    case "containers":
    case "initContainers":
    case "ephemeralContainers":
    case "env":
    case "volumes":
    case "imagePullSecrets":
    case "resourceClaims":
    case "schedulingGates":
      return "name";
    case "volumeMounts":
      return "mountPath";
    case "volumeDevices":
      return "devicePath";
    case "hostAliases":
      return "ip";
    case "topologySpreadConstraints":
      return "topologyKey";
    case "conditions":
      return "type";
    case "ownerReferences":
      return "uid";
    case "ports":
      return kind === "Service" && parentField === "spec" ? "port" : "containerPort";
    default:
      return void 0;
  }
}
var MERGED_PRIMITIVE_LISTS = /* @__PURE__ */ new Set(["finalizers"]);
var DIRECTIVE = "$patch";
var DELETE_FROM = "$deleteFromPrimitiveList/";
function directiveOf(node) {
  if (node.t !== "m") return void 0;
  const d = node.v.get(DIRECTIVE);
  return d && d.t === "s" && typeof d.v === "string" ? d.v : void 0;
}
function stripDirectives(node) {
  if (node.t === "m") {
    const d = directiveOf(node);
    if (d === "delete") return void 0;
    const m = /* @__PURE__ */ new Map();
    for (const [k2, v] of node.v) {
      if (k2 === DIRECTIVE) continue;
      if (k2.startsWith(DELETE_FROM) && MERGED_PRIMITIVE_LISTS.has(k2.slice(DELETE_FROM.length))) continue;
      if (v.t === "s" && v.v === null) continue;
      const s = stripDirectives(v);
      if (s) m.set(k2, s);
    }
    return { t: "m", v: m, p: node.p };
  }
  if (node.t === "a") {
    const items2 = [];
    for (const it of node.v) {
      if (it.t === "m" && directiveOf(it) === "replace" && it.v.size === 1) continue;
      const s = stripDirectives(it);
      if (s) items2.push(s);
    }
    return { t: "a", v: items2, p: node.p };
  }
  return node;
}
function mergeNode(base, patch, ctx, field2, parentField) {
  if (patch.t === "m") {
    const d = directiveOf(patch);
    if (d === "delete") return void 0;
    if (d === "replace") return stripDirectives(patch);
    if (base?.t !== "m") return stripDirectives(patch);
    return mergeMap(base, patch, ctx, field2);
  }
  if (patch.t === "a") {
    if (!ctx.strategic) return patch;
    if (base?.t !== "a" || field2 === void 0) return stripDirectives(patch);
    return mergeList(base, patch, ctx, field2, parentField);
  }
  return patch;
}
function mergeMap(base, patch, ctx, field2) {
  for (const [k2, pv] of patch.v) {
    if (k2 === DIRECTIVE) continue;
    if (k2.startsWith(DELETE_FROM) && ctx.strategic && MERGED_PRIMITIVE_LISTS.has(k2.slice(DELETE_FROM.length))) {
      const target = k2.slice(DELETE_FROM.length);
      const list = base.v.get(target);
      if (list && list.t === "a" && pv.t === "a") {
        const drop = new Set(pv.v.map((x) => x.t === "s" ? x.v : void 0));
        list.v = list.v.filter((x) => !(x.t === "s" && drop.has(x.v)));
      }
      continue;
    }
    if (pv.t === "s" && pv.v === null) {
      base.v.delete(k2);
      continue;
    }
    const merged = mergeNode(base.v.get(k2), pv, ctx, k2, field2);
    if (merged === void 0) base.v.delete(k2);
    else base.v.set(k2, merged);
  }
  return base;
}
function keyValue(item, key) {
  if (item.t !== "m") return void 0;
  const v = item.v.get(key);
  return v && v.t === "s" ? v.v : void 0;
}
function mergeList(base, patch, ctx, field2, parentField) {
  if (patch.v.some((it) => it.t === "m" && directiveOf(it) === "replace" && it.v.size === 1)) {
    return stripDirectives(patch) ?? { t: "a", v: [], p: patch.p };
  }
  const allScalars = patch.v.every((x) => x.t === "s") && base.v.every((x) => x.t === "s");
  if (allScalars && MERGED_PRIMITIVE_LISTS.has(field2)) {
    const seen = new Set(patch.v.map((x) => x.v));
    return { t: "a", v: [...patch.v, ...base.v.filter((x) => !seen.has(x.v))], p: patch.p };
  }
  const key = mergeKeyFor(field2, parentField, ctx.kind);
  if (!key || !patch.v.every((x) => x.t === "m") || !base.v.every((x) => x.t === "m")) {
    return stripDirectives(patch) ?? { t: "a", v: [], p: patch.p };
  }
  if (key === "containerPort") return mergeContainerPorts(base, patch, ctx);
  const used = /* @__PURE__ */ new Set();
  const out = [];
  for (const pItem of patch.v) {
    const kv = keyValue(pItem, key);
    const idx = kv === void 0 ? -1 : base.v.findIndex((b, i) => !used.has(i) && keyValue(b, key) === kv);
    const d = directiveOf(pItem);
    if (idx >= 0) used.add(idx);
    if (d === "delete") continue;
    if (idx >= 0) {
      const merged = mergeNode(base.v[idx], pItem, ctx, void 0, field2);
      if (merged) out.push(merged);
    } else {
      const s = stripDirectives(pItem);
      if (s) out.push(s);
    }
  }
  base.v.forEach((b, i) => {
    if (!used.has(i)) out.push(b);
  });
  return { t: "a", v: out, p: base.p };
}
function mergeContainerPorts(base, patch, ctx) {
  const protocolOf = (n) => keyValue(n, "protocol");
  const added = [];
  const out = [...base.v];
  for (const pItem of patch.v) {
    const port = keyValue(pItem, "containerPort");
    const proto = protocolOf(pItem);
    const same = out.findIndex((b) => keyValue(b, "containerPort") === port && protocolOf(b) === proto);
    if (same >= 0) {
      if (directiveOf(pItem) === "delete") {
        out.splice(same, 1);
        continue;
      }
      const merged = mergeNode(out[same], pItem, ctx, void 0, "ports");
      if (merged) out[same] = merged;
      else out.splice(same, 1);
      continue;
    }
    const conflict = out.some(
      (b) => keyValue(b, "containerPort") === port && protocolOf(b) === void 0 !== (proto === void 0)
    );
    if (conflict || directiveOf(pItem) === "delete") continue;
    const s = stripDirectives(pItem);
    if (s) added.push(s);
  }
  return { t: "a", v: [...added, ...out], p: base.p };
}

// src/render/origin.ts
import path3 from "node:path";
var ORIGIN_ANNOTATION = "config.kubernetes.io/origin";
var TRANSFORMATIONS_ANNOTATION = "alpha.config.kubernetes.io/transformations";
var PLAIN = /^[^\s\-?:,[\]{}#&*!|>'"%@`][^:#]*$/;
var NOT_STRING = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|~|null|Null|NULL|[-+]?[0-9._]+(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
function scalar(s) {
  return PLAIN.test(s) && !NOT_STRING.test(s) && !s.endsWith(" ") ? s : JSON.stringify(s);
}
function originLines(o) {
  const out = [];
  for (const key of ["path", "repo", "ref", "configuredIn"]) {
    const v = o[key];
    if (v) out.push(`${key}: ${scalar(v)}`);
  }
  const by = o.configuredBy;
  if (by && (by.apiVersion || by.kind || by.name || by.namespace)) {
    out.push("configuredBy:");
    for (const key of ["apiVersion", "kind", "name", "namespace"]) {
      const v = by[key];
      if (v) out.push(`  ${key}: ${scalar(v)}`);
    }
  }
  return out;
}
function originText(o) {
  return originLines(o).map((l) => `${l}
`).join("");
}
function transformationsText(list) {
  return list.map(
    (o) => originLines(o).map((l, i) => `${i === 0 ? "- " : "  "}${l}
`).join("")
  ).join("");
}
function readOrigin(value) {
  const o = typeof value === "string" ? parseYamlValue(value) : value;
  if (!o || typeof o !== "object" || Array.isArray(o)) return void 0;
  const rec = o;
  const out = {};
  for (const key of ["path", "repo", "ref", "configuredIn"]) if (typeof rec[key] === "string") out[key] = rec[key];
  const by = rec.configuredBy;
  if (by && typeof by === "object" && !Array.isArray(by)) {
    const b = by;
    out.configuredBy = {};
    for (const key of ["apiVersion", "kind", "name", "namespace"]) if (typeof b[key] === "string") out.configuredBy[key] = b[key];
  }
  return out;
}
function readTransformations(value) {
  const list = typeof value === "string" ? parseYamlValue(value) : value;
  if (!Array.isArray(list)) return [];
  return list.map(readOrigin).filter((o) => o !== void 0);
}
function rerootOrigin(o, from, to) {
  if (o.repo) return o;
  const move = (p) => path3.relative(to, path3.resolve(from, p)).split(path3.sep).join("/");
  const out = { ...o };
  if (o.path) out.path = move(o.path);
  if (o.configuredIn) out.configuredIn = move(o.configuredIn);
  return out;
}

// src/render/fieldpath.ts
function parseFieldPath2(text) {
  const raw = [];
  let cur = "";
  let depth = 0;
  for (const ch of text) {
    if (ch === "[") depth++;
    if (ch === "]") depth--;
    if (ch === "." && depth === 0) {
      raw.push(cur);
      cur = "";
    } else cur += ch;
  }
  raw.push(cur);
  const out = [];
  for (const part of raw) {
    if (part === "") continue;
    const m = /^([^[]+)\[(.*)\]$/.exec(part);
    if (m) {
      out.push({ t: "key", key: m[1] });
      out.push(bracket(m[2]));
      continue;
    }
    if (part.startsWith("[") && part.endsWith("]")) {
      out.push(bracket(part.slice(1, -1)));
      continue;
    }
    if (part === "*") out.push({ t: "any" });
    else if (/^(0|[1-9][0-9]*)$/.test(part)) out.push({ t: "index", index: Number(part) });
    else out.push({ t: "key", key: part });
  }
  return out;
}
function bracket(inner) {
  const eq = inner.indexOf("=");
  if (eq > 0) return { t: "match", key: inner.slice(0, eq), value: inner.slice(eq + 1) };
  if (/^(0|[1-9][0-9]*)$/.test(inner)) return { t: "index", index: Number(inner) };
  return { t: "key", key: inner };
}
function matches(item, key, value) {
  if (item.t !== "m") return false;
  const v = item.v.get(key);
  return v !== void 0 && v.t === "s" && String(v.v) === value;
}
function lookupAll(root, segs) {
  let cur = [root];
  for (const seg of segs) {
    const next = [];
    for (const n of cur) {
      if (seg.t === "key") {
        if (n.t === "m") {
          const v = n.v.get(seg.key);
          if (v) next.push(v);
        } else if (n.t === "a" && /^(0|[1-9][0-9]*)$/.test(seg.key)) {
          const v = n.v[Number(seg.key)];
          if (v) next.push(v);
        }
      } else if (seg.t === "index") {
        if (n.t === "a" && n.v[seg.index]) next.push(n.v[seg.index]);
      } else if (seg.t === "match") {
        if (n.t === "a") next.push(...n.v.filter((it) => matches(it, seg.key, seg.value)));
      } else if (n.t === "a") next.push(...n.v);
      else if (n.t === "m") next.push(...n.v.values());
    }
    cur = next;
  }
  return cur;
}
function setAll(root, segs, make, create, createProv) {
  if (segs.length === 0) return 0;
  let count = 0;
  const go = (node, i) => {
    const seg = segs[i];
    const last = i === segs.length - 1;
    if (seg.t === "key" && node.t === "m") {
      const existing = node.v.get(seg.key);
      if (last) {
        if (existing || create) {
          node.v.set(seg.key, make(existing));
          count++;
        }
        return;
      }
      let next = existing;
      if (!next && create) {
        const nextSeg = segs[i + 1];
        next = nextSeg.t === "index" || nextSeg.t === "match" ? { t: "a", v: [], p: createProv } : { t: "m", v: /* @__PURE__ */ new Map(), p: createProv };
        node.v.set(seg.key, next);
      }
      if (next) go(next, i + 1);
      return;
    }
    if (node.t !== "a") return;
    let idxs = [];
    if (seg.t === "index") idxs = seg.index < node.v.length ? [seg.index] : [];
    else if (seg.t === "any") idxs = node.v.map((_, j) => j);
    else if (seg.t === "match") {
      idxs = node.v.flatMap((it, j) => matches(it, seg.key, seg.value) ? [j] : []);
      if (idxs.length === 0 && create) {
        const item = { t: "m", v: /* @__PURE__ */ new Map([[seg.key, { t: "s", v: seg.value, p: createProv }]]), p: createProv };
        node.v.push(item);
        idxs = [node.v.length - 1];
      }
    } else if (seg.t === "key" && /^(0|[1-9][0-9]*)$/.test(seg.key)) {
      const j = Number(seg.key);
      idxs = j < node.v.length ? [j] : [];
    }
    for (const j of idxs) {
      if (last) {
        node.v[j] = make(node.v[j]);
        count++;
      } else go(node.v[j], i + 1);
    }
  };
  go(root, 0);
  return count;
}

// src/render/resource.ts
function storePreviousId(r) {
  r.prevIds.push({ kind: gvkOf(r).kind, name: nameOf(r), namespace: effectiveNamespace(r) });
}
function effectiveNamespace(r) {
  if (isClusterScoped2(r)) return "";
  const ns = namespaceOf(r);
  return ns === "" ? "default" : ns;
}
function splitApiVersion(apiVersion) {
  const i = apiVersion.indexOf("/");
  if (i >= 0) return { group: apiVersion.slice(0, i), version: apiVersion.slice(i + 1) };
  return { group: "", version: apiVersion };
}
function gvkOf(r) {
  const { group, version } = splitApiVersion(str(r.root.v.get("apiVersion")) ?? "");
  return { group, version, kind: str(r.root.v.get("kind")) ?? "" };
}
function metaOf(r) {
  const m = r.root.v.get("metadata");
  return m && m.t === "m" ? m : void 0;
}
function nameOf(r) {
  return str(metaOf(r)?.v.get("name")) ?? "";
}
function namespaceOf(r) {
  return str(metaOf(r)?.v.get("namespace")) ?? "";
}
function setMeta(r, field2, value, p) {
  let meta = metaOf(r);
  if (!meta) {
    meta = { t: "m", v: /* @__PURE__ */ new Map(), p };
    r.root.v.set("metadata", meta);
  }
  meta.v.set(field2, { t: "s", v: value, p });
}
function setName(r, value, p) {
  const meta = metaOf(r);
  const old = meta?.v.get("name");
  setMeta(r, "name", value, p ?? old?.p ?? r.root.p);
  if (!r.names.includes(value)) r.names.push(value);
}
function setNamespace(r, value, p) {
  setMeta(r, "namespace", value, p);
  if (!r.namespaces.includes(value)) r.namespaces.push(value);
}
function idString(r) {
  const g = gvkOf(r);
  const ns = namespaceOf(r);
  const gv = g.group ? `${g.group}/${g.version}` : g.version;
  return `${gv}, Kind=${g.kind}, ${ns ? `${ns}/` : ""}${nameOf(r)}`;
}
function idKey(r) {
  const g = gvkOf(r);
  const ns = namespaceOf(r);
  return `${g.group}|${g.kind}|${ns === "default" ? "" : ns}|${nameOf(r)}`;
}
function newResource(root, file) {
  if (root.t !== "m") {
    const o = materialize(root.p);
    throw new RenderError(`${o.file}:${o.line}:${o.column}: a resource must be a YAML mapping`, {
      file: o.file,
      line: o.line,
      column: o.column
    });
  }
  const r = { root, names: [], namespaces: [], file, prevIds: [], prefixes: [], suffixes: [] };
  const kind = str(root.v.get("kind"));
  if (!kind) {
    const o = materialize(root.p);
    throw new RenderError(`${o.file}:${o.line}:${o.column}: missing kind in object (kustomize rejects it too)`, {
      file: o.file,
      line: o.line,
      column: o.column
    });
  }
  const name = nameOf(r);
  if (!name && !(kind.endsWith("List") && root.v.get("items"))) {
    const o = materialize(root.p);
    throw new RenderError(`${o.file}:${o.line}:${o.column}: missing metadata.name in ${kind} object`, {
      file: o.file,
      line: o.line,
      column: o.column
    });
  }
  r.names.push(name);
  r.namespaces.push(namespaceOf(r));
  return r;
}
function isClusterScoped2(r) {
  return isClusterScoped(str(r.root.v.get("apiVersion")) ?? "", gvkOf(r).kind);
}

// src/render/selector.ts
function readSelector(node) {
  if (node?.t !== "m") return void 0;
  const s = {};
  for (const k2 of ["group", "version", "kind", "name", "namespace", "labelSelector", "annotationSelector"]) {
    const v = node.v.get(k2);
    if (v && v.t === "s" && v.v !== null) s[k2] = String(v.v);
  }
  return s;
}
var regexCache = /* @__PURE__ */ new Map();
function anchored(pattern) {
  let re = regexCache.get(pattern);
  if (!re) {
    try {
      re = new RegExp(`^(?:${pattern})$`);
    } catch {
      throw new RenderError(`invalid regular expression in patch target: ${pattern}`);
    }
    regexCache.set(pattern, re);
  }
  return re;
}
function parseLabelSelector(text) {
  const reqs = [];
  const parts = [];
  let depth = 0;
  let cur = "";
  for (const ch of text) {
    if (ch === "(") depth++;
    if (ch === ")") depth--;
    if (ch === "," && depth === 0) {
      parts.push(cur);
      cur = "";
    } else cur += ch;
  }
  if (cur.trim()) parts.push(cur);
  for (const raw of parts) {
    const p = raw.trim();
    if (!p) continue;
    let m = /^(\S+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(p);
    if (m) {
      reqs.push({
        key: m[1],
        op: m[2],
        values: m[3].split(",").map((s) => s.trim()).filter(Boolean)
      });
      continue;
    }
    m = /^([^=!\s]+)\s*(==|=|!=)\s*(\S*)$/.exec(p);
    if (m) {
      reqs.push({ key: m[1], op: m[2] === "!=" ? "neq" : "eq", values: [m[3]] });
      continue;
    }
    m = /^!\s*(\S+)$/.exec(p);
    if (m) {
      reqs.push({ key: m[1], op: "notexists", values: [] });
      continue;
    }
    if (/^\S+$/.test(p)) {
      reqs.push({ key: p, op: "exists", values: [] });
      continue;
    }
    throw new RenderError(`invalid label selector: ${text}`);
  }
  return reqs;
}
function matchesSelector(map, text) {
  const labels = /* @__PURE__ */ new Map();
  if (map && map.t === "m") {
    for (const [k2, v] of map.v) if (v.t === "s") labels.set(k2, String(v.v));
  }
  return parseLabelSelector(text).every((r) => {
    const v = labels.get(r.key);
    switch (r.op) {
      case "eq":
        return v === r.values[0];
      case "neq":
        return v !== r.values[0];
      case "in":
        return v !== void 0 && r.values.includes(v);
      case "notin":
        return v === void 0 || !r.values.includes(v);
      case "exists":
        return v !== void 0;
      case "notexists":
        return v === void 0;
    }
    return false;
  });
}
function selects(sel, r) {
  const g = gvkOf(r);
  if (sel.group !== void 0 && sel.group !== "" && !anchored(sel.group).test(g.group)) return false;
  if (sel.version !== void 0 && sel.version !== "" && !anchored(sel.version).test(g.version)) return false;
  if (sel.kind !== void 0 && sel.kind !== "" && !anchored(sel.kind).test(g.kind)) return false;
  if (sel.name !== void 0 && sel.name !== "") {
    const re = anchored(sel.name);
    if (!r.names.some((n) => re.test(n))) return false;
  }
  if (sel.namespace !== void 0 && sel.namespace !== "") {
    const re = anchored(sel.namespace);
    if (!r.namespaces.some((n) => re.test(n === "" ? "default" : n))) return false;
  }
  const meta = metaOf(r);
  if (sel.labelSelector && !matchesSelector(meta?.v.get("labels"), sel.labelSelector)) return false;
  if (sel.annotationSelector && !matchesSelector(meta?.v.get("annotations"), sel.annotationSelector)) return false;
  return true;
}
function describeSelector(sel) {
  return Object.entries(sel).map(([k2, v]) => `${k2}=${v}`).join(", ");
}

// src/render/replacements.ts
function options(node) {
  const out = { index: 0, create: false };
  if (node?.t !== "m") return out;
  const d = str(node.v.get("delimiter"));
  if (d !== void 0 && d !== "") out.delimiter = d;
  const i = node.v.get("index");
  if (i && i.t === "s" && typeof i.v === "number") out.index = i.v;
  const c = node.v.get("create");
  out.create = c?.t === "s" && c.v === true;
  return out;
}
function selectorFrom(node) {
  const s = readSelector(node) ?? {};
  return s;
}
function applyReplacements(resources, entries, fail) {
  for (const entry of entries) {
    if (entry.t !== "m") throw fail(entry.p, "a replacement must be a mapping with `source` and `targets`");
    const sourceNode = entry.v.get("source");
    if (sourceNode?.t !== "m") throw fail(entry.p, "a replacement needs a `source`");
    const sourceSel = selectorFrom(sourceNode);
    const sources = resources.filter((r) => selects(sourceSel, r));
    if (sources.length === 0) throw fail(sourceNode.p, `nothing selected by replacement source (${describeSelector(sourceSel)})`);
    if (sources.length > 1) {
      throw fail(sourceNode.p, `more than one match for replacement source (${describeSelector(sourceSel)})`);
    }
    const fieldPath = str(sourceNode.v.get("fieldPath")) ?? "metadata.name";
    const found = lookupAll(sources[0].root, parseFieldPath2(fieldPath));
    if (found.length === 0) throw fail(sourceNode.p, `fieldPath \`${fieldPath}\` is missing for replacement source`);
    let value = found[0];
    const srcOpts = options(sourceNode.v.get("options"));
    if (srcOpts.delimiter !== void 0) {
      if (value.t !== "s") throw fail(sourceNode.p, "a replacement source with a delimiter must be a string");
      const parts = String(value.v).split(srcOpts.delimiter);
      const part = parts[srcOpts.index];
      if (part === void 0) throw fail(sourceNode.p, `options.index ${srcOpts.index} is out of range`);
      value = { t: "s", v: part, p: value.p };
    }
    const targets = entry.v.get("targets");
    if (targets?.t !== "a") throw fail(entry.p, "a replacement needs `targets`");
    for (const t of targets.v) {
      if (t.t !== "m") throw fail(t.p, "a replacement target must be a mapping");
      const selectNode = t.v.get("select");
      if (!selectNode) throw fail(t.p, "a replacement target needs `select`");
      const sel = selectorFrom(selectNode);
      const rejects = t.v.get("reject");
      const rejectSels = rejects?.t === "a" ? rejects.v.map(selectorFrom) : [];
      const opts = options(t.v.get("options"));
      const fieldPaths = t.v.get("fieldPaths");
      const paths = fieldPaths?.t === "a" ? fieldPaths.v.map((x) => str(x) ?? "") : ["metadata.name"];
      for (const r of resources) {
        if (!selects(sel, r)) continue;
        if (rejectSels.some((rs) => Object.keys(rs).length > 0 && selects(rs, r))) continue;
        for (const fp of paths) {
          const stringMap = /^metadata\.(labels|annotations)\./.test(fp);
          const make = (old) => {
            if (opts.delimiter === void 0) {
              if (stringMap && value.t === "s" && value.v !== null && typeof value.v !== "string") {
                return { t: "s", v: String(value.v), p: value.p };
              }
              return clone(value);
            }
            const oldText = old && old.t === "s" && old.v !== null ? String(old.v) : "";
            const parts = oldText.split(opts.delimiter);
            const v = value.t === "s" ? String(value.v) : "";
            if (opts.index >= parts.length) parts.push(v);
            else if (opts.index < 0) parts.unshift(v);
            else parts[opts.index] = v;
            return { t: "s", v: parts.join(opts.delimiter), p: value.p };
          };
          const n = setAll(r.root, parseFieldPath2(fp), make, opts.create, value.p);
          if (n === 0 && !opts.create) {
            throw fail(t.p, `unable to find field \`${fp}\` in replacement target`);
          }
        }
      }
    }
  }
}

// src/render/transformers.ts
var pathCache = /* @__PURE__ */ new Map();
function segmentsOf(path8) {
  let s = pathCache.get(path8);
  if (!s) {
    s = parseFieldPath(path8);
    pathCache.set(path8, s);
  }
  return s;
}
function walkSpec(node, path8, create, createProv, visit2) {
  walk(node, segmentsOf(path8), 0, create, createProv, visit2);
}
function walk(node, segs, i, create, createProv, visit2) {
  if (node.t === "a") {
    for (const item of node.v) walk(item, segs, i, create, createProv, visit2);
    return;
  }
  if (node.t !== "m") return;
  const seg = segs[i];
  if (i === segs.length - 1) {
    visit2(node, seg.key);
    return;
  }
  let next = node.v.get(seg.key);
  if (!next || next.t === "s" && next.v === null) {
    if (!create || seg.list) return;
    next = { t: "m", v: /* @__PURE__ */ new Map(), p: createProv };
    node.v.set(seg.key, next);
  }
  walk(next, segs, i + 1, create, createProv, visit2);
}
var listCaches = /* @__PURE__ */ new WeakMap();
function matching(list, kind, group, version) {
  let cache = listCaches.get(list);
  if (!cache) {
    cache = /* @__PURE__ */ new Map();
    listCaches.set(list, cache);
  }
  const key = `${group}\0${version}\0${kind}`;
  let hit = cache.get(key);
  if (!hit) {
    hit = list.filter((s) => gvkMatches(s, kind, group, version));
    cache.set(key, hit);
  }
  return hit;
}
function specsOf(list, r) {
  const g = gvkOf(r);
  return matching(list, g.kind, g.group, g.version);
}
function applyNamespace(resources, ns, p, specs2 = DEFAULT_TRANSFORMER_CONFIG.namespace, opts = {}) {
  const settable = (cur) => !opts.unsetOnly || !cur || cur.t === "s" && (cur.v === null || cur.v === "");
  for (const r of resources) {
    const g = gvkOf(r);
    if (opts.storePrevious !== false) storePreviousId(r);
    if (!isClusterScoped2(r) && settable(metaOf(r)?.v.get("namespace"))) setNamespace(r, ns, p);
    const binding = g.group === "rbac.authorization.k8s.io" && (g.kind === "RoleBinding" || g.kind === "ClusterRoleBinding");
    for (const spec of specsOf(specs2, r)) {
      if (spec.path === "metadata/namespace") continue;
      if (spec.path === "metadata/name" && (g.version !== "v1" || g.group !== "")) continue;
      if (binding && spec.path === "subjects") continue;
      walkSpec(r.root, spec.path, spec.create === true, p, (holder, key) => {
        if (!holder.v.has(key) && !spec.create) return;
        if (!settable(holder.v.get(key))) return;
        if (holder === metaOf(r) && key === "name") setName(r, ns, p);
        else holder.v.set(key, { t: "s", v: ns, p });
      });
    }
    const mode = opts.subjects ?? "defaultOnly";
    if (binding && mode !== "none") {
      const subjects = r.root.v.get("subjects");
      if (subjects && subjects.t === "a") {
        for (const s of subjects.v) {
          if (s.t !== "m") continue;
          const kind = s.v.get("kind");
          const name = s.v.get("name");
          const selected = mode === "allServiceAccounts" ? kind?.t === "s" && kind.v === "ServiceAccount" : name?.t === "s" && name.v === "default";
          if (selected && settable(s.v.get("namespace"))) s.v.set("namespace", { t: "s", v: ns, p });
        }
      }
    }
  }
}
var NAME_ONLY = BUILTIN_FIELD_SPECS.namePrefix;
function applyPrefixSuffix(resources, prefix, suffix, p, prefixSpecs = NAME_ONLY, suffixSpecs = NAME_ONLY) {
  for (const r of resources) {
    const g = gvkOf(r);
    if (NAME_CHANGE_SKIPPED_KINDS.some((s) => gvkMatches(s, g.kind, g.group, g.version))) continue;
    const orgKind = r.prevIds[0]?.kind ?? g.kind;
    for (const [value, specs2, isPrefix] of [
      [prefix, prefixSpecs, true],
      [suffix, suffixSpecs, false]
    ]) {
      if (!value) continue;
      for (const spec of matching(specs2, orgKind, g.group, g.version)) {
        const affix = (s) => isPrefix ? `${value}${s}` : `${s}${value}`;
        if (spec.path === "metadata/name") {
          (isPrefix ? r.prefixes : r.suffixes).push(value);
          storePreviousId(r);
          setName(r, affix(nameOf(r)), metaOf(r)?.v.get("name")?.p ?? p);
          continue;
        }
        walkSpec(r.root, spec.path, spec.create === true, p, (holder, key) => {
          const cur = holder.v.get(key);
          if (cur?.t === "s" && typeof cur.v === "string") holder.v.set(key, { t: "s", v: affix(cur.v), p: cur.p });
        });
      }
    }
  }
}
function setPairs(holder, key, pairs, create, createProv) {
  let target = holder.v.get(key);
  if (!target || target.t === "s" && target.v === null) {
    if (!create) return;
    target = { t: "m", v: /* @__PURE__ */ new Map(), p: createProv };
    holder.v.set(key, target);
  }
  if (target.t !== "m") return;
  for (const pair of pairs) target.v.set(pair.key, { t: "s", v: pair.value, p: pair.p });
}
function applyLabels(resources, pairs, specs2, createProv) {
  if (pairs.length === 0) return;
  for (const r of resources) {
    for (const spec of specsOf(specs2, r)) {
      walkSpec(
        r.root,
        spec.path,
        spec.create === true,
        createProv,
        (holder, key) => setPairs(holder, key, pairs, spec.create === true, createProv)
      );
    }
  }
}
function applyAnnotations(resources, pairs, createProv, specs2 = DEFAULT_TRANSFORMER_CONFIG.commonAnnotations) {
  if (pairs.length === 0) return;
  for (const r of resources) {
    for (const spec of specsOf(specs2, r)) {
      walkSpec(
        r.root,
        spec.path,
        spec.create === true,
        createProv,
        (holder, key) => setPairs(holder, key, pairs, spec.create === true, createProv)
      );
    }
  }
}
function splitImage(image) {
  let name = image;
  let digest = "";
  const at2 = name.indexOf("@");
  if (at2 >= 0) {
    digest = name.slice(at2 + 1);
    name = name.slice(0, at2);
  }
  let tag = "";
  const lastSlash = name.lastIndexOf("/");
  const colon = name.lastIndexOf(":");
  if (colon > lastSlash) {
    tag = name.slice(colon + 1);
    name = name.slice(0, colon);
  }
  return { name, tag, digest };
}
function rewriteImage(value, rule) {
  const { name, tag, digest } = splitImage(value);
  if (name !== rule.name) return void 0;
  const newName = rule.newName ?? name;
  if (rule.digest) return rule.newTag !== void 0 ? `${newName}:${rule.newTag}@${rule.digest}` : `${newName}@${rule.digest}`;
  if (rule.newTag !== void 0) return `${newName}:${rule.newTag}`;
  if (digest) return `${newName}${tag ? `:${tag}` : ""}@${digest}`;
  return tag ? `${newName}:${tag}` : newName;
}
function imageFieldVisitor(rules) {
  return (holder, key) => {
    const cur = holder.v.get(key);
    if (cur?.t !== "s" || typeof cur.v !== "string") return;
    let value = cur.v;
    let p;
    for (const rule of rules) {
      const next = rewriteImage(value, rule);
      if (next !== void 0) {
        value = next;
        p = rule.p;
      }
    }
    if (p) holder.v.set(key, { t: "s", v: value, p });
  };
}
function walkContainerLists(node, visit2) {
  if (node.t === "a") {
    for (const it of node.v) walkContainerLists(it, visit2);
    return;
  }
  if (node.t !== "m") return;
  for (const [k2, v] of node.v) {
    if ((k2 === "containers" || k2 === "initContainers") && v.t === "a") {
      for (const c of v.v) if (c.t === "m") visit2(c, "image");
    } else if (v.t !== "s") walkContainerLists(v, visit2);
  }
}
function applyImages(resources, rules, specs2 = DEFAULT_TRANSFORMER_CONFIG.images) {
  if (rules.length === 0) return;
  const visit2 = imageFieldVisitor(rules);
  for (const r of resources) {
    walkContainerLists(r.root, visit2);
    for (const spec of specsOf(specs2, r)) {
      if (/containers\[\]\/image$/i.test(spec.path) || /initContainers\[\]\/image$/.test(spec.path)) continue;
      walkSpec(r.root, spec.path, false, r.root.p, visit2);
    }
  }
}
function applyReplicas(resources, name, count, p, fail, replicaSpecs = DEFAULT_TRANSFORMER_CONFIG.replicas) {
  let found = false;
  for (const r of resources) {
    if (!r.names.includes(name)) continue;
    const specs2 = specsOf(replicaSpecs, r);
    if (specs2.length > 0) found = true;
    for (const spec of specs2) {
      walkSpec(r.root, spec.path, spec.create === true, p, (holder, key) => {
        if (holder.v.has(key) || spec.create) holder.v.set(key, { t: "s", v: count, p });
      });
    }
  }
  if (!found && resources.some((r) => r.names.includes(name))) {
    const kinds = [...new Set(replicaSpecs.map((s) => s.kind ?? "any kind"))].join(", ");
    throw fail(`replicas: no ${kinds} is named ${name}; kustomize rejects replicas for other kinds`);
  }
}
function fixNameReferences(resources, fail, config = DEFAULT_TRANSFORMER_CONFIG) {
  if (!resources.some((r) => r.prevIds.length > 0)) {
    for (const r of resources) if (gvkOf(r).kind === "RoleBinding") visibleTo(r, [], fail);
    return;
  }
  for (const referrer of resources) {
    const g = gvkOf(referrer);
    const orgKind = referrer.prevIds[0]?.kind ?? g.kind;
    let visible;
    for (const ref of config.nameReference) {
      for (const spec of ref.fieldSpecs) {
        if (!gvkMatches(spec, orgKind, g.group, g.version)) continue;
        visible ??= visibleTo(referrer, resources, fail);
        const sel = { referrer, target: ref, path: spec.path, fail };
        walkSpec(referrer.root, spec.path, false, referrer.root.p, (holder, key) => {
          const cur = holder.v.get(key);
          if (!cur) return;
          if (cur.t === "s" && typeof cur.v === "string") {
            const t = selectReferral(sel, cur.v, visible, false);
            if (t && nameOf(t) !== cur.v) holder.v.set(key, { t: "s", v: nameOf(t), p: cur.p });
          } else if (cur.t === "a") {
            cur.v = cur.v.map((item) => {
              if (item.t === "s" && typeof item.v === "string") {
                const t = selectReferral(sel, item.v, visible, false);
                return t && nameOf(t) !== item.v ? { t: "s", v: nameOf(t), p: item.p } : item;
              }
              if (item.t === "m") setMapping(sel, item, visible);
              return item;
            });
          } else if (cur.t === "m") {
            setMapping(sel, cur, visible);
          }
        });
      }
    }
  }
}
function visibleTo(referrer, resources, fail) {
  if (isClusterScoped2(referrer)) return resources;
  const ns = effectiveNamespace(referrer);
  const g = gvkOf(referrer);
  const subjectNamespaces = /* @__PURE__ */ new Set();
  if (g.kind === "RoleBinding") {
    const subjects = referrer.root.v.get("subjects");
    if (subjects?.t === "a") {
      for (const s of subjects.v) {
        if (s.t !== "m" || !s.v.has("namespace") || str(s.v.get("kind")) !== "ServiceAccount") continue;
        const n = s.v.get("namespace");
        if (n.t === "s" && typeof n.v === "string") subjectNamespaces.add(n.v);
        else throw fail(referrer, `Invalid Input: namespace is blank for a ServiceAccount subject of RoleBinding ${nameOf(referrer)} (kustomize rejects it): give it a namespace or remove the key`);
      }
    }
  }
  return resources.filter((t) => isClusterScoped2(t) || effectiveNamespace(t) === ns || subjectNamespaces.has(namespaceOf(t)));
}
function setMapping(sel, obj, visible) {
  const n = obj.v.get("name");
  if (n?.t !== "s" || typeof n.v !== "string") return;
  const nsNode = obj.v.get("namespace");
  let candidates = visible;
  if (nsNode?.t === "s" && nsNode.v !== null) {
    const ns = String(nsNode.v);
    const byOriginal = visible.filter((r) => (r.prevIds[0] ? r.prevIds[0].namespace : namespaceOf(r)) === ns);
    candidates = byOriginal.length > 0 ? byOriginal : visible.filter((r) => namespaceOf(r) === ns);
  }
  const t = selectReferral(sel, n.v, candidates, true);
  if (!t) return;
  const name = nameOf(t);
  const namespace = namespaceOf(t);
  if (name === n.v && namespace === "") return;
  if (name !== n.v) obj.v.set("name", { t: "s", v: name, p: n.p });
  if (namespace === "" || nsNode?.t === "s" && nsNode.v === namespace) return;
  const source = metaOf(t)?.v.get("namespace");
  obj.v.set("namespace", { t: "s", v: namespace, p: source?.p ?? nsNode?.p ?? n.p });
}
function selectReferral(sel, oldName, candidates, mapping) {
  const { referrer, target } = sel;
  let c = candidates.filter(
    (r) => r.prevIds.some((id) => id.name === oldName) && r.prevIds.some((id) => gvkMatches(target, id.kind, gvkOf(r).group, gvkOf(r).version))
  );
  if (c.length === 0) return void 0;
  if (sel.path.endsWith("roleRef/name")) {
    const roleRef = referrer.root.v.get("roleRef");
    const kind = roleRef?.t === "m" ? roleRef.v.get("kind") : void 0;
    const group = roleRef?.t === "m" ? roleRef.v.get("apiGroup") : void 0;
    if (kind?.t === "s" && group?.t === "s") {
      c = c.filter((r) => r.prevIds.some((id) => id.kind === String(kind.v) && gvkOf(r).group === String(group.v ?? "")));
    }
  }
  if (!isClusterScoped2(referrer)) {
    const ns = effectiveNamespace(referrer);
    c = c.filter((r) => isClusterScoped2(r) || gvkOf(r).kind === "ServiceAccount" || effectiveNamespace(r) === ns);
  }
  if (c.length === 1) return c[0];
  c = c.filter((r) => sameAffixes(r, referrer, true));
  if (c.length > 1) c = c.filter((r) => sameAffixes(r, referrer, false));
  if (c.length <= 1) return c[0];
  const first = c[0];
  if (c.every((r) => nameOf(r) === nameOf(first) && (!mapping || namespaceOf(r) === namespaceOf(first)))) return first;
  throw sel.fail(
    referrer,
    `found multiple possible referrals for ${target.kind} '${oldName}' in ${sel.path} of ${gvkOf(referrer).kind} ${nameOf(referrer)}: ${c.map((r) => `${gvkOf(r).kind} ${namespaceOf(r) ? `${namespaceOf(r)}/` : ""}${nameOf(r)}`).join(", ")} (kustomize rejects this too)`
  );
}
function sameAffixes(a, b, allowEmpty) {
  if (allowEmpty) {
    return (a.prefixes.length === 0 || b.prefixes.length === 0 || sameEnding(a.prefixes, b.prefixes)) && (a.suffixes.length === 0 || b.suffixes.length === 0 || sameEnding(a.suffixes, b.suffixes));
  }
  return sameEnding(a.prefixes, b.prefixes) && sameEnding(a.suffixes, b.suffixes);
}
function sameEnding(x, y) {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  const diff = long.length - short.length;
  if (short.length === 0) return diff === 0;
  return short.every((v, i) => long[i + diff] === v);
}

// src/render/vars.ts
function collectVars(node, existing, fail, resources) {
  if (node.t === "s" && node.v === null) return [];
  if (node.t !== "a") throw fail(node.p, "`vars` must be a list");
  const out = [];
  for (const v of node.v) {
    if (v.t !== "m") throw fail(v.p, "a var must be a mapping");
    const name = str(v.v.get("name"));
    const objref = v.v.get("objref");
    if (!name || !objref || objref.t !== "m") throw fail(v.p, "a var needs `name` and `objref`");
    if ([...existing, ...out].some((e) => e.name === name)) throw fail(v.p, `var '${name}' already encountered`);
    const fieldref = v.v.get("fieldref");
    const fieldPath = (fieldref?.t === "m" ? str(fieldref.v.get("fieldpath")) : void 0) ?? "metadata.name";
    const def = {
      name,
      kind: str(objref.v.get("kind")) ?? "",
      objName: str(objref.v.get("name")) ?? "",
      fieldPath,
      p: v.p
    };
    const apiVersion = str(objref.v.get("apiVersion"));
    if (apiVersion) def.apiVersion = apiVersion;
    const ns = str(objref.v.get("namespace"));
    if (ns) def.namespace = ns;
    const matched = resources.filter((r) => varMatches(def, r));
    if (matched.length > 1) throw fail(v.p, `found ${matched.length} resId matches for var '${name}' (unable to disambiguate)`);
    if (matched[0]) def.target = matched[0];
    out.push(def);
  }
  return out;
}
function varMatches(v, r) {
  const { group, version } = splitApiVersion(v.apiVersion ?? "");
  const g = gvkOf(r);
  if (v.apiVersion && (g.group !== group || version && g.version !== version)) return false;
  const ids = [...r.prevIds, { kind: g.kind, name: nameOf(r), namespace: namespaceOf(r) }];
  const norm = (ns) => ns === "" ? "default" : ns;
  return ids.some(
    (id) => id.kind === v.kind && id.name === v.objName && (!v.namespace || norm(id.namespace) === norm(v.namespace) || r.namespaces.includes(v.namespace))
  ) || g.kind === v.kind && r.names.includes(v.objName) && (!v.namespace || r.namespaces.includes(v.namespace));
}
var VAR_RE = /\$\(([A-Za-z0-9_.-]+)\)/g;
function resolveVars(resources, vars, fail, config = DEFAULT_TRANSFORMER_CONFIG) {
  if (vars.length === 0) return;
  const values = /* @__PURE__ */ new Map();
  for (const v of vars) {
    if (!v.target || !resources.includes(v.target)) {
      const msg = `var '${v.name}' cannot be mapped to a field in the set of known resources`;
      if (fail) throw fail(v.p, msg);
      throw new Error(msg);
    }
    const found = lookupAll(v.target.root, parseFieldPath2(v.fieldPath));
    if (found.length === 0 || found[0].t !== "s") {
      const msg = `var '${v.name}': field ${v.fieldPath} not found (or not a scalar) in ${v.kind} ${v.objName}`;
      if (fail) throw fail(v.p, msg);
      throw new Error(msg);
    }
    values.set(v.name, found[0]);
  }
  const replaceIn = (node) => {
    if (node.t !== "s" || typeof node.v !== "string" || !node.v.includes("$(")) return node;
    const whole = /^\$\(([A-Za-z0-9_.-]+)\)$/.exec(node.v);
    if (whole) {
      const val = values.get(whole[1]);
      if (val && val.t === "s") return { t: "s", v: val.v, p: val.p };
    }
    const replaced = node.v.replace(VAR_RE, (m, name) => {
      const val = values.get(name);
      return val && val.t === "s" ? String(val.v) : m;
    });
    return replaced === node.v ? node : { t: "s", v: replaced, p: node.p };
  };
  for (const r of resources) {
    const g = gvkOf(r);
    for (const spec of config.varReference) {
      if (!gvkMatches(spec, g.kind, g.group, g.version)) continue;
      walkSpec(r.root, spec.path, false, r.root.p, (holder, key) => {
        const cur = holder.v.get(key);
        if (!cur) return;
        if (cur.t === "a") cur.v = cur.v.map(replaceIn);
        else if (cur.t === "m") for (const [k2, v] of cur.v) cur.v.set(k2, replaceIn(v));
        else holder.v.set(key, replaceIn(cur));
      });
    }
  }
}

// src/render/build.ts
function configuredBy(c) {
  return { apiVersion: "builtin", kind: c.kind, ...c.name ? { name: c.name } : {}, ...c.namespace ? { namespace: c.namespace } : {} };
}
function pathSplit(p) {
  const out = [];
  let cur = p;
  while (cur !== "") {
    const i = cur.lastIndexOf("/");
    const dir = cur.slice(0, i + 1);
    const file = cur.slice(i + 1);
    if (dir === "/") {
      out.push(...file === "" ? [""] : [file, ""]);
      break;
    }
    out.push(file);
    cur = dir.endsWith("/") ? dir.slice(0, -1) : dir;
  }
  return out.reverse();
}
function insertPathPart(p, pos, part) {
  if (part === "") return p;
  const parts = pathSplit(p);
  let at2 = Math.min(Math.max(pos, 0), parts.length);
  if (parts.length > 0 && parts[0] === "" && at2 < parts.length) at2++;
  const all = [...parts.slice(0, at2), part, ...parts.slice(at2)];
  const clean = (xs) => {
    const joined = xs.filter((x) => x !== "").join("/");
    if (joined === "") return "";
    const n = path4.posix.normalize(joined);
    return n.length > 1 && n.endsWith("/") ? n.slice(0, -1) : n;
  };
  return all[0] === "" ? `/${clean(all.slice(1))}` : clean(all);
}
var inlineSources = /* @__PURE__ */ new WeakSet();
var LOCAL_CONFIG_ANNOTATION = "config.kubernetes.io/local-config";
var KUSTOMIZATION_FILES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
var UnsupportedFeature = class extends RenderError {
  constructor(message, where2) {
    super(message, where2);
    this.name = "UnsupportedFeature";
  }
};
var UNSUPPORTED_FIELDS = [
  "helmCharts",
  "helmChartInflationGenerator",
  "helmGlobals",
  "validators",
  "openapi"
];
var KNOWN_FIELDS = /* @__PURE__ */ new Set([
  "apiVersion",
  "kind",
  "metadata",
  "resources",
  "bases",
  "components",
  "patches",
  "patchesStrategicMerge",
  "patchesJson6902",
  "namespace",
  "namePrefix",
  "nameSuffix",
  "commonLabels",
  "labels",
  "commonAnnotations",
  "images",
  "replicas",
  "configMapGenerator",
  "secretGenerator",
  "generatorOptions",
  "replacements",
  "vars",
  "buildMetadata",
  "sortOptions",
  "configurations",
  "crds",
  "generators",
  "transformers",
  ...UNSUPPORTED_FIELDS
]);
var NESTED_FIELDS = /* @__PURE__ */ new Set([
  "name",
  "namespace",
  "kind",
  "group",
  "version",
  "apiVersion",
  "objref",
  "fieldref",
  "fieldPath",
  "fieldPaths",
  "path",
  "patch",
  "target",
  "options",
  "allowNameChange",
  "allowKindChange",
  "labelSelector",
  "annotationSelector",
  "newName",
  "newTag",
  "digest",
  "tagSuffix",
  "count",
  "behavior",
  "files",
  "literals",
  "envs",
  "env",
  "type",
  "labels",
  "annotations",
  "disableNameSuffixHash",
  "immutable",
  "pairs",
  "includeSelectors",
  "includeTemplates",
  "fields",
  "create",
  "source",
  "targets",
  "select",
  "reject",
  "delimiter",
  "index",
  "order",
  "legacySortOptions",
  "orderFirst",
  "orderLast"
]);
var FIELDREF = /* @__PURE__ */ new Set(["fieldpath"]);
var DATA_FIELDS = /* @__PURE__ */ new Set(["commonLabels", "commonAnnotations", "labels", "annotations", "pairs", "metadata", "patch", "literals"]);
function canonicalKeys(node, known, depth) {
  if (depth > 6) return;
  if (node.t === "a") {
    for (const item of node.v) canonicalKeys(item, NESTED_FIELDS, depth + 1);
    return;
  }
  if (node.t !== "m") return;
  const lower = new Map([...known].map((k2) => [k2.toLowerCase(), k2]));
  const entries = [...node.v];
  node.v.clear();
  for (const [key, value] of entries) {
    const canonical = known.has(key) ? key : lower.get(key.toLowerCase()) ?? key;
    node.v.delete(canonical);
    node.v.set(canonical, value);
    if (!DATA_FIELDS.has(canonical)) canonicalKeys(value, canonical === "fieldref" ? FIELDREF : NESTED_FIELDS, depth + 1);
  }
}
var canonicalized = /* @__PURE__ */ new WeakSet();
var Builder = class {
  constructor(cache, opts) {
    this.cache = cache;
    this.opts = opts;
  }
  cache;
  opts;
  inputs = /* @__PURE__ */ new Set();
  /** Non-fatal findings (a patch target that matches nothing: kustomize ignores it, we say so). */
  warnings = [];
  /** What a partial render (skipUnsupported) left out. */
  skipped = [];
  /** Real roots being loaded (kustomize's referrer chain), for cycle detection. */
  stack = [];
  /** The top kustomization's directory, and its `buildMetadata` (kustomize applies the top's to every base). */
  topDir;
  tracking = /* @__PURE__ */ new Set();
  // --- errors ---
  at(p, msg) {
    const o = materialize(p);
    return new RenderError(`${o.file}:${o.line}:${o.column}: ${msg}`, { file: o.file, line: o.line, column: o.column });
  }
  // --- loading ---
  findKustomizationFile(dir) {
    const found = KUSTOMIZATION_FILES.map((f) => path4.join(dir, f)).filter((f) => this.cache.kind(f) === "file");
    if (found.length > 1) {
      throw new RenderError(
        `${dir}: found multiple kustomization files (${found.map((f) => path4.basename(f)).join(", ")}); kustomize requires exactly one`,
        { file: found[0] }
      );
    }
    return found[0];
  }
  /** Apply the restrictor; a refusal becomes a RenderError at `p` (or naming `file` when there is no line). */
  restricted(p, file, check) {
    try {
      return check();
    } catch (e) {
      if (!(e instanceof RestrictionError)) throw e;
      throw p ? this.at(p, e.message) : new RenderError(`${file}: ${e.message}`, { file });
    }
  }
  loadKustomization(root, from) {
    const dir = root.shown;
    const found = this.findKustomizationFile(dir);
    if (!found) {
      const msg = `unable to find one of 'kustomization.yaml', 'kustomization.yml' or 'Kustomization' in directory '${dir}'`;
      throw from ? this.at(from, msg) : new RenderError(msg, { file: dir });
    }
    const file = this.restricted(from, found, () => this.opts.restrictor.file(root.real, path4.basename(found)))?.shown ?? found;
    this.inputs.add(file);
    const parsed = this.cache.parseFile(file, "kustomization");
    const first = parsed.docs.find((d) => d.root !== null);
    const kroot = first?.root && first.root.t === "m" ? first.root : {
      t: "m",
      v: /* @__PURE__ */ new Map(),
      p: { doc: { file, docIndex: 0, linePos: () => ({ line: 1, col: 1 }) }, start: 0, end: 0, yamlPath: [], via: "kustomization" }
    };
    if (first?.root && first.root.t !== "m") throw this.at(first.root.p, "a kustomization must be a YAML mapping");
    if (!canonicalized.has(kroot)) {
      canonicalKeys(kroot, KNOWN_FIELDS, 0);
      canonicalized.add(kroot);
    }
    for (const [key, value] of kroot.v) {
      if (UNSUPPORTED_FIELDS.includes(key)) {
        const isEmpty = value.t === "a" && value.v.length === 0 || value.t === "s" && value.v === null;
        if (!isEmpty && this.opts.skipUnsupported) {
          this.skip(key, value);
        } else if (!isEmpty) {
          const o = materialize(value.p);
          throw new UnsupportedFeature(`${file}:${o.line}: \`${key}\` is not supported by pgwarden's renderer`, {
            file,
            line: o.line,
            column: o.column
          });
        }
      } else if (!KNOWN_FIELDS.has(key)) {
        throw this.at(value.p, `invalid Kustomization: json: unknown field "${key}"`);
      }
    }
    const sortOptions = kroot.v.get("sortOptions");
    if (sortOptions?.t === "m") {
      const order = str(sortOptions.v.get("order"));
      if (order !== "fifo" && order !== "legacy") throw this.at(sortOptions.p, "the field 'sortOptions.order' must be one of [fifo, legacy]");
      const legacy = sortOptions.v.get("legacySortOptions");
      if (order === "fifo" && legacy && !(legacy.t === "s" && legacy.v === null)) {
        throw this.at(legacy.p, "the field 'sortOptions.legacySortOptions' is set but the selected sort order is 'fifo', not 'legacy'");
      }
    }
    return { dir, real: root.real, file, root: kroot, kind: str(kroot.v.get("kind")) ?? "Kustomization" };
  }
  /** Record what a partial render leaves out: each entry of a list field (a chart, a function config), or the field. */
  skip(field2, value) {
    const entries = value.t === "a" ? value.v : [value];
    for (const entry of entries) {
      const o = materialize(entry.p);
      let what = `\`${field2}\``;
      if (field2 === "helmCharts" && entry.t === "m") what = `helm chart ${str(entry.v.get("name")) ?? "(unnamed)"}`;
      else if (field2 === "helmChartInflationGenerator" && entry.t === "m") what = `helm chart ${str(entry.v.get("chartName")) ?? "(unnamed)"}`;
      else if (["generators", "transformers", "validators"].includes(field2)) {
        what = `${field2.replace(/s$/, "")} ${str(entry) ?? "inline config"} (KRM function or plugin)`;
      }
      this.skipped.push({ what, file: o.file, line: o.line, column: o.column });
    }
  }
  /**
   * A file a kustomization names, through the load restrictor (symlinks resolved first). Returns the path to
   * read and show; a path that does not exist comes back as the lexical join, for the caller's own message.
   */
  resolvePath(k2, rel, p) {
    const r = this.restricted(p, k2.file, () => this.opts.restrictor.file(k2.real, rel));
    return r?.shown ?? path4.resolve(k2.dir, rel);
  }
  list(k2, field2) {
    const v = k2.root.v.get(field2);
    if (!v || v.t === "s" && v.v === null) return [];
    if (v.t !== "a") throw this.at(v.p, `\`${field2}\` must be a list`);
    return v.v;
  }
  /** Build a kustomization directory into a fresh accumulator. */
  buildDir(root, from, allowComponent = false) {
    const k2 = this.loadKustomization(root, from);
    if (k2.kind === "Component" && !allowComponent) {
      const msg = `expected kind != 'Component' for path '${k2.dir}'; a Component belongs under \`components:\``;
      throw from ? this.at(from, msg) : new RenderError(`${k2.file}: ${msg}`, { file: k2.file });
    }
    this.stack.push(k2.real);
    try {
      const acc = { resources: [], vars: [], config: EMPTY_TRANSFORMER_CONFIG };
      this.accumulate(k2, acc, true);
      return acc;
    } finally {
      this.stack.pop();
    }
  }
  /** The top-level build: accumulate, then hash generated names, fix name references, resolve vars. */
  buildTop(dir) {
    const root = this.restricted(void 0, dir, () => this.opts.restrictor.topRoot(dir));
    if (!root) throw new RenderError(`${path4.resolve(dir)}: no such directory`, { file: path4.resolve(dir) });
    const k2 = this.loadKustomization(root);
    this.topDir = k2.dir;
    const bm = k2.root.v.get("buildMetadata");
    this.tracking = new Set(bm?.t === "a" ? bm.v.map((x) => str(x) ?? "") : []);
    this.stack.push(k2.real);
    let acc;
    try {
      acc = { resources: [], vars: [], config: EMPTY_TRANSFORMER_CONFIG };
      this.accumulate(k2, acc, true);
    } finally {
      this.stack.pop();
    }
    for (const r of acc.resources) {
      if (r.needsHash) {
        const json = toJSON(r.root);
        storePreviousId(r);
        setName(r, hashedName(json));
      }
    }
    fixNameReferences(acc.resources, (r, msg) => this.at(r.root.p, msg), acc.config);
    resolveVars(acc.resources, acc.vars, (p, m) => this.at(p, m), acc.config);
    acc.resources = acc.resources.filter((r) => {
      const ann = metaOf(r)?.v.get("annotations");
      const local = ann?.t === "m" ? ann.v.get(LOCAL_CONFIG_ANNOTATION) : void 0;
      return local === void 0 || local.t === "s" && String(local.v) === "false";
    });
    this.originAnnotations(k2, acc.resources);
    for (const r of acc.resources) {
      const meta = metaOf(r);
      const ann = meta?.v.get("annotations");
      if (ann && (ann.t === "m" && ann.v.size === 0 || ann.t === "s" && ann.v === null)) meta.v.delete("annotations");
      if (ann?.t === "m") {
        for (const [key, v] of ann.v) {
          if (v.t === "s" && (typeof v.v === "number" || typeof v.v === "boolean")) ann.v.set(key, { ...v, v: String(v.v) });
        }
      }
    }
    return acc.resources;
  }
  /**
   * `buildMetadata` on the top kustomization: with `originAnnotations` every object says where it came from, relative
   * to that kustomization (api/resource/origin.go): `path:` of its file, or for a generated object the kustomization
   * that configured it and the built-in generator; with `transformerAnnotations`, which transformers ran over it.
   * What it does not ask for is removed.
   */
  originAnnotations(k2, resources) {
    const bm = k2.root.v.get("buildMetadata");
    const withOrigin = this.tracking.has("originAnnotations");
    const withTransformations = this.tracking.has("transformerAnnotations");
    for (const r of resources) {
      const existing = metaOf(r)?.v.get("annotations");
      const written = existing?.t === "m" ? existing : void 0;
      if (!withOrigin) written?.v.delete(ORIGIN_ANNOTATION);
      if (!withTransformations) written?.v.delete(TRANSFORMATIONS_ANNOTATION);
      if (!bm || !withOrigin && !withTransformations) continue;
      const annotations = [];
      if (withOrigin) {
        const rel = this.relativeToTop(r.file);
        const kind = gvkOf(r).kind;
        const origin = r.generated ? { configuredIn: rel, configuredBy: r.generatedBy ?? { apiVersion: "builtin", kind: `${kind}Generator` } } : { path: rel };
        annotations.push([ORIGIN_ANNOTATION, originText(origin)]);
      }
      if (withTransformations && r.transformations?.length) {
        const before = readTransformations(str(written?.v.get(TRANSFORMATIONS_ANNOTATION)));
        annotations.push([TRANSFORMATIONS_ANNOTATION, transformationsText([...before, ...r.transformations])]);
      }
      if (annotations.length === 0) continue;
      let meta = metaOf(r);
      if (!meta) {
        meta = { t: "m", v: /* @__PURE__ */ new Map(), p: bm.p };
        r.root.v.set("metadata", meta);
      }
      let ann = meta.v.get("annotations");
      if (ann?.t !== "m") {
        ann = { t: "m", v: /* @__PURE__ */ new Map(), p: bm.p };
        meta.v.set("annotations", ann);
      }
      for (const [key, text] of annotations) ann.v.set(key, { t: "s", v: text, p: bm.p });
    }
  }
  addResource(acc, r, at2) {
    this.addResources(acc, [r], at2);
  }
  /** Append, rejecting an id that is already there (ids are current ones: they change as transformers run). */
  addResources(acc, list, at2) {
    const ids = new Set(acc.resources.map(idKey));
    for (const r of list) {
      const key = idKey(r);
      if (ids.has(key)) throw this.at(at2, `may not add resource with an already registered id: ${idString(r)}`);
      ids.add(key);
      acc.resources.push(r);
    }
  }
  accumulate(k2, acc, withComponents) {
    const isComponent = k2.kind === "Component";
    for (const entry of [...this.list(k2, "resources"), ...this.list(k2, "bases")]) {
      const rel = str(entry);
      if (rel === void 0) throw this.at(entry.p, "a `resources` entry must be a string");
      if (/^(https?:\/\/|git@|ssh:\/\/|git::)/.test(rel) || /^github\.com\//.test(rel) || rel.includes("?ref=")) {
        const o = materialize(entry.p);
        if (this.opts.skipUnsupported) {
          this.skipped.push({ what: `remote resource ${rel}`, file: o.file, line: o.line, column: o.column });
          continue;
        }
        throw new UnsupportedFeature(`${k2.file}:${o.line}: remote resource ${rel} is not supported by pgwarden's renderer`, {
          file: k2.file,
          line: o.line,
          column: o.column
        });
      }
      const restrictor = this.opts.restrictor;
      const resolved = this.restricted(entry.p, k2.file, () => restrictor.realpath(path4.isAbsolute(rel) ? rel : path4.join(k2.real, rel)));
      const kind = typeof resolved === "string" ? this.cache.kind(resolved) : "missing";
      if (kind === "missing") {
        throw this.at(entry.p, `accumulating resources: '${path4.resolve(k2.dir, rel)}' must resolve to a file or a directory (it does not exist)`);
      }
      if (kind === "dir") {
        const root = this.restricted(entry.p, k2.file, () => restrictor.newRoot(k2.real, rel, this.stack));
        const sub = this.buildDir(root, entry.p);
        if (isComponent) for (const r of sub.resources) r.hiddenFromGeneratorMerge = true;
        this.addResources(acc, sub.resources, entry.p);
        acc.config = this.fieldSpecs(() => mergeTransformerConfig(acc.config, sub.config), entry);
        for (const v of sub.vars) {
          if (acc.vars.some((x) => x.name === v.name)) throw this.at(entry.p, `var '${v.name}' already encountered`);
          acc.vars.push(v);
        }
      } else {
        const loaded = this.loadResourceFile(this.resolvePath(k2, rel, entry.p));
        if (isComponent) for (const r of loaded) r.hiddenFromGeneratorMerge = true;
        this.addResources(acc, loaded, entry.p);
      }
    }
    const custom = [];
    const customFiles = [];
    for (const entry of this.list(k2, "configurations")) {
      const rel = str(entry);
      if (rel === void 0) throw this.at(entry.p, "a `configurations` entry must be a path");
      const abs = this.resolvePath(k2, rel, entry.p);
      if (this.cache.kind(abs) !== "file") throw this.at(entry.p, `transformer configuration '${abs}' does not exist`);
      this.inputs.add(abs);
      customFiles.push(abs);
      const docs = this.cache.parseFile(abs, "kustomization").docs.filter((d) => d.root !== null);
      custom.push(this.fieldSpecs(() => this.cache.memoize(`tconfig\0${abs}`, () => readTransformerConfig(docs[0]?.root ? toJSON(docs[0].root) : void 0, abs)), entry));
    }
    const configAt = k2.root.v.get("configurations") ?? k2.root;
    acc.config = this.fieldSpecs(
      () => mergeTransformerConfig(
        acc.config,
        custom.length > 0 ? this.cache.memoize(`tconfigs\0${customFiles.join("\0")}`, () => customTransformerConfig(custom)) : DEFAULT_TRANSFORMER_CONFIG
      ),
      configAt
    );
    for (const entry of this.list(k2, "crds")) {
      const rel = str(entry);
      if (rel === void 0) throw this.at(entry.p, "a `crds` entry must be a path");
      const abs = this.resolvePath(k2, rel, entry.p);
      if (this.cache.kind(abs) !== "file") throw this.at(entry.p, `CRD file '${abs}' does not exist`);
      this.inputs.add(abs);
      const docs = this.cache.parseFile(abs, "kustomization").docs.filter((d) => d.root !== null);
      const tc = this.fieldSpecs(() => this.cache.memoize(`crdconfig\0${abs}`, () => readCrdConfig(docs[0]?.root ? toJSON(docs[0].root) : void 0, abs)), entry);
      acc.config = this.fieldSpecs(() => mergeTransformerConfig(acc.config, tc), entry);
    }
    const componentEntries = this.list(k2, "components").map((e) => {
      const rel = str(e);
      if (rel === void 0) throw this.at(e.p, "a `components` entry must be a string");
      return { rel, p: e.p };
    });
    if (withComponents && this.stack.length === 1) {
      for (const extra of this.opts.extraComponents) {
        componentEntries.push({ rel: path4.isAbsolute(extra) ? path4.relative(k2.dir, extra) : extra, p: k2.root.p });
      }
    }
    for (const c of componentEntries) {
      const root = this.restricted(c.p, k2.file, () => this.opts.restrictor.newRoot(k2.real, c.rel, this.stack));
      if (!root || this.cache.kind(root.real) !== "dir") throw this.at(c.p, `component '${path4.resolve(k2.dir, c.rel)}' must be a directory`);
      const comp = this.loadKustomization(root, c.p);
      if (comp.kind !== "Component") {
        throw this.at(c.p, `expected kind 'Component' for path '${comp.dir}' but got '${comp.kind}'`);
      }
      this.stack.push(comp.real);
      try {
        this.accumulate(comp, acc, false);
      } finally {
        this.stack.pop();
      }
    }
    this.runGenerators(k2, acc);
    this.runTransformers(k2, acc);
    const varsNode = k2.root.v.get("vars");
    if (varsNode) acc.vars.push(...collectVars(varsNode, acc.vars, (p, m) => this.at(p, m), acc.resources));
  }
  loadResourceFile(file) {
    this.inputs.add(file);
    const parsed = this.cache.parseFile(file, "resource");
    const out = [];
    for (const d of parsed.docs) {
      if (!d.root) continue;
      const root = clone(d.root);
      if (root.t === "m") {
        const kind = str(root.v.get("kind"));
        const items2 = root.v.get("items");
        if (kind?.endsWith("List") && items2 && items2.t === "a") {
          for (const it of items2.v) out.push(newResource(it, file));
          continue;
        }
      }
      out.push(newResource(root, file));
    }
    return out;
  }
  // --- generators ---
  runGenerators(k2, acc) {
    if (k2.root.v.has("configMapGenerator") || k2.root.v.has("secretGenerator")) {
      const json = toJSON(k2.root);
      this.absorbGenerated(k2, acc, json, k2.root, json.generatorOptions);
    }
    for (const c of this.pluginConfigs(k2, "generators")) {
      if (c.kind === "IAMPolicyGenerator") {
        this.iamPolicyGenerator(acc, c);
        continue;
      }
      const field2 = c.kind === "ConfigMapGenerator" ? "configMapGenerator" : c.kind === "SecretGenerator" ? "secretGenerator" : void 0;
      if (!field2) throw this.unsupportedPlugin(c, "generator");
      const args = toJSON(c.node);
      const meta = args.metadata ?? {};
      delete args.apiVersion;
      delete args.kind;
      delete args.metadata;
      if (!args.name && typeof meta.name === "string") args.name = meta.name;
      if (!args.namespace && typeof meta.namespace === "string") args.namespace = meta.namespace;
      for (const key of Object.keys(args)) if (!ENTRY_FIELDS[field2].has(key)) delete args[key];
      const options2 = args.options;
      if (options2 && typeof options2 === "object" && !Array.isArray(options2)) {
        for (const key of Object.keys(options2)) if (!OPTION_FIELDS.has(key)) delete options2[key];
      }
      const holder = { t: "m", v: /* @__PURE__ */ new Map([[field2, { t: "a", v: [c.node], p: c.node.p }]]), p: c.node.p };
      const by = configuredBy(c);
      this.absorbGenerated(k2, acc, { [field2]: [args] }, holder, void 0, { file: c.file, by });
    }
  }
  /**
   * ValueAddTransformer (builtins/ValueAddTransformer.go, filters/valueadd/valueadd.go, v5.5.0): `value` (by default
   * the kustomization directory's name) written at each target's fieldPath, created as maps where missing; at
   * `metadata/namespace` through the namespace filter; with `filePathPosition` N > 0, inserted as the N-th part of
   * the file path already there.
   */
  valueAdd(k2, res, c) {
    const node = c.node;
    const valueNode = node.v.get("value");
    const value = (this.typedString(valueNode, "ValueAddTransformer.value") ?? "").trim() || path4.basename(k2.real);
    const targets = [];
    const list = node.v.get("targets");
    if (list?.t === "a") targets.push(...list.v);
    const file = this.typedString(node.v.get("targetFilePath"), "ValueAddTransformer.targetFilePath");
    if (file) {
      const abs = this.resolvePath(k2, file, node.p);
      if (this.cache.kind(abs) !== "file") throw this.at(node.p, `ValueAddTransformer targetFilePath '${abs}' does not exist`);
      this.inputs.add(abs);
      const doc = this.cache.parseFile(abs, "kustomization").docs.find((d) => d.root !== null)?.root ?? void 0;
      const more = child(doc, "targets");
      if (more?.t === "a") targets.push(...more.v);
    }
    if (targets.length === 0) throw this.at(node.p, "ValueAddTransformer: must specify at least one target");
    const read = targets.map((t) => {
      const fieldPath = this.typedString(child(t, "fieldPath"), "ValueAddTransformer.targets.fieldPath") ?? "";
      if (fieldPath === "") throw this.at(t.p, "ValueAddTransformer: fieldPath cannot be empty");
      const posNode = child(t, "filePathPosition");
      const position = posNode?.t === "s" && typeof posNode.v === "number" ? posNode.v : 0;
      if (position < 0) throw this.at(t.p, `value of FilePathPosition (${position}) cannot be negative`);
      return { t, fieldPath, position, selector: readSelector(child(t, "selector")) };
    });
    const p = valueNode?.p ?? node.p;
    for (const { t, fieldPath, position, selector } of read) {
      const selected = selector ? this.select(res, selector, t.p) : res;
      if (fieldPath === "metadata/namespace") {
        applyNamespace(selected, value, p, [], { storePrevious: false });
        continue;
      }
      const fields = [];
      for (const part of fieldPath.split("/")) {
        const last = fields.at(-1);
        if (last?.endsWith("\\")) fields[fields.length - 1] = `${last.slice(0, -1)}/${part}`;
        else fields.push(part);
      }
      for (const r of selected) {
        let holder = r.root;
        for (const field2 of fields.slice(0, -1)) {
          let next = holder.v.get(field2);
          if (!next || next.t === "s" && next.v === null) {
            next = { t: "m", v: /* @__PURE__ */ new Map(), p };
            holder.v.set(field2, next);
          }
          if (next.t !== "m") throw this.at(t.p, `ValueAddTransformer: ${fieldPath} of ${idString(r)} goes through a ${next.t === "a" ? "list" : "scalar"}`);
          holder = next;
        }
        const key = fields.at(-1);
        const cur = holder.v.get(key);
        if (cur && cur.t !== "s") throw this.at(t.p, `ValueAddTransformer: ${fieldPath} of ${idString(r)} is not a scalar`);
        const old = cur && cur.v !== null ? String(cur.v) : "";
        holder.v.set(key, { t: "s", v: position > 0 ? insertPathPart(old, position - 1, value) : value, p });
      }
    }
  }
  /**
   * IAMPolicyGenerator (api/filters/iampolicygenerator/iampolicygenerator.go): for `cloud: gke`, a ServiceAccount
   * bound to a Google service account by the `iam.gke.io/gcp-service-account` annotation.
   */
  iamPolicyGenerator(acc, c) {
    const node = c.node;
    const at2 = (key, sub) => sub ? child(node.v.get(key), sub) : node.v.get(key);
    const text = (key, sub) => this.typedString(at2(key, sub), `IAMPolicyGenerator.${sub ? `${key}.${sub}` : key}`) ?? "";
    const cloud = text("cloud");
    if (cloud !== "gke") throw this.at((at2("cloud") ?? node).p, `cloud provider ${cloud} not supported yet`);
    const prov = (key, sub) => withViaGen(at2(key, sub)?.p ?? node.p);
    const scalar2 = (v, p) => ({ t: "s", v, p });
    const meta = {
      t: "m",
      v: /* @__PURE__ */ new Map([
        [
          "annotations",
          {
            t: "m",
            v: /* @__PURE__ */ new Map([
              ["iam.gke.io/gcp-service-account", scalar2(`${text("serviceAccount", "name")}@${text("serviceAccount", "projectId")}.iam.gserviceaccount.com`, prov("serviceAccount", "name"))]
            ]),
            p: prov("serviceAccount")
          }
        ],
        ["name", scalar2(text("kubernetesService", "name"), prov("kubernetesService", "name"))]
      ]),
      p: withViaGen(node.p)
    };
    const namespace = text("kubernetesService", "namespace");
    if (namespace) meta.v.set("namespace", scalar2(namespace, prov("kubernetesService", "namespace")));
    const root = {
      t: "m",
      v: /* @__PURE__ */ new Map([
        ["apiVersion", scalar2("v1", withViaGen(node.p))],
        ["kind", scalar2("ServiceAccount", withViaGen(node.p))],
        ["metadata", meta]
      ]),
      p: withViaGen(node.p)
    };
    const r = newResource(root, c.file);
    r.generated = true;
    r.generatedBy = configuredBy(c);
    this.addResource(acc, r, c.entry.p);
  }
  /** Run kustomize's ConfigMap/Secret generators over `json`'s entries (whose nodes `holder` has) into `acc`. */
  absorbGenerated(k2, acc, json, holder, generatorOptions, plugin) {
    const ctx = {
      kustomizationFile: k2.file,
      readFile: (abs) => {
        const r = this.opts.restrictor.file(k2.real, path4.relative(k2.dir, abs));
        const file = r?.shown ?? abs;
        this.inputs.add(file);
        return this.cache.readBytes(file);
      },
      locate: (yamlPath) => {
        let cur = holder;
        for (const seg of yamlPath) cur = child(cur, String(seg));
        return cur ? materialize(cur.p) : void 0;
      },
      generatorOptions
    };
    let generated;
    try {
      generated = runGenerators(json, ctx);
    } catch (e) {
      if (e instanceof GeneratorError) {
        const where2 = { file: e.file };
        if (e.line !== void 0) where2.line = e.line;
        if (e.column !== void 0) where2.column = e.column;
        throw new RenderError(e.message, where2);
      }
      throw e;
    }
    for (const g of generated) {
      const genNode = holder.v.get(g.source.field);
      const entryNode = genNode?.t === "a" ? genNode.v[g.source.index] : void 0;
      const entryProv = withViaGen(entryNode?.p ?? k2.root.p);
      const root = fromJSON(g.object, entryProv);
      for (const [pointer, origin] of g.origins) {
        const node = nodeAt(root, pointer);
        if (node) node.p = fixedProv(origin);
      }
      const r = newResource(root, plugin?.file ?? k2.file);
      r.generated = true;
      if (plugin) r.generatedBy = plugin.by;
      r.needsHash = g.needsHashSuffix;
      if (g.behavior === "create") {
        this.addResource(acc, r, entryProv);
        continue;
      }
      const kind = gvkOf(r).kind;
      const ns = namespaceOf(r);
      const wantNs = ns === "" ? "default" : ns;
      const existing = acc.resources.find(
        (x) => !x.hiddenFromGeneratorMerge && gvkOf(x).kind === kind && x.names.includes(g.source.name) && x.namespaces.some((n) => (n === "" ? "default" : n) === wantNs)
      );
      if (!existing) {
        throw this.at(
          entryProv,
          `${g.source.field} \`${g.source.name}\` has behavior ${g.behavior} but no ${kind} named ${g.source.name} comes from a base (kustomize fails the same way)`
        );
      }
      const mergedJson = mergeGenerated(toJSON(existing.root), g.object, g.behavior);
      const merged = fromJSON(mergedJson, entryProv);
      carryProvenance(merged, existing.root, root);
      existing.root = merged;
      if (g.behavior === "replace") existing.file = k2.file;
      existing.needsHash = Boolean(existing.needsHash) && g.needsHashSuffix;
    }
  }
  // --- transformers, in kustomize's order ---
  runTransformers(k2, acc) {
    const res = acc.resources;
    const ran = (kind) => this.transformed(k2, acc, kind);
    const cfg = acc.config;
    const smPatches = this.list(k2, "patchesStrategicMerge");
    for (const entry of smPatches) {
      for (const patch of this.patchDocs(k2, entry)) this.applyStrategicPatch(res, patch, void 0, entry.p, acc);
    }
    if (smPatches.length > 0) ran("PatchStrategicMergeTransformer");
    for (const entry of this.list(k2, "patches")) {
      if (entry.t !== "m") throw this.at(entry.p, "a `patches` entry must be a mapping with `path` or `patch`");
      this.applyPatchEntry(k2, acc, entry);
      ran("PatchTransformer");
    }
    const nsNode = k2.root.v.get("namespace");
    const ns = this.typedString(nsNode, "namespace");
    if (nsNode && ns) {
      applyNamespace(res, ns, nsNode.p, cfg.namespace);
      ran("NamespaceTransformer");
    }
    const prefixNode = k2.root.v.get("namePrefix");
    const suffixNode = k2.root.v.get("nameSuffix");
    const prefix = this.typedString(prefixNode, "namePrefix") ?? "";
    const suffix = this.typedString(suffixNode, "nameSuffix") ?? "";
    if (prefix || suffix) applyPrefixSuffix(res, prefix, suffix, (prefixNode ?? suffixNode).p, cfg.namePrefix, cfg.nameSuffix);
    if (prefix) ran("PrefixTransformer");
    if (suffix) ran("SuffixTransformer");
    const commonLabels = k2.root.v.get("commonLabels");
    const labelEntries = this.list(k2, "labels");
    const commonPairs = commonLabels ? this.pairs(commonLabels, "commonLabels") : [];
    for (const entry of labelEntries) {
      if (entry.t !== "m") throw this.at(entry.p, "a `labels` entry must be a mapping");
      const pairsNode = entry.v.get("pairs");
      if (!pairsNode) continue;
      const includeSelectors = entry.v.get("includeSelectors");
      const includeTemplates = entry.v.get("includeTemplates");
      const sel = includeSelectors?.t === "s" && includeSelectors.v === true;
      const tpl = includeTemplates?.t === "s" && includeTemplates.v === true;
      const fields = entry.v.get("fields");
      const specs2 = this.fieldSpecs(() => {
        let fss = mergeFieldSpecs(readFieldSpecs(fields ? toJSON(fields) : void 0, "labels.fields"), cfg.labels);
        if (sel) return mergeFieldSpecs(fss, cfg.commonLabels);
        if (tpl) fss = mergeFieldSpecs(fss, cfg.templateLabels);
        return mergeFieldSpecs(fss, [{ path: "metadata/labels", create: true }]);
      }, fields ?? entry);
      applyLabels(res, this.pairs(pairsNode, "labels.pairs"), specs2, pairsNode.p);
      ran("LabelTransformer");
    }
    if (commonLabels) applyLabels(res, commonPairs, cfg.commonLabels, commonLabels.p);
    if (labelEntries.length > 0 || commonPairs.length > 0) ran("LabelTransformer");
    const annotations = k2.root.v.get("commonAnnotations");
    const annotationPairs = annotations ? this.pairs(annotations, "commonAnnotations") : [];
    if (annotations) applyAnnotations(res, annotationPairs, annotations.p, cfg.commonAnnotations);
    if (annotationPairs.length > 0) ran("AnnotationsTransformer");
    for (const entry of this.list(k2, "patchesJson6902")) {
      if (entry.t !== "m") throw this.at(entry.p, "a `patchesJson6902` entry must be a mapping");
      const target = readSelector(entry.v.get("target"));
      if (!target) throw this.at(entry.p, "a `patchesJson6902` entry needs a `target`");
      for (const doc of this.patchEntryDocs(k2, entry)) {
        if (doc.t !== "a") throw this.at(doc.p, "a JSON 6902 patch must be a list of operations");
        this.applyJson6902(res, doc, target, entry.p);
      }
      ran("PatchJson6902Transformer");
    }
    for (const entry of this.list(k2, "replicas")) {
      if (entry.t !== "m") throw this.at(entry.p, "a `replicas` entry must be a mapping");
      const name = this.typedString(entry.v.get("name"), "replicas.name");
      const countNode = entry.v.get("count");
      if (!name || !countNode || countNode.t !== "s" || typeof countNode.v !== "number") {
        throw this.at(entry.p, "a `replicas` entry needs `name` and an integer `count`");
      }
      applyReplicas(res, name, countNode.v, countNode.p, (msg) => this.at(entry.p, msg), cfg.replicas);
      ran("ReplicaCountTransformer");
    }
    const rules = [];
    for (const entry of this.list(k2, "images")) {
      if (entry.t !== "m") throw this.at(entry.p, "an `images` entry must be a mapping");
      const rule = this.imageRule(entry);
      if (!rule) throw this.at(entry.p, "an `images` entry needs `name`");
      rules.push(rule);
    }
    applyImages(res, rules, cfg.images);
    for (const _ of rules) ran("ImageTagTransformer");
    const replacements = this.list(k2, "replacements");
    if (replacements.length > 0) {
      this.applyReplacementEntries(k2, res, replacements);
      ran("ReplacementTransformer");
    }
    for (const c of this.pluginConfigs(k2, "transformers")) {
      this.runTransformerPlugin(k2, acc, c);
      const by = configuredBy(c);
      this.transformed(k2, acc, c.kind, by, c.file);
    }
  }
  applyReplacementEntries(k2, res, replacements) {
    {
      const entries = [];
      for (const e of replacements) {
        if (e.t === "m" && e.v.has("path")) {
          const rel = str(e.v.get("path"));
          const abs = this.resolvePath(k2, rel, e.p);
          if (this.cache.kind(abs) !== "file") throw this.at(e.p, `replacement file '${abs}' does not exist`);
          this.inputs.add(abs);
          for (const d of this.cache.parseFile(abs, "kustomization").docs) {
            if (!d.root) continue;
            if (d.root.t === "a") entries.push(...d.root.v);
            else entries.push(d.root);
          }
        } else entries.push(e);
      }
      applyReplacements(res, entries, (p, m) => this.at(p, m));
    }
  }
  /** A `patches` entry, or a PatchTransformer config: strategic merge or JSON 6902, with an optional target. */
  applyPatchEntry(k2, acc, entry) {
    const target = readSelector(entry.v.get("target"));
    const docs = this.patchEntryDocs(k2, entry);
    for (const doc of docs) {
      if (doc.t === "a") {
        if (!target) throw this.at(entry.p, "a JSON 6902 patch needs a `target`");
        this.applyJson6902(acc.resources, doc, target, entry.p);
      } else {
        const options2 = entry.v.get("options");
        const flag = (key) => {
          const v = options2?.t === "m" ? options2.v.get(key) : void 0;
          return v?.t === "s" && v.v === true;
        };
        this.applyStrategicPatch(acc.resources, doc, target, entry.p, acc, {
          allowNameChange: flag("allowNameChange"),
          allowKindChange: flag("allowKindChange")
        });
      }
    }
  }
  // --- built-in plugin configs (`generators:` / `transformers:`) ---
  /**
   * The config objects a `generators:`/`transformers:` list names: an inline YAML config, or a path to a file or
   * to a kustomization directory whose output is the configs (kusttarget.go configureExternalTransformers). Only
   * built-in plugins (`apiVersion: builtin`) are rendered here; anything else (a KRM function, an exec plugin)
   * stops the native build, or is left out of a partial one.
   */
  pluginConfigs(k2, field2) {
    const out = [];
    for (const entry of this.list(k2, field2)) {
      const s = str(entry);
      let found;
      if (s === void 0) throw this.at(entry.p, `a \`${field2}\` entry must be a path or an inline config`);
      if (s.includes("\n") || /^\s*(apiVersion|kind)\s*:/.test(s)) {
        found = this.inlineDocs(k2, entry).map((node) => ({ node, file: k2.file }));
      } else if (/^(https?:\/\/|git@|ssh:\/\/|git::)/.test(s) || /^github\.com\//.test(s) || s.includes("?ref=")) {
        if (this.opts.skipUnsupported) {
          this.skip(field2, entry);
          continue;
        }
        const o = materialize(entry.p);
        throw new UnsupportedFeature(`${k2.file}:${o.line}: remote ${field2.replace(/s$/, "")} ${s} is not supported by pgwarden's renderer`, {
          file: k2.file,
          line: o.line,
          column: o.column
        });
      } else {
        const restrictor = this.opts.restrictor;
        const resolved = this.restricted(entry.p, k2.file, () => restrictor.realpath(path4.isAbsolute(s) ? s : path4.join(k2.real, s)));
        const kind = typeof resolved === "string" ? this.cache.kind(resolved) : "missing";
        if (kind === "missing") throw this.at(entry.p, `'${path4.resolve(k2.dir, s)}' must resolve to a file or a directory (it does not exist)`);
        const resources = kind === "dir" ? this.buildDir(this.restricted(entry.p, k2.file, () => restrictor.newRoot(k2.real, s, this.stack)), entry.p).resources : this.loadResourceFile(this.resolvePath(k2, s, entry.p));
        found = resources.map((r) => ({ node: r.root, file: r.file }));
      }
      for (const { node, file } of found) {
        if (node.t !== "m") throw this.at(node.p, `a \`${field2}\` config must be a mapping`);
        const apiVersion = str(node.v.get("apiVersion")) ?? "";
        const kind = str(node.v.get("kind")) ?? "";
        const meta = node.v.get("metadata");
        const c = { node, file, kind, entry, field: field2 };
        const name = str(child(meta, "name"));
        const namespace = str(child(meta, "namespace"));
        if (name) c.name = name;
        if (namespace) c.namespace = namespace;
        if (apiVersion !== "builtin") {
          if (this.opts.skipUnsupported) {
            const o = materialize(entry.p);
            this.skipped.push({ what: `${field2.replace(/s$/, "")} ${s.includes("\n") ? "inline config" : s} (KRM function or plugin)`, file: o.file, line: o.line, column: o.column });
            continue;
          }
          throw this.unsupportedPlugin(c, field2.replace(/s$/, ""));
        }
        out.push(c);
      }
    }
    return out;
  }
  unsupportedPlugin(c, role) {
    const o = materialize(c.entry.p);
    const apiVersion = str(c.node.v.get("apiVersion")) ?? "";
    return new UnsupportedFeature(
      `${o.file}:${o.line}: the ${role} ${apiVersion}/${c.kind} in \`${c.field}\` is not a built-in plugin pgwarden's renderer runs`,
      { file: o.file, line: o.line, column: o.column }
    );
  }
  /** One built-in transformer plugin config, mapped onto the transformer its kustomization field runs. */
  runTransformerPlugin(k2, acc, c) {
    const node = c.node;
    const res = acc.resources;
    const get = (key) => node.v.get(key);
    const specs2 = (key = "fieldSpecs") => this.fieldSpecs(() => readFieldSpecs(toJSON(get(key) ?? { t: "s", v: null, p: node.p }), `${c.kind}.${key}`), get(key) ?? node);
    const strOf = (key) => this.typedString(get(key), `${c.kind}.${key}`);
    switch (c.kind) {
      case "PatchTransformer":
        this.applyPatchEntry(k2, acc, node);
        return;
      case "PatchStrategicMergeTransformer": {
        const paths = get("paths");
        for (const entry of paths?.t === "a" ? paths.v : []) {
          for (const patch of this.patchDocs(k2, entry)) this.applyStrategicPatch(res, patch, void 0, entry.p, acc);
        }
        const patches = get("patches");
        if (patches?.t === "s" && typeof patches.v === "string") {
          for (const patch of this.inlineDocs(k2, patches)) this.applyStrategicPatch(res, patch, void 0, patches.p, acc);
        }
        return;
      }
      case "PatchJson6902Transformer": {
        const target = readSelector(get("target"));
        if (!target) throw this.at(node.p, "a PatchJson6902Transformer needs a `target`");
        const jsonOp = get("jsonOp");
        const rel = strOf("path");
        const docs = jsonOp?.t === "s" && typeof jsonOp.v === "string" ? this.inlineDocs(k2, jsonOp) : rel ? this.patchFileDocs(k2, rel, node.p) : [];
        for (const doc of docs) {
          if (doc.t !== "a") throw this.at(doc.p, "a JSON 6902 patch must be a list of operations");
          this.applyJson6902(res, doc, target, node.p);
        }
        return;
      }
      case "PrefixSuffixTransformer":
      case "PrefixTransformer":
      case "SuffixTransformer": {
        if (!get("fieldSpecs")) throw this.at(node.p, `${c.kind}: fieldSpecs is not expected to be nil`);
        const fss = specs2();
        const prefix = c.kind === "SuffixTransformer" ? "" : strOf("prefix") ?? "";
        const suffix = c.kind === "PrefixTransformer" ? "" : strOf("suffix") ?? "";
        applyPrefixSuffix(res, prefix, suffix, node.p, fss, fss);
        return;
      }
      case "LabelTransformer":
      case "AnnotationsTransformer": {
        const field2 = c.kind === "LabelTransformer" ? "labels" : "annotations";
        const pairsNode = get(field2);
        const pairs = pairsNode ? this.pairs(pairsNode, `${c.kind}.${field2}`) : [];
        if (c.kind === "LabelTransformer") applyLabels(res, pairs, specs2(), pairsNode?.p ?? node.p);
        else applyAnnotations(res, pairs, pairsNode?.p ?? node.p, specs2());
        return;
      }
      case "NamespaceTransformer": {
        const nsNode = child(get("metadata"), "namespace");
        const ns = this.typedString(nsNode, "NamespaceTransformer.metadata.namespace");
        const mode = strOf("setRoleBindingSubjects") ?? "";
        const modes = { "": "defaultOnly", defaultOnly: "defaultOnly", allServiceAccounts: "allServiceAccounts", none: "none" };
        const subjects = modes[mode];
        if (!subjects) {
          throw this.at(node.p, `invalid value "${mode}" for setRoleBindingSubjects: must be one of "defaultOnly", "none" or "allServiceAccounts"`);
        }
        const unsetOnly = get("unsetOnly");
        if (ns) applyNamespace(res, ns, nsNode.p, specs2(), { unsetOnly: unsetOnly?.t === "s" && unsetOnly.v === true, subjects });
        return;
      }
      case "ImageTagTransformer": {
        const tag = get("imageTag");
        if (tag?.t !== "m") return;
        const rule = this.imageRule(tag);
        if (rule) applyImages(res, [rule], specs2());
        return;
      }
      case "ReplicaCountTransformer": {
        const replica = get("replica");
        const name = this.typedString(child(replica, "name"), "ReplicaCountTransformer.replica.name") ?? "";
        const countNode = child(replica, "count");
        const count = countNode?.t === "s" && typeof countNode.v === "number" ? countNode.v : 0;
        applyReplicas(res, name, count, countNode?.p ?? node.p, (msg) => this.at(node.p, msg), specs2());
        return;
      }
      case "HashTransformer":
        for (const r of res) {
          if (!r.needsHash) continue;
          storePreviousId(r);
          setName(r, hashedName(toJSON(r.root)));
        }
        return;
      case "ValueAddTransformer":
        this.valueAdd(k2, res, c);
        return;
      case "ReplacementTransformer": {
        const list = get("replacements");
        if (list?.t === "a" && list.v.length > 0) this.applyReplacementEntries(k2, res, list.v);
        return;
      }
      default:
        throw this.unsupportedPlugin(c, "transformer");
    }
  }
  /**
   * With `buildMetadata: [transformerAnnotations]`, every object in the accumulator records each transformer
   * instance that ran over it, changed or not (api/resmap/reswrangler.go AddTransformerAnnotation, called by
   * target/multitransformer.go after each one).
   */
  transformed(k2, acc, kind, by = { apiVersion: "builtin", kind }, configuredIn = k2.file) {
    if (!this.topDir || !this.tracking.has("transformerAnnotations")) return;
    const origin = { configuredIn: this.relativeToTop(configuredIn), configuredBy: by };
    for (const r of acc.resources) r.transformations = [...r.transformations ?? [], origin];
  }
  relativeToTop(file) {
    return path4.relative(this.topDir, file).split(path4.sep).join("/");
  }
  /** An `images` entry (or an ImageTagTransformer's imageTag); undefined without a name. */
  imageRule(entry) {
    const name = this.typedString(entry.v.get("name"), "images.name");
    if (!name) return void 0;
    const newName = entry.v.get("newName");
    const newTag = entry.v.get("newTag");
    const digest = entry.v.get("digest");
    const rule = { name, p: (newTag ?? digest ?? newName ?? entry).p };
    const nn = this.typedString(newName, "images.newName");
    const nt = this.typedString(newTag, "images.newTag");
    const dg = this.typedString(digest, "images.digest");
    if (nn !== void 0) rule.newName = nn;
    if (nt !== void 0) rule.newTag = nt;
    if (dg !== void 0) rule.digest = dg;
    return rule;
  }
  /** Read or merge field specs; kustomize's errors there (a conflict, a bad spec) point at `at`. */
  fieldSpecs(make, at2) {
    try {
      return make();
    } catch (e) {
      if (e instanceof TransformerConfigError) throw this.at(at2.p, e.message);
      throw e;
    }
  }
  pairs(node, field2) {
    if (node.t === "s" && node.v === null) return [];
    if (node.t !== "m") throw this.at(node.p, `\`${field2}\` must be a map`);
    const out = [];
    for (const [key, v] of node.v) out.push({ key, value: this.typedString(v, `${field2}.${key}`) ?? "", p: v.p });
    return out;
  }
  /**
   * A kustomization field Go unmarshals into a string: a YAML number or bool there is an error in kustomize
   * ("cannot unmarshal number into Go struct field … of type string"), so it is one here. null reads as "".
   */
  typedString(node, field2) {
    if (!node) return void 0;
    if (node.t !== "s") throw this.at(node.p, `invalid Kustomization: \`${field2}\` must be a string`);
    if (node.v === null) return void 0;
    if (typeof node.v !== "string") {
      throw this.at(
        node.p,
        `invalid Kustomization: \`${field2}\` is read as a ${typeof node.v}, not a string (kustomize rejects it): quote it`
      );
    }
    return node.v;
  }
  // --- patches ---
  /** The documents of a `patches`/`patchesJson6902` entry (inline `patch:` or `path:`), relabelled `via: patch`. */
  patchEntryDocs(k2, entry) {
    const inline = entry.v.get("patch");
    const rel = str(entry.v.get("path"));
    if (inline && inline.t === "s" && typeof inline.v === "string") return this.inlineDocs(k2, inline);
    if (rel !== void 0) return this.patchFileDocs(k2, rel, entry.p);
    throw this.at(entry.p, "a patch entry needs `path` or `patch`");
  }
  /** patchesStrategicMerge entries: a path, or an inline YAML string. */
  patchDocs(k2, entry) {
    const s = str(entry);
    if (s === void 0) {
      if (entry.t === "m") return [cloneVia(entry, "patch")];
      throw this.at(entry.p, "a `patchesStrategicMerge` entry must be a path or an inline patch");
    }
    if (s.includes("\n") || /^\s*(apiVersion|kind)\s*:/.test(s)) return this.inlineDocs(k2, entry);
    return this.patchFileDocs(k2, s, entry.p);
  }
  patchFileDocs(k2, rel, p) {
    const abs = this.resolvePath(k2, rel, p);
    if (this.cache.kind(abs) !== "file") throw this.at(p, `patch file '${abs}' does not exist`);
    this.inputs.add(abs);
    return this.cache.parseFile(abs, "patch").docs.filter((d) => d.root !== null).map((d) => d.root);
  }
  /** Parse an inline patch string; positions map back to the kustomization's lines (block scalars exactly). */
  inlineDocs(_k, node) {
    return this.cache.memoize(
      `inline\0${node.p.doc.file}\0${node.p.doc.docIndex}\0${node.p.start}\0${inlineSources.has(node.p.doc) ? "nested" : ""}`,
      () => this.parseInline(node)
    );
  }
  parseInline(node) {
    const text = String(node.v);
    const host = node.p.doc;
    const start = host.linePos(node.p.start);
    const nested = inlineSources.has(host);
    const hostText = nested ? "" : this.cache.readText(host.file);
    const indicator = hostText[node.p.start];
    let mapPos;
    if (indicator === "|") {
      const lines = hostText.slice(node.p.start).split("\n");
      let indent = 0;
      for (let i = 1; i < lines.length; i++) {
        const l = lines[i];
        if (l.trim() === "") continue;
        indent = l.length - l.trimStart().length;
        break;
      }
      mapPos = (line, col) => ({ line: start.line + line, col: col + indent });
    } else {
      mapPos = () => start;
    }
    const parsed = parseYamlText(text, host.file, "patch", mapPos, [...node.p.yamlPath]);
    const docs = parsed.docs.filter((d) => d.root !== null).map((d) => d.root);
    for (const d of docs) inlineSources.add(d.p.doc);
    return docs;
  }
  applyStrategicPatch(res, patch, target, at2, acc, options2 = { allowNameChange: false, allowKindChange: false }) {
    if (patch.t !== "m") throw this.at(patch.p, "a strategic merge patch must be a mapping");
    let matches2;
    if (target) {
      matches2 = this.select(res, target, at2);
      if (matches2.length === 0) this.noMatch(at2, target);
    } else {
      const { group, version } = splitApiVersion(str(patch.v.get("apiVersion")) ?? "");
      const kind = str(patch.v.get("kind")) ?? "";
      const meta = patch.v.get("metadata");
      const name = str(child(meta, "name")) ?? "";
      const ns = str(child(meta, "namespace")) ?? "";
      matches2 = res.filter((r) => {
        const g = gvkOf(r);
        if (g.group !== group || version && g.version !== version) return false;
        const ids = [...r.prevIds, { kind: g.kind, name: nameOf(r) }];
        if (!ids.some((id) => id.kind === kind && id.name === name) && !(g.kind === kind && r.names.includes(name))) return false;
        if (ns && ns !== "default" && !r.namespaces.includes(ns)) return false;
        return true;
      });
      if (matches2.length === 0 && this.skipped.length > 0) {
        const o = materialize(patch.p);
        this.warnings.push({
          severity: "info",
          message: `${o.file}:${o.line}:${o.column}: the patch for ${kind} ${name} targets nothing in this partial render (its target may come from what was left out)`,
          file: o.file,
          line: o.line,
          column: o.column
        });
        return;
      }
      if (matches2.length === 0) {
        throw this.at(
          patch.p,
          `no matches for Id ${kind}.${version}.${group || "[noGrp]"}/${name}.${ns || "[noNs]"}; failed to find unique target for patch`
        );
      }
      if (matches2.length > 1) {
        throw this.at(patch.p, `multiple matches for Id ${kind} ${name}; failed to find unique target for patch`);
      }
    }
    for (const r of matches2) {
      const g = gvkOf(r);
      const p = cloneVia(patch, "patch");
      if (options2.allowNameChange || options2.allowKindChange) storePreviousId(r);
      if (target) {
        const m = p.v.get("metadata");
        if (m && m.t === "m" && !options2.allowNameChange) {
          m.v.delete("name");
          m.v.delete("namespace");
        }
        if (!options2.allowKindChange) {
          p.v.delete("apiVersion");
          p.v.delete("kind");
        }
      }
      const before = { kind: r.root.v.get("kind"), name: metaOf(r)?.v.get("name"), namespace: metaOf(r)?.v.get("namespace") };
      const merged = mergeNode(r.root, p, { strategic: isBuiltinGroup(g.group), kind: g.kind });
      if (merged === void 0) {
        acc.resources.splice(acc.resources.indexOf(r), 1);
        continue;
      }
      if (merged.t !== "m") throw this.at(at2, "a patch turned a resource into a non-mapping");
      r.root = merged;
      if (!options2.allowKindChange && before.kind) r.root.v.set("kind", before.kind);
      const meta = metaOf(r);
      if (meta) {
        if (!options2.allowNameChange && before.name) meta.v.set("name", before.name);
        if (before.namespace) meta.v.set("namespace", before.namespace);
        else meta.v.delete("namespace");
      }
      const newName = nameOf(r);
      if (!r.names.includes(newName)) r.names.push(newName);
      const newNs = namespaceOf(r);
      if (!r.namespaces.includes(newNs)) r.namespaces.push(newNs);
    }
  }
  /** Resources a target selects; a bad regex or label selector is reported at the patch entry. */
  select(res, target, at2) {
    try {
      return res.filter((r) => selects(target, r));
    } catch (e) {
      if (e instanceof RenderError && e.file === void 0) throw this.at(at2, e.message);
      throw e;
    }
  }
  /** kustomize applies a patch whose target selects nothing as a no-op; we keep going but warn, with the line. */
  noMatch(at2, target) {
    const o = materialize(at2);
    this.warnings.push({
      severity: this.skipped.length > 0 ? "info" : "warning",
      message: `${o.file}:${o.line}:${o.column}: the patch target (${describeSelector(target)}) matches no resource, so the patch does nothing`,
      file: o.file,
      line: o.line,
      column: o.column
    });
  }
  applyJson6902(res, doc, target, at2) {
    const ops = readOps(doc);
    const matches2 = this.select(res, target, at2);
    if (matches2.length === 0) this.noMatch(at2, target);
    for (const r of matches2) {
      storePreviousId(r);
      try {
        applyJsonPatch(r.root, ops);
      } catch (e) {
        if (e instanceof RenderError) {
          throw new RenderError(`${e.message} (target ${idString(r)})`, { file: e.file, line: e.line, column: e.column });
        }
        throw e;
      }
      const newName = nameOf(r);
      if (!r.names.includes(newName)) r.names.push(newName);
      const newNs = namespaceOf(r);
      if (!r.namespaces.includes(newNs)) r.namespaces.push(newNs);
    }
  }
};
function withViaGen(p) {
  return p.via === "generator" ? p : { ...p, via: "generator" };
}
function fixedProv(o) {
  const doc = {
    file: o.file,
    docIndex: o.docIndex,
    linePos: (off) => off === 0 ? { line: o.line, col: o.column } : { line: o.endLine, col: o.endColumn }
  };
  return { doc, start: 0, end: 1, yamlPath: o.yamlPath, via: o.via };
}
function nodeAt(root, pointer) {
  let cur = root;
  for (const seg of parsePointer(pointer)) cur = child(cur, seg);
  return cur;
}
function carryProvenance(merged, oldNode, newNode) {
  if (newNode && merged.t === newNode.t && merged.t === "s" && newNode.v === merged.v) {
    merged.p = newNode.p;
    return;
  }
  if (oldNode && merged.t === oldNode.t && merged.t === "s" && oldNode.v === merged.v) {
    merged.p = oldNode.p;
    return;
  }
  if (merged.t === "m") {
    if (newNode?.t === "m") merged.p = newNode.p;
    for (const [key, v] of merged.v) {
      carryProvenance(v, oldNode?.t === "m" ? oldNode.v.get(key) : void 0, newNode?.t === "m" ? newNode.v.get(key) : void 0);
    }
  }
}

// src/render/audit.ts
import path5 from "node:path";
var KUSTOMIZATION_FILES2 = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
var REMOTE = /^(https?:\/\/|git@|ssh:\/\/|git::|oci:\/\/)|^github\.com\/|\?ref=/;
function items(node) {
  return node?.t === "a" ? node.v : [];
}
function field(node, key) {
  return node?.t === "m" ? node.v.get(key) : void 0;
}
function namedPaths(k2) {
  const out = [];
  const add = (node, as) => {
    const rel = node ? str(node) : void 0;
    if (node && rel !== void 0 && rel !== "" && !rel.includes("\n") && !REMOTE.test(rel)) out.push({ node, rel, as });
  };
  for (const key of ["resources", "bases", "generators", "transformers", "validators"]) for (const e of items(k2.v.get(key))) add(e, "either");
  for (const e of items(k2.v.get("components"))) add(e, "dir");
  for (const key of ["patchesStrategicMerge", "configurations", "crds"]) for (const e of items(k2.v.get(key))) add(e, "file");
  for (const key of ["patches", "patchesJson6902", "replacements"]) for (const e of items(k2.v.get(key))) add(field(e, "path"), "file");
  add(field(k2.v.get("openapi"), "path"), "file");
  for (const key of ["configMapGenerator", "secretGenerator"]) {
    for (const g of items(k2.v.get(key))) {
      for (const f of items(field(g, "files"))) {
        const s = str(f);
        if (s !== void 0) out.push({ node: f, rel: s.includes("=") ? s.slice(s.indexOf("=") + 1) : s, as: "file" });
      }
      for (const f of items(field(g, "envs"))) add(f, "file");
      add(field(g, "env"), "file");
    }
  }
  for (const h of items(k2.v.get("helmCharts"))) {
    add(field(h, "valuesFile"), "file");
    for (const f of items(field(h, "additionalValuesFiles"))) add(f, "file");
  }
  add(field(k2.v.get("helmGlobals"), "chartHome"), "dir");
  return out.filter((p) => !REMOTE.test(p.rel));
}
function at(p, message) {
  const o = materialize(p);
  return new RenderError(`${o.file}:${o.line}:${o.column}: ${message}`, { file: o.file, line: o.line, column: o.column });
}
function auditTree(top, restrictor, cache) {
  const seen = /* @__PURE__ */ new Set();
  const visit2 = (root, chain) => {
    if (seen.has(root.real)) return;
    seen.add(root.real);
    const found = KUSTOMIZATION_FILES2.map((f) => path5.join(root.shown, f)).find((f) => cache.kind(f) === "file");
    if (!found) return;
    const kfile = restrictor.file(root.real, path5.basename(found));
    if (!kfile) return;
    const doc = cache.parseFile(kfile.shown, "kustomization").docs.find((d) => d.root !== null)?.root;
    if (doc?.t !== "m") return;
    for (const { node, rel, as } of namedPaths(doc)) {
      try {
        const real = restrictor.realpath(path5.isAbsolute(rel) ? rel : path5.join(root.real, rel));
        const isDir = typeof real === "string" && cache.kind(real) === "dir";
        if (as === "dir" || as === "either" && isDir) {
          const sub = restrictor.newRoot(root.real, rel, [...chain, root.real]);
          if (sub && cache.kind(sub.real) === "dir") visit2(sub, [...chain, root.real]);
        } else {
          restrictor.file(root.real, rel);
        }
      } catch (e) {
        if (e instanceof RestrictionError) throw at(node.p, e.message);
        throw e;
      }
    }
  };
  visit2(top, []);
}

// src/render/fallback.ts
import { execFileSync } from "node:child_process";
import { accessSync, constants, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path6 from "node:path";
function onPath(cmd) {
  const dirs = (process.env.PATH ?? "").split(path6.delimiter);
  for (const d of dirs) {
    if (!d) continue;
    const full = path6.join(d, cmd);
    try {
      accessSync(full, constants.X_OK);
      return full;
    } catch {
    }
  }
  return void 0;
}
var toolCache;
function fallbackTool() {
  if (toolCache === void 0) {
    const kustomize = onPath("kustomize");
    const kubectl = onPath("kubectl");
    toolCache = kustomize ? { cmd: kustomize, args: ["build"] } : kubectl ? { cmd: kubectl, args: ["kustomize"] } : null;
  }
  return toolCache ?? void 0;
}
function fileProv(file, line, via) {
  const doc = { file, docIndex: 0, linePos: () => ({ line, col: 1 }) };
  return { doc, start: 0, end: 0, yamlPath: [], via };
}
function locateInFile(cache, file, kind, name) {
  try {
    const pf = cache.parseFile(file, "resource");
    for (const d of pf.docs) {
      const r = d.root;
      if (r?.t !== "m") continue;
      const meta = r.v.get("metadata");
      const n = meta?.t === "m" ? str(meta.v.get("name")) : void 0;
      if (str(r.v.get("kind")) === kind && n === name) {
        return { line: r.p.doc.linePos(r.p.start).line, docIndex: d.docIndex };
      }
    }
  } catch {
  }
  return { line: 1, docIndex: 0 };
}
function unwrapError(message, dir, entry) {
  const marker = `recursed accumulation of path '${dir}': `;
  const at2 = message.indexOf(marker);
  if (at2 >= 0) return message.slice(at2 + marker.length);
  return message.replaceAll(`'${entry}'`, `'${dir}'`);
}
function runFallback(dir, cache, loadRestrictor, isComponent = false, buildMetadata = []) {
  const tool = fallbackTool();
  if (!tool) throw new RenderError(`${dir}: this app needs kustomize itself, and neither kustomize nor kubectl is on PATH`);
  const tmp = mkdtempSync(path6.join(tmpdir(), "pgwarden-kustomize-"));
  const abs = path6.resolve(dir);
  const entry = path6.relative(tmp, abs);
  const keepOrigin = buildMetadata.includes("originAnnotations");
  const keepTransformations = buildMetadata.includes("transformerAnnotations");
  const metadata = [.../* @__PURE__ */ new Set(["originAnnotations", ...buildMetadata.filter((m) => /^[A-Za-z]+$/.test(m))])];
  try {
    writeFileSync(
      path6.join(tmp, "kustomization.yaml"),
      // A Component cannot be a resource: include it as a component of the (empty) wrapper instead.
      `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
${isComponent ? "components" : "resources"}:
- ${JSON.stringify(entry)}
buildMetadata: [${metadata.join(", ")}]
`
    );
    const args = [...tool.args, tmp];
    if (loadRestrictor === "none") args.push("--load-restrictor=LoadRestrictionsNone");
    let out;
    try {
      out = execFileSync(tool.cmd, args, { encoding: "utf8", maxBuffer: 256 * 1024 * 1024, timeout: 12e4, stdio: ["ignore", "pipe", "pipe"] });
    } catch (e) {
      const stderr = String(e.stderr ?? "").trim();
      const cause = stderr.split("\n").map((l) => l.replace(/^E\d{4} [\d:.]+\s+\d+ [\w.]+:\d+\] /, "").trim()).filter((l) => l && !l.startsWith("# Warning") && l !== ">").join(" ");
      const first = unwrapError(cause || String(e), abs, entry).slice(0, 600);
      throw new RenderError(`${dir}: ${path6.basename(tool.cmd)} failed: ${first.replaceAll(tmp, "<wrapper>")}`, { file: dir });
    }
    const objects = [];
    for (const doc of parseYamlStream(out)) {
      const json = yamlToJS(doc);
      if (!json || typeof json !== "object" || Array.isArray(json)) continue;
      const obj = json;
      const meta = obj.metadata ?? {};
      const annotations = meta.annotations ?? {};
      let originFile = path6.resolve(dir);
      const origin = readOrigin(annotations[ORIGIN_ANNOTATION]);
      if (origin) {
        const rel = origin.repo ? void 0 : origin.path ?? origin.configuredIn;
        if (typeof rel === "string") originFile = path6.resolve(tmp, rel);
        if (keepOrigin) annotations[ORIGIN_ANNOTATION] = originText(rerootOrigin(origin, tmp, abs));
        else delete annotations[ORIGIN_ANNOTATION];
      }
      if (TRANSFORMATIONS_ANNOTATION in annotations) {
        const list = readTransformations(annotations[TRANSFORMATIONS_ANNOTATION]).map((o) => rerootOrigin(o, tmp, abs));
        if (keepTransformations) annotations[TRANSFORMATIONS_ANNOTATION] = transformationsText(list);
        else delete annotations[TRANSFORMATIONS_ANNOTATION];
      }
      if (meta.annotations && Object.keys(annotations).length === 0) delete meta.annotations;
      if (cache.kind(originFile) === "dir") {
        const k2 = ["kustomization.yaml", "kustomization.yml", "Kustomization"].map((f) => path6.join(originFile, f));
        originFile = k2.find((f) => cache.kind(f) === "file") ?? originFile;
      }
      const kind = typeof obj.kind === "string" ? obj.kind : "";
      const name = typeof meta.name === "string" ? meta.name : "";
      const at2 = originFile.endsWith(".yaml") || originFile.endsWith(".yml") ? locateInFile(cache, originFile, kind, name) : { line: 1, docIndex: 0 };
      const p = fileProv(originFile, at2.line, "fallback");
      const node = fromJSON(obj, { ...p, doc: { ...p.doc, docIndex: at2.docIndex } });
      if (node.t === "m") objects.push(node);
    }
    return objects;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

// src/render/index.ts
var TYPE_ORDER = typeOrder(ORDER_FIRST, ORDER_LAST);
function stringList(node) {
  if (node?.t !== "a") return [];
  return node.v.flatMap((x) => x.t === "s" && typeof x.v === "string" ? [x.v] : []);
}
function typeOrder(first, last) {
  return new Map([
    ...first.map((k2, i) => [k2, i - first.length]),
    ...last.map((k2, i) => [k2, i + 1])
  ]);
}
function sortKey(r, order) {
  const g = gvkOf(r);
  return {
    order: order.get(g.kind) ?? 0,
    gvk: `${g.group || "~G"}_${g.version || "~V"}_${g.kind || "~K"}`,
    rest: `${namespaceOf(r) || "~X"}|${nameOf(r)}`
  };
}
function legacySort(resources, custom) {
  const order = custom ? typeOrder(custom.orderFirst, custom.orderLast) : TYPE_ORDER;
  const keyed = resources.map((r) => ({ r, k: sortKey(r, order) }));
  keyed.sort((a, b) => {
    if (a.k.order !== b.k.order) return a.k.order - b.k.order;
    if (a.k.gvk !== b.k.gvk) return a.k.gvk < b.k.gvk ? -1 : 1;
    if (a.k.rest !== b.k.rest) return a.k.rest < b.k.rest ? -1 : 1;
    return 0;
  });
  return keyed.map((x) => x.r);
}
function makeResult(roots, inputs, diagnostics) {
  const objects = roots.map((r) => toJSON(r));
  return {
    objects,
    origin(index, pointer) {
      const root = roots[index];
      if (!root) return void 0;
      return materialize(nearest(root, parsePointer(pointer)).p);
    },
    inputs: [...new Set(inputs)].sort(),
    diagnostics
  };
}
function asDiagnostic(e, file) {
  if (e instanceof RenderError) return e.toDiagnostic();
  if (e instanceof RestrictionError) return { severity: "error", message: `${file}: ${e.message}`, file };
  const msg = e instanceof Error ? e.message : String(e);
  return { severity: "error", message: `${file}: internal renderer error: ${msg}`, file };
}
function cacheFrom(opts) {
  return opts?.cache instanceof RenderCache ? opts.cache : new RenderCache();
}
async function render(dir, opts = {}) {
  const abs = path7.resolve(dir);
  const cache = cacheFrom(opts);
  const loadRestrictor = opts.loadRestrictor ?? "rootOnly";
  const restrictor = new PathRestrictor(loadRestrictor, opts.repoRoot ?? findRepoRoot(abs), abs, cache.fs);
  const builder = new Builder(cache, { restrictor, extraComponents: opts.components ?? [] });
  try {
    return makeResult(
      buildSorted(builder, abs, cache).map((r) => r.root),
      builder.inputs,
      [...builder.warnings]
    );
  } catch (e) {
    if (e instanceof UnsupportedFeature && opts.fallback === false) return renderPartial(abs, cache, opts, restrictor, "the kustomize fallback is off");
    if (e instanceof UnsupportedFeature && !cache.onDisk) return renderPartial(abs, cache, opts, restrictor, "the kustomize fallback reads only files on disk");
    if (e instanceof UnsupportedFeature) {
      try {
        const kfile = builder.findKustomizationFile(abs);
        const top = kfile ? cache.parseFile(kfile, "kustomization").docs[0]?.root : void 0;
        const isComponent = top?.t === "m" && str(top.v.get("kind")) === "Component";
        const topRoot = restrictor.topRoot(abs);
        if (topRoot) auditTree(topRoot, restrictor, cache);
        const buildMetadata = top?.t === "m" ? stringList(top.v.get("buildMetadata")) : [];
        const roots = runFallback(abs, cache, loadRestrictor, isComponent, buildMetadata);
        const inputs = new Set(builder.inputs);
        for (const r of roots) if (cache.kind(r.p.doc.file) === "file") inputs.add(r.p.doc.file);
        return makeResult(roots, inputs, [
          {
            severity: "warning",
            message: `${e.message}; rendered with kustomize itself instead, so findings point at each object's file, not the exact line`,
            ...e.file !== void 0 ? { file: e.file } : {},
            ...e.line !== void 0 ? { line: e.line } : {}
          }
        ]);
      } catch (fe) {
        const why = fe instanceof Error ? fe.message.split("\n")[0].replace(`${abs}: `, "") : String(fe);
        if (!(fe instanceof RestrictionError) && (!fallbackTool() || UNAVAILABLE.test(why))) {
          return renderPartial(abs, cache, opts, restrictor, why);
        }
        return makeResult([], builder.inputs, [e.toDiagnostic(), asDiagnostic(fe, abs)]);
      }
    }
    return makeResult([], builder.inputs, [asDiagnostic(e, abs)]);
  }
}
var UNAVAILABLE = /\bgit\b|clone|fetch|dial tcp|connection refused|no such host|timed? ?out|network|unreachable|\bhelm\b|\bssh\b|https?:\/\/|\bexec\b|docker|container|executable file|\$PATH/i;
function buildSorted(builder, abs, cache) {
  const resources = builder.buildTop(abs);
  const kfile = builder.findKustomizationFile(abs);
  const top = kfile ? cache.parseFile(kfile, "kustomization").docs[0]?.root : void 0;
  const sortOptions = top?.t === "m" ? top.v.get("sortOptions") : void 0;
  const order = sortOptions?.t === "m" ? str(sortOptions.v.get("order")) : void 0;
  if (order === "fifo") return resources;
  const legacy = sortOptions?.t === "m" ? sortOptions.v.get("legacySortOptions") : void 0;
  return legacySort(
    resources,
    legacy?.t === "m" ? { orderFirst: stringList(legacy.v.get("orderFirst")), orderLast: stringList(legacy.v.get("orderLast")) } : void 0
  );
}
function renderPartial(abs, cache, opts, restrictor, why) {
  const builder = new Builder(cache, { restrictor, extraComponents: opts.components ?? [], skipUnsupported: true });
  let resources;
  try {
    resources = buildSorted(builder, abs, cache);
  } catch (e) {
    return makeResult([], builder.inputs, [asDiagnostic(e, abs)]);
  }
  const first = builder.skipped[0];
  const diagnostics = [...builder.warnings];
  if (first) {
    const list = builder.skipped.map((s) => `${s.what} (${path7.relative(abs, s.file) || path7.basename(s.file)}:${s.line})`);
    diagnostics.unshift({
      severity: "warning",
      code: "render-incomplete",
      message: `rendered without ${list.join(", ")}: ${why}; the rest of the app is checked`,
      file: first.file,
      line: first.line,
      column: first.column
    });
  }
  return makeResult(
    resources.map((r) => r.root),
    builder.inputs,
    diagnostics
  );
}
async function renderFiles(files, opts = {}) {
  const cache = cacheFrom(opts);
  const roots = [];
  const diagnostics = [];
  const inputs = [];
  for (const f of files) {
    const abs = path7.resolve(f);
    inputs.push(abs);
    try {
      new PathRestrictor("none", opts.repoRoot ?? findRepoRoot(path7.dirname(abs)), path7.dirname(abs), cache.fs).looseFile(abs);
      const parsed = cache.parseFile(abs, "resource", true);
      for (const d of parsed.docs) {
        if (!d.root) continue;
        if (d.root.t !== "m" || !str(d.root.v.get("kind"))) continue;
        if (str(d.root.v.get("apiVersion"))?.startsWith("kustomize.config.k8s.io/")) continue;
        try {
          const kind = str(d.root.v.get("kind"));
          const items2 = d.root.v.get("items");
          if (kind.endsWith("List") && items2?.t === "a") {
            for (const it of items2.v) if (it.t === "m") roots.push(newResource(it, abs).root);
          } else roots.push(newResource(d.root, abs).root);
        } catch (e) {
          diagnostics.push({ ...asDiagnostic(e, abs), severity: "warning" });
        }
      }
    } catch (e) {
      diagnostics.push(asDiagnostic(e, abs));
    }
  }
  return makeResult(roots, inputs, diagnostics);
}
var YAML11_NON_STRING = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|~|null|Null|NULL|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
var NUMBERISH = /^[-+]?(?:0[bBoOxX][0-9a-fA-F_]+|[0-9][0-9_]*(?::[0-5]?[0-9])*(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|\.[0-9_]+(?:[eE][-+]?[0-9]+)?)$/;
var DATEISH = /^\d{4}-\d\d?-\d\d?(?:[Tt ].*)?$/;
function needsDoubleQuotes(s) {
  return s === "" || YAML11_NON_STRING.test(s) || NUMBERISH.test(s) || DATEISH.test(s);
}
var REDACTED_SECRET_VALUE = "<redacted by pgwarden>";
function redactSecret(o) {
  if (o.kind !== "Secret") return o;
  const copy = { ...o };
  for (const field2 of ["data", "stringData"]) {
    const v = o[field2];
    if (v && typeof v === "object" && !Array.isArray(v)) {
      copy[field2] = Object.fromEntries(Object.keys(v).map((k2) => [k2, REDACTED_SECRET_VALUE]));
    }
  }
  return copy;
}
function renderToYaml(result) {
  return result.objects.map((obj) => {
    const o = redactSecret(obj);
    const doc = new import_yaml9.Document(o, {
      version: "1.1",
      sortMapEntries: (a, b) => goYamlKeyCompare(String(a.key.value), String(b.key.value)),
      aliasDuplicateObjects: false
    });
    (0, import_yaml9.visit)(doc, {
      Scalar(_, node) {
        if (typeof node.value === "string" && needsDoubleQuotes(node.value)) node.type = import_yaml9.Scalar.QUOTE_DOUBLE;
      }
    });
    return foldLikeGoYaml(
      doc.toString({
        indentSeq: false,
        lineWidth: 0,
        minContentWidth: 0,
        blockQuote: "literal",
        singleQuote: true,
        nullStr: "null"
      })
    );
  }).join("---\n");
}
var isLetter = (c) => new RegExp("\\p{L}", "u").test(c);
var isDigit = (c) => c !== void 0 && c >= "0" && c <= "9";
function goYamlKeyCompare(a, b) {
  const ar = Array.from(a);
  const br = Array.from(b);
  for (let i = 0; i < ar.length && i < br.length; i++) {
    const x = ar[i];
    const y = br[i];
    if (x === y) continue;
    const xl = isLetter(x);
    const yl = isLetter(y);
    if (xl && yl) return x < y ? -1 : 1;
    if (xl || yl) return yl ? -1 : 1;
    let an = 0;
    let bn = 0;
    if (x === "0" || y === "0") {
      for (let j = i - 1; j >= 0 && isDigit(ar[j]); j--) {
        if (ar[j] !== "0") {
          an = 1;
          bn = 1;
          break;
        }
      }
    }
    let ai = i;
    let bi = i;
    for (; ai < ar.length && isDigit(ar[ai]); ai++) an = an * 10 + Number(ar[ai]);
    for (; bi < br.length && isDigit(br[bi]); bi++) bn = bn * 10 + Number(br[bi]);
    if (an !== bn) return an < bn ? -1 : 1;
    if (ai !== bi) return ai < bi ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return ar.length - br.length;
}
var BEST_WIDTH = 80;
var LINE_RE = /^((?:\s*- )*\s*)((?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s'"#-][^\n]*?|-[^\s][^\n]*?): )?(.*)$/;
function foldLikeGoYaml(text) {
  const out = [];
  let blockIndent = -1;
  for (const line of text.split("\n")) {
    const indent = line.length - line.trimStart().length;
    if (blockIndent >= 0) {
      if (line.trim() === "" || indent > blockIndent) {
        out.push(line);
        continue;
      }
      blockIndent = -1;
    }
    const m = LINE_RE.exec(line);
    const value = m?.[3] ?? "";
    if (/^[|>][-+0-9]*$/.test(value)) {
      blockIndent = indent;
      out.push(line);
      continue;
    }
    if (!m || line.length <= BEST_WIDTH + 1 || value === "" || value.startsWith("{") || value.startsWith("[")) {
      out.push(line);
      continue;
    }
    const prefix = (m[1] ?? "") + (m[2] ?? "");
    const cont = " ".repeat(m[2] ? (m[1] ?? "").length + 2 : (m[1] ?? "").length);
    const quote = value[0] === "'" || value[0] === '"' ? value[0] : "";
    let cur = prefix;
    for (let i = 0; i < value.length; i++) {
      const ch = value[i];
      const inner = !quote || i > 1 && i < value.length - 2;
      if (ch === " " && value[i - 1] !== " " && value[i + 1] !== " " && cur.length > BEST_WIDTH && inner) {
        out.push(cur);
        cur = cont;
        continue;
      }
      cur += ch;
    }
    out.push(cur);
  }
  return out.join("\n");
}

// src/gitops/flux.ts
var PLACEHOLDER = /(\$?)\$\{([_a-zA-Z][_a-zA-Z0-9]*)(?:(:?[-=+])([^}]*))?\}/g;
var DISABLED = "kustomize.toolkit.fluxcd.io/substitute";
function substituteString(text, vars) {
  return text.replace(PLACEHOLDER, (whole, escaped, name, op, arg) => {
    if (escaped) return whole.slice(1);
    const value = vars[name];
    const set = value !== void 0 && (op?.startsWith(":") ? value !== "" : true);
    if (op === void 0) return value ?? whole;
    if (op.endsWith("+")) return set ? arg ?? "" : "";
    return set ? value ?? "" : arg ?? "";
  });
}
function substituteValue(value, vars) {
  if (typeof value === "string") {
    if (!value.includes("${")) return value;
    const out = substituteString(value, vars);
    if (out === value) return value;
    if (/^\$\{[^}]+\}$/.test(value) && !out.includes("${")) {
      try {
        const typed = parseYamlValue(out);
        if (typeof typed === "number" || typeof typed === "boolean" || typed === null) return typed;
      } catch {
      }
    }
    return out;
  }
  if (Array.isArray(value)) return value.map((v) => substituteValue(v, vars));
  if (typeof value === "object" && value !== null) {
    const out = {};
    for (const [k2, v] of Object.entries(value)) out[substituteString(k2, vars)] = substituteValue(v, vars);
    return out;
  }
  return value;
}
function fluxSubstitute(objects, vars) {
  return objects.map((object) => {
    const metadata = object.metadata;
    if (metadata?.annotations?.[DISABLED] === "disabled") return object;
    return substituteValue(object, vars);
  });
}

// src/gitops/objects.ts
function isRecord2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function namespaceOf2(object) {
  const md = object.metadata;
  return isRecord2(md) && typeof md.namespace === "string" && md.namespace ? md.namespace : void 0;
}
function identityOf(object) {
  const md = isRecord2(object.metadata) ? object.metadata : {};
  const apiVersion = typeof object.apiVersion === "string" ? object.apiVersion : "";
  const group = apiVersion.includes("/") ? apiVersion.split("/")[0] ?? "" : "";
  return `${group}|${String(object.kind ?? "")}|${String(md.namespace ?? "")}|${String(md.name ?? "")}`;
}

// src/gitops/app.ts
var CLUSTER_SCOPED2 = /* @__PURE__ */ new Set([
  "Namespace",
  "StorageClass",
  "ClusterRole",
  "ClusterRoleBinding",
  "CustomResourceDefinition",
  "PersistentVolume",
  "PriorityClass",
  "MutatingWebhookConfiguration",
  "ValidatingWebhookConfiguration",
  "APIService",
  "IngressClass",
  "RuntimeClass",
  "VolumeSnapshotClass",
  "CSIDriver",
  "Node",
  "ClusterIssuer",
  "ClusterImageCatalog"
]);
function withNamespace(objects, namespace, override) {
  return objects.map((o) => {
    if (typeof o.kind === "string" && CLUSTER_SCOPED2.has(o.kind)) return o;
    if (!override && namespaceOf2(o)) return o;
    const md = isRecord2(o.metadata) ? o.metadata : {};
    return { ...o, metadata: { ...md, namespace } };
  });
}
function withCommonMetadata(objects, common) {
  return objects.map((o) => {
    const md = isRecord2(o.metadata) ? o.metadata : {};
    const labels = { ...isRecord2(md.labels) ? md.labels : {}, ...common.labels };
    const annotations = { ...isRecord2(md.annotations) ? md.annotations : {}, ...common.annotations };
    return {
      ...o,
      metadata: {
        ...md,
        ...Object.keys(labels).length ? { labels } : {},
        ...Object.keys(annotations).length ? { annotations } : {}
      }
    };
  });
}
function combineResults(parts) {
  if (parts.length === 1 && parts[0]) return parts[0];
  const offsets = [];
  const objects = [];
  for (const part of parts) {
    offsets.push({ start: objects.length, part });
    objects.push(...part.objects);
  }
  return {
    objects,
    inputs: [...new Set(parts.flatMap((p) => p.inputs))].sort(),
    diagnostics: parts.flatMap((p) => p.diagnostics),
    origin(index, pointer) {
      for (let i = offsets.length - 1; i >= 0; i--) {
        const o = offsets[i];
        if (o && index >= o.start) return o.part.origin(index - o.start, pointer);
      }
      return void 0;
    }
  };
}
function emptyResult() {
  return { objects: [], origin: () => void 0, inputs: [], diagnostics: [] };
}
function fluxVariables(app, discovery, notes) {
  const flux = app.flux;
  if (!flux) return {};
  const vars = {};
  for (const ref of flux.substituteFrom) {
    if (ref.kind !== "ConfigMap") {
      notes.push(`${flux.definedAt}: ${app.name}: substituteFrom ${ref.kind} ${ref.name} is not read; its variables stay unknown.`);
      continue;
    }
    const found = discovery.configMaps.find((d) => {
      const md = isRecord2(d.object.metadata) ? d.object.metadata : {};
      return md.name === ref.name && (md.namespace ?? flux.namespace) === flux.namespace;
    });
    if (!found) {
      if (!ref.optional) notes.push(`${flux.definedAt}: ${app.name}: substituteFrom ConfigMap ${flux.namespace}/${ref.name} is not in this tree; its variables stay unknown.`);
      continue;
    }
    const data = isRecord2(found.object.data) ? found.object.data : {};
    for (const [k2, v] of Object.entries(data)) if (v !== null && v !== void 0) vars[k2] = String(v);
  }
  return { ...vars, ...flux.substitute };
}
async function renderApp(app, renderer, cache, discovery) {
  const notes = [];
  let result;
  const bound = discovery.repoRoot ? { repoRoot: discovery.repoRoot } : {};
  try {
    if (app.type === "kustomization" && app.dir) {
      const opts = { loadRestrictor: app.loadRestrictor, cache, ...bound };
      if (app.components?.length) opts.components = app.components;
      result = await renderer.render(app.dir, opts);
    } else {
      const parts = [];
      if (app.files?.length) parts.push(await renderer.renderFiles(app.files, { cache, loadRestrictor: app.loadRestrictor, ...bound }));
      for (const dir of app.kustomizations ?? []) parts.push(await renderer.render(dir, { cache, loadRestrictor: app.loadRestrictor, ...bound }));
      result = combineResults(parts);
    }
  } catch (error) {
    result = emptyResult();
    const e = error;
    result.diagnostics.push({
      severity: "error",
      message: e.message ?? String(error),
      file: e.file ?? app.anchor,
      ...e.line ? { line: e.line } : {},
      ...e.column ? { column: e.column } : {}
    });
  }
  let objects = result.objects;
  if (app.flux) {
    const vars = fluxVariables(app, discovery, notes);
    if (Object.keys(vars).length > 0) objects = fluxSubstitute(objects, vars);
    if (app.flux.targetNamespace) objects = withNamespace(objects, app.flux.targetNamespace, true);
    if (app.flux.commonMetadata) objects = withCommonMetadata(objects, app.flux.commonMetadata);
  }
  if (app.argo?.namespaceOverride) objects = withNamespace(objects, app.argo.namespaceOverride, true);
  if (app.argo?.commonMetadata) objects = withCommonMetadata(objects, app.argo.commonMetadata);
  if (app.argo?.destinationNamespace) objects = withNamespace(objects, app.argo.destinationNamespace, false);
  const failed = result.diagnostics.some((d) => d.severity === "error");
  const inputs = [.../* @__PURE__ */ new Set([...result.inputs ?? [], ...app.files ?? [], app.anchor])];
  return { app, result, objects, inputs, failed, notes };
}
async function renderApps(discovery, renderer, onRendered, reuse, fs) {
  const cache = fs ? renderer.newCache(fs) : renderer.newCache();
  const rendered = [];
  const renderAll = async (apps, total) => {
    for (const app of apps) {
      rendered.push(reuse?.(app) ?? await renderApp(app, renderer, cache, discovery));
      onRendered?.(rendered.length, total());
    }
  };
  await renderAll(discovery.apps, () => discovery.apps.length);
  const covered = new Set(rendered.flatMap((r) => r.inputs));
  const extra = discovery.uncovered(covered);
  if (extra.length > 0) {
    discovery.apps.push(...extra);
    await renderAll(extra, () => discovery.apps.length);
  }
  return rendered;
}

// src/gitops/paths.ts
import { relative, resolve, sep } from "node:path";
function toPosix(path8) {
  return sep === "/" ? path8 : path8.split(sep).join("/");
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function childPath(dir, name) {
  return dir.endsWith(sep) ? dir + name : dir + sep + name;
}
function isNormalAbsolute(path8) {
  return path8.startsWith("/") && (path8 === "/" || !path8.endsWith("/") && !path8.includes("//") && !path8.includes("/./") && !path8.includes("/../") && !path8.endsWith("/.") && !path8.endsWith("/.."));
}
function isPlainRelative(path8) {
  return path8 !== "" && path8 !== "." && path8 !== ".." && !path8.startsWith("/") && !path8.endsWith("/") && !path8.startsWith("./") && !path8.startsWith("../") && !path8.includes("//") && !path8.includes("/./") && !path8.includes("/../") && !path8.endsWith("/.") && !path8.endsWith("/..");
}
function resolvePath(base, path8) {
  if (sep === "/" && isPlainRelative(path8) && isNormalAbsolute(base)) return base === "/" ? `/${path8}` : `${base}/${path8}`;
  return resolve(base, path8);
}
function relativePath(from, to) {
  if (sep === "/" && from !== "/" && to.length > from.length + 1 && to.startsWith(from) && to[from.length] === "/" && isNormalAbsolute(from) && isNormalAbsolute(to)) {
    return to.slice(from.length + 1);
  }
  return relative(from, to);
}

// src/gitops/fs.ts
import { closeSync, lstatSync, openSync, readdirSync, readFileSync as readFileSync2, readSync, realpathSync as realpathSync2, statSync as statSync2 } from "node:fs";
import { basename, dirname, isAbsolute, sep as sep2 } from "node:path";
function typeOfStats(st) {
  return st.isDirectory() ? "dir" : st.isFile() ? "file" : "other";
}
var scratch = Buffer.allocUnsafe(64 * 1024);
var nodeFs = {
  readdir: (dir) => readdirSync(dir),
  typeOf: (path8) => typeOfStats(statSync2(path8)),
  isSymlink: (path8) => lstatSync(path8).isSymbolicLink(),
  size: (path8) => statSync2(path8).size,
  readFile: (path8) => readFileSync2(path8),
  // realpath(3) in one call: node's JS realpathSync lstat()s every component of the path in JS, and discovery asks for
  // the real path of every directory it visits (measured: 4 ms of a one-file lint of the examples' 42 files). Not on
  // Windows, where the native call answers differently for subst drives and some network paths (Node's fs docs).
  realpath: process.platform === "win32" ? (path8) => realpathSync2(path8) : (path8) => realpathSync2.native(path8),
  list: (dir) => readdirSync(dir, { withFileTypes: true }).map((entry) => ({
    name: entry.name,
    type: entry.isSymbolicLink() ? "symlink" : entry.isDirectory() ? "dir" : entry.isFile() ? "file" : "other"
  })),
  readCapped: (path8, max) => {
    const fd = openSync(path8, "r");
    try {
      let buffer = scratch;
      let length = 0;
      for (; ; ) {
        if (length === buffer.length) {
          if (length > max) return void 0;
          const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 4, max + 1));
          buffer.copy(bigger, 0, 0, length);
          buffer = bigger;
        }
        const read = readSync(fd, buffer, length, buffer.length - length, null);
        if (read === 0) break;
        length += read;
      }
      return length > max ? void 0 : Buffer.from(buffer.subarray(0, length));
    } finally {
      closeSync(fd);
    }
  },
  // typeOf, isSymlink and size of an entry the listing did not answer for (a symlink, a root): one lstat for all
  // three where there were three system calls, and a stat besides for a symlink.
  lookup: (path8) => {
    const own = lstatSync(path8);
    if (!own.isSymbolicLink()) return { symlink: false, followed: { type: typeOfStats(own), size: own.size } };
    try {
      const target = statSync2(path8);
      return { symlink: true, followed: { type: typeOfStats(target), size: target.size } };
    } catch (error) {
      return { symlink: true, followed: { error } };
    }
  }
};
function memoizedFs(fs) {
  const ask = (answers, path8, compute) => {
    let answer = answers.get(path8);
    if (!answer) {
      try {
        answer = { value: compute() };
      } catch (error) {
        answer = { error };
      }
      answers.set(path8, answer);
    }
    if ("error" in answer) throw answer.error;
    return answer.value;
  };
  const listings = /* @__PURE__ */ new Map();
  const types = /* @__PURE__ */ new Map();
  const links = /* @__PURE__ */ new Map();
  const sizes = /* @__PURE__ */ new Map();
  const reals = /* @__PURE__ */ new Map();
  const entries = /* @__PURE__ */ new Map();
  const listed = /* @__PURE__ */ new Map();
  const entryOf = fs.lookup?.bind(fs);
  const list = fs.list?.bind(fs);
  const listNames = (dir) => {
    if (!list) return fs.readdir(dir);
    const found = list(dir);
    for (const { name, type } of found) if (type !== "symlink") listed.set(childPath(dir, name), type);
    return found.map((entry) => entry.name);
  };
  const followed = (path8) => {
    const answer = ask(entries, path8, () => entryOf(path8)).followed;
    if ("error" in answer) throw answer.error;
    return answer;
  };
  return {
    // A copy: callers sort the names in place.
    readdir: (dir) => [...ask(listings, dir, () => listNames(dir))],
    typeOf: (path8) => listed.get(path8) ?? (entryOf ? followed(path8).type : ask(types, path8, () => fs.typeOf(path8))),
    isSymlink: (path8) => listed.has(path8) ? false : entryOf ? ask(entries, path8, () => entryOf(path8)).symlink : ask(links, path8, () => fs.isSymlink(path8)),
    size: entryOf ? (path8) => followed(path8).size : (path8) => ask(sizes, path8, () => fs.size(path8)),
    ...entryOf ? { lookup: (path8) => ask(entries, path8, () => entryOf(path8)) } : {},
    readFile: (path8) => fs.readFile(path8),
    ...fs.readCapped ? { readCapped: fs.readCapped.bind(fs) } : {},
    realpath: (path8) => ask(reals, path8, () => derivedRealpath(path8) ?? fs.realpath(path8))
  };
  function derivedRealpath(path8) {
    if (!isAbsolute(path8)) return void 0;
    const cut = sep2 === "/" ? path8.lastIndexOf("/") : -1;
    const name = cut > 0 ? path8.slice(cut + 1) : basename(path8);
    const parentPath = cut > 0 ? path8.slice(0, cut) : dirname(path8);
    if (name === "" || name === "." || name === "..") return void 0;
    if (!listed.has(path8)) {
      const entry = entries.get(path8);
      if (!entry || "error" in entry || entry.value.symlink) return void 0;
    }
    const parent = reals.get(parentPath);
    if (!parent || "error" in parent || parentPath === path8) return void 0;
    return childPath(parent.value, name);
  }
}
function readFileCapped(fs, path8, max) {
  if (fs.readCapped) return fs.readCapped(path8, max);
  return fs.size(path8) > max ? void 0 : fs.readFile(path8);
}
function typeOrUndefined(fs, path8) {
  try {
    return fs.typeOf(path8);
  } catch {
    return void 0;
  }
}

// src/gitops/tree.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var import_yaml11 = __toESM(require_dist(), 1);
import { basename as basename2, isAbsolute as isAbsolute2, sep as sep3 } from "node:path";
var KUSTOMIZATION_FILES3 = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
var MAX_FILE_BYTES = 4 * 1024 * 1024;
var FULL_KINDS = /* @__PURE__ */ new Set(["Application", "ApplicationSet", "Kustomization", "Component", "ConfigMap"]);
var SKIP_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git", ".hg", ".svn", "dist"]);
var HELM_CHART_FILE = "Chart.yaml";
function findKustomizationFile(dir, exists) {
  for (const name of KUSTOMIZATION_FILES3) {
    const file = resolvePath(dir, name);
    if (exists(file)) return file;
  }
  return void 0;
}
function kustomizationRefs(k2, dir) {
  const refs = [];
  const add = (p) => {
    if (typeof p !== "string" || p.includes("://") || /^(git@|github\.com\/)/.test(p)) return;
    refs.push(resolvePath(dir, p));
  };
  const list = (v) => Array.isArray(v) ? v : [];
  for (const key of ["resources", "bases", "components", "patchesStrategicMerge", "crds"]) {
    for (const entry of list(k2[key])) add(entry);
  }
  for (const key of ["patches", "patchesJson6902", "replacements"]) {
    for (const entry of list(k2[key])) if (isRecord2(entry)) add(entry.path);
  }
  for (const key of ["configMapGenerator", "secretGenerator"]) {
    for (const gen of list(k2[key])) {
      if (!isRecord2(gen)) continue;
      for (const f of list(gen.files)) if (typeof f === "string") add(f.includes("=") ? f.slice(f.indexOf("=") + 1) : f);
      for (const f of list(gen.envs)) add(f);
      add(gen.env);
    }
  }
  return refs;
}
function within(p, boundary) {
  return boundary.some((b) => p === b || p.startsWith(b.endsWith(sep3) ? b : b + sep3));
}
function realBoundary(dirs, fs) {
  return dirs.flatMap((d) => {
    try {
      return [fs.realpath(d)];
    } catch {
      return [];
    }
  });
}
function yamlProblem(file, error) {
  const e = error;
  const pos = e.linePos?.[0];
  const message = String(e.message ?? error).split(/ at line \d+, column \d+|\n/)[0] ?? "invalid YAML";
  return { ruleId: "yaml-syntax", file, line: pos?.line ?? 1, column: pos?.col ?? 1, message: `Invalid YAML: ${message}` };
}
function readYamlFile(file, fs = nodeFs) {
  let text;
  try {
    const buffer = readFileCapped(fs, file, MAX_FILE_BYTES);
    if (!buffer) {
      return {
        docs: [],
        problem: { ruleId: "render-error", file, line: 1, column: 1, message: `File is too large to lint (${fs.size(file)} bytes; limit ${MAX_FILE_BYTES}).` }
      };
    }
    if (buffer.subarray(0, 8192).includes(0)) {
      return { docs: [], problem: { ruleId: "render-error", file, line: 1, column: 1, message: "Binary file where a YAML manifest was expected." } };
    }
    text = buffer.toString("utf8");
  } catch (error) {
    const code = error.code ?? "read error";
    return { docs: [], problem: { ruleId: "render-error", file, line: 1, column: 1, message: `Cannot read file (${code}).` } };
  }
  const memo = parseMemo();
  const remembered = memo ? fromMemo(memo.get(file, text, MEMO_KIND), file, text) : void 0;
  if (remembered) return remembered;
  const parsed = parseYamlFile(file, text);
  if (memo) {
    const wire = { d: parsed.docs.map((d) => [d.docIndex, d.line, d.object]) };
    if (parsed.problem) wire.p = [parsed.problem.ruleId, parsed.problem.line, parsed.problem.column, parsed.problem.message];
    if (jsonSafe(wire)) memo.set(file, text, MEMO_KIND, wire);
  }
  return parsed;
}
var MEMO_KIND = "tree";
function fromMemo(value, file, text) {
  if (!isRecord2(value) || !Array.isArray(value.d)) return void 0;
  const docs = [];
  for (const d of value.d) {
    if (!Array.isArray(d) || typeof d[0] !== "number" || typeof d[1] !== "number" || !isRecord2(d[2])) return void 0;
    docs.push({ file, docIndex: d[0], line: d[1], object: d[2] });
  }
  if (value.p === void 0) return { docs, text };
  const p = value.p;
  if (!Array.isArray(p) || p[0] !== "yaml-syntax" && p[0] !== "render-error" || typeof p[1] !== "number" || typeof p[2] !== "number" || typeof p[3] !== "string") return void 0;
  return { docs, problem: { ruleId: p[0], file, line: p[1], column: p[2], message: p[3] }, text };
}
function parseYamlFile(file, text) {
  const counter = new import_yaml11.LineCounter();
  let parsed;
  try {
    parsed = parseYamlStream(text, { lineCounter: counter, uniqueKeys: false, prettyErrors: true });
  } catch (error) {
    return { docs: [], problem: yamlProblem(file, error), text };
  }
  const docs = [];
  let problem;
  parsed.forEach((doc, docIndex) => {
    if (doc.errors.length > 0) {
      problem ??= yamlProblem(file, doc.errors[0]);
      return;
    }
    if (!(0, import_yaml11.isMap)(doc.contents)) return;
    const kind = doc.contents.get("kind");
    const apiVersion = doc.contents.get("apiVersion");
    let object;
    if (typeof kind === "string" && typeof apiVersion === "string" && !FULL_KINDS.has(kind)) {
      object = { apiVersion, kind };
    } else {
      try {
        object = yamlToJS(doc);
      } catch (error) {
        if (error instanceof YamlAliasError) {
          const pos = counter.linePos(error.offset);
          problem ??= { ruleId: "yaml-syntax", file, line: pos.line, column: pos.col, message: `Invalid YAML: ${error.message}.` };
        } else problem ??= yamlProblem(file, error);
        return;
      }
    }
    if (isRecord2(object)) {
      const line = doc.contents.range ? counter.linePos(doc.contents.range[0]).line : 1;
      docs.push({ file, docIndex, line, object });
    }
  });
  return problem ? { docs, problem, text } : { docs, text };
}
function isJsonManifest(file, fs) {
  try {
    const buffer = readFileCapped(fs, file, MAX_FILE_BYTES);
    if (!buffer) return false;
    const value = JSON.parse(buffer.toString("utf8"));
    return isRecord2(value) && typeof value.apiVersion === "string" && typeof value.kind === "string";
  } catch {
    return false;
  }
}
function walk2(roots, fs, excluded, boundary, yamlFiles) {
  const result = { kustomizations: /* @__PURE__ */ new Map(), manifests: /* @__PURE__ */ new Map(), nonManifests: /* @__PURE__ */ new Set(), problems: [], charts: [], escapes: [] };
  const seenDirs = /* @__PURE__ */ new Set();
  const dirProblem = (dir, error) => {
    const code = error.code ?? "error";
    result.problems.push({ ruleId: "render-error", file: dir, line: 1, column: 1, message: `Cannot read directory (${code}).` });
  };
  const visit2 = (dir) => {
    let real;
    try {
      real = fs.realpath(dir);
    } catch (error) {
      dirProblem(dir, error);
      return;
    }
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    let entries;
    try {
      entries = fs.readdir(dir).sort();
    } catch (error) {
      dirProblem(dir, error);
      return;
    }
    if (entries.includes(HELM_CHART_FILE) && !roots.includes(dir) && typeOrUndefined(fs, childPath(dir, HELM_CHART_FILE)) === "file") {
      result.charts.push(dir);
      return;
    }
    const kfile = KUSTOMIZATION_FILES3.find((n) => entries.includes(n));
    for (const name of entries) {
      const path8 = childPath(dir, name);
      let type;
      try {
        type = fs.typeOf(path8);
        if (fs.isSymlink(path8)) {
          const target = fs.realpath(path8);
          if (!within(target, boundary)) {
            result.escapes.push({ link: path8, target });
            continue;
          }
        }
      } catch (error) {
        const code = error.code ?? "error";
        if ((/\.ya?ml$/.test(name) || code === "ELOOP") && !excluded(path8, false)) {
          const why = code === "ELOOP" ? "symlink loop" : code === "ENOENT" ? "dangling symlink" : code;
          result.problems.push({ ruleId: "render-error", file: path8, line: 1, column: 1, message: `Cannot read ${name} (${why}).` });
        }
        continue;
      }
      if (type === "dir") {
        if (!SKIP_DIRS.has(name) && !(name.startsWith(".") && name !== ".argocd") && !excluded(path8, true)) visit2(path8);
        continue;
      }
      const json = /\.json$/.test(name);
      if (type !== "file" || !(json || /\.ya?ml$/.test(name) || name === "Kustomization")) continue;
      if (excluded(path8, false)) continue;
      if (json && !isJsonManifest(path8, fs)) continue;
      let parsed = yamlFiles?.get(path8);
      if (!parsed) {
        parsed = readYamlFile(path8, fs);
        yamlFiles?.set(path8, parsed);
      }
      const { docs, problem } = parsed;
      if (problem) result.problems.push(problem);
      if (name === kfile) {
        const k2 = docs[0]?.object ?? {};
        result.kustomizations.set(dir, {
          dir,
          file: path8,
          isComponent: k2.kind === "Component",
          refs: kustomizationRefs(k2, dir)
        });
        continue;
      }
      const manifests = docs.filter((d) => typeof d.object.apiVersion === "string" && typeof d.object.kind === "string");
      if (manifests.length > 0 || problem && docs.length === 0) result.manifests.set(path8, manifests);
      else if (!problem && docs.length > 0) result.nonManifests.add(path8);
    }
  };
  for (const root of roots) visit2(root);
  return result;
}
function where(doc, cwd) {
  return `${toPosix(relativePath(cwd, doc.file))}:${doc.line}`;
}
function resolveSourcePath(path8, sourceRoots, fs, boundary) {
  if (isAbsolute2(path8)) return void 0;
  for (const root of sourceRoots) {
    const candidate = resolvePath(root, path8);
    if (typeOrUndefined(fs, candidate) !== "dir") continue;
    try {
      if (within(fs.realpath(candidate), boundary)) return candidate;
    } catch {
    }
  }
  return void 0;
}
function directoryManifests(dir, recurse, manifests, include, exclude) {
  const inc = include ? (0, import_picomatch.default)(include.replace(/^\{|\}$/g, "").split(",").map((s) => s.trim())) : void 0;
  const exc = exclude ? (0, import_picomatch.default)(exclude.replace(/^\{|\}$/g, "").split(",").map((s) => s.trim())) : void 0;
  return [...manifests.keys()].filter((f) => {
    const rel = toPosix(relativePath(dir, f));
    if (rel.startsWith("..")) return false;
    if (!recurse && rel.includes("/")) return false;
    if (inc && !inc(rel) && !inc(basename2(rel))) return false;
    if (exc && (exc(rel) || exc(basename2(rel)))) return false;
    return true;
  }).sort();
}

// src/gitops/ignore.ts
var import_ignore = __toESM(require_ignore(), 1);
import { isAbsolute as isAbsolute3, join, relative as relative2 } from "node:path";
var IGNORE_FILE_NAME = ".pgwardenignore";
function scoped(base, matcher) {
  return (path8, dir) => {
    const rel = toPosix(relative2(base, path8));
    if (!rel || rel.startsWith("../") || rel === ".." || isAbsolute3(rel)) return false;
    return matcher.ignores(dir ? `${rel}/` : rel);
  };
}
function buildExcluder(options2) {
  const scopes = [];
  const patterns = (options2.patterns ?? []).filter((p) => p.trim() !== "");
  if (patterns.length > 0) scopes.push({ base: options2.cwd, matcher: (0, import_ignore.default)().add(patterns.map(toPosix)) });
  const file = join(options2.ignoreFileDir, IGNORE_FILE_NAME);
  let ignoreFile;
  try {
    const text = options2.fs.readFile(file).toString("utf8");
    scopes.push({ base: options2.ignoreFileDir, matcher: (0, import_ignore.default)().add(text) });
    ignoreFile = file;
  } catch {
  }
  const excluders = scopes.map((s) => scoped(s.base, s.matcher));
  const excluded = (path8, dir) => excluders.some((e) => e(path8, dir));
  return ignoreFile ? { excluded, ignoreFile } : { excluded };
}
var NOTHING_EXCLUDED = () => false;

// src/gitops/discover.ts
import { relative as relative5, sep as sep6 } from "node:path";

// src/gitops/argo.ts
import { isAbsolute as isAbsolute4, relative as relative3, resolve as resolve2, sep as sep4 } from "node:path";

// src/gitops/path-match.ts
var MAX_PATTERN_LENGTH = 1024;
function goPathMatch(pattern, name) {
  if (pattern.length > MAX_PATTERN_LENGTH) return void 0;
  const pat = Array.from(pattern);
  const nm = Array.from(name);
  let p = 0;
  let n = 0;
  chunks: while (p < pat.length) {
    const { star, start, end } = scanChunk(pat, p);
    p = end;
    if (star && start === end) return !nm.includes("/", n);
    const here = matchChunk(pat, start, end, nm, n);
    if (here === BAD) return void 0;
    if (here >= 0 && (here === nm.length || p < pat.length)) {
      n = here;
      continue;
    }
    if (star) {
      for (let i = n; i < nm.length && nm[i] !== "/"; i++) {
        const skipped = matchChunk(pat, start, end, nm, i + 1);
        if (skipped === BAD) return void 0;
        if (skipped >= 0) {
          if (p === pat.length && skipped < nm.length) continue;
          n = skipped;
          continue chunks;
        }
      }
    }
    while (p < pat.length) {
      const next = scanChunk(pat, p);
      p = next.end;
      if (matchChunk(pat, next.start, next.end, [], 0) === BAD) return void 0;
    }
    return false;
  }
  return n === nm.length;
}
var BAD = -2;
var NO_MATCH = -1;
function scanChunk(pat, from) {
  let start = from;
  while (start < pat.length && pat[start] === "*") start++;
  let inRange = false;
  let i = start;
  for (; i < pat.length; i++) {
    const c = pat[i];
    if (c === "\\") {
      if (i + 1 < pat.length) i++;
    } else if (c === "[") inRange = true;
    else if (c === "]") inRange = false;
    else if (c === "*" && !inRange) break;
  }
  return { star: start > from, start, end: i };
}
function matchChunk(pat, start, end, s, at2) {
  let failed = false;
  let c = start;
  while (c < end) {
    if (!failed && at2 >= s.length) failed = true;
    const ch = pat[c];
    if (ch === "[") {
      const r = failed ? void 0 : s[at2++].codePointAt(0);
      c++;
      let negated = false;
      if (c < end && pat[c] === "^") {
        negated = true;
        c++;
      }
      let match = false;
      let ranges = 0;
      for (; ; ) {
        if (c < end && pat[c] === "]" && ranges > 0) {
          c++;
          break;
        }
        const lo = classChar(pat, c, end);
        if (!lo) return BAD;
        c = lo.next;
        let hi = lo.rune;
        if (pat[c] === "-") {
          const high = classChar(pat, c + 1, end);
          if (!high) return BAD;
          c = high.next;
          hi = high.rune;
        }
        if (r !== void 0 && lo.rune <= r && r <= hi) match = true;
        ranges++;
      }
      if (match === negated) failed = true;
    } else if (ch === "?") {
      if (!failed) {
        if (s[at2] === "/") failed = true;
        at2++;
      }
      c++;
    } else {
      let literal = ch;
      if (ch === "\\") {
        c++;
        if (c >= end) return BAD;
        literal = pat[c];
      }
      if (!failed) {
        if (literal !== s[at2]) failed = true;
        at2++;
      }
      c++;
    }
  }
  return failed ? NO_MATCH : at2;
}
function classChar(pat, c, end) {
  let i = c;
  if (i >= end || pat[i] === "-" || pat[i] === "]") return void 0;
  if (pat[i] === "\\") {
    i++;
    if (i >= end) return void 0;
  }
  const rune = pat[i].codePointAt(0);
  i++;
  if (i >= end) return void 0;
  return { rune, next: i };
}
function staticPrefix(pattern) {
  const meta = pattern.search(/[*?[\\]/);
  if (meta < 0) return pattern;
  const slash = pattern.lastIndexOf("/", meta);
  return slash < 0 ? "" : pattern.slice(0, slash);
}

// src/gitops/argo.ts
function str2(value) {
  return typeof value === "string" ? value : void 0;
}
function stringRecord2(value) {
  return Object.fromEntries(Object.entries(value).map(([k2, v]) => [k2, String(v)]));
}
function gitDirectoryParams(repoRelDir) {
  const segments = repoRelDir.split("/");
  const base = segments[segments.length - 1] ?? "";
  const params = {
    path: repoRelDir,
    "path.path": repoRelDir,
    "path.basename": base,
    "path.basenameNormalized": base.replace(/[^a-zA-Z0-9-]/g, "-"),
    "path.filename": base
  };
  segments.forEach((seg, i) => {
    params[`path[${i}]`] = seg;
    params[`path.segments[${i}]`] = seg;
  });
  return params;
}
function flatParams(value, prefix = "") {
  const out = {};
  for (const [k2, v] of Object.entries(value)) {
    if (isRecord2(v)) Object.assign(out, flatParams(v, `${prefix}${k2}.`));
    else if (v !== null && v !== void 0) out[`${prefix}${k2}`] = String(v);
  }
  return out;
}
function applyAppSetTemplate(template, params) {
  return template.replace(/\{\{-?\s*\.?([\w.]+(?:\[\d+\])?)\s*-?\}\}/g, (whole, key) => params[key] ?? whole);
}
function generatorParams(generators, tree) {
  const sets = [];
  const unsupported = [];
  for (const gen of Array.isArray(generators) ? generators : []) {
    if (!isRecord2(gen)) continue;
    const git2 = gen.git;
    const list = gen.list;
    if (isRecord2(git2) && Array.isArray(git2.directories)) {
      const dirs = git2.directories.filter(isRecord2).map((d) => ({ path: str2(d.path) ?? "", exclude: d.exclude === true }));
      const includes = dirs.filter((p) => !p.exclude).map((p) => p.path);
      const excludes = dirs.filter((p) => p.exclude).map((p) => p.path);
      const matches2 = (patterns, dir) => patterns.some((pattern) => goPathMatch(pattern, dir) === true);
      for (const root of tree.sourceRoots) {
        const matched = [...new Set(includes.flatMap((pattern) => dirsBelowBase(root, pattern, tree)))].map((d) => toPosix(relativePath(root, d))).filter((d) => d && matches2(includes, d) && !matches2(excludes, d));
        if (matched.length === 0) continue;
        for (const repoRelDir of matched.sort()) sets.push({ params: gitDirectoryParams(repoRelDir), root });
        break;
      }
    } else if (isRecord2(list) && Array.isArray(list.elements)) {
      for (const element of list.elements) if (isRecord2(element)) sets.push({ params: flatParams(element) });
    } else if (isRecord2(gen.matrix) || isRecord2(gen.merge)) {
      const inner = gen.matrix ?? gen.merge;
      const nested = generatorParams(inner.generators, tree);
      sets.push(...nested.sets);
      unsupported.push(...nested.unsupported);
    } else {
      unsupported.push(Object.keys(gen).join(","));
    }
  }
  return { sets, unsupported };
}
function dirsBelowBase(root, pattern, tree) {
  const start = resolve2(root, staticPrefix(pattern));
  const rel = relative3(root, start);
  if (rel === ".." || rel.startsWith(`..${sep4}`) || isAbsolute4(rel)) return [];
  let dir = root;
  for (const name of rel ? rel.split(sep4) : []) {
    dir = childPath(dir, name);
    if (!entered(name, dir, tree)) return [];
  }
  return listDirs(start, tree);
}
function entered(name, path8, tree) {
  return !SKIP_DIRS.has(name) && !name.startsWith(".") && !tree.excluded(path8, true);
}
function listDirs(root, tree) {
  const cached = tree.dirs.get(root);
  if (cached) return cached;
  const dirs = [];
  tree.dirs.set(root, dirs);
  const seen = /* @__PURE__ */ new Set();
  const visit2 = (dir) => {
    let real;
    try {
      real = tree.fs.realpath(dir);
    } catch {
      return;
    }
    if (seen.has(real) || !within(real, tree.boundary)) return;
    seen.add(real);
    dirs.push(dir);
    let entries = [];
    try {
      entries = tree.fs.readdir(dir);
    } catch {
      return;
    }
    for (const name of entries) {
      const path8 = childPath(dir, name);
      if (entered(name, path8, tree) && typeOrUndefined(tree.fs, path8) === "dir") visit2(path8);
    }
  };
  visit2(root);
  return dirs;
}
function applicationApps(doc, ctx) {
  const o = doc.object;
  const metadata = isRecord2(o.metadata) ? o.metadata : {};
  const spec = isRecord2(o.spec) ? o.spec : {};
  const name = str2(metadata.name) ?? "(unnamed)";
  const sources = [spec.source, ...Array.isArray(spec.sources) ? spec.sources : []].filter(isRecord2);
  const destination = isRecord2(spec.destination) ? spec.destination : {};
  sources.forEach((source, i) => {
    if (str2(source.chart) || isRecord2(source.helm)) {
      ctx.diagnostics.push(`${where(doc, ctx.cwd)}: argocd:${name}: Helm sources are not rendered by pgwarden; skipped.`);
      return;
    }
    const overrides = isRecord2(source.kustomize) ? source.kustomize : {};
    const unapplied = Object.keys(overrides).filter((k2) => !["namespace", "commonLabels", "commonAnnotations", "version"].includes(k2));
    if (unapplied.length > 0) {
      ctx.diagnostics.push(`${where(doc, ctx.cwd)}: argocd:${name}: spec.source.kustomize ${unapplied.join(", ")} not applied; linting without.`);
    }
    const path8 = str2(source.path);
    if (path8 === void 0) return;
    const dir = resolveSourcePath(path8, ctx.sourceRoots, ctx.fs, ctx.boundary);
    if (!dir) {
      ctx.diagnostics.push(`${where(doc, ctx.cwd)}: argocd:${name}: source path "${path8}" is not a directory in this tree; skipped.`);
      return;
    }
    const directory = isRecord2(source.directory) ? source.directory : {};
    const argo = {
      kind: "argocd",
      name,
      path: dir,
      recurse: directory.recurse === true,
      definedAt: where(doc, ctx.cwd)
    };
    const ns = str2(destination.namespace);
    if (ns) argo.destinationNamespace = ns;
    const kustomizeNamespace = str2(overrides.namespace);
    if (kustomizeNamespace) argo.namespaceOverride = kustomizeNamespace;
    if (isRecord2(overrides.commonLabels) || isRecord2(overrides.commonAnnotations)) {
      argo.commonMetadata = {
        labels: stringRecord2(isRecord2(overrides.commonLabels) ? overrides.commonLabels : {}),
        annotations: stringRecord2(isRecord2(overrides.commonAnnotations) ? overrides.commonAnnotations : {})
      };
    }
    const inc = str2(directory.include);
    const exc = str2(directory.exclude);
    if (inc) argo.include = inc;
    if (exc) argo.exclude = exc;
    const app = ctx.appForDir(dir, { name: ctx.uniqueName(sources.length > 1 ? `argocd:${name}[${i}]` : `argocd:${name}`), loadRestrictor: "rootOnly", argo });
    if (app) ctx.apps.push(app);
    else ctx.diagnostics.push(`${where(doc, ctx.cwd)}: argocd:${name}: "${path8}" holds no manifests.`);
  });
}
function applicationSetApps(doc, ctx) {
  const o = doc.object;
  const metadata = isRecord2(o.metadata) ? o.metadata : {};
  const spec = isRecord2(o.spec) ? o.spec : {};
  const name = str2(metadata.name) ?? "(unnamed)";
  const { sets, unsupported } = generatorParams(spec.generators, ctx);
  const template = isRecord2(spec.template) ? spec.template : {};
  const tspec = isRecord2(template.spec) ? template.spec : {};
  const tsource = isRecord2(tspec.source) ? tspec.source : {};
  const tmeta = isRecord2(template.metadata) ? template.metadata : {};
  const tdest = isRecord2(tspec.destination) ? tspec.destination : {};
  if (unsupported.length > 0) {
    ctx.diagnostics.push(`${where(doc, ctx.cwd)}: argocd:${name}: generators ${unsupported.join("; ")} are not expanded (git directories and list are).`);
  }
  for (const { params, root } of sets) {
    const appName = applyAppSetTemplate(str2(tmeta.name) ?? `${name}-{{path.basename}}`, params);
    const path8 = applyAppSetTemplate(str2(tsource.path) ?? "{{path}}", params);
    const dir = root ? resolvePath(root, path8) : resolveSourcePath(path8, ctx.sourceRoots, ctx.fs, ctx.boundary);
    if (!dir || path8.includes("{{")) {
      ctx.diagnostics.push(`${where(doc, ctx.cwd)}: argocd:${appName}: source path "${path8}" is not a directory in this tree; skipped.`);
      return;
    }
    const argo = { kind: "argocd", name: appName, path: dir, recurse: false, definedAt: where(doc, ctx.cwd) };
    const ns = str2(tdest.namespace);
    if (ns) argo.destinationNamespace = applyAppSetTemplate(ns, params);
    const app = ctx.appForDir(dir, { name: ctx.uniqueName(`argocd:${appName}`), loadRestrictor: "rootOnly", argo });
    if (app) ctx.apps.push(app);
  }
}

// src/gitops/flux-kustomization.ts
import { resolve as resolve3 } from "node:path";
function fluxKustomizationApp(doc, ctx) {
  const o = doc.object;
  const metadata = isRecord2(o.metadata) ? o.metadata : {};
  const spec = isRecord2(o.spec) ? o.spec : {};
  const name = str2(metadata.name) ?? "(unnamed)";
  const namespace = str2(metadata.namespace) ?? "flux-system";
  const path8 = str2(spec.path) ?? "./";
  const dir = resolveSourcePath(path8, ctx.sourceRoots, ctx.fs, ctx.boundary);
  if (!dir) {
    ctx.diagnostics.push(`${where(doc, ctx.cwd)}: flux:${namespace}/${name}: spec.path "${path8}" is not a directory in this tree; skipped.`);
    return;
  }
  const postBuild = isRecord2(spec.postBuild) ? spec.postBuild : {};
  const substitute = {};
  if (isRecord2(postBuild.substitute)) {
    for (const [k2, v] of Object.entries(postBuild.substitute)) if (v !== null && v !== void 0) substitute[k2] = String(v);
  }
  const flux = {
    kind: "flux",
    name,
    namespace,
    path: dir,
    components: (Array.isArray(spec.components) ? spec.components : []).filter((c) => typeof c === "string").map((c) => resolve3(dir, c)),
    substitute,
    substituteFrom: (Array.isArray(postBuild.substituteFrom) ? postBuild.substituteFrom : []).filter(isRecord2).map((s) => ({
      kind: str2(s.kind) ?? "ConfigMap",
      name: str2(s.name) ?? "",
      optional: s.optional === true
    })),
    definedAt: where(doc, ctx.cwd)
  };
  const target = str2(spec.targetNamespace);
  if (target) flux.targetNamespace = target;
  if (isRecord2(spec.commonMetadata)) {
    const labels = isRecord2(spec.commonMetadata.labels) ? spec.commonMetadata.labels : {};
    const annotations = isRecord2(spec.commonMetadata.annotations) ? spec.commonMetadata.annotations : {};
    flux.commonMetadata = { labels: stringRecord2(labels), annotations: stringRecord2(annotations) };
  }
  for (const unsupported of ["patches", "images", "namePrefix", "nameSuffix"]) {
    if (spec[unsupported] !== void 0) {
      ctx.diagnostics.push(`${where(doc, ctx.cwd)}: flux:${namespace}/${name}: spec.${unsupported} is not applied by pgwarden; linting without it.`);
    }
  }
  const app = ctx.appForDir(dir, { name: ctx.uniqueName(`flux:${namespace}/${name}`), loadRestrictor: "none", components: flux.components, flux });
  if (app) ctx.apps.push(app);
  else ctx.diagnostics.push(`${where(doc, ctx.cwd)}: flux:${namespace}/${name}: "${path8}" holds no manifests.`);
}

// src/gitops/roots.ts
import { dirname as dirname2, relative as relative4, sep as sep5 } from "node:path";
var GITOPS_GROUPS = /^(argoproj\.io|[a-z]+\.toolkit\.fluxcd\.io)\//;
var PGWARDEN_GROUP = /^pgwarden\.io\//;
function rootsAndLoose(ctx, covered) {
  const { tree, uniqueName, usedNames } = ctx;
  const rel = (p) => toPosix(relative4(ctx.cwd, p)) || ".";
  const included = /* @__PURE__ */ new Set();
  for (const k2 of tree.kustomizations.values()) for (const ref of k2.refs) included.add(ref);
  const sourceDirs = ctx.apps.flatMap((a) => [a.argo?.path, a.flux?.path].filter((d) => Boolean(d)));
  const underSource = (file) => sourceDirs.some((d) => file.startsWith(`${d}${sep5}`));
  const out = [];
  const sorted = [...tree.kustomizations.values()].sort((a, b) => compareText(a.dir, b.dir));
  const reached = /* @__PURE__ */ new Set();
  const reach = (dir) => {
    if (reached.has(dir)) return;
    reached.add(dir);
    for (const ref of tree.kustomizations.get(dir)?.refs ?? []) if (tree.kustomizations.has(ref)) reach(ref);
  };
  for (const k2 of sorted) {
    if (included.has(k2.dir) || k2.isComponent) continue;
    reach(k2.dir);
    if (covered && (covered.has(k2.file) || underSource(k2.file))) continue;
    out.push({ name: uniqueName(rel(k2.dir)), type: "kustomization", dir: k2.dir, anchor: k2.file, loadRestrictor: "rootOnly" });
  }
  for (const k2 of sorted) {
    if (reached.has(k2.dir) || k2.isComponent) continue;
    reach(k2.dir);
    if (covered && (covered.has(k2.file) || underSource(k2.file))) continue;
    out.push({ name: uniqueName(rel(k2.dir)), type: "kustomization", dir: k2.dir, anchor: k2.file, loadRestrictor: "rootOnly" });
  }
  const looseByDir = /* @__PURE__ */ new Map();
  for (const [file, docs] of tree.manifests) {
    if (included.has(file) || docs.length === 0) continue;
    if (docs.every((d) => PGWARDEN_GROUP.test(String(d.object.apiVersion)))) continue;
    if (covered) {
      if (covered.has(file) || underSource(file)) continue;
      if (docs.every((d) => GITOPS_GROUPS.test(String(d.object.apiVersion)))) continue;
    }
    const dir = dirname2(file);
    looseByDir.set(dir, [...looseByDir.get(dir) ?? [], file]);
  }
  for (const [dir, files] of [...looseByDir].sort(([a], [b]) => compareText(a, b))) {
    const base = rel(dir);
    const name = usedNames.has(base) ? `${base} (loose files)` : base;
    out.push({ name: uniqueName(name), type: "files", files: files.sort(), anchor: files[0] ?? dir, loadRestrictor: "rootOnly" });
  }
  return out;
}

// src/gitops/discover.ts
function discover(options2) {
  const { cwd } = options2;
  const fs = options2.fs ?? memoizedFs(nodeFs);
  const excluded = options2.excluded ?? NOTHING_EXCLUDED;
  const boundary = realBoundary(options2.repoRoot ? [options2.repoRoot] : options2.roots, fs);
  const tree = walk2(options2.roots, fs, excluded, boundary, options2.yamlFiles);
  const diagnostics = tree.escapes.map((e) => `${toPosix(relative5(cwd, e.link))}: symlink out of the repository (to ${e.target}); not read.`);
  const allDocs = [...tree.manifests.values()].flat();
  const configMaps = allDocs.filter((d) => d.object.kind === "ConfigMap" && d.object.apiVersion === "v1");
  const apps = [];
  const generatorProblems = [];
  const usedNames = /* @__PURE__ */ new Set();
  const uniqueName = (name) => {
    let candidate = name;
    for (let n = 2; usedNames.has(candidate); n++) candidate = `${name}#${n}`;
    usedNames.add(candidate);
    return candidate;
  };
  const appForDir = (dir, base) => {
    const kfile = tree.kustomizations.get(dir)?.file ?? findKustomizationFile(dir, (p) => typeOrUndefined(fs, p) === "file");
    if (kfile) return { ...base, type: "kustomization", dir, anchor: kfile };
    if (base.flux) {
      const nested = [...tree.kustomizations.keys()].filter((k2) => k2.startsWith(`${dir}${sep6}`)).filter((k2, _i, all) => !all.some((other) => other !== k2 && k2.startsWith(`${other}${sep6}`))).sort();
      const outsideNested = (f) => !nested.some((k2) => f.startsWith(`${k2}${sep6}`));
      const files2 = directoryManifests(dir, true, tree.manifests).filter(outsideNested);
      for (const f of [...tree.nonManifests].filter((f2) => f2.startsWith(`${dir}${sep6}`) && outsideNested(f2)).sort()) {
        if (generatorProblems.some((p) => p.file === f)) continue;
        generatorProblems.push({
          ruleId: "render-error",
          file: f,
          line: 1,
          column: 1,
          message: `Not a Kubernetes manifest (no apiVersion and kind), in ${base.name}'s spec.path, which has no kustomization.yaml: kustomize-controller generates one listing every YAML file there and fails to decode this one. Add a kustomization.yaml that lists the manifests, or move this file out of the path.`
        });
      }
      if (files2.length === 0 && nested.length === 0) return void 0;
      const anchor = files2[0] ?? tree.kustomizations.get(nested[0] ?? "")?.file ?? dir;
      return { ...base, type: "files", files: files2, kustomizations: nested, anchor };
    }
    const files = directoryManifests(dir, base.argo ? base.argo.recurse : true, tree.manifests, base.argo?.include, base.argo?.exclude);
    if (files.length === 0) return void 0;
    return { ...base, type: "files", files, anchor: files[0] ?? dir };
  };
  const ctx = { cwd, sourceRoots: options2.sourceRoots, fs, excluded, boundary, tree, dirs: /* @__PURE__ */ new Map(), diagnostics, apps, uniqueName, appForDir };
  for (const doc of allDocs) {
    const apiVersion = str2(doc.object.apiVersion) ?? "";
    const kind = doc.object.kind;
    if (apiVersion.startsWith("argoproj.io/") && kind === "Application") applicationApps(doc, ctx);
    else if (apiVersion.startsWith("argoproj.io/") && kind === "ApplicationSet") applicationSetApps(doc, ctx);
    else if (apiVersion.startsWith("kustomize.toolkit.fluxcd.io/") && kind === "Kustomization") fluxKustomizationApp(doc, ctx);
  }
  for (const chart of tree.charts) {
    diagnostics.push(`${toPosix(relative5(cwd, chart)) || "."}: Helm chart (${HELM_CHART_FILE}) skipped: its templates are not Kubernetes YAML until helm renders them.`);
  }
  const gitops = apps.length > 0;
  const roots = { cwd, tree, apps: [...apps], usedNames, uniqueName };
  if (!gitops) apps.push(...rootsAndLoose(roots));
  const uncovered = (covered) => gitops ? rootsAndLoose(roots, covered).map((a) => ({ ...a, undeployed: true })) : [];
  const discovery = { apps, problems: [...tree.problems, ...generatorProblems], diagnostics, configMaps, gitops, uncovered };
  if (options2.repoRoot) discovery.repoRoot = options2.repoRoot;
  return discovery;
}

// src/gitops/checkout.ts
import { execFileSync as execFileSync2 } from "node:child_process";
import { readFileSync as readFileSync3, realpathSync as realpathSync3, statSync as statSync3 } from "node:fs";
import { dirname as dirname3, join as join2 } from "node:path";
function askGit(cwd) {
  try {
    return execFileSync2("git", ["rev-parse", "--show-toplevel"], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim() || void 0;
  } catch {
    return void 0;
  }
}
function holdsGit(dir) {
  const dotGit = join2(dir, ".git");
  let isDir;
  try {
    isDir = statSync3(dotGit).isDirectory();
  } catch {
    return false;
  }
  try {
    if (isDir) return statSync3(join2(dotGit, "HEAD")).isFile();
    return readFileSync3(dotGit, "utf8").startsWith("gitdir:");
  } catch {
    return false;
  }
}
function checkoutRoot(cwd, env = process.env) {
  if (env.GIT_DIR || env.GIT_WORK_TREE || env.GIT_CEILING_DIRECTORIES) return askGit(cwd);
  let found;
  try {
    let dir = realpathSync3(cwd);
    for (; ; ) {
      if (holdsGit(dir)) {
        found = dir;
        break;
      }
      const up = dirname3(dir);
      if (up === dir) break;
      dir = up;
    }
  } catch {
    found = void 0;
  }
  return found;
}

// src/gitops/git.ts
function gitTopLevel(cwd) {
  return checkoutRoot(cwd);
}

// src/gitops/scope.ts
import { isAbsolute as isAbsolute5, sep as sep7 } from "node:path";
var KUSTOMIZE_ONLY = ["helmCharts", "helmChartInflationGenerator", "helmGlobals", "transformers", "generators", "validators", "openapi", "crds", "configurations"];
function definitionFile(app, cwd) {
  const at2 = app.argo?.definedAt ?? app.flux?.definedAt;
  return at2 ? resolvePath(cwd, at2.replace(/:\d+$/, "")) : void 0;
}
function appReaches(rendered, files, cwd) {
  const definedIn = definitionFile(rendered.app, cwd);
  return rendered.inputs.some((input) => files.has(input)) || definedIn !== void 0 && files.has(definedIn);
}
var isRemote = (path8) => path8.includes("://") || /^(git@|github\.com\/)/.test(path8);
function boundApp(app, parsed, fs, cwd) {
  if (app.type !== "kustomization" || !app.dir || app.loadRestrictor !== "rootOnly" || app.flux || app.components?.length) return void 0;
  const roots = [];
  let namespace = app.argo?.namespaceOverride;
  const queue = [app.dir];
  for (let dir = queue.shift(); dir !== void 0; dir = queue.shift()) {
    let real;
    try {
      real = fs.realpath(dir);
    } catch {
      return void 0;
    }
    if (roots.includes(real)) continue;
    roots.push(real);
    const file = findKustomizationFile(dir, (path8) => typeOrUndefined(fs, path8) === "file");
    const doc = file ? parsed.get(file) : void 0;
    const k2 = doc && !doc.problem && doc.docs.length <= 1 ? doc.docs[0]?.object ?? {} : void 0;
    if (!k2 || KUSTOMIZE_ONLY.some((field2) => k2[field2] !== void 0)) return void 0;
    if (dir === app.dir && namespace === void 0) namespace = typeof k2.namespace === "string" ? k2.namespace : void 0;
    for (const key of ["resources", "bases", "components"]) {
      const entries = k2[key];
      if (entries === void 0) continue;
      if (!Array.isArray(entries)) return void 0;
      for (const entry of entries) {
        if (typeof entry !== "string" || isRemote(entry)) return void 0;
        const target = resolvePath(dir, entry);
        if (typeOrUndefined(fs, target) === "dir") queue.push(target);
      }
    }
  }
  if (!namespace || /[${}]/.test(namespace)) return void 0;
  const definedIn = definitionFile(app, cwd);
  return { roots, definedIn: definedIn ? [definedIn] : [], namespace };
}
var below = (file, dir) => file === dir || file.startsWith(dir.endsWith(sep7) ? dir : dir + sep7);
async function renderChanged(discovery, renderer, changed, parsed, fs, cwd, onRendered) {
  const cache = renderer.newCache();
  const changedFiles = [...changed].filter((file) => isAbsolute5(file));
  const crdFiles = [...parsed].filter(([, p]) => p.docs.some((d) => d.object.kind === "CustomResourceDefinition")).map(([file]) => file);
  const byApp = /* @__PURE__ */ new Map();
  const waiting = [];
  let done = 0;
  const renderOne = async (app) => {
    byApp.set(app, await renderApp(app, renderer, cache, discovery));
    onRendered?.(++done, discovery.apps.length);
  };
  for (const app of discovery.apps) {
    const bounds = crdFiles.length > 0 ? void 0 : boundApp(app, parsed, fs, cwd);
    const reached = bounds && changedFiles.some((file) => bounds.definedIn.includes(file) || bounds.roots.some((root) => below(file, root)));
    if (bounds && !reached) waiting.push({ app, bounds });
    else await renderOne(app);
  }
  const inScope = [...byApp.values()].filter((r) => appReaches(r, changed, cwd));
  const namespaces = new Set(inScope.flatMap((r) => r.objects.map(namespaceOf2).filter((ns) => !!ns)));
  for (let grew = true; grew; ) {
    grew = false;
    for (const r of byApp.values()) {
      const own = r.objects.map(namespaceOf2).filter((ns) => !!ns);
      if (own.some((ns) => namespaces.has(ns)) && own.some((ns) => !namespaces.has(ns))) {
        for (const ns of own) namespaces.add(ns);
        grew = true;
      }
    }
  }
  const left = [];
  for (const entry of waiting) {
    if (namespaces.has(entry.bounds.namespace)) await renderOne(entry.app);
    else left.push(entry);
  }
  const covered = new Set([...byApp.values()].flatMap((r) => r.inputs));
  for (const file of parsed.keys()) if (left.some(({ bounds }) => bounds.roots.some((root) => below(file, root)))) covered.add(file);
  const extra = discovery.uncovered(covered);
  discovery.apps.push(...extra);
  for (const app of extra) await renderOne(app);
  return { rendered: discovery.apps.flatMap((app) => byApp.get(app) ?? []), left: left.length };
}

// src/gitops/units.ts
function components(apps) {
  const parent = apps.map((_, i) => i);
  const find = (i) => {
    let root = i;
    while (parent[root] !== root) root = parent[root] ?? root;
    while (parent[i] !== root) {
      const next = parent[i] ?? root;
      parent[i] = root;
      i = next;
    }
    return root;
  };
  const owner = /* @__PURE__ */ new Map();
  apps.forEach((app, i) => {
    for (const object of app.objects) {
      const ns = namespaceOf2(object);
      if (!ns) continue;
      const first = owner.get(ns);
      if (first === void 0) owner.set(ns, i);
      else parent[find(i)] = find(first);
    }
  });
  const groups = /* @__PURE__ */ new Map();
  apps.forEach((app, i) => {
    const root = find(i);
    groups.set(root, [...groups.get(root) ?? [], app]);
  });
  return [...groups.values()];
}
function evaluationUnits(apps, report) {
  const units = [];
  for (const group of components(apps.filter((a) => !a.failed))) {
    if (!group.some((a) => report.has(a))) continue;
    const copies = /* @__PURE__ */ new Map();
    for (const app of group) {
      app.objects.forEach((object, index) => {
        const id = identityOf(object);
        const list = copies.get(id);
        if (list) list.push({ object, app, index });
        else copies.set(id, [{ object, app, index }]);
      });
    }
    const rounds = Math.max(1, ...[...copies.values()].map((c) => c.length));
    const passes = [];
    for (let round = 0; round < rounds; round++) {
      const objects = [];
      const reported = [];
      for (const list of copies.values()) {
        const own = list[round];
        const entry = own ?? list[0];
        if (!entry) continue;
        objects.push(entry);
        reported.push(own !== void 0 && report.has(own.app));
      }
      passes.push({ objects, reported });
    }
    units.push({ apps: group, passes });
  }
  return units;
}

// src/gitops/git-tree.ts
import { spawn, spawnSync } from "node:child_process";
import { lstatSync as lstatSync2, mkdirSync, mkdtempSync as mkdtempSync2, readFileSync as readFileSync4, realpathSync as realpathSync4, rmSync as rmSync2, symlinkSync, writeFileSync as writeFileSync2 } from "node:fs";
import { tmpdir as tmpdir2 } from "node:os";
import { dirname as dirname4, join as join3, relative as relative6, resolve as resolve4, sep as sep8 } from "node:path";
var MAX_BASE_ENTRIES = 2e5;
var MAX_BASE_BLOB_BYTES = 64 * 1024 * 1024;
var MAX_BASE_CHANGED_BYTES = 512 * 1024 * 1024;
var MAX_LINKS = 40;
var BaseTreeError = class extends Error {
};
function fsError(code, path8) {
  const error = new Error(`${code}: ${path8}`);
  error.code = code;
  error.path = path8;
  return error;
}
function git(repoRoot, args) {
  const result = spawnSync("git", args, { cwd: repoRoot, encoding: "utf8", maxBuffer: 256 * 1024 * 1024, stdio: ["ignore", "pipe", "pipe"] });
  if (result.status !== 0) throw new BaseTreeError(`git ${args[0]} failed: ${(result.stderr || String(result.error ?? "")).trim().split("\n")[0]}`);
  return result.stdout;
}
function unbornHead(repoRoot) {
  const head = spawnSync("git", ["rev-parse", "--verify", "--quiet", "HEAD"], { cwd: repoRoot, stdio: "ignore" });
  if (head.status === 0) return false;
  return spawnSync("git", ["symbolic-ref", "--quiet", "HEAD"], { cwd: repoRoot, stdio: "ignore" }).status === 0;
}
async function openGitTree(repoRoot, ref) {
  if (ref.startsWith("-") || ref.includes("\0")) throw new BaseTreeError(`"${ref}" is not a git ref`);
  const root = resolve4(repoRoot);
  if (ref === "HEAD" && unbornHead(root)) {
    return new TreeFs(root, "", /* @__PURE__ */ new Map(), /* @__PURE__ */ new Set(), /* @__PURE__ */ new Map()).tree();
  }
  const commit = git(root, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]).trim();
  if (!/^[0-9a-f]{40,64}$/.test(commit)) throw new BaseTreeError(`"${ref}" does not name a commit`);
  const files = /* @__PURE__ */ new Map();
  for (const record2 of git(root, ["ls-tree", "-r", "-z", "--long", "--full-tree", commit]).split("\0")) {
    if (record2 === "") continue;
    const tab = record2.indexOf("	");
    const [mode = "", type = "", oid = "", size = ""] = record2.slice(0, tab).split(/ +/);
    if (type !== "blob") continue;
    const path8 = record2.slice(tab + 1);
    if (path8.startsWith("/") || path8.split("/").some((part) => part === ".." || part === "." || part === "")) {
      throw new BaseTreeError(`path ${JSON.stringify(path8)} in the tree at ${ref} leaves the repository`);
    }
    files.set(path8, { mode, oid, size: Number(size) });
    if (files.size > MAX_BASE_ENTRIES) throw new BaseTreeError(`the tree at ${ref} has more than ${MAX_BASE_ENTRIES} files`);
  }
  const diff = spawnSync("git", ["diff", "--name-only", "-z", "--no-renames", "--no-ext-diff", commit, "--"], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, GIT_OPTIONAL_LOCKS: "0" }
  });
  const changed = diff.status === 0 ? new Set(diff.stdout.split("\0").filter(Boolean)) : void 0;
  const wanted = [...files].filter(([path8, blob]) => blob.mode === "120000" || !changed || changed.has(path8));
  const toRead = wanted.filter(([, blob]) => blob.size <= MAX_BASE_BLOB_BYTES);
  const bytes = toRead.reduce((sum, [, blob]) => sum + blob.size, 0);
  if (bytes > MAX_BASE_CHANGED_BYTES) {
    throw new BaseTreeError(`the files changed since ${ref} hold ${bytes} bytes at ${ref}, more than the ${MAX_BASE_CHANGED_BYTES} read into memory`);
  }
  const blobs = await readBlobs(root, toRead.map(([, blob]) => blob.oid));
  const same = new Set([...files.keys()].filter((path8) => changed !== void 0 && !changed.has(path8)));
  return new TreeFs(root, commit, files, same, blobs).tree();
}
async function readBlobs(repoRoot, oids) {
  const out = /* @__PURE__ */ new Map();
  const unique = [...new Set(oids)];
  if (unique.length === 0) return out;
  const child2 = spawn("git", ["cat-file", "--batch"], { cwd: repoRoot, stdio: ["pipe", "pipe", "pipe"] });
  let stderr = "";
  child2.stderr.on("data", (chunk) => {
    if (stderr.length < 4096) stderr += chunk.toString();
  });
  const exited = new Promise((done) => child2.on("close", done));
  child2.stdin.on("error", () => {
  });
  child2.stdin.end(`${unique.join("\n")}
`);
  let pending = Buffer.alloc(0);
  let index = 0;
  let size;
  for await (const chunk of child2.stdout) {
    pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
    while (index < unique.length) {
      if (size === void 0) {
        const newline = pending.indexOf(10);
        if (newline < 0) break;
        const header = pending.subarray(0, newline).toString();
        const parsed = Number(header.split(" ")[2]);
        if (!header.includes(" blob ") || !Number.isSafeInteger(parsed)) throw new BaseTreeError(`unexpected git cat-file output: ${header.slice(0, 80)}`);
        pending = pending.subarray(newline + 1);
        size = parsed;
      }
      if (pending.length < size + 1) break;
      out.set(unique[index], Buffer.from(pending.subarray(0, size)));
      pending = pending.subarray(size + 1);
      size = void 0;
      index++;
    }
  }
  const status = await exited;
  if (status !== 0 || index < unique.length) throw new BaseTreeError(`git cat-file failed${stderr ? `: ${stderr.trim().split("\n")[0]}` : ""}`);
  return out;
}
var TreeFs = class {
  constructor(root, commit, files, same, blobs) {
    this.root = root;
    this.commit = commit;
    this.files = files;
    this.same = same;
    this.blobs = blobs;
    for (const path8 of files.keys()) {
      let child2 = path8;
      for (let slash = path8.lastIndexOf("/"); ; slash = child2.lastIndexOf("/")) {
        const parent = slash < 0 ? "" : child2.slice(0, slash);
        const name = slash < 0 ? child2 : child2.slice(slash + 1);
        const entries = this.dirs.get(parent);
        if (entries) {
          entries.add(name);
          break;
        }
        this.dirs.set(parent, /* @__PURE__ */ new Set([name]));
        if (parent === "") break;
        child2 = parent;
      }
    }
    let real = root;
    try {
      real = realpathSync4(root);
    } catch {
    }
    this.realRoot = real;
    this.roots = real === root ? [root] : [root, real];
  }
  root;
  commit;
  files;
  same;
  blobs;
  dirs = /* @__PURE__ */ new Map([["", /* @__PURE__ */ new Set()]]);
  /** The root as given and its real path: both name the repository. */
  roots;
  realRoot;
  tree() {
    return { commit: this.commit, fs: this, unchanged: (file) => this.unchangedFile(file), materialize: () => this.materialize() };
  }
  materialize() {
    const root = mkdtempSync2(join3(tmpdir2(), "pgwarden-base-"));
    const dispose = () => rmSync2(root, { recursive: true, force: true });
    try {
      for (const [rel, blob] of this.files) {
        const target = join3(root, ...rel.split("/"));
        mkdirSync(dirname4(target), { recursive: true });
        const absolute = resolve4(this.root, ...rel.split("/"));
        if (blob.mode === "120000") symlinkSync(this.blobs.get(blob.oid)?.toString("utf8") ?? "", target);
        else writeFileSync2(target, blob.size > MAX_BASE_BLOB_BYTES ? "" : this.readFile(absolute));
      }
    } catch (error) {
      dispose();
      throw new BaseTreeError(`cannot write the tree at ${this.commit.slice(0, 12)}: ${error.message}`);
    }
    return { root, dispose };
  }
  /** The tree-relative path of an absolute one; undefined outside the repository. */
  inTree(path8) {
    const abs = resolve4(path8);
    for (const root of this.roots) {
      if (abs === root) return "";
      if (abs.startsWith(root.endsWith(sep8) ? root : root + sep8)) return toPosix(relative6(root, abs));
    }
    return void 0;
  }
  unchangedFile(file) {
    const rel = this.inTree(file);
    return rel !== void 0 && this.same.has(rel);
  }
  /**
   * Every symlink on `rel` resolved (the last one too when `followLast`), as Linux's path walk does: the tree-relative
   * real path, or `outside` (an absolute path out of the repository) for a link that leaves it.
   */
  walk(rel, followLast, original) {
    const pending = rel === "" ? [] : rel.split("/").reverse();
    const done = [];
    let links = 0;
    while (pending.length > 0) {
      const part = pending.pop();
      if (part === "" || part === ".") continue;
      if (part === "..") {
        if (done.length === 0) return { outside: resolve4(this.root, "..", ...pending.reverse()) };
        done.pop();
        continue;
      }
      const here = done.length === 0 ? part : `${done.join("/")}/${part}`;
      const blob = this.files.get(here);
      if (blob?.mode === "120000" && (pending.length > 0 || followLast)) {
        if (++links > MAX_LINKS) throw fsError("ELOOP", original);
        const target = this.blobs.get(blob.oid)?.toString("utf8") ?? "";
        if (target.startsWith("/")) {
          const inside = this.inTree(target);
          if (inside === void 0) return { outside: resolve4(target, ...pending.reverse()) };
          done.length = 0;
          pending.push(...inside === "" ? [] : inside.split("/").reverse());
        } else {
          pending.push(...target.split("/").reverse());
        }
        continue;
      }
      if (pending.length > 0 && !this.dirs.has(here)) throw fsError(blob ? "ENOTDIR" : "ENOENT", original);
      done.push(part);
    }
    return { rel: done.join("/") };
  }
  /** The tree-relative real path of an existing entry (symlinks followed); throws ENOENT for anything else. */
  entry(path8, followLast = true) {
    const rel = this.inTree(path8);
    if (rel === void 0) throw fsError("ENOENT", path8);
    const walked = this.walk(rel, followLast, path8);
    if ("outside" in walked || !this.files.has(walked.rel) && !this.dirs.has(walked.rel)) throw fsError("ENOENT", path8);
    return walked.rel;
  }
  readdir(dir) {
    const rel = this.entry(dir);
    const names = this.dirs.get(rel);
    if (!names) throw fsError("ENOTDIR", dir);
    return [...names];
  }
  typeOf(path8) {
    return this.dirs.has(this.entry(path8)) ? "dir" : "file";
  }
  isSymlink(path8) {
    return this.files.get(this.entry(path8, false))?.mode === "120000";
  }
  size(path8) {
    const rel = this.entry(path8);
    const blob = this.files.get(rel);
    if (!blob) throw fsError("EISDIR", path8);
    return blob.size;
  }
  readFile(path8) {
    const rel = this.entry(path8);
    const blob = this.files.get(rel);
    if (!blob) throw fsError("EISDIR", path8);
    if (this.same.has(rel)) {
      const onDisk = resolve4(this.root, ...rel.split("/"));
      try {
        if (lstatSync2(onDisk).isFile()) return readFileSync4(onDisk);
      } catch {
      }
    }
    return this.blobs.get(blob.oid) ?? this.readBlobNow(blob, path8);
  }
  /** A blob not read ahead (its file changed on disk after the diff): one `git cat-file blob`. */
  readBlobNow(blob, path8) {
    if (blob.size > MAX_BASE_BLOB_BYTES) throw fsError("EFBIG", path8);
    const result = spawnSync("git", ["cat-file", "blob", blob.oid], { cwd: this.root, maxBuffer: MAX_BASE_BLOB_BYTES + 1, stdio: ["ignore", "pipe", "ignore"] });
    if (result.status !== 0 || !Buffer.isBuffer(result.stdout)) throw fsError("EIO", path8);
    return result.stdout;
  }
  realpath(path8) {
    const rel = this.inTree(path8);
    if (rel === void 0) throw fsError("ENOENT", path8);
    const walked = this.walk(rel, true, path8);
    if ("outside" in walked) return walked.outside;
    if (!this.files.has(walked.rel) && !this.dirs.has(walked.rel)) throw fsError("ENOENT", path8);
    return walked.rel === "" ? this.realRoot : resolve4(this.realRoot, ...walked.rel.split("/"));
  }
};

export {
  RenderCache,
  render,
  renderFiles,
  renderToYaml,
  renderApp,
  renderApps,
  toPosix,
  compareText,
  relativePath,
  nodeFs,
  memoizedFs,
  typeOrUndefined,
  KUSTOMIZATION_FILES3 as KUSTOMIZATION_FILES,
  readYamlFile,
  buildExcluder,
  discover,
  gitTopLevel,
  BaseTreeError,
  openGitTree,
  appReaches,
  renderChanged,
  evaluationUnits
};
