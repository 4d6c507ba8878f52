import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  require_picomatch
} from "./chunk-NUU3TWGB.js";
import {
  YamlAliasError,
  parseYamlStream,
  require_dist,
  yamlToJS
} from "./chunk-KZPG3NJF.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-ED6WIMI7.js";

// node_modules/cron-parser/dist/fields/types.js
var require_types = __commonJS({
  "node_modules/cron-parser/dist/fields/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
  }
});

// node_modules/cron-parser/dist/fields/CronField.js
var require_CronField = __commonJS({
  "node_modules/cron-parser/dist/fields/CronField.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CronField = void 0;
    var CronField = class _CronField {
      #hasLastChar = false;
      #hasQuestionMarkChar = false;
      #wildcard = false;
      #values = [];
      options = { rawValue: "" };
      /**
       * Returns the minimum value allowed for this field.
       */
      /* istanbul ignore next */
      static get min() {
        throw new Error("min must be overridden");
      }
      /**
       * Returns the maximum value allowed for this field.
       */
      /* istanbul ignore next */
      static get max() {
        throw new Error("max must be overridden");
      }
      /**
       * Returns the allowed characters for this field.
       */
      /* istanbul ignore next */
      static get chars() {
        return Object.freeze([]);
      }
      /**
       * Returns whether a string value, such as `L`, is allowed in this field.
       * @param {string} value - The value to check
       * @returns {boolean}
       */
      static isValidChar(value) {
        return this.chars.includes(value);
      }
      /**
       * Returns the regular expression used to validate this field.
       */
      static get validChars() {
        return /^(?:[?,*\dH/-]|H\(\d+-\d+\))+$/;
      }
      /**
       * Returns the constraints for this field.
       */
      static get constraints() {
        return { min: this.min, max: this.max, chars: this.chars, validChars: this.validChars };
      }
      /**
       * CronField constructor. Initializes the field with the provided values.
       * @param {number[] | string[]} values - Values for this field
       * @param {CronFieldOptions} [options] - Options provided by the parser
       * @throws {TypeError} if the constructor is called directly
       * @throws {Error} if validation fails
       */
      constructor(values, options = { rawValue: "" }) {
        if (!Array.isArray(values)) {
          throw new Error(`${this.constructor.name} Validation error, values is not an array`);
        }
        if (!(values.length > 0)) {
          throw new Error(`${this.constructor.name} Validation error, values contains no values`);
        }
        this.options = {
          ...options,
          rawValue: options.rawValue ?? ""
        };
        this.#values = [...values].sort(_CronField.sorter);
        this.#wildcard = this.options.wildcard !== void 0 ? this.options.wildcard : this.#isWildcardValue();
        this.#hasLastChar = this.options.rawValue.includes("L") || values.includes("L");
        this.#hasQuestionMarkChar = this.options.rawValue.includes("?") || values.includes("?");
      }
      /**
       * Returns the minimum value allowed for this field.
       * @returns {number}
       */
      get min() {
        return this.constructor.min;
      }
      /**
       * Returns the maximum value allowed for this field.
       * @returns {number}
       */
      get max() {
        return this.constructor.max;
      }
      /**
       * Returns an array of allowed special characters for this field.
       * @returns {string[]}
       */
      get chars() {
        return this.constructor.chars;
      }
      /**
       * Indicates whether this field has a "last" character.
       * @returns {boolean}
       */
      get hasLastChar() {
        return this.#hasLastChar;
      }
      /**
       * Indicates whether this field has a "question mark" character.
       * @returns {boolean}
       */
      get hasQuestionMarkChar() {
        return this.#hasQuestionMarkChar;
      }
      /**
       * Indicates whether this field is a wildcard.
       * @returns {boolean}
       */
      get isWildcard() {
        return this.#wildcard;
      }
      /**
       * Returns an array of allowed values for this field.
       * @returns {CronFieldType}
       */
      get values() {
        return this.#values;
      }
      /**
       * Helper function to sort values in ascending order.
       * @param {number | string} a - First value to compare
       * @param {number | string} b - Second value to compare
       * @returns {number} - A negative, zero, or positive value, depending on the sort order
       */
      static sorter(a, b) {
        const aIsNumber = typeof a === "number";
        const bIsNumber = typeof b === "number";
        if (aIsNumber && bIsNumber)
          return a - b;
        if (!aIsNumber && !bIsNumber)
          return a.localeCompare(b);
        return aIsNumber ? (
          /* istanbul ignore next - A will always be a number until L-2 is supported */
          -1
        ) : 1;
      }
      /**
       * Find the next (or previous when `reverse` is true) numeric value in a sorted list.
       * Returns null if there's no value strictly after/before the current one.
       *
       * @param values - Sorted numeric values
       * @param currentValue - Current value to compare against
       * @param reverse - When true, search in reverse for previous smaller value
       */
      static findNearestValueInList(values, currentValue, reverse) {
        if (reverse) {
          for (let i = values.length - 1; i >= 0; i--) {
            if (values[i] < currentValue)
              return values[i];
          }
          return null;
        }
        for (let i = 0; i < values.length; i++) {
          if (values[i] > currentValue)
            return values[i];
        }
        return null;
      }
      /**
       * Instance helper that operates on this field's numeric `values`.
       *
       * @param currentValue - Current value to compare against
       * @param reverse - When true, search in reverse for previous smaller value
       */
      findNearestValue(currentValue, reverse) {
        return this.constructor.findNearestValueInList(this.values, currentValue, reverse);
      }
      /**
       * Serializes the field to an object.
       * @returns {SerializedCronField}
       */
      serialize() {
        return {
          wildcard: this.#wildcard,
          values: this.#values
        };
      }
      /**
       * Validates the field values against the allowed range and special characters.
       * @throws {Error} if validation fails
       */
      validate() {
        let badValue;
        const charsString = this.chars.length > 0 ? ` or chars ${this.chars.join("")}` : "";
        const field2 = this.constructor;
        const rangeTest = (value) => {
          badValue = value;
          return typeof value === "number" ? value >= this.min && value <= this.max : field2.isValidChar(value);
        };
        const isValidRange = this.#values.every(rangeTest);
        if (!isValidRange) {
          throw new Error(`${this.constructor.name} Validation error, got value ${badValue} expected range ${this.min}-${this.max}${charsString}`);
        }
        const duplicate = this.#values.find((value, index) => this.#values.indexOf(value) !== index);
        if (duplicate !== void 0) {
          throw new Error(`${this.constructor.name} Validation error, duplicate values found: ${duplicate}`);
        }
      }
      /**
       * Determines if the field is a wildcard based on the values.
       * When options.rawValue is not empty, it checks if the raw value is a wildcard, otherwise it checks if all values in the range are included.
       * @returns {boolean}
       */
      #isWildcardValue() {
        if (this.options.rawValue.length > 0) {
          return ["*", "?"].includes(this.options.rawValue);
        }
        return Array.from({ length: this.max - this.min + 1 }, (_, i) => i + this.min).every((value) => this.#values.includes(value));
      }
    };
    exports.CronField = CronField;
  }
});

// node_modules/luxon/build/node/luxon.js
var require_luxon = __commonJS({
  "node_modules/luxon/build/node/luxon.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var LuxonError = class extends Error {
    };
    var InvalidDateTimeError = class extends LuxonError {
      constructor(reason) {
        super(`Invalid DateTime: ${reason.toMessage()}`);
      }
    };
    var InvalidIntervalError = class extends LuxonError {
      constructor(reason) {
        super(`Invalid Interval: ${reason.toMessage()}`);
      }
    };
    var InvalidDurationError = class extends LuxonError {
      constructor(reason) {
        super(`Invalid Duration: ${reason.toMessage()}`);
      }
    };
    var ConflictingSpecificationError = class extends LuxonError {
    };
    var InvalidUnitError = class extends LuxonError {
      constructor(unit) {
        super(`Invalid unit ${unit}`);
      }
    };
    var InvalidArgumentError = class extends LuxonError {
    };
    var ZoneIsAbstractError = class extends LuxonError {
      constructor() {
        super("Zone is an abstract class");
      }
    };
    var n = "numeric";
    var s = "short";
    var l = "long";
    var DATE_SHORT = {
      year: n,
      month: n,
      day: n
    };
    var DATE_MED = {
      year: n,
      month: s,
      day: n
    };
    var DATE_MED_WITH_WEEKDAY = {
      year: n,
      month: s,
      day: n,
      weekday: s
    };
    var DATE_FULL = {
      year: n,
      month: l,
      day: n
    };
    var DATE_HUGE = {
      year: n,
      month: l,
      day: n,
      weekday: l
    };
    var TIME_SIMPLE = {
      hour: n,
      minute: n
    };
    var TIME_WITH_SECONDS = {
      hour: n,
      minute: n,
      second: n
    };
    var TIME_WITH_SHORT_OFFSET = {
      hour: n,
      minute: n,
      second: n,
      timeZoneName: s
    };
    var TIME_WITH_LONG_OFFSET = {
      hour: n,
      minute: n,
      second: n,
      timeZoneName: l
    };
    var TIME_24_SIMPLE = {
      hour: n,
      minute: n,
      hourCycle: "h23"
    };
    var TIME_24_WITH_SECONDS = {
      hour: n,
      minute: n,
      second: n,
      hourCycle: "h23"
    };
    var TIME_24_WITH_SHORT_OFFSET = {
      hour: n,
      minute: n,
      second: n,
      hourCycle: "h23",
      timeZoneName: s
    };
    var TIME_24_WITH_LONG_OFFSET = {
      hour: n,
      minute: n,
      second: n,
      hourCycle: "h23",
      timeZoneName: l
    };
    var DATETIME_SHORT = {
      year: n,
      month: n,
      day: n,
      hour: n,
      minute: n
    };
    var DATETIME_SHORT_WITH_SECONDS = {
      year: n,
      month: n,
      day: n,
      hour: n,
      minute: n,
      second: n
    };
    var DATETIME_MED = {
      year: n,
      month: s,
      day: n,
      hour: n,
      minute: n
    };
    var DATETIME_MED_WITH_SECONDS = {
      year: n,
      month: s,
      day: n,
      hour: n,
      minute: n,
      second: n
    };
    var DATETIME_MED_WITH_WEEKDAY = {
      year: n,
      month: s,
      day: n,
      weekday: s,
      hour: n,
      minute: n
    };
    var DATETIME_FULL = {
      year: n,
      month: l,
      day: n,
      hour: n,
      minute: n,
      timeZoneName: s
    };
    var DATETIME_FULL_WITH_SECONDS = {
      year: n,
      month: l,
      day: n,
      hour: n,
      minute: n,
      second: n,
      timeZoneName: s
    };
    var DATETIME_HUGE = {
      year: n,
      month: l,
      day: n,
      weekday: l,
      hour: n,
      minute: n,
      timeZoneName: l
    };
    var DATETIME_HUGE_WITH_SECONDS = {
      year: n,
      month: l,
      day: n,
      weekday: l,
      hour: n,
      minute: n,
      second: n,
      timeZoneName: l
    };
    var Zone = class {
      /**
       * The type of zone
       * @abstract
       * @type {string}
       */
      get type() {
        throw new ZoneIsAbstractError();
      }
      /**
       * The name of this zone.
       * @abstract
       * @type {string}
       */
      get name() {
        throw new ZoneIsAbstractError();
      }
      /**
       * The IANA name of this zone.
       * Defaults to `name` if not overwritten by a subclass.
       * @abstract
       * @type {string}
       */
      get ianaName() {
        return this.name;
      }
      /**
       * Returns whether the offset is known to be fixed for the whole year.
       * @abstract
       * @type {boolean}
       */
      get isUniversal() {
        throw new ZoneIsAbstractError();
      }
      /**
       * Returns the offset's common name (such as EST) at the specified timestamp
       * @abstract
       * @param {number} ts - Epoch milliseconds for which to get the name
       * @param {Object} opts - Options to affect the format
       * @param {string} opts.format - What style of offset to return. Accepts 'long' or 'short'.
       * @param {string} opts.locale - What locale to return the offset name in.
       * @return {string}
       */
      offsetName(ts, opts) {
        throw new ZoneIsAbstractError();
      }
      /**
       * Returns the offset's value as a string
       * @abstract
       * @param {number} ts - Epoch milliseconds for which to get the offset
       * @param {string} format - What style of offset to return.
       *                          Accepts 'narrow', 'short', or 'techie'. Returning '+6', '+06:00', or '+0600' respectively
       * @return {string}
       */
      formatOffset(ts, format) {
        throw new ZoneIsAbstractError();
      }
      /**
       * Return the offset in minutes for this zone at the specified timestamp.
       * @abstract
       * @param {number} ts - Epoch milliseconds for which to compute the offset
       * @return {number}
       */
      offset(ts) {
        throw new ZoneIsAbstractError();
      }
      /**
       * Return whether this Zone is equal to another zone
       * @abstract
       * @param {Zone} otherZone - the zone to compare
       * @return {boolean}
       */
      equals(otherZone) {
        throw new ZoneIsAbstractError();
      }
      /**
       * Return whether this Zone is valid.
       * @abstract
       * @type {boolean}
       */
      get isValid() {
        throw new ZoneIsAbstractError();
      }
    };
    var singleton$1 = null;
    var SystemZone = class _SystemZone extends Zone {
      /**
       * Get a singleton instance of the local zone
       * @return {SystemZone}
       */
      static get instance() {
        if (singleton$1 === null) {
          singleton$1 = new _SystemZone();
        }
        return singleton$1;
      }
      /** @override **/
      get type() {
        return "system";
      }
      /** @override **/
      get name() {
        return new Intl.DateTimeFormat().resolvedOptions().timeZone;
      }
      /** @override **/
      get isUniversal() {
        return false;
      }
      /** @override **/
      offsetName(ts, {
        format,
        locale
      }) {
        return parseZoneInfo(ts, format, locale);
      }
      /** @override **/
      formatOffset(ts, format) {
        return formatOffset(this.offset(ts), format);
      }
      /** @override **/
      offset(ts) {
        return -new Date(ts).getTimezoneOffset();
      }
      /** @override **/
      equals(otherZone) {
        return otherZone.type === "system";
      }
      /** @override **/
      get isValid() {
        return true;
      }
    };
    var dtfCache = /* @__PURE__ */ new Map();
    function makeDTF(zoneName) {
      let dtf = dtfCache.get(zoneName);
      if (dtf === void 0) {
        dtf = new Intl.DateTimeFormat("en-US", {
          hour12: false,
          timeZone: zoneName,
          year: "numeric",
          month: "2-digit",
          day: "2-digit",
          hour: "2-digit",
          minute: "2-digit",
          second: "2-digit",
          era: "short"
        });
        dtfCache.set(zoneName, dtf);
      }
      return dtf;
    }
    var typeToPos = {
      year: 0,
      month: 1,
      day: 2,
      era: 3,
      hour: 4,
      minute: 5,
      second: 6
    };
    function hackyOffset(dtf, date) {
      const formatted = dtf.format(date).replace(/\u200E/g, ""), parsed = /(\d+)\/(\d+)\/(\d+) (AD|BC),? (\d+):(\d+):(\d+)/.exec(formatted), [, fMonth, fDay, fYear, fadOrBc, fHour, fMinute, fSecond] = parsed;
      return [fYear, fMonth, fDay, fadOrBc, fHour, fMinute, fSecond];
    }
    function partsOffset(dtf, date) {
      const formatted = dtf.formatToParts(date);
      const filled = [];
      for (let i = 0; i < formatted.length; i++) {
        const {
          type,
          value
        } = formatted[i];
        const pos = typeToPos[type];
        if (type === "era") {
          filled[pos] = value;
        } else if (!isUndefined(pos)) {
          filled[pos] = parseInt(value, 10);
        }
      }
      return filled;
    }
    var ianaZoneCache = /* @__PURE__ */ new Map();
    var IANAZone = class _IANAZone extends Zone {
      /**
       * @param {string} name - Zone name
       * @return {IANAZone}
       */
      static create(name) {
        let zone = ianaZoneCache.get(name);
        if (zone === void 0) {
          ianaZoneCache.set(name, zone = new _IANAZone(name));
        }
        return zone;
      }
      /**
       * Reset local caches. Should only be necessary in testing scenarios.
       * @return {void}
       */
      static resetCache() {
        ianaZoneCache.clear();
        dtfCache.clear();
      }
      /**
       * Returns whether the provided string is a valid specifier. This only checks the string's format, not that the specifier identifies a known zone; see isValidZone for that.
       * @param {string} s - The string to check validity on
       * @example IANAZone.isValidSpecifier("America/New_York") //=> true
       * @example IANAZone.isValidSpecifier("Sport~~blorp") //=> false
       * @deprecated For backward compatibility, this forwards to isValidZone, better use `isValidZone()` directly instead.
       * @return {boolean}
       */
      static isValidSpecifier(s2) {
        return this.isValidZone(s2);
      }
      /**
       * Returns whether the provided string identifies a real zone
       * @param {string} zone - The string to check
       * @example IANAZone.isValidZone("America/New_York") //=> true
       * @example IANAZone.isValidZone("Fantasia/Castle") //=> false
       * @example IANAZone.isValidZone("Sport~~blorp") //=> false
       * @return {boolean}
       */
      static isValidZone(zone) {
        if (!zone) {
          return false;
        }
        try {
          new Intl.DateTimeFormat("en-US", {
            timeZone: zone
          }).format();
          return true;
        } catch (e) {
          return false;
        }
      }
      constructor(name) {
        super();
        this.zoneName = name;
        this.valid = _IANAZone.isValidZone(name);
      }
      /**
       * The type of zone. `iana` for all instances of `IANAZone`.
       * @override
       * @type {string}
       */
      get type() {
        return "iana";
      }
      /**
       * The name of this zone (i.e. the IANA zone name).
       * @override
       * @type {string}
       */
      get name() {
        return this.zoneName;
      }
      /**
       * Returns whether the offset is known to be fixed for the whole year:
       * Always returns false for all IANA zones.
       * @override
       * @type {boolean}
       */
      get isUniversal() {
        return false;
      }
      /**
       * Returns the offset's common name (such as EST) at the specified timestamp
       * @override
       * @param {number} ts - Epoch milliseconds for which to get the name
       * @param {Object} opts - Options to affect the format
       * @param {string} opts.format - What style of offset to return. Accepts 'long' or 'short'.
       * @param {string} opts.locale - What locale to return the offset name in.
       * @return {string}
       */
      offsetName(ts, {
        format,
        locale
      }) {
        return parseZoneInfo(ts, format, locale, this.name);
      }
      /**
       * Returns the offset's value as a string
       * @override
       * @param {number} ts - Epoch milliseconds for which to get the offset
       * @param {string} format - What style of offset to return.
       *                          Accepts 'narrow', 'short', or 'techie'. Returning '+6', '+06:00', or '+0600' respectively
       * @return {string}
       */
      formatOffset(ts, format) {
        return formatOffset(this.offset(ts), format);
      }
      /**
       * Return the offset in minutes for this zone at the specified timestamp.
       * @override
       * @param {number} ts - Epoch milliseconds for which to compute the offset
       * @return {number}
       */
      offset(ts) {
        if (!this.valid) return NaN;
        const date = new Date(ts);
        if (isNaN(date)) return NaN;
        const dtf = makeDTF(this.name);
        let [year, month, day, adOrBc, hour, minute, second] = dtf.formatToParts ? partsOffset(dtf, date) : hackyOffset(dtf, date);
        if (adOrBc === "BC") {
          year = -Math.abs(year) + 1;
        }
        const adjustedHour = hour === 24 ? 0 : hour;
        const asUTC = objToLocalTS({
          year,
          month,
          day,
          hour: adjustedHour,
          minute,
          second,
          millisecond: 0
        });
        let asTS = +date;
        const over = asTS % 1e3;
        asTS -= over >= 0 ? over : 1e3 + over;
        return (asUTC - asTS) / (60 * 1e3);
      }
      /**
       * Return whether this Zone is equal to another zone
       * @override
       * @param {Zone} otherZone - the zone to compare
       * @return {boolean}
       */
      equals(otherZone) {
        return otherZone.type === "iana" && otherZone.name === this.name;
      }
      /**
       * Return whether this Zone is valid.
       * @override
       * @type {boolean}
       */
      get isValid() {
        return this.valid;
      }
    };
    var intlLFCache = {};
    function getCachedLF(locString, opts = {}) {
      const key = JSON.stringify([locString, opts]);
      let dtf = intlLFCache[key];
      if (!dtf) {
        dtf = new Intl.ListFormat(locString, opts);
        intlLFCache[key] = dtf;
      }
      return dtf;
    }
    var intlDTCache = /* @__PURE__ */ new Map();
    function getCachedDTF(locString, opts = {}) {
      const key = JSON.stringify([locString, opts]);
      let dtf = intlDTCache.get(key);
      if (dtf === void 0) {
        dtf = new Intl.DateTimeFormat(locString, opts);
        intlDTCache.set(key, dtf);
      }
      return dtf;
    }
    var intlNumCache = /* @__PURE__ */ new Map();
    function getCachedINF(locString, opts = {}) {
      const key = JSON.stringify([locString, opts]);
      let inf = intlNumCache.get(key);
      if (inf === void 0) {
        inf = new Intl.NumberFormat(locString, opts);
        intlNumCache.set(key, inf);
      }
      return inf;
    }
    var intlRelCache = /* @__PURE__ */ new Map();
    function getCachedRTF(locString, opts = {}) {
      const {
        base,
        ...cacheKeyOpts
      } = opts;
      const key = JSON.stringify([locString, cacheKeyOpts]);
      let inf = intlRelCache.get(key);
      if (inf === void 0) {
        inf = new Intl.RelativeTimeFormat(locString, opts);
        intlRelCache.set(key, inf);
      }
      return inf;
    }
    var sysLocaleCache = null;
    function systemLocale() {
      if (sysLocaleCache) {
        return sysLocaleCache;
      } else {
        sysLocaleCache = new Intl.DateTimeFormat().resolvedOptions().locale;
        return sysLocaleCache;
      }
    }
    var intlResolvedOptionsCache = /* @__PURE__ */ new Map();
    function getCachedIntResolvedOptions(locString) {
      let opts = intlResolvedOptionsCache.get(locString);
      if (opts === void 0) {
        opts = new Intl.DateTimeFormat(locString).resolvedOptions();
        intlResolvedOptionsCache.set(locString, opts);
      }
      return opts;
    }
    var weekInfoCache = /* @__PURE__ */ new Map();
    function getCachedWeekInfo(locString) {
      let data = weekInfoCache.get(locString);
      if (!data) {
        const locale = new Intl.Locale(locString);
        data = "getWeekInfo" in locale ? locale.getWeekInfo() : locale.weekInfo;
        if (!("minimalDays" in data)) {
          data = {
            ...fallbackWeekSettings,
            ...data
          };
        }
        weekInfoCache.set(locString, data);
      }
      return data;
    }
    function parseLocaleString(localeStr) {
      const xIndex = localeStr.indexOf("-x-");
      if (xIndex !== -1) {
        localeStr = localeStr.substring(0, xIndex);
      }
      const uIndex = localeStr.indexOf("-u-");
      if (uIndex === -1) {
        return [localeStr];
      } else {
        let options;
        let selectedStr;
        try {
          options = getCachedDTF(localeStr).resolvedOptions();
          selectedStr = localeStr;
        } catch (e) {
          const smaller = localeStr.substring(0, uIndex);
          options = getCachedDTF(smaller).resolvedOptions();
          selectedStr = smaller;
        }
        const {
          numberingSystem,
          calendar
        } = options;
        return [selectedStr, numberingSystem, calendar];
      }
    }
    function intlConfigString(localeStr, numberingSystem, outputCalendar) {
      if (outputCalendar || numberingSystem) {
        if (!localeStr.includes("-u-")) {
          localeStr += "-u";
        }
        if (outputCalendar) {
          localeStr += `-ca-${outputCalendar}`;
        }
        if (numberingSystem) {
          localeStr += `-nu-${numberingSystem}`;
        }
        return localeStr;
      } else {
        return localeStr;
      }
    }
    function mapMonths(f) {
      const ms = [];
      for (let i = 1; i <= 12; i++) {
        const dt = DateTime.utc(2009, i, 1);
        ms.push(f(dt));
      }
      return ms;
    }
    function mapWeekdays(f) {
      const ms = [];
      for (let i = 1; i <= 7; i++) {
        const dt = DateTime.utc(2016, 11, 13 + i);
        ms.push(f(dt));
      }
      return ms;
    }
    function listStuff(loc, length, englishFn, intlFn) {
      const mode = loc.listingMode();
      if (mode === "error") {
        return null;
      } else if (mode === "en") {
        return englishFn(length);
      } else {
        return intlFn(length);
      }
    }
    function supportsFastNumbers(loc) {
      if (loc.numberingSystem && loc.numberingSystem !== "latn") {
        return false;
      } else {
        return loc.numberingSystem === "latn" || !loc.locale || loc.locale.startsWith("en") || getCachedIntResolvedOptions(loc.locale).numberingSystem === "latn";
      }
    }
    var PolyNumberFormatter = class {
      constructor(intl, forceSimple, opts) {
        this.padTo = opts.padTo || 0;
        this.floor = opts.floor || false;
        const {
          padTo,
          floor,
          ...otherOpts
        } = opts;
        if (!forceSimple || Object.keys(otherOpts).length > 0) {
          const intlOpts = {
            useGrouping: false,
            ...opts
          };
          if (opts.padTo > 0) intlOpts.minimumIntegerDigits = opts.padTo;
          this.inf = getCachedINF(intl, intlOpts);
        }
      }
      format(i) {
        if (this.inf) {
          const fixed = this.floor ? Math.floor(i) : i;
          return this.inf.format(fixed);
        } else {
          const fixed = this.floor ? Math.floor(i) : roundTo(i, 3);
          return padStart(fixed, this.padTo);
        }
      }
    };
    var PolyDateFormatter = class {
      constructor(dt, intl, opts) {
        this.opts = opts;
        this.originalZone = void 0;
        let z = void 0;
        if (this.opts.timeZone) {
          this.dt = dt;
        } else if (dt.zone.type === "fixed") {
          const gmtOffset = -1 * (dt.offset / 60);
          const offsetZ = gmtOffset >= 0 ? `Etc/GMT+${gmtOffset}` : `Etc/GMT${gmtOffset}`;
          if (dt.offset !== 0 && IANAZone.create(offsetZ).valid) {
            z = offsetZ;
            this.dt = dt;
          } else {
            z = "UTC";
            this.dt = dt.offset === 0 ? dt : dt.setZone("UTC").plus({
              minutes: dt.offset
            });
            this.originalZone = dt.zone;
          }
        } else if (dt.zone.type === "system") {
          this.dt = dt;
        } else if (dt.zone.type === "iana") {
          this.dt = dt;
          z = dt.zone.name;
        } else {
          z = "UTC";
          this.dt = dt.setZone("UTC").plus({
            minutes: dt.offset
          });
          this.originalZone = dt.zone;
        }
        const intlOpts = {
          ...this.opts
        };
        intlOpts.timeZone = intlOpts.timeZone || z;
        this.dtf = getCachedDTF(intl, intlOpts);
      }
      format() {
        if (this.originalZone) {
          return this.formatToParts().map(({
            value
          }) => value).join("");
        }
        return this.dtf.format(this.dt.toJSDate());
      }
      formatToParts() {
        const parts = this.dtf.formatToParts(this.dt.toJSDate());
        if (this.originalZone) {
          return parts.map((part) => {
            if (part.type === "timeZoneName") {
              const offsetName = this.originalZone.offsetName(this.dt.ts, {
                locale: this.dt.locale,
                format: this.opts.timeZoneName
              });
              return {
                ...part,
                value: offsetName
              };
            } else {
              return part;
            }
          });
        }
        return parts;
      }
      resolvedOptions() {
        return this.dtf.resolvedOptions();
      }
    };
    var PolyRelFormatter = class {
      constructor(intl, isEnglish, opts) {
        this.opts = {
          style: "long",
          ...opts
        };
        if (!isEnglish && hasRelative()) {
          this.rtf = getCachedRTF(intl, opts);
        }
      }
      format(count, unit) {
        if (this.rtf) {
          return this.rtf.format(count, unit);
        } else {
          return formatRelativeTime(unit, count, this.opts.numeric, this.opts.style !== "long");
        }
      }
      formatToParts(count, unit) {
        if (this.rtf) {
          return this.rtf.formatToParts(count, unit);
        } else {
          return [];
        }
      }
    };
    var fallbackWeekSettings = {
      firstDay: 1,
      minimalDays: 4,
      weekend: [6, 7]
    };
    var Locale = class _Locale {
      static fromOpts(opts) {
        return _Locale.create(opts.locale, opts.numberingSystem, opts.outputCalendar, opts.weekSettings, opts.defaultToEN);
      }
      static create(locale, numberingSystem, outputCalendar, weekSettings, defaultToEN = false) {
        const specifiedLocale = locale || Settings.defaultLocale;
        const localeR = specifiedLocale || (defaultToEN ? "en-US" : systemLocale());
        const numberingSystemR = numberingSystem || Settings.defaultNumberingSystem;
        const outputCalendarR = outputCalendar || Settings.defaultOutputCalendar;
        const weekSettingsR = validateWeekSettings(weekSettings) || Settings.defaultWeekSettings;
        return new _Locale(localeR, numberingSystemR, outputCalendarR, weekSettingsR, specifiedLocale);
      }
      static resetCache() {
        sysLocaleCache = null;
        intlDTCache.clear();
        intlNumCache.clear();
        intlRelCache.clear();
        intlResolvedOptionsCache.clear();
        weekInfoCache.clear();
      }
      static fromObject({
        locale,
        numberingSystem,
        outputCalendar,
        weekSettings
      } = {}) {
        return _Locale.create(locale, numberingSystem, outputCalendar, weekSettings);
      }
      constructor(locale, numbering, outputCalendar, weekSettings, specifiedLocale) {
        const [parsedLocale, parsedNumberingSystem, parsedOutputCalendar] = parseLocaleString(locale);
        this.locale = parsedLocale;
        this.numberingSystem = numbering || parsedNumberingSystem || null;
        this.outputCalendar = outputCalendar || parsedOutputCalendar || null;
        this.weekSettings = weekSettings;
        this.intl = intlConfigString(this.locale, this.numberingSystem, this.outputCalendar);
        this.weekdaysCache = {
          format: {},
          standalone: {}
        };
        this.monthsCache = {
          format: {},
          standalone: {}
        };
        this.meridiemCache = null;
        this.eraCache = {};
        this.specifiedLocale = specifiedLocale;
        this.fastNumbersCached = null;
      }
      get fastNumbers() {
        if (this.fastNumbersCached == null) {
          this.fastNumbersCached = supportsFastNumbers(this);
        }
        return this.fastNumbersCached;
      }
      listingMode() {
        const isActuallyEn = this.isEnglish();
        const hasNoWeirdness = (this.numberingSystem === null || this.numberingSystem === "latn") && (this.outputCalendar === null || this.outputCalendar === "gregory");
        return isActuallyEn && hasNoWeirdness ? "en" : "intl";
      }
      clone(alts) {
        if (!alts || Object.getOwnPropertyNames(alts).length === 0) {
          return this;
        } else {
          return _Locale.create(alts.locale || this.specifiedLocale, alts.numberingSystem || this.numberingSystem, alts.outputCalendar || this.outputCalendar, validateWeekSettings(alts.weekSettings) || this.weekSettings, alts.defaultToEN || false);
        }
      }
      redefaultToEN(alts = {}) {
        return this.clone({
          ...alts,
          defaultToEN: true
        });
      }
      redefaultToSystem(alts = {}) {
        return this.clone({
          ...alts,
          defaultToEN: false
        });
      }
      months(length, format = false) {
        return listStuff(this, length, months, () => {
          const monthSpecialCase = this.intl === "ja" || this.intl.startsWith("ja-");
          format &= !monthSpecialCase;
          const intl = format ? {
            month: length,
            day: "numeric"
          } : {
            month: length
          }, formatStr = format ? "format" : "standalone";
          if (!this.monthsCache[formatStr][length]) {
            const mapper = !monthSpecialCase ? (dt) => this.extract(dt, intl, "month") : (dt) => this.dtFormatter(dt, intl).format();
            this.monthsCache[formatStr][length] = mapMonths(mapper);
          }
          return this.monthsCache[formatStr][length];
        });
      }
      weekdays(length, format = false) {
        return listStuff(this, length, weekdays, () => {
          const intl = format ? {
            weekday: length,
            year: "numeric",
            month: "long",
            day: "numeric"
          } : {
            weekday: length
          }, formatStr = format ? "format" : "standalone";
          if (!this.weekdaysCache[formatStr][length]) {
            this.weekdaysCache[formatStr][length] = mapWeekdays((dt) => this.extract(dt, intl, "weekday"));
          }
          return this.weekdaysCache[formatStr][length];
        });
      }
      meridiems() {
        return listStuff(this, void 0, () => meridiems, () => {
          if (!this.meridiemCache) {
            const intl = {
              hour: "numeric",
              hourCycle: "h12"
            };
            this.meridiemCache = [DateTime.utc(2016, 11, 13, 9), DateTime.utc(2016, 11, 13, 19)].map((dt) => this.extract(dt, intl, "dayperiod"));
          }
          return this.meridiemCache;
        });
      }
      eras(length) {
        return listStuff(this, length, eras, () => {
          const intl = {
            era: length
          };
          if (!this.eraCache[length]) {
            this.eraCache[length] = [DateTime.utc(-40, 1, 1), DateTime.utc(2017, 1, 1)].map((dt) => this.extract(dt, intl, "era"));
          }
          return this.eraCache[length];
        });
      }
      extract(dt, intlOpts, field2) {
        const df = this.dtFormatter(dt, intlOpts), results = df.formatToParts(), matching = results.find((m) => m.type.toLowerCase() === field2);
        return matching ? matching.value : null;
      }
      numberFormatter(opts = {}) {
        return new PolyNumberFormatter(this.intl, opts.forceSimple || this.fastNumbers, opts);
      }
      dtFormatter(dt, intlOpts = {}) {
        return new PolyDateFormatter(dt, this.intl, intlOpts);
      }
      relFormatter(opts = {}) {
        return new PolyRelFormatter(this.intl, this.isEnglish(), opts);
      }
      listFormatter(opts = {}) {
        return getCachedLF(this.intl, opts);
      }
      isEnglish() {
        return this.locale === "en" || this.locale.toLowerCase() === "en-us" || getCachedIntResolvedOptions(this.intl).locale.startsWith("en-us");
      }
      getWeekSettings() {
        if (this.weekSettings) {
          return this.weekSettings;
        } else if (!hasLocaleWeekInfo()) {
          return fallbackWeekSettings;
        } else {
          return getCachedWeekInfo(this.locale);
        }
      }
      getStartOfWeek() {
        return this.getWeekSettings().firstDay;
      }
      getMinDaysInFirstWeek() {
        return this.getWeekSettings().minimalDays;
      }
      getWeekendDays() {
        return this.getWeekSettings().weekend;
      }
      equals(other) {
        return this.locale === other.locale && this.numberingSystem === other.numberingSystem && this.outputCalendar === other.outputCalendar;
      }
      toString() {
        return `Locale(${this.locale}, ${this.numberingSystem}, ${this.outputCalendar})`;
      }
    };
    var singleton = null;
    var FixedOffsetZone = class _FixedOffsetZone extends Zone {
      /**
       * Get a singleton instance of UTC
       * @return {FixedOffsetZone}
       */
      static get utcInstance() {
        if (singleton === null) {
          singleton = new _FixedOffsetZone(0);
        }
        return singleton;
      }
      /**
       * Get an instance with a specified offset
       * @param {number} offset - The offset in minutes
       * @return {FixedOffsetZone}
       */
      static instance(offset2) {
        return offset2 === 0 ? _FixedOffsetZone.utcInstance : new _FixedOffsetZone(offset2);
      }
      /**
       * Get an instance of FixedOffsetZone from a UTC offset string, like "UTC+6"
       * @param {string} s - The offset string to parse
       * @example FixedOffsetZone.parseSpecifier("UTC+6")
       * @example FixedOffsetZone.parseSpecifier("UTC+06")
       * @example FixedOffsetZone.parseSpecifier("UTC-6:00")
       * @return {FixedOffsetZone}
       */
      static parseSpecifier(s2) {
        if (s2) {
          const r = s2.match(/^utc(?:([+-]\d{1,2})(?::(\d{2}))?)?$/i);
          if (r) {
            return new _FixedOffsetZone(signedOffset(r[1], r[2]));
          }
        }
        return null;
      }
      constructor(offset2) {
        super();
        this.fixed = offset2;
      }
      /**
       * The type of zone. `fixed` for all instances of `FixedOffsetZone`.
       * @override
       * @type {string}
       */
      get type() {
        return "fixed";
      }
      /**
       * The name of this zone.
       * All fixed zones' names always start with "UTC" (plus optional offset)
       * @override
       * @type {string}
       */
      get name() {
        return this.fixed === 0 ? "UTC" : `UTC${formatOffset(this.fixed, "narrow")}`;
      }
      /**
       * The IANA name of this zone, i.e. `Etc/UTC` or `Etc/GMT+/-nn`
       *
       * @override
       * @type {string}
       */
      get ianaName() {
        if (this.fixed === 0) {
          return "Etc/UTC";
        } else {
          return `Etc/GMT${formatOffset(-this.fixed, "narrow")}`;
        }
      }
      /**
       * Returns the offset's common name at the specified timestamp.
       *
       * For fixed offset zones this equals to the zone name.
       * @override
       */
      offsetName() {
        return this.name;
      }
      /**
       * Returns the offset's value as a string
       * @override
       * @param {number} ts - Epoch milliseconds for which to get the offset
       * @param {string} format - What style of offset to return.
       *                          Accepts 'narrow', 'short', or 'techie'. Returning '+6', '+06:00', or '+0600' respectively
       * @return {string}
       */
      formatOffset(ts, format) {
        return formatOffset(this.fixed, format);
      }
      /**
       * Returns whether the offset is known to be fixed for the whole year:
       * Always returns true for all fixed offset zones.
       * @override
       * @type {boolean}
       */
      get isUniversal() {
        return true;
      }
      /**
       * Return the offset in minutes for this zone at the specified timestamp.
       *
       * For fixed offset zones, this is constant and does not depend on a timestamp.
       * @override
       * @return {number}
       */
      offset() {
        return this.fixed;
      }
      /**
       * Return whether this Zone is equal to another zone (i.e. also fixed and same offset)
       * @override
       * @param {Zone} otherZone - the zone to compare
       * @return {boolean}
       */
      equals(otherZone) {
        return otherZone.type === "fixed" && otherZone.fixed === this.fixed;
      }
      /**
       * Return whether this Zone is valid:
       * All fixed offset zones are valid.
       * @override
       * @type {boolean}
       */
      get isValid() {
        return true;
      }
    };
    var InvalidZone = class extends Zone {
      constructor(zoneName) {
        super();
        this.zoneName = zoneName;
      }
      /** @override **/
      get type() {
        return "invalid";
      }
      /** @override **/
      get name() {
        return this.zoneName;
      }
      /** @override **/
      get isUniversal() {
        return false;
      }
      /** @override **/
      offsetName() {
        return null;
      }
      /** @override **/
      formatOffset() {
        return "";
      }
      /** @override **/
      offset() {
        return NaN;
      }
      /** @override **/
      equals() {
        return false;
      }
      /** @override **/
      get isValid() {
        return false;
      }
    };
    function normalizeZone(input, defaultZone2) {
      if (isUndefined(input) || input === null) {
        return defaultZone2;
      } else if (input instanceof Zone) {
        return input;
      } else if (isString(input)) {
        const lowered = input.toLowerCase();
        if (lowered === "default") return defaultZone2;
        else if (lowered === "local" || lowered === "system") return SystemZone.instance;
        else if (lowered === "utc" || lowered === "gmt") return FixedOffsetZone.utcInstance;
        else return FixedOffsetZone.parseSpecifier(lowered) || IANAZone.create(input);
      } else if (isNumber(input)) {
        return FixedOffsetZone.instance(input);
      } else if (typeof input === "object" && "offset" in input && typeof input.offset === "function") {
        return input;
      } else {
        return new InvalidZone(input);
      }
    }
    var numberingSystems = {
      arab: "[\u0660-\u0669]",
      arabext: "[\u06F0-\u06F9]",
      bali: "[\u1B50-\u1B59]",
      beng: "[\u09E6-\u09EF]",
      deva: "[\u0966-\u096F]",
      fullwide: "[\uFF10-\uFF19]",
      gujr: "[\u0AE6-\u0AEF]",
      hanidec: "[\u3007|\u4E00|\u4E8C|\u4E09|\u56DB|\u4E94|\u516D|\u4E03|\u516B|\u4E5D]",
      khmr: "[\u17E0-\u17E9]",
      knda: "[\u0CE6-\u0CEF]",
      laoo: "[\u0ED0-\u0ED9]",
      limb: "[\u1946-\u194F]",
      mlym: "[\u0D66-\u0D6F]",
      mong: "[\u1810-\u1819]",
      mymr: "[\u1040-\u1049]",
      orya: "[\u0B66-\u0B6F]",
      tamldec: "[\u0BE6-\u0BEF]",
      telu: "[\u0C66-\u0C6F]",
      thai: "[\u0E50-\u0E59]",
      tibt: "[\u0F20-\u0F29]",
      latn: "\\d"
    };
    var numberingSystemsUTF16 = {
      arab: [1632, 1641],
      arabext: [1776, 1785],
      bali: [6992, 7001],
      beng: [2534, 2543],
      deva: [2406, 2415],
      fullwide: [65296, 65303],
      gujr: [2790, 2799],
      khmr: [6112, 6121],
      knda: [3302, 3311],
      laoo: [3792, 3801],
      limb: [6470, 6479],
      mlym: [3430, 3439],
      mong: [6160, 6169],
      mymr: [4160, 4169],
      orya: [2918, 2927],
      tamldec: [3046, 3055],
      telu: [3174, 3183],
      thai: [3664, 3673],
      tibt: [3872, 3881]
    };
    var hanidecChars = numberingSystems.hanidec.replace(/[\[|\]]/g, "").split("");
    function parseDigits(str) {
      let value = parseInt(str, 10);
      if (isNaN(value)) {
        value = "";
        for (let i = 0; i < str.length; i++) {
          const code = str.charCodeAt(i);
          if (str[i].search(numberingSystems.hanidec) !== -1) {
            value += hanidecChars.indexOf(str[i]);
          } else {
            for (const key in numberingSystemsUTF16) {
              const [min, max] = numberingSystemsUTF16[key];
              if (code >= min && code <= max) {
                value += code - min;
              }
            }
          }
        }
        return parseInt(value, 10);
      } else {
        return value;
      }
    }
    var digitRegexCache = /* @__PURE__ */ new Map();
    function resetDigitRegexCache() {
      digitRegexCache.clear();
    }
    function digitRegex({
      numberingSystem
    }, append = "") {
      const ns = numberingSystem || "latn";
      let appendCache = digitRegexCache.get(ns);
      if (appendCache === void 0) {
        appendCache = /* @__PURE__ */ new Map();
        digitRegexCache.set(ns, appendCache);
      }
      let regex = appendCache.get(append);
      if (regex === void 0) {
        regex = new RegExp(`${numberingSystems[ns]}${append}`);
        appendCache.set(append, regex);
      }
      return regex;
    }
    var now = () => Date.now();
    var defaultZone = "system";
    var defaultLocale = null;
    var defaultNumberingSystem = null;
    var defaultOutputCalendar = null;
    var twoDigitCutoffYear = 60;
    var throwOnInvalid;
    var defaultWeekSettings = null;
    var Settings = class {
      /**
       * Get the callback for returning the current timestamp.
       * @type {function}
       */
      static get now() {
        return now;
      }
      /**
       * Set the callback for returning the current timestamp.
       * The function should return a number, which will be interpreted as an Epoch millisecond count
       * @type {function}
       * @example Settings.now = () => Date.now() + 3000 // pretend it is 3 seconds in the future
       * @example Settings.now = () => 0 // always pretend it's Jan 1, 1970 at midnight in UTC time
       */
      static set now(n2) {
        now = n2;
      }
      /**
       * Set the default time zone to create DateTimes in. Does not affect existing instances.
       * Use the value "system" to reset this value to the system's time zone.
       * @type {string}
       */
      static set defaultZone(zone) {
        defaultZone = zone;
      }
      /**
       * Get the default time zone object currently used to create DateTimes. Does not affect existing instances.
       * The default value is the system's time zone (the one set on the machine that runs this code).
       * @type {Zone}
       */
      static get defaultZone() {
        return normalizeZone(defaultZone, SystemZone.instance);
      }
      /**
       * Get the default locale to create DateTimes with. Does not affect existing instances.
       * @type {string}
       */
      static get defaultLocale() {
        return defaultLocale;
      }
      /**
       * Set the default locale to create DateTimes with. Does not affect existing instances.
       * @type {string}
       */
      static set defaultLocale(locale) {
        defaultLocale = locale;
      }
      /**
       * Get the default numbering system to create DateTimes with. Does not affect existing instances.
       * @type {string}
       */
      static get defaultNumberingSystem() {
        return defaultNumberingSystem;
      }
      /**
       * Set the default numbering system to create DateTimes with. Does not affect existing instances.
       * @type {string}
       */
      static set defaultNumberingSystem(numberingSystem) {
        defaultNumberingSystem = numberingSystem;
      }
      /**
       * Get the default output calendar to create DateTimes with. Does not affect existing instances.
       * @type {string}
       */
      static get defaultOutputCalendar() {
        return defaultOutputCalendar;
      }
      /**
       * Set the default output calendar to create DateTimes with. Does not affect existing instances.
       * @type {string}
       */
      static set defaultOutputCalendar(outputCalendar) {
        defaultOutputCalendar = outputCalendar;
      }
      /**
       * @typedef {Object} WeekSettings
       * @property {number} firstDay
       * @property {number} minimalDays
       * @property {number[]} weekend
       */
      /**
       * @return {WeekSettings|null}
       */
      static get defaultWeekSettings() {
        return defaultWeekSettings;
      }
      /**
       * Allows overriding the default locale week settings, i.e. the start of the week, the weekend and
       * how many days are required in the first week of a year.
       * Does not affect existing instances.
       *
       * @param {WeekSettings|null} weekSettings
       */
      static set defaultWeekSettings(weekSettings) {
        defaultWeekSettings = validateWeekSettings(weekSettings);
      }
      /**
       * Get the cutoff year for whether a 2-digit year string is interpreted in the current or previous century. Numbers higher than the cutoff will be considered to mean 19xx and numbers lower or equal to the cutoff will be considered 20xx.
       * @type {number}
       */
      static get twoDigitCutoffYear() {
        return twoDigitCutoffYear;
      }
      /**
       * Set the cutoff year for whether a 2-digit year string is interpreted in the current or previous century. Numbers higher than the cutoff will be considered to mean 19xx and numbers lower or equal to the cutoff will be considered 20xx.
       * @type {number}
       * @example Settings.twoDigitCutoffYear = 0 // all 'yy' are interpreted as 20th century
       * @example Settings.twoDigitCutoffYear = 99 // all 'yy' are interpreted as 21st century
       * @example Settings.twoDigitCutoffYear = 50 // '49' -> 2049; '50' -> 1950
       * @example Settings.twoDigitCutoffYear = 1950 // interpreted as 50
       * @example Settings.twoDigitCutoffYear = 2050 // ALSO interpreted as 50
       */
      static set twoDigitCutoffYear(cutoffYear) {
        twoDigitCutoffYear = cutoffYear % 100;
      }
      /**
       * Get whether Luxon will throw when it encounters invalid DateTimes, Durations, or Intervals
       * @type {boolean}
       */
      static get throwOnInvalid() {
        return throwOnInvalid;
      }
      /**
       * Set whether Luxon will throw when it encounters invalid DateTimes, Durations, or Intervals
       * @type {boolean}
       */
      static set throwOnInvalid(t) {
        throwOnInvalid = t;
      }
      /**
       * Reset Luxon's global caches. Should only be necessary in testing scenarios.
       * @return {void}
       */
      static resetCaches() {
        Locale.resetCache();
        IANAZone.resetCache();
        DateTime.resetCache();
        resetDigitRegexCache();
      }
    };
    var Invalid = class {
      constructor(reason, explanation) {
        this.reason = reason;
        this.explanation = explanation;
      }
      toMessage() {
        if (this.explanation) {
          return `${this.reason}: ${this.explanation}`;
        } else {
          return this.reason;
        }
      }
    };
    var nonLeapLadder = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
    var leapLadder = [0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335];
    function unitOutOfRange(unit, value) {
      return new Invalid("unit out of range", `you specified ${value} (of type ${typeof value}) as a ${unit}, which is invalid`);
    }
    function dayOfWeek(year, month, day) {
      const d = new Date(Date.UTC(year, month - 1, day));
      if (year < 100 && year >= 0) {
        d.setUTCFullYear(d.getUTCFullYear() - 1900);
      }
      const js = d.getUTCDay();
      return js === 0 ? 7 : js;
    }
    function computeOrdinal(year, month, day) {
      return day + (isLeapYear(year) ? leapLadder : nonLeapLadder)[month - 1];
    }
    function uncomputeOrdinal(year, ordinal) {
      const table = isLeapYear(year) ? leapLadder : nonLeapLadder, month0 = table.findIndex((i) => i < ordinal), day = ordinal - table[month0];
      return {
        month: month0 + 1,
        day
      };
    }
    function isoWeekdayToLocal(isoWeekday, startOfWeek) {
      return (isoWeekday - startOfWeek + 7) % 7 + 1;
    }
    function gregorianToWeek(gregObj, minDaysInFirstWeek = 4, startOfWeek = 1) {
      const {
        year,
        month,
        day
      } = gregObj, ordinal = computeOrdinal(year, month, day), weekday = isoWeekdayToLocal(dayOfWeek(year, month, day), startOfWeek);
      let weekNumber = Math.floor((ordinal - weekday + 14 - minDaysInFirstWeek) / 7), weekYear;
      if (weekNumber < 1) {
        weekYear = year - 1;
        weekNumber = weeksInWeekYear(weekYear, minDaysInFirstWeek, startOfWeek);
      } else if (weekNumber > weeksInWeekYear(year, minDaysInFirstWeek, startOfWeek)) {
        weekYear = year + 1;
        weekNumber = 1;
      } else {
        weekYear = year;
      }
      return {
        weekYear,
        weekNumber,
        weekday,
        ...timeObject(gregObj)
      };
    }
    function weekToGregorian(weekData, minDaysInFirstWeek = 4, startOfWeek = 1) {
      const {
        weekYear,
        weekNumber,
        weekday
      } = weekData, weekdayOfJan4 = isoWeekdayToLocal(dayOfWeek(weekYear, 1, minDaysInFirstWeek), startOfWeek), yearInDays = daysInYear(weekYear);
      let ordinal = weekNumber * 7 + weekday - weekdayOfJan4 - 7 + minDaysInFirstWeek, year;
      if (ordinal < 1) {
        year = weekYear - 1;
        ordinal += daysInYear(year);
      } else if (ordinal > yearInDays) {
        year = weekYear + 1;
        ordinal -= daysInYear(weekYear);
      } else {
        year = weekYear;
      }
      const {
        month,
        day
      } = uncomputeOrdinal(year, ordinal);
      return {
        year,
        month,
        day,
        ...timeObject(weekData)
      };
    }
    function gregorianToOrdinal(gregData) {
      const {
        year,
        month,
        day
      } = gregData;
      const ordinal = computeOrdinal(year, month, day);
      return {
        year,
        ordinal,
        ...timeObject(gregData)
      };
    }
    function ordinalToGregorian(ordinalData) {
      const {
        year,
        ordinal
      } = ordinalData;
      const {
        month,
        day
      } = uncomputeOrdinal(year, ordinal);
      return {
        year,
        month,
        day,
        ...timeObject(ordinalData)
      };
    }
    function usesLocalWeekValues(obj, loc) {
      const hasLocaleWeekData = !isUndefined(obj.localWeekday) || !isUndefined(obj.localWeekNumber) || !isUndefined(obj.localWeekYear);
      if (hasLocaleWeekData) {
        const hasIsoWeekData = !isUndefined(obj.weekday) || !isUndefined(obj.weekNumber) || !isUndefined(obj.weekYear);
        if (hasIsoWeekData) {
          throw new ConflictingSpecificationError("Cannot mix locale-based week fields with ISO-based week fields");
        }
        if (!isUndefined(obj.localWeekday)) obj.weekday = obj.localWeekday;
        if (!isUndefined(obj.localWeekNumber)) obj.weekNumber = obj.localWeekNumber;
        if (!isUndefined(obj.localWeekYear)) obj.weekYear = obj.localWeekYear;
        delete obj.localWeekday;
        delete obj.localWeekNumber;
        delete obj.localWeekYear;
        return {
          minDaysInFirstWeek: loc.getMinDaysInFirstWeek(),
          startOfWeek: loc.getStartOfWeek()
        };
      } else {
        return {
          minDaysInFirstWeek: 4,
          startOfWeek: 1
        };
      }
    }
    function hasInvalidWeekData(obj, minDaysInFirstWeek = 4, startOfWeek = 1) {
      const validYear = isInteger(obj.weekYear), validWeek = integerBetween(obj.weekNumber, 1, weeksInWeekYear(obj.weekYear, minDaysInFirstWeek, startOfWeek)), validWeekday = integerBetween(obj.weekday, 1, 7);
      if (!validYear) {
        return unitOutOfRange("weekYear", obj.weekYear);
      } else if (!validWeek) {
        return unitOutOfRange("week", obj.weekNumber);
      } else if (!validWeekday) {
        return unitOutOfRange("weekday", obj.weekday);
      } else return false;
    }
    function hasInvalidOrdinalData(obj) {
      const validYear = isInteger(obj.year), validOrdinal = integerBetween(obj.ordinal, 1, daysInYear(obj.year));
      if (!validYear) {
        return unitOutOfRange("year", obj.year);
      } else if (!validOrdinal) {
        return unitOutOfRange("ordinal", obj.ordinal);
      } else return false;
    }
    function hasInvalidGregorianData(obj) {
      const validYear = isInteger(obj.year), validMonth = integerBetween(obj.month, 1, 12), validDay = integerBetween(obj.day, 1, daysInMonth(obj.year, obj.month));
      if (!validYear) {
        return unitOutOfRange("year", obj.year);
      } else if (!validMonth) {
        return unitOutOfRange("month", obj.month);
      } else if (!validDay) {
        return unitOutOfRange("day", obj.day);
      } else return false;
    }
    function hasInvalidTimeData(obj) {
      const {
        hour,
        minute,
        second,
        millisecond
      } = obj;
      const validHour = integerBetween(hour, 0, 23) || hour === 24 && minute === 0 && second === 0 && millisecond === 0, validMinute = integerBetween(minute, 0, 59), validSecond = integerBetween(second, 0, 59), validMillisecond = integerBetween(millisecond, 0, 999);
      if (!validHour) {
        return unitOutOfRange("hour", hour);
      } else if (!validMinute) {
        return unitOutOfRange("minute", minute);
      } else if (!validSecond) {
        return unitOutOfRange("second", second);
      } else if (!validMillisecond) {
        return unitOutOfRange("millisecond", millisecond);
      } else return false;
    }
    function isUndefined(o) {
      return typeof o === "undefined";
    }
    function isNumber(o) {
      return typeof o === "number";
    }
    function isInteger(o) {
      return typeof o === "number" && o % 1 === 0;
    }
    function isString(o) {
      return typeof o === "string";
    }
    function isDate(o) {
      return Object.prototype.toString.call(o) === "[object Date]";
    }
    function hasRelative() {
      try {
        return typeof Intl !== "undefined" && !!Intl.RelativeTimeFormat;
      } catch (e) {
        return false;
      }
    }
    function hasLocaleWeekInfo() {
      try {
        return typeof Intl !== "undefined" && !!Intl.Locale && ("weekInfo" in Intl.Locale.prototype || "getWeekInfo" in Intl.Locale.prototype);
      } catch (e) {
        return false;
      }
    }
    function maybeArray(thing) {
      return Array.isArray(thing) ? thing : [thing];
    }
    function bestBy(arr, by, compare) {
      if (arr.length === 0) {
        return void 0;
      }
      return arr.reduce((best, next) => {
        const pair = [by(next), next];
        if (!best) {
          return pair;
        } else if (compare(best[0], pair[0]) === best[0]) {
          return best;
        } else {
          return pair;
        }
      }, null)[1];
    }
    function pick(obj, keys) {
      return keys.reduce((a, k) => {
        a[k] = obj[k];
        return a;
      }, {});
    }
    function hasOwnProperty(obj, prop) {
      return Object.prototype.hasOwnProperty.call(obj, prop);
    }
    function validateWeekSettings(settings) {
      if (settings == null) {
        return null;
      } else if (typeof settings !== "object") {
        throw new InvalidArgumentError("Week settings must be an object");
      } else {
        if (!integerBetween(settings.firstDay, 1, 7) || !integerBetween(settings.minimalDays, 1, 7) || !Array.isArray(settings.weekend) || settings.weekend.some((v) => !integerBetween(v, 1, 7))) {
          throw new InvalidArgumentError("Invalid week settings");
        }
        return {
          firstDay: settings.firstDay,
          minimalDays: settings.minimalDays,
          weekend: Array.from(settings.weekend)
        };
      }
    }
    function integerBetween(thing, bottom, top) {
      return isInteger(thing) && thing >= bottom && thing <= top;
    }
    function floorMod(x, n2) {
      return x - n2 * Math.floor(x / n2);
    }
    function padStart(input, n2 = 2) {
      const isNeg = input < 0;
      let padded;
      if (isNeg) {
        padded = "-" + ("" + -input).padStart(n2, "0");
      } else {
        padded = ("" + input).padStart(n2, "0");
      }
      return padded;
    }
    function parseInteger(string) {
      if (isUndefined(string) || string === null || string === "") {
        return void 0;
      } else {
        return parseInt(string, 10);
      }
    }
    function parseFloating(string) {
      if (isUndefined(string) || string === null || string === "") {
        return void 0;
      } else {
        return parseFloat(string);
      }
    }
    function parseMillis(fraction) {
      if (isUndefined(fraction) || fraction === null || fraction === "") {
        return void 0;
      } else {
        const f = parseFloat("0." + fraction) * 1e3;
        return Math.floor(f);
      }
    }
    function roundTo(number, digits, rounding = "round") {
      const factor = 10 ** digits;
      switch (rounding) {
        case "expand":
          return number > 0 ? Math.ceil(number * factor) / factor : Math.floor(number * factor) / factor;
        case "trunc":
          return Math.trunc(number * factor) / factor;
        case "round":
          return Math.round(number * factor) / factor;
        case "floor":
          return Math.floor(number * factor) / factor;
        case "ceil":
          return Math.ceil(number * factor) / factor;
        default:
          throw new RangeError(`Value rounding ${rounding} is out of range`);
      }
    }
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    function daysInYear(year) {
      return isLeapYear(year) ? 366 : 365;
    }
    function daysInMonth(year, month) {
      const modMonth = floorMod(month - 1, 12) + 1, modYear = year + (month - modMonth) / 12;
      if (modMonth === 2) {
        return isLeapYear(modYear) ? 29 : 28;
      } else {
        return [31, null, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][modMonth - 1];
      }
    }
    function objToLocalTS(obj) {
      let d = Date.UTC(obj.year, obj.month - 1, obj.day, obj.hour, obj.minute, obj.second, obj.millisecond);
      if (obj.year < 100 && obj.year >= 0) {
        d = new Date(d);
        d.setUTCFullYear(obj.year, obj.month - 1, obj.day);
      }
      return +d;
    }
    function firstWeekOffset(year, minDaysInFirstWeek, startOfWeek) {
      const fwdlw = isoWeekdayToLocal(dayOfWeek(year, 1, minDaysInFirstWeek), startOfWeek);
      return -fwdlw + minDaysInFirstWeek - 1;
    }
    function weeksInWeekYear(weekYear, minDaysInFirstWeek = 4, startOfWeek = 1) {
      const weekOffset = firstWeekOffset(weekYear, minDaysInFirstWeek, startOfWeek);
      const weekOffsetNext = firstWeekOffset(weekYear + 1, minDaysInFirstWeek, startOfWeek);
      return (daysInYear(weekYear) - weekOffset + weekOffsetNext) / 7;
    }
    function untruncateYear(year) {
      if (year > 99) {
        return year;
      } else return year > Settings.twoDigitCutoffYear ? 1900 + year : 2e3 + year;
    }
    function parseZoneInfo(ts, offsetFormat, locale, timeZone = null) {
      const date = new Date(ts), intlOpts = {
        hourCycle: "h23",
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
        hour: "2-digit",
        minute: "2-digit"
      };
      if (timeZone) {
        intlOpts.timeZone = timeZone;
      }
      const modified = {
        timeZoneName: offsetFormat,
        ...intlOpts
      };
      const parsed = new Intl.DateTimeFormat(locale, modified).formatToParts(date).find((m) => m.type.toLowerCase() === "timezonename");
      return parsed ? parsed.value : null;
    }
    function signedOffset(offHourStr, offMinuteStr) {
      let offHour = parseInt(offHourStr, 10);
      if (Number.isNaN(offHour)) {
        offHour = 0;
      }
      const offMin = parseInt(offMinuteStr, 10) || 0, offMinSigned = offHour < 0 || Object.is(offHour, -0) ? -offMin : offMin;
      return offHour * 60 + offMinSigned;
    }
    function asNumber(value) {
      const numericValue = Number(value);
      if (typeof value === "boolean" || value === "" || !Number.isFinite(numericValue)) throw new InvalidArgumentError(`Invalid unit value ${value}`);
      return numericValue;
    }
    function normalizeObject(obj, normalizer) {
      const normalized = {};
      for (const u in obj) {
        if (hasOwnProperty(obj, u)) {
          const v = obj[u];
          if (v === void 0 || v === null) continue;
          normalized[normalizer(u)] = asNumber(v);
        }
      }
      return normalized;
    }
    function formatOffset(offset2, format) {
      const hours = Math.trunc(Math.abs(offset2 / 60)), minutes = Math.trunc(Math.abs(offset2 % 60)), sign = offset2 >= 0 ? "+" : "-";
      switch (format) {
        case "short":
          return `${sign}${padStart(hours, 2)}:${padStart(minutes, 2)}`;
        case "narrow":
          return `${sign}${hours}${minutes > 0 ? `:${minutes}` : ""}`;
        case "techie":
          return `${sign}${padStart(hours, 2)}${padStart(minutes, 2)}`;
        default:
          throw new RangeError(`Value format ${format} is out of range for property format`);
      }
    }
    function timeObject(obj) {
      return pick(obj, ["hour", "minute", "second", "millisecond"]);
    }
    var monthsLong = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    var monthsShort = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    var monthsNarrow = ["J", "F", "M", "A", "M", "J", "J", "A", "S", "O", "N", "D"];
    function months(length) {
      switch (length) {
        case "narrow":
          return [...monthsNarrow];
        case "short":
          return [...monthsShort];
        case "long":
          return [...monthsLong];
        case "numeric":
          return ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"];
        case "2-digit":
          return ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"];
        default:
          return null;
      }
    }
    var weekdaysLong = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    var weekdaysShort = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    var weekdaysNarrow = ["M", "T", "W", "T", "F", "S", "S"];
    function weekdays(length) {
      switch (length) {
        case "narrow":
          return [...weekdaysNarrow];
        case "short":
          return [...weekdaysShort];
        case "long":
          return [...weekdaysLong];
        case "numeric":
          return ["1", "2", "3", "4", "5", "6", "7"];
        default:
          return null;
      }
    }
    var meridiems = ["AM", "PM"];
    var erasLong = ["Before Christ", "Anno Domini"];
    var erasShort = ["BC", "AD"];
    var erasNarrow = ["B", "A"];
    function eras(length) {
      switch (length) {
        case "narrow":
          return [...erasNarrow];
        case "short":
          return [...erasShort];
        case "long":
          return [...erasLong];
        default:
          return null;
      }
    }
    function meridiemForDateTime(dt) {
      return meridiems[dt.hour < 12 ? 0 : 1];
    }
    function weekdayForDateTime(dt, length) {
      return weekdays(length)[dt.weekday - 1];
    }
    function monthForDateTime(dt, length) {
      return months(length)[dt.month - 1];
    }
    function eraForDateTime(dt, length) {
      return eras(length)[dt.year < 0 ? 0 : 1];
    }
    function formatRelativeTime(unit, count, numeric = "always", narrow = false) {
      const units = {
        years: ["year", "yr."],
        quarters: ["quarter", "qtr."],
        months: ["month", "mo."],
        weeks: ["week", "wk."],
        days: ["day", "day", "days"],
        hours: ["hour", "hr."],
        minutes: ["minute", "min."],
        seconds: ["second", "sec."]
      };
      const lastable = ["hours", "minutes", "seconds"].indexOf(unit) === -1;
      if (numeric === "auto" && lastable) {
        const isDay = unit === "days";
        switch (count) {
          case 1:
            return isDay ? "tomorrow" : `next ${units[unit][0]}`;
          case -1:
            return isDay ? "yesterday" : `last ${units[unit][0]}`;
          case 0:
            return isDay ? "today" : `this ${units[unit][0]}`;
        }
      }
      const isInPast = Object.is(count, -0) || count < 0, fmtValue = Math.abs(count), singular = fmtValue === 1, lilUnits = units[unit], fmtUnit = narrow ? singular ? lilUnits[1] : lilUnits[2] || lilUnits[1] : singular ? units[unit][0] : unit;
      return isInPast ? `${fmtValue} ${fmtUnit} ago` : `in ${fmtValue} ${fmtUnit}`;
    }
    function stringifyTokens(splits, tokenToString) {
      let s2 = "";
      for (const token of splits) {
        if (token.literal) {
          s2 += token.val;
        } else {
          s2 += tokenToString(token.val);
        }
      }
      return s2;
    }
    var macroTokenToFormatOpts = {
      D: DATE_SHORT,
      DD: DATE_MED,
      DDD: DATE_FULL,
      DDDD: DATE_HUGE,
      t: TIME_SIMPLE,
      tt: TIME_WITH_SECONDS,
      ttt: TIME_WITH_SHORT_OFFSET,
      tttt: TIME_WITH_LONG_OFFSET,
      T: TIME_24_SIMPLE,
      TT: TIME_24_WITH_SECONDS,
      TTT: TIME_24_WITH_SHORT_OFFSET,
      TTTT: TIME_24_WITH_LONG_OFFSET,
      f: DATETIME_SHORT,
      ff: DATETIME_MED,
      fff: DATETIME_FULL,
      ffff: DATETIME_HUGE,
      F: DATETIME_SHORT_WITH_SECONDS,
      FF: DATETIME_MED_WITH_SECONDS,
      FFF: DATETIME_FULL_WITH_SECONDS,
      FFFF: DATETIME_HUGE_WITH_SECONDS
    };
    var Formatter = class _Formatter {
      static create(locale, opts = {}) {
        return new _Formatter(locale, opts);
      }
      static parseFormat(fmt) {
        let current = null, currentFull = "", bracketed = false;
        const splits = [];
        for (let i = 0; i < fmt.length; i++) {
          const c = fmt.charAt(i);
          if (c === "'") {
            if (currentFull.length > 0 || bracketed) {
              splits.push({
                literal: bracketed || /^\s+$/.test(currentFull),
                val: currentFull === "" ? "'" : currentFull
              });
            }
            current = null;
            currentFull = "";
            bracketed = !bracketed;
          } else if (bracketed) {
            currentFull += c;
          } else if (c === current) {
            currentFull += c;
          } else {
            if (currentFull.length > 0) {
              splits.push({
                literal: /^\s+$/.test(currentFull),
                val: currentFull
              });
            }
            currentFull = c;
            current = c;
          }
        }
        if (currentFull.length > 0) {
          splits.push({
            literal: bracketed || /^\s+$/.test(currentFull),
            val: currentFull
          });
        }
        return splits;
      }
      static macroTokenToFormatOpts(token) {
        return macroTokenToFormatOpts[token];
      }
      constructor(locale, formatOpts) {
        this.opts = formatOpts;
        this.loc = locale;
        this.systemLoc = null;
      }
      formatWithSystemDefault(dt, opts) {
        if (this.systemLoc === null) {
          this.systemLoc = this.loc.redefaultToSystem();
        }
        const df = this.systemLoc.dtFormatter(dt, {
          ...this.opts,
          ...opts
        });
        return df.format();
      }
      dtFormatter(dt, opts = {}) {
        return this.loc.dtFormatter(dt, {
          ...this.opts,
          ...opts
        });
      }
      formatDateTime(dt, opts) {
        return this.dtFormatter(dt, opts).format();
      }
      formatDateTimeParts(dt, opts) {
        return this.dtFormatter(dt, opts).formatToParts();
      }
      formatInterval(interval, opts) {
        const df = this.dtFormatter(interval.start, opts);
        return df.dtf.formatRange(interval.start.toJSDate(), interval.end.toJSDate());
      }
      resolvedOptions(dt, opts) {
        return this.dtFormatter(dt, opts).resolvedOptions();
      }
      num(n2, p = 0, signDisplay = void 0) {
        if (this.opts.forceSimple) {
          return padStart(n2, p);
        }
        const opts = {
          ...this.opts
        };
        if (p > 0) {
          opts.padTo = p;
        }
        if (signDisplay) {
          opts.signDisplay = signDisplay;
        }
        return this.loc.numberFormatter(opts).format(n2);
      }
      formatDateTimeFromString(dt, fmt) {
        const knownEnglish = this.loc.listingMode() === "en", useDateTimeFormatter = this.loc.outputCalendar && this.loc.outputCalendar !== "gregory", string = (opts, extract) => this.loc.extract(dt, opts, extract), formatOffset2 = (opts) => {
          if (dt.isOffsetFixed && dt.offset === 0 && opts.allowZ) {
            return "Z";
          }
          return dt.isValid ? dt.zone.formatOffset(dt.ts, opts.format) : "";
        }, meridiem = () => knownEnglish ? meridiemForDateTime(dt) : string({
          hour: "numeric",
          hourCycle: "h12"
        }, "dayperiod"), month = (length, standalone) => knownEnglish ? monthForDateTime(dt, length) : string(standalone ? {
          month: length
        } : {
          month: length,
          day: "numeric"
        }, "month"), weekday = (length, standalone) => knownEnglish ? weekdayForDateTime(dt, length) : string(standalone ? {
          weekday: length
        } : {
          weekday: length,
          month: "long",
          day: "numeric"
        }, "weekday"), maybeMacro = (token) => {
          const formatOpts = _Formatter.macroTokenToFormatOpts(token);
          if (formatOpts) {
            return this.formatWithSystemDefault(dt, formatOpts);
          } else {
            return token;
          }
        }, era = (length) => knownEnglish ? eraForDateTime(dt, length) : string({
          era: length
        }, "era"), tokenToString = (token) => {
          switch (token) {
            // ms
            case "S":
              return this.num(dt.millisecond);
            case "u":
            // falls through
            case "SSS":
              return this.num(dt.millisecond, 3);
            // seconds
            case "s":
              return this.num(dt.second);
            case "ss":
              return this.num(dt.second, 2);
            // fractional seconds
            case "uu":
              return this.num(Math.floor(dt.millisecond / 10), 2);
            case "uuu":
              return this.num(Math.floor(dt.millisecond / 100));
            // minutes
            case "m":
              return this.num(dt.minute);
            case "mm":
              return this.num(dt.minute, 2);
            // hours
            case "h":
              return this.num(dt.hour % 12 === 0 ? 12 : dt.hour % 12);
            case "hh":
              return this.num(dt.hour % 12 === 0 ? 12 : dt.hour % 12, 2);
            case "H":
              return this.num(dt.hour);
            case "HH":
              return this.num(dt.hour, 2);
            // offset
            case "Z":
              return formatOffset2({
                format: "narrow",
                allowZ: this.opts.allowZ
              });
            case "ZZ":
              return formatOffset2({
                format: "short",
                allowZ: this.opts.allowZ
              });
            case "ZZZ":
              return formatOffset2({
                format: "techie",
                allowZ: this.opts.allowZ
              });
            case "ZZZZ":
              return dt.zone.offsetName(dt.ts, {
                format: "short",
                locale: this.loc.locale
              });
            case "ZZZZZ":
              return dt.zone.offsetName(dt.ts, {
                format: "long",
                locale: this.loc.locale
              });
            // zone
            case "z":
              return dt.zoneName;
            // meridiems
            case "a":
              return meridiem();
            // dates
            case "d":
              return useDateTimeFormatter ? string({
                day: "numeric"
              }, "day") : this.num(dt.day);
            case "dd":
              return useDateTimeFormatter ? string({
                day: "2-digit"
              }, "day") : this.num(dt.day, 2);
            // weekdays - standalone
            case "c":
              return this.num(dt.weekday);
            case "ccc":
              return weekday("short", true);
            case "cccc":
              return weekday("long", true);
            case "ccccc":
              return weekday("narrow", true);
            // weekdays - format
            case "E":
              return this.num(dt.weekday);
            case "EEE":
              return weekday("short", false);
            case "EEEE":
              return weekday("long", false);
            case "EEEEE":
              return weekday("narrow", false);
            // months - standalone
            case "L":
              return useDateTimeFormatter ? string({
                month: "numeric",
                day: "numeric"
              }, "month") : this.num(dt.month);
            case "LL":
              return useDateTimeFormatter ? string({
                month: "2-digit",
                day: "numeric"
              }, "month") : this.num(dt.month, 2);
            case "LLL":
              return month("short", true);
            case "LLLL":
              return month("long", true);
            case "LLLLL":
              return month("narrow", true);
            // months - format
            case "M":
              return useDateTimeFormatter ? string({
                month: "numeric"
              }, "month") : this.num(dt.month);
            case "MM":
              return useDateTimeFormatter ? string({
                month: "2-digit"
              }, "month") : this.num(dt.month, 2);
            case "MMM":
              return month("short", false);
            case "MMMM":
              return month("long", false);
            case "MMMMM":
              return month("narrow", false);
            // years
            case "y":
              return useDateTimeFormatter ? string({
                year: "numeric"
              }, "year") : this.num(dt.year);
            case "yy":
              return useDateTimeFormatter ? string({
                year: "2-digit"
              }, "year") : this.num(dt.year.toString().slice(-2), 2);
            case "yyyy":
              return useDateTimeFormatter ? string({
                year: "numeric"
              }, "year") : this.num(dt.year, 4);
            case "yyyyyy":
              return useDateTimeFormatter ? string({
                year: "numeric"
              }, "year") : this.num(dt.year, 6);
            // eras
            case "G":
              return era("short");
            case "GG":
              return era("long");
            case "GGGGG":
              return era("narrow");
            case "kk":
              return this.num(dt.weekYear.toString().slice(-2), 2);
            case "kkkk":
              return this.num(dt.weekYear, 4);
            case "W":
              return this.num(dt.weekNumber);
            case "WW":
              return this.num(dt.weekNumber, 2);
            case "n":
              return this.num(dt.localWeekNumber);
            case "nn":
              return this.num(dt.localWeekNumber, 2);
            case "ii":
              return this.num(dt.localWeekYear.toString().slice(-2), 2);
            case "iiii":
              return this.num(dt.localWeekYear, 4);
            case "o":
              return this.num(dt.ordinal);
            case "ooo":
              return this.num(dt.ordinal, 3);
            case "q":
              return this.num(dt.quarter);
            case "qq":
              return this.num(dt.quarter, 2);
            case "X":
              return this.num(Math.floor(dt.ts / 1e3));
            case "x":
              return this.num(dt.ts);
            default:
              return maybeMacro(token);
          }
        };
        return stringifyTokens(_Formatter.parseFormat(fmt), tokenToString);
      }
      formatDurationFromString(dur, fmt) {
        const invertLargest = this.opts.signMode === "negativeLargestOnly" ? -1 : 1;
        const tokenToField = (token) => {
          switch (token[0]) {
            case "S":
              return "milliseconds";
            case "s":
              return "seconds";
            case "m":
              return "minutes";
            case "h":
              return "hours";
            case "d":
              return "days";
            case "w":
              return "weeks";
            case "M":
              return "months";
            case "y":
              return "years";
            default:
              return null;
          }
        }, tokenToString = (lildur, info) => (token) => {
          const mapped = tokenToField(token);
          if (mapped) {
            const inversionFactor = info.isNegativeDuration && mapped !== info.largestUnit ? invertLargest : 1;
            let signDisplay;
            if (this.opts.signMode === "negativeLargestOnly" && mapped !== info.largestUnit) {
              signDisplay = "never";
            } else if (this.opts.signMode === "all") {
              signDisplay = "always";
            } else {
              signDisplay = "auto";
            }
            return this.num(lildur.get(mapped) * inversionFactor, token.length, signDisplay);
          } else {
            return token;
          }
        }, tokens = _Formatter.parseFormat(fmt), realTokens = tokens.reduce((found, {
          literal,
          val
        }) => literal ? found : found.concat(val), []), collapsed = dur.shiftTo(...realTokens.map(tokenToField).filter((t) => t)), durationInfo = {
          isNegativeDuration: collapsed < 0,
          // this relies on "collapsed" being based on "shiftTo", which builds up the object
          // in order
          largestUnit: Object.keys(collapsed.values)[0]
        };
        return stringifyTokens(tokens, tokenToString(collapsed, durationInfo));
      }
    };
    var ianaRegex = /[A-Za-z_+-]{1,256}(?::?\/[A-Za-z0-9_+-]{1,256}(?:\/[A-Za-z0-9_+-]{1,256})?)?/;
    function combineRegexes(...regexes) {
      const full = regexes.reduce((f, r) => f + r.source, "");
      return RegExp(`^${full}$`);
    }
    function combineExtractors(...extractors) {
      return (m) => extractors.reduce(([mergedVals, mergedZone, cursor], ex) => {
        const [val, zone, next] = ex(m, cursor);
        return [{
          ...mergedVals,
          ...val
        }, zone || mergedZone, next];
      }, [{}, null, 1]).slice(0, 2);
    }
    function parse(s2, ...patterns) {
      if (s2 == null) {
        return [null, null];
      }
      for (const [regex, extractor] of patterns) {
        const m = regex.exec(s2);
        if (m) {
          return extractor(m);
        }
      }
      return [null, null];
    }
    function simpleParse(...keys) {
      return (match2, cursor) => {
        const ret = {};
        let i;
        for (i = 0; i < keys.length; i++) {
          ret[keys[i]] = parseInteger(match2[cursor + i]);
        }
        return [ret, null, cursor + i];
      };
    }
    var offsetRegex = /(?:([Zz])|([+-]\d\d)(?::?(\d\d))?)/;
    var isoExtendedZone = `(?:${offsetRegex.source}?(?:\\[(${ianaRegex.source})\\])?)?`;
    var isoTimeBaseRegex = /(\d\d)(?::?(\d\d)(?::?(\d\d)(?:[.,](\d{1,30}))?)?)?/;
    var isoTimeRegex = RegExp(`${isoTimeBaseRegex.source}${isoExtendedZone}`);
    var isoTimeExtensionRegex = RegExp(`(?:[Tt]${isoTimeRegex.source})?`);
    var isoYmdRegex = /([+-]\d{6}|\d{4})(?:-?(\d\d)(?:-?(\d\d))?)?/;
    var isoWeekRegex = /(\d{4})-?W(\d\d)(?:-?(\d))?/;
    var isoOrdinalRegex = /(\d{4})-?(\d{3})/;
    var extractISOWeekData = simpleParse("weekYear", "weekNumber", "weekDay");
    var extractISOOrdinalData = simpleParse("year", "ordinal");
    var sqlYmdRegex = /(\d{4})-(\d\d)-(\d\d)/;
    var sqlTimeRegex = RegExp(`${isoTimeBaseRegex.source} ?(?:${offsetRegex.source}|(${ianaRegex.source}))?`);
    var sqlTimeExtensionRegex = RegExp(`(?: ${sqlTimeRegex.source})?`);
    function int(match2, pos, fallback) {
      const m = match2[pos];
      return isUndefined(m) ? fallback : parseInteger(m);
    }
    function extractISOYmd(match2, cursor) {
      const item = {
        year: int(match2, cursor),
        month: int(match2, cursor + 1, 1),
        day: int(match2, cursor + 2, 1)
      };
      return [item, null, cursor + 3];
    }
    function extractISOTime(match2, cursor) {
      const item = {
        hours: int(match2, cursor, 0),
        minutes: int(match2, cursor + 1, 0),
        seconds: int(match2, cursor + 2, 0),
        milliseconds: parseMillis(match2[cursor + 3])
      };
      return [item, null, cursor + 4];
    }
    function extractISOOffset(match2, cursor) {
      const local = !match2[cursor] && !match2[cursor + 1], fullOffset = signedOffset(match2[cursor + 1], match2[cursor + 2]), zone = local ? null : FixedOffsetZone.instance(fullOffset);
      return [{}, zone, cursor + 3];
    }
    function extractIANAZone(match2, cursor) {
      const zone = match2[cursor] ? IANAZone.create(match2[cursor]) : null;
      return [{}, zone, cursor + 1];
    }
    var isoTimeOnly = RegExp(`^T?${isoTimeBaseRegex.source}$`);
    var isoDuration = /^-?P(?:(?:(-?\d{1,20}(?:\.\d{1,20})?)Y)?(?:(-?\d{1,20}(?:\.\d{1,20})?)M)?(?:(-?\d{1,20}(?:\.\d{1,20})?)W)?(?:(-?\d{1,20}(?:\.\d{1,20})?)D)?(?:T(?:(-?\d{1,20}(?:\.\d{1,20})?)H)?(?:(-?\d{1,20}(?:\.\d{1,20})?)M)?(?:(-?\d{1,20})(?:[.,](-?\d{1,20}))?S)?)?)$/;
    function extractISODuration(match2) {
      const [s2, yearStr, monthStr, weekStr, dayStr, hourStr, minuteStr, secondStr, millisecondsStr] = match2;
      const hasNegativePrefix = s2[0] === "-";
      const negativeSeconds = secondStr && secondStr[0] === "-";
      const maybeNegate = (num, force = false) => num !== void 0 && (force || num && hasNegativePrefix) ? -num : num;
      return [{
        years: maybeNegate(parseFloating(yearStr)),
        months: maybeNegate(parseFloating(monthStr)),
        weeks: maybeNegate(parseFloating(weekStr)),
        days: maybeNegate(parseFloating(dayStr)),
        hours: maybeNegate(parseFloating(hourStr)),
        minutes: maybeNegate(parseFloating(minuteStr)),
        seconds: maybeNegate(parseFloating(secondStr), secondStr === "-0"),
        milliseconds: maybeNegate(parseMillis(millisecondsStr), negativeSeconds)
      }];
    }
    var obsOffsets = {
      GMT: 0,
      EDT: -4 * 60,
      EST: -5 * 60,
      CDT: -5 * 60,
      CST: -6 * 60,
      MDT: -6 * 60,
      MST: -7 * 60,
      PDT: -7 * 60,
      PST: -8 * 60
    };
    function fromStrings(weekdayStr, yearStr, monthStr, dayStr, hourStr, minuteStr, secondStr) {
      const result = {
        year: yearStr.length === 2 ? untruncateYear(parseInteger(yearStr)) : parseInteger(yearStr),
        month: monthsShort.indexOf(monthStr) + 1,
        day: parseInteger(dayStr),
        hour: parseInteger(hourStr),
        minute: parseInteger(minuteStr)
      };
      if (secondStr) result.second = parseInteger(secondStr);
      if (weekdayStr) {
        result.weekday = weekdayStr.length > 3 ? weekdaysLong.indexOf(weekdayStr) + 1 : weekdaysShort.indexOf(weekdayStr) + 1;
      }
      return result;
    }
    var rfc2822 = /^(?:(Mon|Tue|Wed|Thu|Fri|Sat|Sun),\s)?(\d{1,2})\s(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s(\d{2,4})\s(\d\d):(\d\d)(?::(\d\d))?\s(?:(UT|GMT|[ECMP][SD]T)|([Zz])|(?:([+-]\d\d)(\d\d)))$/;
    function extractRFC2822(match2) {
      const [, weekdayStr, dayStr, monthStr, yearStr, hourStr, minuteStr, secondStr, obsOffset, milOffset, offHourStr, offMinuteStr] = match2, result = fromStrings(weekdayStr, yearStr, monthStr, dayStr, hourStr, minuteStr, secondStr);
      let offset2;
      if (obsOffset) {
        offset2 = obsOffsets[obsOffset];
      } else if (milOffset) {
        offset2 = 0;
      } else {
        offset2 = signedOffset(offHourStr, offMinuteStr);
      }
      return [result, new FixedOffsetZone(offset2)];
    }
    function preprocessRFC2822(s2) {
      return s2.replace(/\([^()]*\)|[\n\t]/g, " ").replace(/(\s\s+)/g, " ").trim();
    }
    var rfc1123 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d\d) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d\d):(\d\d):(\d\d) GMT$/;
    var rfc850 = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d\d)-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\d\d) (\d\d):(\d\d):(\d\d) GMT$/;
    var ascii = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ( \d|\d\d) (\d\d):(\d\d):(\d\d) (\d{4})$/;
    function extractRFC1123Or850(match2) {
      const [, weekdayStr, dayStr, monthStr, yearStr, hourStr, minuteStr, secondStr] = match2, result = fromStrings(weekdayStr, yearStr, monthStr, dayStr, hourStr, minuteStr, secondStr);
      return [result, FixedOffsetZone.utcInstance];
    }
    function extractASCII(match2) {
      const [, weekdayStr, monthStr, dayStr, hourStr, minuteStr, secondStr, yearStr] = match2, result = fromStrings(weekdayStr, yearStr, monthStr, dayStr, hourStr, minuteStr, secondStr);
      return [result, FixedOffsetZone.utcInstance];
    }
    var isoYmdWithTimeExtensionRegex = combineRegexes(isoYmdRegex, isoTimeExtensionRegex);
    var isoWeekWithTimeExtensionRegex = combineRegexes(isoWeekRegex, isoTimeExtensionRegex);
    var isoOrdinalWithTimeExtensionRegex = combineRegexes(isoOrdinalRegex, isoTimeExtensionRegex);
    var isoTimeCombinedRegex = combineRegexes(isoTimeRegex);
    var extractISOYmdTimeAndOffset = combineExtractors(extractISOYmd, extractISOTime, extractISOOffset, extractIANAZone);
    var extractISOWeekTimeAndOffset = combineExtractors(extractISOWeekData, extractISOTime, extractISOOffset, extractIANAZone);
    var extractISOOrdinalDateAndTime = combineExtractors(extractISOOrdinalData, extractISOTime, extractISOOffset, extractIANAZone);
    var extractISOTimeAndOffset = combineExtractors(extractISOTime, extractISOOffset, extractIANAZone);
    function parseISODate(s2) {
      return parse(s2, [isoYmdWithTimeExtensionRegex, extractISOYmdTimeAndOffset], [isoWeekWithTimeExtensionRegex, extractISOWeekTimeAndOffset], [isoOrdinalWithTimeExtensionRegex, extractISOOrdinalDateAndTime], [isoTimeCombinedRegex, extractISOTimeAndOffset]);
    }
    function parseRFC2822Date(s2) {
      return parse(preprocessRFC2822(s2), [rfc2822, extractRFC2822]);
    }
    function parseHTTPDate(s2) {
      return parse(s2, [rfc1123, extractRFC1123Or850], [rfc850, extractRFC1123Or850], [ascii, extractASCII]);
    }
    function parseISODuration(s2) {
      return parse(s2, [isoDuration, extractISODuration]);
    }
    var extractISOTimeOnly = combineExtractors(extractISOTime);
    function parseISOTimeOnly(s2) {
      return parse(s2, [isoTimeOnly, extractISOTimeOnly]);
    }
    var sqlYmdWithTimeExtensionRegex = combineRegexes(sqlYmdRegex, sqlTimeExtensionRegex);
    var sqlTimeCombinedRegex = combineRegexes(sqlTimeRegex);
    var extractISOTimeOffsetAndIANAZone = combineExtractors(extractISOTime, extractISOOffset, extractIANAZone);
    function parseSQL(s2) {
      return parse(s2, [sqlYmdWithTimeExtensionRegex, extractISOYmdTimeAndOffset], [sqlTimeCombinedRegex, extractISOTimeOffsetAndIANAZone]);
    }
    var INVALID$2 = "Invalid Duration";
    var lowOrderMatrix = {
      weeks: {
        days: 7,
        hours: 7 * 24,
        minutes: 7 * 24 * 60,
        seconds: 7 * 24 * 60 * 60,
        milliseconds: 7 * 24 * 60 * 60 * 1e3
      },
      days: {
        hours: 24,
        minutes: 24 * 60,
        seconds: 24 * 60 * 60,
        milliseconds: 24 * 60 * 60 * 1e3
      },
      hours: {
        minutes: 60,
        seconds: 60 * 60,
        milliseconds: 60 * 60 * 1e3
      },
      minutes: {
        seconds: 60,
        milliseconds: 60 * 1e3
      },
      seconds: {
        milliseconds: 1e3
      }
    };
    var casualMatrix = {
      years: {
        quarters: 4,
        months: 12,
        weeks: 52,
        days: 365,
        hours: 365 * 24,
        minutes: 365 * 24 * 60,
        seconds: 365 * 24 * 60 * 60,
        milliseconds: 365 * 24 * 60 * 60 * 1e3
      },
      quarters: {
        months: 3,
        weeks: 13,
        days: 91,
        hours: 91 * 24,
        minutes: 91 * 24 * 60,
        seconds: 91 * 24 * 60 * 60,
        milliseconds: 91 * 24 * 60 * 60 * 1e3
      },
      months: {
        weeks: 4,
        days: 30,
        hours: 30 * 24,
        minutes: 30 * 24 * 60,
        seconds: 30 * 24 * 60 * 60,
        milliseconds: 30 * 24 * 60 * 60 * 1e3
      },
      ...lowOrderMatrix
    };
    var daysInYearAccurate = 146097 / 400;
    var daysInMonthAccurate = 146097 / 4800;
    var accurateMatrix = {
      years: {
        quarters: 4,
        months: 12,
        weeks: daysInYearAccurate / 7,
        days: daysInYearAccurate,
        hours: daysInYearAccurate * 24,
        minutes: daysInYearAccurate * 24 * 60,
        seconds: daysInYearAccurate * 24 * 60 * 60,
        milliseconds: daysInYearAccurate * 24 * 60 * 60 * 1e3
      },
      quarters: {
        months: 3,
        weeks: daysInYearAccurate / 28,
        days: daysInYearAccurate / 4,
        hours: daysInYearAccurate * 24 / 4,
        minutes: daysInYearAccurate * 24 * 60 / 4,
        seconds: daysInYearAccurate * 24 * 60 * 60 / 4,
        milliseconds: daysInYearAccurate * 24 * 60 * 60 * 1e3 / 4
      },
      months: {
        weeks: daysInMonthAccurate / 7,
        days: daysInMonthAccurate,
        hours: daysInMonthAccurate * 24,
        minutes: daysInMonthAccurate * 24 * 60,
        seconds: daysInMonthAccurate * 24 * 60 * 60,
        milliseconds: daysInMonthAccurate * 24 * 60 * 60 * 1e3
      },
      ...lowOrderMatrix
    };
    var orderedUnits$1 = ["years", "quarters", "months", "weeks", "days", "hours", "minutes", "seconds", "milliseconds"];
    var reverseUnits = orderedUnits$1.slice(0).reverse();
    function clone$1(dur, alts, clear = false) {
      const conf = {
        values: clear ? alts.values : {
          ...dur.values,
          ...alts.values || {}
        },
        loc: dur.loc.clone(alts.loc),
        conversionAccuracy: alts.conversionAccuracy || dur.conversionAccuracy,
        matrix: alts.matrix || dur.matrix
      };
      return new Duration(conf);
    }
    function durationToMillis(matrix, vals) {
      var _vals$milliseconds;
      let sum = (_vals$milliseconds = vals.milliseconds) != null ? _vals$milliseconds : 0;
      for (const unit of reverseUnits.slice(1)) {
        if (vals[unit]) {
          sum += vals[unit] * matrix[unit]["milliseconds"];
        }
      }
      return sum;
    }
    function normalizeValues(matrix, vals) {
      const factor = durationToMillis(matrix, vals) < 0 ? -1 : 1;
      orderedUnits$1.reduceRight((previous, current) => {
        if (!isUndefined(vals[current])) {
          if (previous) {
            const previousVal = vals[previous] * factor;
            const conv = matrix[current][previous];
            const rollUp = Math.floor(previousVal / conv);
            vals[current] += rollUp * factor;
            vals[previous] -= rollUp * conv * factor;
          }
          return current;
        } else {
          return previous;
        }
      }, null);
      orderedUnits$1.reduce((previous, current) => {
        if (!isUndefined(vals[current])) {
          if (previous) {
            const fraction = vals[previous] % 1;
            vals[previous] -= fraction;
            vals[current] += fraction * matrix[previous][current];
          }
          return current;
        } else {
          return previous;
        }
      }, null);
    }
    function removeZeroes(vals) {
      const newVals = {};
      for (const [key, value] of Object.entries(vals)) {
        if (value !== 0) {
          newVals[key] = value;
        }
      }
      return newVals;
    }
    var Duration = class _Duration {
      /**
       * @private
       */
      constructor(config) {
        const accurate = config.conversionAccuracy === "longterm" || false;
        let matrix = accurate ? accurateMatrix : casualMatrix;
        if (config.matrix) {
          matrix = config.matrix;
        }
        this.values = config.values;
        this.loc = config.loc || Locale.create();
        this.conversionAccuracy = accurate ? "longterm" : "casual";
        this.invalid = config.invalid || null;
        this.matrix = matrix;
        this.isLuxonDuration = true;
      }
      /**
       * Create Duration from a number of milliseconds.
       * @param {number} count of milliseconds
       * @param {Object} opts - options for parsing
       * @param {string} [opts.locale='en-US'] - the locale to use
       * @param {string} opts.numberingSystem - the numbering system to use
       * @param {string} [opts.conversionAccuracy='casual'] - the conversion system to use
       * @return {Duration}
       */
      static fromMillis(count, opts) {
        return _Duration.fromObject({
          milliseconds: count
        }, opts);
      }
      /**
       * Create a Duration from a JavaScript object with keys like 'years' and 'hours'.
       * If this object is empty then a zero milliseconds duration is returned.
       * @param {Object} obj - the object to create the DateTime from
       * @param {number} obj.years
       * @param {number} obj.quarters
       * @param {number} obj.months
       * @param {number} obj.weeks
       * @param {number} obj.days
       * @param {number} obj.hours
       * @param {number} obj.minutes
       * @param {number} obj.seconds
       * @param {number} obj.milliseconds
       * @param {Object} [opts=[]] - options for creating this Duration
       * @param {string} [opts.locale='en-US'] - the locale to use
       * @param {string} opts.numberingSystem - the numbering system to use
       * @param {string} [opts.conversionAccuracy='casual'] - the preset conversion system to use
       * @param {string} [opts.matrix=Object] - the custom conversion system to use
       * @return {Duration}
       */
      static fromObject(obj, opts = {}) {
        if (obj == null || typeof obj !== "object") {
          throw new InvalidArgumentError(`Duration.fromObject: argument expected to be an object, got ${obj === null ? "null" : typeof obj}`);
        }
        return new _Duration({
          values: normalizeObject(obj, _Duration.normalizeUnit),
          loc: Locale.fromObject(opts),
          conversionAccuracy: opts.conversionAccuracy,
          matrix: opts.matrix
        });
      }
      /**
       * Create a Duration from DurationLike.
       *
       * @param {Object | number | Duration} durationLike
       * One of:
       * - object with keys like 'years' and 'hours'.
       * - number representing milliseconds
       * - Duration instance
       * @return {Duration}
       */
      static fromDurationLike(durationLike) {
        if (isNumber(durationLike)) {
          return _Duration.fromMillis(durationLike);
        } else if (_Duration.isDuration(durationLike)) {
          return durationLike;
        } else if (typeof durationLike === "object") {
          return _Duration.fromObject(durationLike);
        } else {
          throw new InvalidArgumentError(`Unknown duration argument ${durationLike} of type ${typeof durationLike}`);
        }
      }
      /**
       * Create a Duration from an ISO 8601 duration string.
       * @param {string} text - text to parse
       * @param {Object} opts - options for parsing
       * @param {string} [opts.locale='en-US'] - the locale to use
       * @param {string} opts.numberingSystem - the numbering system to use
       * @param {string} [opts.conversionAccuracy='casual'] - the preset conversion system to use
       * @param {string} [opts.matrix=Object] - the preset conversion system to use
       * @see https://en.wikipedia.org/wiki/ISO_8601#Durations
       * @example Duration.fromISO('P3Y6M1W4DT12H30M5S').toObject() //=> { years: 3, months: 6, weeks: 1, days: 4, hours: 12, minutes: 30, seconds: 5 }
       * @example Duration.fromISO('PT23H').toObject() //=> { hours: 23 }
       * @example Duration.fromISO('P5Y3M').toObject() //=> { years: 5, months: 3 }
       * @return {Duration}
       */
      static fromISO(text, opts) {
        const [parsed] = parseISODuration(text);
        if (parsed) {
          return _Duration.fromObject(parsed, opts);
        } else {
          return _Duration.invalid("unparsable", `the input "${text}" can't be parsed as ISO 8601`);
        }
      }
      /**
       * Create a Duration from an ISO 8601 time string.
       * @param {string} text - text to parse
       * @param {Object} opts - options for parsing
       * @param {string} [opts.locale='en-US'] - the locale to use
       * @param {string} opts.numberingSystem - the numbering system to use
       * @param {string} [opts.conversionAccuracy='casual'] - the preset conversion system to use
       * @param {string} [opts.matrix=Object] - the conversion system to use
       * @see https://en.wikipedia.org/wiki/ISO_8601#Times
       * @example Duration.fromISOTime('11:22:33.444').toObject() //=> { hours: 11, minutes: 22, seconds: 33, milliseconds: 444 }
       * @example Duration.fromISOTime('11:00').toObject() //=> { hours: 11, minutes: 0, seconds: 0 }
       * @example Duration.fromISOTime('T11:00').toObject() //=> { hours: 11, minutes: 0, seconds: 0 }
       * @example Duration.fromISOTime('1100').toObject() //=> { hours: 11, minutes: 0, seconds: 0 }
       * @example Duration.fromISOTime('T1100').toObject() //=> { hours: 11, minutes: 0, seconds: 0 }
       * @return {Duration}
       */
      static fromISOTime(text, opts) {
        const [parsed] = parseISOTimeOnly(text);
        if (parsed) {
          return _Duration.fromObject(parsed, opts);
        } else {
          return _Duration.invalid("unparsable", `the input "${text}" can't be parsed as ISO 8601`);
        }
      }
      /**
       * Create an invalid Duration.
       * @param {string} reason - simple string of why this datetime is invalid. Should not contain parameters or anything else data-dependent
       * @param {string} [explanation=null] - longer explanation, may include parameters and other useful debugging information
       * @return {Duration}
       */
      static invalid(reason, explanation = null) {
        if (!reason) {
          throw new InvalidArgumentError("need to specify a reason the Duration is invalid");
        }
        const invalid = reason instanceof Invalid ? reason : new Invalid(reason, explanation);
        if (Settings.throwOnInvalid) {
          throw new InvalidDurationError(invalid);
        } else {
          return new _Duration({
            invalid
          });
        }
      }
      /**
       * @private
       */
      static normalizeUnit(unit) {
        const normalized = {
          year: "years",
          years: "years",
          quarter: "quarters",
          quarters: "quarters",
          month: "months",
          months: "months",
          week: "weeks",
          weeks: "weeks",
          day: "days",
          days: "days",
          hour: "hours",
          hours: "hours",
          minute: "minutes",
          minutes: "minutes",
          second: "seconds",
          seconds: "seconds",
          millisecond: "milliseconds",
          milliseconds: "milliseconds"
        }[unit ? unit.toLowerCase() : unit];
        if (!normalized) throw new InvalidUnitError(unit);
        return normalized;
      }
      /**
       * Check if an object is a Duration. Works across context boundaries
       * @param {object} o
       * @return {boolean}
       */
      static isDuration(o) {
        return o && o.isLuxonDuration || false;
      }
      /**
       * Get  the locale of a Duration, such 'en-GB'
       * @type {string}
       */
      get locale() {
        return this.isValid ? this.loc.locale : null;
      }
      /**
       * Get the numbering system of a Duration, such 'beng'. The numbering system is used when formatting the Duration
       *
       * @type {string}
       */
      get numberingSystem() {
        return this.isValid ? this.loc.numberingSystem : null;
      }
      /**
       * Returns a string representation of this Duration formatted according to the specified format string. You may use these tokens:
       * * `S` for milliseconds
       * * `s` for seconds
       * * `m` for minutes
       * * `h` for hours
       * * `d` for days
       * * `w` for weeks
       * * `M` for months
       * * `y` for years
       * Notes:
       * * Add padding by repeating the token, e.g. "yy" pads the years to two digits, "hhhh" pads the hours out to four digits
       * * Tokens can be escaped by wrapping with single quotes.
       * * The duration will be converted to the set of units in the format string using {@link Duration#shiftTo} and the Durations's conversion accuracy setting.
       * @param {string} fmt - the format string
       * @param {Object} opts - options
       * @param {boolean} [opts.floor=true] - floor numerical values
       * @param {'negative'|'all'|'negativeLargestOnly'} [opts.signMode=negative] - How to handle signs
       * @example Duration.fromObject({ years: 1, days: 6, seconds: 2 }).toFormat("y d s") //=> "1 6 2"
       * @example Duration.fromObject({ years: 1, days: 6, seconds: 2 }).toFormat("yy dd sss") //=> "01 06 002"
       * @example Duration.fromObject({ years: 1, days: 6, seconds: 2 }).toFormat("M S") //=> "12 518402000"
       * @example Duration.fromObject({ days: 6, seconds: 2 }).toFormat("d s", { signMode: "all" }) //=> "+6 +2"
       * @example Duration.fromObject({ days: -6, seconds: -2 }).toFormat("d s", { signMode: "all" }) //=> "-6 -2"
       * @example Duration.fromObject({ days: -6, seconds: -2 }).toFormat("d s", { signMode: "negativeLargestOnly" }) //=> "-6 2"
       * @return {string}
       */
      toFormat(fmt, opts = {}) {
        const fmtOpts = {
          ...opts,
          floor: opts.round !== false && opts.floor !== false
        };
        return this.isValid ? Formatter.create(this.loc, fmtOpts).formatDurationFromString(this, fmt) : INVALID$2;
      }
      /**
       * Returns a string representation of a Duration with all units included.
       * To modify its behavior, use `listStyle` and any Intl.NumberFormat option, though `unitDisplay` is especially relevant.
       * @see https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Intl/NumberFormat/NumberFormat#options
       * @param {Object} opts - Formatting options. Accepts the same keys as the options parameter of the native `Intl.NumberFormat` constructor, as well as `listStyle`.
       * @param {string} [opts.listStyle='narrow'] - How to format the merged list. Corresponds to the `style` property of the options parameter of the native `Intl.ListFormat` constructor.
       * @param {boolean} [opts.showZeros=true] - Show all units previously used by the duration even if they are zero
       * @example
       * ```js
       * var dur = Duration.fromObject({ months: 1, weeks: 0, hours: 5, minutes: 6 })
       * dur.toHuman() //=> '1 month, 0 weeks, 5 hours, 6 minutes'
       * dur.toHuman({ listStyle: "long" }) //=> '1 month, 0 weeks, 5 hours, and 6 minutes'
       * dur.toHuman({ unitDisplay: "short" }) //=> '1 mth, 0 wks, 5 hr, 6 min'
       * dur.toHuman({ showZeros: false }) //=> '1 month, 5 hours, 6 minutes'
       * ```
       */
      toHuman(opts = {}) {
        if (!this.isValid) return INVALID$2;
        const showZeros = opts.showZeros !== false;
        const l2 = orderedUnits$1.map((unit) => {
          const val = this.values[unit];
          if (isUndefined(val) || val === 0 && !showZeros) {
            return null;
          }
          return this.loc.numberFormatter({
            style: "unit",
            unitDisplay: "long",
            ...opts,
            unit: unit.slice(0, -1)
          }).format(val);
        }).filter((n2) => n2);
        return this.loc.listFormatter({
          type: "conjunction",
          style: opts.listStyle || "narrow",
          ...opts
        }).format(l2);
      }
      /**
       * Returns a JavaScript object with this Duration's values.
       * @example Duration.fromObject({ years: 1, days: 6, seconds: 2 }).toObject() //=> { years: 1, days: 6, seconds: 2 }
       * @return {Object}
       */
      toObject() {
        if (!this.isValid) return {};
        return {
          ...this.values
        };
      }
      /**
       * Returns an ISO 8601-compliant string representation of this Duration.
       * @see https://en.wikipedia.org/wiki/ISO_8601#Durations
       * @example Duration.fromObject({ years: 3, seconds: 45 }).toISO() //=> 'P3YT45S'
       * @example Duration.fromObject({ months: 4, seconds: 45 }).toISO() //=> 'P4MT45S'
       * @example Duration.fromObject({ months: 5 }).toISO() //=> 'P5M'
       * @example Duration.fromObject({ minutes: 5 }).toISO() //=> 'PT5M'
       * @example Duration.fromObject({ milliseconds: 6 }).toISO() //=> 'PT0.006S'
       * @return {string}
       */
      toISO() {
        if (!this.isValid) return null;
        let s2 = "P";
        if (this.years !== 0) s2 += this.years + "Y";
        if (this.months !== 0 || this.quarters !== 0) s2 += this.months + this.quarters * 3 + "M";
        if (this.weeks !== 0) s2 += this.weeks + "W";
        if (this.days !== 0) s2 += this.days + "D";
        if (this.hours !== 0 || this.minutes !== 0 || this.seconds !== 0 || this.milliseconds !== 0) s2 += "T";
        if (this.hours !== 0) s2 += this.hours + "H";
        if (this.minutes !== 0) s2 += this.minutes + "M";
        if (this.seconds !== 0 || this.milliseconds !== 0)
          s2 += roundTo(this.seconds + this.milliseconds / 1e3, 3) + "S";
        if (s2 === "P") s2 += "T0S";
        return s2;
      }
      /**
       * Returns an ISO 8601-compliant string representation of this Duration, formatted as a time of day.
       * Note that this will return null if the duration is invalid, negative, or equal to or greater than 24 hours.
       * @see https://en.wikipedia.org/wiki/ISO_8601#Times
       * @param {Object} opts - options
       * @param {boolean} [opts.suppressMilliseconds=false] - exclude milliseconds from the format if they're 0
       * @param {boolean} [opts.suppressSeconds=false] - exclude seconds from the format if they're 0
       * @param {boolean} [opts.includePrefix=false] - include the `T` prefix
       * @param {string} [opts.format='extended'] - choose between the basic and extended format
       * @example Duration.fromObject({ hours: 11 }).toISOTime() //=> '11:00:00.000'
       * @example Duration.fromObject({ hours: 11 }).toISOTime({ suppressMilliseconds: true }) //=> '11:00:00'
       * @example Duration.fromObject({ hours: 11 }).toISOTime({ suppressSeconds: true }) //=> '11:00'
       * @example Duration.fromObject({ hours: 11 }).toISOTime({ includePrefix: true }) //=> 'T11:00:00.000'
       * @example Duration.fromObject({ hours: 11 }).toISOTime({ format: 'basic' }) //=> '110000.000'
       * @return {string}
       */
      toISOTime(opts = {}) {
        if (!this.isValid) return null;
        const millis = this.toMillis();
        if (millis < 0 || millis >= 864e5) return null;
        opts = {
          suppressMilliseconds: false,
          suppressSeconds: false,
          includePrefix: false,
          format: "extended",
          ...opts,
          includeOffset: false
        };
        const dateTime = DateTime.fromMillis(millis, {
          zone: "UTC"
        });
        return dateTime.toISOTime(opts);
      }
      /**
       * Returns an ISO 8601 representation of this Duration appropriate for use in JSON.
       * @return {string}
       */
      toJSON() {
        return this.toISO();
      }
      /**
       * Returns an ISO 8601 representation of this Duration appropriate for use in debugging.
       * @return {string}
       */
      toString() {
        return this.toISO();
      }
      /**
       * Returns a string representation of this Duration appropriate for the REPL.
       * @return {string}
       */
      [/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")]() {
        if (this.isValid) {
          return `Duration { values: ${JSON.stringify(this.values)} }`;
        } else {
          return `Duration { Invalid, reason: ${this.invalidReason} }`;
        }
      }
      /**
       * Returns an milliseconds value of this Duration.
       * @return {number}
       */
      toMillis() {
        if (!this.isValid) return NaN;
        return durationToMillis(this.matrix, this.values);
      }
      /**
       * Returns an milliseconds value of this Duration. Alias of {@link toMillis}
       * @return {number}
       */
      valueOf() {
        return this.toMillis();
      }
      /**
       * Make this Duration longer by the specified amount. Return a newly-constructed Duration.
       * @param {Duration|Object|number} duration - The amount to add. Either a Luxon Duration, a number of milliseconds, the object argument to Duration.fromObject()
       * @return {Duration}
       */
      plus(duration) {
        if (!this.isValid) return this;
        const dur = _Duration.fromDurationLike(duration), result = {};
        for (const k of orderedUnits$1) {
          if (hasOwnProperty(dur.values, k) || hasOwnProperty(this.values, k)) {
            result[k] = dur.get(k) + this.get(k);
          }
        }
        return clone$1(this, {
          values: result
        }, true);
      }
      /**
       * Make this Duration shorter by the specified amount. Return a newly-constructed Duration.
       * @param {Duration|Object|number} duration - The amount to subtract. Either a Luxon Duration, a number of milliseconds, the object argument to Duration.fromObject()
       * @return {Duration}
       */
      minus(duration) {
        if (!this.isValid) return this;
        const dur = _Duration.fromDurationLike(duration);
        return this.plus(dur.negate());
      }
      /**
       * Scale this Duration by the specified amount. Return a newly-constructed Duration.
       * @param {function} fn - The function to apply to each unit. Arity is 1 or 2: the value of the unit and, optionally, the unit name. Must return a number.
       * @example Duration.fromObject({ hours: 1, minutes: 30 }).mapUnits(x => x * 2) //=> { hours: 2, minutes: 60 }
       * @example Duration.fromObject({ hours: 1, minutes: 30 }).mapUnits((x, u) => u === "hours" ? x * 2 : x) //=> { hours: 2, minutes: 30 }
       * @return {Duration}
       */
      mapUnits(fn) {
        if (!this.isValid) return this;
        const result = {};
        for (const k of Object.keys(this.values)) {
          result[k] = asNumber(fn(this.values[k], k));
        }
        return clone$1(this, {
          values: result
        }, true);
      }
      /**
       * Get the value of unit.
       * @param {string} unit - a unit such as 'minute' or 'day'
       * @example Duration.fromObject({years: 2, days: 3}).get('years') //=> 2
       * @example Duration.fromObject({years: 2, days: 3}).get('months') //=> 0
       * @example Duration.fromObject({years: 2, days: 3}).get('days') //=> 3
       * @return {number}
       */
      get(unit) {
        return this[_Duration.normalizeUnit(unit)];
      }
      /**
       * "Set" the values of specified units. Return a newly-constructed Duration.
       * @param {Object} values - a mapping of units to numbers
       * @example dur.set({ years: 2017 })
       * @example dur.set({ hours: 8, minutes: 30 })
       * @return {Duration}
       */
      set(values) {
        if (!this.isValid) return this;
        const mixed = {
          ...this.values,
          ...normalizeObject(values, _Duration.normalizeUnit)
        };
        return clone$1(this, {
          values: mixed
        });
      }
      /**
       * "Set" the locale and/or numberingSystem.  Returns a newly-constructed Duration.
       * @example dur.reconfigure({ locale: 'en-GB' })
       * @return {Duration}
       */
      reconfigure({
        locale,
        numberingSystem,
        conversionAccuracy,
        matrix
      } = {}) {
        const loc = this.loc.clone({
          locale,
          numberingSystem
        });
        const opts = {
          loc,
          matrix,
          conversionAccuracy
        };
        return clone$1(this, opts);
      }
      /**
       * Return the length of the duration in the specified unit.
       * @param {string} unit - a unit such as 'minutes' or 'days'
       * @example Duration.fromObject({years: 1}).as('days') //=> 365
       * @example Duration.fromObject({years: 1}).as('months') //=> 12
       * @example Duration.fromObject({hours: 60}).as('days') //=> 2.5
       * @return {number}
       */
      as(unit) {
        return this.isValid ? this.shiftTo(unit).get(unit) : NaN;
      }
      /**
       * Reduce this Duration to its canonical representation in its current units.
       * Assuming the overall value of the Duration is positive, this means:
       * - excessive values for lower-order units are converted to higher-order units (if possible, see first and second example)
       * - negative lower-order units are converted to higher order units (there must be such a higher order unit, otherwise
       *   the overall value would be negative, see third example)
       * - fractional values for higher-order units are converted to lower-order units (if possible, see fourth example)
       *
       * If the overall value is negative, the result of this method is equivalent to `this.negate().normalize().negate()`.
       * @example Duration.fromObject({ years: 2, days: 5000 }).normalize().toObject() //=> { years: 15, days: 255 }
       * @example Duration.fromObject({ days: 5000 }).normalize().toObject() //=> { days: 5000 }
       * @example Duration.fromObject({ hours: 12, minutes: -45 }).normalize().toObject() //=> { hours: 11, minutes: 15 }
       * @example Duration.fromObject({ years: 2.5, days: 0, hours: 0 }).normalize().toObject() //=> { years: 2, days: 182, hours: 12 }
       * @return {Duration}
       */
      normalize() {
        if (!this.isValid) return this;
        const vals = this.toObject();
        normalizeValues(this.matrix, vals);
        return clone$1(this, {
          values: vals
        }, true);
      }
      /**
       * Rescale units to its largest representation
       * @example Duration.fromObject({ milliseconds: 90000 }).rescale().toObject() //=> { minutes: 1, seconds: 30 }
       * @return {Duration}
       */
      rescale() {
        if (!this.isValid) return this;
        const vals = removeZeroes(this.normalize().shiftToAll().toObject());
        return clone$1(this, {
          values: vals
        }, true);
      }
      /**
       * Convert this Duration into its representation in a different set of units.
       * @example Duration.fromObject({ hours: 1, seconds: 30 }).shiftTo('minutes', 'milliseconds').toObject() //=> { minutes: 60, milliseconds: 30000 }
       * @return {Duration}
       */
      shiftTo(...units) {
        if (!this.isValid) return this;
        if (units.length === 0) {
          return this;
        }
        units = units.map((u) => _Duration.normalizeUnit(u));
        const built = {}, accumulated = {}, vals = this.toObject();
        let lastUnit;
        for (const k of orderedUnits$1) {
          if (units.indexOf(k) >= 0) {
            lastUnit = k;
            let own = 0;
            for (const ak in accumulated) {
              own += this.matrix[ak][k] * accumulated[ak];
              accumulated[ak] = 0;
            }
            if (isNumber(vals[k])) {
              own += vals[k];
            }
            const i = Math.trunc(own);
            built[k] = i;
            accumulated[k] = (own * 1e3 - i * 1e3) / 1e3;
          } else if (isNumber(vals[k])) {
            accumulated[k] = vals[k];
          }
        }
        for (const key in accumulated) {
          if (accumulated[key] !== 0) {
            built[lastUnit] += key === lastUnit ? accumulated[key] : accumulated[key] / this.matrix[lastUnit][key];
          }
        }
        normalizeValues(this.matrix, built);
        return clone$1(this, {
          values: built
        }, true);
      }
      /**
       * Shift this Duration to all available units.
       * Same as shiftTo("years", "months", "weeks", "days", "hours", "minutes", "seconds", "milliseconds")
       * @return {Duration}
       */
      shiftToAll() {
        if (!this.isValid) return this;
        return this.shiftTo("years", "months", "weeks", "days", "hours", "minutes", "seconds", "milliseconds");
      }
      /**
       * Return the negative of this Duration.
       * @example Duration.fromObject({ hours: 1, seconds: 30 }).negate().toObject() //=> { hours: -1, seconds: -30 }
       * @return {Duration}
       */
      negate() {
        if (!this.isValid) return this;
        const negated = {};
        for (const k of Object.keys(this.values)) {
          negated[k] = this.values[k] === 0 ? 0 : -this.values[k];
        }
        return clone$1(this, {
          values: negated
        }, true);
      }
      /**
       * Removes all units with values equal to 0 from this Duration.
       * @example Duration.fromObject({ years: 2, days: 0, hours: 0, minutes: 0 }).removeZeros().toObject() //=> { years: 2 }
       * @return {Duration}
       */
      removeZeros() {
        if (!this.isValid) return this;
        const vals = removeZeroes(this.values);
        return clone$1(this, {
          values: vals
        }, true);
      }
      /**
       * Get the years.
       * @type {number}
       */
      get years() {
        return this.isValid ? this.values.years || 0 : NaN;
      }
      /**
       * Get the quarters.
       * @type {number}
       */
      get quarters() {
        return this.isValid ? this.values.quarters || 0 : NaN;
      }
      /**
       * Get the months.
       * @type {number}
       */
      get months() {
        return this.isValid ? this.values.months || 0 : NaN;
      }
      /**
       * Get the weeks
       * @type {number}
       */
      get weeks() {
        return this.isValid ? this.values.weeks || 0 : NaN;
      }
      /**
       * Get the days.
       * @type {number}
       */
      get days() {
        return this.isValid ? this.values.days || 0 : NaN;
      }
      /**
       * Get the hours.
       * @type {number}
       */
      get hours() {
        return this.isValid ? this.values.hours || 0 : NaN;
      }
      /**
       * Get the minutes.
       * @type {number}
       */
      get minutes() {
        return this.isValid ? this.values.minutes || 0 : NaN;
      }
      /**
       * Get the seconds.
       * @return {number}
       */
      get seconds() {
        return this.isValid ? this.values.seconds || 0 : NaN;
      }
      /**
       * Get the milliseconds.
       * @return {number}
       */
      get milliseconds() {
        return this.isValid ? this.values.milliseconds || 0 : NaN;
      }
      /**
       * Returns whether the Duration is invalid. Invalid durations are returned by diff operations
       * on invalid DateTimes or Intervals.
       * @return {boolean}
       */
      get isValid() {
        return this.invalid === null;
      }
      /**
       * Returns an error code if this Duration became invalid, or null if the Duration is valid
       * @return {string}
       */
      get invalidReason() {
        return this.invalid ? this.invalid.reason : null;
      }
      /**
       * Returns an explanation of why this Duration became invalid, or null if the Duration is valid
       * @type {string}
       */
      get invalidExplanation() {
        return this.invalid ? this.invalid.explanation : null;
      }
      /**
       * Equality check
       * Two Durations are equal iff they have the same units and the same values for each unit.
       * @param {Duration} other
       * @return {boolean}
       */
      equals(other) {
        if (!this.isValid || !other.isValid) {
          return false;
        }
        if (!this.loc.equals(other.loc)) {
          return false;
        }
        function eq(v1, v2) {
          if (v1 === void 0 || v1 === 0) return v2 === void 0 || v2 === 0;
          return v1 === v2;
        }
        for (const u of orderedUnits$1) {
          if (!eq(this.values[u], other.values[u])) {
            return false;
          }
        }
        return true;
      }
    };
    var INVALID$1 = "Invalid Interval";
    function validateStartEnd(start, end) {
      if (!start || !start.isValid) {
        return Interval.invalid("missing or invalid start");
      } else if (!end || !end.isValid) {
        return Interval.invalid("missing or invalid end");
      } else if (end < start) {
        return Interval.invalid("end before start", `The end of an interval must be after its start, but you had start=${start.toISO()} and end=${end.toISO()}`);
      } else {
        return null;
      }
    }
    var Interval = class _Interval {
      /**
       * @private
       */
      constructor(config) {
        this.s = config.start;
        this.e = config.end;
        this.invalid = config.invalid || null;
        this.isLuxonInterval = true;
      }
      /**
       * Create an invalid Interval.
       * @param {string} reason - simple string of why this Interval is invalid. Should not contain parameters or anything else data-dependent
       * @param {string} [explanation=null] - longer explanation, may include parameters and other useful debugging information
       * @return {Interval}
       */
      static invalid(reason, explanation = null) {
        if (!reason) {
          throw new InvalidArgumentError("need to specify a reason the Interval is invalid");
        }
        const invalid = reason instanceof Invalid ? reason : new Invalid(reason, explanation);
        if (Settings.throwOnInvalid) {
          throw new InvalidIntervalError(invalid);
        } else {
          return new _Interval({
            invalid
          });
        }
      }
      /**
       * Create an Interval from a start DateTime and an end DateTime. Inclusive of the start but not the end.
       * @param {DateTime|Date|Object} start
       * @param {DateTime|Date|Object} end
       * @return {Interval}
       */
      static fromDateTimes(start, end) {
        const builtStart = friendlyDateTime(start), builtEnd = friendlyDateTime(end);
        const validateError = validateStartEnd(builtStart, builtEnd);
        if (validateError == null) {
          return new _Interval({
            start: builtStart,
            end: builtEnd
          });
        } else {
          return validateError;
        }
      }
      /**
       * Create an Interval from a start DateTime and a Duration to extend to.
       * @param {DateTime|Date|Object} start
       * @param {Duration|Object|number} duration - the length of the Interval.
       * @return {Interval}
       */
      static after(start, duration) {
        const dur = Duration.fromDurationLike(duration), dt = friendlyDateTime(start);
        return _Interval.fromDateTimes(dt, dt.plus(dur));
      }
      /**
       * Create an Interval from an end DateTime and a Duration to extend backwards to.
       * @param {DateTime|Date|Object} end
       * @param {Duration|Object|number} duration - the length of the Interval.
       * @return {Interval}
       */
      static before(end, duration) {
        const dur = Duration.fromDurationLike(duration), dt = friendlyDateTime(end);
        return _Interval.fromDateTimes(dt.minus(dur), dt);
      }
      /**
       * Create an Interval from an ISO 8601 string.
       * Accepts `<start>/<end>`, `<start>/<duration>`, and `<duration>/<end>` formats.
       * @param {string} text - the ISO string to parse
       * @param {Object} [opts] - options to pass {@link DateTime#fromISO} and optionally {@link Duration#fromISO}
       * @see https://en.wikipedia.org/wiki/ISO_8601#Time_intervals
       * @return {Interval}
       */
      static fromISO(text, opts) {
        const [s2, e] = (text || "").split("/", 2);
        if (s2 && e) {
          let start, startIsValid;
          try {
            start = DateTime.fromISO(s2, opts);
            startIsValid = start.isValid;
          } catch (e2) {
            startIsValid = false;
          }
          let end, endIsValid;
          try {
            end = DateTime.fromISO(e, opts);
            endIsValid = end.isValid;
          } catch (e2) {
            endIsValid = false;
          }
          if (startIsValid && endIsValid) {
            return _Interval.fromDateTimes(start, end);
          }
          if (startIsValid) {
            const dur = Duration.fromISO(e, opts);
            if (dur.isValid) {
              return _Interval.after(start, dur);
            }
          } else if (endIsValid) {
            const dur = Duration.fromISO(s2, opts);
            if (dur.isValid) {
              return _Interval.before(end, dur);
            }
          }
        }
        return _Interval.invalid("unparsable", `the input "${text}" can't be parsed as ISO 8601`);
      }
      /**
       * Check if an object is an Interval. Works across context boundaries
       * @param {object} o
       * @return {boolean}
       */
      static isInterval(o) {
        return o && o.isLuxonInterval || false;
      }
      /**
       * Returns the start of the Interval
       * @type {DateTime}
       */
      get start() {
        return this.isValid ? this.s : null;
      }
      /**
       * Returns the end of the Interval. This is the first instant which is not part of the interval
       * (Interval is half-open).
       * @type {DateTime}
       */
      get end() {
        return this.isValid ? this.e : null;
      }
      /**
       * Returns the last DateTime included in the interval (since end is not part of the interval)
       * @type {DateTime}
       */
      get lastDateTime() {
        return this.isValid ? this.e ? this.e.minus(1) : null : null;
      }
      /**
       * Returns whether this Interval's end is at least its start, meaning that the Interval isn't 'backwards'.
       * @type {boolean}
       */
      get isValid() {
        return this.invalidReason === null;
      }
      /**
       * Returns an error code if this Interval is invalid, or null if the Interval is valid
       * @type {string}
       */
      get invalidReason() {
        return this.invalid ? this.invalid.reason : null;
      }
      /**
       * Returns an explanation of why this Interval became invalid, or null if the Interval is valid
       * @type {string}
       */
      get invalidExplanation() {
        return this.invalid ? this.invalid.explanation : null;
      }
      /**
       * Returns the length of the Interval in the specified unit.
       * @param {string} unit - the unit (such as 'hours' or 'days') to return the length in.
       * @return {number}
       */
      length(unit = "milliseconds") {
        return this.isValid ? this.toDuration(...[unit]).get(unit) : NaN;
      }
      /**
       * Returns the count of minutes, hours, days, months, or years included in the Interval, even in part.
       * Unlike {@link Interval#length} this counts sections of the calendar, not periods of time, e.g. specifying 'day'
       * asks 'what dates are included in this interval?', not 'how many days long is this interval?'
       * @param {string} [unit='milliseconds'] - the unit of time to count.
       * @param {Object} opts - options
       * @param {boolean} [opts.useLocaleWeeks=false] - If true, use weeks based on the locale, i.e. use the locale-dependent start of the week; this operation will always use the locale of the start DateTime
       * @return {number}
       */
      count(unit = "milliseconds", opts) {
        if (!this.isValid) return NaN;
        const start = this.start.startOf(unit, opts);
        let end;
        if (opts != null && opts.useLocaleWeeks) {
          end = this.end.reconfigure({
            locale: start.locale
          });
        } else {
          end = this.end;
        }
        end = end.startOf(unit, opts);
        return Math.floor(end.diff(start, unit).get(unit)) + (end.valueOf() !== this.end.valueOf());
      }
      /**
       * Returns whether this Interval's start and end are both in the same unit of time
       * @param {string} unit - the unit of time to check sameness on
       * @return {boolean}
       */
      hasSame(unit) {
        return this.isValid ? this.isEmpty() || this.e.minus(1).hasSame(this.s, unit) : false;
      }
      /**
       * Return whether this Interval has the same start and end DateTimes.
       * @return {boolean}
       */
      isEmpty() {
        return this.s.valueOf() === this.e.valueOf();
      }
      /**
       * Return whether this Interval's start is after the specified DateTime.
       * @param {DateTime} dateTime
       * @return {boolean}
       */
      isAfter(dateTime) {
        if (!this.isValid) return false;
        return this.s > dateTime;
      }
      /**
       * Return whether this Interval's end is before the specified DateTime.
       * @param {DateTime} dateTime
       * @return {boolean}
       */
      isBefore(dateTime) {
        if (!this.isValid) return false;
        return this.e <= dateTime;
      }
      /**
       * Return whether this Interval contains the specified DateTime.
       * @param {DateTime} dateTime
       * @return {boolean}
       */
      contains(dateTime) {
        if (!this.isValid) return false;
        return this.s <= dateTime && this.e > dateTime;
      }
      /**
       * "Sets" the start and/or end dates. Returns a newly-constructed Interval.
       * @param {Object} values - the values to set
       * @param {DateTime} values.start - the starting DateTime
       * @param {DateTime} values.end - the ending DateTime
       * @return {Interval}
       */
      set({
        start,
        end
      } = {}) {
        if (!this.isValid) return this;
        return _Interval.fromDateTimes(start || this.s, end || this.e);
      }
      /**
       * Split this Interval at each of the specified DateTimes
       * @param {...DateTime} dateTimes - the unit of time to count.
       * @return {Array}
       */
      splitAt(...dateTimes) {
        if (!this.isValid) return [];
        const sorted = dateTimes.map(friendlyDateTime).filter((d) => this.contains(d)).sort((a, b) => a.toMillis() - b.toMillis()), results = [];
        let {
          s: s2
        } = this, i = 0;
        while (s2 < this.e) {
          const added = sorted[i] || this.e, next = +added > +this.e ? this.e : added;
          results.push(_Interval.fromDateTimes(s2, next));
          s2 = next;
          i += 1;
        }
        return results;
      }
      /**
       * Split this Interval into smaller Intervals, each of the specified length.
       * Left over time is grouped into a smaller interval
       * @param {Duration|Object|number} duration - The length of each resulting interval.
       * @return {Array}
       */
      splitBy(duration) {
        const dur = Duration.fromDurationLike(duration);
        if (!this.isValid || !dur.isValid || dur.as("milliseconds") === 0) {
          return [];
        }
        let {
          s: s2
        } = this, idx = 1, next;
        const results = [];
        while (s2 < this.e) {
          const added = this.start.plus(dur.mapUnits((x) => x * idx));
          next = +added > +this.e ? this.e : added;
          results.push(_Interval.fromDateTimes(s2, next));
          s2 = next;
          idx += 1;
        }
        return results;
      }
      /**
       * Split this Interval into the specified number of smaller intervals.
       * @param {number} numberOfParts - The number of Intervals to divide the Interval into.
       * @return {Array}
       */
      divideEqually(numberOfParts) {
        if (!this.isValid) return [];
        return this.splitBy(this.length() / numberOfParts).slice(0, numberOfParts);
      }
      /**
       * Return whether this Interval overlaps with the specified Interval
       * @param {Interval} other
       * @return {boolean}
       */
      overlaps(other) {
        return this.e > other.s && this.s < other.e;
      }
      /**
       * Return whether this Interval's end is adjacent to the specified Interval's start.
       * @param {Interval} other
       * @return {boolean}
       */
      abutsStart(other) {
        if (!this.isValid) return false;
        return +this.e === +other.s;
      }
      /**
       * Return whether this Interval's start is adjacent to the specified Interval's end.
       * @param {Interval} other
       * @return {boolean}
       */
      abutsEnd(other) {
        if (!this.isValid) return false;
        return +other.e === +this.s;
      }
      /**
       * Returns true if this Interval fully contains the specified Interval, specifically if the intersect (of this Interval and the other Interval) is equal to the other Interval; false otherwise.
       * @param {Interval} other
       * @return {boolean}
       */
      engulfs(other) {
        if (!this.isValid) return false;
        return this.s <= other.s && this.e >= other.e;
      }
      /**
       * Return whether this Interval has the same start and end as the specified Interval.
       * @param {Interval} other
       * @return {boolean}
       */
      equals(other) {
        if (!this.isValid || !other.isValid) {
          return false;
        }
        return this.s.equals(other.s) && this.e.equals(other.e);
      }
      /**
       * Return an Interval representing the intersection of this Interval and the specified Interval.
       * Specifically, the resulting Interval has the maximum start time and the minimum end time of the two Intervals.
       * Returns null if the intersection is empty, meaning, the intervals don't intersect.
       * @param {Interval} other
       * @return {Interval}
       */
      intersection(other) {
        if (!this.isValid) return this;
        const s2 = this.s > other.s ? this.s : other.s, e = this.e < other.e ? this.e : other.e;
        if (s2 >= e) {
          return null;
        } else {
          return _Interval.fromDateTimes(s2, e);
        }
      }
      /**
       * Return an Interval representing the union of this Interval and the specified Interval.
       * Specifically, the resulting Interval has the minimum start time and the maximum end time of the two Intervals.
       * @param {Interval} other
       * @return {Interval}
       */
      union(other) {
        if (!this.isValid) return this;
        const s2 = this.s < other.s ? this.s : other.s, e = this.e > other.e ? this.e : other.e;
        return _Interval.fromDateTimes(s2, e);
      }
      /**
       * Merge an array of Intervals into an equivalent minimal set of Intervals.
       * Combines overlapping and adjacent Intervals.
       * The resulting array will contain the Intervals in ascending order, that is, starting with the earliest Interval
       * and ending with the latest.
       *
       * @param {Array} intervals
       * @return {Array}
       */
      static merge(intervals) {
        const [found, final] = intervals.sort((a, b) => a.s - b.s).reduce(([sofar, current], item) => {
          if (!current) {
            return [sofar, item];
          } else if (current.overlaps(item) || current.abutsStart(item)) {
            return [sofar, current.union(item)];
          } else {
            return [sofar.concat([current]), item];
          }
        }, [[], null]);
        if (final) {
          found.push(final);
        }
        return found;
      }
      /**
       * Return an array of Intervals representing the spans of time that only appear in one of the specified Intervals.
       * @param {Array} intervals
       * @return {Array}
       */
      static xor(intervals) {
        let start = null, currentCount = 0;
        const results = [], ends = intervals.map((i) => [{
          time: i.s,
          type: "s"
        }, {
          time: i.e,
          type: "e"
        }]), flattened = Array.prototype.concat(...ends), arr = flattened.sort((a, b) => a.time - b.time);
        for (const i of arr) {
          currentCount += i.type === "s" ? 1 : -1;
          if (currentCount === 1) {
            start = i.time;
          } else {
            if (start && +start !== +i.time) {
              results.push(_Interval.fromDateTimes(start, i.time));
            }
            start = null;
          }
        }
        return _Interval.merge(results);
      }
      /**
       * Return an Interval representing the span of time in this Interval that doesn't overlap with any of the specified Intervals.
       * @param {...Interval} intervals
       * @return {Array}
       */
      difference(...intervals) {
        return _Interval.xor([this].concat(intervals)).map((i) => this.intersection(i)).filter((i) => i && !i.isEmpty());
      }
      /**
       * Returns a string representation of this Interval appropriate for debugging.
       * @return {string}
       */
      toString() {
        if (!this.isValid) return INVALID$1;
        return `[${this.s.toISO()} \u2013 ${this.e.toISO()})`;
      }
      /**
       * Returns a string representation of this Interval appropriate for the REPL.
       * @return {string}
       */
      [/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")]() {
        if (this.isValid) {
          return `Interval { start: ${this.s.toISO()}, end: ${this.e.toISO()} }`;
        } else {
          return `Interval { Invalid, reason: ${this.invalidReason} }`;
        }
      }
      /**
       * Returns a localized string representing this Interval. Accepts the same options as the
       * Intl.DateTimeFormat constructor and any presets defined by Luxon, such as
       * {@link DateTime.DATE_FULL} or {@link DateTime.TIME_SIMPLE}. The exact behavior of this method
       * is browser-specific, but in general it will return an appropriate representation of the
       * Interval in the assigned locale. Defaults to the system's locale if no locale has been
       * specified.
       * @see https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/DateTimeFormat
       * @param {Object} [formatOpts=DateTime.DATE_SHORT] - Either a DateTime preset or
       * Intl.DateTimeFormat constructor options.
       * @param {Object} opts - Options to override the configuration of the start DateTime.
       * @example Interval.fromISO('2022-11-07T09:00Z/2022-11-08T09:00Z').toLocaleString(); //=> 11/7/2022 – 11/8/2022
       * @example Interval.fromISO('2022-11-07T09:00Z/2022-11-08T09:00Z').toLocaleString(DateTime.DATE_FULL); //=> November 7 – 8, 2022
       * @example Interval.fromISO('2022-11-07T09:00Z/2022-11-08T09:00Z').toLocaleString(DateTime.DATE_FULL, { locale: 'fr-FR' }); //=> 7–8 novembre 2022
       * @example Interval.fromISO('2022-11-07T17:00Z/2022-11-07T19:00Z').toLocaleString(DateTime.TIME_SIMPLE); //=> 6:00 – 8:00 PM
       * @example Interval.fromISO('2022-11-07T17:00Z/2022-11-07T19:00Z').toLocaleString({ weekday: 'short', month: 'short', day: '2-digit', hour: '2-digit', minute: '2-digit' }); //=> Mon, Nov 07, 6:00 – 8:00 p
       * @return {string}
       */
      toLocaleString(formatOpts = DATE_SHORT, opts = {}) {
        return this.isValid ? Formatter.create(this.s.loc.clone(opts), formatOpts).formatInterval(this) : INVALID$1;
      }
      /**
       * Returns an ISO 8601-compliant string representation of this Interval.
       * @see https://en.wikipedia.org/wiki/ISO_8601#Time_intervals
       * @param {Object} opts - The same options as {@link DateTime#toISO}
       * @return {string}
       */
      toISO(opts) {
        if (!this.isValid) return INVALID$1;
        return `${this.s.toISO(opts)}/${this.e.toISO(opts)}`;
      }
      /**
       * Returns an ISO 8601-compliant string representation of date of this Interval.
       * The time components are ignored.
       * @see https://en.wikipedia.org/wiki/ISO_8601#Time_intervals
       * @return {string}
       */
      toISODate() {
        if (!this.isValid) return INVALID$1;
        return `${this.s.toISODate()}/${this.e.toISODate()}`;
      }
      /**
       * Returns an ISO 8601-compliant string representation of time of this Interval.
       * The date components are ignored.
       * @see https://en.wikipedia.org/wiki/ISO_8601#Time_intervals
       * @param {Object} opts - The same options as {@link DateTime#toISO}
       * @return {string}
       */
      toISOTime(opts) {
        if (!this.isValid) return INVALID$1;
        return `${this.s.toISOTime(opts)}/${this.e.toISOTime(opts)}`;
      }
      /**
       * Returns a string representation of this Interval formatted according to the specified format
       * string. **You may not want this.** See {@link Interval#toLocaleString} for a more flexible
       * formatting tool.
       * @param {string} dateFormat - The format string. This string formats the start and end time.
       * See {@link DateTime#toFormat} for details.
       * @param {Object} opts - Options.
       * @param {string} [opts.separator =  ' – '] - A separator to place between the start and end
       * representations.
       * @return {string}
       */
      toFormat(dateFormat, {
        separator = " \u2013 "
      } = {}) {
        if (!this.isValid) return INVALID$1;
        return `${this.s.toFormat(dateFormat)}${separator}${this.e.toFormat(dateFormat)}`;
      }
      /**
       * Return a Duration representing the time spanned by this interval.
       * @param {string|string[]} [unit=['milliseconds']] - the unit or units (such as 'hours' or 'days') to include in the duration.
       * @param {Object} opts - options that affect the creation of the Duration
       * @param {string} [opts.conversionAccuracy='casual'] - the conversion system to use
       * @example Interval.fromDateTimes(dt1, dt2).toDuration().toObject() //=> { milliseconds: 88489257 }
       * @example Interval.fromDateTimes(dt1, dt2).toDuration('days').toObject() //=> { days: 1.0241812152777778 }
       * @example Interval.fromDateTimes(dt1, dt2).toDuration(['hours', 'minutes']).toObject() //=> { hours: 24, minutes: 34.82095 }
       * @example Interval.fromDateTimes(dt1, dt2).toDuration(['hours', 'minutes', 'seconds']).toObject() //=> { hours: 24, minutes: 34, seconds: 49.257 }
       * @example Interval.fromDateTimes(dt1, dt2).toDuration('seconds').toObject() //=> { seconds: 88489.257 }
       * @return {Duration}
       */
      toDuration(unit, opts) {
        if (!this.isValid) {
          return Duration.invalid(this.invalidReason);
        }
        return this.e.diff(this.s, unit, opts);
      }
      /**
       * Run mapFn on the interval start and end, returning a new Interval from the resulting DateTimes
       * @param {function} mapFn
       * @return {Interval}
       * @example Interval.fromDateTimes(dt1, dt2).mapEndpoints(endpoint => endpoint.toUTC())
       * @example Interval.fromDateTimes(dt1, dt2).mapEndpoints(endpoint => endpoint.plus({ hours: 2 }))
       */
      mapEndpoints(mapFn) {
        return _Interval.fromDateTimes(mapFn(this.s), mapFn(this.e));
      }
    };
    var Info = class {
      /**
       * Return whether the specified zone contains a DST.
       * @param {string|Zone} [zone='local'] - Zone to check. Defaults to the environment's local zone.
       * @return {boolean}
       */
      static hasDST(zone = Settings.defaultZone) {
        const proto = DateTime.now().setZone(zone).set({
          month: 12
        });
        return !zone.isUniversal && proto.offset !== proto.set({
          month: 6
        }).offset;
      }
      /**
       * Return whether the specified zone is a valid IANA specifier.
       * @param {string} zone - Zone to check
       * @return {boolean}
       */
      static isValidIANAZone(zone) {
        return IANAZone.isValidZone(zone);
      }
      /**
       * Converts the input into a {@link Zone} instance.
       *
       * * If `input` is already a Zone instance, it is returned unchanged.
       * * If `input` is a string containing a valid time zone name, a Zone instance
       *   with that name is returned.
       * * If `input` is a string that doesn't refer to a known time zone, a Zone
       *   instance with {@link Zone#isValid} == false is returned.
       * * If `input is a number, a Zone instance with the specified fixed offset
       *   in minutes is returned.
       * * If `input` is `null` or `undefined`, the default zone is returned.
       * @param {string|Zone|number} [input] - the value to be converted
       * @return {Zone}
       */
      static normalizeZone(input) {
        return normalizeZone(input, Settings.defaultZone);
      }
      /**
       * Get the weekday on which the week starts according to the given locale.
       * @param {Object} opts - options
       * @param {string} [opts.locale] - the locale code
       * @param {string} [opts.locObj=null] - an existing locale object to use
       * @returns {number} the start of the week, 1 for Monday through 7 for Sunday
       */
      static getStartOfWeek({
        locale = null,
        locObj = null
      } = {}) {
        return (locObj || Locale.create(locale)).getStartOfWeek();
      }
      /**
       * Get the minimum number of days necessary in a week before it is considered part of the next year according
       * to the given locale.
       * @param {Object} opts - options
       * @param {string} [opts.locale] - the locale code
       * @param {string} [opts.locObj=null] - an existing locale object to use
       * @returns {number}
       */
      static getMinimumDaysInFirstWeek({
        locale = null,
        locObj = null
      } = {}) {
        return (locObj || Locale.create(locale)).getMinDaysInFirstWeek();
      }
      /**
       * Get the weekdays, which are considered the weekend according to the given locale
       * @param {Object} opts - options
       * @param {string} [opts.locale] - the locale code
       * @param {string} [opts.locObj=null] - an existing locale object to use
       * @returns {number[]} an array of weekdays, 1 for Monday through 7 for Sunday
       */
      static getWeekendWeekdays({
        locale = null,
        locObj = null
      } = {}) {
        return (locObj || Locale.create(locale)).getWeekendDays().slice();
      }
      /**
       * Return an array of standalone month names.
       * @see https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/DateTimeFormat
       * @param {string} [length='long'] - the length of the month representation, such as "numeric", "2-digit", "narrow", "short", "long"
       * @param {Object} opts - options
       * @param {string} [opts.locale] - the locale code
       * @param {string} [opts.numberingSystem=null] - the numbering system
       * @param {string} [opts.locObj=null] - an existing locale object to use
       * @param {string} [opts.outputCalendar='gregory'] - the calendar
       * @example Info.months()[0] //=> 'January'
       * @example Info.months('short')[0] //=> 'Jan'
       * @example Info.months('numeric')[0] //=> '1'
       * @example Info.months('short', { locale: 'fr-CA' } )[0] //=> 'janv.'
       * @example Info.months('numeric', { locale: 'ar' })[0] //=> '١'
       * @example Info.months('long', { outputCalendar: 'islamic' })[0] //=> 'Rabiʻ I'
       * @return {Array}
       */
      static months(length = "long", {
        locale = null,
        numberingSystem = null,
        locObj = null,
        outputCalendar = "gregory"
      } = {}) {
        return (locObj || Locale.create(locale, numberingSystem, outputCalendar)).months(length);
      }
      /**
       * Return an array of format month names.
       * Format months differ from standalone months in that they're meant to appear next to the day of the month. In some languages, that
       * changes the string.
       * See {@link Info#months}
       * @param {string} [length='long'] - the length of the month representation, such as "numeric", "2-digit", "narrow", "short", "long"
       * @param {Object} opts - options
       * @param {string} [opts.locale] - the locale code
       * @param {string} [opts.numberingSystem=null] - the numbering system
       * @param {string} [opts.locObj=null] - an existing locale object to use
       * @param {string} [opts.outputCalendar='gregory'] - the calendar
       * @return {Array}
       */
      static monthsFormat(length = "long", {
        locale = null,
        numberingSystem = null,
        locObj = null,
        outputCalendar = "gregory"
      } = {}) {
        return (locObj || Locale.create(locale, numberingSystem, outputCalendar)).months(length, true);
      }
      /**
       * Return an array of standalone week names.
       * @see https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/DateTimeFormat
       * @param {string} [length='long'] - the length of the weekday representation, such as "narrow", "short", "long".
       * @param {Object} opts - options
       * @param {string} [opts.locale] - the locale code
       * @param {string} [opts.numberingSystem=null] - the numbering system
       * @param {string} [opts.locObj=null] - an existing locale object to use
       * @example Info.weekdays()[0] //=> 'Monday'
       * @example Info.weekdays('short')[0] //=> 'Mon'
       * @example Info.weekdays('short', { locale: 'fr-CA' })[0] //=> 'lun.'
       * @example Info.weekdays('short', { locale: 'ar' })[0] //=> 'الاثنين'
       * @return {Array}
       */
      static weekdays(length = "long", {
        locale = null,
        numberingSystem = null,
        locObj = null
      } = {}) {
        return (locObj || Locale.create(locale, numberingSystem, null)).weekdays(length);
      }
      /**
       * Return an array of format week names.
       * Format weekdays differ from standalone weekdays in that they're meant to appear next to more date information. In some languages, that
       * changes the string.
       * See {@link Info#weekdays}
       * @param {string} [length='long'] - the length of the month representation, such as "narrow", "short", "long".
       * @param {Object} opts - options
       * @param {string} [opts.locale=null] - the locale code
       * @param {string} [opts.numberingSystem=null] - the numbering system
       * @param {string} [opts.locObj=null] - an existing locale object to use
       * @return {Array}
       */
      static weekdaysFormat(length = "long", {
        locale = null,
        numberingSystem = null,
        locObj = null
      } = {}) {
        return (locObj || Locale.create(locale, numberingSystem, null)).weekdays(length, true);
      }
      /**
       * Return an array of meridiems.
       * @param {Object} opts - options
       * @param {string} [opts.locale] - the locale code
       * @example Info.meridiems() //=> [ 'AM', 'PM' ]
       * @example Info.meridiems({ locale: 'my' }) //=> [ 'နံနက်', 'ညနေ' ]
       * @return {Array}
       */
      static meridiems({
        locale = null
      } = {}) {
        return Locale.create(locale).meridiems();
      }
      /**
       * Return an array of eras, such as ['BC', 'AD']. The locale can be specified, but the calendar system is always Gregorian.
       * @param {string} [length='short'] - the length of the era representation, such as "short" or "long".
       * @param {Object} opts - options
       * @param {string} [opts.locale] - the locale code
       * @example Info.eras() //=> [ 'BC', 'AD' ]
       * @example Info.eras('long') //=> [ 'Before Christ', 'Anno Domini' ]
       * @example Info.eras('long', { locale: 'fr' }) //=> [ 'avant Jésus-Christ', 'après Jésus-Christ' ]
       * @return {Array}
       */
      static eras(length = "short", {
        locale = null
      } = {}) {
        return Locale.create(locale, null, "gregory").eras(length);
      }
      /**
       * Return the set of available features in this environment.
       * Some features of Luxon are not available in all environments. For example, on older browsers, relative time formatting support is not available. Use this function to figure out if that's the case.
       * Keys:
       * * `relative`: whether this environment supports relative time formatting
       * * `localeWeek`: whether this environment supports different weekdays for the start of the week based on the locale
       * @example Info.features() //=> { relative: false, localeWeek: true }
       * @return {Object}
       */
      static features() {
        return {
          relative: hasRelative(),
          localeWeek: hasLocaleWeekInfo()
        };
      }
    };
    function dayDiff(earlier, later) {
      const utcDayStart = (dt) => dt.toUTC(0, {
        keepLocalTime: true
      }).startOf("day").valueOf(), ms = utcDayStart(later) - utcDayStart(earlier);
      return Math.floor(Duration.fromMillis(ms).as("days"));
    }
    function highOrderDiffs(cursor, later, units) {
      const differs = [["years", (a, b) => b.year - a.year], ["quarters", (a, b) => b.quarter - a.quarter + (b.year - a.year) * 4], ["months", (a, b) => b.month - a.month + (b.year - a.year) * 12], ["weeks", (a, b) => {
        const days = dayDiff(a, b);
        return (days - days % 7) / 7;
      }], ["days", dayDiff]];
      const results = {};
      const earlier = cursor;
      let lowestOrder, highWater;
      for (const [unit, differ] of differs) {
        if (units.indexOf(unit) >= 0) {
          lowestOrder = unit;
          results[unit] = differ(cursor, later);
          highWater = earlier.plus(results);
          if (highWater > later) {
            results[unit]--;
            cursor = earlier.plus(results);
            if (cursor > later) {
              highWater = cursor;
              results[unit]--;
              cursor = earlier.plus(results);
            }
          } else {
            cursor = highWater;
          }
        }
      }
      return [cursor, results, highWater, lowestOrder];
    }
    function diff(earlier, later, units, opts) {
      let [cursor, results, highWater, lowestOrder] = highOrderDiffs(earlier, later, units);
      const remainingMillis = later - cursor;
      const lowerOrderUnits = units.filter((u) => ["hours", "minutes", "seconds", "milliseconds"].indexOf(u) >= 0);
      if (lowerOrderUnits.length === 0) {
        if (highWater < later) {
          highWater = cursor.plus({
            [lowestOrder]: 1
          });
        }
        if (highWater !== cursor) {
          results[lowestOrder] = (results[lowestOrder] || 0) + remainingMillis / (highWater - cursor);
        }
      }
      const duration = Duration.fromObject(results, opts);
      if (lowerOrderUnits.length > 0) {
        return Duration.fromMillis(remainingMillis, opts).shiftTo(...lowerOrderUnits).plus(duration);
      } else {
        return duration;
      }
    }
    var MISSING_FTP = "missing Intl.DateTimeFormat.formatToParts support";
    function intUnit(regex, post = (i) => i) {
      return {
        regex,
        deser: ([s2]) => post(parseDigits(s2))
      };
    }
    var NBSP = String.fromCharCode(160);
    var spaceOrNBSP = `[ ${NBSP}]`;
    var spaceOrNBSPRegExp = new RegExp(spaceOrNBSP, "g");
    function fixListRegex(s2) {
      return s2.replace(/\./g, "\\.?").replace(spaceOrNBSPRegExp, spaceOrNBSP);
    }
    function stripInsensitivities(s2) {
      return s2.replace(/\./g, "").replace(spaceOrNBSPRegExp, " ").toLowerCase();
    }
    function oneOf(strings, startIndex) {
      if (strings === null) {
        return null;
      } else {
        return {
          regex: RegExp(strings.map(fixListRegex).join("|")),
          deser: ([s2]) => strings.findIndex((i) => stripInsensitivities(s2) === stripInsensitivities(i)) + startIndex
        };
      }
    }
    function offset(regex, groups) {
      return {
        regex,
        deser: ([, h, m]) => signedOffset(h, m),
        groups
      };
    }
    function simple(regex) {
      return {
        regex,
        deser: ([s2]) => s2
      };
    }
    function escapeToken3(value) {
      return value.replace(/[\-\[\]{}()*+?.,\\\^$|#\s]/g, "\\$&");
    }
    function unitForToken(token, loc) {
      const one = digitRegex(loc), two = digitRegex(loc, "{2}"), three = digitRegex(loc, "{3}"), four = digitRegex(loc, "{4}"), six = digitRegex(loc, "{6}"), oneOrTwo = digitRegex(loc, "{1,2}"), oneToThree = digitRegex(loc, "{1,3}"), oneToSix = digitRegex(loc, "{1,6}"), oneToNine = digitRegex(loc, "{1,9}"), twoToFour = digitRegex(loc, "{2,4}"), fourToSix = digitRegex(loc, "{4,6}"), literal = (t) => ({
        regex: RegExp(escapeToken3(t.val)),
        deser: ([s2]) => s2,
        literal: true
      }), unitate = (t) => {
        if (token.literal) {
          return literal(t);
        }
        switch (t.val) {
          // era
          case "G":
            return oneOf(loc.eras("short"), 0);
          case "GG":
            return oneOf(loc.eras("long"), 0);
          // years
          case "y":
            return intUnit(oneToSix);
          case "yy":
            return intUnit(twoToFour, untruncateYear);
          case "yyyy":
            return intUnit(four);
          case "yyyyy":
            return intUnit(fourToSix);
          case "yyyyyy":
            return intUnit(six);
          // months
          case "M":
            return intUnit(oneOrTwo);
          case "MM":
            return intUnit(two);
          case "MMM":
            return oneOf(loc.months("short", true), 1);
          case "MMMM":
            return oneOf(loc.months("long", true), 1);
          case "L":
            return intUnit(oneOrTwo);
          case "LL":
            return intUnit(two);
          case "LLL":
            return oneOf(loc.months("short", false), 1);
          case "LLLL":
            return oneOf(loc.months("long", false), 1);
          // dates
          case "d":
            return intUnit(oneOrTwo);
          case "dd":
            return intUnit(two);
          // ordinals
          case "o":
            return intUnit(oneToThree);
          case "ooo":
            return intUnit(three);
          // time
          case "HH":
            return intUnit(two);
          case "H":
            return intUnit(oneOrTwo);
          case "hh":
            return intUnit(two);
          case "h":
            return intUnit(oneOrTwo);
          case "mm":
            return intUnit(two);
          case "m":
            return intUnit(oneOrTwo);
          case "q":
            return intUnit(oneOrTwo);
          case "qq":
            return intUnit(two);
          case "s":
            return intUnit(oneOrTwo);
          case "ss":
            return intUnit(two);
          case "S":
            return intUnit(oneToThree);
          case "SSS":
            return intUnit(three);
          case "u":
            return simple(oneToNine);
          case "uu":
            return simple(oneOrTwo);
          case "uuu":
            return intUnit(one);
          // meridiem
          case "a":
            return oneOf(loc.meridiems(), 0);
          // weekYear (k)
          case "kkkk":
            return intUnit(four);
          case "kk":
            return intUnit(twoToFour, untruncateYear);
          // weekNumber (W)
          case "W":
            return intUnit(oneOrTwo);
          case "WW":
            return intUnit(two);
          // weekdays
          case "E":
          case "c":
            return intUnit(one);
          case "EEE":
            return oneOf(loc.weekdays("short", false), 1);
          case "EEEE":
            return oneOf(loc.weekdays("long", false), 1);
          case "ccc":
            return oneOf(loc.weekdays("short", true), 1);
          case "cccc":
            return oneOf(loc.weekdays("long", true), 1);
          // offset/zone
          case "Z":
          case "ZZ":
            return offset(new RegExp(`([+-]${oneOrTwo.source})(?::(${two.source}))?`), 2);
          case "ZZZ":
            return offset(new RegExp(`([+-]${oneOrTwo.source})(${two.source})?`), 2);
          // we don't support ZZZZ (PST) or ZZZZZ (Pacific Standard Time) in parsing
          // because we don't have any way to figure out what they are
          case "z":
            return simple(/[a-z_+-/]{1,256}?/i);
          // this special-case "token" represents a place where a macro-token expanded into a white-space literal
          // in this case we accept any non-newline white-space
          case " ":
            return simple(/[^\S\n\r]/);
          default:
            return literal(t);
        }
      };
      const unit = unitate(token) || {
        invalidReason: MISSING_FTP
      };
      unit.token = token;
      return unit;
    }
    var partTypeStyleToTokenVal = {
      year: {
        "2-digit": "yy",
        numeric: "yyyyy"
      },
      month: {
        numeric: "M",
        "2-digit": "MM",
        short: "MMM",
        long: "MMMM"
      },
      day: {
        numeric: "d",
        "2-digit": "dd"
      },
      weekday: {
        short: "EEE",
        long: "EEEE"
      },
      dayperiod: "a",
      dayPeriod: "a",
      hour12: {
        numeric: "h",
        "2-digit": "hh"
      },
      hour24: {
        numeric: "H",
        "2-digit": "HH"
      },
      minute: {
        numeric: "m",
        "2-digit": "mm"
      },
      second: {
        numeric: "s",
        "2-digit": "ss"
      },
      timeZoneName: {
        long: "ZZZZZ",
        short: "ZZZ"
      }
    };
    function tokenForPart(part, formatOpts, resolvedOpts) {
      const {
        type,
        value
      } = part;
      if (type === "literal") {
        const isSpace = /^\s+$/.test(value);
        return {
          literal: !isSpace,
          val: isSpace ? " " : value
        };
      }
      const style = formatOpts[type];
      let actualType = type;
      if (type === "hour") {
        if (formatOpts.hour12 != null) {
          actualType = formatOpts.hour12 ? "hour12" : "hour24";
        } else if (formatOpts.hourCycle != null) {
          if (formatOpts.hourCycle === "h11" || formatOpts.hourCycle === "h12") {
            actualType = "hour12";
          } else {
            actualType = "hour24";
          }
        } else {
          actualType = resolvedOpts.hour12 ? "hour12" : "hour24";
        }
      }
      let val = partTypeStyleToTokenVal[actualType];
      if (typeof val === "object") {
        val = val[style];
      }
      if (val) {
        return {
          literal: false,
          val
        };
      }
      return void 0;
    }
    function buildRegex(units) {
      const re = units.map((u) => u.regex).reduce((f, r) => `${f}(${r.source})`, "");
      return [`^${re}$`, units];
    }
    function match(input, regex, handlers) {
      const matches = input.match(regex);
      if (matches) {
        const all = {};
        let matchIndex = 1;
        for (const i in handlers) {
          if (hasOwnProperty(handlers, i)) {
            const h = handlers[i], groups = h.groups ? h.groups + 1 : 1;
            if (!h.literal && h.token) {
              all[h.token.val[0]] = h.deser(matches.slice(matchIndex, matchIndex + groups));
            }
            matchIndex += groups;
          }
        }
        return [matches, all];
      } else {
        return [matches, {}];
      }
    }
    function dateTimeFromMatches(matches) {
      const toField = (token) => {
        switch (token) {
          case "S":
            return "millisecond";
          case "s":
            return "second";
          case "m":
            return "minute";
          case "h":
          case "H":
            return "hour";
          case "d":
            return "day";
          case "o":
            return "ordinal";
          case "L":
          case "M":
            return "month";
          case "y":
            return "year";
          case "E":
          case "c":
            return "weekday";
          case "W":
            return "weekNumber";
          case "k":
            return "weekYear";
          case "q":
            return "quarter";
          default:
            return null;
        }
      };
      let zone = null;
      let specificOffset;
      if (!isUndefined(matches.z)) {
        zone = IANAZone.create(matches.z);
      }
      if (!isUndefined(matches.Z)) {
        if (!zone) {
          zone = new FixedOffsetZone(matches.Z);
        }
        specificOffset = matches.Z;
      }
      if (!isUndefined(matches.q)) {
        matches.M = (matches.q - 1) * 3 + 1;
      }
      if (!isUndefined(matches.h)) {
        if (matches.h < 12 && matches.a === 1) {
          matches.h += 12;
        } else if (matches.h === 12 && matches.a === 0) {
          matches.h = 0;
        }
      }
      if (matches.G === 0 && matches.y) {
        matches.y = -matches.y;
      }
      if (!isUndefined(matches.u)) {
        matches.S = parseMillis(matches.u);
      }
      const vals = Object.keys(matches).reduce((r, k) => {
        const f = toField(k);
        if (f) {
          r[f] = matches[k];
        }
        return r;
      }, {});
      return [vals, zone, specificOffset];
    }
    var dummyDateTimeCache = null;
    function getDummyDateTime() {
      if (!dummyDateTimeCache) {
        dummyDateTimeCache = DateTime.fromMillis(1555555555555);
      }
      return dummyDateTimeCache;
    }
    function maybeExpandMacroToken(token, locale) {
      if (token.literal) {
        return token;
      }
      const formatOpts = Formatter.macroTokenToFormatOpts(token.val);
      const tokens = formatOptsToTokens(formatOpts, locale);
      if (tokens == null || tokens.includes(void 0)) {
        return token;
      }
      return tokens;
    }
    function expandMacroTokens(tokens, locale) {
      return Array.prototype.concat(...tokens.map((t) => maybeExpandMacroToken(t, locale)));
    }
    var TokenParser = class {
      constructor(locale, format) {
        this.locale = locale;
        this.format = format;
        this.tokens = expandMacroTokens(Formatter.parseFormat(format), locale);
        this.units = this.tokens.map((t) => unitForToken(t, locale));
        this.disqualifyingUnit = this.units.find((t) => t.invalidReason);
        if (!this.disqualifyingUnit) {
          const [regexString, handlers] = buildRegex(this.units);
          this.regex = RegExp(regexString, "i");
          this.handlers = handlers;
        }
      }
      explainFromTokens(input) {
        if (!this.isValid) {
          return {
            input,
            tokens: this.tokens,
            invalidReason: this.invalidReason
          };
        } else {
          const [rawMatches, matches] = match(input, this.regex, this.handlers), [result, zone, specificOffset] = matches ? dateTimeFromMatches(matches) : [null, null, void 0];
          if (hasOwnProperty(matches, "a") && hasOwnProperty(matches, "H")) {
            throw new ConflictingSpecificationError("Can't include meridiem when specifying 24-hour format");
          }
          return {
            input,
            tokens: this.tokens,
            regex: this.regex,
            rawMatches,
            matches,
            result,
            zone,
            specificOffset
          };
        }
      }
      get isValid() {
        return !this.disqualifyingUnit;
      }
      get invalidReason() {
        return this.disqualifyingUnit ? this.disqualifyingUnit.invalidReason : null;
      }
    };
    function explainFromTokens(locale, input, format) {
      const parser = new TokenParser(locale, format);
      return parser.explainFromTokens(input);
    }
    function parseFromTokens(locale, input, format) {
      const {
        result,
        zone,
        specificOffset,
        invalidReason
      } = explainFromTokens(locale, input, format);
      return [result, zone, specificOffset, invalidReason];
    }
    function formatOptsToTokens(formatOpts, locale) {
      if (!formatOpts) {
        return null;
      }
      const formatter = Formatter.create(locale, formatOpts);
      const df = formatter.dtFormatter(getDummyDateTime());
      const parts = df.formatToParts();
      const resolvedOpts = df.resolvedOptions();
      return parts.map((p) => tokenForPart(p, formatOpts, resolvedOpts));
    }
    var INVALID = "Invalid DateTime";
    var MAX_DATE = 864e13;
    function unsupportedZone(zone) {
      return new Invalid("unsupported zone", `the zone "${zone.name}" is not supported`);
    }
    function possiblyCachedWeekData(dt) {
      if (dt.weekData === null) {
        dt.weekData = gregorianToWeek(dt.c);
      }
      return dt.weekData;
    }
    function possiblyCachedLocalWeekData(dt) {
      if (dt.localWeekData === null) {
        dt.localWeekData = gregorianToWeek(dt.c, dt.loc.getMinDaysInFirstWeek(), dt.loc.getStartOfWeek());
      }
      return dt.localWeekData;
    }
    function clone(inst, alts) {
      const current = {
        ts: inst.ts,
        zone: inst.zone,
        c: inst.c,
        o: inst.o,
        loc: inst.loc,
        invalid: inst.invalid
      };
      return new DateTime({
        ...current,
        ...alts,
        old: current
      });
    }
    function fixOffset(localTS, o, tz) {
      let utcGuess = localTS - o * 60 * 1e3;
      const o2 = tz.offset(utcGuess);
      if (o === o2) {
        return [utcGuess, o];
      }
      utcGuess -= (o2 - o) * 60 * 1e3;
      const o3 = tz.offset(utcGuess);
      if (o2 === o3) {
        return [utcGuess, o2];
      }
      return [localTS - Math.min(o2, o3) * 60 * 1e3, Math.max(o2, o3)];
    }
    function tsToObj(ts, offset2) {
      ts += offset2 * 60 * 1e3;
      const d = new Date(ts);
      return {
        year: d.getUTCFullYear(),
        month: d.getUTCMonth() + 1,
        day: d.getUTCDate(),
        hour: d.getUTCHours(),
        minute: d.getUTCMinutes(),
        second: d.getUTCSeconds(),
        millisecond: d.getUTCMilliseconds()
      };
    }
    function objToTS(obj, offset2, zone) {
      return fixOffset(objToLocalTS(obj), offset2, zone);
    }
    function adjustTime(inst, dur) {
      const oPre = inst.o, year = inst.c.year + Math.trunc(dur.years), month = inst.c.month + Math.trunc(dur.months) + Math.trunc(dur.quarters) * 3, c = {
        ...inst.c,
        year,
        month,
        day: Math.min(inst.c.day, daysInMonth(year, month)) + Math.trunc(dur.days) + Math.trunc(dur.weeks) * 7
      }, millisToAdd = Duration.fromObject({
        years: dur.years - Math.trunc(dur.years),
        quarters: dur.quarters - Math.trunc(dur.quarters),
        months: dur.months - Math.trunc(dur.months),
        weeks: dur.weeks - Math.trunc(dur.weeks),
        days: dur.days - Math.trunc(dur.days),
        hours: dur.hours,
        minutes: dur.minutes,
        seconds: dur.seconds,
        milliseconds: dur.milliseconds
      }).as("milliseconds"), localTS = objToLocalTS(c);
      let [ts, o] = fixOffset(localTS, oPre, inst.zone);
      if (millisToAdd !== 0) {
        ts += millisToAdd;
        o = inst.zone.offset(ts);
      }
      return {
        ts,
        o
      };
    }
    function parseDataToDateTime(parsed, parsedZone, opts, format, text, specificOffset) {
      const {
        setZone,
        zone
      } = opts;
      if (parsed && Object.keys(parsed).length !== 0 || parsedZone) {
        const interpretationZone = parsedZone || zone, inst = DateTime.fromObject(parsed, {
          ...opts,
          zone: interpretationZone,
          specificOffset
        });
        return setZone ? inst : inst.setZone(zone);
      } else {
        return DateTime.invalid(new Invalid("unparsable", `the input "${text}" can't be parsed as ${format}`));
      }
    }
    function toTechFormat(dt, format, allowZ = true) {
      return dt.isValid ? Formatter.create(Locale.create("en-US"), {
        allowZ,
        forceSimple: true
      }).formatDateTimeFromString(dt, format) : null;
    }
    function toISODate(o, extended, precision) {
      const longFormat = o.c.year > 9999 || o.c.year < 0;
      let c = "";
      if (longFormat && o.c.year >= 0) c += "+";
      c += padStart(o.c.year, longFormat ? 6 : 4);
      if (precision === "year") return c;
      if (extended) {
        c += "-";
        c += padStart(o.c.month);
        if (precision === "month") return c;
        c += "-";
      } else {
        c += padStart(o.c.month);
        if (precision === "month") return c;
      }
      c += padStart(o.c.day);
      return c;
    }
    function toISOTime(o, extended, suppressSeconds, suppressMilliseconds, includeOffset, extendedZone, precision) {
      let showSeconds = !suppressSeconds || o.c.millisecond !== 0 || o.c.second !== 0, c = "";
      switch (precision) {
        case "day":
        case "month":
        case "year":
          break;
        default:
          c += padStart(o.c.hour);
          if (precision === "hour") break;
          if (extended) {
            c += ":";
            c += padStart(o.c.minute);
            if (precision === "minute") break;
            if (showSeconds) {
              c += ":";
              c += padStart(o.c.second);
            }
          } else {
            c += padStart(o.c.minute);
            if (precision === "minute") break;
            if (showSeconds) {
              c += padStart(o.c.second);
            }
          }
          if (precision === "second") break;
          if (showSeconds && (!suppressMilliseconds || o.c.millisecond !== 0)) {
            c += ".";
            c += padStart(o.c.millisecond, 3);
          }
      }
      if (includeOffset) {
        if (o.isOffsetFixed && o.offset === 0 && !extendedZone) {
          c += "Z";
        } else if (o.o < 0) {
          c += "-";
          c += padStart(Math.trunc(-o.o / 60));
          c += ":";
          c += padStart(Math.trunc(-o.o % 60));
        } else {
          c += "+";
          c += padStart(Math.trunc(o.o / 60));
          c += ":";
          c += padStart(Math.trunc(o.o % 60));
        }
      }
      if (extendedZone) {
        c += "[" + o.zone.ianaName + "]";
      }
      return c;
    }
    var defaultUnitValues = {
      month: 1,
      day: 1,
      hour: 0,
      minute: 0,
      second: 0,
      millisecond: 0
    };
    var defaultWeekUnitValues = {
      weekNumber: 1,
      weekday: 1,
      hour: 0,
      minute: 0,
      second: 0,
      millisecond: 0
    };
    var defaultOrdinalUnitValues = {
      ordinal: 1,
      hour: 0,
      minute: 0,
      second: 0,
      millisecond: 0
    };
    var orderedUnits = ["year", "month", "day", "hour", "minute", "second", "millisecond"];
    var orderedWeekUnits = ["weekYear", "weekNumber", "weekday", "hour", "minute", "second", "millisecond"];
    var orderedOrdinalUnits = ["year", "ordinal", "hour", "minute", "second", "millisecond"];
    function normalizeUnit(unit) {
      const normalized = {
        year: "year",
        years: "year",
        month: "month",
        months: "month",
        day: "day",
        days: "day",
        hour: "hour",
        hours: "hour",
        minute: "minute",
        minutes: "minute",
        quarter: "quarter",
        quarters: "quarter",
        second: "second",
        seconds: "second",
        millisecond: "millisecond",
        milliseconds: "millisecond",
        weekday: "weekday",
        weekdays: "weekday",
        weeknumber: "weekNumber",
        weeksnumber: "weekNumber",
        weeknumbers: "weekNumber",
        weekyear: "weekYear",
        weekyears: "weekYear",
        ordinal: "ordinal"
      }[unit.toLowerCase()];
      if (!normalized) throw new InvalidUnitError(unit);
      return normalized;
    }
    function normalizeUnitWithLocalWeeks(unit) {
      switch (unit.toLowerCase()) {
        case "localweekday":
        case "localweekdays":
          return "localWeekday";
        case "localweeknumber":
        case "localweeknumbers":
          return "localWeekNumber";
        case "localweekyear":
        case "localweekyears":
          return "localWeekYear";
        default:
          return normalizeUnit(unit);
      }
    }
    function guessOffsetForZone(zone) {
      if (zoneOffsetTs === void 0) {
        zoneOffsetTs = Settings.now();
      }
      if (zone.type !== "iana") {
        return zone.offset(zoneOffsetTs);
      }
      const zoneName = zone.name;
      let offsetGuess = zoneOffsetGuessCache.get(zoneName);
      if (offsetGuess === void 0) {
        offsetGuess = zone.offset(zoneOffsetTs);
        zoneOffsetGuessCache.set(zoneName, offsetGuess);
      }
      return offsetGuess;
    }
    function quickDT(obj, opts) {
      const zone = normalizeZone(opts.zone, Settings.defaultZone);
      if (!zone.isValid) {
        return DateTime.invalid(unsupportedZone(zone));
      }
      const loc = Locale.fromObject(opts);
      let ts, o;
      if (!isUndefined(obj.year)) {
        for (const u of orderedUnits) {
          if (isUndefined(obj[u])) {
            obj[u] = defaultUnitValues[u];
          }
        }
        const invalid = hasInvalidGregorianData(obj) || hasInvalidTimeData(obj);
        if (invalid) {
          return DateTime.invalid(invalid);
        }
        const offsetProvis = guessOffsetForZone(zone);
        [ts, o] = objToTS(obj, offsetProvis, zone);
      } else {
        ts = Settings.now();
      }
      return new DateTime({
        ts,
        zone,
        loc,
        o
      });
    }
    function diffRelative(start, end, opts) {
      const round = isUndefined(opts.round) ? true : opts.round, rounding = isUndefined(opts.rounding) ? "trunc" : opts.rounding, format = (c, unit) => {
        c = roundTo(c, round || opts.calendary ? 0 : 2, opts.calendary ? "round" : rounding);
        const formatter = end.loc.clone(opts).relFormatter(opts);
        return formatter.format(c, unit);
      }, differ = (unit) => {
        if (opts.calendary) {
          if (!end.hasSame(start, unit)) {
            return end.startOf(unit).diff(start.startOf(unit), unit).get(unit);
          } else return 0;
        } else {
          return end.diff(start, unit).get(unit);
        }
      };
      if (opts.unit) {
        return format(differ(opts.unit), opts.unit);
      }
      for (const unit of opts.units) {
        const count = differ(unit);
        if (Math.abs(count) >= 1) {
          return format(count, unit);
        }
      }
      return format(start > end ? -0 : 0, opts.units[opts.units.length - 1]);
    }
    function lastOpts(argList) {
      let opts = {}, args;
      if (argList.length > 0 && typeof argList[argList.length - 1] === "object") {
        opts = argList[argList.length - 1];
        args = Array.from(argList).slice(0, argList.length - 1);
      } else {
        args = Array.from(argList);
      }
      return [opts, args];
    }
    var zoneOffsetTs;
    var zoneOffsetGuessCache = /* @__PURE__ */ new Map();
    var DateTime = class _DateTime {
      /**
       * @access private
       */
      constructor(config) {
        const zone = config.zone || Settings.defaultZone;
        let invalid = config.invalid || (Number.isNaN(config.ts) ? new Invalid("invalid input") : null) || (!zone.isValid ? unsupportedZone(zone) : null);
        this.ts = isUndefined(config.ts) ? Settings.now() : config.ts;
        let c = null, o = null;
        if (!invalid) {
          const unchanged = config.old && config.old.ts === this.ts && config.old.zone.equals(zone);
          if (unchanged) {
            [c, o] = [config.old.c, config.old.o];
          } else {
            const ot = isNumber(config.o) && !config.old ? config.o : zone.offset(this.ts);
            c = tsToObj(this.ts, ot);
            invalid = Number.isNaN(c.year) ? new Invalid("invalid input") : null;
            c = invalid ? null : c;
            o = invalid ? null : ot;
          }
        }
        this._zone = zone;
        this.loc = config.loc || Locale.create();
        this.invalid = invalid;
        this.weekData = null;
        this.localWeekData = null;
        this.c = c;
        this.o = o;
        this.isLuxonDateTime = true;
      }
      // CONSTRUCT
      /**
       * Create a DateTime for the current instant, in the system's time zone.
       *
       * Use Settings to override these default values if needed.
       * @example DateTime.now().toISO() //~> now in the ISO format
       * @return {DateTime}
       */
      static now() {
        return new _DateTime({});
      }
      /**
       * Create a local DateTime
       * @param {number} [year] - The calendar year. If omitted (as in, call `local()` with no arguments), the current time will be used
       * @param {number} [month=1] - The month, 1-indexed
       * @param {number} [day=1] - The day of the month, 1-indexed
       * @param {number} [hour=0] - The hour of the day, in 24-hour time
       * @param {number} [minute=0] - The minute of the hour, meaning a number between 0 and 59
       * @param {number} [second=0] - The second of the minute, meaning a number between 0 and 59
       * @param {number} [millisecond=0] - The millisecond of the second, meaning a number between 0 and 999
       * @example DateTime.local()                                  //~> now
       * @example DateTime.local({ zone: "America/New_York" })      //~> now, in US east coast time
       * @example DateTime.local(2017)                              //~> 2017-01-01T00:00:00
       * @example DateTime.local(2017, 3)                           //~> 2017-03-01T00:00:00
       * @example DateTime.local(2017, 3, 12, { locale: "fr" })     //~> 2017-03-12T00:00:00, with a French locale
       * @example DateTime.local(2017, 3, 12, 5)                    //~> 2017-03-12T05:00:00
       * @example DateTime.local(2017, 3, 12, 5, { zone: "utc" })   //~> 2017-03-12T05:00:00, in UTC
       * @example DateTime.local(2017, 3, 12, 5, 45)                //~> 2017-03-12T05:45:00
       * @example DateTime.local(2017, 3, 12, 5, 45, 10)            //~> 2017-03-12T05:45:10
       * @example DateTime.local(2017, 3, 12, 5, 45, 10, 765)       //~> 2017-03-12T05:45:10.765
       * @return {DateTime}
       */
      static local() {
        const [opts, args] = lastOpts(arguments), [year, month, day, hour, minute, second, millisecond] = args;
        return quickDT({
          year,
          month,
          day,
          hour,
          minute,
          second,
          millisecond
        }, opts);
      }
      /**
       * Create a DateTime in UTC
       * @param {number} [year] - The calendar year. If omitted (as in, call `utc()` with no arguments), the current time will be used
       * @param {number} [month=1] - The month, 1-indexed
       * @param {number} [day=1] - The day of the month
       * @param {number} [hour=0] - The hour of the day, in 24-hour time
       * @param {number} [minute=0] - The minute of the hour, meaning a number between 0 and 59
       * @param {number} [second=0] - The second of the minute, meaning a number between 0 and 59
       * @param {number} [millisecond=0] - The millisecond of the second, meaning a number between 0 and 999
       * @param {Object} options - configuration options for the DateTime
       * @param {string} [options.locale] - a locale to set on the resulting DateTime instance
       * @param {string} [options.outputCalendar] - the output calendar to set on the resulting DateTime instance
       * @param {string} [options.numberingSystem] - the numbering system to set on the resulting DateTime instance
       * @param {string} [options.weekSettings] - the week settings to set on the resulting DateTime instance
       * @example DateTime.utc()                                              //~> now
       * @example DateTime.utc(2017)                                          //~> 2017-01-01T00:00:00Z
       * @example DateTime.utc(2017, 3)                                       //~> 2017-03-01T00:00:00Z
       * @example DateTime.utc(2017, 3, 12)                                   //~> 2017-03-12T00:00:00Z
       * @example DateTime.utc(2017, 3, 12, 5)                                //~> 2017-03-12T05:00:00Z
       * @example DateTime.utc(2017, 3, 12, 5, 45)                            //~> 2017-03-12T05:45:00Z
       * @example DateTime.utc(2017, 3, 12, 5, 45, { locale: "fr" })          //~> 2017-03-12T05:45:00Z with a French locale
       * @example DateTime.utc(2017, 3, 12, 5, 45, 10)                        //~> 2017-03-12T05:45:10Z
       * @example DateTime.utc(2017, 3, 12, 5, 45, 10, 765, { locale: "fr" }) //~> 2017-03-12T05:45:10.765Z with a French locale
       * @return {DateTime}
       */
      static utc() {
        const [opts, args] = lastOpts(arguments), [year, month, day, hour, minute, second, millisecond] = args;
        opts.zone = FixedOffsetZone.utcInstance;
        return quickDT({
          year,
          month,
          day,
          hour,
          minute,
          second,
          millisecond
        }, opts);
      }
      /**
       * Create a DateTime from a JavaScript Date object. Uses the default zone.
       * @param {Date} date - a JavaScript Date object
       * @param {Object} options - configuration options for the DateTime
       * @param {string|Zone} [options.zone='local'] - the zone to place the DateTime into
       * @return {DateTime}
       */
      static fromJSDate(date, options = {}) {
        const ts = isDate(date) ? date.valueOf() : NaN;
        if (Number.isNaN(ts)) {
          return _DateTime.invalid("invalid input");
        }
        const zoneToUse = normalizeZone(options.zone, Settings.defaultZone);
        if (!zoneToUse.isValid) {
          return _DateTime.invalid(unsupportedZone(zoneToUse));
        }
        return new _DateTime({
          ts,
          zone: zoneToUse,
          loc: Locale.fromObject(options)
        });
      }
      /**
       * Create a DateTime from a number of milliseconds since the epoch (meaning since 1 January 1970 00:00:00 UTC). Uses the default zone.
       * @param {number} milliseconds - a number of milliseconds since 1970 UTC
       * @param {Object} options - configuration options for the DateTime
       * @param {string|Zone} [options.zone='local'] - the zone to place the DateTime into
       * @param {string} [options.locale] - a locale to set on the resulting DateTime instance
       * @param {string} options.outputCalendar - the output calendar to set on the resulting DateTime instance
       * @param {string} options.numberingSystem - the numbering system to set on the resulting DateTime instance
       * @param {string} options.weekSettings - the week settings to set on the resulting DateTime instance
       * @return {DateTime}
       */
      static fromMillis(milliseconds, options = {}) {
        if (!isNumber(milliseconds)) {
          throw new InvalidArgumentError(`fromMillis requires a numerical input, but received a ${typeof milliseconds} with value ${milliseconds}`);
        } else if (milliseconds < -MAX_DATE || milliseconds > MAX_DATE) {
          return _DateTime.invalid("Timestamp out of range");
        } else {
          return new _DateTime({
            ts: milliseconds,
            zone: normalizeZone(options.zone, Settings.defaultZone),
            loc: Locale.fromObject(options)
          });
        }
      }
      /**
       * Create a DateTime from a number of seconds since the epoch (meaning since 1 January 1970 00:00:00 UTC). Uses the default zone.
       * @param {number} seconds - a number of seconds since 1970 UTC
       * @param {Object} options - configuration options for the DateTime
       * @param {string|Zone} [options.zone='local'] - the zone to place the DateTime into
       * @param {string} [options.locale] - a locale to set on the resulting DateTime instance
       * @param {string} options.outputCalendar - the output calendar to set on the resulting DateTime instance
       * @param {string} options.numberingSystem - the numbering system to set on the resulting DateTime instance
       * @param {string} options.weekSettings - the week settings to set on the resulting DateTime instance
       * @return {DateTime}
       */
      static fromSeconds(seconds, options = {}) {
        if (!isNumber(seconds)) {
          throw new InvalidArgumentError("fromSeconds requires a numerical input");
        } else {
          return new _DateTime({
            ts: seconds * 1e3,
            zone: normalizeZone(options.zone, Settings.defaultZone),
            loc: Locale.fromObject(options)
          });
        }
      }
      /**
       * Create a DateTime from a JavaScript object with keys like 'year' and 'hour' with reasonable defaults.
       * @param {Object} obj - the object to create the DateTime from
       * @param {number} obj.year - a year, such as 1987
       * @param {number} obj.month - a month, 1-12
       * @param {number} obj.day - a day of the month, 1-31, depending on the month
       * @param {number} obj.ordinal - day of the year, 1-365 or 366
       * @param {number} obj.weekYear - an ISO week year
       * @param {number} obj.weekNumber - an ISO week number, between 1 and 52 or 53, depending on the year
       * @param {number} obj.weekday - an ISO weekday, 1-7, where 1 is Monday and 7 is Sunday
       * @param {number} obj.localWeekYear - a week year, according to the locale
       * @param {number} obj.localWeekNumber - a week number, between 1 and 52 or 53, depending on the year, according to the locale
       * @param {number} obj.localWeekday - a weekday, 1-7, where 1 is the first and 7 is the last day of the week, according to the locale
       * @param {number} obj.hour - hour of the day, 0-23
       * @param {number} obj.minute - minute of the hour, 0-59
       * @param {number} obj.second - second of the minute, 0-59
       * @param {number} obj.millisecond - millisecond of the second, 0-999
       * @param {Object} opts - options for creating this DateTime
       * @param {string|Zone} [opts.zone='local'] - interpret the numbers in the context of a particular zone. Can take any value taken as the first argument to setZone()
       * @param {string} [opts.locale='system\'s locale'] - a locale to set on the resulting DateTime instance
       * @param {string} opts.outputCalendar - the output calendar to set on the resulting DateTime instance
       * @param {string} opts.numberingSystem - the numbering system to set on the resulting DateTime instance
       * @param {string} opts.weekSettings - the week settings to set on the resulting DateTime instance
       * @example DateTime.fromObject({ year: 1982, month: 5, day: 25}).toISODate() //=> '1982-05-25'
       * @example DateTime.fromObject({ year: 1982 }).toISODate() //=> '1982-01-01'
       * @example DateTime.fromObject({ hour: 10, minute: 26, second: 6 }) //~> today at 10:26:06
       * @example DateTime.fromObject({ hour: 10, minute: 26, second: 6 }, { zone: 'utc' }),
       * @example DateTime.fromObject({ hour: 10, minute: 26, second: 6 }, { zone: 'local' })
       * @example DateTime.fromObject({ hour: 10, minute: 26, second: 6 }, { zone: 'America/New_York' })
       * @example DateTime.fromObject({ weekYear: 2016, weekNumber: 2, weekday: 3 }).toISODate() //=> '2016-01-13'
       * @example DateTime.fromObject({ localWeekYear: 2022, localWeekNumber: 1, localWeekday: 1 }, { locale: "en-US" }).toISODate() //=> '2021-12-26'
       * @return {DateTime}
       */
      static fromObject(obj, opts = {}) {
        obj = obj || {};
        const zoneToUse = normalizeZone(opts.zone, Settings.defaultZone);
        if (!zoneToUse.isValid) {
          return _DateTime.invalid(unsupportedZone(zoneToUse));
        }
        const loc = Locale.fromObject(opts);
        const normalized = normalizeObject(obj, normalizeUnitWithLocalWeeks);
        const {
          minDaysInFirstWeek,
          startOfWeek
        } = usesLocalWeekValues(normalized, loc);
        const tsNow = Settings.now(), offsetProvis = !isUndefined(opts.specificOffset) ? opts.specificOffset : zoneToUse.offset(tsNow), containsOrdinal = !isUndefined(normalized.ordinal), containsGregorYear = !isUndefined(normalized.year), containsGregorMD = !isUndefined(normalized.month) || !isUndefined(normalized.day), containsGregor = containsGregorYear || containsGregorMD, definiteWeekDef = normalized.weekYear || normalized.weekNumber;
        if ((containsGregor || containsOrdinal) && definiteWeekDef) {
          throw new ConflictingSpecificationError("Can't mix weekYear/weekNumber units with year/month/day or ordinals");
        }
        if (containsGregorMD && containsOrdinal) {
          throw new ConflictingSpecificationError("Can't mix ordinal dates with month/day");
        }
        const useWeekData = definiteWeekDef || normalized.weekday && !containsGregor;
        let units, defaultValues, objNow = tsToObj(tsNow, offsetProvis);
        if (useWeekData) {
          units = orderedWeekUnits;
          defaultValues = defaultWeekUnitValues;
          objNow = gregorianToWeek(objNow, minDaysInFirstWeek, startOfWeek);
        } else if (containsOrdinal) {
          units = orderedOrdinalUnits;
          defaultValues = defaultOrdinalUnitValues;
          objNow = gregorianToOrdinal(objNow);
        } else {
          units = orderedUnits;
          defaultValues = defaultUnitValues;
        }
        let foundFirst = false;
        for (const u of units) {
          const v = normalized[u];
          if (!isUndefined(v)) {
            foundFirst = true;
          } else if (foundFirst) {
            normalized[u] = defaultValues[u];
          } else {
            normalized[u] = objNow[u];
          }
        }
        const higherOrderInvalid = useWeekData ? hasInvalidWeekData(normalized, minDaysInFirstWeek, startOfWeek) : containsOrdinal ? hasInvalidOrdinalData(normalized) : hasInvalidGregorianData(normalized), invalid = higherOrderInvalid || hasInvalidTimeData(normalized);
        if (invalid) {
          return _DateTime.invalid(invalid);
        }
        const gregorian = useWeekData ? weekToGregorian(normalized, minDaysInFirstWeek, startOfWeek) : containsOrdinal ? ordinalToGregorian(normalized) : normalized, [tsFinal, offsetFinal] = objToTS(gregorian, offsetProvis, zoneToUse), inst = new _DateTime({
          ts: tsFinal,
          zone: zoneToUse,
          o: offsetFinal,
          loc
        });
        if (normalized.weekday && containsGregor && obj.weekday !== inst.weekday) {
          return _DateTime.invalid("mismatched weekday", `you can't specify both a weekday of ${normalized.weekday} and a date of ${inst.toISO()}`);
        }
        if (!inst.isValid) {
          return _DateTime.invalid(inst.invalid);
        }
        return inst;
      }
      /**
       * Create a DateTime from an ISO 8601 string
       * @param {string} text - the ISO string
       * @param {Object} opts - options to affect the creation
       * @param {string|Zone} [opts.zone='local'] - use this zone if no offset is specified in the input string itself. Will also convert the time to this zone
       * @param {boolean} [opts.setZone=false] - override the zone with a fixed-offset zone specified in the string itself, if it specifies one
       * @param {string} [opts.locale='system's locale'] - a locale to set on the resulting DateTime instance
       * @param {string} [opts.outputCalendar] - the output calendar to set on the resulting DateTime instance
       * @param {string} [opts.numberingSystem] - the numbering system to set on the resulting DateTime instance
       * @param {string} [opts.weekSettings] - the week settings to set on the resulting DateTime instance
       * @example DateTime.fromISO('2016-05-25T09:08:34.123')
       * @example DateTime.fromISO('2016-05-25T09:08:34.123+06:00')
       * @example DateTime.fromISO('2016-05-25T09:08:34.123+06:00', {setZone: true})
       * @example DateTime.fromISO('2016-05-25T09:08:34.123', {zone: 'utc'})
       * @example DateTime.fromISO('2016-W05-4')
       * @return {DateTime}
       */
      static fromISO(text, opts = {}) {
        const [vals, parsedZone] = parseISODate(text);
        return parseDataToDateTime(vals, parsedZone, opts, "ISO 8601", text);
      }
      /**
       * Create a DateTime from an RFC 2822 string
       * @param {string} text - the RFC 2822 string
       * @param {Object} opts - options to affect the creation
       * @param {string|Zone} [opts.zone='local'] - convert the time to this zone. Since the offset is always specified in the string itself, this has no effect on the interpretation of string, merely the zone the resulting DateTime is expressed in.
       * @param {boolean} [opts.setZone=false] - override the zone with a fixed-offset zone specified in the string itself, if it specifies one
       * @param {string} [opts.locale='system's locale'] - a locale to set on the resulting DateTime instance
       * @param {string} opts.outputCalendar - the output calendar to set on the resulting DateTime instance
       * @param {string} opts.numberingSystem - the numbering system to set on the resulting DateTime instance
       * @param {string} opts.weekSettings - the week settings to set on the resulting DateTime instance
       * @example DateTime.fromRFC2822('25 Nov 2016 13:23:12 GMT')
       * @example DateTime.fromRFC2822('Fri, 25 Nov 2016 13:23:12 +0600')
       * @example DateTime.fromRFC2822('25 Nov 2016 13:23 Z')
       * @return {DateTime}
       */
      static fromRFC2822(text, opts = {}) {
        const [vals, parsedZone] = parseRFC2822Date(text);
        return parseDataToDateTime(vals, parsedZone, opts, "RFC 2822", text);
      }
      /**
       * Create a DateTime from an HTTP header date
       * @see https://www.w3.org/Protocols/rfc2616/rfc2616-sec3.html#sec3.3.1
       * @param {string} text - the HTTP header date
       * @param {Object} opts - options to affect the creation
       * @param {string|Zone} [opts.zone='local'] - convert the time to this zone. Since HTTP dates are always in UTC, this has no effect on the interpretation of string, merely the zone the resulting DateTime is expressed in.
       * @param {boolean} [opts.setZone=false] - override the zone with the fixed-offset zone specified in the string. For HTTP dates, this is always UTC, so this option is equivalent to setting the `zone` option to 'utc', but this option is included for consistency with similar methods.
       * @param {string} [opts.locale='system's locale'] - a locale to set on the resulting DateTime instance
       * @param {string} opts.outputCalendar - the output calendar to set on the resulting DateTime instance
       * @param {string} opts.numberingSystem - the numbering system to set on the resulting DateTime instance
       * @param {string} opts.weekSettings - the week settings to set on the resulting DateTime instance
       * @example DateTime.fromHTTP('Sun, 06 Nov 1994 08:49:37 GMT')
       * @example DateTime.fromHTTP('Sunday, 06-Nov-94 08:49:37 GMT')
       * @example DateTime.fromHTTP('Sun Nov  6 08:49:37 1994')
       * @return {DateTime}
       */
      static fromHTTP(text, opts = {}) {
        const [vals, parsedZone] = parseHTTPDate(text);
        return parseDataToDateTime(vals, parsedZone, opts, "HTTP", opts);
      }
      /**
       * Create a DateTime from an input string and format string.
       * Defaults to en-US if no locale has been specified, regardless of the system's locale. For a table of tokens and their interpretations, see [here](https://moment.github.io/luxon/#/parsing?id=table-of-tokens).
       * @param {string} text - the string to parse
       * @param {string} fmt - the format the string is expected to be in (see the link below for the formats)
       * @param {Object} opts - options to affect the creation
       * @param {string|Zone} [opts.zone='local'] - use this zone if no offset is specified in the input string itself. Will also convert the DateTime to this zone
       * @param {boolean} [opts.setZone=false] - override the zone with a zone specified in the string itself, if it specifies one
       * @param {string} [opts.locale='en-US'] - a locale string to use when parsing. Will also set the DateTime to this locale
       * @param {string} opts.numberingSystem - the numbering system to use when parsing. Will also set the resulting DateTime to this numbering system
       * @param {string} opts.weekSettings - the week settings to set on the resulting DateTime instance
       * @param {string} opts.outputCalendar - the output calendar to set on the resulting DateTime instance
       * @return {DateTime}
       */
      static fromFormat(text, fmt, opts = {}) {
        if (isUndefined(text) || isUndefined(fmt)) {
          throw new InvalidArgumentError("fromFormat requires an input string and a format");
        }
        const {
          locale = null,
          numberingSystem = null
        } = opts, localeToUse = Locale.fromOpts({
          locale,
          numberingSystem,
          defaultToEN: true
        }), [vals, parsedZone, specificOffset, invalid] = parseFromTokens(localeToUse, text, fmt);
        if (invalid) {
          return _DateTime.invalid(invalid);
        } else {
          return parseDataToDateTime(vals, parsedZone, opts, `format ${fmt}`, text, specificOffset);
        }
      }
      /**
       * @deprecated use fromFormat instead
       */
      static fromString(text, fmt, opts = {}) {
        return _DateTime.fromFormat(text, fmt, opts);
      }
      /**
       * Create a DateTime from a SQL date, time, or datetime
       * Defaults to en-US if no locale has been specified, regardless of the system's locale
       * @param {string} text - the string to parse
       * @param {Object} opts - options to affect the creation
       * @param {string|Zone} [opts.zone='local'] - use this zone if no offset is specified in the input string itself. Will also convert the DateTime to this zone
       * @param {boolean} [opts.setZone=false] - override the zone with a zone specified in the string itself, if it specifies one
       * @param {string} [opts.locale='en-US'] - a locale string to use when parsing. Will also set the DateTime to this locale
       * @param {string} opts.numberingSystem - the numbering system to use when parsing. Will also set the resulting DateTime to this numbering system
       * @param {string} opts.weekSettings - the week settings to set on the resulting DateTime instance
       * @param {string} opts.outputCalendar - the output calendar to set on the resulting DateTime instance
       * @example DateTime.fromSQL('2017-05-15')
       * @example DateTime.fromSQL('2017-05-15 09:12:34')
       * @example DateTime.fromSQL('2017-05-15 09:12:34.342')
       * @example DateTime.fromSQL('2017-05-15 09:12:34.342+06:00')
       * @example DateTime.fromSQL('2017-05-15 09:12:34.342 America/Los_Angeles')
       * @example DateTime.fromSQL('2017-05-15 09:12:34.342 America/Los_Angeles', { setZone: true })
       * @example DateTime.fromSQL('2017-05-15 09:12:34.342', { zone: 'America/Los_Angeles' })
       * @example DateTime.fromSQL('09:12:34.342')
       * @return {DateTime}
       */
      static fromSQL(text, opts = {}) {
        const [vals, parsedZone] = parseSQL(text);
        return parseDataToDateTime(vals, parsedZone, opts, "SQL", text);
      }
      /**
       * Create an invalid DateTime.
       * @param {string} reason - simple string of why this DateTime is invalid. Should not contain parameters or anything else data-dependent.
       * @param {string} [explanation=null] - longer explanation, may include parameters and other useful debugging information
       * @return {DateTime}
       */
      static invalid(reason, explanation = null) {
        if (!reason) {
          throw new InvalidArgumentError("need to specify a reason the DateTime is invalid");
        }
        const invalid = reason instanceof Invalid ? reason : new Invalid(reason, explanation);
        if (Settings.throwOnInvalid) {
          throw new InvalidDateTimeError(invalid);
        } else {
          return new _DateTime({
            invalid
          });
        }
      }
      /**
       * Check if an object is an instance of DateTime. Works across context boundaries
       * @param {object} o
       * @return {boolean}
       */
      static isDateTime(o) {
        return o && o.isLuxonDateTime || false;
      }
      /**
       * Produce the format string for a set of options
       * @param formatOpts
       * @param localeOpts
       * @returns {string}
       */
      static parseFormatForOpts(formatOpts, localeOpts = {}) {
        const tokenList = formatOptsToTokens(formatOpts, Locale.fromObject(localeOpts));
        return !tokenList ? null : tokenList.map((t) => t ? t.val : null).join("");
      }
      /**
       * Produce the the fully expanded format token for the locale
       * Does NOT quote characters, so quoted tokens will not round trip correctly
       * @param fmt
       * @param localeOpts
       * @returns {string}
       */
      static expandFormat(fmt, localeOpts = {}) {
        const expanded = expandMacroTokens(Formatter.parseFormat(fmt), Locale.fromObject(localeOpts));
        return expanded.map((t) => t.val).join("");
      }
      static resetCache() {
        zoneOffsetTs = void 0;
        zoneOffsetGuessCache.clear();
      }
      // INFO
      /**
       * Get the value of unit.
       * @param {string} unit - a unit such as 'minute' or 'day'
       * @example DateTime.local(2017, 7, 4).get('month'); //=> 7
       * @example DateTime.local(2017, 7, 4).get('day'); //=> 4
       * @return {number}
       */
      get(unit) {
        return this[unit];
      }
      /**
       * Returns whether the DateTime is valid. Invalid DateTimes occur when:
       * * The DateTime was created from invalid calendar information, such as the 13th month or February 30
       * * The DateTime was created by an operation on another invalid date
       * @type {boolean}
       */
      get isValid() {
        return this.invalid === null;
      }
      /**
       * Returns an error code if this DateTime is invalid, or null if the DateTime is valid
       * @type {string}
       */
      get invalidReason() {
        return this.invalid ? this.invalid.reason : null;
      }
      /**
       * Returns an explanation of why this DateTime became invalid, or null if the DateTime is valid
       * @type {string}
       */
      get invalidExplanation() {
        return this.invalid ? this.invalid.explanation : null;
      }
      /**
       * Get the locale of a DateTime, such 'en-GB'. The locale is used when formatting the DateTime
       *
       * @type {string}
       */
      get locale() {
        return this.isValid ? this.loc.locale : null;
      }
      /**
       * Get the numbering system of a DateTime, such 'beng'. The numbering system is used when formatting the DateTime
       *
       * @type {string}
       */
      get numberingSystem() {
        return this.isValid ? this.loc.numberingSystem : null;
      }
      /**
       * Get the output calendar of a DateTime, such 'islamic'. The output calendar is used when formatting the DateTime
       *
       * @type {string}
       */
      get outputCalendar() {
        return this.isValid ? this.loc.outputCalendar : null;
      }
      /**
       * Get the time zone associated with this DateTime.
       * @type {Zone}
       */
      get zone() {
        return this._zone;
      }
      /**
       * Get the name of the time zone.
       * @type {string}
       */
      get zoneName() {
        return this.isValid ? this.zone.name : null;
      }
      /**
       * Get the year
       * @example DateTime.local(2017, 5, 25).year //=> 2017
       * @type {number}
       */
      get year() {
        return this.isValid ? this.c.year : NaN;
      }
      /**
       * Get the quarter
       * @example DateTime.local(2017, 5, 25).quarter //=> 2
       * @type {number}
       */
      get quarter() {
        return this.isValid ? Math.ceil(this.c.month / 3) : NaN;
      }
      /**
       * Get the month (1-12).
       * @example DateTime.local(2017, 5, 25).month //=> 5
       * @type {number}
       */
      get month() {
        return this.isValid ? this.c.month : NaN;
      }
      /**
       * Get the day of the month (1-30ish).
       * @example DateTime.local(2017, 5, 25).day //=> 25
       * @type {number}
       */
      get day() {
        return this.isValid ? this.c.day : NaN;
      }
      /**
       * Get the hour of the day (0-23).
       * @example DateTime.local(2017, 5, 25, 9).hour //=> 9
       * @type {number}
       */
      get hour() {
        return this.isValid ? this.c.hour : NaN;
      }
      /**
       * Get the minute of the hour (0-59).
       * @example DateTime.local(2017, 5, 25, 9, 30).minute //=> 30
       * @type {number}
       */
      get minute() {
        return this.isValid ? this.c.minute : NaN;
      }
      /**
       * Get the second of the minute (0-59).
       * @example DateTime.local(2017, 5, 25, 9, 30, 52).second //=> 52
       * @type {number}
       */
      get second() {
        return this.isValid ? this.c.second : NaN;
      }
      /**
       * Get the millisecond of the second (0-999).
       * @example DateTime.local(2017, 5, 25, 9, 30, 52, 654).millisecond //=> 654
       * @type {number}
       */
      get millisecond() {
        return this.isValid ? this.c.millisecond : NaN;
      }
      /**
       * Get the week year
       * @see https://en.wikipedia.org/wiki/ISO_week_date
       * @example DateTime.local(2014, 12, 31).weekYear //=> 2015
       * @type {number}
       */
      get weekYear() {
        return this.isValid ? possiblyCachedWeekData(this).weekYear : NaN;
      }
      /**
       * Get the week number of the week year (1-52ish).
       * @see https://en.wikipedia.org/wiki/ISO_week_date
       * @example DateTime.local(2017, 5, 25).weekNumber //=> 21
       * @type {number}
       */
      get weekNumber() {
        return this.isValid ? possiblyCachedWeekData(this).weekNumber : NaN;
      }
      /**
       * Get the day of the week.
       * 1 is Monday and 7 is Sunday
       * @see https://en.wikipedia.org/wiki/ISO_week_date
       * @example DateTime.local(2014, 11, 31).weekday //=> 4
       * @type {number}
       */
      get weekday() {
        return this.isValid ? possiblyCachedWeekData(this).weekday : NaN;
      }
      /**
       * Returns true if this date is on a weekend according to the locale, false otherwise
       * @returns {boolean}
       */
      get isWeekend() {
        return this.isValid && this.loc.getWeekendDays().includes(this.weekday);
      }
      /**
       * Get the day of the week according to the locale.
       * 1 is the first day of the week and 7 is the last day of the week.
       * If the locale assigns Sunday as the first day of the week, then a date which is a Sunday will return 1,
       * @returns {number}
       */
      get localWeekday() {
        return this.isValid ? possiblyCachedLocalWeekData(this).weekday : NaN;
      }
      /**
       * Get the week number of the week year according to the locale. Different locales assign week numbers differently,
       * because the week can start on different days of the week (see localWeekday) and because a different number of days
       * is required for a week to count as the first week of a year.
       * @returns {number}
       */
      get localWeekNumber() {
        return this.isValid ? possiblyCachedLocalWeekData(this).weekNumber : NaN;
      }
      /**
       * Get the week year according to the locale. Different locales assign week numbers (and therefor week years)
       * differently, see localWeekNumber.
       * @returns {number}
       */
      get localWeekYear() {
        return this.isValid ? possiblyCachedLocalWeekData(this).weekYear : NaN;
      }
      /**
       * Get the ordinal (meaning the day of the year)
       * @example DateTime.local(2017, 5, 25).ordinal //=> 145
       * @type {number|DateTime}
       */
      get ordinal() {
        return this.isValid ? gregorianToOrdinal(this.c).ordinal : NaN;
      }
      /**
       * Get the human readable short month name, such as 'Oct'.
       * Defaults to the system's locale if no locale has been specified
       * @example DateTime.local(2017, 10, 30).monthShort //=> Oct
       * @type {string}
       */
      get monthShort() {
        return this.isValid ? Info.months("short", {
          locObj: this.loc
        })[this.month - 1] : null;
      }
      /**
       * Get the human readable long month name, such as 'October'.
       * Defaults to the system's locale if no locale has been specified
       * @example DateTime.local(2017, 10, 30).monthLong //=> October
       * @type {string}
       */
      get monthLong() {
        return this.isValid ? Info.months("long", {
          locObj: this.loc
        })[this.month - 1] : null;
      }
      /**
       * Get the human readable short weekday, such as 'Mon'.
       * Defaults to the system's locale if no locale has been specified
       * @example DateTime.local(2017, 10, 30).weekdayShort //=> Mon
       * @type {string}
       */
      get weekdayShort() {
        return this.isValid ? Info.weekdays("short", {
          locObj: this.loc
        })[this.weekday - 1] : null;
      }
      /**
       * Get the human readable long weekday, such as 'Monday'.
       * Defaults to the system's locale if no locale has been specified
       * @example DateTime.local(2017, 10, 30).weekdayLong //=> Monday
       * @type {string}
       */
      get weekdayLong() {
        return this.isValid ? Info.weekdays("long", {
          locObj: this.loc
        })[this.weekday - 1] : null;
      }
      /**
       * Get the UTC offset of this DateTime in minutes
       * @example DateTime.now().offset //=> -240
       * @example DateTime.utc().offset //=> 0
       * @type {number}
       */
      get offset() {
        return this.isValid ? +this.o : NaN;
      }
      /**
       * Get the short human name for the zone's current offset, for example "EST" or "EDT".
       * Defaults to the system's locale if no locale has been specified
       * @type {string}
       */
      get offsetNameShort() {
        if (this.isValid) {
          return this.zone.offsetName(this.ts, {
            format: "short",
            locale: this.locale
          });
        } else {
          return null;
        }
      }
      /**
       * Get the long human name for the zone's current offset, for example "Eastern Standard Time" or "Eastern Daylight Time".
       * Defaults to the system's locale if no locale has been specified
       * @type {string}
       */
      get offsetNameLong() {
        if (this.isValid) {
          return this.zone.offsetName(this.ts, {
            format: "long",
            locale: this.locale
          });
        } else {
          return null;
        }
      }
      /**
       * Get whether this zone's offset ever changes, as in a DST.
       * @type {boolean}
       */
      get isOffsetFixed() {
        return this.isValid ? this.zone.isUniversal : null;
      }
      /**
       * Get whether the DateTime is in a DST.
       * @type {boolean}
       */
      get isInDST() {
        if (this.isOffsetFixed) {
          return false;
        } else {
          return this.offset > this.set({
            month: 1,
            day: 1
          }).offset || this.offset > this.set({
            month: 5
          }).offset;
        }
      }
      /**
       * Get those DateTimes which have the same local time as this DateTime, but a different offset from UTC
       * in this DateTime's zone. During DST changes local time can be ambiguous, for example
       * `2023-10-29T02:30:00` in `Europe/Berlin` can have offset `+01:00` or `+02:00`.
       * This method will return both possible DateTimes if this DateTime's local time is ambiguous.
       * @returns {DateTime[]}
       */
      getPossibleOffsets() {
        if (!this.isValid || this.isOffsetFixed) {
          return [this];
        }
        const dayMs = 864e5;
        const minuteMs = 6e4;
        const localTS = objToLocalTS(this.c);
        const oEarlier = this.zone.offset(localTS - dayMs);
        const oLater = this.zone.offset(localTS + dayMs);
        const o1 = this.zone.offset(localTS - oEarlier * minuteMs);
        const o2 = this.zone.offset(localTS - oLater * minuteMs);
        if (o1 === o2) {
          return [this];
        }
        const ts1 = localTS - o1 * minuteMs;
        const ts2 = localTS - o2 * minuteMs;
        const c1 = tsToObj(ts1, o1);
        const c2 = tsToObj(ts2, o2);
        if (c1.hour === c2.hour && c1.minute === c2.minute && c1.second === c2.second && c1.millisecond === c2.millisecond) {
          return [clone(this, {
            ts: ts1
          }), clone(this, {
            ts: ts2
          })];
        }
        return [this];
      }
      /**
       * Returns true if this DateTime is in a leap year, false otherwise
       * @example DateTime.local(2016).isInLeapYear //=> true
       * @example DateTime.local(2013).isInLeapYear //=> false
       * @type {boolean}
       */
      get isInLeapYear() {
        return isLeapYear(this.year);
      }
      /**
       * Returns the number of days in this DateTime's month
       * @example DateTime.local(2016, 2).daysInMonth //=> 29
       * @example DateTime.local(2016, 3).daysInMonth //=> 31
       * @type {number}
       */
      get daysInMonth() {
        return daysInMonth(this.year, this.month);
      }
      /**
       * Returns the number of days in this DateTime's year
       * @example DateTime.local(2016).daysInYear //=> 366
       * @example DateTime.local(2013).daysInYear //=> 365
       * @type {number}
       */
      get daysInYear() {
        return this.isValid ? daysInYear(this.year) : NaN;
      }
      /**
       * Returns the number of weeks in this DateTime's year
       * @see https://en.wikipedia.org/wiki/ISO_week_date
       * @example DateTime.local(2004).weeksInWeekYear //=> 53
       * @example DateTime.local(2013).weeksInWeekYear //=> 52
       * @type {number}
       */
      get weeksInWeekYear() {
        return this.isValid ? weeksInWeekYear(this.weekYear) : NaN;
      }
      /**
       * Returns the number of weeks in this DateTime's local week year
       * @example DateTime.local(2020, 6, {locale: 'en-US'}).weeksInLocalWeekYear //=> 52
       * @example DateTime.local(2020, 6, {locale: 'de-DE'}).weeksInLocalWeekYear //=> 53
       * @type {number}
       */
      get weeksInLocalWeekYear() {
        return this.isValid ? weeksInWeekYear(this.localWeekYear, this.loc.getMinDaysInFirstWeek(), this.loc.getStartOfWeek()) : NaN;
      }
      /**
       * Returns the resolved Intl options for this DateTime.
       * This is useful in understanding the behavior of formatting methods
       * @param {Object} opts - the same options as toLocaleString
       * @return {Object}
       */
      resolvedLocaleOptions(opts = {}) {
        const {
          locale,
          numberingSystem,
          calendar
        } = Formatter.create(this.loc.clone(opts), opts).resolvedOptions(this);
        return {
          locale,
          numberingSystem,
          outputCalendar: calendar
        };
      }
      // TRANSFORM
      /**
       * "Set" the DateTime's zone to UTC. Returns a newly-constructed DateTime.
       *
       * Equivalent to {@link DateTime#setZone}('utc')
       * @param {number} [offset=0] - optionally, an offset from UTC in minutes
       * @param {Object} [opts={}] - options to pass to `setZone()`
       * @return {DateTime}
       */
      toUTC(offset2 = 0, opts = {}) {
        return this.setZone(FixedOffsetZone.instance(offset2), opts);
      }
      /**
       * "Set" the DateTime's zone to the host's local zone. Returns a newly-constructed DateTime.
       *
       * Equivalent to `setZone('local')`
       * @return {DateTime}
       */
      toLocal() {
        return this.setZone(Settings.defaultZone);
      }
      /**
       * "Set" the DateTime's zone to specified zone. Returns a newly-constructed DateTime.
       *
       * By default, the setter keeps the underlying time the same (as in, the same timestamp), but the new instance will report different local times and consider DSTs when making computations, as with {@link DateTime#plus}. You may wish to use {@link DateTime#toLocal} and {@link DateTime#toUTC} which provide simple convenience wrappers for commonly used zones.
       * @param {string|Zone} [zone='local'] - a zone identifier. As a string, that can be any IANA zone supported by the host environment, or a fixed-offset name of the form 'UTC+3', or the strings 'local' or 'utc'. You may also supply an instance of a {@link DateTime#Zone} class.
       * @param {Object} opts - options
       * @param {boolean} [opts.keepLocalTime=false] - If true, adjust the underlying time so that the local time stays the same, but in the target zone. You should rarely need this.
       * @return {DateTime}
       */
      setZone(zone, {
        keepLocalTime = false,
        keepCalendarTime = false
      } = {}) {
        zone = normalizeZone(zone, Settings.defaultZone);
        if (zone.equals(this.zone)) {
          return this;
        } else if (!zone.isValid) {
          return _DateTime.invalid(unsupportedZone(zone));
        } else {
          let newTS = this.ts;
          if (keepLocalTime || keepCalendarTime) {
            const offsetGuess = zone.offset(this.ts);
            const asObj = this.toObject();
            [newTS] = objToTS(asObj, offsetGuess, zone);
          }
          return clone(this, {
            ts: newTS,
            zone
          });
        }
      }
      /**
       * "Set" the locale, numberingSystem, or outputCalendar. Returns a newly-constructed DateTime.
       * @param {Object} properties - the properties to set
       * @example DateTime.local(2017, 5, 25).reconfigure({ locale: 'en-GB' })
       * @return {DateTime}
       */
      reconfigure({
        locale,
        numberingSystem,
        outputCalendar
      } = {}) {
        const loc = this.loc.clone({
          locale,
          numberingSystem,
          outputCalendar
        });
        return clone(this, {
          loc
        });
      }
      /**
       * "Set" the locale. Returns a newly-constructed DateTime.
       * Just a convenient alias for reconfigure({ locale })
       * @example DateTime.local(2017, 5, 25).setLocale('en-GB')
       * @return {DateTime}
       */
      setLocale(locale) {
        return this.reconfigure({
          locale
        });
      }
      /**
       * "Set" the values of specified units. Returns a newly-constructed DateTime.
       * You can only set units with this method; for "setting" metadata, see {@link DateTime#reconfigure} and {@link DateTime#setZone}.
       *
       * This method also supports setting locale-based week units, i.e. `localWeekday`, `localWeekNumber` and `localWeekYear`.
       * They cannot be mixed with ISO-week units like `weekday`.
       * @param {Object} values - a mapping of units to numbers
       * @example dt.set({ year: 2017 })
       * @example dt.set({ hour: 8, minute: 30 })
       * @example dt.set({ weekday: 5 })
       * @example dt.set({ year: 2005, ordinal: 234 })
       * @return {DateTime}
       */
      set(values) {
        if (!this.isValid) return this;
        const normalized = normalizeObject(values, normalizeUnitWithLocalWeeks);
        const {
          minDaysInFirstWeek,
          startOfWeek
        } = usesLocalWeekValues(normalized, this.loc);
        const settingWeekStuff = !isUndefined(normalized.weekYear) || !isUndefined(normalized.weekNumber) || !isUndefined(normalized.weekday), containsOrdinal = !isUndefined(normalized.ordinal), containsGregorYear = !isUndefined(normalized.year), containsGregorMD = !isUndefined(normalized.month) || !isUndefined(normalized.day), containsGregor = containsGregorYear || containsGregorMD, definiteWeekDef = normalized.weekYear || normalized.weekNumber;
        if ((containsGregor || containsOrdinal) && definiteWeekDef) {
          throw new ConflictingSpecificationError("Can't mix weekYear/weekNumber units with year/month/day or ordinals");
        }
        if (containsGregorMD && containsOrdinal) {
          throw new ConflictingSpecificationError("Can't mix ordinal dates with month/day");
        }
        let mixed;
        if (settingWeekStuff) {
          mixed = weekToGregorian({
            ...gregorianToWeek(this.c, minDaysInFirstWeek, startOfWeek),
            ...normalized
          }, minDaysInFirstWeek, startOfWeek);
        } else if (!isUndefined(normalized.ordinal)) {
          mixed = ordinalToGregorian({
            ...gregorianToOrdinal(this.c),
            ...normalized
          });
        } else {
          mixed = {
            ...this.toObject(),
            ...normalized
          };
          if (isUndefined(normalized.day)) {
            mixed.day = Math.min(daysInMonth(mixed.year, mixed.month), mixed.day);
          }
        }
        const [ts, o] = objToTS(mixed, this.o, this.zone);
        return clone(this, {
          ts,
          o
        });
      }
      /**
       * Add a period of time to this DateTime and return the resulting DateTime
       *
       * Adding hours, minutes, seconds, or milliseconds increases the timestamp by the right number of milliseconds. Adding days, months, or years shifts the calendar, accounting for DSTs and leap years along the way. Thus, `dt.plus({ hours: 24 })` may result in a different time than `dt.plus({ days: 1 })` if there's a DST shift in between.
       * @param {Duration|Object|number} duration - The amount to add. Either a Luxon Duration, a number of milliseconds, the object argument to Duration.fromObject()
       * @example DateTime.now().plus(123) //~> in 123 milliseconds
       * @example DateTime.now().plus({ minutes: 15 }) //~> in 15 minutes
       * @example DateTime.now().plus({ days: 1 }) //~> this time tomorrow
       * @example DateTime.now().plus({ days: -1 }) //~> this time yesterday
       * @example DateTime.now().plus({ hours: 3, minutes: 13 }) //~> in 3 hr, 13 min
       * @example DateTime.now().plus(Duration.fromObject({ hours: 3, minutes: 13 })) //~> in 3 hr, 13 min
       * @return {DateTime}
       */
      plus(duration) {
        if (!this.isValid) return this;
        const dur = Duration.fromDurationLike(duration);
        return clone(this, adjustTime(this, dur));
      }
      /**
       * Subtract a period of time to this DateTime and return the resulting DateTime
       * See {@link DateTime#plus}
       * @param {Duration|Object|number} duration - The amount to subtract. Either a Luxon Duration, a number of milliseconds, the object argument to Duration.fromObject()
       @return {DateTime}
       */
      minus(duration) {
        if (!this.isValid) return this;
        const dur = Duration.fromDurationLike(duration).negate();
        return clone(this, adjustTime(this, dur));
      }
      /**
       * "Set" this DateTime to the beginning of a unit of time.
       * @param {string} unit - The unit to go to the beginning of. Can be 'year', 'quarter', 'month', 'week', 'day', 'hour', 'minute', 'second', or 'millisecond'.
       * @param {Object} opts - options
       * @param {boolean} [opts.useLocaleWeeks=false] - If true, use weeks based on the locale, i.e. use the locale-dependent start of the week
       * @example DateTime.local(2014, 3, 3).startOf('month').toISODate(); //=> '2014-03-01'
       * @example DateTime.local(2014, 3, 3).startOf('year').toISODate(); //=> '2014-01-01'
       * @example DateTime.local(2014, 3, 3).startOf('week').toISODate(); //=> '2014-03-03', weeks always start on Mondays
       * @example DateTime.local(2014, 3, 3, 5, 30).startOf('day').toISOTime(); //=> '00:00.000-05:00'
       * @example DateTime.local(2014, 3, 3, 5, 30).startOf('hour').toISOTime(); //=> '05:00:00.000-05:00'
       * @return {DateTime}
       */
      startOf(unit, {
        useLocaleWeeks = false
      } = {}) {
        if (!this.isValid) return this;
        const o = {}, normalizedUnit = Duration.normalizeUnit(unit);
        switch (normalizedUnit) {
          case "years":
            o.month = 1;
          // falls through
          case "quarters":
          case "months":
            o.day = 1;
          // falls through
          case "weeks":
          case "days":
            o.hour = 0;
          // falls through
          case "hours":
            o.minute = 0;
          // falls through
          case "minutes":
            o.second = 0;
          // falls through
          case "seconds":
            o.millisecond = 0;
            break;
        }
        if (normalizedUnit === "weeks") {
          if (useLocaleWeeks) {
            const startOfWeek = this.loc.getStartOfWeek();
            const {
              weekday
            } = this;
            if (weekday < startOfWeek) {
              o.weekNumber = this.weekNumber - 1;
            }
            o.weekday = startOfWeek;
          } else {
            o.weekday = 1;
          }
        }
        if (normalizedUnit === "quarters") {
          const q = Math.ceil(this.month / 3);
          o.month = (q - 1) * 3 + 1;
        }
        return this.set(o);
      }
      /**
       * "Set" this DateTime to the end (meaning the last millisecond) of a unit of time
       * @param {string} unit - The unit to go to the end of. Can be 'year', 'quarter', 'month', 'week', 'day', 'hour', 'minute', 'second', or 'millisecond'.
       * @param {Object} opts - options
       * @param {boolean} [opts.useLocaleWeeks=false] - If true, use weeks based on the locale, i.e. use the locale-dependent start of the week
       * @example DateTime.local(2014, 3, 3).endOf('month').toISO(); //=> '2014-03-31T23:59:59.999-05:00'
       * @example DateTime.local(2014, 3, 3).endOf('year').toISO(); //=> '2014-12-31T23:59:59.999-05:00'
       * @example DateTime.local(2014, 3, 3).endOf('week').toISO(); // => '2014-03-09T23:59:59.999-05:00', weeks start on Mondays
       * @example DateTime.local(2014, 3, 3, 5, 30).endOf('day').toISO(); //=> '2014-03-03T23:59:59.999-05:00'
       * @example DateTime.local(2014, 3, 3, 5, 30).endOf('hour').toISO(); //=> '2014-03-03T05:59:59.999-05:00'
       * @return {DateTime}
       */
      endOf(unit, opts) {
        return this.isValid ? this.plus({
          [unit]: 1
        }).startOf(unit, opts).minus(1) : this;
      }
      // OUTPUT
      /**
       * Returns a string representation of this DateTime formatted according to the specified format string.
       * **You may not want this.** See {@link DateTime#toLocaleString} for a more flexible formatting tool. For a table of tokens and their interpretations, see [here](https://moment.github.io/luxon/#/formatting?id=table-of-tokens).
       * Defaults to en-US if no locale has been specified, regardless of the system's locale.
       * @param {string} fmt - the format string
       * @param {Object} opts - opts to override the configuration options on this DateTime
       * @example DateTime.now().toFormat('yyyy LLL dd') //=> '2017 Apr 22'
       * @example DateTime.now().setLocale('fr').toFormat('yyyy LLL dd') //=> '2017 avr. 22'
       * @example DateTime.now().toFormat('yyyy LLL dd', { locale: "fr" }) //=> '2017 avr. 22'
       * @example DateTime.now().toFormat("HH 'hours and' mm 'minutes'") //=> '20 hours and 55 minutes'
       * @return {string}
       */
      toFormat(fmt, opts = {}) {
        return this.isValid ? Formatter.create(this.loc.redefaultToEN(opts)).formatDateTimeFromString(this, fmt) : INVALID;
      }
      /**
       * Returns a localized string representing this date. Accepts the same options as the Intl.DateTimeFormat constructor and any presets defined by Luxon, such as `DateTime.DATE_FULL` or `DateTime.TIME_SIMPLE`.
       * The exact behavior of this method is browser-specific, but in general it will return an appropriate representation
       * of the DateTime in the assigned locale.
       * Defaults to the system's locale if no locale has been specified
       * @see https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/DateTimeFormat
       * @param formatOpts {Object} - Intl.DateTimeFormat constructor options and configuration options
       * @param {Object} opts - opts to override the configuration options on this DateTime
       * @example DateTime.now().toLocaleString(); //=> 4/20/2017
       * @example DateTime.now().setLocale('en-gb').toLocaleString(); //=> '20/04/2017'
       * @example DateTime.now().toLocaleString(DateTime.DATE_FULL); //=> 'April 20, 2017'
       * @example DateTime.now().toLocaleString(DateTime.DATE_FULL, { locale: 'fr' }); //=> '28 août 2022'
       * @example DateTime.now().toLocaleString(DateTime.TIME_SIMPLE); //=> '11:32 AM'
       * @example DateTime.now().toLocaleString(DateTime.DATETIME_SHORT); //=> '4/20/2017, 11:32 AM'
       * @example DateTime.now().toLocaleString({ weekday: 'long', month: 'long', day: '2-digit' }); //=> 'Thursday, April 20'
       * @example DateTime.now().toLocaleString({ weekday: 'short', month: 'short', day: '2-digit', hour: '2-digit', minute: '2-digit' }); //=> 'Thu, Apr 20, 11:27 AM'
       * @example DateTime.now().toLocaleString({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }); //=> '11:32'
       * @return {string}
       */
      toLocaleString(formatOpts = DATE_SHORT, opts = {}) {
        return this.isValid ? Formatter.create(this.loc.clone(opts), formatOpts).formatDateTime(this) : INVALID;
      }
      /**
       * Returns an array of format "parts", meaning individual tokens along with metadata. This is allows callers to post-process individual sections of the formatted output.
       * Defaults to the system's locale if no locale has been specified
       * @see https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/DateTimeFormat/formatToParts
       * @param opts {Object} - Intl.DateTimeFormat constructor options, same as `toLocaleString`.
       * @example DateTime.now().toLocaleParts(); //=> [
       *                                   //=>   { type: 'day', value: '25' },
       *                                   //=>   { type: 'literal', value: '/' },
       *                                   //=>   { type: 'month', value: '05' },
       *                                   //=>   { type: 'literal', value: '/' },
       *                                   //=>   { type: 'year', value: '1982' }
       *                                   //=> ]
       */
      toLocaleParts(opts = {}) {
        return this.isValid ? Formatter.create(this.loc.clone(opts), opts).formatDateTimeParts(this) : [];
      }
      /**
       * Returns an ISO 8601-compliant string representation of this DateTime
       * @param {Object} opts - options
       * @param {boolean} [opts.suppressMilliseconds=false] - exclude milliseconds from the format if they're 0
       * @param {boolean} [opts.suppressSeconds=false] - exclude seconds from the format if they're 0
       * @param {boolean} [opts.includeOffset=true] - include the offset, such as 'Z' or '-04:00'
       * @param {boolean} [opts.extendedZone=false] - add the time zone format extension
       * @param {string} [opts.format='extended'] - choose between the basic and extended format
       * @param {string} [opts.precision='milliseconds'] - truncate output to desired presicion: 'years', 'months', 'days', 'hours', 'minutes', 'seconds' or 'milliseconds'. When precision and suppressSeconds or suppressMilliseconds are used together, precision sets the maximum unit shown in the output, however seconds or milliseconds will still be suppressed if they are 0.
       * @example DateTime.utc(1983, 5, 25).toISO() //=> '1982-05-25T00:00:00.000Z'
       * @example DateTime.now().toISO() //=> '2017-04-22T20:47:05.335-04:00'
       * @example DateTime.now().toISO({ includeOffset: false }) //=> '2017-04-22T20:47:05.335'
       * @example DateTime.now().toISO({ format: 'basic' }) //=> '20170422T204705.335-0400'
       * @example DateTime.now().toISO({ precision: 'day' }) //=> '2017-04-22Z'
       * @example DateTime.now().toISO({ precision: 'minute' }) //=> '2017-04-22T20:47Z'
       * @return {string|null}
       */
      toISO({
        format = "extended",
        suppressSeconds = false,
        suppressMilliseconds = false,
        includeOffset = true,
        extendedZone = false,
        precision = "milliseconds"
      } = {}) {
        if (!this.isValid) {
          return null;
        }
        precision = normalizeUnit(precision);
        const ext = format === "extended";
        let c = toISODate(this, ext, precision);
        if (orderedUnits.indexOf(precision) >= 3) c += "T";
        c += toISOTime(this, ext, suppressSeconds, suppressMilliseconds, includeOffset, extendedZone, precision);
        return c;
      }
      /**
       * Returns an ISO 8601-compliant string representation of this DateTime's date component
       * @param {Object} opts - options
       * @param {string} [opts.format='extended'] - choose between the basic and extended format
       * @param {string} [opts.precision='day'] - truncate output to desired precision: 'years', 'months', or 'days'.
       * @example DateTime.utc(1982, 5, 25).toISODate() //=> '1982-05-25'
       * @example DateTime.utc(1982, 5, 25).toISODate({ format: 'basic' }) //=> '19820525'
       * @example DateTime.utc(1982, 5, 25).toISODate({ precision: 'month' }) //=> '1982-05'
       * @return {string|null}
       */
      toISODate({
        format = "extended",
        precision = "day"
      } = {}) {
        if (!this.isValid) {
          return null;
        }
        return toISODate(this, format === "extended", normalizeUnit(precision));
      }
      /**
       * Returns an ISO 8601-compliant string representation of this DateTime's week date
       * @example DateTime.utc(1982, 5, 25).toISOWeekDate() //=> '1982-W21-2'
       * @return {string}
       */
      toISOWeekDate() {
        return toTechFormat(this, "kkkk-'W'WW-c");
      }
      /**
       * Returns an ISO 8601-compliant string representation of this DateTime's time component
       * @param {Object} opts - options
       * @param {boolean} [opts.suppressMilliseconds=false] - exclude milliseconds from the format if they're 0
       * @param {boolean} [opts.suppressSeconds=false] - exclude seconds from the format if they're 0
       * @param {boolean} [opts.includeOffset=true] - include the offset, such as 'Z' or '-04:00'
       * @param {boolean} [opts.extendedZone=true] - add the time zone format extension
       * @param {boolean} [opts.includePrefix=false] - include the `T` prefix
       * @param {string} [opts.format='extended'] - choose between the basic and extended format
       * @param {string} [opts.precision='milliseconds'] - truncate output to desired presicion: 'hours', 'minutes', 'seconds' or 'milliseconds'. When precision and suppressSeconds or suppressMilliseconds are used together, precision sets the maximum unit shown in the output, however seconds or milliseconds will still be suppressed if they are 0.
       * @example DateTime.utc().set({ hour: 7, minute: 34 }).toISOTime() //=> '07:34:19.361Z'
       * @example DateTime.utc().set({ hour: 7, minute: 34, seconds: 0, milliseconds: 0 }).toISOTime({ suppressSeconds: true }) //=> '07:34Z'
       * @example DateTime.utc().set({ hour: 7, minute: 34 }).toISOTime({ format: 'basic' }) //=> '073419.361Z'
       * @example DateTime.utc().set({ hour: 7, minute: 34 }).toISOTime({ includePrefix: true }) //=> 'T07:34:19.361Z'
       * @example DateTime.utc().set({ hour: 7, minute: 34, second: 56 }).toISOTime({ precision: 'minute' }) //=> '07:34Z'
       * @return {string}
       */
      toISOTime({
        suppressMilliseconds = false,
        suppressSeconds = false,
        includeOffset = true,
        includePrefix = false,
        extendedZone = false,
        format = "extended",
        precision = "milliseconds"
      } = {}) {
        if (!this.isValid) {
          return null;
        }
        precision = normalizeUnit(precision);
        let c = includePrefix && orderedUnits.indexOf(precision) >= 3 ? "T" : "";
        return c + toISOTime(this, format === "extended", suppressSeconds, suppressMilliseconds, includeOffset, extendedZone, precision);
      }
      /**
       * Returns an RFC 2822-compatible string representation of this DateTime
       * @example DateTime.utc(2014, 7, 13).toRFC2822() //=> 'Sun, 13 Jul 2014 00:00:00 +0000'
       * @example DateTime.local(2014, 7, 13).toRFC2822() //=> 'Sun, 13 Jul 2014 00:00:00 -0400'
       * @return {string}
       */
      toRFC2822() {
        return toTechFormat(this, "EEE, dd LLL yyyy HH:mm:ss ZZZ", false);
      }
      /**
       * Returns a string representation of this DateTime appropriate for use in HTTP headers. The output is always expressed in GMT.
       * Specifically, the string conforms to RFC 1123.
       * @see https://www.w3.org/Protocols/rfc2616/rfc2616-sec3.html#sec3.3.1
       * @example DateTime.utc(2014, 7, 13).toHTTP() //=> 'Sun, 13 Jul 2014 00:00:00 GMT'
       * @example DateTime.utc(2014, 7, 13, 19).toHTTP() //=> 'Sun, 13 Jul 2014 19:00:00 GMT'
       * @return {string}
       */
      toHTTP() {
        return toTechFormat(this.toUTC(), "EEE, dd LLL yyyy HH:mm:ss 'GMT'");
      }
      /**
       * Returns a string representation of this DateTime appropriate for use in SQL Date
       * @example DateTime.utc(2014, 7, 13).toSQLDate() //=> '2014-07-13'
       * @return {string|null}
       */
      toSQLDate() {
        if (!this.isValid) {
          return null;
        }
        return toISODate(this, true);
      }
      /**
       * Returns a string representation of this DateTime appropriate for use in SQL Time
       * @param {Object} opts - options
       * @param {boolean} [opts.includeZone=false] - include the zone, such as 'America/New_York'. Overrides includeOffset.
       * @param {boolean} [opts.includeOffset=true] - include the offset, such as 'Z' or '-04:00'
       * @param {boolean} [opts.includeOffsetSpace=true] - include the space between the time and the offset, such as '05:15:16.345 -04:00'
       * @example DateTime.utc().toSQL() //=> '05:15:16.345'
       * @example DateTime.now().toSQL() //=> '05:15:16.345 -04:00'
       * @example DateTime.now().toSQL({ includeOffset: false }) //=> '05:15:16.345'
       * @example DateTime.now().toSQL({ includeZone: false }) //=> '05:15:16.345 America/New_York'
       * @return {string}
       */
      toSQLTime({
        includeOffset = true,
        includeZone = false,
        includeOffsetSpace = true
      } = {}) {
        let fmt = "HH:mm:ss.SSS";
        if (includeZone || includeOffset) {
          if (includeOffsetSpace) {
            fmt += " ";
          }
          if (includeZone) {
            fmt += "z";
          } else if (includeOffset) {
            fmt += "ZZ";
          }
        }
        return toTechFormat(this, fmt, true);
      }
      /**
       * Returns a string representation of this DateTime appropriate for use in SQL DateTime
       * @param {Object} opts - options
       * @param {boolean} [opts.includeZone=false] - include the zone, such as 'America/New_York'. Overrides includeOffset.
       * @param {boolean} [opts.includeOffset=true] - include the offset, such as 'Z' or '-04:00'
       * @param {boolean} [opts.includeOffsetSpace=true] - include the space between the time and the offset, such as '05:15:16.345 -04:00'
       * @example DateTime.utc(2014, 7, 13).toSQL() //=> '2014-07-13 00:00:00.000 Z'
       * @example DateTime.local(2014, 7, 13).toSQL() //=> '2014-07-13 00:00:00.000 -04:00'
       * @example DateTime.local(2014, 7, 13).toSQL({ includeOffset: false }) //=> '2014-07-13 00:00:00.000'
       * @example DateTime.local(2014, 7, 13).toSQL({ includeZone: true }) //=> '2014-07-13 00:00:00.000 America/New_York'
       * @return {string}
       */
      toSQL(opts = {}) {
        if (!this.isValid) {
          return null;
        }
        return `${this.toSQLDate()} ${this.toSQLTime(opts)}`;
      }
      /**
       * Returns a string representation of this DateTime appropriate for debugging
       * @return {string}
       */
      toString() {
        return this.isValid ? this.toISO() : INVALID;
      }
      /**
       * Returns a string representation of this DateTime appropriate for the REPL.
       * @return {string}
       */
      [/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")]() {
        if (this.isValid) {
          return `DateTime { ts: ${this.toISO()}, zone: ${this.zone.name}, locale: ${this.locale} }`;
        } else {
          return `DateTime { Invalid, reason: ${this.invalidReason} }`;
        }
      }
      /**
       * Returns the epoch milliseconds of this DateTime. Alias of {@link DateTime#toMillis}
       * @return {number}
       */
      valueOf() {
        return this.toMillis();
      }
      /**
       * Returns the epoch milliseconds of this DateTime.
       * @return {number}
       */
      toMillis() {
        return this.isValid ? this.ts : NaN;
      }
      /**
       * Returns the epoch seconds (including milliseconds in the fractional part) of this DateTime.
       * @return {number}
       */
      toSeconds() {
        return this.isValid ? this.ts / 1e3 : NaN;
      }
      /**
       * Returns the epoch seconds (as a whole number) of this DateTime.
       * @return {number}
       */
      toUnixInteger() {
        return this.isValid ? Math.floor(this.ts / 1e3) : NaN;
      }
      /**
       * Returns an ISO 8601 representation of this DateTime appropriate for use in JSON.
       * @return {string}
       */
      toJSON() {
        return this.toISO();
      }
      /**
       * Returns a BSON serializable equivalent to this DateTime.
       * @return {Date}
       */
      toBSON() {
        return this.toJSDate();
      }
      /**
       * Returns a JavaScript object with this DateTime's year, month, day, and so on.
       * @param opts - options for generating the object
       * @param {boolean} [opts.includeConfig=false] - include configuration attributes in the output
       * @example DateTime.now().toObject() //=> { year: 2017, month: 4, day: 22, hour: 20, minute: 49, second: 42, millisecond: 268 }
       * @return {Object}
       */
      toObject(opts = {}) {
        if (!this.isValid) return {};
        const base = {
          ...this.c
        };
        if (opts.includeConfig) {
          base.outputCalendar = this.outputCalendar;
          base.numberingSystem = this.loc.numberingSystem;
          base.locale = this.loc.locale;
        }
        return base;
      }
      /**
       * Returns a JavaScript Date equivalent to this DateTime.
       * @return {Date}
       */
      toJSDate() {
        return new Date(this.isValid ? this.ts : NaN);
      }
      // COMPARE
      /**
       * Return the difference between two DateTimes as a Duration.
       * @param {DateTime} otherDateTime - the DateTime to compare this one to
       * @param {string|string[]} [unit=['milliseconds']] - the unit or array of units (such as 'hours' or 'days') to include in the duration.
       * @param {Object} opts - options that affect the creation of the Duration
       * @param {string} [opts.conversionAccuracy='casual'] - the conversion system to use
       * @example
       * var i1 = DateTime.fromISO('1982-05-25T09:45'),
       *     i2 = DateTime.fromISO('1983-10-14T10:30');
       * i2.diff(i1).toObject() //=> { milliseconds: 43807500000 }
       * i2.diff(i1, 'hours').toObject() //=> { hours: 12168.75 }
       * i2.diff(i1, ['months', 'days']).toObject() //=> { months: 16, days: 19.03125 }
       * i2.diff(i1, ['months', 'days', 'hours']).toObject() //=> { months: 16, days: 19, hours: 0.75 }
       * @return {Duration}
       */
      diff(otherDateTime, unit = "milliseconds", opts = {}) {
        if (!this.isValid || !otherDateTime.isValid) {
          return Duration.invalid("created by diffing an invalid DateTime");
        }
        const durOpts = {
          locale: this.locale,
          numberingSystem: this.numberingSystem,
          ...opts
        };
        const units = maybeArray(unit).map(Duration.normalizeUnit), otherIsLater = otherDateTime.valueOf() > this.valueOf(), earlier = otherIsLater ? this : otherDateTime, later = otherIsLater ? otherDateTime : this, diffed = diff(earlier, later, units, durOpts);
        return otherIsLater ? diffed.negate() : diffed;
      }
      /**
       * Return the difference between this DateTime and right now.
       * See {@link DateTime#diff}
       * @param {string|string[]} [unit=['milliseconds']] - the unit or units units (such as 'hours' or 'days') to include in the duration
       * @param {Object} opts - options that affect the creation of the Duration
       * @param {string} [opts.conversionAccuracy='casual'] - the conversion system to use
       * @return {Duration}
       */
      diffNow(unit = "milliseconds", opts = {}) {
        return this.diff(_DateTime.now(), unit, opts);
      }
      /**
       * Return an Interval spanning between this DateTime and another DateTime
       * @param {DateTime} otherDateTime - the other end point of the Interval
       * @return {Interval|DateTime}
       */
      until(otherDateTime) {
        return this.isValid ? Interval.fromDateTimes(this, otherDateTime) : this;
      }
      /**
       * Return whether this DateTime is in the same unit of time as another DateTime.
       * Higher-order units must also be identical for this function to return `true`.
       * Note that time zones are **ignored** in this comparison, which compares the **local** calendar time. Use {@link DateTime#setZone} to convert one of the dates if needed.
       * @param {DateTime} otherDateTime - the other DateTime
       * @param {string} unit - the unit of time to check sameness on
       * @param {Object} opts - options
       * @param {boolean} [opts.useLocaleWeeks=false] - If true, use weeks based on the locale, i.e. use the locale-dependent start of the week; only the locale of this DateTime is used
       * @example DateTime.now().hasSame(otherDT, 'day'); //~> true if otherDT is in the same current calendar day
       * @return {boolean}
       */
      hasSame(otherDateTime, unit, opts) {
        if (!this.isValid) return false;
        const inputMs = otherDateTime.valueOf();
        const adjustedToZone = this.setZone(otherDateTime.zone, {
          keepLocalTime: true
        });
        return adjustedToZone.startOf(unit, opts) <= inputMs && inputMs <= adjustedToZone.endOf(unit, opts);
      }
      /**
       * Equality check
       * Two DateTimes are equal if and only if they represent the same millisecond, have the same zone and location, and are both valid.
       * To compare just the millisecond values, use `+dt1 === +dt2`.
       * @param {DateTime} other - the other DateTime
       * @return {boolean}
       */
      equals(other) {
        return this.isValid && other.isValid && this.valueOf() === other.valueOf() && this.zone.equals(other.zone) && this.loc.equals(other.loc);
      }
      /**
       * Returns a string representation of a this time relative to now, such as "in two days". Can only internationalize if your
       * platform supports Intl.RelativeTimeFormat. Rounds towards zero by default.
       * @param {Object} options - options that affect the output
       * @param {DateTime} [options.base=DateTime.now()] - the DateTime to use as the basis to which this time is compared. Defaults to now.
       * @param {string} [options.style="long"] - the style of units, must be "long", "short", or "narrow"
       * @param {string|string[]} options.unit - use a specific unit or array of units; if omitted, or an array, the method will pick the best unit. Use an array or one of "years", "quarters", "months", "weeks", "days", "hours", "minutes", or "seconds"
       * @param {boolean} [options.round=true] - whether to round the numbers in the output.
       * @param {string} [options.rounding="trunc"] - rounding method to use when rounding the numbers in the output. Can be "trunc" (toward zero), "expand" (away from zero), "round", "floor", or "ceil".
       * @param {number} [options.padding=0] - padding in milliseconds. This allows you to round up the result if it fits inside the threshold. Don't use in combination with {round: false} because the decimal output will include the padding.
       * @param {string} options.locale - override the locale of this DateTime
       * @param {string} options.numberingSystem - override the numberingSystem of this DateTime. The Intl system may choose not to honor this
       * @example DateTime.now().plus({ days: 1 }).toRelative() //=> "in 1 day"
       * @example DateTime.now().setLocale("es").toRelative({ days: 1 }) //=> "dentro de 1 día"
       * @example DateTime.now().plus({ days: 1 }).toRelative({ locale: "fr" }) //=> "dans 23 heures"
       * @example DateTime.now().minus({ days: 2 }).toRelative() //=> "2 days ago"
       * @example DateTime.now().minus({ days: 2 }).toRelative({ unit: "hours" }) //=> "48 hours ago"
       * @example DateTime.now().minus({ hours: 36 }).toRelative({ round: false }) //=> "1.5 days ago"
       */
      toRelative(options = {}) {
        if (!this.isValid) return null;
        const base = options.base || _DateTime.fromObject({}, {
          zone: this.zone
        }), padding = options.padding ? this < base ? -options.padding : options.padding : 0;
        let units = ["years", "months", "days", "hours", "minutes", "seconds"];
        let unit = options.unit;
        if (Array.isArray(options.unit)) {
          units = options.unit;
          unit = void 0;
        }
        return diffRelative(base, this.plus(padding), {
          ...options,
          numeric: "always",
          units,
          unit
        });
      }
      /**
       * Returns a string representation of this date relative to today, such as "yesterday" or "next month".
       * Only internationalizes on platforms that supports Intl.RelativeTimeFormat.
       * @param {Object} options - options that affect the output
       * @param {DateTime} [options.base=DateTime.now()] - the DateTime to use as the basis to which this time is compared. Defaults to now.
       * @param {string} options.locale - override the locale of this DateTime
       * @param {string} options.unit - use a specific unit; if omitted, the method will pick the unit. Use one of "years", "quarters", "months", "weeks", or "days"
       * @param {string} options.numberingSystem - override the numberingSystem of this DateTime. The Intl system may choose not to honor this
       * @example DateTime.now().plus({ days: 1 }).toRelativeCalendar() //=> "tomorrow"
       * @example DateTime.now().setLocale("es").plus({ days: 1 }).toRelative() //=> ""mañana"
       * @example DateTime.now().plus({ days: 1 }).toRelativeCalendar({ locale: "fr" }) //=> "demain"
       * @example DateTime.now().minus({ days: 2 }).toRelativeCalendar() //=> "2 days ago"
       */
      toRelativeCalendar(options = {}) {
        if (!this.isValid) return null;
        return diffRelative(options.base || _DateTime.fromObject({}, {
          zone: this.zone
        }), this, {
          ...options,
          numeric: "auto",
          units: ["years", "months", "days"],
          calendary: true
        });
      }
      /**
       * Return the min of several date times
       * @param {...DateTime} dateTimes - the DateTimes from which to choose the minimum
       * @return {DateTime} the min DateTime, or undefined if called with no argument
       */
      static min(...dateTimes) {
        if (!dateTimes.every(_DateTime.isDateTime)) {
          throw new InvalidArgumentError("min requires all arguments be DateTimes");
        }
        return bestBy(dateTimes, (i) => i.valueOf(), Math.min);
      }
      /**
       * Return the max of several date times
       * @param {...DateTime} dateTimes - the DateTimes from which to choose the maximum
       * @return {DateTime} the max DateTime, or undefined if called with no argument
       */
      static max(...dateTimes) {
        if (!dateTimes.every(_DateTime.isDateTime)) {
          throw new InvalidArgumentError("max requires all arguments be DateTimes");
        }
        return bestBy(dateTimes, (i) => i.valueOf(), Math.max);
      }
      // MISC
      /**
       * Explain how a string would be parsed by fromFormat()
       * @param {string} text - the string to parse
       * @param {string} fmt - the format the string is expected to be in (see description)
       * @param {Object} options - options taken by fromFormat()
       * @return {Object}
       */
      static fromFormatExplain(text, fmt, options = {}) {
        const {
          locale = null,
          numberingSystem = null
        } = options, localeToUse = Locale.fromOpts({
          locale,
          numberingSystem,
          defaultToEN: true
        });
        return explainFromTokens(localeToUse, text, fmt);
      }
      /**
       * @deprecated use fromFormatExplain instead
       */
      static fromStringExplain(text, fmt, options = {}) {
        return _DateTime.fromFormatExplain(text, fmt, options);
      }
      /**
       * Build a parser for `fmt` using the given locale. This parser can be passed
       * to {@link DateTime.fromFormatParser} to a parse a date in this format. This
       * can be used to optimize cases where many dates need to be parsed in a
       * specific format.
       *
       * @param {String} fmt - the format the string is expected to be in (see
       * description)
       * @param {Object} options - options used to set locale and numberingSystem
       * for parser
       * @returns {TokenParser} - opaque object to be used
       */
      static buildFormatParser(fmt, options = {}) {
        const {
          locale = null,
          numberingSystem = null
        } = options, localeToUse = Locale.fromOpts({
          locale,
          numberingSystem,
          defaultToEN: true
        });
        return new TokenParser(localeToUse, fmt);
      }
      /**
       * Create a DateTime from an input string and format parser.
       *
       * The format parser must have been created with the same locale as this call.
       *
       * @param {String} text - the string to parse
       * @param {TokenParser} formatParser - parser from {@link DateTime.buildFormatParser}
       * @param {Object} opts - options taken by fromFormat()
       * @returns {DateTime}
       */
      static fromFormatParser(text, formatParser, opts = {}) {
        if (isUndefined(text) || isUndefined(formatParser)) {
          throw new InvalidArgumentError("fromFormatParser requires an input string and a format parser");
        }
        const {
          locale = null,
          numberingSystem = null
        } = opts, localeToUse = Locale.fromOpts({
          locale,
          numberingSystem,
          defaultToEN: true
        });
        if (!localeToUse.equals(formatParser.locale)) {
          throw new InvalidArgumentError(`fromFormatParser called with a locale of ${localeToUse}, but the format parser was created for ${formatParser.locale}`);
        }
        const {
          result,
          zone,
          specificOffset,
          invalidReason
        } = formatParser.explainFromTokens(text);
        if (invalidReason) {
          return _DateTime.invalid(invalidReason);
        } else {
          return parseDataToDateTime(result, zone, opts, `format ${formatParser.format}`, text, specificOffset);
        }
      }
      // FORMAT PRESETS
      /**
       * {@link DateTime#toLocaleString} format like 10/14/1983
       * @type {Object}
       */
      static get DATE_SHORT() {
        return DATE_SHORT;
      }
      /**
       * {@link DateTime#toLocaleString} format like 'Oct 14, 1983'
       * @type {Object}
       */
      static get DATE_MED() {
        return DATE_MED;
      }
      /**
       * {@link DateTime#toLocaleString} format like 'Fri, Oct 14, 1983'
       * @type {Object}
       */
      static get DATE_MED_WITH_WEEKDAY() {
        return DATE_MED_WITH_WEEKDAY;
      }
      /**
       * {@link DateTime#toLocaleString} format like 'October 14, 1983'
       * @type {Object}
       */
      static get DATE_FULL() {
        return DATE_FULL;
      }
      /**
       * {@link DateTime#toLocaleString} format like 'Tuesday, October 14, 1983'
       * @type {Object}
       */
      static get DATE_HUGE() {
        return DATE_HUGE;
      }
      /**
       * {@link DateTime#toLocaleString} format like '09:30 AM'. Only 12-hour if the locale is.
       * @type {Object}
       */
      static get TIME_SIMPLE() {
        return TIME_SIMPLE;
      }
      /**
       * {@link DateTime#toLocaleString} format like '09:30:23 AM'. Only 12-hour if the locale is.
       * @type {Object}
       */
      static get TIME_WITH_SECONDS() {
        return TIME_WITH_SECONDS;
      }
      /**
       * {@link DateTime#toLocaleString} format like '09:30:23 AM EDT'. Only 12-hour if the locale is.
       * @type {Object}
       */
      static get TIME_WITH_SHORT_OFFSET() {
        return TIME_WITH_SHORT_OFFSET;
      }
      /**
       * {@link DateTime#toLocaleString} format like '09:30:23 AM Eastern Daylight Time'. Only 12-hour if the locale is.
       * @type {Object}
       */
      static get TIME_WITH_LONG_OFFSET() {
        return TIME_WITH_LONG_OFFSET;
      }
      /**
       * {@link DateTime#toLocaleString} format like '09:30', always 24-hour.
       * @type {Object}
       */
      static get TIME_24_SIMPLE() {
        return TIME_24_SIMPLE;
      }
      /**
       * {@link DateTime#toLocaleString} format like '09:30:23', always 24-hour.
       * @type {Object}
       */
      static get TIME_24_WITH_SECONDS() {
        return TIME_24_WITH_SECONDS;
      }
      /**
       * {@link DateTime#toLocaleString} format like '09:30:23 EDT', always 24-hour.
       * @type {Object}
       */
      static get TIME_24_WITH_SHORT_OFFSET() {
        return TIME_24_WITH_SHORT_OFFSET;
      }
      /**
       * {@link DateTime#toLocaleString} format like '09:30:23 Eastern Daylight Time', always 24-hour.
       * @type {Object}
       */
      static get TIME_24_WITH_LONG_OFFSET() {
        return TIME_24_WITH_LONG_OFFSET;
      }
      /**
       * {@link DateTime#toLocaleString} format like '10/14/1983, 9:30 AM'. Only 12-hour if the locale is.
       * @type {Object}
       */
      static get DATETIME_SHORT() {
        return DATETIME_SHORT;
      }
      /**
       * {@link DateTime#toLocaleString} format like '10/14/1983, 9:30:33 AM'. Only 12-hour if the locale is.
       * @type {Object}
       */
      static get DATETIME_SHORT_WITH_SECONDS() {
        return DATETIME_SHORT_WITH_SECONDS;
      }
      /**
       * {@link DateTime#toLocaleString} format like 'Oct 14, 1983, 9:30 AM'. Only 12-hour if the locale is.
       * @type {Object}
       */
      static get DATETIME_MED() {
        return DATETIME_MED;
      }
      /**
       * {@link DateTime#toLocaleString} format like 'Oct 14, 1983, 9:30:33 AM'. Only 12-hour if the locale is.
       * @type {Object}
       */
      static get DATETIME_MED_WITH_SECONDS() {
        return DATETIME_MED_WITH_SECONDS;
      }
      /**
       * {@link DateTime#toLocaleString} format like 'Fri, 14 Oct 1983, 9:30 AM'. Only 12-hour if the locale is.
       * @type {Object}
       */
      static get DATETIME_MED_WITH_WEEKDAY() {
        return DATETIME_MED_WITH_WEEKDAY;
      }
      /**
       * {@link DateTime#toLocaleString} format like 'October 14, 1983, 9:30 AM EDT'. Only 12-hour if the locale is.
       * @type {Object}
       */
      static get DATETIME_FULL() {
        return DATETIME_FULL;
      }
      /**
       * {@link DateTime#toLocaleString} format like 'October 14, 1983, 9:30:33 AM EDT'. Only 12-hour if the locale is.
       * @type {Object}
       */
      static get DATETIME_FULL_WITH_SECONDS() {
        return DATETIME_FULL_WITH_SECONDS;
      }
      /**
       * {@link DateTime#toLocaleString} format like 'Friday, October 14, 1983, 9:30 AM Eastern Daylight Time'. Only 12-hour if the locale is.
       * @type {Object}
       */
      static get DATETIME_HUGE() {
        return DATETIME_HUGE;
      }
      /**
       * {@link DateTime#toLocaleString} format like 'Friday, October 14, 1983, 9:30:33 AM Eastern Daylight Time'. Only 12-hour if the locale is.
       * @type {Object}
       */
      static get DATETIME_HUGE_WITH_SECONDS() {
        return DATETIME_HUGE_WITH_SECONDS;
      }
    };
    function friendlyDateTime(dateTimeish) {
      if (DateTime.isDateTime(dateTimeish)) {
        return dateTimeish;
      } else if (dateTimeish && dateTimeish.valueOf && isNumber(dateTimeish.valueOf())) {
        return DateTime.fromJSDate(dateTimeish);
      } else if (dateTimeish && typeof dateTimeish === "object") {
        return DateTime.fromObject(dateTimeish);
      } else {
        throw new InvalidArgumentError(`Unknown datetime argument: ${dateTimeish}, of type ${typeof dateTimeish}`);
      }
    }
    var VERSION = "3.7.2";
    exports.DateTime = DateTime;
    exports.Duration = Duration;
    exports.FixedOffsetZone = FixedOffsetZone;
    exports.IANAZone = IANAZone;
    exports.Info = Info;
    exports.Interval = Interval;
    exports.InvalidZone = InvalidZone;
    exports.Settings = Settings;
    exports.SystemZone = SystemZone;
    exports.VERSION = VERSION;
    exports.Zone = Zone;
  }
});

// node_modules/cron-parser/dist/CronDate.js
var require_CronDate = __commonJS({
  "node_modules/cron-parser/dist/CronDate.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CronDate = exports.DAYS_IN_MONTH = exports.DateMathOp = exports.TimeUnit = void 0;
    var luxon_1 = require_luxon();
    var TimeUnit;
    (function(TimeUnit2) {
      TimeUnit2["Second"] = "Second";
      TimeUnit2["Minute"] = "Minute";
      TimeUnit2["Hour"] = "Hour";
      TimeUnit2["Day"] = "Day";
      TimeUnit2["Month"] = "Month";
      TimeUnit2["Year"] = "Year";
    })(TimeUnit || (exports.TimeUnit = TimeUnit = {}));
    var DateMathOp;
    (function(DateMathOp2) {
      DateMathOp2["Add"] = "Add";
      DateMathOp2["Subtract"] = "Subtract";
    })(DateMathOp || (exports.DateMathOp = DateMathOp = {}));
    exports.DAYS_IN_MONTH = Object.freeze([31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    var CronDate = class _CronDate {
      #date;
      #dstStart = null;
      #dstStartLandingHour = null;
      #dstEnd = null;
      /**
       * Constructs a new CronDate instance.
       * @param {CronDate | Date | number | string} [timestamp] - The timestamp to initialize the CronDate with.
       * @param {string} [tz] - The timezone to use for the CronDate.
       */
      constructor(timestamp, tz) {
        const dateOpts = { zone: tz };
        if (!timestamp && timestamp !== 0) {
          this.#date = luxon_1.DateTime.local();
        } else if (timestamp instanceof _CronDate) {
          this.#date = timestamp.#date;
          this.#dstStart = timestamp.#dstStart;
          this.#dstStartLandingHour = timestamp.#dstStartLandingHour;
          this.#dstEnd = timestamp.#dstEnd;
        } else if (timestamp instanceof Date) {
          this.#date = luxon_1.DateTime.fromJSDate(timestamp, dateOpts);
        } else if (typeof timestamp === "number") {
          this.#date = luxon_1.DateTime.fromMillis(timestamp, dateOpts);
        } else {
          this.#date = luxon_1.DateTime.fromISO(timestamp, dateOpts);
          this.#date.isValid || (this.#date = luxon_1.DateTime.fromRFC2822(timestamp, dateOpts));
          this.#date.isValid || (this.#date = luxon_1.DateTime.fromSQL(timestamp, dateOpts));
          this.#date.isValid || (this.#date = luxon_1.DateTime.fromFormat(timestamp, "EEE, d MMM yyyy HH:mm:ss", dateOpts));
          this.#date.isValid || (this.#date = luxon_1.DateTime.fromHTTP(timestamp, dateOpts));
        }
        if (!this.#date.isValid) {
          throw new Error(`CronDate: unhandled timestamp: ${timestamp}`);
        }
        if (tz && tz !== this.#date.zoneName) {
          this.#date = this.#date.setZone(tz);
        }
      }
      /**
       * Determines if the given year is a leap year.
       * @param {number} year - The year to check
       * @returns {boolean} - True if the year is a leap year, false otherwise
       * @private
       */
      static #isLeapYear(year) {
        return year % 4 === 0 && year % 100 !== 0 || year % 400 === 0;
      }
      /**
       * Returns daylight savings start time.
       * @returns {number | null}
       */
      get dstStart() {
        return this.#dstStart;
      }
      /**
       * Returns the first existing hour after the skipped window, or null.
       * @returns {number | null}
       */
      get dstStartLandingHour() {
        return this.#dstStartLandingHour;
      }
      /**
       * Discards the recorded daylight savings start window. The two halves are
       * only meaningful together, so neither is writable on its own.
       */
      clearDstStart() {
        this.#dstStart = null;
        this.#dstStartLandingHour = null;
      }
      /**
       * Returns daylight savings end time.
       * @returns {number | null}
       */
      get dstEnd() {
        return this.#dstEnd;
      }
      /**
       * Sets daylight savings end time.
       * @param {number | null} value
       */
      set dstEnd(value) {
        this.#dstEnd = value;
      }
      /**
       * Adds one year to the current CronDate.
       */
      addYear() {
        this.#date = this.#date.plus({ years: 1 });
      }
      /**
       * Adds one month to the current CronDate.
       */
      addMonth() {
        this.#date = this.#date.plus({ months: 1 }).startOf("month");
      }
      /**
       * Adds one day to the current CronDate.
       */
      addDay() {
        this.#date = this.#date.plus({ days: 1 }).startOf("day");
      }
      /**
       * Adds one hour to the current CronDate.
       */
      addHour() {
        this.#date = this.#date.plus({ hours: 1 }).startOf("hour");
      }
      /**
       * Adds one minute to the current CronDate.
       */
      addMinute() {
        this.#date = this.#date.plus({ minutes: 1 }).startOf("minute");
      }
      /**
       * Adds one second to the current CronDate.
       */
      addSecond() {
        this.#date = this.#date.plus({ seconds: 1 });
      }
      /**
       * Subtracts one year from the current CronDate.
       */
      subtractYear() {
        this.#date = this.#date.minus({ years: 1 });
      }
      /**
       * Subtracts one month from the current CronDate.
       * If the month is 1, it will subtract one year instead.
       */
      subtractMonth() {
        this.#date = this.#date.minus({ months: 1 }).endOf("month").startOf("second");
      }
      /**
       * Subtracts one day from the current CronDate.
       * If the day is 1, it will subtract one month instead.
       */
      subtractDay() {
        this.#date = this.#date.minus({ days: 1 }).endOf("day").startOf("second");
      }
      /**
       * Subtracts one hour from the current CronDate.
       * If the hour is 0, it will subtract one day instead.
       */
      subtractHour() {
        this.#date = this.#date.minus({ hours: 1 }).endOf("hour").startOf("second");
      }
      /**
       * Subtracts one minute from the current CronDate.
       * If the minute is 0, it will subtract one hour instead.
       */
      subtractMinute() {
        this.#date = this.#date.minus({ minutes: 1 }).endOf("minute").startOf("second");
      }
      /**
       * Subtracts one second from the current CronDate.
       * If the second is 0, it will subtract one minute instead.
       */
      subtractSecond() {
        this.#date = this.#date.minus({ seconds: 1 });
      }
      /**
       * Adds a unit of time to the current CronDate.
       * @param {TimeUnit} unit
       */
      addUnit(unit) {
        switch (unit) {
          case TimeUnit.Year:
            return this.addYear();
          case TimeUnit.Month:
            return this.addMonth();
          case TimeUnit.Day:
            return this.addDay();
          case TimeUnit.Hour:
            return this.addHour();
          case TimeUnit.Minute:
            return this.addMinute();
          case TimeUnit.Second:
            return this.addSecond();
        }
      }
      /**
       * Subtracts a unit of time from the current CronDate.
       * @param {TimeUnit} unit
       */
      subtractUnit(unit) {
        switch (unit) {
          case TimeUnit.Year:
            return this.subtractYear();
          case TimeUnit.Month:
            return this.subtractMonth();
          case TimeUnit.Day:
            return this.subtractDay();
          case TimeUnit.Hour:
            return this.subtractHour();
          case TimeUnit.Minute:
            return this.subtractMinute();
          case TimeUnit.Second:
            return this.subtractSecond();
        }
      }
      /**
       * Handles a math operation.
       * @param {DateMathOp} verb - {'add' | 'subtract'}
       * @param {TimeUnit} unit - {'year' | 'month' | 'day' | 'hour' | 'minute' | 'second'}
       */
      invokeDateOperation(verb, unit) {
        if (verb === DateMathOp.Add) {
          this.addUnit(unit);
          return;
        }
        if (verb === DateMathOp.Subtract) {
          this.subtractUnit(unit);
          return;
        }
        throw new Error(`Invalid verb: ${verb}`);
      }
      /**
       * Returns the day.
       * @returns {number}
       */
      getDate() {
        return this.#date.day;
      }
      /**
       * Returns the year.
       * @returns {number}
       */
      getFullYear() {
        return this.#date.year;
      }
      /**
       * Returns the day of the week.
       * @returns {number}
       */
      getDay() {
        const weekday = this.#date.weekday;
        return weekday === 7 ? 0 : weekday;
      }
      /**
       * Returns the month.
       * @returns {number}
       */
      getMonth() {
        return this.#date.month - 1;
      }
      /**
       * Returns the hour.
       * @returns {number}
       */
      getHours() {
        return this.#date.hour;
      }
      /**
       * Returns the minutes.
       * @returns {number}
       */
      getMinutes() {
        return this.#date.minute;
      }
      /**
       * Returns the seconds.
       * @returns {number}
       */
      getSeconds() {
        return this.#date.second;
      }
      /**
       * Returns the milliseconds.
       * @returns {number}
       */
      getMilliseconds() {
        return this.#date.millisecond;
      }
      /**
       * Returns the timezone offset from UTC in minutes (e.g. UTC+2 => 120).
       * Useful for detecting DST transition days.
       *
       * @returns {number} UTC offset in minutes
       */
      getUTCOffset() {
        return this.#date.offset;
      }
      /**
       * Sets the time to the start of the day (00:00:00.000) in the current timezone.
       */
      setStartOfDay() {
        this.#date = this.#date.startOf("day");
      }
      /**
       * Sets the time to the end of the day (23:59:59.999) in the current timezone.
       */
      setEndOfDay() {
        this.#date = this.#date.endOf("day");
      }
      /**
       * Returns the time.
       * @returns {number}
       */
      getTime() {
        return this.#date.valueOf();
      }
      /**
       * Returns the UTC day.
       * @returns {number}
       */
      getUTCDate() {
        return this.#getUTC().day;
      }
      /**
       * Returns the UTC year.
       * @returns {number}
       */
      getUTCFullYear() {
        return this.#getUTC().year;
      }
      /**
       * Returns the UTC day of the week.
       * @returns {number}
       */
      getUTCDay() {
        const weekday = this.#getUTC().weekday;
        return weekday === 7 ? 0 : weekday;
      }
      /**
       * Returns the UTC month.
       * @returns {number}
       */
      getUTCMonth() {
        return this.#getUTC().month - 1;
      }
      /**
       * Returns the UTC hour.
       * @returns {number}
       */
      getUTCHours() {
        return this.#getUTC().hour;
      }
      /**
       * Returns the UTC minutes.
       * @returns {number}
       */
      getUTCMinutes() {
        return this.#getUTC().minute;
      }
      /**
       * Returns the UTC seconds.
       * @returns {number}
       */
      getUTCSeconds() {
        return this.#getUTC().second;
      }
      /**
       * Returns the UTC milliseconds.
       * @returns {string | null}
       */
      toISOString() {
        return this.#date.toUTC().toISO();
      }
      /**
       * Returns the date as a JSON string.
       * @returns {string | null}
       */
      toJSON() {
        return this.#date.toJSON();
      }
      /**
       * Sets a date unit, skipping the luxon `set` call when the value does not change.
       */
      #set(unit, value) {
        if (this.#date[unit] !== value) {
          this.#date = this.#date.set({ [unit]: value });
        }
      }
      /**
       * Sets the day.
       * @param d
       */
      setDate(d) {
        this.#set("day", d);
      }
      /**
       * Sets the year.
       * @param y
       */
      setFullYear(y) {
        this.#set("year", y);
      }
      /**
       * Sets the day of the week.
       * @param d
       */
      setDay(d) {
        this.#set("weekday", d);
      }
      /**
       * Sets the month.
       * @param m
       */
      setMonth(m) {
        this.#set("month", m + 1);
      }
      /**
       * Sets the hour.
       * @param h
       */
      setHours(h) {
        this.#set("hour", h);
      }
      /**
       * Sets the minutes.
       * @param m
       */
      setMinutes(m) {
        this.#set("minute", m);
      }
      /**
       * Sets the seconds.
       * @param s
       */
      setSeconds(s) {
        this.#set("second", s);
      }
      /**
       * Sets the milliseconds.
       * @param s
       */
      setMilliseconds(s) {
        this.#set("millisecond", s);
      }
      /**
       * Returns the date as a string.
       * @returns {string}
       */
      toString() {
        return this.toDate().toString();
      }
      /**
       * Returns the date as a Date object.
       * @returns {Date}
       */
      toDate() {
        return this.#date.toJSDate();
      }
      /**
       * Returns true if the day is the last day of the month.
       * @returns {boolean}
       */
      isLastDayOfMonth() {
        const { day, month } = this.#date;
        if (month === 2) {
          const isLeap = _CronDate.#isLeapYear(this.#date.year);
          return day === exports.DAYS_IN_MONTH[month - 1] - (isLeap ? 0 : 1);
        }
        return day === exports.DAYS_IN_MONTH[month - 1];
      }
      /**
       * Returns true if the day is the last weekday of the month.
       * @returns {boolean}
       */
      isLastWeekdayOfMonth() {
        const { day, month } = this.#date;
        let lastDay;
        if (month === 2) {
          lastDay = exports.DAYS_IN_MONTH[month - 1] - (_CronDate.#isLeapYear(this.#date.year) ? 0 : 1);
        } else {
          lastDay = exports.DAYS_IN_MONTH[month - 1];
        }
        return day > lastDay - 7;
      }
      /**
       * Primarily for internal use.
       * @param {DateMathOp} op - The operation to perform.
       * @param {TimeUnit} unit - The unit of time to use.
       * @param {number} [hoursLength] - The length of the hours. Used to skip the DST handling when every hour is scheduled.
       */
      applyDateOperation(op, unit, hoursLength) {
        if (unit === TimeUnit.Month || unit === TimeUnit.Day) {
          this.invokeDateOperation(op, unit);
          this.clearDstStart();
          if (op === DateMathOp.Add && hoursLength !== 24 && this.getHours() > 0) {
            this.#dstStart = 0;
            this.#dstStartLandingHour = this.getHours();
          }
          return;
        }
        const previousHour = this.getHours();
        const previousOffset = this.getUTCOffset();
        this.invokeDateOperation(op, unit);
        const currentHour = this.getHours();
        const advance = (currentHour - previousHour + 24) % 24;
        if (op === DateMathOp.Add && this.getUTCOffset() > previousOffset && advance >= 2) {
          if (hoursLength !== 24) {
            this.#dstStart = (previousHour + 1) % 24;
            this.#dstStartLandingHour = currentHour;
          }
        } else if (advance === 0 && this.getMinutes() === 0 && this.getSeconds() === 0) {
          if (hoursLength !== 24) {
            this.dstEnd = currentHour;
          }
        }
      }
      /**
       * Returns the UTC date.
       * @private
       * @returns {DateTime}
       */
      #getUTC() {
        return this.#date.toUTC();
      }
    };
    exports.CronDate = CronDate;
    exports.default = CronDate;
  }
});

// node_modules/cron-parser/dist/fields/CronMonth.js
var require_CronMonth = __commonJS({
  "node_modules/cron-parser/dist/fields/CronMonth.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CronMonth = void 0;
    var CronDate_1 = require_CronDate();
    var CronField_1 = require_CronField();
    var MIN_MONTH = 1;
    var MAX_MONTH = 12;
    var MONTH_CHARS = Object.freeze([]);
    var CronMonth = class extends CronField_1.CronField {
      static get min() {
        return MIN_MONTH;
      }
      static get max() {
        return MAX_MONTH;
      }
      static get chars() {
        return MONTH_CHARS;
      }
      static get daysInMonth() {
        return CronDate_1.DAYS_IN_MONTH;
      }
      /**
       * CronDayOfMonth constructor. Initializes the "day of the month" field with the provided values.
       * @param {MonthRange[]} values - Values for the "day of the month" field
       * @param {CronFieldOptions} [options] - Options provided by the parser
       */
      constructor(values, options) {
        super(values, options);
        this.validate();
      }
      /**
       * Returns an array of allowed values for the "day of the month" field.
       * @returns {MonthRange[]}
       */
      get values() {
        return super.values;
      }
    };
    exports.CronMonth = CronMonth;
  }
});

// node_modules/cron-parser/dist/fields/CronDayOfMonth.js
var require_CronDayOfMonth = __commonJS({
  "node_modules/cron-parser/dist/fields/CronDayOfMonth.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CronDayOfMonth = void 0;
    var CronField_1 = require_CronField();
    var CronMonth_1 = require_CronMonth();
    var MIN_DAY = 1;
    var MAX_DAY = 31;
    var DAY_CHARS = Object.freeze(["L"]);
    var CronDayOfMonth = class _CronDayOfMonth extends CronField_1.CronField {
      /**
       * Creates a "day of the month" field limited to the days the given month has.
       * @param {MonthRange[]} month - Values for the "month" field the days are used with
       * @param {DayOfMonthRange[]} values - Values for the "day of the month" field
       * @param {CronFieldOptions} [options] - Options provided by the parser
       * @returns {CronDayOfMonth}
       */
      static fromMonth(month, values, options) {
        if (month.length !== 1) {
          return new _CronDayOfMonth(values, options);
        }
        const daysInMonth = CronMonth_1.CronMonth.daysInMonth[month[0] - 1];
        const days = values.filter((value) => typeof value !== "number" || value <= daysInMonth);
        return new _CronDayOfMonth(days.length > 0 ? days : values, options);
      }
      static get min() {
        return MIN_DAY;
      }
      static get max() {
        return MAX_DAY;
      }
      static get chars() {
        return DAY_CHARS;
      }
      static get validChars() {
        return /^(?:[?,*\dLH/-]|H\(\d+-\d+\))+$/;
      }
      /**
       * CronDayOfMonth constructor. Initializes the "day of the month" field with the provided values.
       * @param {DayOfMonthRange[]} values - Values for the "day of the month" field
       * @param {CronFieldOptions} [options] - Options provided by the parser
       * @throws {Error} if validation fails
       */
      constructor(values, options) {
        super(values, options);
        this.validate();
      }
      /**
       * Returns an array of allowed values for the "day of the month" field.
       * @returns {DayOfMonthRange[]}
       */
      get values() {
        return super.values;
      }
    };
    exports.CronDayOfMonth = CronDayOfMonth;
  }
});

// node_modules/cron-parser/dist/fields/CronDayOfWeek.js
var require_CronDayOfWeek = __commonJS({
  "node_modules/cron-parser/dist/fields/CronDayOfWeek.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CronDayOfWeek = void 0;
    var CronField_1 = require_CronField();
    var MIN_DAY = 0;
    var MAX_DAY = 7;
    var DAY_CHARS = Object.freeze(["L"]);
    var CronDayOfWeek = class extends CronField_1.CronField {
      static get min() {
        return MIN_DAY;
      }
      static get max() {
        return MAX_DAY;
      }
      static get chars() {
        return DAY_CHARS;
      }
      static isValidChar(value) {
        return /^[0-7]?L$/.test(value);
      }
      static get validChars() {
        return /^(?:[?,*\dLH#/-]|H\(\d+-\d+\))+$/;
      }
      /**
       * CronDayOfTheWeek constructor. Initializes the "day of the week" field with the provided values.
       * @param {DayOfWeekRange[]} values - Values for the "day of the week" field
       * @param {CronFieldOptions} [options] - Options provided by the parser
       */
      constructor(values, options) {
        super(values, options);
        this.validate();
        if (this.values.some((value) => value === "L")) {
          throw new Error(`${this.constructor.name} Validation error, unexpected standalone L`);
        }
      }
      /**
       * Returns an array of allowed values for the "day of the week" field.
       * @returns {DayOfWeekRange[]}
       */
      get values() {
        return super.values;
      }
      /**
       * Returns the nth day of the week if specified in the cron expression.
       * This is used for the '#' character in the cron expression.
       * @returns {number} The nth day of the week (1-5) or 0 if not specified.
       */
      get nthDay() {
        return this.options.nthDayOfWeek ?? 0;
      }
    };
    exports.CronDayOfWeek = CronDayOfWeek;
  }
});

// node_modules/cron-parser/dist/fields/CronHour.js
var require_CronHour = __commonJS({
  "node_modules/cron-parser/dist/fields/CronHour.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CronHour = void 0;
    var CronField_1 = require_CronField();
    var MIN_HOUR = 0;
    var MAX_HOUR = 23;
    var HOUR_CHARS = Object.freeze([]);
    var CronHour = class extends CronField_1.CronField {
      static get min() {
        return MIN_HOUR;
      }
      static get max() {
        return MAX_HOUR;
      }
      static get chars() {
        return HOUR_CHARS;
      }
      /**
       * CronHour constructor. Initializes the "hour" field with the provided values.
       * @param {HourRange[]} values - Values for the "hour" field
       * @param {CronFieldOptions} [options] - Options provided by the parser
       */
      constructor(values, options) {
        super(values, options);
        this.validate();
      }
      /**
       * Returns an array of allowed values for the "hour" field.
       * @returns {HourRange[]}
       */
      get values() {
        return super.values;
      }
    };
    exports.CronHour = CronHour;
  }
});

// node_modules/cron-parser/dist/fields/CronMinute.js
var require_CronMinute = __commonJS({
  "node_modules/cron-parser/dist/fields/CronMinute.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CronMinute = void 0;
    var CronField_1 = require_CronField();
    var MIN_MINUTE = 0;
    var MAX_MINUTE = 59;
    var MINUTE_CHARS = Object.freeze([]);
    var CronMinute = class extends CronField_1.CronField {
      static get min() {
        return MIN_MINUTE;
      }
      static get max() {
        return MAX_MINUTE;
      }
      static get chars() {
        return MINUTE_CHARS;
      }
      /**
       * CronSecond constructor. Initializes the "second" field with the provided values.
       * @param {SixtyRange[]} values - Values for the "second" field
       * @param {CronFieldOptions} [options] - Options provided by the parser
       */
      constructor(values, options) {
        super(values, options);
        this.validate();
      }
      /**
       * Returns an array of allowed values for the "second" field.
       * @returns {SixtyRange[]}
       */
      get values() {
        return super.values;
      }
    };
    exports.CronMinute = CronMinute;
  }
});

// node_modules/cron-parser/dist/fields/CronSecond.js
var require_CronSecond = __commonJS({
  "node_modules/cron-parser/dist/fields/CronSecond.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CronSecond = void 0;
    var CronField_1 = require_CronField();
    var MIN_SECOND = 0;
    var MAX_SECOND = 59;
    var SECOND_CHARS = Object.freeze([]);
    var CronSecond = class extends CronField_1.CronField {
      static get min() {
        return MIN_SECOND;
      }
      static get max() {
        return MAX_SECOND;
      }
      static get chars() {
        return SECOND_CHARS;
      }
      /**
       * CronSecond constructor. Initializes the "second" field with the provided values.
       * @param {SixtyRange[]} values - Values for the "second" field
       * @param {CronFieldOptions} [options] - Options provided by the parser
       */
      constructor(values, options) {
        super(values, options);
        this.validate();
      }
      /**
       * Returns an array of allowed values for the "second" field.
       * @returns {SixtyRange[]}
       */
      get values() {
        return super.values;
      }
    };
    exports.CronSecond = CronSecond;
  }
});

// node_modules/cron-parser/dist/fields/index.js
var require_fields = __commonJS({
  "node_modules/cron-parser/dist/fields/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p)) __createBinding(exports2, m, p);
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    __exportStar(require_types(), exports);
    __exportStar(require_CronDayOfMonth(), exports);
    __exportStar(require_CronDayOfWeek(), exports);
    __exportStar(require_CronField(), exports);
    __exportStar(require_CronHour(), exports);
    __exportStar(require_CronMinute(), exports);
    __exportStar(require_CronMonth(), exports);
    __exportStar(require_CronSecond(), exports);
  }
});

// node_modules/cron-parser/dist/CronFieldCollection.js
var require_CronFieldCollection = __commonJS({
  "node_modules/cron-parser/dist/CronFieldCollection.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CronFieldCollection = void 0;
    var fields_1 = require_fields();
    var CronFieldCollection = class _CronFieldCollection {
      #second;
      #minute;
      #hour;
      #dayOfMonth;
      #month;
      #dayOfWeek;
      /**
       * Creates a new CronFieldCollection instance by partially overriding fields from an existing one.
       * @param {CronFieldCollection} base - The base CronFieldCollection to copy fields from
       * @param {CronFieldOverride} fields - The fields to override, can be CronField instances or raw values
       * @returns {CronFieldCollection} A new CronFieldCollection instance
       * @example
       * const base = new CronFieldCollection({
       *   second: new CronSecond([0]),
       *   minute: new CronMinute([0]),
       *   hour: new CronHour([12]),
       *   dayOfMonth: new CronDayOfMonth([1]),
       *   month: new CronMonth([1]),
       *   dayOfWeek: new CronDayOfWeek([1])
       * });
       *
       * // Using CronField instances
       * const modified1 = CronFieldCollection.from(base, {
       *   hour: new CronHour([15]),
       *   minute: new CronMinute([30])
       * });
       *
       * // Using raw values
       * const modified2 = CronFieldCollection.from(base, {
       *   hour: [15],        // Will create new CronHour
       *   minute: [30]       // Will create new CronMinute
       * });
       */
      static from(base, fields) {
        return new _CronFieldCollection({
          second: this.resolveField(fields_1.CronSecond, base.second, fields.second),
          minute: this.resolveField(fields_1.CronMinute, base.minute, fields.minute),
          hour: this.resolveField(fields_1.CronHour, base.hour, fields.hour),
          dayOfMonth: this.resolveField(fields_1.CronDayOfMonth, base.dayOfMonth, fields.dayOfMonth),
          month: this.resolveField(fields_1.CronMonth, base.month, fields.month),
          dayOfWeek: this.resolveField(fields_1.CronDayOfWeek, base.dayOfWeek, fields.dayOfWeek)
        });
      }
      /**
       * Resolves a field value, either using the provided CronField instance or creating a new one from raw values.
       * @param constructor - The constructor for creating new field instances
       * @param baseField - The base field to use if no override is provided
       * @param fieldValue - The override value, either a CronField instance or raw values
       * @returns The resolved CronField instance
       * @private
       */
      static resolveField(constructor, baseField, fieldValue) {
        if (!fieldValue) {
          return baseField;
        }
        if (fieldValue instanceof fields_1.CronField) {
          return fieldValue;
        }
        return new constructor(fieldValue);
      }
      /**
       * CronFieldCollection constructor. Initializes the cron fields with the provided values.
       * @param {CronFields} param0 - The cron fields values
       * @throws {Error} if validation fails
       * @example
       * const cronFields = new CronFieldCollection({
       *   second: new CronSecond([0]),
       *   minute: new CronMinute([0, 30]),
       *   hour: new CronHour([9]),
       *   dayOfMonth: new CronDayOfMonth([15]),
       *   month: new CronMonth([1]),
       *   dayOfWeek: new CronDayOfTheWeek([1, 2, 3, 4, 5]),
       * })
       *
       * console.log(cronFields.second.values); // [0]
       * console.log(cronFields.minute.values); // [0, 30]
       * console.log(cronFields.hour.values); // [9]
       * console.log(cronFields.dayOfMonth.values); // [15]
       * console.log(cronFields.month.values); // [1]
       * console.log(cronFields.dayOfWeek.values); // [1, 2, 3, 4, 5]
       */
      constructor({ second, minute, hour, dayOfMonth, month, dayOfWeek }) {
        if (!second) {
          throw new Error("Validation error, Field second is missing");
        }
        if (!minute) {
          throw new Error("Validation error, Field minute is missing");
        }
        if (!hour) {
          throw new Error("Validation error, Field hour is missing");
        }
        if (!dayOfMonth) {
          throw new Error("Validation error, Field dayOfMonth is missing");
        }
        if (!month) {
          throw new Error("Validation error, Field month is missing");
        }
        if (!dayOfWeek) {
          throw new Error("Validation error, Field dayOfWeek is missing");
        }
        if (!dayOfMonth.hasLastChar && dayOfWeek.isWildcard) {
          const longestMonth = Math.max(...month.values.map((value) => fields_1.CronMonth.daysInMonth[value - 1]));
          if (!(parseInt(dayOfMonth.values[0], 10) <= longestMonth)) {
            throw new Error("Invalid explicit day of month definition");
          }
        }
        this.#second = second;
        this.#minute = minute;
        this.#hour = hour;
        this.#month = month;
        this.#dayOfWeek = dayOfWeek;
        this.#dayOfMonth = dayOfMonth;
      }
      /**
       * Returns the second field.
       * @returns {CronSecond}
       */
      get second() {
        return this.#second;
      }
      /**
       * Returns the minute field.
       * @returns {CronMinute}
       */
      get minute() {
        return this.#minute;
      }
      /**
       * Returns the hour field.
       * @returns {CronHour}
       */
      get hour() {
        return this.#hour;
      }
      /**
       * Returns the day of the month field.
       * @returns {CronDayOfMonth}
       */
      get dayOfMonth() {
        return this.#dayOfMonth;
      }
      /**
       * Returns the month field.
       * @returns {CronMonth}
       */
      get month() {
        return this.#month;
      }
      /**
       * Returns the day of the week field.
       * @returns {CronDayOfWeek}
       */
      get dayOfWeek() {
        return this.#dayOfWeek;
      }
      /**
       * Returns a string representation of the cron fields.
       * @param {(number | CronChars)[]} input - The cron fields values
       * @static
       * @returns {FieldRange[]} - The compacted cron fields
       */
      static compactField(input) {
        if (input.length === 0) {
          return [];
        }
        const output = [];
        let current = void 0;
        input.forEach((item, i, arr) => {
          if (current === void 0) {
            current = { start: item, count: 1 };
            return;
          }
          const prevItem = arr[i - 1] || current.start;
          const nextItem = arr[i + 1];
          if (item === "L" || item === "W") {
            output.push(current);
            output.push({ start: item, count: 1 });
            current = void 0;
            return;
          }
          if (current.step === void 0 && nextItem !== void 0) {
            const step2 = item - prevItem;
            const nextStep = nextItem - item;
            if (step2 <= nextStep) {
              current = { ...current, count: 2, end: item, step: step2 };
              return;
            }
            current.step = 1;
          }
          if (item - (current.end ?? 0) === current.step) {
            current.count++;
            current.end = item;
          } else {
            if (current.count === 1) {
              output.push({ start: current.start, count: 1 });
            } else if (current.count === 2) {
              output.push({ start: current.start, count: 1 });
              output.push({
                start: current.end ?? /* istanbul ignore next - see above */
                prevItem,
                count: 1
              });
            } else {
              output.push(current);
            }
            current = { start: item, count: 1 };
          }
        });
        if (current) {
          output.push(current);
        }
        return output;
      }
      /**
       * Handles a single range.
       * @param {CronField} field - The cron field to stringify
       * @param {FieldRange} range {start: number, end: number, step: number, count: number} The range to handle.
       * @param {number} max The maximum value for the field.
       * @returns {string | null} The stringified range or null if it cannot be stringified.
       * @private
       */
      static #handleSingleRange(field2, range, max) {
        const step2 = range.step;
        if (!step2) {
          return null;
        }
        if (step2 === 1 && range.start === field2.min && range.end && range.end >= max) {
          const isDayField = field2 instanceof fields_1.CronDayOfMonth || field2 instanceof fields_1.CronDayOfWeek;
          if (isDayField && !field2.isWildcard) {
            return null;
          }
          return field2.hasQuestionMarkChar ? "?" : "*";
        }
        if (step2 !== 1 && range.start === field2.min && range.end && range.end >= max - step2 + 1) {
          return `*/${step2}`;
        }
        return null;
      }
      /**
       * Handles multiple ranges.
       * @param {FieldRange} range {start: number, end: number, step: number, count: number} The range to handle.
       * @returns {string} The stringified range.
       * @private
       */
      static #handleMultipleRanges(range) {
        const step2 = range.step;
        if (step2 === 1) {
          return `${range.start}-${range.end}`;
        }
        const multiplier = range.start === 0 ? range.count - 1 : range.count;
        if (!step2) {
          throw new Error("Unexpected range step");
        }
        if (!range.end) {
          throw new Error("Unexpected range end");
        }
        if (step2 * multiplier > range.end) {
          const mapFn = (_, index) => {
            if (typeof range.start !== "number") {
              throw new Error("Unexpected range start");
            }
            return index % step2 === 0 ? range.start + index : null;
          };
          if (typeof range.start !== "number") {
            throw new Error("Unexpected range start");
          }
          const seed = { length: range.end - range.start + 1 };
          return Array.from(seed, mapFn).filter((value) => value !== null).join(",");
        }
        return `${range.start}-${range.end}/${step2}`;
      }
      /**
       * Returns a string representation of the cron fields.
       * @param {CronField} field - The cron field to stringify
       * @static
       * @returns {string} - The stringified cron field
       */
      stringifyField(field2) {
        let max = field2.max;
        let values = field2.values;
        if (field2 instanceof fields_1.CronDayOfWeek) {
          max = 6;
          const dayOfWeek = this.#dayOfWeek.values;
          values = dayOfWeek[dayOfWeek.length - 1] === 7 ? dayOfWeek.slice(0, -1) : dayOfWeek;
        }
        if (field2 instanceof fields_1.CronDayOfMonth) {
          max = this.#month.values.length === 1 ? fields_1.CronMonth.daysInMonth[this.#month.values[0] - 1] : field2.max;
        }
        const ranges = _CronFieldCollection.compactField(values);
        if (ranges.length === 1) {
          const singleRangeResult = _CronFieldCollection.#handleSingleRange(field2, ranges[0], max);
          if (singleRangeResult) {
            return singleRangeResult;
          }
        }
        return ranges.map((range) => {
          const value = range.count === 1 ? range.start.toString() : _CronFieldCollection.#handleMultipleRanges(range);
          if (field2 instanceof fields_1.CronDayOfWeek && field2.nthDay > 0) {
            return `${value}#${field2.nthDay}`;
          }
          return value;
        }).join(",");
      }
      /**
       * Returns a string representation of the cron field values.
       * @param {boolean} includeSeconds - Whether to include seconds in the output
       * @returns {string} The formatted cron string
       */
      stringify(includeSeconds = false) {
        const arr = [];
        if (includeSeconds) {
          arr.push(this.stringifyField(this.#second));
        }
        arr.push(
          this.stringifyField(this.#minute),
          // minute
          this.stringifyField(this.#hour),
          // hour
          this.stringifyField(this.#dayOfMonth),
          // dayOfMonth
          this.stringifyField(this.#month),
          // month
          this.stringifyField(this.#dayOfWeek)
        );
        return arr.join(" ");
      }
      /**
       * Returns a serialized representation of the cron fields values.
       * @returns {SerializedCronFields} An object containing the cron field values
       */
      serialize() {
        return {
          second: this.#second.serialize(),
          minute: this.#minute.serialize(),
          hour: this.#hour.serialize(),
          dayOfMonth: this.#dayOfMonth.serialize(),
          month: this.#month.serialize(),
          dayOfWeek: this.#dayOfWeek.serialize()
        };
      }
    };
    exports.CronFieldCollection = CronFieldCollection;
  }
});

// node_modules/cron-parser/dist/CronExpression.js
var require_CronExpression = __commonJS({
  "node_modules/cron-parser/dist/CronExpression.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CronExpression = exports.LOOPS_LIMIT_EXCEEDED_ERROR_MESSAGE = exports.TIME_SPAN_OUT_OF_BOUNDS_ERROR_MESSAGE = void 0;
    var CronDate_1 = require_CronDate();
    exports.TIME_SPAN_OUT_OF_BOUNDS_ERROR_MESSAGE = "Out of the time span range";
    exports.LOOPS_LIMIT_EXCEEDED_ERROR_MESSAGE = "Invalid expression, loop limit exceeded";
    var LOOP_LIMIT = 1e4;
    var CronExpression = class _CronExpression {
      #options;
      #tz;
      #initialDate;
      #currentDate;
      #startDate;
      #endDate;
      #fields;
      #dstTransitionDayKey = null;
      #isDstTransitionDay = false;
      /**
       * Creates a new CronExpression instance.
       *
       * @param {CronFieldCollection} fields - Cron fields.
       * @param {CronExpressionOptions} options - Parser options.
       */
      constructor(fields, options) {
        this.#options = options;
        this.#tz = options.tz;
        this.#startDate = options.startDate != null ? new CronDate_1.CronDate(options.startDate, this.#tz) : null;
        this.#endDate = options.endDate != null ? new CronDate_1.CronDate(options.endDate, this.#tz) : null;
        let currentDateValue = options.currentDate ?? options.startDate;
        if (currentDateValue != null) {
          const tempCurrentDate = new CronDate_1.CronDate(currentDateValue, this.#tz);
          if (this.#startDate && tempCurrentDate.getTime() < this.#startDate.getTime()) {
            currentDateValue = this.#startDate;
          } else if (this.#endDate && tempCurrentDate.getTime() > this.#endDate.getTime()) {
            currentDateValue = this.#endDate;
          }
        }
        this.#initialDate = new CronDate_1.CronDate(currentDateValue, this.#tz);
        this.#currentDate = this.#initialDate;
        this.#fields = fields;
      }
      /**
       * Getter for the cron fields.
       *
       * @returns {CronFieldCollection} Cron fields.
       */
      get fields() {
        return this.#fields;
      }
      /**
       * Converts cron fields back to a CronExpression instance.
       *
       * @public
       * @param {Record<string, number[]>} fields - The input cron fields object.
       * @param {CronExpressionOptions} [options] - Optional parsing options.
       * @returns {CronExpression} - A new CronExpression instance.
       */
      static fieldsToExpression(fields, options) {
        return new _CronExpression(fields, options || {});
      }
      /**
       * Checks if the given value matches any element in the sequence.
       *
       * @param {number} value - The value to be matched.
       * @param {number[]} sequence - The sequence to be checked against.
       * @returns {boolean} - True if the value matches an element in the sequence; otherwise, false.
       * @memberof CronExpression
       * @private
       */
      static #matchSchedule(value, sequence) {
        return sequence.some((element) => element === value);
      }
      /**
       * Returns the minimum or maximum value from the given array of numbers.
       *
       * @param {number[]} values - An array of numbers.
       * @param {boolean} reverse - If true, returns the maximum value; otherwise, returns the minimum value.
       * @returns {number} - The minimum or maximum value.
       */
      #getMinOrMax(values, reverse) {
        return values[reverse ? values.length - 1 : 0];
      }
      /**
       * Checks whether the given date falls on a DST transition day in its timezone.
       *
       * This is used to disable certain “direct set” fast paths on DST days, because setting the hour
       * directly may land on a non-existent or repeated local time. We cache the result per calendar day
       * to keep iteration overhead low.
       *
       * @param {CronDate} currentDate - Date to check (in the cron timezone)
       * @returns {boolean} True when the day has a DST transition
       * @private
       */
      #checkDstTransition(currentDate) {
        const key = `${currentDate.getFullYear()}-${currentDate.getMonth() + 1}-${currentDate.getDate()}`;
        if (this.#dstTransitionDayKey === key) {
          return this.#isDstTransitionDay;
        }
        const startOfDay = new CronDate_1.CronDate(currentDate);
        startOfDay.setStartOfDay();
        const endOfDay = new CronDate_1.CronDate(currentDate);
        endOfDay.setEndOfDay();
        this.#dstTransitionDayKey = key;
        this.#isDstTransitionDay = startOfDay.getUTCOffset() !== endOfDay.getUTCOffset();
        return this.#isDstTransitionDay;
      }
      /**
       * Moves the date to the next/previous allowed second value. If there is no remaining allowed second
       * within the current minute, rolls to the next/previous minute and resets seconds to the min/max allowed.
       *
       * @param {CronDate} currentDate - Mutable date being iterated
       * @param {DateMathOp} dateMathVerb - Add/Subtract depending on direction
       * @param {boolean} reverse - When true, iterating backwards
       * @private
       */
      #moveToNextSecond(currentDate, dateMathVerb, reverse) {
        const seconds = this.#fields.second.values;
        const currentSecond = currentDate.getSeconds();
        const nextSecond = this.#fields.second.findNearestValue(currentSecond, reverse);
        if (nextSecond !== null) {
          currentDate.setSeconds(nextSecond);
          return;
        }
        currentDate.applyDateOperation(dateMathVerb, CronDate_1.TimeUnit.Minute, this.#fields.hour.values.length);
        currentDate.setSeconds(this.#getMinOrMax(seconds, reverse));
      }
      /**
       * Moves the date to the next/previous allowed minute value and resets seconds to the min/max allowed.
       * If there is no remaining allowed minute within the current hour, rolls to the next/previous hour and
       * resets minutes/seconds to their extrema.
       *
       * @param {CronDate} currentDate - Mutable date being iterated
       * @param {DateMathOp} dateMathVerb - Add/Subtract depending on direction
       * @param {boolean} reverse - When true, iterating backwards
       * @private
       */
      #moveToNextMinute(currentDate, dateMathVerb, reverse) {
        const minutes = this.#fields.minute.values;
        const seconds = this.#fields.second.values;
        const currentMinute = currentDate.getMinutes();
        const nextMinute = this.#fields.minute.findNearestValue(currentMinute, reverse);
        if (nextMinute !== null) {
          currentDate.setMinutes(nextMinute);
          currentDate.setSeconds(this.#getMinOrMax(seconds, reverse));
          return;
        }
        currentDate.applyDateOperation(dateMathVerb, CronDate_1.TimeUnit.Hour, this.#fields.hour.values.length);
        currentDate.setMinutes(this.#getMinOrMax(minutes, reverse));
        currentDate.setSeconds(this.#getMinOrMax(seconds, reverse));
      }
      /**
       * Determines if the current date matches the last specified weekday of the month.
       *
       * @param {Array<(number|string)>} expressions - An array of expressions containing weekdays and "L" for the last weekday.
       * @param {CronDate} currentDate - The current date object.
       * @returns {boolean} - True if the current date matches the last specified weekday of the month; otherwise, false.
       * @memberof CronExpression
       * @private
       */
      static #isLastWeekdayOfMonthMatch(expressions, currentDate) {
        if (!currentDate.isLastWeekdayOfMonth()) {
          return false;
        }
        const day = currentDate.getDay();
        return expressions.some((expression) => day === parseInt(expression.toString().charAt(0), 10) % 7);
      }
      /**
       * Determines if the current date matches the nth occurrence of a weekday in the month.
       *
       * @param {number} nthDay - The nth occurrence (1-5) from a `#` expression; values <= 0 mean no nth constraint.
       * @param {CronDate} currentDate - The current date object.
       * @returns {boolean} - True if there is no nth constraint, or the current date is the nth occurrence of its weekday; otherwise, false.
       * @memberof CronExpression
       * @private
       */
      static #isNthWeekdayOfMonthMatch(nthDay, currentDate) {
        return nthDay <= 0 || Math.ceil(currentDate.getDate() / 7) === nthDay;
      }
      /**
       * Find the next scheduled date based on the cron expression.
       * @returns {CronDate} - The next scheduled date or an ES6 compatible iterator object.
       * @memberof CronExpression
       * @public
       */
      next() {
        return this.#findSchedule();
      }
      /**
       * Find the previous scheduled date based on the cron expression.
       * @returns {CronDate} - The previous scheduled date or an ES6 compatible iterator object.
       * @memberof CronExpression
       * @public
       */
      prev() {
        return this.#findSchedule(true);
      }
      /**
       * Check if there is a next scheduled date based on the current date and cron expression.
       * @returns {boolean} - Returns true if there is a next scheduled date, false otherwise.
       * @memberof CronExpression
       * @public
       */
      hasNext() {
        const current = this.#currentDate;
        try {
          this.#findSchedule();
          return true;
        } catch {
          return false;
        } finally {
          this.#currentDate = current;
        }
      }
      /**
       * Check if there is a previous scheduled date based on the current date and cron expression.
       * @returns {boolean} - Returns true if there is a previous scheduled date, false otherwise.
       * @memberof CronExpression
       * @public
       */
      hasPrev() {
        const current = this.#currentDate;
        try {
          this.#findSchedule(true);
          return true;
        } catch {
          return false;
        } finally {
          this.#currentDate = current;
        }
      }
      /**
       * Iterate over a specified number of steps and optionally execute a callback function for each step.
       * @param {number} steps - The number of steps to iterate. Positive value iterates forward, negative value iterates backward.
       * @returns {CronDate[]} - An array of iterator fields or CronDate objects.
       * @memberof CronExpression
       * @public
       */
      take(limit) {
        const items = [];
        if (limit >= 0) {
          for (let i = 0; i < limit; i++) {
            try {
              items.push(this.next());
            } catch {
              return items;
            }
          }
        } else {
          for (let i = 0; i > limit; i--) {
            try {
              items.push(this.prev());
            } catch {
              return items;
            }
          }
        }
        return items;
      }
      /**
       * Reset the iterator to a new date or its initial date after applying the configured range.
       * @param {Date | CronDate} [newDate] - Optional new date to reset to. If not provided, it will reset to the initial date.
       * @memberof CronExpression
       * @public
       */
      reset(newDate) {
        this.#currentDate = newDate ? new CronDate_1.CronDate(newDate, this.#tz) : this.#initialDate;
      }
      /**
       * Generate a string representation of the cron expression.
       * @param {boolean} [includeSeconds=false] - Whether to include the seconds field in the string representation.
       * @returns {string} - The string representation of the cron expression.
       * @memberof CronExpression
       * @public
       */
      stringify(includeSeconds = false) {
        return this.#fields.stringify(includeSeconds);
      }
      /**
       * Check if the cron expression includes the given date
       * @param {Date|CronDate} date
       * @returns {boolean}
       */
      includesDate(date) {
        const { second, minute, hour, month } = this.#fields;
        const dt = new CronDate_1.CronDate(date, this.#tz);
        if (!second.values.includes(dt.getSeconds()) || !minute.values.includes(dt.getMinutes()) || !hour.values.includes(dt.getHours()) || !month.values.includes(dt.getMonth() + 1)) {
          return false;
        }
        if (!this.#matchDayOfMonth(dt)) {
          return false;
        }
        return true;
      }
      /**
       * Returns the string representation of the cron expression.
       * @returns {CronDate} - The next schedule date.
       */
      toString() {
        return this.#options.expression || this.stringify(true);
      }
      /**
       * Determines if the given date matches the cron expression's day of month and day of week fields.
       *
       * The function checks the following rules:
       * Rule 1: If both "day of month" and "day of week" are restricted (not wildcard), then one or both must match the current day.
       * Rule 2: If "day of month" is restricted and "day of week" is not restricted, then "day of month" must match the current day.
       * Rule 3: If "day of month" is a wildcard, "day of week" is not a wildcard, and "day of week" matches the current day, then the match is accepted.
       * In all rules, a "day of week" match also honors an nth-occurrence (`#`) constraint (e.g. `5#3` = the 3rd Friday) and the last-weekday (`L`) form.
       * If none of the rules match, the match is rejected.
       *
       * @param {CronDate} currentDate - The current date to be evaluated against the cron expression.
       * @returns {boolean} Returns true if the current date matches the cron expression's day of month and day of week fields, otherwise false.
       * @memberof CronExpression
       * @private
       */
      #matchDayOfMonth(currentDate) {
        const isDayOfMonthWildcardMatch = this.#fields.dayOfMonth.isWildcard;
        const isRestrictedDayOfMonth = !isDayOfMonthWildcardMatch;
        const isDayOfWeekWildcardMatch = this.#fields.dayOfWeek.isWildcard;
        const isRestrictedDayOfWeek = !isDayOfWeekWildcardMatch;
        const matchedDOM = _CronExpression.#matchSchedule(currentDate.getDate(), this.#fields.dayOfMonth.values) || this.#fields.dayOfMonth.hasLastChar && currentDate.isLastDayOfMonth();
        const nthDay = this.#fields.dayOfWeek.nthDay;
        const matchedDOW = _CronExpression.#matchSchedule(currentDate.getDay(), this.#fields.dayOfWeek.values) && _CronExpression.#isNthWeekdayOfMonthMatch(nthDay, currentDate) || this.#fields.dayOfWeek.hasLastChar && _CronExpression.#isLastWeekdayOfMonthMatch(this.#fields.dayOfWeek.values, currentDate);
        if (isRestrictedDayOfMonth && isRestrictedDayOfWeek && (matchedDOM || matchedDOW)) {
          return true;
        }
        if (matchedDOM && !isRestrictedDayOfWeek) {
          return true;
        }
        if (isDayOfMonthWildcardMatch && !isDayOfWeekWildcardMatch && matchedDOW) {
          return true;
        }
        return false;
      }
      /**
       * Determines if the current hour matches the cron expression.
       *
       * @param {CronDate} currentDate - The current date object.
       * @param {DateMathOp} dateMathVerb - The date math operation enumeration value.
       * @param {boolean} reverse - A flag indicating whether the matching should be done in reverse order.
       * @returns {boolean} - True if the current hour matches the cron expression; otherwise, false.
       */
      #matchHour(currentDate, dateMathVerb, reverse) {
        const hourValues = this.#fields.hour.values;
        const hours = hourValues;
        const currentHour = currentDate.getHours();
        const isMatch = _CronExpression.#matchSchedule(currentHour, hourValues);
        const isDstEnd = currentDate.dstEnd === currentHour;
        if (currentDate.dstStart !== null && currentDate.dstStartLandingHour === currentHour) {
          for (let skipped = currentDate.dstStart; skipped !== currentHour; skipped = (skipped + 1) % 24) {
            if (_CronExpression.#matchSchedule(skipped, hourValues)) {
              return true;
            }
          }
        }
        if (isDstEnd && !reverse) {
          currentDate.dstEnd = null;
          currentDate.applyDateOperation(CronDate_1.DateMathOp.Add, CronDate_1.TimeUnit.Hour, hours.length);
          return false;
        }
        if (isMatch) {
          return true;
        }
        currentDate.clearDstStart();
        const nextHour = this.#fields.hour.findNearestValue(currentHour, reverse);
        if (nextHour === null) {
          currentDate.applyDateOperation(dateMathVerb, CronDate_1.TimeUnit.Day, hours.length);
          return false;
        }
        if (this.#checkDstTransition(currentDate)) {
          const steps = reverse ? currentHour - nextHour : nextHour - currentHour;
          for (let i = 0; i < steps; i++) {
            currentDate.applyDateOperation(dateMathVerb, CronDate_1.TimeUnit.Hour, hours.length);
            if (!reverse && currentDate.getHours() >= nextHour)
              break;
            if (reverse && currentDate.getHours() <= nextHour)
              break;
          }
        } else {
          currentDate.setHours(nextHour);
        }
        currentDate.setMinutes(this.#getMinOrMax(this.#fields.minute.values, reverse));
        currentDate.setSeconds(this.#getMinOrMax(this.#fields.second.values, reverse));
        return false;
      }
      /**
       * Validates the current date against the start and end dates of the cron expression.
       * If the current date is outside the specified time span, an error is thrown.
       *
       * @param currentDate {CronDate} - The current date to validate.
       * @throws {Error} If the current date is outside the specified time span.
       * @private
       */
      #validateTimeSpan(currentDate) {
        if (!this.#startDate && !this.#endDate) {
          return;
        }
        const currentTime = currentDate.getTime();
        if (this.#startDate && currentTime < this.#startDate.getTime()) {
          throw new Error(exports.TIME_SPAN_OUT_OF_BOUNDS_ERROR_MESSAGE);
        }
        if (this.#endDate && currentTime > this.#endDate.getTime()) {
          throw new Error(exports.TIME_SPAN_OUT_OF_BOUNDS_ERROR_MESSAGE);
        }
      }
      /**
       * Finds the next or previous schedule based on the cron expression.
       *
       * @param {boolean} [reverse=false] - If true, finds the previous schedule; otherwise, finds the next schedule.
       * @returns {CronDate} - The next or previous schedule date.
       * @private
       */
      #findSchedule(reverse = false) {
        const dateMathVerb = reverse ? CronDate_1.DateMathOp.Subtract : CronDate_1.DateMathOp.Add;
        const currentDate = new CronDate_1.CronDate(this.#currentDate);
        const startTimestamp = currentDate.getTime();
        if (currentDate.getMilliseconds() > 0) {
          currentDate.setMilliseconds(0);
          if (!reverse) {
            currentDate.applyDateOperation(CronDate_1.DateMathOp.Add, CronDate_1.TimeUnit.Second, this.#fields.hour.values.length);
          }
        }
        let stepCount = 0;
        while (++stepCount < LOOP_LIMIT) {
          this.#validateTimeSpan(currentDate);
          if (!_CronExpression.#matchSchedule(currentDate.getMonth() + 1, this.#fields.month.values)) {
            currentDate.applyDateOperation(dateMathVerb, CronDate_1.TimeUnit.Month, this.#fields.hour.values.length);
            continue;
          }
          if (!this.#matchDayOfMonth(currentDate)) {
            currentDate.applyDateOperation(dateMathVerb, CronDate_1.TimeUnit.Day, this.#fields.hour.values.length);
            continue;
          }
          if (!this.#matchHour(currentDate, dateMathVerb, reverse)) {
            continue;
          }
          if (!_CronExpression.#matchSchedule(currentDate.getMinutes(), this.#fields.minute.values)) {
            this.#moveToNextMinute(currentDate, dateMathVerb, reverse);
            continue;
          }
          if (!_CronExpression.#matchSchedule(currentDate.getSeconds(), this.#fields.second.values)) {
            this.#moveToNextSecond(currentDate, dateMathVerb, reverse);
            continue;
          }
          if (startTimestamp === currentDate.getTime()) {
            currentDate.applyDateOperation(dateMathVerb, CronDate_1.TimeUnit.Second, this.#fields.hour.values.length);
            continue;
          }
          break;
        }
        if (stepCount >= LOOP_LIMIT) {
          throw new Error(exports.LOOPS_LIMIT_EXCEEDED_ERROR_MESSAGE);
        }
        this.#currentDate = currentDate;
        return currentDate;
      }
      /**
       * Returns an iterator for iterating through future CronDate instances
       *
       * @name Symbol.iterator
       * @memberof CronExpression
       * @returns {Iterator<CronDate>} An iterator object for CronExpression that returns CronDate values.
       */
      [Symbol.iterator]() {
        return {
          next: () => {
            try {
              const schedule = this.#findSchedule();
              return { value: schedule, done: false };
            } catch {
              return { value: void 0, done: true };
            }
          }
        };
      }
    };
    exports.CronExpression = CronExpression;
    exports.default = CronExpression;
  }
});

// node_modules/cron-parser/dist/utils/random.js
var require_random = __commonJS({
  "node_modules/cron-parser/dist/utils/random.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.seededRandom = seededRandom;
    function xfnv1a(str) {
      let h = 2166136261 >>> 0;
      for (let i = 0; i < str.length; i++) {
        h ^= str.charCodeAt(i);
        h = Math.imul(h, 16777619);
      }
      return () => h >>> 0;
    }
    function mulberry32(seed) {
      return () => {
        let t = seed += 1831565813;
        t = Math.imul(t ^ t >>> 15, t | 1);
        t ^= t + Math.imul(t ^ t >>> 7, t | 61);
        return ((t ^ t >>> 14) >>> 0) / 4294967296;
      };
    }
    function seededRandom(str) {
      const seed = str ? xfnv1a(str)() : Math.floor(Math.random() * 1e10);
      return mulberry32(seed);
    }
  }
});

// node_modules/cron-parser/dist/CronExpressionParser.js
var require_CronExpressionParser = __commonJS({
  "node_modules/cron-parser/dist/CronExpressionParser.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CronExpressionParser = exports.DayOfWeek = exports.Months = exports.CronUnit = exports.PredefinedExpressions = void 0;
    var CronFieldCollection_1 = require_CronFieldCollection();
    var CronExpression_1 = require_CronExpression();
    var random_1 = require_random();
    var fields_1 = require_fields();
    var PredefinedExpressions;
    (function(PredefinedExpressions2) {
      PredefinedExpressions2["@yearly"] = "0 0 0 1 1 *";
      PredefinedExpressions2["@annually"] = "0 0 0 1 1 *";
      PredefinedExpressions2["@monthly"] = "0 0 0 1 * *";
      PredefinedExpressions2["@weekly"] = "0 0 0 * * 0";
      PredefinedExpressions2["@daily"] = "0 0 0 * * *";
      PredefinedExpressions2["@hourly"] = "0 0 * * * *";
      PredefinedExpressions2["@minutely"] = "0 * * * * *";
      PredefinedExpressions2["@secondly"] = "* * * * * *";
      PredefinedExpressions2["@weekdays"] = "0 0 0 * * 1-5";
      PredefinedExpressions2["@weekends"] = "0 0 0 * * 0,6";
    })(PredefinedExpressions || (exports.PredefinedExpressions = PredefinedExpressions = {}));
    var CronUnit;
    (function(CronUnit2) {
      CronUnit2["Second"] = "Second";
      CronUnit2["Minute"] = "Minute";
      CronUnit2["Hour"] = "Hour";
      CronUnit2["DayOfMonth"] = "DayOfMonth";
      CronUnit2["Month"] = "Month";
      CronUnit2["DayOfWeek"] = "DayOfWeek";
    })(CronUnit || (exports.CronUnit = CronUnit = {}));
    var Months;
    (function(Months2) {
      Months2[Months2["jan"] = 1] = "jan";
      Months2[Months2["feb"] = 2] = "feb";
      Months2[Months2["mar"] = 3] = "mar";
      Months2[Months2["apr"] = 4] = "apr";
      Months2[Months2["may"] = 5] = "may";
      Months2[Months2["jun"] = 6] = "jun";
      Months2[Months2["jul"] = 7] = "jul";
      Months2[Months2["aug"] = 8] = "aug";
      Months2[Months2["sep"] = 9] = "sep";
      Months2[Months2["oct"] = 10] = "oct";
      Months2[Months2["nov"] = 11] = "nov";
      Months2[Months2["dec"] = 12] = "dec";
    })(Months || (exports.Months = Months = {}));
    var DayOfWeek;
    (function(DayOfWeek2) {
      DayOfWeek2[DayOfWeek2["sun"] = 0] = "sun";
      DayOfWeek2[DayOfWeek2["mon"] = 1] = "mon";
      DayOfWeek2[DayOfWeek2["tue"] = 2] = "tue";
      DayOfWeek2[DayOfWeek2["wed"] = 3] = "wed";
      DayOfWeek2[DayOfWeek2["thu"] = 4] = "thu";
      DayOfWeek2[DayOfWeek2["fri"] = 5] = "fri";
      DayOfWeek2[DayOfWeek2["sat"] = 6] = "sat";
    })(DayOfWeek || (exports.DayOfWeek = DayOfWeek = {}));
    var MAX_FIELD_VALUES = 256;
    var MAX_EXPRESSION_LENGTH = 1024;
    var CronExpressionParser2 = class _CronExpressionParser {
      /**
       * Parses a cron expression and returns a CronExpression object.
       * @param {string} expression - The cron expression to parse.
       * @param {CronExpressionOptions} [options={}] - The options to use when parsing the expression.
       * @param {boolean} [options.strict=false] - If true, will throw an error if the expression contains both dayOfMonth and dayOfWeek, or a hashed range or step the field cannot satisfy.
       * @param {CronDate} [options.currentDate=new CronDate(undefined, 'UTC')] - The date to use when calculating the next/previous occurrence.
       *
       * @returns {CronExpression} A CronExpression object.
       */
      static parse(expression, options = {}) {
        const { strict = false, hashSeed } = options;
        const rand = (0, random_1.seededRandom)(hashSeed);
        if (Object.hasOwn(PredefinedExpressions, expression)) {
          expression = PredefinedExpressions[expression];
        }
        const rawFields = _CronExpressionParser.#getRawFields(expression, strict);
        if (!(rawFields.dayOfMonth === "*" || rawFields.dayOfWeek === "*" || !strict)) {
          throw new Error("Cannot use both dayOfMonth and dayOfWeek together in strict mode!");
        }
        const second = _CronExpressionParser.#parseField(CronUnit.Second, rawFields.second, fields_1.CronSecond.constraints, rand, strict);
        const minute = _CronExpressionParser.#parseField(CronUnit.Minute, rawFields.minute, fields_1.CronMinute.constraints, rand, strict);
        const hour = _CronExpressionParser.#parseField(CronUnit.Hour, rawFields.hour, fields_1.CronHour.constraints, rand, strict);
        const month = _CronExpressionParser.#parseField(CronUnit.Month, rawFields.month, fields_1.CronMonth.constraints, rand, strict);
        const dayOfMonth = _CronExpressionParser.#parseField(CronUnit.DayOfMonth, rawFields.dayOfMonth, fields_1.CronDayOfMonth.constraints, rand, strict);
        const { dayOfWeek: _dayOfWeek, nthDayOfWeek } = _CronExpressionParser.#parseNthDay(rawFields.dayOfWeek);
        const dayOfWeek = _CronExpressionParser.#parseField(CronUnit.DayOfWeek, _dayOfWeek, fields_1.CronDayOfWeek.constraints, rand, strict);
        const fields = new CronFieldCollection_1.CronFieldCollection({
          second: new fields_1.CronSecond(second, { rawValue: rawFields.second }),
          minute: new fields_1.CronMinute(minute, { rawValue: rawFields.minute }),
          hour: new fields_1.CronHour(hour, { rawValue: rawFields.hour }),
          dayOfMonth: fields_1.CronDayOfMonth.fromMonth(month, dayOfMonth, { rawValue: rawFields.dayOfMonth }),
          month: new fields_1.CronMonth(month, { rawValue: rawFields.month }),
          dayOfWeek: new fields_1.CronDayOfWeek(dayOfWeek, { rawValue: rawFields.dayOfWeek, nthDayOfWeek })
        });
        return new CronExpression_1.CronExpression(fields, { ...options, expression });
      }
      /**
       * Get the raw fields from a cron expression.
       * @param {string} expression - The cron expression to parse.
       * @param {boolean} strict - If true, will throw an error if the expression contains both dayOfMonth and dayOfWeek.
       * @private
       * @returns {RawCronFields} The raw fields.
       */
      static #getRawFields(expression, strict) {
        if (strict && !expression.length) {
          throw new Error("Invalid cron expression");
        }
        expression = expression || "0 * * * * *";
        if (expression.length > MAX_EXPRESSION_LENGTH) {
          throw new Error(`Invalid cron expression, too long, expected at most ${MAX_EXPRESSION_LENGTH} characters`);
        }
        const atoms = expression.trim().split(/\s+/);
        if (strict && atoms.length < 6) {
          throw new Error("Invalid cron expression, expected 6 fields");
        }
        if (atoms.length > 6) {
          throw new Error("Invalid cron expression, too many fields");
        }
        const defaults = ["0", "*", "*", "*", "*", "*"];
        if (atoms.length < defaults.length) {
          atoms.unshift(...defaults.slice(0, defaults.length - atoms.length));
        }
        const [second, minute, hour, dayOfMonth, month, dayOfWeek] = atoms;
        return { second, minute, hour, dayOfMonth, month, dayOfWeek };
      }
      /**
       * Parse a field from a cron expression.
       * @param {CronUnit} field - The field to parse.
       * @param {string} value - The value of the field.
       * @param {CronConstraints} constraints - The constraints for the field.
       * @param {PRNG} rand - The random number generator to use.
       * @param {boolean} strict - If true, will throw an error on an unusable hashed range or step.
       * @private
       * @returns {(number | string)[]} The parsed field.
       */
      static #parseField(field2, value, constraints, rand, strict) {
        if (field2 === CronUnit.Month || field2 === CronUnit.DayOfWeek) {
          const aliases = field2 === CronUnit.Month ? Months : DayOfWeek;
          value = value.replace(/[a-z]{3}/gi, (match) => {
            match = match.toLowerCase();
            const replacer = aliases[match];
            if (replacer === void 0) {
              throw new Error(`Validation error, cannot resolve alias "${match}"`);
            }
            return replacer.toString();
          });
        }
        if (!constraints.validChars.test(value)) {
          throw new Error(`Invalid characters, got value: ${value}`);
        }
        value = this.#parseWildcard(value, constraints);
        value = this.#parseHashed(value, constraints, rand, field2, strict);
        return this.#parseSequence(field2, value, constraints);
      }
      /**
       * Parse a wildcard from a cron expression.
       * @param {string} value - The value to parse.
       * @param {CronConstraints} constraints - The constraints for the field.
       * @private
       */
      static #parseWildcard(value, constraints) {
        const parsed = value.replace(/(^|,)[*?](?=\/|,|$)/g, (_, separator) => `${separator}${constraints.min}-${constraints.max}`);
        if (/[*?]/.test(parsed)) {
          throw new Error(`Invalid wildcard, got value: ${value}`);
        }
        return parsed;
      }
      /**
       * Parse a hashed value from a cron expression.
       * @param {string} value - The value to parse.
       * @param {CronConstraints} constraints - The constraints for the field.
       * @param {PRNG} rand - The random number generator to use.
       * @param {CronUnit} field - The field being parsed, used when reporting an unusable range or step.
       * @param {boolean} strict - If true, will throw an error on an unusable hashed range or step.
       * @private
       */
      static #parseHashed(value, constraints, rand, field2, strict) {
        const randomValue = rand();
        let count = 0;
        return value.replace(/H(?:\((\d+)-(\d+)\))?(?:\/(\d+))?/g, (_, min, max, step2) => {
          if (min && max && step2) {
            const minNum = parseInt(min, 10);
            const maxNum = parseInt(max, 10);
            const stepNum = parseInt(step2, 10);
            if (stepNum <= 0) {
              throw new Error(`Invalid step: ${stepNum}, must be positive`);
            }
            const range = _CronExpressionParser.#hashedRange(minNum, maxNum, constraints, field2, strict);
            count += Math.ceil((range.max - range.min + 1) / stepNum);
            _CronExpressionParser.#assertMaxFieldValues(field2, count);
            return _CronExpressionParser.#hashedStep(randomValue, range.min, range.max, stepNum, field2, strict);
          } else if (min && max) {
            const minNum = parseInt(min, 10);
            const maxNum = parseInt(max, 10);
            const range = _CronExpressionParser.#hashedRange(minNum, maxNum, constraints, field2, strict);
            return String(_CronExpressionParser.#hashedValue(randomValue, range.min, range.max));
          } else if (step2) {
            const stepNum = parseInt(step2, 10);
            if (stepNum <= 0) {
              throw new Error(`Invalid step: ${stepNum}, must be positive`);
            }
            count += Math.ceil((constraints.max - constraints.min + 1) / stepNum);
            _CronExpressionParser.#assertMaxFieldValues(field2, count);
            return _CronExpressionParser.#hashedStep(randomValue, constraints.min, constraints.max, stepNum, field2, strict);
          } else {
            return String(_CronExpressionParser.#hashedValue(randomValue, constraints.min, constraints.max));
          }
        });
      }
      /**
       * Pick a single hashed value within an inclusive range.
       * @param {number} randomValue - The seeded random value in [0, 1).
       * @param {number} min - Lowest value that may be picked.
       * @param {number} max - Highest value that may be picked.
       * @private
       */
      static #hashedValue(randomValue, min, max) {
        return Math.floor(randomValue * (max - min + 1)) + min;
      }
      /**
       * Name a field the way the expression object does, rather than the Pascal case of CronUnit.
       * @param {CronUnit} field - The field to name.
       * @private
       */
      static #fieldName(field2) {
        return field2.charAt(0).toLowerCase() + field2.slice(1);
      }
      /**
       * Narrow an explicit hashed range to the values the field can hold, so that values are only
       * ever drawn from the range a step is measured against. In strict mode a bound outside the
       * field constraints is rejected instead of clamped, which keeps the range reported in the
       * error the one that was written.
       * @param {number} min - Lowest value the expression asks for.
       * @param {number} max - Highest value the expression asks for.
       * @param {CronConstraints} constraints - The constraints for the field.
       * @param {CronUnit} field - The field being parsed, used when reporting an unusable range.
       * @param {boolean} strict - If true, will throw an error on a range outside the constraints.
       * @private
       */
      static #hashedRange(min, max, constraints, field2, strict) {
        if (min > max) {
          throw new Error(`Invalid range: ${min}-${max}, min > max`);
        }
        if (strict && (min < constraints.min || max > constraints.max)) {
          throw new Error(`Invalid range: ${min}-${max}, outside the ${constraints.min}-${constraints.max} range of the ${_CronExpressionParser.#fieldName(field2)} field`);
        }
        const rangeMin = Math.max(min, constraints.min);
        const rangeMax = Math.min(max, constraints.max);
        if (rangeMin > rangeMax) {
          throw new Error(`Invalid range: ${min}-${max}, no usable value in the ${_CronExpressionParser.#fieldName(field2)} field`);
        }
        return { min: rangeMin, max: rangeMax };
      }
      /**
       * Build the hashed values of a stepped range, offset from the start of the step by the seeded
       * jitter. A step wider than the range leaves no step-aligned value inside it, so a single
       * hashed occurrence within the range is used instead of an empty field, or in strict mode the
       * expression is rejected as unsatisfiable.
       * @param {number} randomValue - The seeded random value in [0, 1).
       * @param {number} min - Lowest value the range allows.
       * @param {number} max - Highest value the range allows.
       * @param {number} step - The step between values, already validated as positive.
       * @param {CronUnit} field - The field being parsed, used when reporting an unusable step.
       * @param {boolean} strict - If true, will throw an error on a step wider than its range.
       * @private
       */
      static #hashedStep(randomValue, min, max, step2, field2, strict) {
        if (strict && step2 > max - min + 1) {
          throw new Error(`Invalid step: ${step2}, wider than the ${min}-${max} range of the ${_CronExpressionParser.#fieldName(field2)} field`);
        }
        const offset = Math.floor(randomValue * step2);
        const values = [];
        for (let i = Math.floor(min / step2) * step2 + offset; i <= max; i += step2) {
          if (i >= min) {
            values.push(i);
          }
        }
        if (values.length === 0) {
          return String(_CronExpressionParser.#hashedValue(randomValue, min, max));
        }
        return values.join(",");
      }
      /**
       * Throw once a field has expanded to more than MAX_FIELD_VALUES values.
       * @param {CronUnit} field - The field being parsed.
       * @param {number} count - The number of values collected so far.
       * @private
       */
      static #assertMaxFieldValues(field2, count) {
        if (count > MAX_FIELD_VALUES) {
          throw new Error(`Constraint error, too many values in ${field2} field, expected at most ${MAX_FIELD_VALUES}`);
        }
      }
      /**
       * Parse a sequence from a cron expression.
       * @param {CronUnit} field - The field to parse.
       * @param {string} val - The sequence to parse.
       * @param {CronConstraints} constraints - The constraints for the field.
       * @private
       */
      static #parseSequence(field2, val, constraints) {
        const stack = [];
        function handleResult(result, constraints2) {
          if (Array.isArray(result)) {
            stack.push(...result);
          } else {
            if (_CronExpressionParser.#isValidConstraintChar(constraints2, result)) {
              stack.push(result);
            } else {
              const v = parseInt(result.toString(), 10);
              const isValid = v >= constraints2.min && v <= constraints2.max;
              if (!isValid) {
                throw new Error(`Constraint error, got value ${result} expected range ${constraints2.min}-${constraints2.max}`);
              }
              stack.push(field2 === CronUnit.DayOfWeek ? v % 7 : result);
            }
          }
        }
        const atoms = val.split(",");
        for (const atom of atoms) {
          _CronExpressionParser.#assertMaxFieldValues(field2, stack.length);
          if (!(atom.length > 0)) {
            throw new Error("Invalid list value format");
          }
          handleResult(_CronExpressionParser.#parseRepeat(field2, atom, constraints), constraints);
        }
        return stack;
      }
      /**
       * Parse repeat from a cron expression.
       * @param {CronUnit} field - The field to parse.
       * @param {string} val - The repeat to parse.
       * @param {CronConstraints} constraints - The constraints for the field.
       * @private
       * @returns {(number | string)[]} The parsed repeat.
       */
      static #parseRepeat(field2, val, constraints) {
        const atoms = val.split("/");
        if (atoms.length > 2) {
          throw new Error(`Invalid repeat: ${val}`);
        }
        if (atoms.length === 2) {
          if (!atoms[0].includes("-")) {
            atoms[0] = `${atoms[0]}-${constraints.max}`;
          }
          return _CronExpressionParser.#parseRange(field2, atoms[0], +atoms[1], constraints);
        }
        return _CronExpressionParser.#parseRange(field2, val, 1, constraints);
      }
      /**
       * Validate a cron range.
       * @param {number} min - The minimum value of the range.
       * @param {number} max - The maximum value of the range.
       * @param {CronConstraints} constraints - The constraints for the field.
       * @private
       * @returns {void}
       * @throws {Error} Throws an error if the range is invalid.
       */
      static #validateRange(min, max, constraints) {
        const isValid = !isNaN(min) && !isNaN(max) && min >= constraints.min && max <= constraints.max;
        if (!isValid) {
          throw new Error(`Constraint error, got range ${min}-${max} expected range ${constraints.min}-${constraints.max}`);
        }
        if (min > max) {
          throw new Error(`Invalid range: ${min}-${max}, min(${min}) > max(${max})`);
        }
      }
      /**
       * Validate a cron repeat interval.
       * @param {number} repeatInterval - The repeat interval to validate.
       * @private
       * @returns {void}
       * @throws {Error} Throws an error if the repeat interval is invalid.
       */
      static #validateRepeatInterval(repeatInterval) {
        if (!(!isNaN(repeatInterval) && repeatInterval > 0)) {
          throw new Error(`Constraint error, cannot repeat at every ${repeatInterval} time.`);
        }
      }
      /**
       * Create a range from a cron expression.
       * @param {CronUnit} field - The field to parse.
       * @param {number} min - The minimum value of the range.
       * @param {number} max - The maximum value of the range.
       * @param {number} repeatInterval - The repeat interval of the range.
       * @private
       * @returns {number[]} The created range.
       */
      static #createRange(field2, min, max, repeatInterval) {
        const stack = [];
        if (field2 === CronUnit.DayOfWeek && max % 7 === 0 && (max - min) % repeatInterval === 0) {
          stack.push(0);
        }
        for (let index = min; index <= max; index += repeatInterval) {
          if (stack.indexOf(index) === -1) {
            stack.push(index);
          }
        }
        return stack;
      }
      /**
       * Parse a range from a cron expression.
       * @param {CronUnit} field - The field to parse.
       * @param {string} val - The range to parse.
       * @param {number} repeatInterval - The repeat interval of the range.
       * @param {CronConstraints} constraints - The constraints for the field.
       * @private
       * @returns {number[] | string[] | number | string} The parsed range.
       */
      static #parseRange(field2, val, repeatInterval, constraints) {
        const atoms = val.split("-");
        if (atoms.length <= 1) {
          return isNaN(+val) ? val : +val;
        }
        if (atoms.length > 2) {
          throw new Error(`Invalid range: ${val}`);
        }
        const [min, max] = atoms.map((atom) => /^\d+$/.test(atom) ? +atom : NaN);
        this.#validateRange(min, max, constraints);
        this.#validateRepeatInterval(repeatInterval);
        return this.#createRange(field2, min, max, repeatInterval);
      }
      /**
       * Parse a cron expression.
       * @param {string} val - The cron expression to parse.
       * @private
       * @returns {string} The parsed cron expression.
       */
      static #parseNthDay(val) {
        const atoms = val.split("#");
        if (atoms.length <= 1) {
          return { dayOfWeek: atoms[0] };
        }
        const nthValue = +atoms[atoms.length - 1];
        const matches = val.match(/([,\-/L])/);
        if (matches !== null) {
          throw new Error(`Constraint error, invalid dayOfWeek \`#\` and \`${matches?.[0]}\` special characters are incompatible`);
        }
        if (!(atoms.length <= 2 && !isNaN(nthValue) && nthValue >= 1 && nthValue <= 5)) {
          throw new Error("Constraint error, invalid dayOfWeek occurrence number (#)");
        }
        return { dayOfWeek: atoms[0], nthDayOfWeek: nthValue };
      }
      /**
       * Checks if a character is valid for a field.
       * @param {CronConstraints} constraints - The constraints for the field.
       * @param {string | number} value - The value to check.
       * @private
       * @returns {boolean} Whether the character is valid for the field.
       */
      static #isValidConstraintChar(constraints, value) {
        return constraints.chars.some((char) => value.toString().includes(char));
      }
    };
    exports.CronExpressionParser = CronExpressionParser2;
  }
});

// node_modules/cron-parser/dist/CronFileParser.js
var require_CronFileParser = __commonJS({
  "node_modules/cron-parser/dist/CronFileParser.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CronFileParser = void 0;
    var CronExpressionParser_1 = require_CronExpressionParser();
    var CronFileParser = class _CronFileParser {
      /**
       * Parse a crontab file asynchronously
       * @param filePath Path to crontab file
       * @returns Promise resolving to parse results
       * @throws If file cannot be read
       */
      static async parseFile(filePath) {
        const { readFile } = __require("fs/promises");
        const data = await readFile(filePath, "utf8");
        return _CronFileParser.#parseContent(data);
      }
      /**
       * Parse a crontab file synchronously
       * @param filePath Path to crontab file
       * @returns Parse results
       * @throws If file cannot be read
       */
      static parseFileSync(filePath) {
        const { readFileSync } = __require("fs");
        const data = readFileSync(filePath, "utf8");
        return _CronFileParser.#parseContent(data);
      }
      /**
       * Internal method to parse crontab file content
       * @private
       */
      static #parseContent(data) {
        const blocks = data.split("\n");
        const result = {
          variables: {},
          expressions: [],
          errors: {}
        };
        for (const block of blocks) {
          const entry = block.trim();
          if (entry.length === 0 || entry.startsWith("#")) {
            continue;
          }
          const variableMatch = entry.match(/^([^\s=]+)\s*=\s*(.*)$/);
          if (variableMatch) {
            const [, key, value] = variableMatch;
            Object.defineProperty(result.variables, key, {
              value: value.replace(/^(["'])(.*)\1$/, "$2"),
              // Remove one matching pair of quotes around the value
              enumerable: true,
              writable: true,
              configurable: true
            });
            continue;
          }
          try {
            const parsedEntry = _CronFileParser.#parseEntry(entry);
            result.expressions.push(parsedEntry.interval);
          } catch (err) {
            Object.defineProperty(result.errors, entry, {
              value: err,
              enumerable: true,
              writable: true,
              configurable: true
            });
          }
        }
        return result;
      }
      /**
       * Parse a single crontab entry
       * @private
       */
      static #parseEntry(entry) {
        const atoms = entry.split(/\s+/);
        const scheduleLength = atoms[0].startsWith("@") ? 1 : 5;
        return {
          interval: CronExpressionParser_1.CronExpressionParser.parse(atoms.slice(0, scheduleLength).join(" ")),
          command: atoms.slice(scheduleLength, atoms.length)
        };
      }
    };
    exports.CronFileParser = CronFileParser;
  }
});

// node_modules/cron-parser/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/cron-parser/dist/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p)) __createBinding(exports2, m, p);
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CronFileParser = exports.CronExpressionParser = exports.CronExpression = exports.CronFieldCollection = exports.CronDate = void 0;
    var CronExpressionParser_1 = require_CronExpressionParser();
    var CronDate_1 = require_CronDate();
    Object.defineProperty(exports, "CronDate", { enumerable: true, get: function() {
      return CronDate_1.CronDate;
    } });
    var CronFieldCollection_1 = require_CronFieldCollection();
    Object.defineProperty(exports, "CronFieldCollection", { enumerable: true, get: function() {
      return CronFieldCollection_1.CronFieldCollection;
    } });
    var CronExpression_1 = require_CronExpression();
    Object.defineProperty(exports, "CronExpression", { enumerable: true, get: function() {
      return CronExpression_1.CronExpression;
    } });
    var CronExpressionParser_2 = require_CronExpressionParser();
    Object.defineProperty(exports, "CronExpressionParser", { enumerable: true, get: function() {
      return CronExpressionParser_2.CronExpressionParser;
    } });
    var CronFileParser_1 = require_CronFileParser();
    Object.defineProperty(exports, "CronFileParser", { enumerable: true, get: function() {
      return CronFileParser_1.CronFileParser;
    } });
    __exportStar(require_fields(), exports);
    exports.default = CronExpressionParser_1.CronExpressionParser;
  }
});

// src/policies/placeholders.ts
var PLACEHOLDER = /\$\{\{\s*[A-Za-z_][A-Za-z0-9_]*\s*\}\}|\$\{#?[A-Za-z_][A-Za-z0-9_]*[^}]*\}|\$(?:ARGOCD_APP_(?:NAME|NAMESPACE|PROJECT_NAME|REVISION|REVISION_SHORT|REVISION_SHORT_8|SOURCE_PATH|SOURCE_REPO_URL|SOURCE_TARGET_REVISION)|KUBE_VERSION|KUBE_API_VERSIONS)(?![A-Za-z0-9_])/;
function containsPlaceholder(text) {
  return text.includes("$") && PLACEHOLDER.test(text);
}
function isPlaceholder(value) {
  return typeof value === "string" && containsPlaceholder(value);
}
function containsPlaceholderDeep(value, depth = 0) {
  if (depth > 64) return false;
  if (typeof value === "string") return containsPlaceholder(value);
  if (value === null || typeof value !== "object") return false;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      if (index in value && containsPlaceholderDeep(value[index], depth + 1)) return true;
    }
    return false;
  }
  const record = value;
  for (const key of Object.keys(record)) {
    if (containsPlaceholder(key) || containsPlaceholderDeep(record[key], depth + 1)) return true;
  }
  return false;
}

// src/policies/adapters/common.ts
function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function escapeToken(token) {
  if (typeof token === "number") return String(token);
  return token.includes("~") || token.includes("/") ? token.replace(/~/g, "~0").replace(/\//g, "~1") : token;
}
function pointer(base, ...tokens) {
  return pointerOf(base, tokens, tokens.length);
}
function pointerOf(base, keys, length) {
  let result = base;
  for (let index = 0; index < length; index++) result += `/${escapeToken(keys[index])}`;
  return result;
}
function step(current, key) {
  if (typeof key === "number") return Array.isArray(current) ? current[key] : void 0;
  if (current === null || typeof current !== "object" || Array.isArray(current)) return void 0;
  const value = current[key];
  if (value === void 0 || (typeof value === "function" || key === "__proto__") && !Object.hasOwn(current, key)) return void 0;
  return value;
}
function field(parent, key) {
  return isObject(parent) ? parent[key] : void 0;
}
function ownField(parent, key) {
  return step(parent, key);
}
function nearestOf(value, path, parentNearest) {
  return value === void 0 || value === null ? parentNearest : path;
}
function dig(root, ...keys) {
  return digKeys(root, keys);
}
function digKeys(root, keys) {
  let current = root;
  for (let index = 0; index < keys.length; index++) {
    current = step(current, keys[index]);
    if (current === void 0) return void 0;
  }
  return current;
}
function nearestExisting(root, base, ...keys) {
  return nearestExistingOf(root, base, keys, keys.length);
}
function nearestExistingOf(root, base, keys, length) {
  let current = root;
  let depth = 0;
  for (; depth < length; depth++) {
    const next = step(current, keys[depth]);
    if (next === void 0 || next === null) break;
    current = next;
  }
  return pointerOf(base, keys, depth);
}
function describeType(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return "a string";
  return `a ${typeof value}`;
}
function fieldName(path) {
  return path.split("/").slice(1).map((token) => token.replace(/~1/g, "/").replace(/~0/g, "~")).reduce((name, token) => /^\d+$/.test(token) ? `${name}[${token}]` : name === "" ? token : `${name}.${token}`, "");
}
var ObjectReader = class {
  constructor(objectIndex, object, resource, problems) {
    this.objectIndex = objectIndex;
    this.object = object;
    this.resource = resource;
    this.problems = problems;
  }
  objectIndex;
  object;
  resource;
  problems;
  problem(path, message, extra = {}) {
    this.problems.push({ objectIndex: this.objectIndex, resource: this.resource, path, message, ...extra });
  }
  /** Reports `field must be X, got Y`. */
  wrongType(path, expected, value) {
    this.problem(path, `${fieldName(path)} must be ${expected}, got ${describeType(value)}; the operator rejects or misreads it.`);
  }
  /** Object at `path` under the root, or undefined (reporting a problem when present with the wrong type). */
  objectAt(...keys) {
    const value = digKeys(this.object, keys);
    return value === void 0 || value === null ? void 0 : this.objectValue(value, pointerOf("", keys, keys.length));
  }
  /** `value` (read at `path`) when it is an object; undefined, with a problem when present with another type. */
  objectValue(value, path) {
    if (value === void 0 || value === null) return void 0;
    if (!isObject(value)) {
      this.wrongType(path, "an object", value);
      return void 0;
    }
    return value;
  }
  /** List at `keys`, or undefined (problem when present with the wrong type). */
  listAt(...keys) {
    const value = digKeys(this.object, keys);
    return value === void 0 || value === null ? void 0 : this.listValue(value, pointerOf("", keys, keys.length));
  }
  /** `value` (read at `path`) when it is a list; undefined, with a problem when present with another type. */
  listValue(value, path) {
    if (value === void 0 || value === null) return void 0;
    if (!Array.isArray(value)) {
      this.wrongType(path, "a list", value);
      return void 0;
    }
    return value;
  }
  /** A string field; placeholders ⇒ unknown; wrong type ⇒ problem + undefined. */
  string(keys) {
    const value = digKeys(this.object, keys);
    const path = pointerOf("", keys, keys.length);
    return this.stringValue(value, path, value === void 0 ? nearestExistingOf(this.object, "", keys, keys.length - 1) : path);
  }
  /**
   * `string(keys)` for the value already read: `value` at `path`, whose parent is at `parentPath` (the pointer a
   * missing value reports: the parent when it exists, else the nearest existing above it).
   */
  stringValue(value, path, parentPath) {
    if (typeof value === "string" && value !== "") return isPlaceholder(value) ? { value: void 0, path, unknown: true } : { value, path };
    if (value !== void 0 && value !== null && value !== "") {
      if (typeof value === "number" || typeof value === "boolean") return { value: String(value), path };
      this.wrongType(path, "a string", value);
    }
    return { value: void 0, path: value === void 0 ? parentPath : path };
  }
  /**
   * `string([...parentKeys, ...keys])` read from `parent`, the value at `parentKeys` (pointer `parentPath`) that the
   * caller already holds: what several fields of one block (a volume claim) read without walking from the root again.
   */
  stringUnder(parent, parentPath, parentKeys, keys) {
    if (!isObject(parent)) return this.string([...parentKeys, ...keys]);
    const value = digKeys(parent, keys);
    const path = pointerOf(parentPath, keys, keys.length);
    return this.stringValue(value, path, value === void 0 ? nearestExistingOf(parent, parentPath, keys, keys.length - 1) : path);
  }
  /**
   * An integer field. Accepts numeric strings only when `allowString` (PGO v4 `replicas`); placeholders ⇒ unknown;
   * missing ⇒ `defaultValue` (defaulted, path of the nearest parent); out of range or wrong type ⇒ problem, value undefined.
   */
  integer(keys, options = {}) {
    const path = pointerOf("", keys, keys.length);
    const value = digKeys(this.object, keys);
    const missing = value === void 0 || value === null || options.allowString && value === "";
    return this.integerValue(value, path, missing ? nearestExistingOf(this.object, "", keys, keys.length - 1) : path, options);
  }
  /** `integer(keys)` for the value already read: `value` at `path`, its parent at `parentPath` (as stringValue). */
  integerValue(value, path, parentPath, options = {}) {
    if (value === void 0 || value === null || options.allowString && value === "") {
      if (options.required) this.problem(parentPath, `${fieldName(path)} is required and missing.`);
      if (options.defaultValue !== void 0) return { value: options.defaultValue, path: parentPath, defaulted: true };
      return { value: void 0, path: parentPath };
    }
    if (isPlaceholder(value)) return { value: void 0, path, unknown: true };
    let number;
    if (typeof value === "number") number = value;
    else if (typeof value === "string" && options.allowString && /^\s*[+-]?\d+\s*$/.test(value)) number = Number(value);
    if (number === void 0 || !Number.isInteger(number)) {
      this.wrongType(path, options.allowString ? "a string holding an integer" : "an integer", value);
      return { value: void 0, path };
    }
    if (options.min !== void 0 && number < options.min) {
      this.problem(path, `${fieldName(path)} must be at least ${options.min}, got ${number}.`);
      return { value: void 0, path };
    }
    return { value: number, path };
  }
  /** A boolean field (also the strings "true"/"false", which YAML authors sometimes quote). */
  boolean(keys, defaultValue) {
    const value = digKeys(this.object, keys);
    const path = pointerOf("", keys, keys.length);
    return this.booleanValue(value, path, value === void 0 || value === null ? nearestExistingOf(this.object, "", keys, keys.length - 1) : path, defaultValue);
  }
  /** `boolean(keys)` for the value already read: `value` at `path`, its parent at `parentPath` (as stringValue). */
  booleanValue(value, path, parentPath, defaultValue) {
    if (value === void 0 || value === null) return { value: defaultValue, path: parentPath, defaulted: true };
    if (typeof value === "boolean") return { value, path };
    if (isPlaceholder(value)) return { value: defaultValue, path, unknown: true };
    if (value === "true" || value === "false") return { value: value === "true", path };
    this.wrongType(path, "a boolean", value);
    return { value: defaultValue, path, unknown: true };
  }
};
function stringRecord(value) {
  const result = {};
  if (!isObject(value)) return result;
  for (const [key, item] of Object.entries(value)) {
    if (typeof item === "string") result[key] = item;
    else if (typeof item === "number" || typeof item === "boolean") result[key] = String(item);
  }
  return result;
}
function resourceOf(object) {
  const metadata = isObject(object.metadata) ? object.metadata : {};
  const ref = {
    apiVersion: typeof object.apiVersion === "string" ? object.apiVersion : "",
    kind: typeof object.kind === "string" ? object.kind : "",
    name: typeof metadata.name === "string" ? metadata.name : typeof metadata.generateName === "string" ? metadata.generateName : ""
  };
  if (typeof metadata.namespace === "string" && metadata.namespace !== "") ref.namespace = metadata.namespace;
  return ref;
}
function apiGroup(apiVersion) {
  const slash = apiVersion.indexOf("/");
  return slash < 0 ? "" : apiVersion.slice(0, slash);
}
function selectorMatches(selector, pods) {
  const strict = matchesLabels(selector, pods);
  if (strict !== false || pods.maybe === void 0 || Object.keys(pods.maybe).length === 0) return strict;
  return matchesLabels(selector, { fixed: { ...pods.maybe, ...pods.fixed }, dynamic: pods.dynamic }) === false ? false : "unknown";
}
function matchesLabels(selector, pods) {
  if (selector === void 0 || selector === null) return false;
  if (!isObject(selector)) return "unknown";
  if (containsPlaceholderDeep(selector)) return "unknown";
  const has = (key) => Object.hasOwn(pods.fixed, key) || pods.dynamic.has(key);
  const matchLabels = selector.matchLabels;
  if (matchLabels !== void 0 && matchLabels !== null) {
    if (!isObject(matchLabels)) return "unknown";
    for (const key of Object.keys(matchLabels)) {
      if (pods.dynamic.has(key)) continue;
      if (pods.fixed[key] !== String(matchLabels[key])) return false;
    }
  }
  const expressions = selector.matchExpressions;
  if (expressions !== void 0 && expressions !== null) {
    if (!Array.isArray(expressions)) return "unknown";
    for (const expression of expressions) {
      if (!isObject(expression) || typeof expression.key !== "string") return "unknown";
      const key = expression.key;
      const values = Array.isArray(expression.values) ? expression.values.map(String) : [];
      const dynamic = pods.dynamic.has(key);
      const actual = pods.fixed[key];
      switch (expression.operator) {
        case "In":
          if (!dynamic && (actual === void 0 || !values.includes(actual))) return false;
          break;
        case "NotIn":
          if (!dynamic && actual !== void 0 && values.includes(actual)) return false;
          break;
        case "Exists":
          if (!has(key)) return false;
          break;
        case "DoesNotExist":
          if (Object.hasOwn(pods.fixed, key)) return false;
          break;
        default:
          return "unknown";
      }
    }
  }
  return true;
}
function termFrom(source, level, topologyKey, selector, path, pods) {
  const matches = selectorMatches(selector, pods);
  const keyKnown = typeof topologyKey === "string" && !isPlaceholder(topologyKey);
  const term = {
    source,
    level,
    topologyKey: typeof topologyKey === "string" ? topologyKey : "",
    path,
    selectsOwnPods: matches === true
  };
  if (matches === "unknown" || !keyKnown) term.unknown = true;
  return term;
}
function antiAffinityTerms(affinity, path, pods) {
  const terms = [];
  const anti = dig(affinity, "podAntiAffinity");
  if (!isObject(anti)) return terms;
  const required = anti.requiredDuringSchedulingIgnoredDuringExecution;
  if (Array.isArray(required)) {
    required.forEach((term, index) => {
      if (!isObject(term)) return;
      terms.push(
        termFrom("podAntiAffinity", "hard", term.topologyKey, term.labelSelector, `${path}/podAntiAffinity/requiredDuringSchedulingIgnoredDuringExecution/${index}`, pods)
      );
    });
  }
  const preferred = anti.preferredDuringSchedulingIgnoredDuringExecution;
  if (Array.isArray(preferred)) {
    preferred.forEach((weighted, index) => {
      const term = dig(weighted, "podAffinityTerm");
      if (!isObject(term)) return;
      terms.push(
        termFrom("podAntiAffinity", "soft", term.topologyKey, term.labelSelector, `${path}/podAntiAffinity/preferredDuringSchedulingIgnoredDuringExecution/${index}`, pods)
      );
    });
  }
  return terms;
}
function topologySpreadTerms(constraints, path, pods) {
  if (!Array.isArray(constraints)) return [];
  const terms = [];
  constraints.forEach((constraint, index) => {
    if (!isObject(constraint)) return;
    const level = constraint.whenUnsatisfiable === "ScheduleAnyway" ? "soft" : "hard";
    const term = termFrom("topologySpreadConstraints", level, constraint.topologyKey, constraint.labelSelector, `${path}/${index}`, pods);
    if (isPlaceholder(constraint.whenUnsatisfiable)) term.unknown = true;
    terms.push(term);
  });
  return terms;
}
function summariseSpreading(terms, extra = {}) {
  let level = "none";
  const keys = [];
  for (const term of terms) {
    if (!term.selectsOwnPods || term.unknown) continue;
    if (term.level === "hard") level = "hard";
    else if (level === "none") level = "soft";
    if (!keys.includes(term.topologyKey)) keys.push(term.topologyKey);
  }
  return { level, topologyKeys: keys, terms, ...extra };
}
function addPreferredAntiAffinityPatch(affinity, affinityPath, matchLabels, weight) {
  const weighted = {
    weight,
    podAffinityTerm: { topologyKey: "kubernetes.io/hostname", labelSelector: { matchLabels: { ...matchLabels } } }
  };
  if (affinity === void 0 || affinity === null) {
    return [{ op: "add", path: affinityPath, value: { podAntiAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [weighted] } } }];
  }
  if (!isObject(affinity)) return void 0;
  const anti = affinity.podAntiAffinity;
  const antiPath = pointer(affinityPath, "podAntiAffinity");
  if (anti === void 0 || anti === null) {
    return [{ op: "add", path: antiPath, value: { preferredDuringSchedulingIgnoredDuringExecution: [weighted] } }];
  }
  if (!isObject(anti)) return void 0;
  const list = anti.preferredDuringSchedulingIgnoredDuringExecution;
  const listPath = pointer(antiPath, "preferredDuringSchedulingIgnoredDuringExecution");
  if (list === void 0 || list === null) return [{ op: "add", path: listPath, value: [weighted] }];
  if (!Array.isArray(list)) return void 0;
  return [{ op: "add", path: `${listPath}/-`, value: weighted }];
}
function setPatch(root, base, keys, value) {
  let current = root;
  let path = base;
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index];
    if (!isObject(current)) return void 0;
    const next = current[key];
    const nextPath = pointer(path, key);
    if (index === keys.length - 1 || next === void 0 || next === null) {
      let nested = value;
      for (let inner = keys.length - 1; inner > index; inner--) nested = { [keys[inner]]: nested };
      return [{ op: "add", path: nextPath, value: nested }];
    }
    current = next;
    path = nextPath;
  }
  return void 0;
}
function canSetAt(root, keys) {
  let current = root;
  for (let index = 0; index < keys.length; index++) {
    if (!isObject(current)) return false;
    if (index === keys.length - 1) return true;
    const next = current[keys[index]];
    if (next === void 0 || next === null) return true;
    current = next;
  }
  return false;
}
function isPasswordVariable(name) {
  return /PASSWORD|PASSWD|(^|_)PASS$|SECRET/i.test(name) && !/_FILE$/.test(name);
}

// src/policies/images.ts
var DEFAULT_REGISTRY = "docker.io";
var DIGEST = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[0-9a-fA-F]{32,}$/;
var TAG = /^[\w][\w.-]{0,127}$/;
var PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
function parseImageReference(reference) {
  if (reference.length > MAX_CACHED_LENGTH) return parseUncached(reference);
  const cached = parsedReferences.get(reference);
  if (cached !== void 0) return cached ?? void 0;
  const parsed = parseUncached(reference);
  if (parsedReferences.size >= MAX_CACHED_REFERENCES) parsedReferences.clear();
  parsedReferences.set(reference, parsed ? Object.freeze(parsed) : null);
  return parsed;
}
var MAX_CACHED_REFERENCES = 4096;
var MAX_CACHED_LENGTH = 512;
var parsedReferences = /* @__PURE__ */ new Map();
function parseUncached(reference) {
  const text = reference.trim();
  if (text === "" || /\s/.test(text) || containsPlaceholder(text)) return void 0;
  let rest = text;
  let digest;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) return void 0;
  }
  let tag;
  const lastSlash = rest.lastIndexOf("/");
  const colon = rest.lastIndexOf(":");
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) return void 0;
  }
  if (rest === "") return void 0;
  const parts = rest.split("/");
  let registry = DEFAULT_REGISTRY;
  const first = parts[0] ?? "";
  if (parts.length > 1 && (first.includes(".") || first.includes(":") || first === "localhost")) {
    registry = first;
    parts.shift();
  }
  if (registry === "index.docker.io" || registry === "registry-1.docker.io") registry = DEFAULT_REGISTRY;
  if (parts.length === 0 || !parts.every((part) => PATH_COMPONENT.test(part))) return void 0;
  if (registry === DEFAULT_REGISTRY && parts.length === 1) parts.unshift("library");
  const parsed = { registry, repository: parts.join("/") };
  if (tag !== void 0) parsed.tag = tag;
  if (digest !== void 0) parsed.digest = digest;
  return parsed;
}
var NOT_A_SERVER = /exporter|operator|pgbouncer|bouncer|pooler|pgbackrest|backrest|backup|pgadmin|admin|upgrade|-ui$|client|pgo|scheduler|collector/;
var SPILO_NAME = /^spilo(?:test)?(?:-cdp(?:-pr\d+)?)?(?:-(\d+(?:\.\d+)?))?(?:-e2e)?$/;
function postgresImageFamily(image) {
  const slash = image.repository.lastIndexOf("/");
  const name = image.repository.slice(slash + 1);
  const owner = slash < 0 ? void 0 : image.repository.slice(image.repository.lastIndexOf("/", slash - 1) + 1, slash);
  if (NOT_A_SERVER.test(name)) return void 0;
  if (SPILO_NAME.test(name)) return "spilo";
  if (/^crunchy-postgres(-gis)?(-ha)?$/.test(name)) return "crunchy";
  if (name === "postgresql-repmgr") return "bitnami-repmgr";
  if (owner === "bitnami" && name === "postgresql") return "bitnami";
  if (owner === "cloudnative-pg" && (name === "postgresql" || name === "postgis")) return "cnpg";
  if (name === "postgis") return "postgis";
  if (/^timescaledb(-ha|-postgis)?$/.test(name)) return "timescale";
  if (name === "pgvector" || name === "pgvecto-rs") return "pgvector";
  if (/^patroni/.test(name)) return "patroni";
  if (name === "stolon") return "stolon";
  if (name === "postgres" && (owner === "library" || owner === void 0)) return "official";
  if (/^postgres(ql)?([-_]\d+)?([-_][a-z0-9]+)*$/.test(name)) return "other";
  return void 0;
}
function majorOf(text) {
  if (text === void 0) return void 0;
  const match = /^(\d+)(?:\.(\d+))?/.exec(text);
  if (!match) return void 0;
  const major = Number(match[1]);
  if (major < 10 && match[2] !== void 0) return Number(`${major}.${match[2]}`);
  return major >= 6 && major <= 40 ? major : void 0;
}
function postgresImageFacts(reference) {
  if (reference.length > MAX_CACHED_LENGTH) return factsUncached(reference);
  const cached = factsByReference.get(reference);
  if (cached !== void 0) return cached ?? void 0;
  const facts = factsUncached(reference);
  if (factsByReference.size >= MAX_CACHED_REFERENCES) factsByReference.clear();
  factsByReference.set(reference, facts ? Object.freeze(facts) : null);
  return facts;
}
var factsByReference = /* @__PURE__ */ new Map();
function factsUncached(reference) {
  const parsed = parseImageReference(reference);
  if (!parsed) return void 0;
  const family = postgresImageFamily(parsed);
  return { parsed, family, major: postgresMajorIn(parsed, family) };
}
function postgresMajorIn(image, family) {
  if (family === void 0) return void 0;
  const name = image.repository.slice(image.repository.lastIndexOf("/") + 1);
  const tag = image.tag;
  if (family === "spilo") return majorOf(SPILO_NAME.exec(name)?.[1]);
  if (family === "crunchy") {
    const match = tag === void 0 ? null : /^[a-z]+\d*-(\d+(?:\.\d+)*)(?:-|$)/.exec(tag);
    return match ? majorOf(match[1]) : void 0;
  }
  const pg = tag === void 0 ? null : /(?:^|[-_])pg(\d+(?:\.\d+)?)/.exec(tag);
  if (pg) return majorOf(pg[1]);
  if (family === "timescale" || family === "pgvector" || family === "stolon" || family === "patroni") return void 0;
  const inName = /^postgres(?:ql)?[-_](\d+)(?:$|[-_])/.exec(name);
  if (inName) return majorOf(inName[1]);
  if (family === "other" && name !== "postgres" && name !== "postgresql") return void 0;
  return majorOf(tag);
}

// src/policies/adapters/context.ts
var ObjectIndex = class {
  constructor(objects) {
    this.objects = objects;
  }
  objects;
  /** `group/kind` → indices, in input order; filled per kind on its first look-up. */
  byKind = /* @__PURE__ */ new Map();
  /** `group/kind` → name → indices; built per kind on the first look-up by name. */
  byName;
  groups;
  /**
   * The objects of `group`/`kind` grouped by `keyOf` (e.g. ScheduledBackups by the Cluster they name), computed once per
   * model and `id`: a per-cluster look-up is then a map access, not a scan of every object.
   */
  groupedBy(id, group, kind, keyOf) {
    this.groups ??= /* @__PURE__ */ new Map();
    let grouped = this.groups.get(id);
    if (!grouped) {
      grouped = /* @__PURE__ */ new Map();
      for (const index of this.ofKind(group, kind)) {
        const object = this.objects[index];
        const key = object === void 0 ? void 0 : keyOf(object);
        if (key !== void 0) push(grouped, key, index);
      }
      this.groups.set(id, grouped);
    }
    return grouped;
  }
  /** Indices of the objects of `group`/`kind` (any version), in input order. */
  ofKind(group, kind) {
    const key = `${group}/${kind}`;
    let indices = this.byKind.get(key);
    if (!indices) {
      indices = [];
      const objects = this.objects;
      for (let index = 0; index < objects.length; index++) {
        const object = objects[index];
        if (object === void 0 || object.kind !== kind || typeof object.apiVersion !== "string" || apiGroup(object.apiVersion) !== group) continue;
        indices.push(index);
      }
      this.byKind.set(key, indices);
    }
    return indices;
  }
  /** Indices of the objects of `group`/`kind` named `name`, in input order. */
  named(group, kind, name) {
    const key = `${group}/${kind}`;
    this.byName ??= /* @__PURE__ */ new Map();
    let names = this.byName.get(key);
    if (!names) {
      names = /* @__PURE__ */ new Map();
      for (const index of this.ofKind(group, kind)) {
        const object = this.objects[index];
        const objectName = object === void 0 ? "" : nameOf(object);
        if (objectName !== "") push(names, objectName, index);
      }
      this.byName.set(key, names);
    }
    return names.get(name) ?? NONE;
  }
  /** The first object of `group`/`kind` named `name` in `namespace` (an absent namespace on either side matches). */
  find(group, kind, name, namespace) {
    for (const index of this.named(group, kind, name)) {
      const object = this.objects[index];
      if (object !== void 0 && sameNamespace(resourceOf(object).namespace, namespace)) return index;
    }
    return void 0;
  }
};
var NONE = Object.freeze([]);
function nameOf(object) {
  const metadata = object.metadata;
  if (!isObject(metadata)) return "";
  return typeof metadata.name === "string" ? metadata.name : typeof metadata.generateName === "string" ? metadata.generateName : "";
}
function push(map, key, index) {
  const list = map.get(key);
  if (list) list.push(index);
  else map.set(key, [index]);
}
var SERVED_VERSIONS = {
  "crunchydata.com/Pgcluster": { versions: ["v1"], operator: "Crunchy PGO v4" },
  "crunchydata.com/Pgreplica": { versions: ["v1"], operator: "Crunchy PGO v4" },
  "postgres-operator.crunchydata.com/PostgresCluster": { versions: ["v1beta1", "v1"], operator: "Crunchy PGO v5" },
  "acid.zalan.do/postgresql": { versions: ["v1"], operator: "the Zalando operator" },
  "acid.zalan.do/OperatorConfiguration": { versions: ["v1"], operator: "the Zalando operator" },
  "postgresql.cnpg.io/Cluster": { versions: ["v1"], operator: "CloudNativePG" },
  "postgresql.cnpg.io/ScheduledBackup": { versions: ["v1"], operator: "CloudNativePG" },
  "apps/StatefulSet": { versions: ["v1"], operator: "Kubernetes" }
};
var SERVED_BY_KIND = /* @__PURE__ */ new Map();
for (const [key, served] of Object.entries(SERVED_VERSIONS)) {
  const slash = key.lastIndexOf("/");
  const kind = key.slice(slash + 1);
  let byGroup = SERVED_BY_KIND.get(kind);
  if (!byGroup) {
    byGroup = /* @__PURE__ */ new Map();
    SERVED_BY_KIND.set(kind, byGroup);
  }
  byGroup.set(key.slice(0, slash), served);
}
var SERVED_API_VERSIONS = /* @__PURE__ */ new Map();
for (const [key, served] of Object.entries(SERVED_VERSIONS)) {
  const slash = key.lastIndexOf("/");
  const kind = key.slice(slash + 1);
  const group = key.slice(0, slash);
  let apiVersions = SERVED_API_VERSIONS.get(kind);
  if (!apiVersions) {
    apiVersions = /* @__PURE__ */ new Set();
    SERVED_API_VERSIONS.set(kind, apiVersions);
  }
  for (const version of served.versions) apiVersions.add(group === "" ? version : `${group}/${version}`);
}
function servedFor(group, kind) {
  return SERVED_BY_KIND.get(kind)?.get(group);
}
function apiVersionOf(apiVersion) {
  return apiVersion.includes("/") ? apiVersion.slice(apiVersion.indexOf("/") + 1) : apiVersion;
}
function isServed(served, apiVersion) {
  const version = apiVersionOf(apiVersion);
  return served.versions.includes(version) || containsPlaceholder(version);
}
function isKind(object, group, kind) {
  if (object === void 0 || object.kind !== kind || typeof object.apiVersion !== "string") return false;
  const apiVersion = object.apiVersion;
  if (apiVersion.length > group.length && apiVersion.charCodeAt(group.length) === 47 && apiVersion.startsWith(group) && SERVED_API_VERSIONS.get(kind)?.has(apiVersion)) return true;
  if (apiGroup(apiVersion) !== group) return false;
  const served = servedFor(group, kind);
  return served === void 0 || isServed(served, object.apiVersion);
}
function unservedVersion(object) {
  if (typeof object.apiVersion !== "string" || typeof object.kind !== "string") return void 0;
  if (SERVED_API_VERSIONS.get(object.kind)?.has(object.apiVersion)) return void 0;
  const byGroup = SERVED_BY_KIND.get(object.kind);
  if (byGroup === void 0) return void 0;
  const served = byGroup.get(apiGroup(object.apiVersion));
  if (served === void 0 || isServed(served, object.apiVersion)) return void 0;
  const expected = served.versions.map((v) => `\`${apiGroup(object.apiVersion)}/${v}\``).join(" or ");
  return `apiVersion \`${object.apiVersion}\` is not served for ${object.kind} (${served.operator} serves ${expected}): the apiserver rejects it, so pgwarden did not check it further.`;
}
function readerFor(input, index) {
  const object = input.objects[index];
  if (object === void 0) return void 0;
  return new ObjectReader(index, object, resourceOf(object), input.problems);
}
function sameNamespace(a, b) {
  return a === void 0 || b === void 0 || a === b;
}
function metadataLabels(object) {
  return stringRecord(isObject(object.metadata) ? object.metadata.labels : void 0);
}
function totalOf(sets, fallbackPath) {
  if (sets.length === 1) return { ...sets[0].replicas };
  let sum = 0;
  let unknown = false;
  let missing = false;
  for (const set of sets) {
    if (set.replicas.unknown) unknown = true;
    else if (set.replicas.value === void 0) missing = true;
    else sum += set.replicas.value;
  }
  const total = { value: unknown || missing ? void 0 : sum, path: fallbackPath };
  if (unknown) total.unknown = true;
  if (sets.length > 0 && sets.every((set) => set.replicas.defaulted)) total.defaulted = true;
  return total;
}
function imageUse(role, name, reference, setReference, field2 = `the \`${name}\` image`) {
  const use = { role, name, reference, field: field2 };
  if (reference.value !== void 0 && !reference.unknown) {
    if (role === "postgres") {
      const facts = postgresImageFacts(reference.value);
      if (facts) {
        use.parsed = facts.parsed;
        if (facts.major !== void 0) use.postgresMajor = facts.major;
        if (facts.major !== void 0 && facts.family === "spilo") use.runsOlderMajors = true;
      }
    } else {
      const parsed = parseImageReference(reference.value);
      if (parsed) use.parsed = parsed;
    }
  }
  if (setReference) use.setReference = setReference;
  return use;
}
function credential(user, secretName, path, regeneratesBlank, passwordKey = "password") {
  return { user, secretName, passwordKey, regeneratesBlank, path };
}

// src/policies/adapters/change.ts
function canonical(value) {
  if (value === void 0 || value === null) return void 0;
  const sort = (v) => Array.isArray(v) ? v.map(sort) : isObject(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sort(v[k])])) : v;
  return JSON.stringify(sort(value));
}
function creationOnly(object, keys, severity, effect) {
  const raw = dig(object, ...keys);
  const value = containsPlaceholderDeep(raw) ? { value: void 0, path: pointer("", ...keys), unknown: true } : { value: canonical(raw), path: raw === void 0 ? "/spec" : pointer("", ...keys) };
  return { field: keys.join("."), value, severity, effect };
}
var PVC_SHRINK = "a PersistentVolumeClaim cannot shrink: the apiserver refuses a smaller `resources.requests.storage` (ValidatePersistentVolumeClaimUpdate)";
function pgoV5(object, cluster, input) {
  const { name, namespace } = cluster.resource;
  const annotation = dig(object, "metadata", "annotations", "postgres-operator.crunchydata.com/allow-upgrade");
  const upgrade = input.index.ofKind("postgres-operator.crunchydata.com", "PGUpgrade").map((i) => input.objects[i]).find(
    (o) => isKind(o, "postgres-operator.crunchydata.com", "PGUpgrade") && dig(o, "spec", "postgresClusterName") === name && (dig(o, "metadata", "namespace") ?? namespace) === namespace && typeof annotation === "string" && dig(o, "metadata", "name") === annotation
  );
  return {
    // The data PVC is applied with the PostgresCluster as controller owner (internal/controller/postgrescluster/postgres.go
    // reconcilePostgresDataVolume L711-790, setControllerReference L738; the WAL volume likewise from L935, v5.8.9), so
    // garbage collection deletes them with the cluster.
    onDelete: "PGO v5 owns the data and WAL PVCs (controller owner reference), so Kubernetes deletes them, and the data, with the PostgresCluster",
    // dataVolumeClaimSpec is applied to the existing PVC by server-side apply (postgres.go L750, L784-787, v5.8.9); a
    // PVC's storageClassName is immutable, so the apiserver refuses it and PGO records the refusal as an event
    // (handlePersistentVolumeClaimError, internal/controller/postgrescluster/volumes.go L812): existing instances keep
    // their class. Moving data means a new set.
    storageClassChange: {
      severity: "warning",
      effect: "existing PVCs keep their class (a PVC class is immutable); to move the data, add an instance set with the new class and remove the old one once it has replicated"
    },
    shrink: `${PVC_SHRINK}; PGO v5 reports the failed apply as an event and the instances keep their size`,
    majorUpgrade: {
      ...upgrade ? { present: `PGUpgrade ${dig(upgrade, "metadata", "name")} with the allow-upgrade annotation` } : {},
      // The startup script halts when `postgres --version` differs from postgresVersion (internal/postgres/config.go L332-336, v5.8.9).
      missing: "PGO v5 does not upgrade by itself: the instances stop at startup when the data directory is of another major; add a PGUpgrade (fromPostgresVersion/toPostgresVersion) and annotate the cluster with `postgres-operator.crunchydata.com/allow-upgrade: <PGUpgrade name>`",
      stepsLeft: "set `spec.shutdown: true` so the PGUpgrade job runs, then start the cluster on the new postgresVersion and image, then run ANALYZE",
      downgrade: "PGO v5 has no downgrade path: the old binaries cannot read the newer data directory"
    },
    creationOnly: [],
    // Instance sets are StatefulSets named after the set (internal/naming/names.go GenerateInstance L283, v5.8.9): a new
    // name creates new pods and PVCs (replicated from the primary) and the instances of a set no longer in the spec are
    // deleted, their PVCs included (internal/controller/postgrescluster/instance.go deleteInstances L441, deleteInstance L533).
    instanceSetRename: "PGO v5 creates new pods and PVCs for the new name, copies the data from the primary, and deletes the old set with its PVCs"
  };
}
function cnpg(object) {
  return {
    // PVCs carry the Cluster as owner: pkg/reconciler/persistentvolumeclaim/build.go L60 WithClusterInheritance →
    // pkg/resources/metadatabuilder.go L83-85 → api/v1/cluster_funcs.go L1317-1320 SetInheritedDataAndOwnership
    // (utils.SetAsOwnedBy), v1.30.0: garbage collection deletes them with it.
    onDelete: "CloudNativePG owns the PVCs (owner reference), so Kubernetes deletes them, and the data, with the Cluster",
    // The webhook does not validate storageClass changes (cnpg.md §1); new PVCs are built from the spec
    // (pkg/reconciler/persistentvolumeclaim/build.go L66-69), existing ones are only resized (existing.go
    // reconcilePVCQuantity L124, v1.30.0).
    storageClassChange: {
      severity: "warning",
      effect: "CloudNativePG accepts it but only PVCs created from now on (new instances) get the new class; existing ones keep theirs"
    },
    // validateStorageConfigurationChange (internal/webhook/v1/cluster_webhook.go L1806-1837).
    shrink: "CloudNativePG's webhook rejects a smaller size (validateStorageConfigurationChange)",
    majorUpgrade: {
      // From 1.26 an image of a newer major triggers an offline in-place upgrade (pg_upgrade job); the webhook rejects a
      // downgrade and an upgrade to a major below 16 (validateImageChange, cluster_webhook.go L1367-1410, v1.30.0).
      present: "the in-place major upgrade CloudNativePG runs on an image change (operator 1.26 or later)",
      missing: "CloudNativePG before 1.26 rejects a major change of the image; upgrade the operator first",
      stepsLeft: "CloudNativePG stops every instance, runs pg_upgrade in a job on the primary, then recreates the replicas: plan the downtime and take a backup first (target major 16 or later)",
      downgrade: "CloudNativePG's webhook rejects a major downgrade (validateImageChange)"
    },
    creationOnly: [
      // The first instance is created from `bootstrap` (internal/controller/cluster_create.go createPrimaryInstance
      // L1134, v1.30.0), and the webhook does not compare it on update (validateClusterChanges, cluster_webhook.go
      // L227-249, lists no bootstrap check). What is read again is the app database, owner and Secret name: the app
      // Secret is created only when missing, an existing one gets only metadata merged (cluster_create.go L222-273), and
      // the instance manager then refuses a Secret whose username is not the new owner ("wrong username",
      // internal/management/controller/instance_controller.go L1421-1445).
      creationOnly(
        object,
        ["spec", "bootstrap"],
        "warning",
        "CloudNativePG reads `bootstrap` only to create the first instance: the running cluster keeps the database and owner it was created with (a new owner name makes the instance manager refuse the app Secret)"
      )
    ]
  };
}
function zalando(config, teamId) {
  const setting = config.get("major_version_upgrade", "major_version_upgrade_mode");
  const mode = setting === void 0 ? "manual" : setting.source.unknown ? void 0 : String(setting.raw);
  const allowList = config.get("major_version_upgrade", "major_version_upgrade_team_allow_list")?.raw;
  const teams = Array.isArray(allowList) ? allowList.map(String) : typeof allowList === "string" ? allowList.split(",").map((t) => t.trim()) : [];
  const upgrades = mode !== "off" || typeof teamId === "string" && teams.includes(teamId);
  return {
    // deleteStatefulSet deletes the PVCs when enable_persistent_volume_claim_deletion (default true) is on
    // (pkg/cluster/resources.go L267, L289; pkg/controller/operator_config.go L128 CoalesceBool(…, true), v2.0.1).
    onDelete: "the Zalando operator deletes the StatefulSet and, with enable_persistent_volume_claim_deletion (default true), its PVCs and the data",
    // volumeClaimTemplates of a StatefulSet are immutable; the operator replaces the StatefulSet, existing PVCs stay.
    storageClassChange: {
      severity: "warning",
      effect: "existing PVCs keep their class (volumeClaimTemplates and PVC classes are immutable); only pods created on new PVCs get it"
    },
    shrink: `${PVC_SHRINK}; the Zalando operator logs the failed resize and keeps the volumes`,
    majorUpgrade: {
      ...upgrades ? {
        present: mode === void 0 ? "major_version_upgrade_mode from a value not in the repository" : mode === "off" ? `team ${String(teamId)} in major_version_upgrade_team_allow_list` : `major_version_upgrade_mode: ${mode}${setting === void 0 ? " (the operator default)" : " in the operator configuration"}`
      } : {},
      missing: "the Zalando operator runs no pg_upgrade with major_version_upgrade_mode off: set it to manual (the default) in the operator configuration, or the pods run the old major",
      stepsLeft: "the operator runs pg_upgrade in place on the primary after the rolling update; take a backup first and expect a short downtime",
      downgrade: "the Zalando operator does not downgrade: a lower postgresql.version leaves the data directory on the newer major"
    },
    creationOnly: []
  };
}
function pgoV4(object) {
  const keepData = dig(object, "metadata", "annotations", "keep-data") !== void 0;
  return {
    // The Pgcluster delete handler creates the rmdata task whose Job deletes the data and the backups, each unless the
    // Pgcluster carries the `keep-data` / `keep-backups` annotation (internal/controller/pgcluster/pgclustercontroller.go
    // onDelete L457-517; internal/config/annotations.go L29, L32; v4.7.10).
    onDelete: keepData ? "PGO v4 removes the cluster and runs its rmdata job; the `keep-data` annotation keeps the data PVCs" : "PGO v4 removes the cluster and runs its rmdata job, which deletes the PVCs and the data (unless the Pgcluster carries the `keep-data` annotation)",
    // onUpdate compares only .Size (pgclustercontroller.go L178-455, v4.7.10): a new storageclass is not acted on.
    storageClassChange: { severity: "warning", effect: "PGO v4 does not act on a storageclass change (onUpdate compares only size): existing volumes keep theirs" },
    // onUpdate checks a new size with util.ValidatePVCResize, which refuses any size not larger, and only logs it
    // (pgclustercontroller.go L408-430; internal/util/cluster.go L589-614, v4.7.10).
    shrink: `${PVC_SHRINK}; PGO v4 refuses a smaller size itself (ValidatePVCResize) and only logs it: the volumes keep their size`,
    majorUpgrade: {
      missing: "PGO v4 has no in-place major upgrade: the new image cannot read the old data directory; use pg_dump/pg_restore into a new cluster",
      stepsLeft: "",
      downgrade: "PGO v4 cannot downgrade: the old binaries cannot read the newer data directory"
    },
    creationOnly: [
      // replicas is read only when the cluster is first created (internal/operator/cluster/cluster.go AddClusterBase
      // L122, the Pgreplica loop L259-308, v4.7.10);
      // scaling later is done with Pgreplica objects (pgo-v4.md §3).
      creationOnly(object, ["spec", "replicas"], "warning", "PGO v4 reads `spec.replicas` only at creation and ignores the change; scale with Pgreplica objects")
    ]
  };
}
function statefulSet(object) {
  const forbidden = "the apiserver rejects the update (only replicas, template, updateStrategy, persistentVolumeClaimRetentionPolicy, ordinals and minReadySeconds may change: ValidateStatefulSetUpdate)";
  return {
    // persistentVolumeClaimRetentionPolicy.whenDeleted defaults to Retain (kubernetes/api@10b39a3 apps/v1/types.go
    // L154-158, whenDeleted L169-174).
    onDelete: "the pods stop; the PVCs stay unless persistentVolumeClaimRetentionPolicy.whenDeleted is Delete",
    storageClassChange: { severity: "error", effect: forbidden },
    shrink: forbidden,
    majorUpgrade: {
      missing: "the new image cannot read a data directory of another major (PG_VERSION check at startup): dump and restore, or run pg_upgrade with both binaries",
      stepsLeft: "",
      downgrade: "the older image cannot read the newer data directory"
    },
    creationOnly: [
      creationOnly(object, ["spec", "selector"], "error", forbidden),
      creationOnly(object, ["spec", "serviceName"], "error", forbidden),
      creationOnly(object, ["spec", "podManagementPolicy"], "error", forbidden)
    ]
  };
}
function changeProfile(cluster, object, input, zalandoConfig) {
  switch (cluster.flavour) {
    case "pgo-v5":
      return pgoV5(object, cluster, input);
    case "cnpg":
      return cnpg(object);
    case "zalando":
      return zalando(zalandoConfig, dig(object, "spec", "teamId"));
    case "pgo-v4":
      return pgoV4(object);
    case "statefulset":
      return statefulSet(object);
  }
}

// src/policies/adapters/cnpg.ts
var CNPG_GROUP = "postgresql.cnpg.io";
var CNPG_DEFAULT_IMAGE = "ghcr.io/cloudnative-pg/postgresql:18.4-system-trixie";
var HOSTNAME = "kubernetes.io/hostname";
var HIBERNATION = "cnpg.io/hibernation";
var cnpgSyntax = {
  name: "CloudNativePG",
  instances: (count) => `\`spec.instances: ${count}\``,
  shutdown: 'To stop it deliberately, hibernate it with the annotation `cnpg.io/hibernation: "on"`.',
  spread: (hard) => `set \`spec.affinity.enablePodAntiAffinity: true\`${hard ? " and `podAntiAffinityType: required`" : ""} (or remove \`enablePodAntiAffinity: false\`)`,
  storageClassKey: "storageClass",
  persistData: "declare `spec.storage` with a size",
  // An existing Secret is never rewritten (cluster_create.go L243-273); the instance manager applies it (instance_controller.go L1421-1462).
  blankPassword: "CloudNativePG never rewrites an existing Secret and applies the blank password to the role as it is",
  setPassword: (key) => `put a real password in \`${key}\`, or delete the Secret from Git so that CloudNativePG generates one`,
  scheduleBackups: "add a ScheduledBackup for this cluster with a 6-field schedule such as `0 0 2 * * *`"
};
var CNPG_GATES = {
  schema: "CloudNativePG's ScheduledBackup webhook",
  parser: "CloudNativePG's ScheduledBackup webhook",
  example: "6 fields with seconds first, e.g. `0 0 2 * * *` for 02:00 daily"
};
function webhookImageRejection(reference) {
  const parsed = parseImageReference(reference);
  if (!parsed) return void 0;
  if (parsed.tag === void 0 && parsed.digest) return "CloudNativePG's webhook (a digest-only reference carries no Postgres version; keep the digest after a tag, `<image>:<version>@sha256:\u2026`)";
  if (parsed.tag === void 0 || parsed.tag === "latest") return `CloudNativePG's webhook (${parsed.tag === void 0 ? "no tag means `latest`, which" : "`latest`"} carries no Postgres version)`;
  if (!/^(\d\.?)+/.test(parsed.tag)) return `CloudNativePG's webhook (the tag \`${parsed.tag}\` does not start with a Postgres version such as \`17.5\`)`;
  return void 0;
}
var IMAGE_FIELD = "`spec.imageName` (e.g. `ghcr.io/cloudnative-pg/postgresql:17.5-system-trixie`)";
var DYNAMIC_POD_LABELS = /* @__PURE__ */ new Set(["cnpg.io/instanceName", "cnpg.io/instanceRole", "role", "app.kubernetes.io/version"]);
var INSTANCES = { defaultValue: 1, min: 1 };
var BOOTSTRAP_METHODS = ["initdb", "recovery", "pg_basebackup"];
function isCnpgCluster(object) {
  return isKind(object, CNPG_GROUP, "Cluster");
}
function cnpgCluster(input, index) {
  const reader = readerFor(input, index);
  if (!reader || !isCnpgCluster(reader.object)) return void 0;
  const object = reader.object;
  const name = reader.resource.name;
  const specValue = object.spec;
  const spec = reader.objectValue(specValue, "/spec");
  if (!spec) reader.problem("", "spec is required for a CloudNativePG Cluster (spec.instances, spec.storage).");
  const inSpec = nearestOf(specValue, "/spec", "");
  const annotations = stringRecord(dig(object, "metadata", "annotations"));
  const hibernation = annotations[HIBERNATION];
  const shutdown = hibernation === void 0 ? { value: false, path: nearestExisting(object, "", "metadata", "annotations"), defaulted: true } : isPlaceholder(hibernation) ? { value: false, path: pointer("/metadata/annotations", HIBERNATION), unknown: true } : { value: hibernation === "on", path: pointer("/metadata/annotations", HIBERNATION) };
  const instances = reader.integerValue(spec?.instances, "/spec/instances", inSpec, INSTANCES);
  webhookCrossFieldChecks(reader, instances);
  const podLabels = {
    fixed: {
      ...stringRecord(dig(spec, "inheritedMetadata", "labels")),
      "cnpg.io/cluster": name,
      "cnpg.io/podRole": "instance",
      "app.kubernetes.io/name": "postgresql",
      "app.kubernetes.io/instance": name,
      "app.kubernetes.io/component": "database",
      "app.kubernetes.io/managed-by": "cloudnative-pg"
    },
    dynamic: DYNAMIC_POD_LABELS,
    maybe: metadataLabels(object)
  };
  const affinityValue = spec?.affinity;
  const affinity = reader.objectValue(affinityValue, "/spec/affinity");
  const inAffinity = nearestOf(affinityValue, "/spec/affinity", inSpec);
  const enabled = reader.booleanValue(affinity?.enablePodAntiAffinity, "/spec/affinity/enablePodAntiAffinity", inAffinity, true);
  const typeField = reader.stringValue(affinity?.podAntiAffinityType, "/spec/affinity/podAntiAffinityType", inAffinity);
  const keyField = reader.stringValue(affinity?.topologyKey, "/spec/affinity/topologyKey", inAffinity);
  const terms = [];
  let generated = false;
  if (enabled.value || enabled.unknown) {
    const type = typeField.value ?? "preferred";
    if (type !== "preferred" && type !== "required") {
      reader.problem(typeField.path, `spec.affinity.podAntiAffinityType must be "preferred" or "required", got "${type}"; the webhook rejects it.`);
    } else {
      generated = !enabled.unknown;
      const term = {
        source: "operatorDefault",
        level: type === "required" ? "hard" : "soft",
        topologyKey: keyField.value ?? HOSTNAME,
        path: enabled.defaulted ? typeField.value !== void 0 ? typeField.path : enabled.path : enabled.path,
        selectsOwnPods: true
      };
      if (enabled.defaulted && typeField.value === void 0) term.defaulted = true;
      if (enabled.unknown || typeField.unknown || keyField.unknown) term.unknown = true;
      terms.push(term);
    }
  }
  if (affinity) terms.push(...antiAffinityTerms(affinity.additionalPodAntiAffinity === void 0 ? void 0 : { podAntiAffinity: affinity.additionalPodAntiAffinity }, "/spec/affinity/additionalPodAntiAffinity", podLabels).map(fixAdditionalPath));
  terms.push(...topologySpreadTerms(dig(spec, "topologySpreadConstraints"), "/spec/topologySpreadConstraints", podLabels));
  const spreading = summariseSpreading(terms);
  if (!enabled.value && !enabled.unknown && !enabled.defaulted) spreading.disabledBy = { value: false, path: enabled.path };
  if (!generated && !enabled.unknown && !typeField.unknown && spec) {
    const patch = affinity ? [
      { op: "add", path: "/spec/affinity/enablePodAntiAffinity", value: true },
      { op: "add", path: "/spec/affinity/podAntiAffinityType", value: "preferred" }
    ] : setPatch(object, "", ["spec", "affinity"], { enablePodAntiAffinity: true, podAntiAffinityType: "preferred" });
    if (patch && (affinity || affinityValue === void 0)) spreading.addSoftAntiAffinity = patch;
  }
  const volumes = [];
  for (const [field2, role] of [
    ["storage", "data"],
    ["walStorage", "wal"]
  ]) {
    const block = reader.objectValue(spec?.[field2], `/spec/${field2}`);
    if (!block && field2 === "walStorage") continue;
    if (!block && field2 === "storage" && spec) {
      reader.problem("/spec", "spec.storage is required (size or pvcTemplate storage request); the CloudNativePG webhook rejects the Cluster without it.");
    }
    volumes.push(storageVolume(reader.object, ["spec", field2], role, name, reader));
  }
  const tablespaces = reader.listValue(spec?.tablespaces, "/spec/tablespaces");
  tablespaces?.forEach((tablespace, i) => {
    if (!isObject(tablespace)) return;
    const owner2 = typeof tablespace.name === "string" ? tablespace.name : `tablespace ${i}`;
    volumes.push(storageVolume(reader.object, ["spec", "tablespaces", i, "storage"], "tablespace", owner2, reader));
  });
  const images = [];
  const imageName = reader.stringValue(spec?.imageName, "/spec/imageName", inSpec);
  const catalog = reader.objectValue(spec?.imageCatalogRef, "/spec/imageCatalogRef");
  let postgresVersion;
  if (catalog) {
    postgresVersion = reader.integerValue(catalog.major, "/spec/imageCatalogRef/major", "/spec/imageCatalogRef", { required: true, min: 10 });
    if (imageName.value !== void 0) reader.problem(imageName.path, "spec.imageName and spec.imageCatalogRef are mutually exclusive; the CRD rejects both.");
    const catalogName = typeof catalog.name === "string" ? catalog.name : "?";
    images.push(imageUse("postgres", `imageCatalogRef ${catalogName}`, catalogImage(input, catalog, postgresVersion, reader.resource.namespace), void 0, `the catalog entry for major ${postgresVersion.value ?? "?"} in ${catalogName}`));
  } else {
    const reference = imageName.value !== void 0 || imageName.unknown ? imageName : { value: CNPG_DEFAULT_IMAGE, path: inSpec, defaulted: true };
    const use = imageUse("postgres", "imageName", reference, spec ? (ref) => [{ op: "add", path: "/spec/imageName", value: ref }] : void 0, IMAGE_FIELD);
    const rejection = imageName.value !== void 0 && !imageName.unknown ? webhookImageRejection(imageName.value) : void 0;
    if (rejection) use.operatorRejects = rejection;
    images.push(use);
  }
  const credentials = [];
  const bootstrap = spec?.bootstrap;
  const method = BOOTSTRAP_METHODS.find((key) => isObject(field(bootstrap, key))) ?? "initdb";
  const methodValue = field(bootstrap, method);
  const methodPath = `/spec/bootstrap/${method}`;
  const inMethod = nearestOf(methodValue, methodPath, nearestOf(bootstrap, "/spec/bootstrap", inSpec));
  const secretValue = field(methodValue, "secret");
  const appSecret = reader.stringValue(field(secretValue, "name"), `${methodPath}/secret/name`, nearestOf(secretValue, `${methodPath}/secret`, inMethod));
  const owner = reader.stringValue(field(methodValue, "owner"), `${methodPath}/owner`, inMethod);
  if (!appSecret.unknown) {
    credentials.push(credential(owner.value ?? "app", appSecret.value ?? `${name}-app`, appSecret.value !== void 0 ? appSecret.path : inMethod, false));
  }
  const superuser = reader.booleanValue(spec?.enableSuperuserAccess, "/spec/enableSuperuserAccess", inSpec, false);
  if (superuser.value && !superuser.unknown) {
    const superuserSecret = spec?.superuserSecret;
    const secretName = reader.stringValue(field(superuserSecret, "name"), "/spec/superuserSecret/name", nearestOf(superuserSecret, "/spec/superuserSecret", inSpec));
    if (!secretName.unknown) credentials.push(credential("postgres", secretName.value ?? `${name}-superuser`, superuser.path, false));
  }
  const backupValue = spec?.backup;
  const backup = reader.objectValue(backupValue, "/spec/backup");
  const plugins = reader.listValue(spec?.plugins, "/spec/plugins");
  const barmanPlugin = plugins?.some((plugin) => isObject(plugin) && typeof plugin.name === "string" && plugin.name.includes("barman")) ?? false;
  const schedules = scheduledBackupsOf(input, index, name, reader.resource.namespace);
  const hasStore = backup !== void 0 && (dig(backup, "barmanObjectStore") !== void 0 || dig(backup, "volumeSnapshot") !== void 0);
  let retention = reader.stringValue(backup?.retentionPolicy, "/spec/backup/retentionPolicy", nearestOf(backupValue, "/spec/backup", inSpec));
  if (!hasStore && retention.value === void 0 && !retention.unknown && barmanPlugin) {
    retention = pluginRetention(input, plugins ?? [], reader.resource.namespace);
  }
  return {
    flavour: "cnpg",
    operator: cnpgSyntax,
    objectIndex: index,
    resource: reader.resource,
    labels: metadataLabels(object),
    podLabels: podLabels.fixed,
    shutdown,
    instanceSets: [{ name, replicas: instances, path: "/spec", spreading }],
    totalInstances: { ...instances },
    volumes,
    images,
    ...postgresVersion ? { postgresVersion } : {},
    backups: {
      configured: {
        value: hasStore || barmanPlugin || schedules.length > 0,
        path: hasStore ? "/spec/backup" : barmanPlugin ? "/spec/plugins" : nearestOf(backupValue, "/spec/backup", inSpec)
      },
      schedules,
      retention: [{ setting: retention, fix: '`spec.backup.retentionPolicy: "30d"` on the Cluster' }]
    },
    credentials,
    authSettings: []
  };
}
function pluginRetention(input, plugins, namespace) {
  const index = plugins.findIndex((plugin) => isObject(plugin) && typeof plugin.name === "string" && plugin.name.includes("barman"));
  const namePath = pointer("/spec/plugins", index, "parameters", "barmanObjectName");
  const storeName = dig(plugins[index], "parameters", "barmanObjectName");
  if (typeof storeName !== "string" || isPlaceholder(storeName)) return { value: void 0, path: namePath, unknown: true };
  const storeIndex = input.index.named("barmancloud.cnpg.io", "ObjectStore", storeName).find(
    (i) => isKind(input.objects[i], "barmancloud.cnpg.io", "ObjectStore") && sameNamespace(resourceOf(input.objects[i]).namespace, namespace)
  ) ?? -1;
  if (storeIndex < 0) return { value: void 0, path: namePath, unknown: true };
  const policy = dig(input.objects[storeIndex], "spec", "retentionPolicy");
  if (typeof policy === "string" && policy !== "") {
    return { value: isPlaceholder(policy) ? void 0 : policy, path: "/spec/retentionPolicy", objectIndex: storeIndex, ...isPlaceholder(policy) ? { unknown: true } : {} };
  }
  return { value: void 0, path: dig(input.objects[storeIndex], "spec") === void 0 ? "" : "/spec", objectIndex: storeIndex };
}
function catalogImage(input, catalog, major, namespace) {
  const unknown = { value: void 0, path: "/spec/imageCatalogRef", unknown: true };
  const kind = catalog.kind === "ClusterImageCatalog" ? "ClusterImageCatalog" : catalog.kind === "ImageCatalog" ? "ImageCatalog" : void 0;
  if (kind === void 0 || typeof catalog.name !== "string" || major.value === void 0) return unknown;
  const index = input.index.named(CNPG_GROUP, kind, catalog.name).find(
    (i) => isKind(input.objects[i], CNPG_GROUP, kind) && (kind === "ClusterImageCatalog" || sameNamespace(resourceOf(input.objects[i]).namespace, namespace))
  ) ?? -1;
  const entries = dig(input.objects[index], "spec", "images");
  if (index < 0 || !Array.isArray(entries)) return unknown;
  const entry = entries.findIndex((item) => dig(item, "major") === major.value);
  const image = dig(entries[entry], "image");
  if (entry < 0 || typeof image !== "string") return { value: void 0, path: "/spec/images", objectIndex: index };
  return { value: isPlaceholder(image) ? void 0 : image, path: pointer("/spec/images", entry, "image"), objectIndex: index, ...isPlaceholder(image) ? { unknown: true } : {} };
}
function webhookCrossFieldChecks(reader, instances) {
  const count = instances.unknown ? void 0 : instances.value;
  const integerAt = (keys) => {
    const value = dig(reader.object, ...keys);
    return typeof value === "number" && Number.isInteger(value) ? value : void 0;
  };
  const rejects = (path, field2, value, why, fix) => reader.problem(path, `CloudNativePG's webhook rejects \`${field2}: ${JSON.stringify(value)}\` (${why}): ${fix}.`);
  const maxSync = integerAt(["spec", "maxSyncReplicas"]) ?? 0;
  const minSync = integerAt(["spec", "minSyncReplicas"]) ?? 0;
  if (count !== void 0 && dig(reader.object, "spec", "maxSyncReplicas") !== void 0 && maxSync >= count) {
    rejects("/spec/maxSyncReplicas", "spec.maxSyncReplicas", maxSync, `maxSyncReplicas must be lower than the number of instances, ${count}`, `write \`spec.maxSyncReplicas: ${Math.max(count - 1, 0)}\` or more instances`);
  }
  if (dig(reader.object, "spec", "minSyncReplicas") !== void 0 && minSync > maxSync) {
    rejects("/spec/minSyncReplicas", "spec.minSyncReplicas", minSync, `minSyncReplicas cannot be greater than maxSyncReplicas, ${maxSync}`, `write \`spec.minSyncReplicas: ${maxSync}\` or raise maxSyncReplicas`);
  }
  const strategy = dig(reader.object, "spec", "primaryUpdateStrategy");
  if (strategy === "supervised" && count === 1) {
    rejects("/spec/primaryUpdateStrategy", "spec.primaryUpdateStrategy", strategy, "supervised update strategy is not allowed for clusters with a single instance", "write `unsupervised` or run 2+ instances");
  }
  const synchronous = dig(reader.object, "spec", "postgresql", "synchronous");
  const number = integerAt(["spec", "postgresql", "synchronous", "number"]);
  if (count !== void 0 && isObject(synchronous) && number !== void 0) {
    const names = (key) => Array.isArray(synchronous[key]) ? synchronous[key].length : 0;
    const limit = count + names("standbyNamesPre") + names("standbyNamesPost");
    if (number >= limit) {
      rejects("/spec/postgresql/synchronous/number", "spec.postgresql.synchronous.number", number, `the number of synchronous replicas must be less than the total number of instances and the provided standby names, ${limit}`, `write at most ${Math.max(limit - 1, 0)}`);
    }
  }
}
function fixAdditionalPath(term) {
  return { ...term, path: term.path.replace("/additionalPodAntiAffinity/podAntiAffinity/", "/additionalPodAntiAffinity/") };
}
var STORAGE_CLASS = ["storageClass"];
var TEMPLATE_STORAGE_CLASS = ["pvcTemplate", "storageClassName"];
var SIZE = ["size"];
var TEMPLATE_SIZE = ["pvcTemplate", "resources", "requests", "storage"];
function storageVolume(root, keys, role, owner, reader) {
  const block = dig(root, ...keys);
  const blockPath = pointer("", ...keys);
  const direct = reader.stringUnder(block, blockPath, keys, STORAGE_CLASS);
  const fromTemplate = reader.stringUnder(block, blockPath, keys, TEMPLATE_STORAGE_CLASS);
  const chosen = direct.value !== void 0 || direct.unknown ? direct : fromTemplate.value !== void 0 || fromTemplate.unknown ? fromTemplate : { value: void 0, path: nearestExisting(root, "", ...keys) };
  const parentKeys = keys.slice(0, -1);
  const parent = dig(root, ...parentKeys);
  const base = pointer("", ...parentKeys);
  const last = String(keys[keys.length - 1]);
  const directSize = reader.stringUnder(block, blockPath, keys, SIZE);
  const size = directSize.value !== void 0 || directSize.unknown ? directSize : reader.stringUnder(block, blockPath, keys, TEMPLATE_SIZE);
  const volume = { role, owner, storageClass: chosen, persistent: { value: true, path: blockPath }, size };
  if (isObject(parent) && (block === void 0 || isObject(block))) {
    volume.setStorageClass = (className) => setPatch(parent, base, [last, "storageClass"], className) ?? [];
  }
  return volume;
}
function scheduledBackupsOf(input, clusterIndex, clusterName, namespace) {
  const schedules = [];
  const byCluster = input.index.groupedBy("cnpg-scheduledbackups", CNPG_GROUP, "ScheduledBackup", (object) => {
    const target = dig(object, "spec", "cluster", "name");
    return typeof target === "string" ? target : void 0;
  });
  for (const index of byCluster.get(clusterName) ?? []) {
    const object = input.objects[index];
    if (index === clusterIndex || !isKind(object, CNPG_GROUP, "ScheduledBackup")) continue;
    const resource = resourceOf(object);
    if (!sameNamespace(resource.namespace, namespace)) continue;
    const schedule = dig(object, "spec", "schedule");
    if (typeof schedule !== "string") continue;
    const entry = {
      type: "base",
      schedule: { value: schedule, path: "/spec/schedule", objectIndex: index, ...isPlaceholder(schedule) ? { unknown: true } : {} },
      dialect: "cnpg",
      name: resource.name,
      gates: CNPG_GATES
    };
    const suspend = dig(object, "spec", "suspend");
    if (suspend === true) entry.suspended = true;
    schedules.push(entry);
  }
  return schedules;
}
function scheduledBackupProblems(input) {
  const problems = [];
  for (const index of input.index.ofKind(CNPG_GROUP, "ScheduledBackup")) {
    const object = input.objects[index];
    if (!isKind(object, CNPG_GROUP, "ScheduledBackup")) continue;
    const resource = resourceOf(object);
    const spec = dig(object, "spec");
    if (!isObject(spec)) {
      problems.push({ objectIndex: index, resource, path: "", message: "spec is required for a ScheduledBackup (spec.schedule, spec.cluster.name)." });
      continue;
    }
    const schedule = spec.schedule;
    if (typeof schedule !== "string" || schedule.trim() === "") {
      problems.push({ objectIndex: index, resource, path: schedule === void 0 ? "/spec" : "/spec/schedule", message: "spec.schedule is required and must be a non-empty cron string (6 fields, seconds first)." });
    }
    const clusterName = dig(spec, "cluster", "name");
    if (typeof clusterName !== "string" || clusterName === "") {
      problems.push({ objectIndex: index, resource, path: nearestExisting(object, "", "spec", "cluster", "name"), message: "spec.cluster.name is required: the ScheduledBackup names the Cluster it backs up." });
      continue;
    }
    if (isPlaceholder(clusterName)) continue;
    const found = input.index.named(CNPG_GROUP, "Cluster", clusterName).some(
      (other) => isCnpgCluster(input.objects[other]) && sameNamespace(resourceOf(input.objects[other]).namespace, resource.namespace)
    );
    if (!found) {
      problems.push({
        objectIndex: index,
        resource,
        path: "/spec/cluster/name",
        message: `ScheduledBackup "${resource.name}" targets Cluster "${clusterName}", which is not among the manifests checked${resource.namespace ? ` in namespace "${resource.namespace}"` : ""}: if no such Cluster exists, the schedule backs up nothing.`,
        ruleId: "backup-schedule",
        severity: "warning"
      });
    }
  }
  return problems;
}

// src/policies/adapters/pgo-v4.ts
var PGO_V4_GROUP = "crunchydata.com";
var DEFAULT_PREFIX = "registry.developers.crunchydata.com/crunchydata";
var HOSTNAME2 = "kubernetes.io/hostname";
var STORAGE_BLOCKS = [
  ["PrimaryStorage", "data", "primary"],
  ["ReplicaStorage", "data", "replicas"],
  ["WALStorage", "wal", "WAL"],
  ["BackrestStorage", "backup", "pgBackRest"]
];
var pgoV4Syntax = {
  name: "Crunchy PGO v4",
  // spec.replicas counts replicas besides the primary, as a string, read only at creation (cluster.go L258-306).
  instances: (count) => `\`spec.replicas: "${count - 1}"\` (PGO v4 counts replicas in addition to the primary, as a string, and reads it only when the cluster is created; later add Pgreplica objects)`,
  shutdown: "To stop it deliberately, set `spec.shutdown: true`.",
  spread: (hard) => `set \`spec.podAntiAffinity.default: ${hard ? "required" : "preferred"}\``,
  storageClassKey: "storageclass",
  // pvc.go CreateIfNotExists L89-111: storagetype "" or emptydir ⇒ emptyDir, no PVC.
  persistData: "write `storagetype: dynamic` and a `storageclass` (PGO v4 mounts an emptyDir when `storagetype` is empty or `emptydir`)",
  // createMissingUserSecret returns early when the Secret exists (cluster.go L1030-1078).
  blankPassword: "PGO v4 never regenerates it: it only creates user Secrets that are missing, and mounts this one as it is",
  setPassword: (key) => `put a real password in \`${key}\`, or delete the Secret from Git so that Crunchy PGO v4 generates one`,
  scheduleBackups: 'add a ConfigMap labelled `crunchy-scheduler: "true"` with a pgbackrest `full` schedule'
};
var PGO_V4_GATES = {
  schema: "pgo-scheduler's validation (it then ignores the schedule, so this backup never runs)",
  parser: "pgo-scheduler's validation (it then ignores the schedule, so this backup never runs)",
  example: "5 fields without descriptors, e.g. `0 1 * * *`"
};
function isPgoV4Cluster(object) {
  return isKind(object, PGO_V4_GROUP, "Pgcluster");
}
function pgoV4Cluster(input, index) {
  const reader = readerFor(input, index);
  if (!reader || !isPgoV4Cluster(reader.object)) return void 0;
  const object = reader.object;
  const name = reader.resource.name;
  const namespace = reader.resource.namespace;
  const spec = reader.objectAt("spec");
  if (!spec) reader.problem("", "spec is required for a Pgcluster.");
  if (dig(spec, "status") === "completed") {
    reader.problem("/spec/status", 'spec.status is "completed" (exported from a running cluster): the operator skips a new Pgcluster in this state, so nothing is created. Remove spec.status.', { severity: "warning" });
  }
  const replicasRaw = dig(spec, "replicas");
  if (typeof replicasRaw === "number") reader.problem("/spec/replicas", 'spec.replicas must be a string (e.g. "1"), got a number; the operator cannot read it.');
  const extra = reader.integer(["spec", "replicas"], { defaultValue: 0, min: 0, allowString: true });
  const byCluster = input.index.groupedBy("pgo-v4-pgreplicas", PGO_V4_GROUP, "Pgreplica", (other) => {
    const cluster = dig(other, "spec", "clustername");
    return typeof cluster === "string" ? cluster : void 0;
  });
  const pgreplicas = (byCluster.get(name) ?? []).filter(
    (i) => isKind(input.objects[i], PGO_V4_GROUP, "Pgreplica") && sameNamespace(resourceOf(input.objects[i]).namespace, namespace)
  ).length;
  const replicas2 = {
    value: extra.value === void 0 ? void 0 : 1 + extra.value + pgreplicas,
    path: extra.path,
    ...extra.defaulted ? { defaulted: true } : {},
    ...extra.unknown ? { unknown: true } : {}
  };
  const antiType = reader.string(["spec", "podAntiAffinity", "default"]);
  const terms = [];
  let disabledBy;
  const type = antiType.value ?? "";
  if (antiType.unknown) {
    terms.push({ source: "operatorDefault", level: "soft", topologyKey: HOSTNAME2, path: antiType.path, selectsOwnPods: true, unknown: true });
  } else if (type === "" || type === "preferred" || type === "required") {
    const term = { source: "operatorDefault", level: type === "required" ? "hard" : "soft", topologyKey: HOSTNAME2, path: antiType.path, selectsOwnPods: true };
    if (type === "") term.defaulted = true;
    terms.push(term);
  } else if (type === "disabled") {
    disabledBy = { value: "disabled", path: antiType.path };
  } else {
    reader.problem(antiType.path, `spec.podAntiAffinity.default must be "required", "preferred", "disabled" or empty, got "${type}"; the operator then applies no anti-affinity.`);
  }
  const spreading = summariseSpreading(terms, disabledBy ? { disabledBy } : {});
  if (type !== "preferred" && type !== "required" && spec) {
    const patch = setPatch(object, "", ["spec", "podAntiAffinity", "default"], "preferred");
    if (patch) spreading.addSoftAntiAffinity = patch;
  }
  const volumes = [];
  for (const [block, role, owner] of STORAGE_BLOCKS) {
    const present = reader.objectAt("spec", block);
    if (block === "WALStorage" && !present?.storagetype) continue;
    if (block === "ReplicaStorage" && !present) continue;
    volumes.push(storageVolume2(reader, ["spec", block], role, owner));
  }
  const tablespaces = reader.objectAt("spec", "tablespaceMounts");
  if (tablespaces) for (const mount of Object.keys(tablespaces)) volumes.push(storageVolume2(reader, ["spec", "tablespaceMounts", mount], "tablespace", mount));
  const prefix = reader.string(["spec", "ccpimageprefix"]);
  const image = reader.string(["spec", "ccpimage"]);
  const tag = reader.string(["spec", "ccpimagetag"]);
  let reference;
  if (prefix.unknown || image.unknown || tag.unknown) {
    reference = { value: void 0, path: tag.unknown ? tag.path : image.unknown ? image.path : prefix.path, unknown: true };
  } else if (image.value === void 0 || tag.value === void 0) {
    reference = { value: void 0, path: image.value === void 0 ? image.path : tag.path };
  } else {
    reference = { value: `${prefix.value ?? DEFAULT_PREFIX}/${image.value}:${tag.value}`, path: tag.path };
  }
  const postgresImage = imageUse("postgres", "ccpimage", reference, void 0, "`spec.ccpimagetag` (e.g. `ubi8-13.10-4.7.10`)");
  postgresImage.requiredBecause = "Crunchy PGO v4 has no default for `spec.ccpimage` or `spec.ccpimagetag`, so the pods cannot pull the image.";
  const images = [postgresImage];
  const { schedules, retention } = schedulerConfigMaps(input, name, namespace, object);
  const credentials = [
    credential("postgres", `${name}-postgres-secret`, nearestExisting(object, "", "spec"), false),
    credential("primaryuser", `${name}-primaryuser-secret`, nearestExisting(object, "", "spec"), false)
  ];
  const user = reader.string(["spec", "user"]);
  if (user.value !== void 0 && user.value !== "postgres" && user.value !== "primaryuser") {
    credentials.push(credential(user.value, user.value === "ccp_monitoring" ? `${name}-exporter-secret` : `${name}-${user.value}-secret`, user.path, false));
  }
  return {
    flavour: "pgo-v4",
    operator: pgoV4Syntax,
    objectIndex: index,
    resource: reader.resource,
    labels: metadataLabels(object),
    podLabels: { vendor: "crunchydata", "pg-cluster": name },
    shutdown: reader.boolean(["spec", "shutdown"], false),
    instanceSets: [{ name, replicas: replicas2, path: nearestExisting(object, "", "spec"), spreading }],
    totalInstances: { ...replicas2 },
    volumes,
    images,
    backups: {
      configured: { value: true, path: nearestExisting(object, "", "spec"), defaulted: true },
      schedules,
      retention: [{ setting: retention, fix: "`--repo1-retention-full=7` in the scheduler ConfigMap\u2019s `pgbackrest.options`" }]
    },
    credentials,
    authSettings: []
  };
}
function storageVolume2(reader, keys, role, owner) {
  const block = dig(reader.object, ...keys);
  const blockPath = pointer("", ...keys);
  const inBlock = nearestExisting(reader.object, "", ...keys);
  const storageType = reader.stringValue(field(block, "storagetype"), `${blockPath}/storagetype`, inBlock);
  const type = storageType.value ?? "";
  const persistent = storageType.unknown ? { value: true, path: storageType.path, unknown: true } : { value: type !== "" && type !== "emptydir", path: storageType.path, ...storageType.value === void 0 ? { defaulted: true } : {} };
  const className = reader.stringValue(field(block, "storageclass"), `${blockPath}/storageclass`, inBlock);
  let storageClass2;
  if (type === "dynamic" || storageType.unknown) storageClass2 = storageType.unknown ? { ...className, unknown: true } : className;
  else if (type === "existing") storageClass2 = { value: void 0, path: storageType.path, unknown: true };
  else storageClass2 = { value: void 0, path: storageType.path };
  const volume = { role, owner, storageClass: storageClass2, persistent, size: reader.stringValue(field(block, "size"), `${blockPath}/size`, inBlock) };
  if (type === "dynamic" && isObject(block)) {
    volume.setStorageClass = (name) => [{ op: "add", path: `${blockPath}/storageclass`, value: name }];
  }
  if (type === "create") {
    volume.nameClass = className.value !== void 0 ? `write \`storagetype: dynamic\`: \`storagetype: create\` ignores \`storageclass: ${className.value}\` (its PVC template has no class)` : "write `storagetype: dynamic` and a `storageclass` (`storagetype: create` uses a PVC template without a class)";
    volume.setStorageClass = (name) => [
      { op: "replace", path: storageType.path, value: "dynamic" },
      { op: "add", path: `${blockPath}/storageclass`, value: name }
    ];
  }
  return volume;
}
function schedulerClusterOf(object) {
  if (object.apiVersion !== "v1") return void 0;
  const labels = metadataLabels(object);
  if (labels["crunchy-scheduler"] !== "true") return void 0;
  if (labels["pg-cluster"] !== void 0) return labels["pg-cluster"];
  const values = Object.values(stringRecord(object.data));
  if (values.length !== 1) return void 0;
  try {
    const parsed = JSON.parse(values[0] ?? "");
    return isObject(parsed) && typeof parsed.cluster === "string" ? parsed.cluster : void 0;
  } catch {
    return void 0;
  }
}
var BACKUP_TYPES = { full: "full", diff: "differential", incr: "incremental" };
function schedulerConfigMaps(input, cluster, namespace, clusterObject) {
  const schedules = [];
  let retention = { value: void 0, path: nearestExisting(clusterObject, "", "spec") };
  const scheduler = input.index.groupedBy("pgo-v4-scheduler", "", "ConfigMap", schedulerClusterOf);
  for (const index of scheduler.get(cluster) ?? []) {
    const object = input.objects[index];
    const labels = metadataLabels(object);
    const resource = resourceOf(object);
    if (!sameNamespace(resource.namespace, namespace)) continue;
    const data = stringRecord(object.data);
    const keys = Object.keys(data);
    if (labels["pg-cluster"] !== void 0 && labels["pg-cluster"] !== cluster) continue;
    const problem = (path2, message) => input.problems.push({ objectIndex: index, resource, path: path2, message, ruleId: "backup-schedule", severity: "error" });
    if (keys.length !== 1) {
      if (labels["pg-cluster"] === cluster) problem("/data", `pgo-scheduler needs exactly one data key in a crunchy-scheduler ConfigMap, found ${keys.length}; it ignores this schedule.`);
      continue;
    }
    const key = keys[0];
    const path = pointer("/data", key);
    if (isPlaceholder(data[key])) continue;
    let parsed;
    try {
      parsed = JSON.parse(data[key]);
    } catch {
      problem(path, `data.${key} must hold the schedule as JSON; it does not parse, so pgo-scheduler ignores it.`);
      continue;
    }
    if (!isObject(parsed)) continue;
    if (labels["pg-cluster"] === void 0 && parsed.cluster !== cluster) continue;
    if (parsed.type !== "pgbackrest") continue;
    const schedule = parsed.schedule;
    const type = BACKUP_TYPES[String(dig(parsed, "pgbackrest", "type"))];
    if (typeof schedule !== "string" || type === void 0) {
      problem(path, `data.${key} needs a "schedule" string and pgbackrest.type full, diff or incr.`);
      continue;
    }
    schedules.push({ type, schedule: { value: schedule, path, objectIndex: index, ...isPlaceholder(schedule) ? { unknown: true } : {} }, dialect: "pgo-v4", name: resource.name, gates: PGO_V4_GATES });
    const options = dig(parsed, "pgbackrest", "options");
    const match = typeof options === "string" ? /--repo1-retention-full[= ](\S+)/.exec(options) : null;
    if (match && retention.value === void 0) retention = { value: match[1], path, objectIndex: index };
  }
  return { schedules, retention };
}

// src/policies/adapters/pgo-v5.ts
var PGO_V5_GROUP = "postgres-operator.crunchydata.com";
var LABEL = "postgres-operator.crunchydata.com";
var pgoV5Syntax = {
  name: "Crunchy PGO v5",
  instances: (count) => `\`replicas: ${count}\` in \`spec.instances[]\` (the total pods of that set)`,
  shutdown: "To stop it deliberately, set `spec.shutdown: true`.",
  spread: (hard) => hard ? "add `spec.instances[].topologySpreadConstraints` with `whenUnsatisfiable: DoNotSchedule` or a `requiredDuringSchedulingIgnoredDuringExecution` podAntiAffinity selecting `postgres-operator.crunchydata.com/cluster`" : "remove `spec.disableDefaultPodScheduling: true` or add `spec.instances[].affinity.podAntiAffinity` selecting `postgres-operator.crunchydata.com/cluster`",
  storageClassKey: "storageClassName",
  persistData: "declare `dataVolumeClaimSpec` with accessModes and a storage request",
  blankPassword: "PGO v5 regenerates it",
  setPassword: (key) => `put a real password in \`${key}\``,
  scheduleBackups: 'add `schedules: {full: "0 1 * * 0", differential: "0 1 * * 1-6"}` to a repo in `spec.backups.pgbackrest.repos`'
};
var PGO_V5_GATES = {
  schema: "the PostgresCluster CRD (schedules need at least 6 characters)",
  parser: "the apiserver when PGO v5 creates the backup CronJob (event UnableToCreatePGBackRestCronJob), after it accepted the PostgresCluster, so this backup never runs",
  minLength: 6,
  example: "5 fields, e.g. `0 1 * * 0`"
};
function isPgoV5Cluster(object) {
  return isKind(object, PGO_V5_GROUP, "PostgresCluster");
}
var DYNAMIC_POD_LABELS2 = /* @__PURE__ */ new Set([`${LABEL}/instance`, `${LABEL}/role`, `${LABEL}/patroni`]);
var CLUSTER_LABEL = `${LABEL}/cluster`;
var INSTANCE_SET_LABEL = `${LABEL}/instance-set`;
var DATA_LABEL = `${LABEL}/data`;
var REPLICAS = { defaultValue: 1, min: 1 };
var DEFAULT_TOPOLOGY_KEYS = ["kubernetes.io/hostname", "topology.kubernetes.io/zone"];
function pgoV5Cluster(input, index) {
  const reader = readerFor(input, index);
  if (!reader || !isPgoV5Cluster(reader.object)) return void 0;
  const object = reader.object;
  const name = reader.resource.name;
  const specValue = object.spec;
  const spec = reader.objectValue(specValue, "/spec");
  if (!spec) reader.problem("", "spec is required for a PostgresCluster (spec.postgresVersion, spec.instances).");
  const inSpec = nearestOf(specValue, "/spec", "");
  const postgresVersion = reader.integerValue(spec?.postgresVersion, "/spec/postgresVersion", inSpec, { required: spec !== void 0, min: 10 });
  const shutdown = reader.booleanValue(spec?.shutdown, "/spec/shutdown", inSpec, false);
  const disableDefault = reader.booleanValue(spec?.disableDefaultPodScheduling, "/spec/disableDefaultPodScheduling", inSpec, false);
  const instancesValue = spec?.instances;
  const instanceList = reader.listValue(instancesValue, "/spec/instances");
  if (spec && (instanceList === void 0 || instanceList.length === 0) && instancesValue === void 0) {
    reader.problem("/spec", "spec.instances is required: a PostgresCluster needs at least one instance set.");
  } else if (instanceList && instanceList.length === 0) {
    reader.problem("/spec/instances", "spec.instances must hold at least one instance set.");
  }
  const instanceSets = [];
  const volumes = [];
  const images = [];
  const podLabelsOfCluster = stringRecord(field(spec?.metadata, "labels"));
  podLabelsOfCluster[CLUSTER_LABEL] = name;
  podLabelsOfCluster[DATA_LABEL] = "postgres";
  (instanceList ?? []).forEach((instance, i) => {
    const path = `/spec/instances/${i}`;
    if (!isObject(instance)) {
      reader.wrongType(path, "an object", instance);
      return;
    }
    const setName = typeof instance.name === "string" && instance.name !== "" ? instance.name : String(i).padStart(2, "0");
    const replicas2 = reader.integerValue(instance.replicas, `${path}/replicas`, path, REPLICAS);
    const affinityPath = `${path}/affinity`;
    const terms = [];
    if (isObject(field(instance.affinity, "podAntiAffinity")) || Array.isArray(instance.topologySpreadConstraints)) {
      const fixed = { ...podLabelsOfCluster };
      const setLabels = field(instance.metadata, "labels");
      if (isObject(setLabels)) Object.assign(fixed, stringRecord(setLabels));
      fixed[INSTANCE_SET_LABEL] = setName;
      const pods = { fixed, dynamic: DYNAMIC_POD_LABELS2 };
      for (const term of antiAffinityTerms(instance.affinity, affinityPath, pods)) terms.push(term);
      for (const term of topologySpreadTerms(instance.topologySpreadConstraints, `${path}/topologySpreadConstraints`, pods)) terms.push(term);
    }
    if (!disableDefault.value || disableDefault.unknown) {
      for (const topologyKey of DEFAULT_TOPOLOGY_KEYS) {
        const term = { source: "operatorDefault", level: "soft", topologyKey, path, defaulted: true, selectsOwnPods: true };
        if (disableDefault.unknown) term.unknown = true;
        terms.push(term);
      }
    }
    const spreading = summariseSpreading(terms);
    if (disableDefault.value && !disableDefault.unknown) spreading.disabledBy = { value: true, path: disableDefault.path };
    const hasOwnAntiAffinity = terms.some((term) => term.source === "podAntiAffinity" && (term.selectsOwnPods || term.unknown));
    const patch = hasOwnAntiAffinity ? void 0 : addPreferredAntiAffinityPatch(instance.affinity, affinityPath, { [CLUSTER_LABEL]: name, [INSTANCE_SET_LABEL]: setName }, 1);
    if (patch) spreading.addSoftAntiAffinity = patch;
    instanceSets.push({ name: setName, replicas: replicas2, path, spreading });
    const dataSpec = instance.dataVolumeClaimSpec;
    if (dataSpec === void 0 || dataSpec === null) reader.problem(path, `spec.instances[${i}].dataVolumeClaimSpec is required (accessModes and a storage request).`);
    volumes.push(claimVolume(reader, dataSpec, `${path}/dataVolumeClaimSpec`, path, "data", setName));
    const walSpec = instance.walVolumeClaimSpec;
    if (walSpec !== void 0) volumes.push(claimVolume(reader, walSpec, `${path}/walVolumeClaimSpec`, path, "wal", setName));
    const tablespaces = instance.tablespaceVolumes;
    if (Array.isArray(tablespaces)) {
      tablespaces.forEach((tablespace, t) => {
        const owner = isObject(tablespace) && typeof tablespace.name === "string" ? tablespace.name : `${setName} tablespace ${t}`;
        const tablespacePath = `${path}/tablespaceVolumes/${t}`;
        const inTablespace = nearestOf(tablespace, tablespacePath, `${path}/tablespaceVolumes`);
        volumes.push(claimVolume(reader, field(tablespace, "dataVolumeClaimSpec"), `${tablespacePath}/dataVolumeClaimSpec`, inTablespace, "tablespace", owner));
      });
    }
    for (const image of containerImagesIn(reader, instance.containers, `${path}/containers`, "sidecar")) images.push(image);
  });
  images.unshift(singleImage(reader, "postgres", "image", spec, inSpec, POSTGRES_IMAGE, "`spec.image`"));
  const backupsValue = spec?.backups;
  const pgbackrestValue = field(backupsValue, "pgbackrest");
  const pgbackrest = reader.objectValue(pgbackrestValue, "/spec/backups/pgbackrest");
  if (pgbackrest) images.push(singleImage(reader, "backup", "pgBackRest", pgbackrest, "/spec/backups/pgbackrest", PGBACKREST_IMAGE));
  const proxyValue = spec?.proxy;
  const pgBouncer = reader.objectValue(field(proxyValue, "pgBouncer"), "/spec/proxy/pgBouncer");
  if (pgBouncer) {
    images.push(singleImage(reader, "pooler", "pgBouncer", pgBouncer, "/spec/proxy/pgBouncer", PGBOUNCER_IMAGE));
    for (const image of containerImagesIn(reader, pgBouncer.containers, "/spec/proxy/pgBouncer/containers", "sidecar")) images.push(image);
  }
  const exporter = reader.objectValue(field(field(spec?.monitoring, "pgmonitor"), "exporter"), "/spec/monitoring/pgmonitor/exporter");
  if (exporter) {
    images.push(singleImage(reader, "exporter", "exporter", exporter, "/spec/monitoring/pgmonitor/exporter", EXPORTER_IMAGE));
  }
  const schedules = [];
  const reposValue = field(pgbackrestValue, "repos");
  const repos = reader.listValue(reposValue, "/spec/backups/pgbackrest/repos");
  if (pgbackrest && (repos === void 0 || repos.length === 0) && reposValue === void 0) {
    reader.problem("/spec/backups/pgbackrest", "spec.backups.pgbackrest.repos is required (at least one repo).");
  }
  const retention = [];
  (repos ?? []).forEach((repo, r) => {
    const repoPath = `/spec/backups/pgbackrest/repos/${r}`;
    if (!isObject(repo)) {
      reader.wrongType(repoPath, "an object", repo);
      return;
    }
    const repoName = typeof repo.name === "string" ? repo.name : `repo ${r}`;
    if (isObject(repo.volume)) {
      const volumePath = `${repoPath}/volume`;
      volumes.push(claimVolume(reader, repo.volume.volumeClaimSpec, `${volumePath}/volumeClaimSpec`, volumePath, "backup", repoName));
    }
    const schedulesPath = `${repoPath}/schedules`;
    const repoSchedules = reader.objectValue(repo.schedules, schedulesPath);
    for (const type of ["full", "differential", "incremental"]) {
      const value = repoSchedules?.[type];
      if (value === void 0 || value === null) continue;
      const read = reader.stringValue(value, `${schedulesPath}/${type}`, schedulesPath);
      if (typeof value !== "string") continue;
      schedules.push({ type, schedule: { value, path: read.path, ...read.unknown ? { unknown: true } : {} }, dialect: "kubernetes", name: repoName, gates: PGO_V5_GATES });
    }
    const match = /^repo([1-4])/.exec(repoName);
    const options = match ? RETENTION_OPTIONS[`repo${match[1]}`] : void 0;
    if (options) for (const setting of repoRetention(reader, pgbackrest.global, options)) retention.push(setting);
  });
  const credentials = [];
  const users = spec?.users;
  if (users === void 0 || users === null) {
    if (spec) credentials.push(credential(name, `${name}-pguser-${name}`, "/spec", true));
  } else if (Array.isArray(users)) {
    users.forEach((user, u) => {
      const userName = dig(user, "name");
      if (typeof userName !== "string" || userName === "") {
        reader.problem(`/spec/users/${u}`, `spec.users[${u}].name is required.`);
        return;
      }
      credentials.push(credential(userName, `${name}-pguser-${userName}`, `/spec/users/${u}`, true));
    });
  } else {
    reader.wrongType("/spec/users", "a list", users);
  }
  const inBackups = nearestOf(backupsValue, "/spec/backups", inSpec);
  const inPgbackrest = nearestOf(pgbackrestValue, "/spec/backups/pgbackrest", inBackups);
  return {
    flavour: "pgo-v5",
    operator: pgoV5Syntax,
    objectIndex: index,
    resource: reader.resource,
    labels: metadataLabels(object),
    podLabels: podLabelsOfCluster,
    shutdown,
    instanceSets,
    totalInstances: totalOf(instanceSets, nearestOf(instancesValue, "/spec/instances", inSpec)),
    volumes,
    images,
    postgresVersion,
    backups: {
      configured: { value: (repos?.length ?? 0) > 0, path: nearestOf(reposValue, "/spec/backups/pgbackrest/repos", inPgbackrest) },
      schedules,
      retention
    },
    credentials,
    authSettings: []
  };
}
function repoRetention(reader, global, repo) {
  const globalPath = "/spec/backups/pgbackrest/global";
  const inGlobal = nearestOf(global, globalPath, "/spec/backups/pgbackrest");
  for (const { key, allowed } of repo.enums) {
    const setting = reader.stringValue(ownField(global, key), `${globalPath}/${key}`, inGlobal);
    if (setting.value !== void 0 && !setting.unknown && !allowed.includes(setting.value)) {
      reader.problem(setting.path, `\`${key}: ${setting.value}\` is not one of ${allowed.join(", ")}: pgBackRest refuses the option, so backups and expiry on ${repo.repo} fail. Write one of ${allowed.join(", ")}.`);
    }
  }
  return [
    {
      setting: reader.stringValue(ownField(global, repo.full), `${globalPath}/${repo.full}`, inGlobal),
      scope: `for ${repo.repo}`,
      fix: `\`${repo.full}: "14"\` (with \`${repo.full}-type\`) under \`spec.backups.pgbackrest.global\``
    }
  ];
}
var RETENTION_OPTIONS = Object.fromEntries(
  ["repo1", "repo2", "repo3", "repo4"].map((repo) => [
    repo,
    {
      repo,
      full: `${repo}-retention-full`,
      enums: [
        { key: `${repo}-retention-full-type`, allowed: ["count", "time"] },
        { key: `${repo}-retention-archive-type`, allowed: ["full", "diff", "incr"] }
      ]
    }
  ])
);
function claimVolume(reader, claim, claimPath, inParent, role, owner) {
  const inClaim = nearestOf(claim, claimPath, inParent);
  const resources = field(claim, "resources");
  const requests = field(resources, "requests");
  const inRequests = nearestOf(requests, `${claimPath}/resources/requests`, nearestOf(resources, `${claimPath}/resources`, inClaim));
  const volume = {
    role,
    owner,
    storageClass: reader.stringValue(field(claim, "storageClassName"), `${claimPath}/storageClassName`, inClaim),
    persistent: { value: true, path: claimPath },
    size: reader.stringValue(field(requests, "storage"), `${claimPath}/resources/requests/storage`, inRequests)
  };
  if (isObject(claim)) {
    volume.setStorageClass = (className) => [{ op: "add", path: `${claimPath}/storageClassName`, value: className }];
  }
  return volume;
}
function imageField(...keys) {
  return { keys, path: pointer("", ...keys) };
}
var POSTGRES_IMAGE = imageField("spec", "image");
var PGBACKREST_IMAGE = imageField("spec", "backups", "pgbackrest", "image");
var PGBOUNCER_IMAGE = imageField("spec", "proxy", "pgBouncer", "image");
var EXPORTER_IMAGE = imageField("spec", "monitoring", "pgmonitor", "exporter", "image");
function singleImage(reader, role, name, parent, inParent, image, where) {
  const field2 = reader.stringValue(parent?.image, image.path, inParent);
  const reference = field2.value !== void 0 || field2.unknown ? field2 : { ...field2, defaulted: true };
  const keys = image.keys;
  return imageUse(role, name, reference, canSetAt(reader.object, keys) ? (ref) => setPatch(reader.object, "", keys, ref) ?? [] : void 0, where);
}
function containerImages(reader, keys, role) {
  return containerImagesIn(reader, dig(reader.object, ...keys), pointer("", ...keys), role);
}
function containerImagesIn(reader, list, listPath, role) {
  if (!Array.isArray(list)) return [];
  const uses = [];
  list.forEach((container, c) => {
    if (!isObject(container)) return;
    const name = typeof container.name === "string" ? container.name : `container ${c}`;
    const containerPath = `${listPath}/${c}`;
    const imagePath = `${containerPath}/image`;
    uses.push(imageUse(role, name, reader.stringValue(container.image, imagePath, containerPath), (ref) => [{ op: "add", path: imagePath, value: ref }]));
  });
  return uses;
}

// src/policies/adapters/statefulset.ts
var BETA_STORAGE_CLASS = "volume.beta.kubernetes.io/storage-class";
var BETA_STORAGE_CLASS_TOKEN = escapeToken(BETA_STORAGE_CLASS);
var POD_PATH = "/spec/template/spec";
var statefulSetSyntax = {
  name: "a plain StatefulSet",
  instances: (count) => `\`spec.replicas: ${count}\` (and an image that sets up streaming replication; a StatefulSet alone only starts copies)`,
  shutdown: "If the stop is deliberate, add an ignore annotation with the reason.",
  spread: (hard) => `add \`spec.template.spec.affinity.podAntiAffinity.${hard ? "requiredDuringSchedulingIgnoredDuringExecution" : "preferredDuringSchedulingIgnoredDuringExecution"}\` with a labelSelector matching the pod template's labels and \`topologyKey: kubernetes.io/hostname\``,
  storageClassKey: "storageClassName",
  persistData: "declare a volume claim (`spec.volumeClaimTemplates`) mounted at the data directory",
  blankPassword: "The container receives an empty password",
  setPassword: (key) => `put a real password in \`${key}\``,
  scheduleBackups: "add a CronJob that runs pg_dump or pg_basebackup against it"
};
function podSpecOf(object) {
  return field(field(object.spec, "template"), "spec");
}
function postgresContainer(object) {
  if (!isKind(object, "apps", "StatefulSet")) return void 0;
  const containers = field(podSpecOf(object), "containers");
  if (!Array.isArray(containers)) return void 0;
  for (let index = 0; index < containers.length; index++) {
    const image = field(containers[index], "image");
    if (typeof image !== "string") continue;
    const family = postgresImageFacts(image)?.family;
    if (family) return { index, family };
  }
  return void 0;
}
var DYNAMIC_POD_LABELS3 = /* @__PURE__ */ new Set(["statefulset.kubernetes.io/pod-name", "apps.kubernetes.io/pod-index", "controller-revision-hash"]);
var REPLICAS2 = { defaultValue: 1, min: 0 };
function statefulSetCluster(input, index) {
  const reader = readerFor(input, index);
  const main = postgresContainer(reader?.object);
  if (!reader || !main) return void 0;
  const object = reader.object;
  const name = reader.resource.name;
  const specValue = object.spec;
  const inSpec = nearestOf(specValue, "/spec", "");
  const podSpec = podSpecOf(object);
  const replicas2 = reader.integerValue(field(specValue, "replicas"), "/spec/replicas", inSpec, REPLICAS2);
  const podLabelsFixed = stringRecord(field(field(field(specValue, "template"), "metadata"), "labels"));
  const pods = { fixed: podLabelsFixed, dynamic: DYNAMIC_POD_LABELS3 };
  const affinity = field(podSpec, "affinity");
  const affinityPath = `${POD_PATH}/affinity`;
  const terms = antiAffinityTerms(affinity, affinityPath, pods);
  for (const term of topologySpreadTerms(field(podSpec, "topologySpreadConstraints"), `${POD_PATH}/topologySpreadConstraints`, pods)) terms.push(term);
  const spreading = summariseSpreading(terms);
  const hasOwnAntiAffinity = terms.some((term) => term.source === "podAntiAffinity" && (term.selectsOwnPods || term.unknown));
  const selector = field(field(specValue, "selector"), "matchLabels");
  if (!hasOwnAntiAffinity && isObject(selector) && Object.keys(selector).length > 0 && !Object.values(selector).some(isPlaceholder) && isObject(podSpec)) {
    const patch = addPreferredAntiAffinityPatch(affinity, affinityPath, stringRecord(selector), 100);
    if (patch) spreading.addSoftAntiAffinity = patch;
  }
  const mainContainer = field(podSpec, "containers")[main.index];
  const mainPath = `${POD_PATH}/containers/${main.index}`;
  const volumes = claimVolumes(reader, specValue, inSpec, podSpec, mainContainer);
  pgdataMoved(reader, mainContainer, mainPath, main.family);
  const images = [];
  const authSettings = [];
  const credentials = [];
  for (const [listKey, defaultRole] of [
    ["containers", "sidecar"],
    ["initContainers", "init"]
  ]) {
    const list = field(podSpec, listKey);
    if (!Array.isArray(list)) continue;
    list.forEach((container, c) => {
      if (!isObject(container)) return;
      const containerName = typeof container.name === "string" ? container.name : `${listKey}[${c}]`;
      const containerPath = `${POD_PATH}/${listKey}/${c}`;
      const imagePath = `${containerPath}/image`;
      const isMain = listKey === "containers" && c === main.index;
      const role = isMain ? "postgres" : listKey === "containers" && /exporter|metrics/.test(containerName) ? "exporter" : defaultRole;
      images.push(imageUse(role, containerName, reader.stringValue(container.image, imagePath, containerPath), (ref) => [{ op: "add", path: imagePath, value: ref }], `the \`${containerName}\` container's \`image\``));
      if (listKey === "containers") readEnv(input, container, containerPath, containerName, isMain ? main.family : void 0, reader.resource.namespace, authSettings, credentials);
    });
  }
  return {
    flavour: "statefulset",
    operator: statefulSetSyntax,
    objectIndex: index,
    resource: reader.resource,
    labels: metadataLabels(object),
    podLabels: podLabelsFixed,
    // replicas: 0 is a deliberate scale-down, not a missing replica.
    shutdown: { value: replicas2.value === 0, path: replicas2.path, ...replicas2.defaulted ? { defaulted: true } : {}, ...replicas2.unknown ? { unknown: true } : {} },
    instanceSets: [{ name, replicas: replicas2, path: inSpec, spreading }],
    totalInstances: { ...replicas2 },
    volumes,
    images,
    backups: { configured: { value: false, path: inSpec, defaulted: true }, schedules: [], retention: [] },
    credentials,
    authSettings
  };
}
function pgdataMoved(reader, container, containerPath, family) {
  if (family !== "official" && family !== "postgis") return;
  const image = container.image;
  const major = typeof image === "string" ? postgresImageFacts(image)?.major : void 0;
  if (major === void 0 || major < 18) return;
  const env = container.env;
  const pgdata = Array.isArray(env) ? env.find((variable) => dig(variable, "name") === "PGDATA") : void 0;
  if (pgdata !== void 0 && dig(pgdata, "value") !== `/var/lib/postgresql/${major}/docker`) return;
  const mounts = container.volumeMounts;
  if (!Array.isArray(mounts)) return;
  mounts.forEach((mount, m) => {
    const path = dig(mount, "mountPath");
    if (typeof path !== "string" || path.replace(/\/+$/, "") !== "/var/lib/postgresql/data") return;
    reader.problem(
      `${containerPath}/volumeMounts/${m}/mountPath`,
      `the official postgres:${major} image exits at start when /var/lib/postgresql/data is a mount point (its data moved to /var/lib/postgresql/${major}/docker): mount the volume at \`/var/lib/postgresql\` instead, or set PGDATA to a directory inside the mount.`
    );
  });
}
function claimVolumes(reader, specValue, inSpec, podSpec, mainContainer) {
  const mounts = mainContainer.volumeMounts;
  const mounted = new Set(Array.isArray(mounts) ? mounts.map((mount) => dig(mount, "name")).filter((n) => typeof n === "string") : []);
  const templates = reader.listValue(field(specValue, "volumeClaimTemplates"), "/spec/volumeClaimTemplates");
  const volumes = [];
  (templates ?? []).forEach((template, t) => {
    if (!isObject(template)) return;
    const templatePath = `/spec/volumeClaimTemplates/${t}`;
    const metadata = template.metadata;
    const claimName = typeof field(metadata, "name") === "string" ? String(field(metadata, "name")) : `claim ${t}`;
    const claim = template.spec;
    const claimPath = `${templatePath}/spec`;
    const inClaim = nearestOf(claim, claimPath, templatePath);
    const classField = reader.stringValue(field(claim, "storageClassName"), `${claimPath}/storageClassName`, inClaim);
    const annotations = field(metadata, "annotations");
    const annotationsPath = `${templatePath}/metadata/annotations`;
    const inAnnotations = nearestOf(annotations, annotationsPath, nearestOf(metadata, `${templatePath}/metadata`, templatePath));
    const annotation = reader.stringValue(ownField(annotations, BETA_STORAGE_CLASS), `${annotationsPath}/${BETA_STORAGE_CLASS_TOKEN}`, inAnnotations);
    const storageClass2 = classField.value !== void 0 || classField.unknown ? classField : annotation.value !== void 0 || annotation.unknown ? annotation : { value: void 0, path: inClaim };
    const resources = field(claim, "resources");
    const requests = field(resources, "requests");
    const inRequests = nearestOf(requests, `${claimPath}/resources/requests`, nearestOf(resources, `${claimPath}/resources`, inClaim));
    const volume = {
      role: mounted.size === 0 || mounted.has(claimName) ? "data" : "other",
      owner: claimName,
      storageClass: storageClass2,
      persistent: { value: true, path: templatePath },
      size: reader.stringValue(field(requests, "storage"), `${claimPath}/resources/requests/storage`, inRequests)
    };
    if (isObject(claim)) {
      const onAnnotation = annotation.value !== void 0 && classField.value === void 0;
      volume.setStorageClass = (className) => [
        onAnnotation ? { op: "add", path: `${annotationsPath}/${BETA_STORAGE_CLASS_TOKEN}`, value: className } : { op: "add", path: `${claimPath}/storageClassName`, value: className }
      ];
    }
    volumes.push(volume);
  });
  if (volumes.length === 0) {
    const podVolumes = field(podSpec, "volumes");
    const pvc = Array.isArray(podVolumes) && podVolumes.some((volume) => mounted.has(String(dig(volume, "name"))) && dig(volume, "persistentVolumeClaim") !== void 0);
    volumes.push({ role: "data", owner: reader.resource.name, storageClass: { value: void 0, path: inSpec, unknown: pvc }, persistent: { value: pvc, path: inSpec } });
  }
  return volumes;
}
var PASSWORD_USERS = {
  POSTGRESQL_POSTGRES_PASSWORD: [[], "postgres"],
  POSTGRESQL_REPLICATION_PASSWORD: [["POSTGRESQL_REPLICATION_USER"], "replicator"],
  REPMGR_PASSWORD: [["REPMGR_USERNAME"], "repmgr"],
  PGPASSWORD_SUPERUSER: [["PGUSER_SUPERUSER"], "postgres"],
  PGPASSWORD_STANDBY: [["PGUSER_STANDBY"], "standby"],
  PGPASSWORD_ADMIN: [["PGUSER_ADMIN"], "admin"],
  PG_PASSWORD: [["PG_USER"], "postgres"],
  PG_ROOT_PASSWORD: [[], "postgres"],
  PG_PRIMARY_PASSWORD: [["PG_PRIMARY_USER"], "primaryuser"],
  PATRONI_SUPERUSER_PASSWORD: [["PATRONI_SUPERUSER_USERNAME"], "postgres"],
  PATRONI_REPLICATION_PASSWORD: [["PATRONI_REPLICATION_USERNAME"], "replicator"]
};
var ENV_FROM_PASSWORDS = ["POSTGRES_PASSWORD", "POSTGRESQL_PASSWORD", ...Object.keys(PASSWORD_USERS)];
var YES = ["yes", "true", "1"];
function containerEnv(input, container, containerPath, namespace) {
  const vars = /* @__PURE__ */ new Map();
  const opaque = [];
  const envFrom = container.envFrom;
  if (Array.isArray(envFrom)) {
    envFrom.forEach((source, f) => {
      if (!isObject(source)) return;
      const path = `${containerPath}/envFrom/${f}`;
      const prefix = typeof source.prefix === "string" ? source.prefix : "";
      const secretName = dig(source, "secretRef", "name");
      if (typeof secretName === "string") {
        if (isPlaceholder(secretName)) return;
        opaque.push(path);
        for (const variable of ENV_FROM_PASSWORDS) {
          if (prefix !== "" && !variable.startsWith(prefix)) continue;
          vars.set(variable, { kind: "secret", secret: secretName, key: variable.slice(prefix.length), path, fromEnvFrom: true });
        }
        return;
      }
      const mapName = dig(source, "configMapRef", "name");
      if (typeof mapName !== "string" || isPlaceholder(mapName)) return;
      const mapIndex = input.index.find("", "ConfigMap", mapName, namespace);
      const data = mapIndex === void 0 ? void 0 : dig(input.objects[mapIndex], "data");
      if (mapIndex === void 0 || !isObject(data)) {
        opaque.push(path);
        return;
      }
      for (const [key, value] of Object.entries(data)) {
        const at = pointer("/data", key);
        vars.set(`${prefix}${key}`, typeof value === "string" && !isPlaceholder(value) ? { kind: "literal", value, path: at, objectIndex: mapIndex } : { kind: "unknown", path: at });
      }
    });
  }
  const env = container.env;
  if (Array.isArray(env)) {
    env.forEach((variable, e) => {
      if (!isObject(variable) || typeof variable.name !== "string") return;
      const path = `${containerPath}/env/${e}`;
      const ref = dig(variable, "valueFrom", "secretKeyRef");
      if (isObject(ref)) {
        if (typeof ref.name === "string" && typeof ref.key === "string" && !isPlaceholder(ref.name) && !isPlaceholder(ref.key)) {
          vars.set(variable.name, { kind: "secret", secret: ref.name, key: ref.key, path, fromEnvFrom: false });
        } else vars.set(variable.name, { kind: "unknown", path });
        return;
      }
      if (variable.valueFrom !== void 0) vars.set(variable.name, { kind: "unknown", path });
      else if (variable.value === void 0 || variable.value === null) vars.set(variable.name, { kind: "literal", value: "", path });
      else if (typeof variable.value === "string" && isPlaceholder(variable.value)) vars.set(variable.name, { kind: "unknown", path });
      else vars.set(variable.name, { kind: "literal", value: String(variable.value), path });
    });
  }
  return { vars, opaque };
}
function passwordState(value, fileValue) {
  if (fileValue !== void 0) return fileValue.kind === "literal" && fileValue.value === "" ? "empty" : "unknown";
  if (value === void 0) return "empty";
  if (value.kind === "literal") return value.value === "" ? "empty" : "set";
  return "unknown";
}
function readEnv(input, container, containerPath, containerName, family, namespace, auth, credentials) {
  const { vars, opaque } = containerEnv(input, container, containerPath, namespace);
  const literal = (name) => {
    const value = vars.get(name);
    return value?.kind === "literal" ? value.value : void 0;
  };
  const userOf = (passwordVariable) => {
    const [userVariables, fallback] = PASSWORD_USERS[passwordVariable] ?? [["POSTGRES_USER", "POSTGRESQL_USERNAME"], "postgres"];
    for (const name of userVariables) if (literal(name)) return literal(name);
    return fallback;
  };
  const setting = (name, value, effect, extra = {}) => {
    auth.push({ name, path: value.path, container: containerName, effect, ...value.kind === "literal" && value.objectIndex !== void 0 ? { objectIndex: value.objectIndex } : {}, ...extra });
  };
  const allowEmpty = YES.includes((literal("ALLOW_EMPTY_PASSWORD") ?? "").toLowerCase());
  for (const [name, value] of vars) {
    if (value.kind === "secret") {
      if (!isPasswordVariable(name)) continue;
      const entry = { ...credential(userOf(name), value.secret, value.path, false, value.key), ...value.fromEnvFrom ? { optional: true } : {} };
      if (allowEmpty && (name === "POSTGRESQL_PASSWORD" || name === "POSTGRES_PASSWORD")) {
        entry.blankBehaviour = "With `ALLOW_EMPTY_PASSWORD=yes` Bitnami then keeps pg_hba.conf on `trust` for every address (postgresql_restrict_pghba switches to md5 only when a password is set)";
      }
      credentials.push(entry);
      continue;
    }
    if (value.kind !== "literal") continue;
    const lower = value.value.toLowerCase();
    if (/HOST_AUTH_METHOD$/.test(name) && lower === "trust") {
      setting(name, value, "remove it and set `POSTGRES_PASSWORD` from a Secret. The image then writes `host all all all trust` to pg_hba.conf: no password is needed from any host", { value: "trust" });
    } else if (name === "ALLOW_EMPTY_PASSWORD" && YES.includes(lower)) {
      const password = passwordState(vars.get("POSTGRESQL_PASSWORD") ?? vars.get("POSTGRES_PASSWORD"), vars.get("POSTGRESQL_PASSWORD_FILE") ?? vars.get("POSTGRES_PASSWORD_FILE"));
      const trustAll = YES.includes((literal("REPMGR_PGHBA_TRUST_ALL") ?? "").toLowerCase());
      if (password === "set" && !trustAll) continue;
      if (password === "unknown" && !trustAll) continue;
      setting(name, value, "remove it and set `POSTGRESQL_PASSWORD` from a Secret. With no password Bitnami leaves pg_hba.conf on `trust` for every address, so anyone who reaches the port logs in", { value: lower });
    } else if (isPasswordVariable(name) && value.value === "" && value.objectIndex === void 0) {
      setting(name, value, "set it from a Secret (`valueFrom.secretKeyRef`). An empty password either stops the container at first start or, with trust settings, leaves the database open", { empty: true });
    } else if (isPasswordVariable(name) && value.value === "") {
      setting(name, value, "put a password in a Secret instead (`envFrom.secretRef`). An empty password either stops the container at first start or, with trust settings, leaves the database open", { empty: true });
    }
  }
  if (family === "spilo" && !vars.has("PGPASSWORD_SUPERUSER") && opaque.length === 0) {
    const env = container.env;
    auth.push({
      name: "PGPASSWORD_SUPERUSER",
      path: Array.isArray(env) ? `${containerPath}/env` : containerPath,
      container: containerName,
      unset: true,
      effect: "set it from a Secret. Unset, Spilo gives the superuser the well-known password `zalando` (and `standby`, `cola` to the other system users)"
    });
  }
}

// src/policies/adapters/zalando.ts
var ZALANDO_GROUP = "acid.zalan.do";
var ZALANDO_DEFAULT_IMAGE = "ghcr.io/zalando/spilo-18:4.1-p2";
var DEFAULT_POOLER_IMAGE = "ghcr.io/zalando/postgres-operator/pgbouncer:v2.0.1";
var DEFAULT_LOGICAL_BACKUP_IMAGE = "ghcr.io/zalando/postgres-operator/logical-backup:v2.0.1";
var DEFAULT_LOGICAL_BACKUP_SCHEDULE = "30 00 * * *";
var HOSTNAME3 = "kubernetes.io/hostname";
var zalandoSyntax = {
  name: "the Zalando operator",
  instances: (count) => `\`spec.numberOfInstances: ${count}\``,
  shutdown: "If the stop is deliberate, add an ignore annotation with the reason.",
  // Anti-affinity is operator-wide only: no PostgresSpec field (postgresql_type.go L39-128; k8sres.go L556-613).
  spread: (hard) => `set \`enable_pod_antiaffinity: true\`${hard ? "" : " and `pod_antiaffinity_preferred_during_scheduling: true`"} in the OperatorConfiguration (\`configuration.kubernetes\`) or the operator ConfigMap \u2014 a postgresql manifest cannot change it`,
  storageClassKey: "storageClass",
  persistData: "declare `spec.volume.size`",
  // sync.go L1211-1213 adopts the Secret's password as is; users.go L229-230 / L252-279.
  blankPassword: "The Zalando operator does not regenerate it: it adopts the blank password, creates a new role with PASSWORD NULL and leaves an existing role\u2019s old password, so Secret and database disagree",
  setPassword: (key) => `put a real password in \`${key}\`, or delete the Secret from Git so that the Zalando operator generates one`,
  scheduleBackups: 'set `spec.enableLogicalBackup: true` and `spec.logicalBackupSchedule: "30 00 * * *"` (or configure Spilo WAL-E/WAL-G base backups)'
};
var LOGICAL_BACKUP_GATES = {
  schema: "the postgresql CRD pattern at admission",
  parser: "the apiserver when the operator creates the logical-backup CronJob, after it accepted the postgresql, so no logical backup runs",
  example: "5 fields, each a number or `*` with an optional `/n` (no ranges or lists), e.g. `30 00 * * *`"
};
var SPILO_GATES = {
  schema: "cron in the Spilo container (nothing checks it at admission; the base backup never runs)",
  parser: "cron in the Spilo container (nothing checks it at admission; the base backup never runs)",
  example: "5 fields, e.g. `00 01 * * *`"
};
function isZalandoCluster(object) {
  return isKind(object, ZALANDO_GROUP, "postgresql");
}
var ZalandoOperatorConfig = class {
  constructor(input) {
    this.input = input;
  }
  input;
  found;
  /** The configuration objects of the input, looked for on the first `get` (only Zalando clusters ask). */
  get sources() {
    if (this.found) return this.found;
    const input = this.input;
    const sources = [];
    const named = operatorDeploymentNames(input);
    const objectAt = (index) => input.objects[index];
    const take = (index, kind) => sources.push({ index, object: objectAt(index), kind });
    for (const index of input.index.ofKind("", "ConfigMap")) {
      if (objectAt(index).apiVersion === "v1" && isOperatorConfigMap(objectAt(index), named.configMaps)) take(index, "configmap");
    }
    for (const index of input.index.ofKind(ZALANDO_GROUP, "OperatorConfiguration")) {
      const object = objectAt(index);
      if (!isKind(object, ZALANDO_GROUP, "OperatorConfiguration")) continue;
      if (named.configurations.length === 0 || named.configurations.some((ref) => refersTo(ref, object))) take(index, "crd");
    }
    for (const index of input.index.ofKind("helm.toolkit.fluxcd.io", "HelmRelease")) {
      if (dig(objectAt(index), "spec", "chart", "spec", "chart") === "postgres-operator") take(index, "helm");
    }
    sources.sort((a, b) => a.index - b.index);
    this.found = sources;
    return sources;
  }
  get(section, key) {
    for (const source of this.sources) {
      const keys = source.kind === "crd" ? section === "" ? ["configuration", key] : ["configuration", section, key] : source.kind === "helm" ? ["spec", "values", HELM_SECTIONS[section] ?? "configGeneral", key] : ["data", key];
      const raw = dig(source.object, ...keys);
      if (raw === void 0 || raw === null) {
        const valuesFrom = dig(source.object, "spec", "valuesFrom");
        if (source.kind === "helm" && Array.isArray(valuesFrom) && valuesFrom.length > 0) {
          return { raw: void 0, source: { value: void 0, path: "/spec/valuesFrom", objectIndex: source.index, unknown: true } };
        }
        continue;
      }
      const sourced = { value: raw, path: pointer("", ...keys), objectIndex: source.index };
      if (isPlaceholder(raw)) sourced.unknown = true;
      return { raw, source: sourced };
    }
    return void 0;
  }
};
var HELM_SECTIONS = {
  "": "configGeneral",
  kubernetes: "configKubernetes",
  users: "configUsers",
  logical_backup: "configLogicalBackup",
  aws_or_gcp: "configAwsOrGcp"
};
function operatorDeploymentNames(input) {
  const configMaps = [];
  const configurations = [];
  for (const index of input.index.ofKind("apps", "Deployment")) {
    const deployment = input.objects[index];
    const containers = dig(deployment, "spec", "template", "spec", "containers");
    if (!Array.isArray(containers)) continue;
    const namespace = deployment ? resourceOf(deployment).namespace : void 0;
    for (const container of containers) {
      const env = dig(container, "env");
      if (!Array.isArray(env)) continue;
      for (const variable of env) {
        const name = dig(variable, "name");
        const raw = dig(variable, "value");
        if (typeof raw !== "string" || raw === "" || isPlaceholder(raw)) continue;
        const value = raw;
        const [first, second] = value.split("/", 2);
        const ref = second !== void 0 && second !== "" ? { namespace: first ?? "", name: second } : { name: first ?? value, ...namespace ? { namespace } : {} };
        if (name === "CONFIG_MAP_NAME") configMaps.push(ref);
        else if (name === "POSTGRES_OPERATOR_CONFIGURATION_OBJECT") configurations.push(ref);
      }
    }
  }
  return { configMaps, configurations };
}
function refersTo(ref, object) {
  const resource = resourceOf(object);
  return resource.name === ref.name && sameNamespace(resource.namespace, ref.namespace);
}
var DEFAULT_CONFIG_MAP = { name: "postgres-operator" };
function isOperatorConfigMap(object, named) {
  return (named.length > 0 ? named : [DEFAULT_CONFIG_MAP]).some((ref) => refersTo(ref, object));
}
function asBoolean(raw) {
  if (typeof raw === "boolean") return raw;
  if (raw === "true") return true;
  if (raw === "false") return false;
  return void 0;
}
function isStandby(object) {
  const env = dig(object, "spec", "env");
  if (Array.isArray(env) && env.some((variable) => /^STANDBY_WALE_(S3|GS|GSC|SWIFT)_PREFIX$/.test(String(dig(variable, "name"))) && (dig(variable, "value") ?? "") !== "")) return true;
  const standby = dig(object, "spec", "standby");
  return standby !== void 0 && standby !== null;
}
function clampInstances(instances, object, config, standby) {
  if (instances.value === void 0) return instances;
  const ignoreKey = config.get("", "ignore_instance_limits_annotation_key")?.raw;
  if (typeof ignoreKey === "string" && ignoreKey !== "" && dig(object, "metadata", "annotations", ignoreKey) === "true") return instances;
  if (standby && instances.value === 1) return instances;
  const limit = (key) => {
    const setting = config.get("", key);
    const value = typeof setting?.raw === "number" ? setting.raw : typeof setting?.raw === "string" && /^-?\d+$/.test(setting.raw) ? Number(setting.raw) : void 0;
    return setting && value !== void 0 && value >= 0 ? { key, value, source: setting.source } : void 0;
  };
  const clampedBy = (bound, verb) => ({
    value: bound.value,
    path: bound.source.path,
    objectIndex: bound.source.objectIndex,
    defaulted: true,
    origin: ` (the manifest's ${instances.value} is ${verb} by \`${bound.key}: ${bound.value}\` in the operator configuration, which is where to change it)`
  });
  const max = limit("max_instances");
  const min = limit("min_instances");
  let clamped = instances;
  if (max && instances.value > max.value) clamped = clampedBy(max, "capped");
  if (min && (clamped.value ?? 0) < min.value) clamped = clampedBy(min, "raised");
  return clamped;
}
function zalandoCluster(input, index, config) {
  const reader = readerFor(input, index);
  if (!reader || !isZalandoCluster(reader.object)) return void 0;
  const object = reader.object;
  const name = reader.resource.name;
  const spec = reader.objectAt("spec");
  if (!spec) reader.problem("", "spec is required for a Zalando postgresql (numberOfInstances, postgresql.version, teamId, volume.size).");
  else {
    for (const field2 of ["teamId"]) if (spec[field2] === void 0) reader.problem("/spec", `spec.${field2} is required.`);
    if (dig(spec, "volume", "size") === void 0) reader.problem(nearestExisting(object, "", "spec", "volume"), "spec.volume.size is required.");
  }
  const standby = isStandby(object);
  const instances = clampInstances(reader.integer(["spec", "numberOfInstances"], { required: spec !== void 0, min: 0 }), object, config, standby);
  const shutdown = { value: instances.value === 0, path: instances.path };
  if (instances.unknown) shutdown.unknown = true;
  if (instances.value === void 0 && !instances.unknown) shutdown.defaulted = true;
  const clusterNameLabel = typeof config.get("kubernetes", "cluster_name_label")?.raw === "string" ? String(config.get("kubernetes", "cluster_name_label")?.raw) : "cluster-name";
  const pods = { fixed: { application: "spilo", [clusterNameLabel]: name }, dynamic: /* @__PURE__ */ new Set(["spilo-role"]), maybe: metadataLabels(object) };
  const terms = topologySpreadTerms(dig(spec, "topologySpreadConstraints"), "/spec/topologySpreadConstraints", pods);
  const enable = config.get("kubernetes", "enable_pod_antiaffinity");
  let decidedByOperatorConfig;
  if (enable) {
    decidedByOperatorConfig = enable.source;
    const enabled = asBoolean(enable.raw);
    if (enabled === true || enable.source.unknown) {
      const preferred = config.get("kubernetes", "pod_antiaffinity_preferred_during_scheduling");
      const key = config.get("kubernetes", "pod_antiaffinity_topology_key");
      const term = {
        source: "operatorDefault",
        level: asBoolean(preferred?.raw) === true ? "soft" : "hard",
        topologyKey: typeof key?.raw === "string" && key.raw !== "" ? key.raw : HOSTNAME3,
        path: enable.source.path,
        objectIndex: enable.source.objectIndex,
        selectsOwnPods: true
      };
      if (enable.source.unknown || preferred?.source.unknown || key?.source.unknown) term.unknown = true;
      terms.push(term);
    }
  }
  const spreading = summariseSpreading(terms);
  if (decidedByOperatorConfig) spreading.decidedByOperatorConfig = decidedByOperatorConfig;
  spreading.origin = decidedByOperatorConfig ? `The operator configuration given (\`${decidedByOperatorConfig.path}\`${decidedByOperatorConfig.unknown ? "" : ` = ${JSON.stringify(decidedByOperatorConfig.value)}`}) decides this for every cluster of that operator.` : "No operator configuration was given, so the operator default holds: `enable_pod_antiaffinity: false` (no anti-affinity).";
  const volumes = [];
  const volume = reader.objectAt("spec", "volume");
  const dataVolume = {
    role: "data",
    owner: name,
    storageClass: reader.string(["spec", "volume", "storageClass"]),
    persistent: { value: true, path: nearestExisting(object, "", "spec", "volume") },
    size: reader.string(["spec", "volume", "size"])
  };
  if (spec && (volume !== void 0 || dig(spec, "volume") === void 0)) {
    dataVolume.setStorageClass = (className) => setPatch(object, "", ["spec", "volume", "storageClass"], className) ?? [];
  }
  volumes.push(dataVolume);
  const images = [];
  const dockerImage = reader.string(["spec", "dockerImage"]);
  const operatorImage = config.get("", "docker_image");
  const postgresReference = dockerImage.value !== void 0 || dockerImage.unknown ? dockerImage : operatorImage && typeof operatorImage.raw === "string" ? { value: operatorImage.source.unknown ? void 0 : operatorImage.raw, path: operatorImage.source.path, objectIndex: operatorImage.source.objectIndex, defaulted: true, ...operatorImage.source.unknown ? { unknown: true } : {} } : { value: ZALANDO_DEFAULT_IMAGE, path: dockerImage.path, defaulted: true };
  images.push(imageUse("postgres", "dockerImage", postgresReference, spec ? (ref) => [{ op: "add", path: "/spec/dockerImage", value: ref }] : void 0, "`spec.dockerImage`"));
  const pooler = reader.boolean(["spec", "enableConnectionPooler"], false);
  const replicaPooler = reader.boolean(["spec", "enableReplicaConnectionPooler"], false);
  if (pooler.value || replicaPooler.value) {
    const poolerImage = reader.string(["spec", "connectionPooler", "dockerImage"]);
    const reference = poolerImage.value !== void 0 || poolerImage.unknown ? poolerImage : { value: DEFAULT_POOLER_IMAGE, path: poolerImage.path, defaulted: true };
    images.push(imageUse("pooler", "connectionPooler", reference, (ref) => setPatch(object, "", ["spec", "connectionPooler", "dockerImage"], ref) ?? []));
  }
  images.push(...containerImages(reader, ["spec", "sidecars"], "sidecar"));
  const version = reader.string(["spec", "postgresql", "version"]);
  if (spec && version.value === void 0 && !version.unknown) reader.problem(version.path, 'spec.postgresql.version is required (a string such as "16").');
  let postgresVersion = { value: void 0, path: version.path, ...version.unknown ? { unknown: true } : {} };
  if (version.value !== void 0) {
    if (/^\d+$/.test(version.value)) postgresVersion = { value: Number(version.value), path: version.path };
    else reader.problem(version.path, `spec.postgresql.version must be a major version such as "16", got "${version.value}".`);
  }
  const logical = reader.boolean(["spec", "enableLogicalBackup"], false);
  const schedules = [];
  if (logical.value && !logical.unknown) {
    const scheduleField = reader.string(["spec", "logicalBackupSchedule"]);
    const operatorSchedule = config.get("logical_backup", "logical_backup_schedule");
    const schedule = scheduleField.value !== void 0 || scheduleField.unknown ? { value: scheduleField.value ?? "", path: scheduleField.path, ...scheduleField.unknown ? { unknown: true } : {} } : operatorSchedule && typeof operatorSchedule.raw === "string" ? { value: operatorSchedule.raw, path: operatorSchedule.source.path, objectIndex: operatorSchedule.source.objectIndex, defaulted: true, ...operatorSchedule.source.unknown ? { unknown: true } : {} } : { value: DEFAULT_LOGICAL_BACKUP_SCHEDULE, path: logical.path, defaulted: true };
    schedules.push({ type: "logical", schedule, dialect: "zalando", name: `logical-backup-${name}`, gates: LOGICAL_BACKUP_GATES });
    images.push(imageUse("backup", "logical backup", { value: DEFAULT_LOGICAL_BACKUP_IMAGE, path: logical.path, defaulted: true }));
  }
  const credentials = userCredentials(reader, config, spec !== void 0);
  return {
    flavour: "zalando",
    operator: zalandoSyntax,
    ...standby && instances.value === 1 ? { instanceCeiling: { value: 1, why: "the Zalando operator supports standby clusters with 1 pod only (getNumberOfInstances, k8sres.go)" } } : {},
    objectIndex: index,
    resource: reader.resource,
    labels: metadataLabels(object),
    podLabels: pods.fixed,
    shutdown,
    instanceSets: [{ name, replicas: instances, path: nearestExisting(object, "", "spec"), spreading }],
    totalInstances: { ...instances },
    volumes,
    images,
    postgresVersion,
    backups: backupsOf(input, reader, config, logical, schedules),
    credentials,
    authSettings: []
  };
}
var DEFAULT_SECRET_NAME_TEMPLATE = "{username}.{cluster}.credentials.{tprkind}.{tprgroup}";
function fillSecretNameTemplate(template, user, cluster) {
  const split = user.includes("{") || cluster.includes("{") ? void 0 : splitTemplate(template);
  if (split === void 0) {
    return template.replaceAll("{username}", user).replaceAll("{cluster}", cluster).replaceAll("{tprkind}", "postgresql").replaceAll("{tprgroup}", ZALANDO_GROUP);
  }
  let name = split[0];
  for (let index = 1; index < split.length; index += 2) name += (split[index] === USER ? user : cluster) + split[index + 1];
  return name;
}
var USER = "{username}";
var TEMPLATE_TOKEN = /\{(?:username|cluster|tprkind|tprgroup)\}/g;
var splitTemplates = /* @__PURE__ */ new Map();
function splitTemplate(template) {
  let split = splitTemplates.get(template);
  if (split === void 0) {
    split = null;
    const literal = template.replace(TEMPLATE_TOKEN, "");
    if (!literal.includes("{") && !literal.includes("}")) {
      split = [""];
      let last = 0;
      for (const match of template.matchAll(TEMPLATE_TOKEN)) {
        const text = template.slice(last, match.index);
        last = match.index + match[0].length;
        if (match[0] === USER || match[0] === "{cluster}") {
          split[split.length - 1] += text;
          split.push(match[0], "");
        } else split[split.length - 1] += text + (match[0] === "{tprkind}" ? "postgresql" : ZALANDO_GROUP);
      }
      split[split.length - 1] += template.slice(last);
    }
    if (splitTemplates.size >= 256) splitTemplates.clear();
    splitTemplates.set(template, split);
  }
  return split ?? void 0;
}
function userCredentials(reader, config, hasSpec) {
  if (!hasSpec) return [];
  const object = reader.object;
  const name = reader.resource.name;
  const templateSetting = config.get("kubernetes", "secret_name_template");
  const templateUnknown = templateSetting?.source.unknown === true;
  const template = typeof templateSetting?.raw === "string" && templateSetting.raw !== "" ? templateSetting.raw : DEFAULT_SECRET_NAME_TEMPLATE;
  const crossSetting = config.get("kubernetes", "enable_cross_namespace_secret");
  const cross = crossSetting === void 0 ? false : crossSetting.source.unknown ? "unknown" : asBoolean(crossSetting.raw) === true;
  const secretName = (user) => fillSecretNameTemplate(template, user.replace(/_/g, "-"), name);
  const bySecret = /* @__PURE__ */ new Map();
  const declare = (user, path, namespace) => {
    const entry = credential(user, secretName(user), path, false);
    if (namespace === "unknown" || templateUnknown) entry.secretUnknown = true;
    else if (namespace !== void 0 && namespace !== reader.resource.namespace) entry.secretNamespace = namespace;
    const key = `${entry.secretNamespace ?? ""}/${entry.secretName}`;
    bySecret.delete(key);
    bySecret.set(key, entry);
  };
  for (const [key, fallback] of [
    ["super_username", "postgres"],
    ["replication_username", "standby"]
  ]) {
    const setting = config.get("users", key);
    const user = typeof setting?.raw === "string" && setting.raw !== "" ? setting.raw : fallback;
    declare(user, "/spec", setting?.source.unknown ? "unknown" : void 0);
  }
  const users = reader.objectAt("spec", "users");
  if (users) {
    for (const user of Object.keys(users)) {
      if (containsPlaceholder(user)) continue;
      const dot = user.indexOf(".");
      const namespace = dot <= 0 || cross === false ? void 0 : cross === "unknown" ? "unknown" : user.slice(0, dot);
      declare(user, pointer("/spec/users", user), namespace);
    }
  }
  for (const [user, path, secretNamespace] of preparedDatabaseUsers(object, name)) {
    const namespace = secretNamespace === void 0 || cross === false ? void 0 : cross === "unknown" || isPlaceholder(secretNamespace) ? "unknown" : secretNamespace;
    declare(user, path, namespace);
  }
  return [...bySecret.values()];
}
function preparedDatabaseUsers(object, clusterName) {
  const prepared = dig(object, "spec", "preparedDatabases");
  if (!isObject(prepared)) return [];
  const databases = Object.keys(prepared).length === 0 ? [[clusterName.replace(/-/g, "_"), {}, "/spec/preparedDatabases"]] : Object.entries(prepared).map(([db, spec]) => [db, spec, pointer("/spec/preparedDatabases", db)]);
  const users = [];
  for (const [db, spec, path] of databases) {
    if (isPlaceholder(db)) continue;
    const namespace = dig(spec, "secretNamespace");
    const secretNamespace = typeof namespace === "string" && namespace !== "" ? namespace : void 0;
    const loginRoles = (prefix, rolePath) => {
      for (const suffix of ["_owner_user", "_reader_user", "_writer_user"]) users.push([`${prefix}${suffix}`, rolePath, secretNamespace]);
    };
    if (dig(spec, "defaultUsers") === true) loginRoles(db, pointer(path, "defaultUsers"));
    const schemas = dig(spec, "schemas");
    const schemaEntries = isObject(schemas) && Object.keys(schemas).length > 0 ? Object.entries(schemas) : [["data", { defaultRoles: true }]];
    for (const [schema, schemaSpec] of schemaEntries) {
      if (isPlaceholder(schema)) continue;
      const defaultRoles = dig(schemaSpec, "defaultRoles");
      if (defaultRoles === false || dig(schemaSpec, "defaultUsers") !== true) continue;
      loginRoles(`${db}_${schema}`, pointer(path, "schemas", schema, "defaultUsers"));
    }
  }
  return users;
}
var WAL_DESTINATION = /^(WAL_(S3|GS)_BUCKET|WAL[EG]_(S3|GS|AZ|AZURE|FILE|SWIFT)_PREFIX|AZURE_STORAGE_ACCOUNT)$/;
var OPERATOR_WAL_KEYS = ["wal_s3_bucket", "wal_gs_bucket", "wal_az_storage_account"];
var SPILO_BACKUP_SCHEDULE = "00 01 * * *";
var SPILO_BACKUPS_TO_RETAIN = "5";
function backupsOf(input, reader, config, logical, schedules) {
  const env = /* @__PURE__ */ new Map();
  let hidden;
  for (const key of OPERATOR_WAL_KEYS) {
    const setting = config.get("aws_or_gcp", key);
    if (setting && (typeof setting.raw === "string" || setting.source.unknown)) {
      env.set(key.toUpperCase(), { value: typeof setting.raw === "string" ? setting.raw : void 0, path: setting.source.path, objectIndex: setting.source.objectIndex, ...setting.source.unknown ? { unknown: true } : {} });
    }
  }
  const namespace = reader.resource.namespace;
  const configMapSetting = config.get("kubernetes", "pod_environment_configmap");
  if (configMapSetting && typeof configMapSetting.raw === "string" && configMapSetting.raw !== "") {
    const [mapNamespace, mapName] = configMapSetting.raw.includes("/") ? configMapSetting.raw.split("/", 2) : [namespace, configMapSetting.raw];
    const index = (mapName === void 0 ? void 0 : input.index.find("", "ConfigMap", mapName, mapNamespace)) ?? -1;
    if (index < 0) hidden = configMapSetting.source;
    else {
      const data = dig(input.objects[index], "data");
      if (isObject(data)) {
        for (const [key, value] of Object.entries(data)) {
          env.set(key, { value: typeof value === "string" && !isPlaceholder(value) ? value : void 0, path: pointer("/data", key), objectIndex: index, ...isPlaceholder(value) ? { unknown: true } : {} });
        }
      }
    }
  } else if (configMapSetting?.source.unknown) hidden = configMapSetting.source;
  const secretSetting = config.get("kubernetes", "pod_environment_secret");
  if (!hidden && secretSetting && (secretSetting.source.unknown || typeof secretSetting.raw === "string" && secretSetting.raw !== "")) hidden = secretSetting.source;
  const manifestEnv = dig(reader.object, "spec", "env");
  if (Array.isArray(manifestEnv)) {
    manifestEnv.forEach((variable, e) => {
      if (!isObject(variable) || typeof variable.name !== "string") return;
      const literal = typeof variable.value === "string" && !isPlaceholder(variable.value);
      env.set(variable.name, { value: literal ? String(variable.value) : void 0, path: pointer("/spec/env", e), ...literal ? {} : { unknown: true } });
    });
  }
  const destination = [...env.entries()].find(([name, entry]) => WAL_DESTINATION.test(name) && (entry.unknown || (entry.value ?? "") !== ""));
  const logicalOn = logical.value && !logical.unknown;
  let configured = { value: logicalOn, path: logical.path, ...logical.defaulted ? { defaulted: true } : {} };
  let retention = reader.string(["spec", "logicalBackupRetention"]);
  if (destination) {
    const [, where] = destination;
    if (!logicalOn) configured = { value: true, path: where.path, ...where.objectIndex !== void 0 ? { objectIndex: where.objectIndex } : {}, ...where.unknown ? { unknown: true } : {} };
    const schedule = env.get("BACKUP_SCHEDULE");
    schedules.push({
      type: "base",
      // Spilo installs the schedule into Debian cron: 5 fields, the same grammar as a Kubernetes CronJob.
      schedule: schedule && (schedule.value !== void 0 || schedule.unknown) ? { value: schedule.value ?? "", path: schedule.path, ...schedule.objectIndex !== void 0 ? { objectIndex: schedule.objectIndex } : {}, ...schedule.unknown ? { unknown: true } : {} } : { value: SPILO_BACKUP_SCHEDULE, path: where.path, ...where.objectIndex !== void 0 ? { objectIndex: where.objectIndex } : {}, defaulted: true },
      dialect: "kubernetes",
      name: "Spilo base backup",
      gates: SPILO_GATES
    });
    if (retention.value === void 0 && !retention.unknown) {
      const keep = env.get("BACKUP_NUM_TO_RETAIN");
      retention = keep && (keep.value !== void 0 || keep.unknown) ? { value: keep.value, path: keep.path, ...keep.objectIndex !== void 0 ? { objectIndex: keep.objectIndex } : {}, ...keep.unknown ? { unknown: true } : {} } : { value: SPILO_BACKUPS_TO_RETAIN, path: where.path, ...where.objectIndex !== void 0 ? { objectIndex: where.objectIndex } : {}, defaulted: true };
    }
  } else if (!logicalOn && hidden) {
    configured = { value: false, path: hidden.path, ...hidden.objectIndex !== void 0 ? { objectIndex: hidden.objectIndex } : {}, unknown: true };
  }
  return {
    configured,
    schedules,
    retention: [{ setting: retention, fix: '`spec.logicalBackupRetention` (e.g. `"3 months"`) or `logical_backup_s3_retention_time` in the operator configuration' }]
  };
}

// src/policies/adapters/index.ts
function adapterFor(kind, zalandoConfig) {
  switch (kind) {
    case "PostgresCluster":
      return pgoV5Cluster;
    case "Cluster":
      return cnpgCluster;
    case "postgresql":
      return (input, index) => zalandoCluster(input, index, zalandoConfig);
    case "Pgcluster":
      return pgoV4Cluster;
    case "StatefulSet":
      return statefulSetCluster;
    default:
      return void 0;
  }
}
function buildModel(inputs) {
  const problems = [];
  const objects = inputs.map((entry) => isObject(entry?.object) ? entry.object : void 0);
  const input = { inputs, objects, problems, index: new ObjectIndex(objects) };
  const zalandoConfig = new ZalandoOperatorConfig(input);
  const clusters = [];
  const secrets = [];
  let scheduledBackups = false;
  for (let index = 0; index < inputs.length; index++) {
    const object = objects[index];
    if (object === void 0) continue;
    if (object.kind === "ScheduledBackup") scheduledBackups = true;
    try {
      const unserved = unservedVersion(object);
      if (unserved !== void 0) {
        problems.push({ objectIndex: index, resource: resourceOf(object), path: "/apiVersion", message: unserved });
        continue;
      }
      const cluster = adapterFor(object.kind, zalandoConfig)?.(input, index);
      if (cluster) {
        nameForeignObjects(cluster, input);
        clusters.push(cluster);
      }
      if (object.kind === "Secret" && object.apiVersion === "v1") secrets.push(secretInfo(object, index, inputs[index]?.oldObject));
    } catch (error) {
      problems.push({
        objectIndex: index,
        resource: resourceOf(object),
        path: "",
        message: `pgwarden could not read this object (internal error: ${error instanceof Error ? error.message : String(error)}); please report it.`
      });
    }
  }
  if (scheduledBackups) problems.push(...scheduledBackupProblems(input));
  return new BuiltModel(clusters, secrets, problems, clusters.length > 0 ? { input, zalandoConfig } : void 0);
}
var BuiltModel = class {
  constructor(clusters, secrets, problems, changeSource) {
    this.clusters = clusters;
    this.secrets = secrets;
    this.problems = problems;
    this.#changeSource = changeSource;
  }
  clusters;
  secrets;
  problems;
  #changeSource;
  /** The change source, once: the profiles are computed a single time. */
  takeChangeSource() {
    const source = this.#changeSource;
    this.#changeSource = void 0;
    return source;
  }
};
function withChangeProfiles(model) {
  const source = model instanceof BuiltModel ? model.takeChangeSource() : void 0;
  if (!source) return model;
  const { input, zalandoConfig } = source;
  for (const cluster of model.clusters) {
    const object = input.objects[cluster.objectIndex];
    if (cluster.change !== void 0 || object === void 0) continue;
    try {
      const profile = changeProfile(cluster, object, input, zalandoConfig);
      for (const field2 of profile.creationOnly) nameForeign(field2.value, input);
      cluster.change = profile;
    } catch (error) {
      model.problems.push({
        objectIndex: cluster.objectIndex,
        resource: cluster.resource,
        path: "",
        message: `pgwarden could not read how the operator treats changes to this object (internal error: ${error instanceof Error ? error.message : String(error)}); please report it.`
      });
    }
  }
  return model;
}
function nameForeign(value, input) {
  if (value === void 0 || value.objectIndex === void 0 || value.resource !== void 0) return;
  const object = input.objects[value.objectIndex];
  if (object) value.resource = resourceOf(object);
}
function nameForeignObjects(cluster, input) {
  nameForeign(cluster.shutdown, input);
  nameForeign(cluster.totalInstances, input);
  nameForeign(cluster.postgresVersion, input);
  for (const set of cluster.instanceSets) {
    nameForeign(set.replicas, input);
    const spreading = set.spreading;
    for (const term of spreading.terms) nameForeign(term, input);
    nameForeign(spreading.disabledBy, input);
    nameForeign(spreading.decidedByOperatorConfig, input);
  }
  for (const volume of cluster.volumes) {
    nameForeign(volume.storageClass, input);
    nameForeign(volume.persistent, input);
    nameForeign(volume.size, input);
  }
  for (const image of cluster.images) nameForeign(image.reference, input);
  const backups = cluster.backups;
  nameForeign(backups.configured, input);
  for (const schedule of backups.schedules) nameForeign(schedule.schedule, input);
  for (const retention of backups.retention) nameForeign(retention.setting, input);
  for (const setting of cluster.authSettings) nameForeign(setting, input);
}
function secretKeys(object) {
  const keys = {};
  for (const field2 of ["data", "stringData"]) {
    const block = dig(object, field2);
    if (!isObject(block)) continue;
    for (const [key, value] of Object.entries(block)) {
      const path = pointer("", field2, key);
      if (isPlaceholder(value)) keys[key] = { empty: false, unknown: true, path };
      else if (value === null || value === void 0) keys[key] = { empty: true, path };
      else if (typeof value !== "string") keys[key] = { empty: false, unknown: true, path };
      else if (field2 === "data") keys[key] = { empty: isEmptyBase64(value), path };
      else keys[key] = { empty: value === "", path };
    }
  }
  return keys;
}
function isEmptyBase64(value) {
  const compact = value.replace(/\s/g, "");
  return compact === "" || /^=*$/.test(compact);
}
function secretInfo(object, index, oldObject) {
  const info = { objectIndex: index, resource: resourceOf(object), keys: secretKeys(object) };
  if (typeof object.type === "string") info.type = object.type;
  if (isObject(oldObject)) info.previousKeys = secretKeys(oldObject);
  return info;
}

// src/policies/adapters/profiles.ts
var DNS_SUBDOMAIN = /^[a-z0-9]([-.a-z0-9]*[a-z0-9])?$/;
function apiGroupOf(object) {
  const apiVersion = typeof object.apiVersion === "string" ? object.apiVersion : "";
  return apiVersion.includes("/") ? apiVersion.slice(0, apiVersion.indexOf("/")) : "";
}
function withCount(stored, path, count, bare) {
  if (!isObject(stored)) return bare();
  const copy = { ...stored };
  let at = copy;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i];
    const next = at[key];
    at[key] = isObject(next) ? { ...next } : {};
    at = at[key];
  }
  at[path[path.length - 1]] = count;
  return copy;
}
var cnpg2 = {
  operator: "CloudNativePG",
  relatedNeeds(object, namespace) {
    if (object.kind !== "ScheduledBackup" || apiGroupOf(object) !== "postgresql.cnpg.io") return [];
    const name = dig(object, "spec", "cluster", "name");
    if (typeof name !== "string" || !namespace || isPlaceholder(name) || !DNS_SUBDOMAIN.test(name)) return [];
    return [
      {
        need: "object",
        id: "cnpg-cluster",
        group: "postgresql.cnpg.io",
        version: "v1",
        kind: "Cluster",
        resource: "clusters",
        namespace,
        name,
        role: "the CNPG Cluster of a ScheduledBackup",
        judgedAlone: "the schedule",
        // Without the Cluster the schedule is still CNPG's to read: a Cluster of that name with CNPG's defaults.
        whenAbsent: () => ({ apiVersion: "postgresql.cnpg.io/v1", kind: "Cluster", metadata: { name, namespace }, spec: { instances: 1, storage: { size: "1Gi" } } })
      }
    ];
  },
  scale: [
    {
      // config/crd/bases/postgresql.cnpg.io_clusters.yaml: `subresources.scale.specReplicasPath: .spec.instances`.
      group: "postgresql.cnpg.io",
      version: "v1",
      kind: "Cluster",
      resource: "clusters",
      replicasPath: "/spec/instances",
      scaled: (stored, name, namespace, replicas2) => withCount(stored, ["spec", "instances"], replicas2, () => ({
        apiVersion: "postgresql.cnpg.io/v1",
        kind: "Cluster",
        metadata: { name, ...namespace ? { namespace } : {} },
        spec: { instances: replicas2, storage: { size: "1Gi" } }
      }))
    }
  ]
};
var zalando2 = {
  operator: "Zalando",
  relatedNeeds(object) {
    if (object.kind !== "postgresql" || apiGroupOf(object) !== "acid.zalan.do") return [];
    return [{ need: "operator-configuration", operator: "zalando", role: "the operator configuration" }];
  }
};
var kubernetes = {
  operator: "Kubernetes",
  relatedNeeds(object, namespace) {
    if (object.kind !== "Secret" || object.apiVersion !== "v1") return [];
    const name = dig(object, "metadata", "name");
    if (typeof name !== "string" || name === "" || !namespace) return [];
    return [{ need: "secret-users", namespace, name, role: "the workloads that read it" }];
  },
  scale: [
    {
      // A StatefulSet's Scale sets spec.replicas (apps/v1 scale subresource).
      group: "apps",
      version: "v1",
      kind: "StatefulSet",
      resource: "statefulsets",
      replicasPath: "/spec/replicas",
      // Without the stored object only the count is known. deploy/webhooks.yaml sends StatefulSet scales only from
      // namespaces labelled to declare their StatefulSets Postgres; the image says so to the StatefulSet adapter.
      scaled: (stored, name, namespace, replicas2) => withCount(stored, ["spec", "replicas"], replicas2, () => ({
        apiVersion: "apps/v1",
        kind: "StatefulSet",
        metadata: { name, ...namespace ? { namespace } : {} },
        spec: { replicas: replicas2, template: { spec: { containers: [{ name: "postgres", image: "postgres" }] } } }
      }))
    }
  ]
};
var profiles = [cnpg2, zalando2, kubernetes];
var MAX_SECRETS = 16;
function secretsRead(object, namespace) {
  if (!namespace) return [];
  const metadata = isObject(object.metadata) ? object.metadata : {};
  const placed = metadata.namespace === namespace ? object : { ...object, metadata: { ...metadata, namespace } };
  const names = /* @__PURE__ */ new Set();
  for (const cluster of buildModel([{ object: placed }]).clusters) for (const credential2 of cluster.credentials) names.add(credential2.secretName);
  return [...names].slice(0, MAX_SECRETS).map((name) => ({
    need: "object",
    id: "referenced-secrets",
    group: "",
    version: "v1",
    kind: "Secret",
    resource: "secrets",
    namespace,
    name,
    role: "a Secret it reads a password from",
    judgedAlone: "the workload",
    counts: true
  }));
}
function relatedNeeds(object, namespace, options = {}) {
  if (!isObject(object)) return [];
  const metadataNamespace = dig(object, "metadata", "namespace");
  const ns = typeof metadataNamespace === "string" && metadataNamespace !== "" ? metadataNamespace : namespace;
  const needs = [];
  for (const profile of profiles) if (profile.relatedNeeds) needs.push(...profile.relatedNeeds(object, ns));
  if (options.secrets) needs.push(...secretsRead(object, ns));
  return needs;
}
var scaleSubjects = new Map(profiles.flatMap((profile) => (profile.scale ?? []).map((subject) => [`${subject.group}/${subject.resource}`, subject])));
function scaleSubject(group, resource) {
  return scaleSubjects.get(`${group}/${resource}`);
}

// src/policies/change-rule.ts
function defineChangeRule(definition) {
  return { meta: { ...definition.meta, fixable: false }, check: definition.check };
}
var BINARY = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
var DECIMAL = { n: 1e-9, u: 1e-6, m: 1e-3, "": 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };
function parseQuantity(text) {
  const match = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))(?:(Ki|Mi|Gi|Ti|Pi|Ei)|([numkMGTPE]?)|[eE]([+-]?\d+))$/.exec(text.trim());
  if (!match) return void 0;
  const number = Number(match[1]);
  if (match[2]) return number * (BINARY[match[2]] ?? 1);
  if (match[4] !== void 0) return number * 10 ** Number(match[4]);
  return number * (DECIMAL[match[3] ?? ""] ?? 1);
}
function postgresMajor(cluster) {
  const declared = cluster.postgresVersion;
  if (declared?.unknown) return "unknown";
  if (declared && declared.value !== void 0 && !declared.defaulted) return { major: declared.value, path: declared.path, via: "version" };
  const image = cluster.images.find((use) => use.role === "postgres");
  if (image?.reference.unknown) return "unknown";
  if (image?.postgresMajor !== void 0 && !image.reference.defaulted) return { major: image.postgresMajor, path: image.reference.path, via: "image" };
  return void 0;
}

// src/policies/rule.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var compiledTemplates = /* @__PURE__ */ new Map();
function compileTemplate(template) {
  let compiled2 = compiledTemplates.get(template);
  if (compiled2) return compiled2;
  const parts = [];
  const wholes = [];
  let last = 0;
  for (const match of template.matchAll(/\{\{\s*([\w.-]+)\s*\}\}/g)) {
    parts.push(template.slice(last, match.index), match[1]);
    wholes.push(match[0]);
    last = match.index + match[0].length;
  }
  parts.push(template.slice(last));
  compiled2 = { parts, wholes };
  if (compiledTemplates.size < 1e4) compiledTemplates.set(template, compiled2);
  return compiled2;
}
function formatMessage(template, data) {
  if (!data) return template;
  const { parts, wholes } = compileTemplate(template);
  let text = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    text += (Object.hasOwn(data, name) ? String(data[name]) : wholes[i - 1 >> 1]) + parts[i + 1];
  }
  return text;
}
function defineRule(definition) {
  return definition;
}
var rank = { info: 0, warning: 1, error: 2 };
var byRank = ["info", "warning", "error"];
function scaleSeverity(level, defaultSeverity, configured) {
  const scaled = rank[level] + rank[configured] - rank[defaultSeverity];
  return byRank[Math.max(0, Math.min(2, scaled))] ?? level;
}
function makeContext(meta, severity, options, clusterStorageClasses) {
  return new ReportingContext(meta, severity, options, clusterStorageClasses);
}
var ReportingContext = class {
  constructor(meta, severity, options, clusterStorageClasses) {
    this.meta = meta;
    this.severity = severity;
    this.options = options;
    this.ruleId = meta.id;
    if (clusterStorageClasses) this.clusterStorageClasses = clusterStorageClasses;
  }
  meta;
  severity;
  options;
  ruleId;
  findings = [];
  clusterStorageClasses;
  report(descriptor) {
    const meta = this.meta;
    const template = meta.messages[descriptor.messageId];
    if (template === void 0) throw new Error(`rule ${meta.id} reported unknown messageId "${descriptor.messageId}"`);
    const data = descriptor.data ?? {};
    const finding = {
      ruleId: meta.id,
      severity: scaleSeverity(descriptor.severity ?? meta.defaultSeverity, meta.defaultSeverity, this.severity),
      messageId: descriptor.messageId,
      data,
      message: formatMessage(template, data),
      resource: descriptor.resource,
      objectIndex: descriptor.objectIndex,
      path: descriptor.pointer
    };
    if (descriptor.fix && descriptor.fix.patch.length > 0) finding.fix = descriptor.fix;
    this.findings.push(finding);
  }
};
function globMatcher(globs) {
  let matcher = globMatchers.get(globs);
  if (!matcher) {
    matcher = (0, import_picomatch.default)([...globs]);
    globMatchers.set(globs, matcher);
  }
  return matcher;
}
var globMatchers = /* @__PURE__ */ new WeakMap();
function docsUrl(id) {
  return `https://github.com/pgwarden/pgwarden/blob/main/docs/rules/${id}.md`;
}
function describeCluster(cluster) {
  const { kind, namespace, name } = cluster.resource;
  return `${kind} ${namespace ? `${namespace}/` : ""}${name}`;
}
function describeSecret(secret) {
  const { namespace, name } = secret.resource;
  return `Secret ${namespace ? `${namespace}/` : ""}${name}`;
}

// src/policies/change-rules/common.ts
function volumePairs(base, head) {
  const key = (volume) => `${volume.role}\0${volume.owner ?? ""}`;
  const after = new Map(head.volumes.map((volume) => [key(volume), volume]));
  const pairs = [];
  for (const before of base.volumes) {
    const match = after.get(key(before));
    if (match) pairs.push({ before, after: match });
  }
  return pairs;
}
function describeVolume(volume) {
  const role = volume.role === "wal" ? "WAL" : volume.role;
  return `the ${role} volume${volume.owner ? ` of ${volume.owner}` : ""}`;
}
function describe(cluster) {
  const { kind, namespace, name } = cluster.resource;
  return `${kind} ${namespace ? `${namespace}/` : ""}${name}`;
}

// src/policies/change-rules/backup-removed.ts
var scheduleKey = (schedule) => `${schedule.type}\0${schedule.name ?? ""}`;
var scheduleName = (schedule) => `${schedule.type} backup schedule${schedule.name ? ` ${schedule.name}` : ""}`;
function retentionCount(text) {
  const match = /^\s*(\d+)\s*([a-zA-Z]*)\s*$/.exec(text);
  return match ? { count: Number(match[1]), unit: match[2] ?? "" } : void 0;
}
var backupRemoved = defineChangeRule({
  meta: {
    id: "backup-removed",
    docsUrl: docsUrl("backup-removed"),
    description: "Backups removed in this change: the backup configuration, a schedule, or a retention removed or lowered.",
    defaultSeverity: "warning",
    optionsSchema: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      backupsRemoved: "{{cluster}} has no backup configured any more (it had at the base): restore the backup configuration, or say why it is not needed.",
      scheduleRemoved: "The {{schedule}} (`{{before}}`) is {{how}} in this change: restore it, or schedule backups another way.",
      retentionRemoved: "The backup retention{{scope}} (`{{before}}`) is removed in this change: the operator then keeps backups by its default; restore it.",
      retentionLowered: "The backup retention{{scope}} is lowered from `{{before}}` to `{{after}}`: fewer backups to restore from; keep `{{before}}` unless that is intended."
    }
  },
  check({ base, head }, context) {
    if (!base || !head) return;
    const was = base.backups.configured;
    const now = head.backups.configured;
    if (!was.unknown && !now.unknown && was.value && !now.value) {
      context.report({ messageId: "backupsRemoved", data: { cluster: describe(head) }, pointer: now.path });
      return;
    }
    const headSchedules = new Map(head.backups.schedules.map((schedule) => [scheduleKey(schedule), schedule]));
    for (const before of base.backups.schedules) {
      if (before.suspended || before.schedule.unknown) continue;
      const after = headSchedules.get(scheduleKey(before));
      if (after && !after.suspended) continue;
      context.report({
        messageId: "scheduleRemoved",
        data: { schedule: scheduleName(before), before: before.schedule.value, how: after ? "suspended" : "removed" },
        // A schedule in another object (a ScheduledBackup, a ConfigMap) has no line in the cluster: the finding lands on
        // the cluster's backup configuration.
        pointer: after && after.schedule.objectIndex === void 0 ? after.schedule.path : now.path
      });
    }
    const headRetention = new Map(head.backups.retention.map((retention) => [retention.scope ?? "", retention]));
    for (const { setting: before, scope } of base.backups.retention) {
      const after = headRetention.get(scope ?? "")?.setting;
      if (!after || before.unknown || after.unknown || before.value === void 0) continue;
      const covers = scope ? ` ${scope}` : "";
      if (after.value === void 0) {
        context.report({ messageId: "retentionRemoved", data: { scope: covers, before: before.value }, pointer: after.path });
        continue;
      }
      const from = retentionCount(before.value);
      const to = retentionCount(after.value);
      if (from && to && from.unit === to.unit && to.count < from.count) {
        context.report({ messageId: "retentionLowered", data: { scope: covers, before: before.value, after: after.value }, pointer: after.path });
      }
    }
  }
});

// src/policies/change-rules/cluster-removed.ts
var clusterRemoved = defineChangeRule({
  meta: {
    id: "cluster-removed",
    docsUrl: docsUrl("cluster-removed"),
    description: "A Postgres cluster present at the base is removed in this change: with prune on, merging deletes it (and, depending on the operator, its data).",
    defaultSeverity: "error",
    optionsSchema: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      removed: '{{cluster}} is removed in this change: with prune on, merging deletes the cluster, and {{onDelete}}. Restore the manifest, or if the removal is deliberate first merge `ignore.pgwarden.io/cluster-removed: "<reason>"` on it.'
    }
  },
  check({ base, head }, context) {
    if (!base || head) return;
    context.report({
      messageId: "removed",
      data: { cluster: describe(base), onDelete: base.change?.onDelete ?? "the operator decides what happens to the volumes" },
      side: "base",
      pointer: "/metadata/name"
    });
  }
});

// src/policies/change-rules/immutable-field.ts
var MAX_VALUE = 80;
var shown = (value) => value === void 0 ? "unset" : value.length > MAX_VALUE ? `${value.slice(0, MAX_VALUE)}\u2026` : value;
var immutableField = defineChangeRule({
  meta: {
    id: "immutable-field",
    docsUrl: docsUrl("immutable-field"),
    description: "A field the operator reads only at creation or refuses to change on a running cluster was changed.",
    defaultSeverity: "error",
    optionsSchema: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      changed: "`{{field}}` changes from {{before}} to {{after}} on a running cluster: {{effect}}.",
      setRenamed: "Instance set `{{before}}` is gone and `{{after}}` is new: if this is a rename, {{effect}}."
    }
  },
  check({ base, head }, context) {
    if (!base?.change || !head?.change) return;
    const after = new Map(head.change.creationOnly.map((field2) => [field2.field, field2]));
    for (const before of base.change.creationOnly) {
      const now = after.get(before.field);
      if (!now || before.value.unknown || now.value.unknown || before.value.value === now.value.value) continue;
      context.report({
        messageId: "changed",
        data: { field: now.field, before: shown(before.value.value), after: shown(now.value.value), effect: now.effect },
        severity: now.severity,
        pointer: now.value.path
      });
    }
    const effect = head.change.instanceSetRename;
    if (effect) {
      const baseNames = new Set(base.instanceSets.map((set) => set.name));
      const headNames = new Set(head.instanceSets.map((set) => set.name));
      const gone = [...baseNames].filter((name) => !headNames.has(name));
      const added = head.instanceSets.filter((set) => !baseNames.has(set.name));
      gone.forEach((name, i) => {
        const set = added[i];
        if (set) context.report({ messageId: "setRenamed", data: { before: name, after: set.name, effect }, severity: "warning", pointer: set.path });
      });
    }
  }
});

// src/policies/change-rules/major-upgrade.ts
var majorUpgrade = defineChangeRule({
  meta: {
    id: "major-upgrade",
    docsUrl: docsUrl("major-upgrade"),
    description: "A Postgres major version change without the operator's upgrade path (info with the steps left when the path is there).",
    defaultSeverity: "error",
    optionsSchema: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      noPath: "{{cluster}} moves from Postgres {{before}} to {{after}} by its {{via}} without an upgrade path: {{missing}}.",
      withPath: "{{cluster}} moves from Postgres {{before}} to {{after}} through {{path}}; steps left: {{steps}}.",
      downgrade: "{{cluster}} moves from Postgres {{before}} down to {{after}}: keep {{before}}. {{why}}."
    }
  },
  check({ base, head }, context) {
    if (!base || !head) return;
    const from = postgresMajor(base);
    const to = postgresMajor(head);
    if (!from || !to || from === "unknown" || to === "unknown" || from.major === to.major) return;
    const data = { cluster: describe(head), before: from.major, after: to.major };
    const upgrade = head.change?.majorUpgrade;
    if (to.major < from.major) {
      context.report({ messageId: "downgrade", data: { ...data, why: upgrade?.downgrade ?? "the older binaries cannot read the newer data directory" }, pointer: to.path });
    } else if (upgrade?.present) {
      context.report({ messageId: "withPath", data: { ...data, path: upgrade.present, steps: upgrade.stepsLeft }, severity: "info", pointer: to.path });
    } else {
      context.report({
        messageId: "noPath",
        data: { ...data, via: to.via === "image" ? "image" : "version field", missing: upgrade?.missing ?? "the new binaries cannot read the old data directory" },
        pointer: to.path
      });
    }
  }
});

// src/policies/change-rules/storage-class-change.ts
var shown2 = (value) => value === void 0 ? "the default class" : `\`${value}\``;
var storageClassChange = defineChangeRule({
  meta: {
    id: "storage-class-change",
    docsUrl: docsUrl("storage-class-change"),
    description: "A storage class changed on a running cluster: existing volumes keep their class, or the operator refuses the change.",
    defaultSeverity: "warning",
    optionsSchema: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      changed: "The storage class of {{volume}} changes from {{before}} to {{after}}: {{effect}}."
    }
  },
  check({ base, head }, context) {
    if (!base || !head) return;
    const profile = head.change;
    for (const { before, after } of volumePairs(base, head)) {
      if (!before.persistent.value || !after.persistent.value) continue;
      if (before.storageClass.unknown || after.storageClass.unknown) continue;
      if (before.storageClass.value === after.storageClass.value) continue;
      context.report({
        messageId: "changed",
        data: {
          volume: describeVolume(after),
          before: shown2(before.storageClass.value),
          after: shown2(after.storageClass.value),
          effect: profile?.storageClassChange.effect ?? "existing volumes keep their class"
        },
        severity: profile?.storageClassChange.severity ?? "warning",
        pointer: after.storageClass.path
      });
    }
  }
});

// src/policies/change-rules/storage-shrink.ts
var storageShrink = defineChangeRule({
  meta: {
    id: "storage-shrink",
    docsUrl: docsUrl("storage-shrink"),
    description: "A data or WAL volume's requested size decreased: volumes cannot shrink.",
    defaultSeverity: "error",
    optionsSchema: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      shrunk: "{{volume}} shrinks from {{before}} to {{after}}: keep {{before}} or more. {{why}}."
    }
  },
  check({ base, head }, context) {
    if (!base || !head) return;
    for (const { before, after } of volumePairs(base, head)) {
      if (before.role !== "data" && before.role !== "wal") continue;
      const from = before.size;
      const to = after.size;
      if (!from || !to || from.unknown || to.unknown || from.value === void 0 || to.value === void 0) continue;
      const oldBytes = parseQuantity(from.value);
      const newBytes = parseQuantity(to.value);
      if (oldBytes === void 0 || newBytes === void 0 || newBytes >= oldBytes) continue;
      context.report({
        messageId: "shrunk",
        data: { volume: describeVolume(after).replace(/^t/, "T"), before: from.value, after: to.value, why: head.change?.shrink ?? "a PersistentVolumeClaim cannot shrink" },
        pointer: to.path
      });
    }
  }
});

// src/policies/change-rules/index.ts
var changeRules = [clusterRemoved, storageShrink, storageClassChange, majorUpgrade, immutableField, backupRemoved];

// src/policies/crd-catalogue.json
var crd_catalogue_default = { nodes: ['{"t":"string"}', '{"t":"object"}', '{"t":"object","p":{"name":0}}', '{"t":"string","e":["barmanObjectStore","volumeSnapshot","plugin"]}', '{"t":"boolean"}', '{"t":"object","p":{"immediateCheckpoint":4,"waitForArchive":4}}', '{"t":"object","a":0}', '{"t":"object","p":{"name":0,"parameters":6}}', '{"t":"string","e":["primary","prefer-standby"]}', '{"t":"object","p":{"cluster":2,"method":3,"online":4,"onlineConfiguration":5,"pluginConfiguration":7,"target":8}}', '{"t":"object","p":{"key":0,"name":0}}', '{"t":"object","p":{"connectionString":10,"inheritFromAzureAD":4,"storageAccount":10,"storageKey":10,"storageSasToken":10,"useDefaultAzureCredentials":4}}', '{"t":"object","p":{"applicationCredentials":10,"gkeEnvironment":4}}', '{"t":"object","p":{"ContainerID":0,"podName":0,"sessionID":0}}', '{"t":"integer"}', '{"t":"object","p":{"accessKeyId":10,"inheritFromIAMRole":4,"region":10,"secretAccessKey":10,"sessionToken":10}}', '{"t":"object","p":{"name":0,"tablespaceName":0,"type":0}}', '{"t":"array","i":16}', '{"t":"object","p":{"elements":17}}', '{"t":"object","p":{"azureCredentials":11,"backupId":0,"backupLabelFile":0,"backupName":0,"beginLSN":0,"beginWal":0,"commandError":0,"commandOutput":0,"destinationPath":0,"encryption":0,"endLSN":0,"endWal":0,"endpointCA":10,"endpointURL":0,"error":0,"googleCredentials":12,"instanceID":13,"majorVersion":14,"method":0,"online":4,"phase":0,"pluginMetadata":6,"reconciliationStartedAt":0,"reconciliationTerminatedAt":0,"s3Credentials":15,"serverName":0,"snapshotBackupStatus":18,"startedAt":0,"stoppedAt":0,"tablespaceMapFile":0}}', '{"t":"object","p":{"apiVersion":0,"kind":0,"metadata":1,"spec":9,"status":19}}', '{"t":"object","p":{"image":0,"key":0}}', '{"t":"array","i":21}', '{"t":"array","i":0}', '{"t":"object","p":{"name":0,"value":0}}', '{"t":"array","i":24}', '{"t":"object","p":{"pullPolicy":0,"reference":0}}', '{"t":"object","p":{"bin_path":23,"dynamic_library_path":23,"env":25,"extension_control_path":23,"image":26,"ld_library_path":23,"name":0}}', '{"t":"array","i":27}', '{"t":"object","p":{"extensions":28,"image":0,"major":14}}', '{"t":"array","i":29}', '{"t":"object","p":{"componentImages":22,"images":30}}', '{"t":"object","p":{"apiVersion":0,"kind":0,"metadata":1,"spec":31}}', '{"t":"object","p":{"key":0,"operator":0,"values":23}}', '{"t":"array","i":33}', '{"t":"object","p":{"matchExpressions":34,"matchLabels":6}}', '{"t":"object","p":{"labelSelector":35,"matchLabelKeys":23,"mismatchLabelKeys":23,"namespaceSelector":35,"namespaces":23,"topologyKey":0}}', '{"t":"object","p":{"podAffinityTerm":36,"weight":14}}', '{"t":"array","i":37}', '{"t":"array","i":36}', '{"t":"object","p":{"preferredDuringSchedulingIgnoredDuringExecution":38,"requiredDuringSchedulingIgnoredDuringExecution":39}}', '{"t":"object","p":{"matchExpressions":34,"matchFields":34}}', '{"t":"object","p":{"preference":41,"weight":14}}', '{"t":"array","i":42}', '{"t":"array","i":41}', '{"t":"object","p":{"nodeSelectorTerms":44}}', '{"t":"object","p":{"preferredDuringSchedulingIgnoredDuringExecution":43,"requiredDuringSchedulingIgnoredDuringExecution":45}}', '{"t":"object","p":{"effect":0,"key":0,"operator":0,"tolerationSeconds":14,"value":0}}', '{"t":"array","i":47}', '{"t":"object","p":{"additionalPodAffinity":40,"additionalPodAntiAffinity":40,"enablePodAntiAffinity":4,"nodeAffinity":46,"nodeSelector":6,"podAntiAffinityType":0,"tolerations":48,"topologyKey":0}}', '{"t":"string","e":["bzip2","gzip","lz4","snappy"]}', '{"t":"string","e":["AES256","aws:kms"]}', '{"t":"object","p":{"additionalCommandArgs":23,"compression":50,"encryption":51,"immediateCheckpoint":4,"jobs":14}}', '{"t":"string","e":["bzip2","gzip","lz4","snappy","xz","zstd"]}', '{"t":"object","p":{"archiveAdditionalCommandArgs":23,"compression":53,"encryption":51,"maxParallel":14,"restoreAdditionalCommandArgs":23}}', '{"t":"object","p":{"azureCredentials":11,"data":52,"destinationPath":0,"endpointCA":10,"endpointURL":0,"googleCredentials":12,"historyTags":6,"s3Credentials":15,"serverName":0,"tags":6,"wal":54}}', '{"t":"string","e":["none","cluster","backup"]}', '{"t":"object","p":{"annotations":6,"className":0,"labels":6,"online":4,"onlineConfiguration":5,"snapshotOwnerReference":56,"tablespaceClassName":6,"walClassName":0}}', '{"t":"object","p":{"barmanObjectStore":55,"retentionPolicy":0,"target":8,"volumeSnapshot":57}}', '{"t":"object","p":{"externalCluster":0}}', '{"t":"string","e":["microservice","monolith"]}', '{"t":"object","p":{"databases":23,"pgDumpExtraOptions":23,"pgRestoreDataOptions":23,"pgRestoreExtraOptions":23,"pgRestorePostdataOptions":23,"pgRestorePredataOptions":23,"postImportApplicationSQL":23,"roles":23,"schemaOnly":4,"source":59,"type":60}}', '{"t":"array","i":10}', '{"t":"object","p":{"configMapRefs":62,"secretRefs":62}}', '{"t":"object","p":{"builtinLocale":0,"dataChecksums":4,"database":0,"encoding":0,"icuLocale":0,"icuRules":0,"import":61,"locale":0,"localeCType":0,"localeCollate":0,"localeProvider":0,"options":23,"owner":0,"postInitApplicationSQL":23,"postInitApplicationSQLRefs":63,"postInitSQL":23,"postInitSQLRefs":63,"postInitTemplateSQL":23,"postInitTemplateSQLRefs":63,"secret":2,"walSegmentSize":14}}', '{"t":"object","p":{"database":0,"owner":0,"secret":2,"source":0}}', '{"t":"object","p":{"endpointCA":10,"name":0}}', '{"t":"object","p":{"backupID":0,"exclusive":4,"targetImmediate":4,"targetLSN":0,"targetName":0,"targetTLI":0,"targetTime":0,"targetXID":0}}', '{"t":"object","p":{"apiGroup":0,"kind":0,"name":0}}', '{"t":"object","a":68}', '{"t":"object","p":{"storage":68,"tablespaceStorage":69,"walStorage":68}}', '{"t":"object","p":{"backup":66,"database":0,"owner":0,"recoveryTarget":67,"secret":2,"source":0,"volumeSnapshots":70}}', '{"t":"object","p":{"initdb":64,"pg_basebackup":65,"recovery":71}}', '{"t":"object","p":{"clientCASecret":0,"replicationTLSSecret":0,"serverAltDNSNames":23,"serverCASecret":0,"serverTLSSecret":0}}', '{"t":"object","p":{"key":0,"name":0,"optional":4}}', '{"t":"object","p":{"apiVersion":0,"fieldPath":0}}', '{"t":"object","p":{"key":0,"optional":4,"path":0,"volumeName":0}}', '{"t":"int-or-string"}', '{"t":"object","p":{"containerName":0,"divisor":77,"resource":0}}', '{"t":"object","p":{"configMapKeyRef":74,"fieldRef":75,"fileKeyRef":76,"resourceFieldRef":78,"secretKeyRef":74}}', '{"t":"object","p":{"name":0,"value":0,"valueFrom":79}}', '{"t":"array","i":80}', '{"t":"object","p":{"name":0,"optional":4}}', '{"t":"object","p":{"configMapRef":82,"prefix":0,"secretRef":82}}', '{"t":"array","i":83}', '{"t":"object","p":{"apiGroup":0,"kind":0,"name":0,"namespace":0}}', '{"t":"object","a":77}', '{"t":"object","p":{"limits":86,"requests":86}}', '{"t":"object","p":{"accessModes":23,"dataSource":68,"dataSourceRef":85,"resources":87,"selector":35,"storageClassName":0,"volumeAttributesClassName":0,"volumeMode":0,"volumeName":0}}', '{"t":"object","p":{"metadata":1,"spec":88}}', '{"t":"object","p":{"volumeClaimTemplate":89}}', '{"t":"object","p":{"shm":77,"temporaryData":77}}', '{"t":"object","p":{"enabled":4,"isWALArchiver":4,"name":0,"parameters":6}}', '{"t":"object","p":{"barmanObjectStore":55,"connectionParameters":6,"name":0,"password":74,"plugin":92,"sslCert":74,"sslKey":74,"sslRootCert":74}}', '{"t":"array","i":93}', '{"t":"object","p":{"apiGroup":0,"kind":0,"major":14,"name":0}}', '{"t":"array","i":2}', '{"t":"object","p":{"annotations":6,"labels":6}}', '{"t":"string","e":["error","warning","info","debug","trace"]}', '{"t":"string","e":["present","absent"]}', '{"t":"object","p":{"bypassrls":4,"comment":0,"connectionLimit":14,"createdb":4,"createrole":4,"disablePassword":4,"ensure":99,"inRoles":23,"inherit":4,"login":4,"name":0,"passwordSecret":2,"replication":4,"superuser":4,"validUntil":0}}', '{"t":"array","i":100}', '{"t":"string","e":["rw","r","ro"]}', '{"t":"object","p":{"annotations":6,"labels":6,"name":0}}', '{"t":"object","p":{"appProtocol":0,"name":0,"nodePort":14,"port":14,"protocol":0,"targetPort":77}}', '{"t":"array","i":104}', '{"t":"object","p":{"timeoutSeconds":14}}', '{"t":"object","p":{"clientIP":106}}', '{"t":"object","p":{"allocateLoadBalancerNodePorts":4,"clusterIP":0,"clusterIPs":23,"externalIPs":23,"externalName":0,"externalTrafficPolicy":0,"healthCheckNodePort":14,"internalTrafficPolicy":0,"ipFamilies":23,"ipFamilyPolicy":0,"loadBalancerClass":0,"loadBalancerIP":0,"loadBalancerSourceRanges":23,"ports":105,"publishNotReadyAddresses":4,"selector":6,"sessionAffinity":0,"sessionAffinityConfig":107,"trafficDistribution":0,"type":0}}', '{"t":"object","p":{"metadata":103,"spec":108}}', '{"t":"string","e":["patch","replace"]}', '{"t":"object","p":{"selectorType":102,"serviceTemplate":109,"updateStrategy":110}}', '{"t":"array","i":111}', '{"t":"array","i":102}', '{"t":"object","p":{"additional":112,"disabledDefaultServices":113}}', '{"t":"object","p":{"roles":101,"services":114}}', '{"t":"string","e":["replace","Replace","keep","Keep","drop","Drop","hashmod","HashMod","labelmap","LabelMap","labeldrop","LabelDrop","labelkeep","LabelKeep","lowercase","Lowercase","uppercase","Uppercase","keepequal","KeepEqual","dropequal","DropEqual"]}', '{"t":"object","p":{"action":116,"modulus":14,"regex":0,"replacement":0,"separator":0,"sourceLabels":23,"targetLabel":0}}', '{"t":"array","i":117}', '{"t":"object","p":{"enabled":4}}', '{"t":"object","p":{"customQueriesConfigMap":62,"customQueriesSecret":62,"disableDefaultQueries":4,"enablePodMonitor":4,"metricsQueriesTTL":0,"podMonitorMetricRelabelings":118,"podMonitorRelabelings":118,"tls":119}}', '{"t":"object","p":{"inProgress":4,"reusePVC":4}}', '{"t":"array","i":92}', '{"t":"object","p":{"localhostProfile":0,"type":0}}', '{"t":"object","p":{"level":0,"role":0,"type":0,"user":0}}', '{"t":"array","i":14}', '{"t":"object","p":{"gmsaCredentialSpec":0,"gmsaCredentialSpecName":0,"hostProcess":4,"runAsUserName":0}}', '{"t":"object","p":{"appArmorProfile":123,"fsGroup":14,"fsGroupChangePolicy":0,"runAsGroup":14,"runAsNonRoot":4,"runAsUser":14,"seLinuxChangePolicy":0,"seLinuxOptions":124,"seccompProfile":123,"supplementalGroups":125,"supplementalGroupsPolicy":0,"sysctls":25,"windowsOptions":126}}', '{"t":"object","p":{"name":0,"selector":35}}', '{"t":"array","i":128}', '{"t":"object","p":{"prefix":0,"suffix":0}}', '{"t":"object","p":{"baseDN":0,"bindDN":0,"bindPassword":74,"searchAttribute":0,"searchFilter":0}}', '{"t":"string","e":["ldap","ldaps"]}', '{"t":"object","p":{"bindAsAuth":130,"bindSearchAuth":131,"port":14,"scheme":132,"server":0,"tls":4}}', '{"t":"object","p":{"enabled":4,"nodeLabelsAntiAffinity":23}}', '{"t":"string","e":["required","preferred"]}', '{"t":"string","e":["any","first"]}', '{"t":"object","p":{"dataDurability":135,"failoverQuorum":4,"maxStandbyNamesFromCluster":14,"method":136,"number":14,"standbyNamesPost":23,"standbyNamesPre":23}}', '{"t":"object","p":{"enableAlterSystem":4,"extensions":28,"ldap":133,"parameters":6,"pg_hba":23,"pg_ident":23,"promotionTimeout":14,"shared_preload_libraries":23,"syncReplicaElectionConstraint":134,"synchronous":137}}', '{"t":"object","p":{"leaseDurationSeconds":14,"releasedLeaseDurationSeconds":14,"renewDeadlineSeconds":14,"retryPeriodSeconds":14}}', '{"t":"string","e":["switchover","restart"]}', '{"t":"string","e":["unsupervised","supervised"]}', '{"t":"object","p":{"connectionTimeout":14,"enabled":4,"requestTimeout":14}}', '{"t":"object","p":{"failureThreshold":14,"initialDelaySeconds":14,"isolationCheck":142,"periodSeconds":14,"successThreshold":14,"terminationGracePeriodSeconds":14,"timeoutSeconds":14}}', '{"t":"string","e":["pg_isready","streaming","query"]}', '{"t":"object","p":{"failureThreshold":14,"initialDelaySeconds":14,"maximumLag":77,"periodSeconds":14,"successThreshold":14,"terminationGracePeriodSeconds":14,"timeoutSeconds":14,"type":144}}', '{"t":"object","p":{"liveness":143,"readiness":145,"startup":145}}', '{"t":"object","p":{"labelSelector":35,"name":0,"optional":4,"path":0,"signerName":0}}', '{"t":"object","p":{"key":0,"mode":14,"path":0}}', '{"t":"array","i":148}', '{"t":"object","p":{"items":149,"name":0,"optional":4}}', '{"t":"object","p":{"fieldRef":75,"mode":14,"path":0,"resourceFieldRef":78}}', '{"t":"array","i":151}', '{"t":"object","p":{"items":152}}', '{"t":"object","p":{"certificateChainPath":0,"credentialBundlePath":0,"keyPath":0,"keyType":0,"maxExpirationSeconds":14,"signerName":0,"userAnnotations":6}}', '{"t":"object","p":{"audience":0,"expirationSeconds":14,"path":0}}', '{"t":"object","p":{"clusterTrustBundle":147,"configMap":150,"downwardAPI":153,"podCertificate":154,"secret":150,"serviceAccountToken":155}}', '{"t":"array","i":156}', '{"t":"object","p":{"defaultMode":14,"sources":157}}', '{"t":"object","p":{"enabled":4,"minApplyDelay":0,"primary":0,"promotionToken":0,"self":0,"source":0}}', '{"t":"object","p":{"enabled":4,"slotPrefix":0,"synchronizeLogicalDecoding":4}}', '{"t":"object","p":{"enabled":4,"excludePatterns":23}}', '{"t":"object","p":{"highAvailability":160,"synchronizeReplicas":161,"updateInterval":14}}', '{"t":"object","p":{"name":0,"request":0}}', '{"t":"array","i":163}', '{"t":"object","p":{"claims":164,"limits":86,"requests":86}}', '{"t":"object","p":{"add":23,"drop":23}}', '{"t":"object","p":{"allowPrivilegeEscalation":4,"appArmorProfile":123,"capabilities":166,"privileged":4,"procMount":0,"readOnlyRootFilesystem":4,"runAsGroup":14,"runAsNonRoot":4,"runAsUser":14,"seLinuxOptions":124,"seccompProfile":123,"windowsOptions":126}}', '{"t":"object","p":{"metadata":103}}', '{"t":"object","p":{"pvcTemplate":88,"resizeInUseVolumes":4,"size":0,"storageClass":0}}', '{"t":"object","p":{"name":0,"owner":2,"storage":169,"temporary":4}}', '{"t":"array","i":170}', '{"t":"object","p":{"labelSelector":35,"matchLabelKeys":23,"maxSkew":14,"minDomains":14,"nodeAffinityPolicy":0,"nodeTaintsPolicy":0,"topologyKey":0,"whenUnsatisfiable":0}}', '{"t":"array","i":172}', '{"t":"object","p":{"affinity":49,"backup":58,"bootstrap":72,"certificates":73,"description":0,"enablePDB":4,"enableSuperuserAccess":4,"env":81,"envFrom":84,"ephemeralVolumeSource":90,"ephemeralVolumesSizeLimit":91,"externalClusters":94,"failoverDelay":14,"imageCatalogRef":95,"imageName":0,"imagePullPolicy":0,"imagePullSecrets":96,"inheritedMetadata":97,"instances":14,"livenessProbeTimeout":14,"logLevel":98,"managed":115,"maxSyncReplicas":14,"minSyncReplicas":14,"monitoring":120,"nodeMaintenanceWindow":121,"plugins":122,"podSecurityContext":127,"podSelectorRefs":129,"postgresGID":14,"postgresUID":14,"postgresql":138,"primaryLease":139,"primaryUpdateMethod":140,"primaryUpdateStrategy":141,"priorityClassName":0,"probes":146,"projectedVolumeTemplate":158,"replica":159,"replicationSlots":162,"resources":165,"schedulerName":0,"seccompProfile":123,"securityContext":167,"serviceAccountName":0,"serviceAccountTemplate":168,"smartShutdownTimeout":14,"startDelay":14,"stopDelay":14,"storage":169,"superuserSecret":2,"switchoverDelay":14,"tablespaces":171,"topologySpreadConstraints":173,"walStorage":169}}', '{"t":"object","p":{"goArch":0,"hash":0}}', '{"t":"array","i":175}', '{"t":"object","p":{"clientCASecret":0,"expirations":6,"replicationTLSSecret":0,"serverAltDNSNames":23,"serverCASecret":0,"serverTLSSecret":0}}', '{"t":"string","e":["True","False","Unknown"]}', '{"t":"object","p":{"lastTransitionTime":0,"message":0,"observedGeneration":14,"reason":0,"status":178,"type":0}}', '{"t":"array","i":179}', '{"t":"object","p":{"metrics":6}}', '{"t":"object","p":{"ip":0,"isPrimary":4,"timeLineID":14}}', '{"t":"object","a":182}', '{"t":"object","a":23}', '{"t":"object","p":{"resourceVersion":0,"transactionID":14}}', '{"t":"object","a":185}', '{"t":"object","p":{"byStatus":184,"cannotReconcile":184,"passwordStatus":186}}', '{"t":"object","p":{"extensions":28,"image":0,"majorVersion":14}}', '{"t":"object","p":{"backupCapabilities":23,"capabilities":23,"name":0,"operatorCapabilities":23,"restoreJobHookCapabilities":23,"status":0,"version":0,"walCapabilities":23}}', '{"t":"array","i":189}', '{"t":"object","p":{"ips":23,"name":0}}', '{"t":"array","i":191}', '{"t":"object","p":{"secrets":23}}', '{"t":"object","p":{"pgBouncerIntegration":193}}', '{"t":"object","p":{"applicationSecretVersion":0,"barmanEndpointCA":0,"caSecretVersion":0,"clientCaSecretVersion":0,"externalClusterSecretVersion":6,"managedRoleSecretVersion":6,"metrics":6,"replicationSecretVersion":0,"serverCaSecretVersion":0,"serverSecretVersion":0,"superuserSecretVersion":0}}', '{"t":"object","p":{"inProgress":4}}', '{"t":"object","p":{"error":0,"name":0,"owner":0,"state":0}}', '{"t":"array","i":197}', '{"t":"object","a":6}', '{"t":"object","p":{"instances":199,"nodesUsed":14,"successfullyExtracted":4}}', '{"t":"object","p":{"availableArchitectures":176,"certificates":177,"cloudNativePGCommitHash":0,"cloudNativePGOperatorHash":0,"conditions":180,"configMapResourceVersion":181,"currentPrimary":0,"currentPrimaryFailingSinceTimestamp":0,"currentPrimaryTimestamp":0,"danglingPVC":23,"demotionToken":0,"firstRecoverabilityPoint":0,"firstRecoverabilityPointByMethod":6,"healthyPVC":23,"image":0,"initializingPVC":23,"instanceNames":23,"instances":14,"instancesReportedState":183,"instancesStatus":184,"jobCount":14,"lastFailedBackup":0,"lastPromotionToken":0,"lastSuccessfulBackup":0,"lastSuccessfulBackupByMethod":6,"latestGeneratedNode":14,"managedRolesStatus":187,"onlineUpdateEnabled":4,"operatorCertificateFingerprint":0,"pgDataImageInfo":188,"phase":0,"phaseReason":0,"pluginStatus":190,"podSelectorRefs":192,"poolerIntegrations":194,"pvcCount":14,"readService":0,"readyInstances":14,"resizingPVC":23,"secretsResourceVersion":195,"selector":0,"switchReplicaClusterStatus":196,"systemID":0,"tablespacesStatus":198,"targetPgDataImageInfo":188,"targetPrimary":0,"targetPrimaryTimestamp":0,"timelineID":14,"topology":200,"unusablePVC":23,"writeService":0}}', '{"t":"object","p":{"apiVersion":0,"kind":0,"metadata":1,"spec":174,"status":201}}', '{"t":"object","p":{"maxSurge":77,"maxUnavailable":77}}', '{"t":"object","p":{"rollingUpdate":203,"type":0}}', '{"t":"object","p":{"enablePodMonitor":4,"podMonitorMetricRelabelings":118,"podMonitorRelabelings":118,"tls":119}}', '{"t":"object","p":{"apiGroup":0,"key":0,"kind":0,"name":0}}', '{"t":"string","e":["session","transaction"]}', '{"t":"object","p":{"authQuery":0,"authQuerySecret":2,"clientCASecret":2,"clientTLSSecret":2,"image":0,"imageCatalogRef":206,"parameters":6,"paused":4,"pg_hba":23,"poolMode":207,"serverCASecret":2,"serverTLSSecret":2}}', '{"t":"object","p":{"nodeAffinity":46,"podAffinity":40,"podAntiAffinity":40}}', '{"t":"object","p":{"command":23}}', '{"t":"object","p":{"host":0,"httpHeaders":25,"path":0,"port":77,"scheme":0}}', '{"t":"object","p":{"seconds":14}}', '{"t":"object","p":{"host":0,"port":77}}', '{"t":"object","p":{"exec":210,"httpGet":211,"sleep":212,"tcpSocket":213}}', '{"t":"object","p":{"postStart":214,"preStop":214,"stopSignal":0}}', '{"t":"object","p":{"port":14,"service":0}}', '{"t":"object","p":{"exec":210,"failureThreshold":14,"grpc":216,"httpGet":211,"initialDelaySeconds":14,"periodSeconds":14,"successThreshold":14,"tcpSocket":213,"terminationGracePeriodSeconds":14,"timeoutSeconds":14}}', '{"t":"object","p":{"containerPort":14,"hostIP":0,"hostPort":14,"name":0,"protocol":0}}', '{"t":"array","i":218}', '{"t":"object","p":{"resourceName":0,"restartPolicy":0}}', '{"t":"array","i":220}', '{"t":"object","p":{"operator":0,"values":125}}', '{"t":"object","p":{"action":0,"exitCodes":222}}', '{"t":"array","i":223}', '{"t":"object","p":{"devicePath":0,"name":0}}', '{"t":"array","i":225}', '{"t":"object","p":{"mountPath":0,"mountPropagation":0,"name":0,"readOnly":4,"recursiveReadOnly":0,"subPath":0,"subPathExpr":0}}', '{"t":"array","i":227}', '{"t":"object","p":{"args":23,"command":23,"env":81,"envFrom":84,"image":0,"imagePullPolicy":0,"lifecycle":215,"livenessProbe":217,"name":0,"ports":219,"readinessProbe":217,"resizePolicy":221,"resources":165,"restartPolicy":0,"restartPolicyRules":224,"securityContext":167,"startupProbe":217,"stdin":4,"stdinOnce":4,"terminationMessagePath":0,"terminationMessagePolicy":0,"tty":4,"volumeDevices":226,"volumeMounts":228,"workingDir":0}}', '{"t":"array","i":229}', '{"t":"object","p":{"nameservers":23,"options":25,"searches":23}}', '{"t":"object","p":{"args":23,"command":23,"env":81,"envFrom":84,"image":0,"imagePullPolicy":0,"lifecycle":215,"livenessProbe":217,"name":0,"ports":219,"readinessProbe":217,"resizePolicy":221,"resources":165,"restartPolicy":0,"restartPolicyRules":224,"securityContext":167,"startupProbe":217,"stdin":4,"stdinOnce":4,"targetContainerName":0,"terminationMessagePath":0,"terminationMessagePolicy":0,"tty":4,"volumeDevices":226,"volumeMounts":228,"workingDir":0}}', '{"t":"array","i":232}', '{"t":"object","p":{"hostnames":23,"ip":0}}', '{"t":"array","i":234}', '{"t":"object","p":{"conditionType":0}}', '{"t":"array","i":236}', '{"t":"object","p":{"name":0,"resourceClaimName":0,"resourceClaimTemplateName":0}}', '{"t":"array","i":238}', '{"t":"object","p":{"podGroupName":0}}', '{"t":"object","p":{"fsType":0,"partition":14,"readOnly":4,"volumeID":0}}', '{"t":"object","p":{"cachingMode":0,"diskName":0,"diskURI":0,"fsType":0,"kind":0,"readOnly":4}}', '{"t":"object","p":{"readOnly":4,"secretName":0,"shareName":0}}', '{"t":"object","p":{"monitors":23,"path":0,"readOnly":4,"secretFile":0,"secretRef":2,"user":0}}', '{"t":"object","p":{"fsType":0,"readOnly":4,"secretRef":2,"volumeID":0}}', '{"t":"object","p":{"defaultMode":14,"items":149,"name":0,"optional":4}}', '{"t":"object","p":{"driver":0,"fsType":0,"nodePublishSecretRef":2,"readOnly":4,"volumeAttributes":6}}', '{"t":"object","p":{"defaultMode":14,"items":152}}', '{"t":"object","p":{"medium":0,"sizeLimit":77}}', '{"t":"object","p":{"fsType":0,"lun":14,"readOnly":4,"targetWWNs":23,"wwids":23}}', '{"t":"object","p":{"driver":0,"fsType":0,"options":6,"readOnly":4,"secretRef":2}}', '{"t":"object","p":{"datasetName":0,"datasetUUID":0}}', '{"t":"object","p":{"fsType":0,"partition":14,"pdName":0,"readOnly":4}}', '{"t":"object","p":{"directory":0,"repository":0,"revision":0}}', '{"t":"object","p":{"endpoints":0,"path":0,"readOnly":4}}', '{"t":"object","p":{"path":0,"type":0}}', '{"t":"object","p":{"chapAuthDiscovery":4,"chapAuthSession":4,"fsType":0,"initiatorName":0,"iqn":0,"iscsiInterface":0,"lun":14,"portals":23,"readOnly":4,"secretRef":2,"targetPortal":0}}', '{"t":"object","p":{"path":0,"readOnly":4,"server":0}}', '{"t":"object","p":{"claimName":0,"readOnly":4}}', '{"t":"object","p":{"fsType":0,"pdID":0}}', '{"t":"object","p":{"fsType":0,"readOnly":4,"volumeID":0}}', '{"t":"object","p":{"group":0,"readOnly":4,"registry":0,"tenant":0,"user":0,"volume":0}}', '{"t":"object","p":{"fsType":0,"image":0,"keyring":0,"monitors":23,"pool":0,"readOnly":4,"secretRef":2,"user":0}}', '{"t":"object","p":{"fsType":0,"gateway":0,"protectionDomain":0,"readOnly":4,"secretRef":2,"sslEnabled":4,"storageMode":0,"storagePool":0,"system":0,"volumeName":0}}', '{"t":"object","p":{"defaultMode":14,"items":149,"optional":4,"secretName":0}}', '{"t":"object","p":{"fsType":0,"readOnly":4,"secretRef":2,"volumeName":0,"volumeNamespace":0}}', '{"t":"object","p":{"fsType":0,"storagePolicyID":0,"storagePolicyName":0,"volumePath":0}}', '{"t":"object","p":{"awsElasticBlockStore":241,"azureDisk":242,"azureFile":243,"cephfs":244,"cinder":245,"configMap":246,"csi":247,"downwardAPI":248,"emptyDir":249,"ephemeral":90,"fc":250,"flexVolume":251,"flocker":252,"gcePersistentDisk":253,"gitRepo":254,"glusterfs":255,"hostPath":256,"image":26,"iscsi":257,"name":0,"nfs":258,"persistentVolumeClaim":259,"photonPersistentDisk":260,"portworxVolume":261,"projected":158,"quobyte":262,"rbd":263,"scaleIO":264,"secret":265,"storageos":266,"vsphereVolume":267}}', '{"t":"array","i":268}', '{"t":"object","p":{"activeDeadlineSeconds":14,"affinity":209,"automountServiceAccountToken":4,"containers":230,"dnsConfig":231,"dnsPolicy":0,"enableServiceLinks":4,"ephemeralContainers":233,"hostAliases":235,"hostIPC":4,"hostNetwork":4,"hostPID":4,"hostUsers":4,"hostname":0,"hostnameOverride":0,"imagePullSecrets":96,"initContainers":230,"nodeName":0,"nodeSelector":6,"os":2,"overhead":86,"preemptionPolicy":0,"priority":14,"priorityClassName":0,"readinessGates":237,"resourceClaims":239,"resources":165,"restartPolicy":0,"runtimeClassName":0,"schedulerName":0,"schedulingGates":96,"schedulingGroup":240,"securityContext":127,"serviceAccount":0,"serviceAccountName":0,"setHostnameAsFQDN":4,"shareProcessNamespace":4,"subdomain":0,"terminationGracePeriodSeconds":14,"tolerations":48,"topologySpreadConstraints":173,"volumes":269}}', '{"t":"object","p":{"metadata":103,"spec":270}}', '{"t":"string","e":["rw","ro","r"]}', '{"t":"object","p":{"cluster":2,"deploymentStrategy":204,"instances":14,"monitoring":205,"pgbouncer":208,"serviceAccountName":0,"serviceTemplate":109,"template":271,"type":272}}', '{"t":"string","e":["active","paused","inactive","failed"]}', '{"t":"object","p":{"name":0,"version":0}}', '{"t":"object","p":{"authQuery":275}}', '{"t":"object","p":{"clientCA":275,"clientTLS":275,"pgBouncerSecrets":276,"serverCA":275,"serverTLS":275}}', '{"t":"object","p":{"error":0,"image":0,"instances":14,"phase":274,"phaseReason":0,"secrets":277}}', '{"t":"object","p":{"apiVersion":0,"kind":0,"metadata":1,"spec":273,"status":278}}', '{"t":"string","e":["none","self","cluster"]}', '{"t":"object","p":{"backupOwnerReference":280,"cluster":2,"immediate":4,"method":3,"online":4,"onlineConfiguration":5,"pluginConfiguration":7,"schedule":0,"suspend":4,"target":8}}', '{"t":"object","p":{"error":0,"lastCheckTime":0,"lastScheduleTime":0,"nextScheduleTime":0}}', '{"t":"object","p":{"apiVersion":0,"kind":0,"metadata":1,"spec":281,"status":282}}', '{"t":"string","e":["Always","Never","IfNotPresent"]}', '{"t":"string","e":["Clone","Copy","CopyFileRange","Link"]}', '{"t":"object","p":{"affinity":209,"fromPostgresVersion":14,"image":0,"imagePullPolicy":284,"imagePullSecrets":96,"jobs":14,"metadata":97,"postgresClusterName":0,"priorityClassName":0,"resources":165,"toPostgresVersion":14,"tolerations":48,"transferMethod":285}}', '{"t":"object","p":{"conditions":180,"observedGeneration":14}}', '{"t":"object","p":{"apiVersion":0,"kind":0,"metadata":1,"spec":286,"status":287}}', '{"t":"object","p":{"connection":0,"databases":23,"hba":0,"method":0,"options":86,"users":23}}', '{"t":"array","i":289}', '{"t":"object","p":{"rules":290}}', '{"t":"object","p":{"affinity":209,"priorityClassName":0,"resources":165,"tolerations":48,"ttlSecondsAfterFinished":14}}', '{"t":"object","p":{"options":23,"repoName":0}}', '{"t":"object","p":{"affinity":209,"priorityClassName":0,"resources":165,"sshConfigMap":150,"sshSecret":150,"tolerations":48,"topologySpreadConstraints":173}}', '{"t":"object","p":{"container":0}}', '{"t":"object","p":{"bucket":0}}', '{"t":"object","p":{"bucket":0,"endpoint":0,"region":0}}', '{"t":"object","p":{"differential":0,"full":0,"incremental":0}}', '{"t":"object","p":{"volumeClaimSpec":88}}', '{"t":"object","p":{"azure":295,"gcs":296,"name":0,"s3":297,"schedules":298,"volume":299}}', '{"t":"array","i":300}', '{"t":"object","p":{"affinity":209,"clusterName":0,"clusterNamespace":0,"enabled":4,"options":23,"priorityClassName":0,"repoName":0,"resources":165,"tolerations":48}}', '{"t":"object","p":{"resources":165}}', '{"t":"object","p":{"pgbackrest":303,"pgbackrestConfig":303}}', '{"t":"object","p":{"configuration":157,"global":6,"image":0,"jobs":292,"manual":293,"metadata":97,"repoHost":294,"repos":301,"restore":302,"sidecars":304}}', '{"t":"object","p":{"volumeSnapshotClassName":0}}', '{"t":"object","p":{"pgbackrest":305,"snapshots":306}}', '{"t":"object","p":{"files":157,"parameters":86}}', '{"t":"object","p":{"affinity":209,"configuration":157,"global":6,"options":23,"priorityClassName":0,"repo":300,"resources":165,"stanza":0,"tolerations":48}}', '{"t":"object","p":{"affinity":209,"clusterName":0,"clusterNamespace":0,"options":23,"priorityClassName":0,"repoName":0,"resources":165,"tolerations":48}}', '{"t":"object","p":{"directory":0,"pvcName":0}}', '{"t":"object","p":{"pgBackRestVolume":311,"pgDataVolume":311,"pgWALVolume":311}}', '{"t":"object","p":{"pgbackrest":309,"postgresCluster":310,"volumes":312}}', '{"t":"object","p":{"replicaCertCopy":303}}', '{"t":"object","p":{"dataVolumeClaimSpec":88,"name":0}}', '{"t":"array","i":315}', '{"t":"object","p":{"temp":88}}', '{"t":"object","p":{"affinity":209,"containers":230,"dataVolumeClaimSpec":88,"metadata":97,"minAvailable":77,"name":0,"priorityClassName":0,"replicas":14,"resources":165,"sidecars":314,"tablespaceVolumes":316,"tolerations":48,"topologySpreadConstraints":173,"volumes":317,"walVolumeClaimSpec":88}}', '{"t":"array","i":318}', '{"t":"object","a":4}', '{"t":"object","p":{"attributes":320,"name":0}}', '{"t":"array","i":321}', '{"t":"object","u":1}', '{"t":"object","p":{"detectors":322,"environmentVariables":81,"exporters":323,"files":157}}', '{"t":"object","p":{"maxDelay":0,"maxRecords":14,"minRecords":14}}', '{"t":"object","p":{"batches":325,"exporters":23,"retentionPeriod":0}}', '{"t":"object","p":{"collectionInterval":0,"databases":23,"name":0,"queries":10}}', '{"t":"array","i":327}', '{"t":"object","p":{"add":328,"remove":23}}', '{"t":"object","p":{"customQueries":329,"exporters":23,"perDBMetricTargets":23}}', '{"t":"object","p":{"config":324,"image":0,"logs":326,"metrics":330,"resources":165}}', '{"t":"object","p":{"configuration":157,"customTLSSecret":150,"image":0,"resources":165}}', '{"t":"object","p":{"exporter":332}}', '{"t":"object","p":{"pgmonitor":333}}', '{"t":"string","e":["CRITICAL","ERROR","WARNING","INFO","DEBUG","NOTSET"]}', '{"t":"object","p":{"level":335,"storageLimit":77}}', '{"t":"string","e":["Switchover","Failover"]}', '{"t":"object","p":{"enabled":4,"targetInstance":0,"type":337}}', '{"t":"object","p":{"dynamicConfiguration":323,"leaderLeaseDurationSeconds":14,"logging":336,"port":14,"switchover":338,"syncPeriodSeconds":14}}', '{"t":"object","p":{"databases":6,"files":157,"global":6,"users":6}}', '{"t":"string","e":["Cluster","Local"]}', '{"t":"string","e":["IPv4","IPv6"]}', '{"t":"array","i":342}', '{"t":"string","e":["SingleStack","PreferDualStack","RequireDualStack"]}', '{"t":"string","e":["ClusterIP","NodePort","LoadBalancer"]}', '{"t":"object","p":{"externalTrafficPolicy":341,"internalTrafficPolicy":341,"ipFamilies":343,"ipFamilyPolicy":344,"metadata":97,"nodePort":14,"type":345}}', '{"t":"object","p":{"pgbouncerConfig":303}}', '{"t":"object","p":{"affinity":209,"config":340,"containers":230,"customTLSSecret":150,"image":0,"metadata":97,"minAvailable":77,"port":14,"priorityClassName":0,"replicas":14,"resources":165,"service":346,"sidecars":347,"tolerations":48,"topologySpreadConstraints":173}}', '{"t":"object","p":{"pgBouncer":348}}', '{"t":"object","p":{"enabled":4,"host":0,"port":14,"repoName":0}}', '{"t":"object","p":{"files":157,"ldapBindPassword":74,"settings":323}}', '{"t":"object","p":{"affinity":209,"config":351,"dataVolumeClaimSpec":88,"image":0,"metadata":97,"priorityClassName":0,"replicas":14,"resources":165,"service":346,"tolerations":48,"topologySpreadConstraints":173}}', '{"t":"object","p":{"pgAdmin":352}}', '{"t":"string","e":["ASCII","AlphaNumeric"]}', '{"t":"object","p":{"type":354}}', '{"t":"object","p":{"databases":23,"name":0,"options":0,"password":355}}', '{"t":"array","i":356}', '{"t":"object","p":{"authentication":291,"backups":307,"config":308,"customReplicationTLSSecret":150,"customTLSSecret":150,"dataSource":313,"databaseInitSQL":10,"disableDefaultPodScheduling":4,"image":0,"imagePullPolicy":284,"imagePullSecrets":96,"instances":319,"instrumentation":331,"metadata":97,"monitoring":334,"openshift":4,"patroni":339,"paused":4,"port":14,"postGISVersion":0,"postgresVersion":14,"proxy":349,"replicaService":346,"service":346,"shutdown":4,"standby":350,"supplementalGroups":125,"userInterface":353,"users":357}}', '{"t":"object","p":{"desiredPGDataVolume":6,"name":0,"readyReplicas":14,"replicas":14,"updatedReplicas":14}}', '{"t":"array","i":359}', '{"t":"object","p":{"exporterConfiguration":0}}', '{"t":"object","p":{"switchover":0,"switchoverTimeline":14,"systemIdentifier":0}}', '{"t":"object","p":{"active":14,"completionTime":0,"failed":14,"finished":4,"id":0,"startTime":0,"succeeded":14}}', '{"t":"object","p":{"apiVersion":0,"kind":0,"ready":4}}', '{"t":"object","p":{"bound":4,"name":0,"replicaCreateBackupComplete":4,"repoOptionsHash":0,"stanzaCreated":4,"volume":0}}', '{"t":"array","i":365}', '{"t":"object","p":{"active":14,"completionTime":0,"cronJobName":0,"failed":14,"repo":0,"startTime":0,"succeeded":14,"type":0}}', '{"t":"array","i":367}', '{"t":"object","p":{"manualBackup":363,"repoHost":364,"repos":366,"restore":363,"scheduledBackups":368}}', '{"t":"object","p":{"postgresRevision":0,"readyReplicas":14,"replicas":14}}', '{"t":"object","p":{"pgBouncer":370}}', '{"t":"object","p":{"usersRevision":0}}', '{"t":"object","p":{"pgAdmin":372}}', '{"t":"object","p":{"conditions":180,"databaseInitSQL":0,"databaseRevision":0,"instances":360,"monitoring":361,"observedGeneration":14,"patroni":362,"pgbackrest":369,"postgresVersion":14,"proxy":371,"startupInstance":0,"startupInstanceSet":0,"userInterface":373,"usersRevision":0}}', '{"t":"object","p":{"apiVersion":0,"kind":0,"metadata":1,"spec":358,"status":374}}', '{"t":"object","p":{"path":0}}', '{"t":"object","p":{"pullPolicy":284,"reference":0}}', '{"t":"object","p":{"claimName":0,"containers":23,"image":377,"name":0,"readOnly":4}}', '{"t":"array","i":378}', '{"t":"object","p":{"additional":379}}', '{"t":"object","p":{"affinity":209,"log":376,"priorityClassName":0,"resources":165,"tolerations":48,"ttlSecondsAfterFinished":14,"volumes":380}}', '{"t":"object","p":{"affinity":209,"log":376,"priorityClassName":0,"resources":165,"sshConfigMap":150,"sshSecret":150,"tolerations":48,"topologySpreadConstraints":173,"volumes":380}}', '{"t":"object","p":{"maxGrow":77,"trigger":14}}', '{"t":"object","p":{"accessModes":23,"autoGrow":383,"dataSource":68,"dataSourceRef":85,"resources":87,"selector":35,"storageClassName":0,"volumeAttributesClassName":0,"volumeMode":0,"volumeName":0}}', '{"t":"object","p":{"volumeClaimSpec":384}}', '{"t":"object","p":{"azure":295,"gcs":296,"name":0,"s3":297,"schedules":298,"volume":385}}', '{"t":"array","i":386}', '{"t":"object","p":{"affinity":209,"clusterName":0,"clusterNamespace":0,"enabled":4,"options":23,"priorityClassName":0,"repoName":0,"resources":165,"tolerations":48,"volumes":380}}', '{"t":"object","p":{"configuration":157,"global":6,"image":0,"jobs":381,"log":376,"manual":293,"metadata":97,"repoHost":382,"repos":387,"restore":388,"sidecars":304}}', '{"t":"object","p":{"pgbackrest":389,"snapshots":306}}', '{"t":"object","p":{"affinity":209,"configuration":157,"global":6,"options":23,"priorityClassName":0,"repo":386,"resources":165,"stanza":0,"tolerations":48,"volumes":380}}', '{"t":"object","p":{"affinity":209,"clusterName":0,"clusterNamespace":0,"options":23,"priorityClassName":0,"repoName":0,"resources":165,"tolerations":48,"volumes":380}}', '{"t":"object","p":{"pgbackrest":391,"postgresCluster":392,"volumes":312}}', '{"t":"object","p":{"additional":379,"temp":88}}', '{"t":"object","p":{"affinity":209,"containers":230,"dataVolumeClaimSpec":384,"metadata":97,"minAvailable":77,"name":0,"priorityClassName":0,"replicas":14,"resources":165,"sidecars":314,"tablespaceVolumes":316,"tolerations":48,"topologySpreadConstraints":173,"volumes":394,"walVolumeClaimSpec":384}}', '{"t":"array","i":395}', '{"t":"object","p":{"affinity":209,"config":340,"containers":230,"customTLSSecret":150,"image":0,"metadata":97,"minAvailable":77,"port":14,"priorityClassName":0,"replicas":14,"resources":165,"service":346,"sidecars":347,"tolerations":48,"topologySpreadConstraints":173,"volumes":380}}', '{"t":"object","p":{"pgBouncer":397}}', '{"t":"object","p":{"authentication":291,"backups":390,"config":308,"customReplicationTLSSecret":150,"customTLSSecret":150,"dataSource":393,"databaseInitSQL":10,"disableDefaultPodScheduling":4,"image":0,"imagePullPolicy":284,"imagePullSecrets":96,"instances":396,"instrumentation":331,"metadata":97,"monitoring":334,"openshift":4,"patroni":339,"paused":4,"port":14,"postGISVersion":0,"postgresVersion":14,"proxy":398,"replicaService":346,"service":346,"shutdown":4,"standby":350,"supplementalGroups":125,"userInterface":353,"users":357}}', '{"t":"object","p":{"desiredPGDataVolume":6,"desiredPGWALVolume":6,"name":0,"readyReplicas":14,"replicas":14,"updatedReplicas":14}}', '{"t":"array","i":400}', '{"t":"object","p":{"bound":4,"desiredRepoVolume":0,"name":0,"replicaCreateBackupComplete":4,"repoOptionsHash":0,"stanzaCreated":4,"volume":0}}', '{"t":"array","i":402}', '{"t":"object","p":{"manualBackup":363,"repoHost":364,"repos":403,"restore":363,"scheduledBackups":368}}', '{"t":"object","p":{"conditions":180,"databaseInitSQL":0,"databaseRevision":0,"instances":401,"monitoring":361,"observedGeneration":14,"patroni":362,"pgbackrest":404,"postgresVersion":14,"proxy":371,"startupInstance":0,"startupInstanceSet":0,"userInterface":373,"usersRevision":0}}', '{"t":"object","p":{"apiVersion":0,"kind":0,"metadata":1,"spec":399,"status":405}}', '{"t":"object","p":{"additional_secret_mount":0,"additional_secret_mount_path":0,"aws_region":0,"gcp_credentials":0,"irsa_role_arn":0,"kube_iam_role":0,"log_s3_bucket":0,"wal_az_storage_account":0,"wal_gs_bucket":0,"wal_s3_bucket":0}}', '{"t":"object","p":{"connection_pooler_default_cpu_limit":0,"connection_pooler_default_cpu_request":0,"connection_pooler_default_memory_limit":0,"connection_pooler_default_memory_request":0,"connection_pooler_image":0,"connection_pooler_max_db_connections":14,"connection_pooler_mode":207,"connection_pooler_number_of_instances":14,"connection_pooler_schema":0,"connection_pooler_user":0}}', '{"t":"object","p":{"debug_logging":4,"enable_database_access":4}}', '{"t":"object","p":{"defaultrolevalue":0,"defaultuservalue":0,"details":0,"passwordkey":0,"rolekey":0,"secretname":0,"template":4,"userkey":0}}', '{"t":"array","i":410}', '{"t":"string","e":["AND","OR"]}', '{"t":"string","e":["ordered_ready","parallel"]}', '{"t":"string","e":["ebs","mixed","pvc","off"]}', '{"t":"object","p":{"additional_pod_capabilities":23,"cluster_domain":0,"cluster_labels":6,"cluster_name_label":0,"custom_pod_annotations":6,"delete_annotation_date_key":0,"delete_annotation_name_key":0,"downscaler_annotations":23,"enable_cross_namespace_secret":4,"enable_finalizers":4,"enable_init_containers":4,"enable_owner_references":4,"enable_persistent_volume_claim_deletion":4,"enable_pod_antiaffinity":4,"enable_pod_disruption_budget":4,"enable_readiness_probe":4,"enable_secrets_deletion":4,"enable_sidecars":4,"ignored_annotations":23,"infrastructure_roles_secret_name":0,"infrastructure_roles_secrets":411,"inherited_annotations":23,"inherited_labels":23,"liveness_probe":217,"master_pod_move_timeout":0,"node_readiness_label":6,"node_readiness_label_merge":412,"oauth_token_secret_name":0,"pdb_master_label_selector":4,"pdb_name_format":0,"persistent_volume_claim_retention_policy":6,"pod_antiaffinity_preferred_during_scheduling":4,"pod_antiaffinity_topology_key":0,"pod_environment_configmap":0,"pod_environment_secret":0,"pod_management_policy":413,"pod_priority_class_name":0,"pod_role_label":0,"pod_service_account_definition":0,"pod_service_account_name":0,"pod_service_account_role_binding_definition":0,"pod_terminate_grace_period":0,"secret_name_template":0,"share_pgsocket_with_sidecars":4,"spilo_allow_privilege_escalation":4,"spilo_fsgroup":14,"spilo_privileged":4,"spilo_runasgroup":14,"spilo_runasuser":14,"storage_resize_mode":414,"toleration":6,"watched_namespace":0}}', '{"t":"object","p":{"custom_service_annotations":6,"db_hosted_zone":0,"enable_master_load_balancer":4,"enable_master_node_port":4,"enable_master_pooler_load_balancer":4,"enable_master_pooler_node_port":4,"enable_replica_load_balancer":4,"enable_replica_node_port":4,"enable_replica_pooler_load_balancer":4,"enable_replica_pooler_node_port":4,"external_traffic_policy":341,"master_dns_name_format":0,"master_legacy_dns_name_format":0,"replica_dns_name_format":0,"replica_legacy_dns_name_format":0}}', '{"t":"object","p":{"api_port":14,"cluster_history_entries":14,"ring_log_lines":14}}', '{"t":"string","e":["az","gcs","s3"]}', '{"t":"object","p":{"logical_backup_azure_storage_account_key":0,"logical_backup_azure_storage_account_name":0,"logical_backup_azure_storage_container":0,"logical_backup_cpu_limit":0,"logical_backup_cpu_request":0,"logical_backup_cronjob_environment_secret":0,"logical_backup_docker_image":0,"logical_backup_failed_jobs_history_limit":14,"logical_backup_google_application_credentials":0,"logical_backup_job_prefix":0,"logical_backup_memory_limit":0,"logical_backup_memory_request":0,"logical_backup_provider":418,"logical_backup_s3_access_key_id":0,"logical_backup_s3_bucket":0,"logical_backup_s3_bucket_prefix":0,"logical_backup_s3_endpoint":0,"logical_backup_s3_region":0,"logical_backup_s3_retention_time":0,"logical_backup_s3_secret_access_key":0,"logical_backup_s3_sse":0,"logical_backup_schedule":0,"logical_backup_successful_jobs_history_limit":14,"logical_backup_ttl_seconds_after_finished":14}}', '{"t":"string","e":["off","manual","full"]}', '{"t":"object","p":{"major_version_upgrade_mode":420,"major_version_upgrade_team_allow_list":23,"minimal_major_version":0,"target_major_version":0}}', '{"t":"object","p":{"enable_patroni_failsafe_mode":4}}', '{"t":"object","p":{"default_cpu_limit":0,"default_cpu_request":0,"default_memory_limit":0,"default_memory_request":0,"max_cpu_request":0,"max_memory_request":0,"min_cpu_limit":0,"min_memory_limit":0}}', '{"t":"object","p":{"scalyr_api_key":0,"scalyr_cpu_limit":0,"scalyr_cpu_request":0,"scalyr_image":0,"scalyr_memory_limit":0,"scalyr_memory_request":0,"scalyr_server_url":0}}', '{"t":"object","p":{"enable_admin_role_for_users":4,"enable_postgres_team_crd":4,"enable_postgres_team_crd_superusers":4,"enable_team_member_deprecation":4,"enable_team_superuser":4,"enable_teams_api":4,"pam_configuration":0,"pam_role_name":0,"postgres_superuser_teams":23,"protected_role_names":23,"role_deletion_suffix":0,"team_admin_role":0,"team_api_role_configuration":6,"teams_api_url":0}}', '{"t":"object","p":{"patroni_api_check_interval":0,"patroni_api_check_timeout":0,"pod_deletion_wait_timeout":0,"pod_label_wait_timeout":0,"ready_wait_interval":0,"ready_wait_timeout":0,"resource_check_interval":0,"resource_check_timeout":0}}', '{"t":"object","p":{"additional_owner_roles":23,"enable_password_rotation":4,"password_rotation_interval":14,"password_rotation_user_retention":14,"replication_username":0,"super_username":0}}', '{"t":"object","p":{"aws_or_gcp":407,"connection_pooler":408,"crd_categories":23,"debug":409,"docker_image":0,"enable_crd_registration":4,"enable_lazy_spilo_upgrade":4,"enable_maintenance_windows":4,"enable_pgversion_env_var":4,"enable_shm_volume":4,"enable_spilo_wal_path_compat":4,"enable_team_id_clustername_prefix":4,"etcd_host":0,"ignore_instance_limits_annotation_key":0,"ignore_resources_limits_annotation_key":0,"kubernetes":415,"kubernetes_use_configmaps":4,"load_balancer":416,"logging_rest_api":417,"logical_backup":419,"maintenance_windows":23,"major_version_upgrade":421,"max_instances":14,"min_instances":14,"patroni":422,"postgres_pod_resources":423,"repair_period":0,"resync_period":0,"scalyr":424,"set_memory_request_to_limit":4,"sidecar_docker_images":6,"sidecars":323,"teams_api":425,"timeouts":426,"users":427,"workers":14}}', '{"t":"object","p":{"apiVersion":0,"configuration":428,"kind":0,"metadata":1}}', '{"t":"object","p":{"isSubPathExpr":4,"mountPath":0,"name":0,"subPath":0,"targetContainers":23,"volumeSource":323}}', '{"t":"array","i":430}', '{"t":"object","p":{"cluster":0,"s3_access_key_id":0,"s3_endpoint":0,"s3_force_path_style":4,"s3_secret_access_key":0,"s3_wal_path":0,"timestamp":0,"uid":0}}', '{"t":"object","p":{"cpu":0,"hugepages-1Gi":0,"hugepages-2Mi":0,"memory":0}}', '{"t":"object","p":{"limits":433,"requests":433}}', '{"t":"object","p":{"dockerImage":0,"maxDBConnections":14,"mode":207,"numberOfInstances":14,"resources":434,"schema":0,"user":0}}', '{"t":"object","p":{"failsafe_mode":4,"initdb":6,"loop_wait":14,"maximum_lag_on_failover":14,"pg_hba":23,"retry_timeout":14,"slots":199,"synchronous_mode":4,"synchronous_mode_strict":4,"synchronous_node_count":14,"ttl":14}}', '{"t":"string","e":["14","15","16","17","18"]}', '{"t":"object","p":{"parameters":6,"version":437}}', '{"t":"object","p":{"defaultRoles":4,"defaultUsers":4}}', '{"t":"object","a":439}', '{"t":"object","p":{"defaultUsers":4,"extensions":6,"schemas":440,"secretNamespace":0}}', '{"t":"object","a":441}', '{"t":"object","p":{"command":23,"env":81,"image":0,"name":0,"ports":219,"resources":434}}', '{"t":"array","i":443}', '{"t":"object","p":{"gs_wal_path":0,"s3_wal_path":0,"standby_host":0,"standby_port":0,"standby_primary_slot_name":0}}', '{"t":"object","p":{"eventType":0,"idColumn":0,"ignoreRecovery":4,"payloadColumn":0,"recoveryEventType":0}}', '{"t":"object","a":446}', '{"t":"object","p":{"applicationId":0,"batchSize":14,"cpu":0,"database":0,"enableRecovery":4,"filter":6,"memory":0,"tables":447}}', '{"t":"array","i":448}', '{"t":"object","p":{"caFile":0,"caSecretName":0,"certificateFile":0,"privateKeyFile":0,"secretName":0}}', '{"t":"string","e":["bypassrls","BYPASSRLS","nobypassrls","NOBYPASSRLS","createdb","CREATEDB","nocreatedb","NOCREATEDB","createrole","CREATEROLE","nocreaterole","NOCREATEROLE","inherit","INHERIT","noinherit","NOINHERIT","login","LOGIN","nologin","NOLOGIN","replication","REPLICATION","noreplication","NOREPLICATION","superuser","SUPERUSER","nosuperuser","NOSUPERUSER"]}', '{"t":"array","i":451}', '{"t":"object","a":452}', '{"t":"object","p":{"iops":14,"isSubPathExpr":4,"selector":35,"size":0,"storageClass":0,"subPath":0,"throughput":14,"type":0}}', '{"t":"object","p":{"additionalVolumes":431,"allowedSourceRanges":23,"clone":432,"connectionPooler":435,"databases":6,"dockerImage":0,"enableConnectionPooler":4,"enableLogicalBackup":4,"enableMasterLoadBalancer":4,"enableMasterNodePort":4,"enableMasterPoolerLoadBalancer":4,"enableMasterPoolerNodePort":4,"enableReplicaConnectionPooler":4,"enableReplicaLoadBalancer":4,"enableReplicaNodePort":4,"enableReplicaPoolerLoadBalancer":4,"enableReplicaPoolerNodePort":4,"enableShmVolume":4,"env":81,"envFrom":84,"initContainers":230,"livenessProbe":217,"logicalBackupRetention":0,"logicalBackupSchedule":0,"maintenanceWindows":23,"masterNodePort":14,"masterPoolerNodePort":14,"masterServiceAnnotations":6,"nodeAffinity":46,"numberOfInstances":14,"patroni":436,"podAnnotations":6,"podPriorityClassName":0,"postgresql":438,"preparedDatabases":442,"replicaNodePort":14,"replicaPoolerNodePort":14,"replicaServiceAnnotations":6,"resources":434,"schedulerName":0,"serviceAnnotations":6,"sidecars":444,"spiloFSGroup":14,"spiloRunAsGroup":14,"spiloRunAsUser":14,"standby":445,"streams":449,"teamId":0,"tls":450,"tolerations":48,"topologySpreadConstraints":173,"users":453,"usersIgnoringSecretRotation":23,"usersWithInPlaceSecretRotation":23,"usersWithSecretRotation":23,"volume":454}}', '{"t":"object","p":{"PostgresClusterStatus":0}}', '{"t":"object","p":{"apiVersion":0,"kind":0,"metadata":1,"spec":455,"status":456}}'], entries: [{ group: "postgresql.cnpg.io", version: "v1", kind: "Backup", source: "CloudNativePG 1.30.0", root: 20 }, { group: "postgresql.cnpg.io", version: "v1", kind: "ClusterImageCatalog", source: "CloudNativePG 1.30.0", root: 32 }, { group: "postgresql.cnpg.io", version: "v1", kind: "Cluster", source: "CloudNativePG 1.30.0", root: 202 }, { group: "postgresql.cnpg.io", version: "v1", kind: "ImageCatalog", source: "CloudNativePG 1.30.0", root: 32 }, { group: "postgresql.cnpg.io", version: "v1", kind: "Pooler", source: "CloudNativePG 1.30.0", root: 279 }, { group: "postgresql.cnpg.io", version: "v1", kind: "ScheduledBackup", source: "CloudNativePG 1.30.0", root: 283 }, { group: "postgres-operator.crunchydata.com", version: "v1beta1", kind: "PGUpgrade", source: "Crunchy PGO 5.8.9", root: 288 }, { group: "postgres-operator.crunchydata.com", version: "v1beta1", kind: "PostgresCluster", source: "Crunchy PGO 5.8.9", root: 375 }, { group: "postgres-operator.crunchydata.com", version: "v1", kind: "PostgresCluster", source: "Crunchy PGO 6.0.3", root: 406 }, { group: "postgres-operator.crunchydata.com", version: "v1beta1", kind: "PostgresCluster", source: "Crunchy PGO 6.0.3", root: 406 }, { group: "acid.zalan.do", version: "v1", kind: "OperatorConfiguration", source: "Zalando postgres-operator 2.0.1", root: 429 }, { group: "acid.zalan.do", version: "v1", kind: "postgresql", source: "Zalando postgres-operator 2.0.1", root: 457 }] };

// src/policies/crd-schema.ts
function isRecord(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
var CatalogueBuilder = class {
  catalogue = { nodes: [], entries: [] };
  seen = /* @__PURE__ */ new Map();
  add(schema) {
    const node = {};
    if (!isRecord(schema)) return this.intern(node);
    if (schema["x-kubernetes-int-or-string"] === true) node.t = "int-or-string";
    else if (typeof schema.type === "string" && isNodeType(schema.type)) node.t = schema.type;
    if (isRecord(schema.properties)) {
      node.p = {};
      for (const key of Object.keys(schema.properties).sort()) node.p[key] = this.add(schema.properties[key]);
    }
    if (schema.items !== void 0) node.i = this.add(schema.items);
    if (schema.additionalProperties === true) node.a = true;
    else if (isRecord(schema.additionalProperties)) node.a = this.add(schema.additionalProperties);
    if (Array.isArray(schema.enum)) node.e = schema.enum;
    if (schema["x-kubernetes-preserve-unknown-fields"] === true) node.u = 1;
    if (schema["x-kubernetes-embedded-resource"] === true) node.r = 1;
    return this.intern(node);
  }
  /** Adds every served version of a CRD object; returns the entries added (none when it is not a usable CRD). */
  addCrd(crd, source) {
    const added = [];
    if (!isRecord(crd) || !isRecord(crd.spec)) return added;
    const { group, names, versions } = crd.spec;
    if (typeof group !== "string" || !isRecord(names) || typeof names.kind !== "string" || !Array.isArray(versions)) {
      return added;
    }
    const shared = isRecord(crd.spec.validation) ? crd.spec.validation.openAPIV3Schema : void 0;
    for (const version of versions) {
      if (!isRecord(version) || typeof version.name !== "string" || version.served === false) continue;
      const schema = isRecord(version.schema) ? version.schema.openAPIV3Schema : shared;
      if (!isRecord(schema)) continue;
      const entry = { group, version: version.name, kind: names.kind, source, root: this.add(schema) };
      this.catalogue.entries.push(entry);
      added.push(entry);
    }
    return added;
  }
  intern(node) {
    const key = JSON.stringify(node);
    const known = this.seen.get(key);
    if (known !== void 0) return known;
    this.catalogue.nodes.push(node);
    this.seen.set(key, this.catalogue.nodes.length - 1);
    return this.catalogue.nodes.length - 1;
  }
};
function isNodeType(type) {
  return ["object", "array", "string", "integer", "number", "boolean"].includes(type);
}
function escapeToken2(token) {
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}
function typeName(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}
function typeMatches(type, value) {
  switch (type) {
    case void 0:
      return true;
    case "object":
      return isRecord(value);
    case "array":
      return Array.isArray(value);
    case "string":
      return typeof value === "string";
    case "integer":
      return typeof value === "number" && Number.isInteger(value);
    case "number":
      return typeof value === "number";
    case "boolean":
      return typeof value === "boolean";
    case "int-or-string":
      return typeof value === "string" || typeof value === "number" && Number.isInteger(value);
  }
}
function distance(a, b, limit) {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}
function closestName(name, candidates) {
  const lower = name.toLowerCase();
  const sameCase = candidates.find((candidate) => candidate.toLowerCase() === lower);
  if (sameCase) return sameCase;
  const limit = Math.max(1, Math.min(3, Math.floor(name.length / 3)));
  let best;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const d = distance(lower, candidate.toLowerCase(), limit);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
var TOP_LEVEL_HANDLED = /* @__PURE__ */ new Set(["apiVersion", "kind", "metadata", "status"]);
var EMBEDDED_HANDLED = /* @__PURE__ */ new Set(["apiVersion", "kind", "metadata"]);
var compiledCatalogues = /* @__PURE__ */ new WeakMap();
function compiledNode(catalogue, compiled2, index) {
  const done = compiled2[index];
  if (done) return done;
  const raw = catalogue.nodes[index];
  if (raw === void 0) return void 0;
  const node = typeof raw === "string" ? JSON.parse(raw) : raw;
  const made = {
    t: node.t,
    p: node.p ? new Map(Object.entries(node.p)) : void 0,
    names: node.p ? Object.keys(node.p) : [],
    i: node.i,
    a: typeof node.a === "number" ? node.a : void 0,
    anyKey: node.a === true || node.u === 1 || node.t === void 0 && !node.p,
    enumValues: node.e,
    embedded: node.r === 1
  };
  compiled2[index] = made;
  return made;
}
function checkAgainstSchema(object, catalogue, root) {
  let compiled2 = compiledCatalogues.get(catalogue);
  if (!compiled2) {
    compiled2 = [];
    compiledCatalogues.set(catalogue, compiled2);
  }
  const nodes = compiled2;
  const violations = [];
  const path = [];
  const pointerOf2 = (segments) => segments.map((s) => `/${typeof s === "number" ? s : escapeToken2(s)}`).join("");
  const fieldOf = (segments) => segments.map((s, i) => typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`).join("");
  const visit = (value, nodeIndex, top) => {
    const node = nodes[nodeIndex] ?? compiledNode(catalogue, nodes, nodeIndex);
    if (!node || value === null) return;
    if (typeof value === "string" && isPlaceholder(value)) return;
    if (!typeMatches(node.t, value)) {
      violations.push({ kind: "wrong-type", pointer: pointerOf2(path), field: fieldOf(path), expected: node.t, actual: typeName(value) });
      return;
    }
    if (node.enumValues && !node.enumValues.includes(value)) {
      violations.push({ kind: "not-in-enum", pointer: pointerOf2(path), field: fieldOf(path), expected: node.enumValues.map((v) => JSON.stringify(v)).join(", ") });
      return;
    }
    if (typeof value !== "object") return;
    if (Array.isArray(value)) {
      const items = node.i;
      if (items === void 0) return;
      for (let index = 0; index < value.length; index++) {
        path.push(index);
        visit(value[index], items, false);
        path.pop();
      }
      return;
    }
    const handled = top ? TOP_LEVEL_HANDLED : node.embedded ? EMBEDDED_HANDLED : void 0;
    const record = value;
    const keys = Object.keys(record);
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k];
      if (handled?.has(key)) continue;
      const defined = node.p?.get(key) ?? node.a;
      if (defined !== void 0) {
        path.push(key);
        visit(record[key], defined, false);
        path.pop();
        continue;
      }
      if (node.anyKey || key === "<<" || isPlaceholder(key)) continue;
      const suggestion = node.p ? closestName(key, node.names) : void 0;
      const parentPointer = pointerOf2(path);
      const parentField = fieldOf(path);
      violations.push({
        kind: "unknown-field",
        pointer: `${parentPointer}/${escapeToken2(key)}`,
        field: parentField ? `${parentField}.${key}` : key,
        ...suggestion ? {
          suggestion: parentField ? `${parentField}.${suggestion}` : suggestion,
          suggestionPointer: `${parentPointer}/${escapeToken2(suggestion)}`,
          suggestionTaken: Object.hasOwn(record, suggestion)
        } : {}
      });
    }
  };
  visit(object, root, true);
  return violations;
}

// src/policies/field-check.ts
var builtIn = crd_catalogue_default;
var operatorGroups = new Set(builtIn.entries.map((entry) => entry.group));
var gvk = (group, version, kind) => `${group}/${version}/${kind}`;
function layerOf(catalogue) {
  const byKey = /* @__PURE__ */ new Map();
  for (const entry of catalogue.entries) {
    const key = gvk(entry.group, entry.version, entry.kind);
    byKey.set(key, [...byKey.get(key) ?? [], entry]);
  }
  return { catalogue, byKey };
}
var builtInTier = [layerOf(builtIn)];
var compiled = /* @__PURE__ */ new WeakMap();
function tierFromCrds(sources) {
  const tier = [];
  for (const { crd, source } of sources) {
    if (crd === null || typeof crd !== "object") continue;
    let bySource = compiled.get(crd);
    if (!bySource) {
      bySource = /* @__PURE__ */ new Map();
      compiled.set(crd, bySource);
    }
    let layer = bySource.get(source);
    if (!layer) {
      const builder = new CatalogueBuilder();
      builder.addCrd(crd, source);
      layer = layerOf(builder.catalogue);
      bySource.set(source, layer);
    }
    if (layer.catalogue.entries.length > 0) tier.push(layer);
  }
  return tier;
}
function isCrd(object) {
  const record = object;
  return record !== null && typeof record === "object" && record.kind === "CustomResourceDefinition" && typeof record.apiVersion === "string" && record.apiVersion.startsWith("apiextensions.k8s.io/");
}
function findFieldViolations(inputs, resourceAt, extra = []) {
  const fromInput = [];
  for (const input of inputs) if (isCrd(input.object)) fromInput.push({ crd: input.object, source: `the CRD in ${input.file ?? "the input"}` });
  const tiers = [tierFromCrds(fromInput), tierFromCrds(extra), builtInTier];
  const resolved = /* @__PURE__ */ new Map();
  const entriesFor = (apiVersion, kind) => {
    const id = `${apiVersion}\0${kind}`;
    let entries = resolved.get(id);
    if (entries === void 0) {
      const slash = apiVersion.lastIndexOf("/");
      const key = gvk(apiVersion.slice(0, slash), apiVersion.slice(slash + 1), kind);
      const tier = tiers.find((candidate) => candidate.some((layer) => layer.byKey.has(key)));
      entries = tier ? tier.flatMap((layer) => (layer.byKey.get(key) ?? []).map((entry) => ({ entry, catalogue: layer.catalogue }))) : null;
      resolved.set(id, entries);
    }
    return entries;
  };
  const found = [];
  for (let objectIndex = 0; objectIndex < inputs.length; objectIndex++) {
    const object = inputs[objectIndex].object;
    if (object === null || typeof object !== "object" || typeof object.apiVersion !== "string" || typeof object.kind !== "string") continue;
    const apiVersion = object.apiVersion;
    const slash = apiVersion.lastIndexOf("/");
    if (slash < 0 || !operatorGroups.has(apiVersion.slice(0, slash))) continue;
    const entries = entriesFor(apiVersion, object.kind);
    const first = entries?.[0];
    if (!entries || !first) continue;
    const violations = checkAgainstSchema(object, first.catalogue, first.entry.root);
    if (violations.length === 0) continue;
    const perOther = entries.slice(1).map(({ entry, catalogue }) => checkAgainstSchema(object, catalogue, entry.root));
    const source = [...new Set(entries.map(({ entry }) => entry.source))].join(" and ");
    let resource;
    for (const violation of violations) {
      const everywhere = perOther.every((list) => list.some((v) => v.pointer === violation.pointer && v.kind === violation.kind));
      if (!everywhere) continue;
      resource ??= resourceAt(objectIndex);
      found.push({ objectIndex, resource, violation, source });
    }
  }
  return found;
}

// src/policies/policy.ts
var import_picomatch2 = __toESM(require_picomatch(), 1);
var import_yaml = __toESM(require_dist(), 1);

// src/policies/rules/anti-affinity.ts
var antiAffinityOptionsSchema = {
  type: "object",
  properties: {
    requireHard: {
      type: "boolean",
      default: false,
      description: "Require hard spreading (required anti-affinity / DoNotSchedule) rather than soft (preferred / ScheduleAnyway)."
    },
    topologyKey: {
      type: "string",
      minLength: 1,
      description: "A topology key the spreading must use, e.g. topology.kubernetes.io/zone."
    }
  },
  additionalProperties: false
};
var antiAffinity = defineRule({
  meta: {
    id: "anti-affinity",
    docsUrl: docsUrl("anti-affinity"),
    description: "A cluster with 2+ instances spreads them over nodes (pod anti-affinity or topology spread), after the operator\u2019s defaults.",
    defaultSeverity: "error",
    optionsSchema: antiAffinityOptionsSchema,
    messages: {
      selectsNothing: "this {{term}} selects none of the cluster's own Postgres pods, so it spreads nothing: select the labels {{operator}} puts on them ({{labels}}){{set}}.",
      switchedOff: "spreading is switched off{{set}}: to spread the {{count}} instances, {{fix}}. Otherwise they may land on one node, and one node failure takes out the primary and its replicas together.{{origin}}",
      none: "no pod anti-affinity or topology spread for {{count}} instances{{set}}: {{fix}}. Otherwise the scheduler may put them all on one node, and one node failure takes out every copy of the data.{{origin}}",
      soft: "instances are spread only softly{{set}}{{defaulted}}, and the policy requires hard spreading: {{fix}}. When nodes are short the scheduler still co-locates soft-spread pods.",
      missingKey: "instances are spread by {{keys}} but not by `{{key}}`{{set}}, which the policy requires: add a term with `topologyKey: {{key}}`.{{origin}}"
    },
    fixable: true
  },
  check(model, context) {
    const { requireHard, topologyKey } = context.options;
    for (const cluster of model.clusters) {
      const total = cluster.totalInstances;
      if (total.unknown || total.value === void 0) continue;
      const switchesReported = /* @__PURE__ */ new Set();
      for (const set of cluster.instanceSets) {
        const spreading = set.spreading;
        const setName = cluster.instanceSets.length > 1 ? ` (instance set ${set.name})` : "";
        const origin = spreading.origin ? ` ${spreading.origin}` : "";
        for (const term of spreading.terms) {
          if (term.selectsOwnPods || term.unknown) continue;
          context.report({
            messageId: "selectsNothing",
            data: {
              term: term.source === "topologySpreadConstraints" ? "topology spread constraint" : "anti-affinity term",
              operator: cluster.operator.name,
              labels: JSON.stringify(cluster.podLabels),
              set: setName
            },
            resource: cluster.resource,
            objectIndex: term.objectIndex ?? cluster.objectIndex,
            pointer: term.path
          });
        }
        if (total.value < 2) continue;
        if (spreading.terms.some((term) => term.unknown)) continue;
        const fix = spreading.addSoftAntiAffinity ? { patch: spreading.addSoftAntiAffinity, description: "add preferred pod anti-affinity by hostname" } : void 0;
        if (spreading.level === "none" && spreading.disabledBy && !spreading.disabledBy.unknown) {
          const at2 = `${spreading.disabledBy.objectIndex ?? cluster.objectIndex}${spreading.disabledBy.path}`;
          if (switchesReported.has(at2)) continue;
          switchesReported.add(at2);
          const shared = cluster.instanceSets.filter((s) => s.spreading.disabledBy?.path === spreading.disabledBy?.path).length > 1;
          context.report({
            messageId: "switchedOff",
            data: { set: shared ? "" : setName, count: total.value, fix: cluster.operator.spread(requireHard), origin },
            resource: cluster.resource,
            objectIndex: spreading.disabledBy.objectIndex ?? cluster.objectIndex,
            pointer: spreading.disabledBy.path,
            ...fix && !shared ? { fix } : {}
          });
          continue;
        }
        if (spreading.level === "none") {
          context.report({
            messageId: "none",
            data: { count: total.value, set: setName, fix: cluster.operator.spread(requireHard), origin },
            resource: cluster.resource,
            objectIndex: cluster.objectIndex,
            pointer: set.path,
            ...fix ? { fix } : {}
          });
          continue;
        }
        const where = spreading.terms.find((term) => term.selectsOwnPods);
        const at = { resource: cluster.resource, objectIndex: where?.objectIndex ?? cluster.objectIndex, pointer: where?.path ?? set.path };
        if (requireHard && spreading.level === "soft") {
          const defaulted = spreading.terms.every((term) => term.defaulted) ? ` (${cluster.operator.name}'s default is soft)` : "";
          context.report({ ...at, messageId: "soft", data: { set: setName, defaulted, fix: cluster.operator.spread(true) } });
        }
        if (topologyKey && !spreading.topologyKeys.includes(topologyKey)) {
          context.report({
            ...at,
            messageId: "missingKey",
            data: { keys: spreading.topologyKeys.join(", ") || "no key", key: topologyKey, set: setName, origin }
          });
        }
      }
    }
  }
});

// src/policies/cron.ts
var import_cron_parser = __toESM(require_dist2(), 1);
var descriptors = {
  "@yearly": "0 0 0 1 1 *",
  "@annually": "0 0 0 1 1 *",
  "@monthly": "0 0 0 1 * *",
  "@weekly": "0 0 0 * * 0",
  "@daily": "0 0 0 * * *",
  "@midnight": "0 0 0 * * *",
  "@hourly": "0 0 * * * *"
};
var zalandoPattern = /^(\d+|\*)(\/\d+)?(\s+(\d+|\*)(\/\d+)?){4}$/;
var fieldNames = ["second", "minute", "hour", "day of month", "month", "day of week"];
var fieldBounds = [
  [0, 59],
  [0, 59],
  [0, 23],
  [1, 31],
  [1, 12],
  [0, 6]
];
var monthNames = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)$/i;
var dowNames = /^(sun|mon|tue|wed|thu|fri|sat)$/i;
function parseGoDuration(text) {
  const match = /^((\d+(\.\d+)?)(h|ms|m|s|us|\u00b5s|\u03bcs|ns))+$/.exec(text);
  if (!match) return void 0;
  const unitMs = { h: 36e5, m: 6e4, s: 1e3, ms: 1, us: 1e-3, "\xB5s": 1e-3, "\u03BCs": 1e-3, ns: 1e-6 };
  let total = 0;
  for (const part of text.matchAll(/(\d+(?:\.\d+)?)(h|ms|m|s|us|\u00b5s|\u03bcs|ns)/g)) {
    total += Number(part[1]) * (unitMs[part[2] ?? ""] ?? 0);
  }
  return total;
}
function parseInterval(text) {
  const match = /^(\d+(?:\.\d+)?)\s*(w|d|h|m)$/.exec(text.trim());
  if (!match) return void 0;
  return Number(match[1]) * (INTERVAL_UNITS[match[2] ?? ""] ?? 0);
}
var INTERVAL_UNITS = { w: 6048e5, d: 864e5, h: 36e5, m: 6e4 };
function formatInterval(ms) {
  if (!Number.isFinite(ms)) return "never";
  const day = 864e5;
  if (ms % day === 0) return `${ms / day}d`;
  if (ms >= 2 * day) return `${(ms / day).toFixed(1)}d`;
  if (ms % 36e5 === 0) return `${ms / 36e5}h`;
  if (ms % 6e4 === 0) return `${ms / 6e4}min`;
  return `${ms / 1e3}s`;
}
function robfigFieldError(field2, index) {
  const name = fieldNames[index] ?? "field";
  for (const part of field2.split(",")) {
    const [range = "", step2, extra] = part.split("/");
    if (extra !== void 0) return `too many slashes in ${name} \`${field2}\``;
    if (step2 !== void 0 && !/^\d+$/.test(step2)) return `invalid step \`${step2}\` in ${name}`;
    if (step2 !== void 0 && Number(step2) === 0) return `step of 0 in ${name} \`${field2}\``;
    if (range === "*" || range === "?") continue;
    const bounds = range.split("-");
    if (bounds.length > 2) return `too many hyphens in ${name} \`${field2}\``;
    for (const bound of bounds) {
      if (/^\d+$/.test(bound)) {
        if (index === 5 && Number(bound) > 6) return `day of week ${bound} is above the maximum 6 (Sunday is 0)`;
        const [low, high] = fieldBounds[index] ?? [0, 59];
        if (Number(bound) > high) return `${name} ${bound} is above the maximum ${high}`;
        if (Number(bound) < low) return `${name} ${bound} is below the minimum ${low}`;
        continue;
      }
      if (index === 4 && monthNames.test(bound)) continue;
      if (index === 5 && dowNames.test(bound)) continue;
      return `\`${bound}\` is not valid in ${name} (no L, W, # or H in this operator's cron)`;
    }
  }
  return void 0;
}
function withCalendar(reading) {
  if (!reading.accepted || !reading.expression) return reading;
  try {
    import_cron_parser.CronExpressionParser.parse(reading.expression, { tz: "UTC", currentDate: new Date(Date.UTC(2026, 0, 1)) }).next();
    return reading;
  } catch (err) {
    const text = err instanceof Error ? err.message : String(err);
    if (/day of month/i.test(text)) return { ...reading, neverRuns: true };
    return { ...reading, accepted: false, error: text };
  }
}
function rejected(schedule, error, stage = "parser") {
  return { schedule, accepted: false, error, stage };
}
var readingCache = /* @__PURE__ */ new Map();
function readSchedule(schedule, dialect) {
  let readings = readingCache.get(dialect);
  if (readings === void 0) {
    readings = /* @__PURE__ */ new Map();
    readingCache.set(dialect, readings);
  }
  const cached = readings.get(schedule);
  if (cached !== void 0) return cached;
  const reading = Object.freeze(readScheduleUncached(schedule, dialect));
  if (readings.size > 1e3) readings.clear();
  readings.set(schedule, reading);
  return reading;
}
function readScheduleUncached(schedule, dialect) {
  let text = schedule.trim();
  if (text === "") return rejected(schedule, "the schedule is empty");
  let timeZone;
  const tzPrefix = /^(CRON_TZ|TZ)=(\S+)\s+/.exec(text);
  if (tzPrefix) {
    if (dialect === "kubernetes") {
      return rejected(schedule, 'Kubernetes rejects `TZ`/`CRON_TZ` in a CronJob schedule ("use timeZone field instead")');
    }
    if (dialect === "zalando") return rejected(schedule, "the CRD pattern allows only 5 fields of numbers or `*` with `/n`", "schema");
    if (dialect === "cnpg") return rejected(schedule, "CloudNativePG (robfig/cron v1) has no `TZ=`/`CRON_TZ=` prefix");
    timeZone = tzPrefix[2];
    text = text.slice(tzPrefix[0].length);
  }
  if (text.startsWith("@")) {
    if (dialect === "pgo-v4") return rejected(schedule, "the pgo-scheduler parser does not accept descriptors", "schema");
    if (dialect === "zalando") return rejected(schedule, "the CRD pattern allows no descriptors, only 5 numeric fields", "schema");
    const every = /^@every\s+(\S+)$/.exec(text);
    if (every) {
      const ms = parseGoDuration(every[1] ?? "");
      if (ms === void 0 || ms < 1e3) return rejected(schedule, `\`${every[1]}\` is not a duration of at least 1s`);
      return { schedule, accepted: true, everyMs: ms, ...timeZone ? { timeZone } : {} };
    }
    const expression = descriptors[text.toLowerCase()];
    if (!expression) return rejected(schedule, `unrecognized descriptor \`${text}\``);
    return { schedule, accepted: true, expression, ...timeZone ? { timeZone } : {} };
  }
  const fields = text.split(/\s+/);
  if (dialect === "zalando" && !zalandoPattern.test(text)) {
    return rejected(
      schedule,
      "the pattern allows exactly 5 fields, each a number or `*` with an optional `/n` (no ranges, lists, names or descriptors)",
      "schema"
    );
  }
  let sixFields;
  let misread;
  if (dialect === "cnpg") {
    if (fields.length === 6) sixFields = fields;
    else if (fields.length === 5) {
      sixFields = [...fields, "*"];
      misread = { intended: text, suggestion: `0 ${text}` };
    } else return rejected(schedule, `expected 6 fields (seconds first), found ${fields.length}`, "schema");
  } else {
    if (fields.length !== 5) return rejected(schedule, `expected exactly 5 fields, found ${fields.length}`, dialect === "kubernetes" ? "parser" : "schema");
    sixFields = ["0", ...fields];
  }
  for (const [index, field2] of sixFields.entries()) {
    const error = robfigFieldError(field2, index);
    if (error) return rejected(schedule, error);
  }
  return withCalendar({
    schedule,
    accepted: true,
    expression: sixFields.join(" "),
    ...misread ? { misread } : {},
    ...timeZone ? { timeZone } : {}
  });
}
function nextRuns(reading, from, count) {
  if (!reading.accepted || reading.neverRuns) return [];
  if (reading.everyMs !== void 0) {
    const every = reading.everyMs;
    return Array.from({ length: count }, (_, i) => new Date(from.getTime() + every * (i + 1)));
  }
  if (!reading.expression) return [];
  const runs = [];
  try {
    const iterator = import_cron_parser.CronExpressionParser.parse(reading.expression, { currentDate: from, tz: reading.timeZone ?? "UTC" });
    for (let i = 0; i < count; i++) runs.push(iterator.next().toDate());
  } catch {
  }
  return runs;
}
var referenceDate = new Date(Date.UTC(2026, 0, 1));
var horizonMs = 800 * 864e5;
var maxRunsPerSchedule = 1500;
var gapCache = /* @__PURE__ */ new Map();
var DAY_MS = 864e5;
function repeatPeriodMs(reading) {
  if (reading.timeZone || !reading.expression) return void 0;
  const fields = reading.expression.trim().split(/\s+/);
  if (fields.length !== 6) return void 0;
  const [, , , dayOfMonth, month, dayOfWeek] = fields;
  const any = (field2) => field2 === "*" || field2 === "?";
  if (!any(dayOfMonth) || !any(month)) return void 0;
  if (any(dayOfWeek)) return DAY_MS;
  return /^[\dA-Za-z*,\-/]+$/.test(dayOfWeek) && !/[lL#]/.test(dayOfWeek) ? 7 * DAY_MS : void 0;
}
function iterate(reading, from, end, times) {
  try {
    const iterator = import_cron_parser.CronExpressionParser.parse(reading.expression ?? "", {
      currentDate: new Date(from),
      endDate: new Date(end),
      tz: reading.timeZone ?? "UTC"
    });
    while (times.length < maxRunsPerSchedule) times.push(iterator.next().getTime());
  } catch {
  }
}
function runTimes(reading, from, end) {
  const times = [];
  if (!reading.accepted || reading.neverRuns) return times;
  if (reading.everyMs !== void 0) {
    const step2 = Math.max(reading.everyMs, 1e3);
    for (let t = from.getTime() + step2, n = 0; t <= end && n < maxRunsPerSchedule; t += step2, n++) times.push(t);
    return times;
  }
  if (!reading.expression) return times;
  const period = repeatPeriodMs(reading);
  if (period === void 0) {
    iterate(reading, from.getTime(), end, times);
    return times;
  }
  const periodEnd = from.getTime() + period;
  const first = [];
  iterate(reading, from.getTime(), periodEnd + 1, first);
  while (first.length > 0 && (first.at(-1) ?? 0) > periodEnd) first.pop();
  if (first.length === 0) return times;
  for (let shift = 0; times.length < maxRunsPerSchedule; shift += period) {
    for (const t of first) {
      const run = t + shift;
      if (run > end || times.length >= maxRunsPerSchedule) return times;
      times.push(run);
    }
  }
  return times;
}
function gapKey(r) {
  return `${r.accepted}:${r.neverRuns ?? ""}:${r.expression ?? ""}:${r.everyMs ?? ""}:${r.timeZone ?? ""}`;
}
function longestGapMs(readings, from = referenceDate) {
  const single = readings.length === 1 && from === referenceDate ? readings[0] : void 0;
  if (single !== void 0) {
    const known = singleGaps.get(single);
    if (known !== void 0) return known;
  }
  const gap = longestGapKeyed(readings, from);
  if (single !== void 0 && Object.isFrozen(single)) singleGaps.set(single, gap);
  return gap;
}
var singleGaps = /* @__PURE__ */ new WeakMap();
function longestGapKeyed(readings, from) {
  const key = `${from.getTime()}|${readings.length === 1 ? gapKey(readings[0]) : readings.map(gapKey).sort().join("|")}`;
  const cached = gapCache.get(key);
  if (cached !== void 0) return cached;
  const end = from.getTime() + horizonMs;
  const perSchedule = readings.map((reading) => runTimes(reading, from, end));
  const cutoff = Math.min(end, ...perSchedule.filter((t) => t.length >= maxRunsPerSchedule).map((t) => t[t.length - 1] ?? end));
  const times = perSchedule.flat().filter((t) => t <= cutoff);
  let longest = Number.POSITIVE_INFINITY;
  if (times.length >= 2) {
    times.sort((a, b) => a - b);
    longest = 0;
    for (let i = 1; i < times.length; i++) longest = Math.max(longest, (times[i] ?? 0) - (times[i - 1] ?? 0));
  }
  if (gapCache.size > 1e3) gapCache.clear();
  gapCache.set(key, longest);
  return longest;
}
function describeRuns(reading, from = referenceDate) {
  if (reading.neverRuns) return "never (no date matches)";
  const runs = nextRuns(reading, from, 3);
  if (runs.length === 0) return "never";
  const gap = longestGapMs([reading], from);
  const times = runs.map((d) => d.toISOString().slice(5, 16).replace("T", " ")).join(", ");
  return `at most every ${formatInterval(gap)} (first runs ${times}${reading.timeZone ? ` ${reading.timeZone}` : " in the operator\u2019s local time"})`;
}

// src/policies/rules/backup-schedule.ts
function rejectingLayer(schedule, reading) {
  const { gates } = schedule;
  if (gates.minLength !== void 0 && schedule.schedule.value.length < gates.minLength) return gates.schema;
  return reading.stage === "schema" ? gates.schema : gates.parser;
}
function maxFullOf(text) {
  if (lastMaxFull?.text !== text) lastMaxFull = { text, ms: parseInterval(text) ?? 7 * 864e5 };
  return lastMaxFull.ms;
}
var lastMaxFull;
var fullKinds = /* @__PURE__ */ new Set(["full", "base", "logical"]);
var backupScheduleOptionsSchema = {
  type: "object",
  properties: {
    maxFullInterval: {
      type: "string",
      pattern: "^\\d+(\\.\\d+)?\\s*[wdhm]$",
      default: "7d",
      description: "Longest allowed time between two full backups (`7d`, `36h`, `2w`)."
    },
    requireSchedule: { type: "boolean", default: true, description: "Warn when a cluster has no backup schedule." },
    requireRetention: { type: "boolean", default: true, description: "Warn when backups have no retention." }
  },
  additionalProperties: false
};
var backupSchedule = defineRule({
  meta: {
    id: "backup-schedule",
    docsUrl: docsUrl("backup-schedule"),
    description: "Backup schedules are valid in the operator\u2019s own cron dialect and mean what they look like; full backups run often enough; retention is set.",
    defaultSeverity: "error",
    optionsSchema: backupScheduleOptionsSchema,
    messages: {
      rejected: "the {{label}} schedule `{{schedule}}` is rejected by {{layer}} ({{error}}): write {{example}}.",
      misread: "the {{label}} schedule `{{schedule}}` has 5 fields but is read seconds first: write `{{suggestion}}` for the crontab meaning. As written it runs {{runs}}; the operator\u2019s webhook only warns.",
      noSchedule: "{{why}}: to schedule backups, {{fix}}. Otherwise a lost volume or a bad migration cannot be recovered.",
      noFull: "only differential/incremental backups are scheduled: add a full schedule. They build on a full backup that nothing schedules, so restores depend on one old full backup.",
      fullTooRare: "full backups run at most every {{gap}}, longer than the policy's {{max}}: schedule them at least every {{max}}. A restore replays more WAL and older data is at risk.",
      noRetention: "no backup retention{{scope}}: set {{fix}}. Otherwise old backups are either kept forever (the bucket grows without bound) or pruned by a default nobody chose.",
      problem: "{{problem}}"
    },
    fixable: false
  },
  check(model, context) {
    const { requireSchedule, requireRetention } = context.options;
    const maxFull = maxFullOf(context.options.maxFullInterval);
    for (const cluster of model.clusters) {
      const backups = cluster.backups;
      let anyUnknown = backups.configured.unknown === true;
      const fullReadings = [];
      let active = 0;
      let rejected2 = 0;
      for (const schedule of backups.schedules) {
        if (schedule.schedule.unknown) {
          anyUnknown = true;
          continue;
        }
        const at = { resource: cluster.resource, objectIndex: schedule.schedule.objectIndex ?? cluster.objectIndex, pointer: schedule.schedule.path };
        const reading = readSchedule(schedule.schedule.value, schedule.dialect);
        const label = schedule.name ? `${schedule.type} backup ${schedule.name}` : `${schedule.type} backup`;
        if (!reading.accepted) {
          rejected2++;
          context.report({
            ...at,
            messageId: "rejected",
            data: { label, schedule: schedule.schedule.value, layer: rejectingLayer(schedule, reading), error: reading.error ?? "invalid", example: schedule.gates.example }
          });
          continue;
        }
        if (reading.misread) {
          context.report({
            ...at,
            messageId: "misread",
            data: { label, schedule: schedule.schedule.value, suggestion: reading.misread.suggestion, runs: describeRuns(reading) }
          });
        }
        if (schedule.suspended) continue;
        active++;
        if (fullKinds.has(schedule.type)) fullReadings.push(reading);
      }
      if (anyUnknown) continue;
      const onCluster = { resource: cluster.resource, objectIndex: cluster.objectIndex };
      if (rejected2 > 0 && fullReadings.length === 0) {
      } else if (active === 0) {
        if (requireSchedule) {
          const why = !backups.configured.value ? "no backup configured" : backups.schedules.length > 0 ? "only suspended backup schedules" : "a backup repository but no schedule (backups run only when someone starts one)";
          context.report({
            ...onCluster,
            objectIndex: backups.configured.objectIndex ?? cluster.objectIndex,
            pointer: backups.configured.path,
            severity: "warning",
            messageId: "noSchedule",
            data: { why, fix: cluster.operator.scheduleBackups }
          });
        }
      } else if (fullReadings.length === 0) {
        context.report({ ...onCluster, pointer: backups.configured.path, severity: "warning", messageId: "noFull", data: void 0 });
      } else {
        const distinct = fullReadings.length === 1 ? fullReadings : [...new Map(fullReadings.map((reading) => [`${reading.expression}|${reading.everyMs}|${reading.timeZone}|${reading.neverRuns}`, reading])).values()];
        const gap = longestGapMs(distinct);
        if (gap > maxFull) {
          const first = backups.schedules.find((s) => fullKinds.has(s.type) && !s.suspended);
          context.report({
            ...onCluster,
            severity: "warning",
            messageId: "fullTooRare",
            data: { gap: formatInterval(gap), max: formatInterval(maxFull) },
            objectIndex: first?.schedule.objectIndex ?? cluster.objectIndex,
            pointer: first?.schedule.path ?? backups.configured.path
          });
        }
      }
      if (requireRetention && backups.configured.value) {
        for (const retention of backups.retention) {
          if (retention.setting.unknown || retention.setting.value !== void 0) continue;
          context.report({
            ...onCluster,
            severity: "warning",
            messageId: "noRetention",
            data: { scope: retention.scope ? ` ${retention.scope}` : "", fix: retention.fix },
            objectIndex: retention.setting.objectIndex ?? cluster.objectIndex,
            pointer: retention.setting.path
          });
        }
      }
    }
  }
});

// src/policies/rules/image-tag.ts
var floatingTag = /^v?\d+([-_][a-z][a-z0-9._-]*)?$/i;
var channelTags = /* @__PURE__ */ new Set(["stable", "edge", "main", "master", "nightly", "dev", "develop", "lts", "current", "release"]);
function repositoryKey(parsed) {
  return `${parsed.registry}/${parsed.repository}`;
}
function pinnedFor(parsed, pinned) {
  for (const [repository, reference] of Object.entries(pinned)) {
    const key = parseImageReference(repository);
    if (key && repositoryKey(key) === repositoryKey(parsed)) return reference;
  }
  return void 0;
}
var imageTagOptionsSchema = {
  type: "object",
  properties: {
    requireDigest: { type: "boolean", default: false, description: "Require `@sha256:` digests." },
    allowedRegistries: {
      type: "array",
      items: { type: "string", minLength: 1 },
      description: "Registries (globs allowed, e.g. `registry.example.com`, `*.gcr.io`) images may come from."
    },
    pinned: {
      type: "object",
      additionalProperties: { type: "string", minLength: 1 },
      description: "Repository \u2192 the full pinned reference the fix writes, e.g. `postgres: postgres:16.4@sha256:\u2026`."
    },
    requireExplicit: {
      type: "boolean",
      default: false,
      description: "Warn when the Postgres image is not written in the manifest, so the operator\u2019s default (which changes with operator upgrades) runs."
    },
    roles: {
      type: "array",
      items: { enum: ["postgres", "backup", "pooler", "exporter", "sidecar", "init", "other"] },
      description: "Which images to check (default: all)."
    }
  },
  additionalProperties: false
};
var imageTag = defineRule({
  meta: {
    id: "image-tag",
    docsUrl: docsUrl("image-tag"),
    description: "Images are pinned (no `latest`, no tag, no floating major), optionally by digest and from allowed registries, and the Postgres image matches the declared Postgres major.",
    defaultSeverity: "error",
    optionsSchema: imageTagOptionsSchema,
    messages: {
      notExplicit: "no Postgres image is written, so {{operator}} runs its own default{{current}}: write {{field}} with a full version tag. The default changes when the operator is upgraded \u2014 a Postgres update nobody reviewed.",
      required: "the Postgres image reference is incomplete: write {{field}}. {{why}}",
      rejected: "the {{role}} image `{{image}}` is rejected by {{why}}: write {{field}} with a full version tag.",
      latest: "the {{role}} image `{{image}}` {{problem}}: write {{field}} with a full version tag. Each node pull can bring a different version, and an operator restart may upgrade Postgres under you.",
      floating: "the {{role}} image `{{image}}` uses the floating tag `{{tag}}`: write {{field}} with a full version tag (e.g. `16.4`) or a digest. The tag moves with each release, so nodes may run different minor versions and a reschedule upgrades silently.",
      noDigest: "the {{role}} image `{{image}}` is not pinned by digest, which the policy requires: write {{field}} as `<image>:<tag>@sha256:<digest>`.",
      registry: "the {{role}} image `{{image}}` comes from registry `{{registry}}`, which the policy does not allow: use one of {{allowed}}.",
      majorMismatch: "the Postgres image `{{image}}` carries Postgres {{imageMajor}}{{older}} but the cluster declares Postgres {{declared}}: use an image of Postgres {{declared}} or change the declared version. {{operator}} configures (and upgrades) for the declared major, so data directory and binaries disagree."
    },
    fixable: true
  },
  check(model, context) {
    const { requireDigest, allowedRegistries: registries, pinned = {}, roles, requireExplicit } = context.options;
    const registryAllowed = registries ? globMatcher(registries) : void 0;
    for (const cluster of model.clusters) {
      for (const image of cluster.images) {
        if (roles && !roles.includes(image.role)) continue;
        const ref = image.reference;
        if (ref.unknown) continue;
        const at = { resource: cluster.resource, objectIndex: ref.objectIndex ?? cluster.objectIndex, pointer: ref.path };
        const fixFor = () => {
          const target = image.parsed ? pinnedFor(image.parsed, pinned) : void 0;
          return target && image.setReference && target !== ref.value ? { fix: { patch: image.setReference(target), description: `pin the image to ${target}` } } : {};
        };
        if (requireExplicit && ref.defaulted && image.role === "postgres") {
          context.report({
            ...at,
            severity: "warning",
            messageId: "notExplicit",
            data: { operator: cluster.operator.name, current: ref.value ? ` (now \`${ref.value}\`)` : "", field: image.field }
          });
        }
        if (ref.value === void 0) {
          if (image.requiredBecause) context.report({ ...at, messageId: "required", data: { field: image.field, why: image.requiredBecause } });
          continue;
        }
        const parsed = image.parsed;
        if (!parsed) continue;
        const shown3 = ref.value;
        const base = { role: image.role, image: shown3, field: image.field };
        if (image.operatorRejects) {
          context.report({ ...at, messageId: "rejected", data: { ...base, why: image.operatorRejects }, ...fixFor() });
        } else if (!parsed.digest && (parsed.tag === void 0 || parsed.tag === "latest")) {
          const problem = parsed.tag === "latest" ? "uses the `latest` tag" : "has no tag (so `latest`)";
          context.report({ ...at, messageId: "latest", data: { ...base, problem }, ...fixFor() });
        } else if (!parsed.digest && parsed.tag !== void 0 && (floatingTag.test(parsed.tag) || channelTags.has(parsed.tag.toLowerCase()))) {
          context.report({ ...at, severity: "warning", messageId: "floating", data: { ...base, tag: parsed.tag }, ...fixFor() });
        }
        if (requireDigest && !parsed.digest) context.report({ ...at, messageId: "noDigest", data: base, ...fixFor() });
        if (registryAllowed && !registryAllowed(parsed.registry)) {
          context.report({ ...at, messageId: "registry", data: { ...base, registry: parsed.registry, allowed: registries?.join(", ") ?? "" }, ...fixFor() });
        }
        const declared = cluster.postgresVersion;
        if (image.role === "postgres" && image.postgresMajor !== void 0 && declared && !declared.unknown && declared.value !== void 0 && declared.value !== image.postgresMajor && // Spilo ships older majors beside its own: only a newer declared major is wrong.
        !(image.runsOlderMajors && declared.value < image.postgresMajor)) {
          context.report({
            ...at,
            messageId: "majorMismatch",
            data: {
              image: shown3,
              imageMajor: image.postgresMajor,
              older: image.runsOlderMajors ? " (and older majors)" : "",
              declared: declared.value,
              operator: cluster.operator.name
            }
          });
        }
      }
    }
  }
});

// src/policies/rules/invalid-manifest.ts
var invalidManifest = defineRule({
  meta: {
    id: "invalid-manifest",
    docsUrl: docsUrl("invalid-manifest"),
    description: "A Postgres manifest of a known kind is malformed (wrong type, missing required field, a combination its operator rejects): the operator would reject or misread it.",
    defaultSeverity: "error",
    optionsSchema: { type: "object", properties: {}, additionalProperties: false },
    // The adapters word each problem in the operator's terms (field, rule, source); the message is theirs.
    messages: {
      problem: "{{problem}}",
      // From the CRD's schema (field-check.ts): the apiserver rejects the object (apiextensions-apiserver validation).
      wrongType: "`{{field}}` is {{actual}}, but {{kind}} {{apiVersion}} wants {{expected}}: write it as {{expected}}. The apiserver rejects the object as written (schema: {{source}}).",
      notInEnum: "`{{field}}` is not one of the values {{kind}} {{apiVersion}} accepts: write one of {{expected}}. The apiserver rejects the object as written (schema: {{source}})."
    },
    fixable: false
  },
  check(model, context) {
    for (const problem of model.problems) {
      if (problem.ruleId !== void 0 && problem.ruleId !== "invalid-manifest") continue;
      context.report({
        severity: problem.severity ?? "error",
        messageId: "problem",
        data: { problem: problem.message },
        resource: problem.resource,
        objectIndex: problem.objectIndex,
        pointer: problem.path
      });
    }
    const worded = new Set(model.problems.map((problem) => `${problem.objectIndex}\0${problem.path}`));
    for (const { objectIndex, resource, violation, source } of model.fieldViolations ?? []) {
      if (violation.kind === "unknown-field" || worded.has(`${objectIndex}\0${violation.pointer}`)) continue;
      const at = { resource, objectIndex, pointer: violation.pointer };
      const names = { field: violation.field, kind: resource.kind, apiVersion: resource.apiVersion, expected: violation.expected ?? "", source };
      if (violation.kind === "wrong-type") {
        context.report({ ...at, messageId: "wrongType", data: { ...names, actual: violation.actual ?? "" } });
      } else {
        context.report({ ...at, messageId: "notInEnum", data: names });
      }
    }
  }
});

// src/policies/rules/password-reset.ts
function sameNamespace2(a, b) {
  return a === void 0 || b === void 0 || a === b;
}
function secretIndex(secrets) {
  const byName = /* @__PURE__ */ new Map();
  for (const secret of secrets) {
    const list = byName.get(secret.resource.name);
    if (list) list.push(secret);
    else byName.set(secret.resource.name, [secret]);
  }
  return byName;
}
function findSecret(byName, cluster, credential2) {
  if (credential2.secretUnknown) return void 0;
  const namespace = credential2.secretNamespace ?? cluster.resource.namespace;
  return byName.get(credential2.secretName)?.find((s) => sameNamespace2(s.resource.namespace, namespace));
}
var passwordResetOptionsSchema = { type: "object", properties: {}, additionalProperties: false };
var passwordReset = defineRule({
  meta: {
    id: "password-reset",
    docsUrl: docsUrl("password-reset"),
    description: "No empty or missing Postgres passwords and no trust authentication; a blanked PGO v5 user password is reported as the reset it is.",
    defaultSeverity: "error",
    optionsSchema: passwordResetOptionsSchema,
    messages: {
      reset: "{{secret}} {{state}} for user {{user}}: PGO v5 reads this as a password reset and generates a new password{{wasSet}}; after the reset, remove `{{key}}` from Git or ignore the Secret data in the sync. Otherwise Argo CD or Flux keeps the app OutOfSync (or repeats the reset on every sync) ({{cluster}}).",
      blank: "{{secret}} {{state}} for user {{user}}: {{fix}}. {{behaviour}} ({{cluster}}).",
      weakAuth: "container {{container}} sets `{{setting}}`{{value}}: {{effect}}.",
      unsetPassword: "container {{container}} leaves `{{setting}}` unset: {{effect}}."
    },
    fixable: false
  },
  check(model, context) {
    const byName = secretIndex(model.secrets);
    const reported = /* @__PURE__ */ new Set();
    for (const cluster of model.clusters) {
      const name = describeCluster(cluster);
      for (const credential2 of cluster.credentials) {
        const secret = findSecret(byName, cluster, credential2);
        if (!secret) continue;
        const once = `${secret.objectIndex}/${credential2.passwordKey}`;
        if (reported.has(once)) continue;
        const key = secret.keys[credential2.passwordKey];
        if (key?.unknown) continue;
        const missing = key === void 0 || key.missing === true;
        if (!missing && !key.empty) continue;
        if (missing && credential2.optional) continue;
        reported.add(once);
        const at = { resource: secret.resource, objectIndex: secret.objectIndex, pointer: key?.path ?? "/data" };
        const state = missing ? `has no \`${credential2.passwordKey}\` key` : `has an empty \`${credential2.passwordKey}\``;
        const base = { secret: describeSecret(secret), state, user: credential2.user, cluster: name };
        if (credential2.regeneratesBlank) {
          const previous = secret.previousKeys?.[credential2.passwordKey];
          const wasSet = previous !== void 0 && !previous.empty && !previous.missing;
          context.report({
            ...at,
            severity: "info",
            messageId: "reset",
            data: { ...base, wasSet: wasSet ? " (it was set before this change)" : "", key: credential2.passwordKey }
          });
          continue;
        }
        context.report({
          ...at,
          messageId: "blank",
          data: {
            ...base,
            fix: cluster.operator.setPassword(credential2.passwordKey),
            behaviour: credential2.blankBehaviour ?? cluster.operator.blankPassword
          }
        });
      }
      for (const setting of cluster.authSettings) {
        const at = { resource: cluster.resource, objectIndex: setting.objectIndex ?? cluster.objectIndex, pointer: setting.path };
        if (setting.unset) {
          context.report({ ...at, messageId: "unsetPassword", data: { container: setting.container, setting: setting.name, effect: setting.effect } });
          continue;
        }
        context.report({
          ...at,
          messageId: "weakAuth",
          data: { container: setting.container, setting: setting.name, value: setting.empty ? " to an empty value" : setting.value ? `=${setting.value}` : "", effect: setting.effect }
        });
      }
    }
  }
});

// src/policies/rules/replicas.ts
var replicasOptionsSchema = {
  type: "object",
  properties: {
    min: { type: "integer", minimum: 0, default: 2, description: "Fewest instances (primary included)." },
    max: { type: "integer", minimum: 1, description: "Most instances (primary included)." }
  },
  additionalProperties: false
};
var replicas = defineRule({
  meta: {
    id: "replicas",
    docsUrl: docsUrl("replicas"),
    description: "A cluster runs at least `min` Postgres instances (a failover needs a replica), at most `max`, and 0 only when deliberately shut down.",
    defaultSeverity: "warning",
    optionsSchema: replicasOptionsSchema,
    messages: {
      zero: "runs 0 Postgres instances and is not marked as shut down: write {{fix}}. {{shutdown}} The database is unavailable until then.",
      belowMin: "runs {{count}} Postgres instance{{plural}}{{origin}}, fewer than {{min}}: write {{fix}}. With no replica there is no failover, and a node drain or crash is downtime.",
      aboveMax: "runs {{count}} Postgres instances, more than the policy's maximum of {{max}}: write {{fix}}."
    },
    fixable: false
  },
  check(model, context) {
    const { min, max } = context.options;
    for (const cluster of model.clusters) {
      const total = cluster.totalInstances;
      if (total.unknown || total.value === void 0) continue;
      if (cluster.shutdown.unknown) continue;
      if (cluster.instanceSets.length === 0) continue;
      const at = { resource: cluster.resource, objectIndex: total.objectIndex ?? cluster.objectIndex, pointer: total.path };
      if (total.value === 0) {
        if (cluster.shutdown.value) continue;
        context.report({
          ...at,
          severity: "error",
          messageId: "zero",
          data: { fix: cluster.operator.instances(Math.max(min, 1)), shutdown: cluster.operator.shutdown }
        });
        continue;
      }
      if (cluster.shutdown.value) continue;
      if (total.value < min && !(cluster.instanceCeiling && total.value >= cluster.instanceCeiling.value)) {
        context.report({
          ...at,
          messageId: "belowMin",
          data: {
            count: total.value,
            plural: total.value === 1 ? "" : "s",
            origin: total.defaulted ? total.origin ?? " (the operator's default)" : total.origin ?? "",
            min,
            fix: cluster.operator.instances(min)
          }
        });
      }
      if (max !== void 0 && total.value > max) {
        context.report({ ...at, messageId: "aboveMax", data: { count: total.value, max, fix: cluster.operator.instances(max) } });
      }
    }
  }
});

// src/policies/rules/storage-class.ts
function volumeName(volume) {
  return `${volume.role} volume${volume.owner ? ` of ${volume.owner}` : ""}`;
}
var storageClassOptionsSchema = {
  type: "object",
  properties: {
    allowed: {
      type: "array",
      items: { type: "string", minLength: 1 },
      description: "Storage class names (globs allowed) that Postgres volumes may use. Absent: any class."
    },
    default: {
      type: "string",
      minLength: 1,
      description: "The class the fix writes when a volume has none or a class outside `allowed`."
    },
    requireExplicit: {
      type: "boolean",
      default: true,
      description: "Warn when a volume names no class (the cluster\u2019s default StorageClass decides)."
    }
  },
  additionalProperties: false
};
var storageClass = defineRule({
  meta: {
    id: "storage-class",
    docsUrl: docsUrl("storage-class"),
    description: "Postgres volumes use an allowed storage class that exists in the cluster, and Postgres data lives on a persistent volume.",
    defaultSeverity: "error",
    optionsSchema: storageClassOptionsSchema,
    messages: {
      notPersistent: "the Postgres {{volume}} is on no persistent volume: {{fix}}. Otherwise the database is lost whenever the pod moves or restarts ({{cluster}}).",
      noClass: "the {{volume}} names no storage class: {{fix}}{{allowed}}. Otherwise whichever StorageClass is the cluster's default at creation time decides (reclaim policy, speed, zones).",
      notAllowed: 'the {{volume}} uses storage class "{{class}}", which the policy does not allow: write `{{key}}:` with one of: {{allowed}}.',
      missing: 'the {{volume}} uses storage class "{{class}}", which does not exist in the cluster: write `{{key}}:` with one of: {{existing}}. Otherwise its PersistentVolumeClaim stays Pending and {{operator}} cannot start the instance.'
    },
    fixable: true
  },
  check(model, context) {
    const { allowed, default: defaultClass, requireExplicit } = context.options;
    const isAllowed = allowed ? globMatcher(allowed) : void 0;
    const known = context.clusterStorageClasses;
    for (const cluster of model.clusters) {
      const key = cluster.operator.storageClassKey;
      for (const volume of cluster.volumes) {
        const fixTo = (reason) => {
          if (!defaultClass || !volume.setStorageClass) return void 0;
          if (isAllowed && !isAllowed(defaultClass)) return void 0;
          if (known && !known.includes(defaultClass)) return void 0;
          return { patch: volume.setStorageClass(defaultClass), description: `${reason}: set ${key}: ${defaultClass}` };
        };
        const persistent = volume.persistent;
        if (persistent.value === false && !persistent.unknown) {
          if (volume.role === "data" || volume.role === "wal") {
            context.report({
              messageId: "notPersistent",
              data: { volume: volumeName(volume), fix: volume.persist ?? cluster.operator.persistData, cluster: describeCluster(cluster) },
              resource: cluster.resource,
              objectIndex: persistent.objectIndex ?? cluster.objectIndex,
              pointer: persistent.path
            });
          }
          continue;
        }
        const sc = volume.storageClass;
        if (sc.unknown) continue;
        const at = { resource: cluster.resource, objectIndex: sc.objectIndex ?? cluster.objectIndex, pointer: sc.path };
        if (sc.value === void 0) {
          if (!requireExplicit) continue;
          const fix = fixTo("name the storage class");
          context.report({
            ...at,
            severity: "warning",
            messageId: "noClass",
            data: { volume: volumeName(volume), fix: volume.nameClass ?? `write \`${key}: <class>\``, allowed: allowed ? ` with one of: ${allowed.join(", ")}` : "" },
            ...fix ? { fix } : {}
          });
          continue;
        }
        if (isAllowed && !isAllowed(sc.value)) {
          const fix = fixTo(`replace storage class ${sc.value}`);
          context.report({
            ...at,
            messageId: "notAllowed",
            data: { volume: volumeName(volume), class: sc.value, key, allowed: allowed?.join(", ") ?? "" },
            ...fix ? { fix } : {}
          });
          continue;
        }
        if (known && !known.includes(sc.value)) {
          const fix = fixTo(`replace missing storage class ${sc.value}`);
          context.report({
            ...at,
            messageId: "missing",
            data: {
              volume: volumeName(volume),
              class: sc.value,
              key,
              existing: known.join(", ") || "(none)",
              operator: cluster.operator.name
            },
            ...fix ? { fix } : {}
          });
        }
      }
    }
  }
});

// src/policies/rules/unknown-field.ts
var unknownField = defineRule({
  meta: {
    id: "unknown-field",
    docsUrl: docsUrl("unknown-field"),
    description: "A field of a Postgres object that its operator's CRD does not define: the apiserver drops it silently, so the setting never takes effect.",
    defaultSeverity: "error",
    optionsSchema: { type: "object", properties: {}, additionalProperties: false },
    fixable: true,
    messages: {
      typo: "`{{field}}` is not a field of {{kind}} {{apiVersion}}: write `{{suggestion}}`. The apiserver drops unknown fields without a word, so this setting has no effect (schema: {{source}}).",
      unknown: "`{{field}}` is not a field of {{kind}} {{apiVersion}}: remove it, or move it where the CRD defines it. The apiserver drops unknown fields without a word, so this setting has no effect (schema: {{source}})."
    }
  },
  check(model, context) {
    for (const { objectIndex, resource, violation, source } of model.fieldViolations ?? []) {
      if (violation.kind !== "unknown-field") continue;
      const common = { objectIndex, resource, pointer: violation.pointer };
      const names = { field: violation.field, kind: resource.kind, apiVersion: resource.apiVersion, source };
      if (!violation.suggestion) {
        context.report({ ...common, messageId: "unknown", data: names });
        continue;
      }
      const target = violation.suggestionPointer;
      const sameLetters = violation.field.toLowerCase() === violation.suggestion.toLowerCase();
      context.report({
        ...common,
        messageId: "typo",
        data: { ...names, suggestion: violation.suggestion },
        ...sameLetters && target && !violation.suggestionTaken ? { fix: { description: `rename \`${violation.field}\` to \`${violation.suggestion}\``, patch: [{ op: "move", from: violation.pointer, path: target }] } } : {}
      });
    }
  }
});

// src/policies/rules/index.ts
var rules = [
  storageClass,
  antiAffinity,
  replicas,
  imageTag,
  backupSchedule,
  passwordReset,
  invalidManifest,
  unknownField
];
var ignoreAnnotationMeta = {
  id: "ignore-annotation",
  docsUrl: docsUrl("ignore-annotation"),
  description: "An `ignore.pgwarden.io/<rule-id>` annotation gives a reason and names a known rule (an ignore without a reason hides a problem from reviewers).",
  defaultSeverity: "warning",
  optionsSchema: { type: "object", properties: {}, additionalProperties: false },
  messages: {
    unknownRule: "annotation `{{key}}` names no pgwarden rule, so it ignores nothing: use one of {{known}}.",
    noReason: 'annotation `{{key}}` switches off {{rule}} without a reason: write the reason as the value, e.g. `{{key}}: "dev cluster, single node"`. Otherwise reviewers cannot tell a decision from a shortcut.'
  },
  fixable: false
};
var internalErrorMeta = {
  id: "internal-error",
  docsUrl: docsUrl("internal-error"),
  description: "pgwarden failed while checking an object; the finding names the rule that failed.",
  defaultSeverity: "error",
  optionsSchema: { type: "object", properties: {}, additionalProperties: false },
  messages: {
    failed: "pgwarden failed in {{what}}: {{reason}}. The object was not fully checked; please report this with the manifest."
  },
  fixable: false
};
var ruleMetas = [...rules.map((rule) => rule.meta), ...changeRules.map((rule) => rule.meta), ignoreAnnotationMeta];
var allRuleMetas = [...ruleMetas, internalErrorMeta];
function ruleById(id) {
  return rules.find((rule) => rule.meta.id === id);
}

// src/policies/suggest.ts
function distance2(a, b) {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      rows[i][j] = d;
    }
  }
  return rows[a.length][b.length];
}
function didYouMean(typed, known) {
  const needle = typed.toLowerCase();
  const limit = Math.min(3, Math.max(1, Math.floor(needle.length / 3)));
  let best;
  for (const name of known) {
    const d = name.toLowerCase().startsWith(needle) && needle.length >= 3 ? 1 : distance2(needle, name.toLowerCase());
    if (d <= limit && (!best || d < best.d)) best = { name, d };
  }
  return best?.name;
}

// pgwarden-validators:pgwarden-validators:document
import __ajvRuntime0 from "ajv/dist/runtime/ucs2length.js";
var policyDocument = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/pgwarden/pgwarden/blob/main/docs/policy.schema.json", "title": "pgwarden PostgresPolicy", "description": "One document of a pgwarden policy file. Generated from the rules; see docs/policy.md.", "type": "object", "required": ["apiVersion", "kind", "metadata", "spec"], "properties": { "apiVersion": { "const": "pgwarden.io/v1alpha1" }, "kind": { "const": "PostgresPolicy" }, "metadata": { "type": "object", "required": ["name"], "properties": { "name": { "type": "string", "minLength": 1 }, "labels": { "type": "object", "additionalProperties": { "type": "string" } }, "annotations": { "type": "object", "additionalProperties": { "type": "string" } } }, "additionalProperties": false }, "spec": { "type": "object", "properties": { "mode": { "enum": ["enforce", "audit"], "description": "enforce (default): the webhook denies on errors; audit: it only warns." }, "extends": { "enum": ["recommended", "none"], "description": "What unlisted rules get: recommended (default) or none (off)." }, "match": { "type": "object", "description": "All given conditions must hold. No match block: the policy applies to everything.", "properties": { "namespaces": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Namespace globs, e.g. `*-prod`." }, "labels": { "type": "object", "additionalProperties": { "type": "string" }, "description": "Labels the object must carry." }, "files": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Repo-relative file globs (CLI), e.g. `clusters/prod/**`." } }, "additionalProperties": false }, "rules": { "type": "object", "properties": { "storage-class": { "type": "object", "description": "Postgres volumes use an allowed storage class that exists in the cluster, and Postgres data lives on a persistent volume. Docs: https://github.com/pgwarden/pgwarden/blob/main/docs/rules/storage-class.md", "properties": { "severity": { "enum": ["error", "warning", "info", "off"], "description": "Default: error." }, "mutate": { "type": "boolean", "description": "Webhook: apply this rule\u2019s safe fixes as a mutation." }, "allowed": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Storage class names (globs allowed) that Postgres volumes may use. Absent: any class." }, "default": { "type": "string", "minLength": 1, "description": "The class the fix writes when a volume has none or a class outside `allowed`." }, "requireExplicit": { "type": "boolean", "default": true, "description": "Warn when a volume names no class (the cluster\u2019s default StorageClass decides)." } }, "additionalProperties": false }, "anti-affinity": { "type": "object", "description": "A cluster with 2+ instances spreads them over nodes (pod anti-affinity or topology spread), after the operator\u2019s defaults. Docs: https://github.com/pgwarden/pgwarden/blob/main/docs/rules/anti-affinity.md", "properties": { "severity": { "enum": ["error", "warning", "info", "off"], "description": "Default: error." }, "mutate": { "type": "boolean", "description": "Webhook: apply this rule\u2019s safe fixes as a mutation." }, "requireHard": { "type": "boolean", "default": false, "description": "Require hard spreading (required anti-affinity / DoNotSchedule) rather than soft (preferred / ScheduleAnyway)." }, "topologyKey": { "type": "string", "minLength": 1, "description": "A topology key the spreading must use, e.g. topology.kubernetes.io/zone." } }, "additionalProperties": false }, "replicas": { "type": "object", "description": "A cluster runs at least `min` Postgres instances (a failover needs a replica), at most `max`, and 0 only when deliberately shut down. Docs: https://github.com/pgwarden/pgwarden/blob/main/docs/rules/replicas.md", "properties": { "severity": { "enum": ["error", "warning", "info", "off"], "description": "Default: warning." }, "mutate": { "type": "boolean", "description": "Webhook: apply this rule\u2019s safe fixes as a mutation." }, "min": { "type": "integer", "minimum": 0, "default": 2, "description": "Fewest instances (primary included)." }, "max": { "type": "integer", "minimum": 1, "description": "Most instances (primary included)." } }, "additionalProperties": false }, "image-tag": { "type": "object", "description": "Images are pinned (no `latest`, no tag, no floating major), optionally by digest and from allowed registries, and the Postgres image matches the declared Postgres major. Docs: https://github.com/pgwarden/pgwarden/blob/main/docs/rules/image-tag.md", "properties": { "severity": { "enum": ["error", "warning", "info", "off"], "description": "Default: error." }, "mutate": { "type": "boolean", "description": "Webhook: apply this rule\u2019s safe fixes as a mutation." }, "requireDigest": { "type": "boolean", "default": false, "description": "Require `@sha256:` digests." }, "allowedRegistries": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Registries (globs allowed, e.g. `registry.example.com`, `*.gcr.io`) images may come from." }, "pinned": { "type": "object", "additionalProperties": { "type": "string", "minLength": 1 }, "description": "Repository \u2192 the full pinned reference the fix writes, e.g. `postgres: postgres:16.4@sha256:\u2026`." }, "requireExplicit": { "type": "boolean", "default": false, "description": "Warn when the Postgres image is not written in the manifest, so the operator\u2019s default (which changes with operator upgrades) runs." }, "roles": { "type": "array", "items": { "enum": ["postgres", "backup", "pooler", "exporter", "sidecar", "init", "other"] }, "description": "Which images to check (default: all)." } }, "additionalProperties": false }, "backup-schedule": { "type": "object", "description": "Backup schedules are valid in the operator\u2019s own cron dialect and mean what they look like; full backups run often enough; retention is set. Docs: https://github.com/pgwarden/pgwarden/blob/main/docs/rules/backup-schedule.md", "properties": { "severity": { "enum": ["error", "warning", "info", "off"], "description": "Default: error." }, "mutate": { "type": "boolean", "description": "Webhook: apply this rule\u2019s safe fixes as a mutation." }, "maxFullInterval": { "type": "string", "pattern": "^\\d+(\\.\\d+)?\\s*[wdhm]$", "default": "7d", "description": "Longest allowed time between two full backups (`7d`, `36h`, `2w`)." }, "requireSchedule": { "type": "boolean", "default": true, "description": "Warn when a cluster has no backup schedule." }, "requireRetention": { "type": "boolean", "default": true, "description": "Warn when backups have no retention." } }, "additionalProperties": false }, "password-reset": { "type": "object", "description": "No empty or missing Postgres passwords and no trust authentication; a blanked PGO v5 user password is reported as the reset it is. Docs: https://github.com/pgwarden/pgwarden/blob/main/docs/rules/password-reset.md", "properties": { "severity": { "enum": ["error", "warning", "info", "off"], "description": "Default: error." }, "mutate": { "type": "boolean", "description": "Webhook: apply this rule\u2019s safe fixes as a mutation." } }, "additionalProperties": false }, "invalid-manifest": { "type": "object", "description": "A Postgres manifest of a known kind is malformed (wrong type, missing required field, a combination its operator rejects): the operator would reject or misread it. Docs: https://github.com/pgwarden/pgwarden/blob/main/docs/rules/invalid-manifest.md", "properties": { "severity": { "enum": ["error", "warning", "info", "off"], "description": "Default: error." }, "mutate": { "type": "boolean", "description": "Webhook: apply this rule\u2019s safe fixes as a mutation." } }, "additionalProperties": false }, "unknown-field": { "type": "object", "description": "A field of a Postgres object that its operator's CRD does not define: the apiserver drops it silently, so the setting never takes effect. Docs: https://github.com/pgwarden/pgwarden/blob/main/docs/rules/unknown-field.md", "properties": { "severity": { "enum": ["error", "warning", "info", "off"], "description": "Default: error." }, "mutate": { "type": "boolean", "description": "Webhook: apply this rule\u2019s safe fixes as a mutation." } }, "additionalProperties": false }, "cluster-removed": { "type": "object", "description": "A Postgres cluster present at the base is removed in this change: with prune on, merging deletes it (and, depending on the operator, its data). Docs: https://github.com/pgwarden/pgwarden/blob/main/docs/rules/cluster-removed.md", "properties": { "severity": { "enum": ["error", "warning", "info", "off"], "description": "Default: error." }, "mutate": { "type": "boolean", "description": "Webhook: apply this rule\u2019s safe fixes as a mutation." } }, "additionalProperties": false }, "storage-shrink": { "type": "object", "description": "A data or WAL volume's requested size decreased: volumes cannot shrink. Docs: https://github.com/pgwarden/pgwarden/blob/main/docs/rules/storage-shrink.md", "properties": { "severity": { "enum": ["error", "warning", "info", "off"], "description": "Default: error." }, "mutate": { "type": "boolean", "description": "Webhook: apply this rule\u2019s safe fixes as a mutation." } }, "additionalProperties": false }, "storage-class-change": { "type": "object", "description": "A storage class changed on a running cluster: existing volumes keep their class, or the operator refuses the change. Docs: https://github.com/pgwarden/pgwarden/blob/main/docs/rules/storage-class-change.md", "properties": { "severity": { "enum": ["error", "warning", "info", "off"], "description": "Default: warning." }, "mutate": { "type": "boolean", "description": "Webhook: apply this rule\u2019s safe fixes as a mutation." } }, "additionalProperties": false }, "major-upgrade": { "type": "object", "description": "A Postgres major version change without the operator's upgrade path (info with the steps left when the path is there). Docs: https://github.com/pgwarden/pgwarden/blob/main/docs/rules/major-upgrade.md", "properties": { "severity": { "enum": ["error", "warning", "info", "off"], "description": "Default: error." }, "mutate": { "type": "boolean", "description": "Webhook: apply this rule\u2019s safe fixes as a mutation." } }, "additionalProperties": false }, "immutable-field": { "type": "object", "description": "A field the operator reads only at creation or refuses to change on a running cluster was changed. Docs: https://github.com/pgwarden/pgwarden/blob/main/docs/rules/immutable-field.md", "properties": { "severity": { "enum": ["error", "warning", "info", "off"], "description": "Default: error." }, "mutate": { "type": "boolean", "description": "Webhook: apply this rule\u2019s safe fixes as a mutation." } }, "additionalProperties": false }, "backup-removed": { "type": "object", "description": "Backups removed in this change: the backup configuration, a schedule, or a retention removed or lowered. Docs: https://github.com/pgwarden/pgwarden/blob/main/docs/rules/backup-removed.md", "properties": { "severity": { "enum": ["error", "warning", "info", "off"], "description": "Default: warning." }, "mutate": { "type": "boolean", "description": "Webhook: apply this rule\u2019s safe fixes as a mutation." } }, "additionalProperties": false }, "ignore-annotation": { "type": "object", "description": "An `ignore.pgwarden.io/<rule-id>` annotation gives a reason and names a known rule (an ignore without a reason hides a problem from reviewers). Docs: https://github.com/pgwarden/pgwarden/blob/main/docs/rules/ignore-annotation.md", "properties": { "severity": { "enum": ["error", "warning", "info", "off"], "description": "Default: warning." }, "mutate": { "type": "boolean", "description": "Webhook: apply this rule\u2019s safe fixes as a mutation." } }, "additionalProperties": false } }, "additionalProperties": false } }, "additionalProperties": false } }, "additionalProperties": false };
var func2 = __ajvRuntime0.default;
var func5 = Object.prototype.hasOwnProperty;
var pattern0 = new RegExp("^\\d+(\\.\\d+)?\\s*[wdhm]$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.metadata === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.spec === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      if ("pgwarden.io/v1alpha1" !== data.apiVersion) {
        const err5 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "pgwarden.io/v1alpha1" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      if ("PostgresPolicy" !== data.kind) {
        const err6 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "PostgresPolicy" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      let data2 = data.metadata;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.name === void 0) {
          const err7 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        for (const key1 in data2) {
          if (!(key1 === "name" || key1 === "labels" || key1 === "annotations")) {
            const err8 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data2.name !== void 0) {
          let data3 = data2.name;
          if (typeof data3 === "string") {
            if (func2(data3) < 1) {
              const err9 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data2.labels !== void 0) {
          let data4 = data2.labels;
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            for (const key2 in data4) {
              if (typeof data4[key2] !== "string") {
                const err11 = { instancePath: instancePath + "/metadata/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metadata/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
          } else {
            const err12 = { instancePath: instancePath + "/metadata/labels", schemaPath: "#/properties/metadata/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data2.annotations !== void 0) {
          let data6 = data2.annotations;
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            for (const key3 in data6) {
              if (typeof data6[key3] !== "string") {
                const err13 = { instancePath: instancePath + "/metadata/annotations/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metadata/properties/annotations/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
          } else {
            const err14 = { instancePath: instancePath + "/metadata/annotations", schemaPath: "#/properties/metadata/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.spec !== void 0) {
      let data8 = data.spec;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        for (const key4 in data8) {
          if (!(key4 === "mode" || key4 === "extends" || key4 === "match" || key4 === "rules")) {
            const err16 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data8.mode !== void 0) {
          let data9 = data8.mode;
          if (!(data9 === "enforce" || data9 === "audit")) {
            const err17 = { instancePath: instancePath + "/spec/mode", schemaPath: "#/properties/spec/properties/mode/enum", keyword: "enum", params: { allowedValues: schema11.properties.spec.properties.mode.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data8.extends !== void 0) {
          let data10 = data8.extends;
          if (!(data10 === "recommended" || data10 === "none")) {
            const err18 = { instancePath: instancePath + "/spec/extends", schemaPath: "#/properties/spec/properties/extends/enum", keyword: "enum", params: { allowedValues: schema11.properties.spec.properties.extends.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data8.match !== void 0) {
          let data11 = data8.match;
          if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
            for (const key5 in data11) {
              if (!(key5 === "namespaces" || key5 === "labels" || key5 === "files")) {
                const err19 = { instancePath: instancePath + "/spec/match", schemaPath: "#/properties/spec/properties/match/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data11.namespaces !== void 0) {
              let data12 = data11.namespaces;
              if (Array.isArray(data12)) {
                const len0 = data12.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data13 = data12[i0];
                  if (typeof data13 === "string") {
                    if (func2(data13) < 1) {
                      const err20 = { instancePath: instancePath + "/spec/match/namespaces/" + i0, schemaPath: "#/properties/spec/properties/match/properties/namespaces/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err20];
                      } else {
                        vErrors.push(err20);
                      }
                      errors++;
                    }
                  } else {
                    const err21 = { instancePath: instancePath + "/spec/match/namespaces/" + i0, schemaPath: "#/properties/spec/properties/match/properties/namespaces/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err21];
                    } else {
                      vErrors.push(err21);
                    }
                    errors++;
                  }
                }
              } else {
                const err22 = { instancePath: instancePath + "/spec/match/namespaces", schemaPath: "#/properties/spec/properties/match/properties/namespaces/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data11.labels !== void 0) {
              let data14 = data11.labels;
              if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                for (const key6 in data14) {
                  if (typeof data14[key6] !== "string") {
                    const err23 = { instancePath: instancePath + "/spec/match/labels/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/match/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err23];
                    } else {
                      vErrors.push(err23);
                    }
                    errors++;
                  }
                }
              } else {
                const err24 = { instancePath: instancePath + "/spec/match/labels", schemaPath: "#/properties/spec/properties/match/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data11.files !== void 0) {
              let data16 = data11.files;
              if (Array.isArray(data16)) {
                const len1 = data16.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data17 = data16[i1];
                  if (typeof data17 === "string") {
                    if (func2(data17) < 1) {
                      const err25 = { instancePath: instancePath + "/spec/match/files/" + i1, schemaPath: "#/properties/spec/properties/match/properties/files/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err25];
                      } else {
                        vErrors.push(err25);
                      }
                      errors++;
                    }
                  } else {
                    const err26 = { instancePath: instancePath + "/spec/match/files/" + i1, schemaPath: "#/properties/spec/properties/match/properties/files/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err26];
                    } else {
                      vErrors.push(err26);
                    }
                    errors++;
                  }
                }
              } else {
                const err27 = { instancePath: instancePath + "/spec/match/files", schemaPath: "#/properties/spec/properties/match/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
          } else {
            const err28 = { instancePath: instancePath + "/spec/match", schemaPath: "#/properties/spec/properties/match/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data8.rules !== void 0) {
          let data18 = data8.rules;
          if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
            for (const key7 in data18) {
              if (!func5.call(schema11.properties.spec.properties.rules.properties, key7)) {
                const err29 = { instancePath: instancePath + "/spec/rules", schemaPath: "#/properties/spec/properties/rules/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            if (data18["storage-class"] !== void 0) {
              let data19 = data18["storage-class"];
              if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                for (const key8 in data19) {
                  if (!(key8 === "severity" || key8 === "mutate" || key8 === "allowed" || key8 === "default" || key8 === "requireExplicit")) {
                    const err30 = { instancePath: instancePath + "/spec/rules/storage-class", schemaPath: "#/properties/spec/properties/rules/properties/storage-class/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err30];
                    } else {
                      vErrors.push(err30);
                    }
                    errors++;
                  }
                }
                if (data19.severity !== void 0) {
                  let data20 = data19.severity;
                  if (!(data20 === "error" || data20 === "warning" || data20 === "info" || data20 === "off")) {
                    const err31 = { instancePath: instancePath + "/spec/rules/storage-class/severity", schemaPath: "#/properties/spec/properties/rules/properties/storage-class/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.spec.properties.rules.properties["storage-class"].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err31];
                    } else {
                      vErrors.push(err31);
                    }
                    errors++;
                  }
                }
                if (data19.mutate !== void 0) {
                  if (typeof data19.mutate !== "boolean") {
                    const err32 = { instancePath: instancePath + "/spec/rules/storage-class/mutate", schemaPath: "#/properties/spec/properties/rules/properties/storage-class/properties/mutate/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err32];
                    } else {
                      vErrors.push(err32);
                    }
                    errors++;
                  }
                }
                if (data19.allowed !== void 0) {
                  let data22 = data19.allowed;
                  if (Array.isArray(data22)) {
                    const len2 = data22.length;
                    for (let i2 = 0; i2 < len2; i2++) {
                      let data23 = data22[i2];
                      if (typeof data23 === "string") {
                        if (func2(data23) < 1) {
                          const err33 = { instancePath: instancePath + "/spec/rules/storage-class/allowed/" + i2, schemaPath: "#/properties/spec/properties/rules/properties/storage-class/properties/allowed/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                          if (vErrors === null) {
                            vErrors = [err33];
                          } else {
                            vErrors.push(err33);
                          }
                          errors++;
                        }
                      } else {
                        const err34 = { instancePath: instancePath + "/spec/rules/storage-class/allowed/" + i2, schemaPath: "#/properties/spec/properties/rules/properties/storage-class/properties/allowed/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err34];
                        } else {
                          vErrors.push(err34);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err35 = { instancePath: instancePath + "/spec/rules/storage-class/allowed", schemaPath: "#/properties/spec/properties/rules/properties/storage-class/properties/allowed/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err35];
                    } else {
                      vErrors.push(err35);
                    }
                    errors++;
                  }
                }
                if (data19.default !== void 0) {
                  let data24 = data19.default;
                  if (typeof data24 === "string") {
                    if (func2(data24) < 1) {
                      const err36 = { instancePath: instancePath + "/spec/rules/storage-class/default", schemaPath: "#/properties/spec/properties/rules/properties/storage-class/properties/default/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err36];
                      } else {
                        vErrors.push(err36);
                      }
                      errors++;
                    }
                  } else {
                    const err37 = { instancePath: instancePath + "/spec/rules/storage-class/default", schemaPath: "#/properties/spec/properties/rules/properties/storage-class/properties/default/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err37];
                    } else {
                      vErrors.push(err37);
                    }
                    errors++;
                  }
                }
                if (data19.requireExplicit !== void 0) {
                  if (typeof data19.requireExplicit !== "boolean") {
                    const err38 = { instancePath: instancePath + "/spec/rules/storage-class/requireExplicit", schemaPath: "#/properties/spec/properties/rules/properties/storage-class/properties/requireExplicit/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err38];
                    } else {
                      vErrors.push(err38);
                    }
                    errors++;
                  }
                }
              } else {
                const err39 = { instancePath: instancePath + "/spec/rules/storage-class", schemaPath: "#/properties/spec/properties/rules/properties/storage-class/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data18["anti-affinity"] !== void 0) {
              let data26 = data18["anti-affinity"];
              if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                for (const key9 in data26) {
                  if (!(key9 === "severity" || key9 === "mutate" || key9 === "requireHard" || key9 === "topologyKey")) {
                    const err40 = { instancePath: instancePath + "/spec/rules/anti-affinity", schemaPath: "#/properties/spec/properties/rules/properties/anti-affinity/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err40];
                    } else {
                      vErrors.push(err40);
                    }
                    errors++;
                  }
                }
                if (data26.severity !== void 0) {
                  let data27 = data26.severity;
                  if (!(data27 === "error" || data27 === "warning" || data27 === "info" || data27 === "off")) {
                    const err41 = { instancePath: instancePath + "/spec/rules/anti-affinity/severity", schemaPath: "#/properties/spec/properties/rules/properties/anti-affinity/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.spec.properties.rules.properties["anti-affinity"].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err41];
                    } else {
                      vErrors.push(err41);
                    }
                    errors++;
                  }
                }
                if (data26.mutate !== void 0) {
                  if (typeof data26.mutate !== "boolean") {
                    const err42 = { instancePath: instancePath + "/spec/rules/anti-affinity/mutate", schemaPath: "#/properties/spec/properties/rules/properties/anti-affinity/properties/mutate/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err42];
                    } else {
                      vErrors.push(err42);
                    }
                    errors++;
                  }
                }
                if (data26.requireHard !== void 0) {
                  if (typeof data26.requireHard !== "boolean") {
                    const err43 = { instancePath: instancePath + "/spec/rules/anti-affinity/requireHard", schemaPath: "#/properties/spec/properties/rules/properties/anti-affinity/properties/requireHard/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err43];
                    } else {
                      vErrors.push(err43);
                    }
                    errors++;
                  }
                }
                if (data26.topologyKey !== void 0) {
                  let data30 = data26.topologyKey;
                  if (typeof data30 === "string") {
                    if (func2(data30) < 1) {
                      const err44 = { instancePath: instancePath + "/spec/rules/anti-affinity/topologyKey", schemaPath: "#/properties/spec/properties/rules/properties/anti-affinity/properties/topologyKey/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err44];
                      } else {
                        vErrors.push(err44);
                      }
                      errors++;
                    }
                  } else {
                    const err45 = { instancePath: instancePath + "/spec/rules/anti-affinity/topologyKey", schemaPath: "#/properties/spec/properties/rules/properties/anti-affinity/properties/topologyKey/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err45];
                    } else {
                      vErrors.push(err45);
                    }
                    errors++;
                  }
                }
              } else {
                const err46 = { instancePath: instancePath + "/spec/rules/anti-affinity", schemaPath: "#/properties/spec/properties/rules/properties/anti-affinity/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
            if (data18.replicas !== void 0) {
              let data31 = data18.replicas;
              if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
                for (const key10 in data31) {
                  if (!(key10 === "severity" || key10 === "mutate" || key10 === "min" || key10 === "max")) {
                    const err47 = { instancePath: instancePath + "/spec/rules/replicas", schemaPath: "#/properties/spec/properties/rules/properties/replicas/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err47];
                    } else {
                      vErrors.push(err47);
                    }
                    errors++;
                  }
                }
                if (data31.severity !== void 0) {
                  let data32 = data31.severity;
                  if (!(data32 === "error" || data32 === "warning" || data32 === "info" || data32 === "off")) {
                    const err48 = { instancePath: instancePath + "/spec/rules/replicas/severity", schemaPath: "#/properties/spec/properties/rules/properties/replicas/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.spec.properties.rules.properties.replicas.properties.severity.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err48];
                    } else {
                      vErrors.push(err48);
                    }
                    errors++;
                  }
                }
                if (data31.mutate !== void 0) {
                  if (typeof data31.mutate !== "boolean") {
                    const err49 = { instancePath: instancePath + "/spec/rules/replicas/mutate", schemaPath: "#/properties/spec/properties/rules/properties/replicas/properties/mutate/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err49];
                    } else {
                      vErrors.push(err49);
                    }
                    errors++;
                  }
                }
                if (data31.min !== void 0) {
                  let data34 = data31.min;
                  if (!(typeof data34 == "number" && (!(data34 % 1) && !isNaN(data34)))) {
                    const err50 = { instancePath: instancePath + "/spec/rules/replicas/min", schemaPath: "#/properties/spec/properties/rules/properties/replicas/properties/min/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err50];
                    } else {
                      vErrors.push(err50);
                    }
                    errors++;
                  }
                  if (typeof data34 == "number") {
                    if (data34 < 0 || isNaN(data34)) {
                      const err51 = { instancePath: instancePath + "/spec/rules/replicas/min", schemaPath: "#/properties/spec/properties/rules/properties/replicas/properties/min/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err51];
                      } else {
                        vErrors.push(err51);
                      }
                      errors++;
                    }
                  }
                }
                if (data31.max !== void 0) {
                  let data35 = data31.max;
                  if (!(typeof data35 == "number" && (!(data35 % 1) && !isNaN(data35)))) {
                    const err52 = { instancePath: instancePath + "/spec/rules/replicas/max", schemaPath: "#/properties/spec/properties/rules/properties/replicas/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err52];
                    } else {
                      vErrors.push(err52);
                    }
                    errors++;
                  }
                  if (typeof data35 == "number") {
                    if (data35 < 1 || isNaN(data35)) {
                      const err53 = { instancePath: instancePath + "/spec/rules/replicas/max", schemaPath: "#/properties/spec/properties/rules/properties/replicas/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                      if (vErrors === null) {
                        vErrors = [err53];
                      } else {
                        vErrors.push(err53);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err54 = { instancePath: instancePath + "/spec/rules/replicas", schemaPath: "#/properties/spec/properties/rules/properties/replicas/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            }
            if (data18["image-tag"] !== void 0) {
              let data36 = data18["image-tag"];
              if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                for (const key11 in data36) {
                  if (!(key11 === "severity" || key11 === "mutate" || key11 === "requireDigest" || key11 === "allowedRegistries" || key11 === "pinned" || key11 === "requireExplicit" || key11 === "roles")) {
                    const err55 = { instancePath: instancePath + "/spec/rules/image-tag", schemaPath: "#/properties/spec/properties/rules/properties/image-tag/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err55];
                    } else {
                      vErrors.push(err55);
                    }
                    errors++;
                  }
                }
                if (data36.severity !== void 0) {
                  let data37 = data36.severity;
                  if (!(data37 === "error" || data37 === "warning" || data37 === "info" || data37 === "off")) {
                    const err56 = { instancePath: instancePath + "/spec/rules/image-tag/severity", schemaPath: "#/properties/spec/properties/rules/properties/image-tag/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.spec.properties.rules.properties["image-tag"].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err56];
                    } else {
                      vErrors.push(err56);
                    }
                    errors++;
                  }
                }
                if (data36.mutate !== void 0) {
                  if (typeof data36.mutate !== "boolean") {
                    const err57 = { instancePath: instancePath + "/spec/rules/image-tag/mutate", schemaPath: "#/properties/spec/properties/rules/properties/image-tag/properties/mutate/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err57];
                    } else {
                      vErrors.push(err57);
                    }
                    errors++;
                  }
                }
                if (data36.requireDigest !== void 0) {
                  if (typeof data36.requireDigest !== "boolean") {
                    const err58 = { instancePath: instancePath + "/spec/rules/image-tag/requireDigest", schemaPath: "#/properties/spec/properties/rules/properties/image-tag/properties/requireDigest/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err58];
                    } else {
                      vErrors.push(err58);
                    }
                    errors++;
                  }
                }
                if (data36.allowedRegistries !== void 0) {
                  let data40 = data36.allowedRegistries;
                  if (Array.isArray(data40)) {
                    const len3 = data40.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                      let data41 = data40[i3];
                      if (typeof data41 === "string") {
                        if (func2(data41) < 1) {
                          const err59 = { instancePath: instancePath + "/spec/rules/image-tag/allowedRegistries/" + i3, schemaPath: "#/properties/spec/properties/rules/properties/image-tag/properties/allowedRegistries/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                          if (vErrors === null) {
                            vErrors = [err59];
                          } else {
                            vErrors.push(err59);
                          }
                          errors++;
                        }
                      } else {
                        const err60 = { instancePath: instancePath + "/spec/rules/image-tag/allowedRegistries/" + i3, schemaPath: "#/properties/spec/properties/rules/properties/image-tag/properties/allowedRegistries/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err60];
                        } else {
                          vErrors.push(err60);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err61 = { instancePath: instancePath + "/spec/rules/image-tag/allowedRegistries", schemaPath: "#/properties/spec/properties/rules/properties/image-tag/properties/allowedRegistries/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err61];
                    } else {
                      vErrors.push(err61);
                    }
                    errors++;
                  }
                }
                if (data36.pinned !== void 0) {
                  let data42 = data36.pinned;
                  if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
                    for (const key12 in data42) {
                      let data43 = data42[key12];
                      if (typeof data43 === "string") {
                        if (func2(data43) < 1) {
                          const err62 = { instancePath: instancePath + "/spec/rules/image-tag/pinned/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/rules/properties/image-tag/properties/pinned/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                          if (vErrors === null) {
                            vErrors = [err62];
                          } else {
                            vErrors.push(err62);
                          }
                          errors++;
                        }
                      } else {
                        const err63 = { instancePath: instancePath + "/spec/rules/image-tag/pinned/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/rules/properties/image-tag/properties/pinned/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err63];
                        } else {
                          vErrors.push(err63);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err64 = { instancePath: instancePath + "/spec/rules/image-tag/pinned", schemaPath: "#/properties/spec/properties/rules/properties/image-tag/properties/pinned/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err64];
                    } else {
                      vErrors.push(err64);
                    }
                    errors++;
                  }
                }
                if (data36.requireExplicit !== void 0) {
                  if (typeof data36.requireExplicit !== "boolean") {
                    const err65 = { instancePath: instancePath + "/spec/rules/image-tag/requireExplicit", schemaPath: "#/properties/spec/properties/rules/properties/image-tag/properties/requireExplicit/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err65];
                    } else {
                      vErrors.push(err65);
                    }
                    errors++;
                  }
                }
                if (data36.roles !== void 0) {
                  let data45 = data36.roles;
                  if (Array.isArray(data45)) {
                    const len4 = data45.length;
                    for (let i4 = 0; i4 < len4; i4++) {
                      let data46 = data45[i4];
                      if (!(data46 === "postgres" || data46 === "backup" || data46 === "pooler" || data46 === "exporter" || data46 === "sidecar" || data46 === "init" || data46 === "other")) {
                        const err66 = { instancePath: instancePath + "/spec/rules/image-tag/roles/" + i4, schemaPath: "#/properties/spec/properties/rules/properties/image-tag/properties/roles/items/enum", keyword: "enum", params: { allowedValues: schema11.properties.spec.properties.rules.properties["image-tag"].properties.roles.items.enum }, message: "must be equal to one of the allowed values" };
                        if (vErrors === null) {
                          vErrors = [err66];
                        } else {
                          vErrors.push(err66);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err67 = { instancePath: instancePath + "/spec/rules/image-tag/roles", schemaPath: "#/properties/spec/properties/rules/properties/image-tag/properties/roles/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err67];
                    } else {
                      vErrors.push(err67);
                    }
                    errors++;
                  }
                }
              } else {
                const err68 = { instancePath: instancePath + "/spec/rules/image-tag", schemaPath: "#/properties/spec/properties/rules/properties/image-tag/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
            }
            if (data18["backup-schedule"] !== void 0) {
              let data47 = data18["backup-schedule"];
              if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
                for (const key13 in data47) {
                  if (!(key13 === "severity" || key13 === "mutate" || key13 === "maxFullInterval" || key13 === "requireSchedule" || key13 === "requireRetention")) {
                    const err69 = { instancePath: instancePath + "/spec/rules/backup-schedule", schemaPath: "#/properties/spec/properties/rules/properties/backup-schedule/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err69];
                    } else {
                      vErrors.push(err69);
                    }
                    errors++;
                  }
                }
                if (data47.severity !== void 0) {
                  let data48 = data47.severity;
                  if (!(data48 === "error" || data48 === "warning" || data48 === "info" || data48 === "off")) {
                    const err70 = { instancePath: instancePath + "/spec/rules/backup-schedule/severity", schemaPath: "#/properties/spec/properties/rules/properties/backup-schedule/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.spec.properties.rules.properties["backup-schedule"].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err70];
                    } else {
                      vErrors.push(err70);
                    }
                    errors++;
                  }
                }
                if (data47.mutate !== void 0) {
                  if (typeof data47.mutate !== "boolean") {
                    const err71 = { instancePath: instancePath + "/spec/rules/backup-schedule/mutate", schemaPath: "#/properties/spec/properties/rules/properties/backup-schedule/properties/mutate/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err71];
                    } else {
                      vErrors.push(err71);
                    }
                    errors++;
                  }
                }
                if (data47.maxFullInterval !== void 0) {
                  let data50 = data47.maxFullInterval;
                  if (typeof data50 === "string") {
                    if (!pattern0.test(data50)) {
                      const err72 = { instancePath: instancePath + "/spec/rules/backup-schedule/maxFullInterval", schemaPath: "#/properties/spec/properties/rules/properties/backup-schedule/properties/maxFullInterval/pattern", keyword: "pattern", params: { pattern: "^\\d+(\\.\\d+)?\\s*[wdhm]$" }, message: 'must match pattern "^\\d+(\\.\\d+)?\\s*[wdhm]$"' };
                      if (vErrors === null) {
                        vErrors = [err72];
                      } else {
                        vErrors.push(err72);
                      }
                      errors++;
                    }
                  } else {
                    const err73 = { instancePath: instancePath + "/spec/rules/backup-schedule/maxFullInterval", schemaPath: "#/properties/spec/properties/rules/properties/backup-schedule/properties/maxFullInterval/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err73];
                    } else {
                      vErrors.push(err73);
                    }
                    errors++;
                  }
                }
                if (data47.requireSchedule !== void 0) {
                  if (typeof data47.requireSchedule !== "boolean") {
                    const err74 = { instancePath: instancePath + "/spec/rules/backup-schedule/requireSchedule", schemaPath: "#/properties/spec/properties/rules/properties/backup-schedule/properties/requireSchedule/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err74];
                    } else {
                      vErrors.push(err74);
                    }
                    errors++;
                  }
                }
                if (data47.requireRetention !== void 0) {
                  if (typeof data47.requireRetention !== "boolean") {
                    const err75 = { instancePath: instancePath + "/spec/rules/backup-schedule/requireRetention", schemaPath: "#/properties/spec/properties/rules/properties/backup-schedule/properties/requireRetention/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err75];
                    } else {
                      vErrors.push(err75);
                    }
                    errors++;
                  }
                }
              } else {
                const err76 = { instancePath: instancePath + "/spec/rules/backup-schedule", schemaPath: "#/properties/spec/properties/rules/properties/backup-schedule/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
              }
            }
            if (data18["password-reset"] !== void 0) {
              let data53 = data18["password-reset"];
              if (data53 && typeof data53 == "object" && !Array.isArray(data53)) {
                for (const key14 in data53) {
                  if (!(key14 === "severity" || key14 === "mutate")) {
                    const err77 = { instancePath: instancePath + "/spec/rules/password-reset", schemaPath: "#/properties/spec/properties/rules/properties/password-reset/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err77];
                    } else {
                      vErrors.push(err77);
                    }
                    errors++;
                  }
                }
                if (data53.severity !== void 0) {
                  let data54 = data53.severity;
                  if (!(data54 === "error" || data54 === "warning" || data54 === "info" || data54 === "off")) {
                    const err78 = { instancePath: instancePath + "/spec/rules/password-reset/severity", schemaPath: "#/properties/spec/properties/rules/properties/password-reset/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.spec.properties.rules.properties["password-reset"].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err78];
                    } else {
                      vErrors.push(err78);
                    }
                    errors++;
                  }
                }
                if (data53.mutate !== void 0) {
                  if (typeof data53.mutate !== "boolean") {
                    const err79 = { instancePath: instancePath + "/spec/rules/password-reset/mutate", schemaPath: "#/properties/spec/properties/rules/properties/password-reset/properties/mutate/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err79];
                    } else {
                      vErrors.push(err79);
                    }
                    errors++;
                  }
                }
              } else {
                const err80 = { instancePath: instancePath + "/spec/rules/password-reset", schemaPath: "#/properties/spec/properties/rules/properties/password-reset/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
            }
            if (data18["invalid-manifest"] !== void 0) {
              let data56 = data18["invalid-manifest"];
              if (data56 && typeof data56 == "object" && !Array.isArray(data56)) {
                for (const key15 in data56) {
                  if (!(key15 === "severity" || key15 === "mutate")) {
                    const err81 = { instancePath: instancePath + "/spec/rules/invalid-manifest", schemaPath: "#/properties/spec/properties/rules/properties/invalid-manifest/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err81];
                    } else {
                      vErrors.push(err81);
                    }
                    errors++;
                  }
                }
                if (data56.severity !== void 0) {
                  let data57 = data56.severity;
                  if (!(data57 === "error" || data57 === "warning" || data57 === "info" || data57 === "off")) {
                    const err82 = { instancePath: instancePath + "/spec/rules/invalid-manifest/severity", schemaPath: "#/properties/spec/properties/rules/properties/invalid-manifest/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.spec.properties.rules.properties["invalid-manifest"].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err82];
                    } else {
                      vErrors.push(err82);
                    }
                    errors++;
                  }
                }
                if (data56.mutate !== void 0) {
                  if (typeof data56.mutate !== "boolean") {
                    const err83 = { instancePath: instancePath + "/spec/rules/invalid-manifest/mutate", schemaPath: "#/properties/spec/properties/rules/properties/invalid-manifest/properties/mutate/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err83];
                    } else {
                      vErrors.push(err83);
                    }
                    errors++;
                  }
                }
              } else {
                const err84 = { instancePath: instancePath + "/spec/rules/invalid-manifest", schemaPath: "#/properties/spec/properties/rules/properties/invalid-manifest/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err84];
                } else {
                  vErrors.push(err84);
                }
                errors++;
              }
            }
            if (data18["unknown-field"] !== void 0) {
              let data59 = data18["unknown-field"];
              if (data59 && typeof data59 == "object" && !Array.isArray(data59)) {
                for (const key16 in data59) {
                  if (!(key16 === "severity" || key16 === "mutate")) {
                    const err85 = { instancePath: instancePath + "/spec/rules/unknown-field", schemaPath: "#/properties/spec/properties/rules/properties/unknown-field/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err85];
                    } else {
                      vErrors.push(err85);
                    }
                    errors++;
                  }
                }
                if (data59.severity !== void 0) {
                  let data60 = data59.severity;
                  if (!(data60 === "error" || data60 === "warning" || data60 === "info" || data60 === "off")) {
                    const err86 = { instancePath: instancePath + "/spec/rules/unknown-field/severity", schemaPath: "#/properties/spec/properties/rules/properties/unknown-field/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.spec.properties.rules.properties["unknown-field"].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err86];
                    } else {
                      vErrors.push(err86);
                    }
                    errors++;
                  }
                }
                if (data59.mutate !== void 0) {
                  if (typeof data59.mutate !== "boolean") {
                    const err87 = { instancePath: instancePath + "/spec/rules/unknown-field/mutate", schemaPath: "#/properties/spec/properties/rules/properties/unknown-field/properties/mutate/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err87];
                    } else {
                      vErrors.push(err87);
                    }
                    errors++;
                  }
                }
              } else {
                const err88 = { instancePath: instancePath + "/spec/rules/unknown-field", schemaPath: "#/properties/spec/properties/rules/properties/unknown-field/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err88];
                } else {
                  vErrors.push(err88);
                }
                errors++;
              }
            }
            if (data18["cluster-removed"] !== void 0) {
              let data62 = data18["cluster-removed"];
              if (data62 && typeof data62 == "object" && !Array.isArray(data62)) {
                for (const key17 in data62) {
                  if (!(key17 === "severity" || key17 === "mutate")) {
                    const err89 = { instancePath: instancePath + "/spec/rules/cluster-removed", schemaPath: "#/properties/spec/properties/rules/properties/cluster-removed/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err89];
                    } else {
                      vErrors.push(err89);
                    }
                    errors++;
                  }
                }
                if (data62.severity !== void 0) {
                  let data63 = data62.severity;
                  if (!(data63 === "error" || data63 === "warning" || data63 === "info" || data63 === "off")) {
                    const err90 = { instancePath: instancePath + "/spec/rules/cluster-removed/severity", schemaPath: "#/properties/spec/properties/rules/properties/cluster-removed/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.spec.properties.rules.properties["cluster-removed"].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err90];
                    } else {
                      vErrors.push(err90);
                    }
                    errors++;
                  }
                }
                if (data62.mutate !== void 0) {
                  if (typeof data62.mutate !== "boolean") {
                    const err91 = { instancePath: instancePath + "/spec/rules/cluster-removed/mutate", schemaPath: "#/properties/spec/properties/rules/properties/cluster-removed/properties/mutate/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err91];
                    } else {
                      vErrors.push(err91);
                    }
                    errors++;
                  }
                }
              } else {
                const err92 = { instancePath: instancePath + "/spec/rules/cluster-removed", schemaPath: "#/properties/spec/properties/rules/properties/cluster-removed/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err92];
                } else {
                  vErrors.push(err92);
                }
                errors++;
              }
            }
            if (data18["storage-shrink"] !== void 0) {
              let data65 = data18["storage-shrink"];
              if (data65 && typeof data65 == "object" && !Array.isArray(data65)) {
                for (const key18 in data65) {
                  if (!(key18 === "severity" || key18 === "mutate")) {
                    const err93 = { instancePath: instancePath + "/spec/rules/storage-shrink", schemaPath: "#/properties/spec/properties/rules/properties/storage-shrink/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err93];
                    } else {
                      vErrors.push(err93);
                    }
                    errors++;
                  }
                }
                if (data65.severity !== void 0) {
                  let data66 = data65.severity;
                  if (!(data66 === "error" || data66 === "warning" || data66 === "info" || data66 === "off")) {
                    const err94 = { instancePath: instancePath + "/spec/rules/storage-shrink/severity", schemaPath: "#/properties/spec/properties/rules/properties/storage-shrink/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.spec.properties.rules.properties["storage-shrink"].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err94];
                    } else {
                      vErrors.push(err94);
                    }
                    errors++;
                  }
                }
                if (data65.mutate !== void 0) {
                  if (typeof data65.mutate !== "boolean") {
                    const err95 = { instancePath: instancePath + "/spec/rules/storage-shrink/mutate", schemaPath: "#/properties/spec/properties/rules/properties/storage-shrink/properties/mutate/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err95];
                    } else {
                      vErrors.push(err95);
                    }
                    errors++;
                  }
                }
              } else {
                const err96 = { instancePath: instancePath + "/spec/rules/storage-shrink", schemaPath: "#/properties/spec/properties/rules/properties/storage-shrink/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err96];
                } else {
                  vErrors.push(err96);
                }
                errors++;
              }
            }
            if (data18["storage-class-change"] !== void 0) {
              let data68 = data18["storage-class-change"];
              if (data68 && typeof data68 == "object" && !Array.isArray(data68)) {
                for (const key19 in data68) {
                  if (!(key19 === "severity" || key19 === "mutate")) {
                    const err97 = { instancePath: instancePath + "/spec/rules/storage-class-change", schemaPath: "#/properties/spec/properties/rules/properties/storage-class-change/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err97];
                    } else {
                      vErrors.push(err97);
                    }
                    errors++;
                  }
                }
                if (data68.severity !== void 0) {
                  let data69 = data68.severity;
                  if (!(data69 === "error" || data69 === "warning" || data69 === "info" || data69 === "off")) {
                    const err98 = { instancePath: instancePath + "/spec/rules/storage-class-change/severity", schemaPath: "#/properties/spec/properties/rules/properties/storage-class-change/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.spec.properties.rules.properties["storage-class-change"].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err98];
                    } else {
                      vErrors.push(err98);
                    }
                    errors++;
                  }
                }
                if (data68.mutate !== void 0) {
                  if (typeof data68.mutate !== "boolean") {
                    const err99 = { instancePath: instancePath + "/spec/rules/storage-class-change/mutate", schemaPath: "#/properties/spec/properties/rules/properties/storage-class-change/properties/mutate/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err99];
                    } else {
                      vErrors.push(err99);
                    }
                    errors++;
                  }
                }
              } else {
                const err100 = { instancePath: instancePath + "/spec/rules/storage-class-change", schemaPath: "#/properties/spec/properties/rules/properties/storage-class-change/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err100];
                } else {
                  vErrors.push(err100);
                }
                errors++;
              }
            }
            if (data18["major-upgrade"] !== void 0) {
              let data71 = data18["major-upgrade"];
              if (data71 && typeof data71 == "object" && !Array.isArray(data71)) {
                for (const key20 in data71) {
                  if (!(key20 === "severity" || key20 === "mutate")) {
                    const err101 = { instancePath: instancePath + "/spec/rules/major-upgrade", schemaPath: "#/properties/spec/properties/rules/properties/major-upgrade/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key20 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err101];
                    } else {
                      vErrors.push(err101);
                    }
                    errors++;
                  }
                }
                if (data71.severity !== void 0) {
                  let data72 = data71.severity;
                  if (!(data72 === "error" || data72 === "warning" || data72 === "info" || data72 === "off")) {
                    const err102 = { instancePath: instancePath + "/spec/rules/major-upgrade/severity", schemaPath: "#/properties/spec/properties/rules/properties/major-upgrade/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.spec.properties.rules.properties["major-upgrade"].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err102];
                    } else {
                      vErrors.push(err102);
                    }
                    errors++;
                  }
                }
                if (data71.mutate !== void 0) {
                  if (typeof data71.mutate !== "boolean") {
                    const err103 = { instancePath: instancePath + "/spec/rules/major-upgrade/mutate", schemaPath: "#/properties/spec/properties/rules/properties/major-upgrade/properties/mutate/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err103];
                    } else {
                      vErrors.push(err103);
                    }
                    errors++;
                  }
                }
              } else {
                const err104 = { instancePath: instancePath + "/spec/rules/major-upgrade", schemaPath: "#/properties/spec/properties/rules/properties/major-upgrade/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err104];
                } else {
                  vErrors.push(err104);
                }
                errors++;
              }
            }
            if (data18["immutable-field"] !== void 0) {
              let data74 = data18["immutable-field"];
              if (data74 && typeof data74 == "object" && !Array.isArray(data74)) {
                for (const key21 in data74) {
                  if (!(key21 === "severity" || key21 === "mutate")) {
                    const err105 = { instancePath: instancePath + "/spec/rules/immutable-field", schemaPath: "#/properties/spec/properties/rules/properties/immutable-field/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err105];
                    } else {
                      vErrors.push(err105);
                    }
                    errors++;
                  }
                }
                if (data74.severity !== void 0) {
                  let data75 = data74.severity;
                  if (!(data75 === "error" || data75 === "warning" || data75 === "info" || data75 === "off")) {
                    const err106 = { instancePath: instancePath + "/spec/rules/immutable-field/severity", schemaPath: "#/properties/spec/properties/rules/properties/immutable-field/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.spec.properties.rules.properties["immutable-field"].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err106];
                    } else {
                      vErrors.push(err106);
                    }
                    errors++;
                  }
                }
                if (data74.mutate !== void 0) {
                  if (typeof data74.mutate !== "boolean") {
                    const err107 = { instancePath: instancePath + "/spec/rules/immutable-field/mutate", schemaPath: "#/properties/spec/properties/rules/properties/immutable-field/properties/mutate/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err107];
                    } else {
                      vErrors.push(err107);
                    }
                    errors++;
                  }
                }
              } else {
                const err108 = { instancePath: instancePath + "/spec/rules/immutable-field", schemaPath: "#/properties/spec/properties/rules/properties/immutable-field/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err108];
                } else {
                  vErrors.push(err108);
                }
                errors++;
              }
            }
            if (data18["backup-removed"] !== void 0) {
              let data77 = data18["backup-removed"];
              if (data77 && typeof data77 == "object" && !Array.isArray(data77)) {
                for (const key22 in data77) {
                  if (!(key22 === "severity" || key22 === "mutate")) {
                    const err109 = { instancePath: instancePath + "/spec/rules/backup-removed", schemaPath: "#/properties/spec/properties/rules/properties/backup-removed/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key22 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err109];
                    } else {
                      vErrors.push(err109);
                    }
                    errors++;
                  }
                }
                if (data77.severity !== void 0) {
                  let data78 = data77.severity;
                  if (!(data78 === "error" || data78 === "warning" || data78 === "info" || data78 === "off")) {
                    const err110 = { instancePath: instancePath + "/spec/rules/backup-removed/severity", schemaPath: "#/properties/spec/properties/rules/properties/backup-removed/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.spec.properties.rules.properties["backup-removed"].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err110];
                    } else {
                      vErrors.push(err110);
                    }
                    errors++;
                  }
                }
                if (data77.mutate !== void 0) {
                  if (typeof data77.mutate !== "boolean") {
                    const err111 = { instancePath: instancePath + "/spec/rules/backup-removed/mutate", schemaPath: "#/properties/spec/properties/rules/properties/backup-removed/properties/mutate/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err111];
                    } else {
                      vErrors.push(err111);
                    }
                    errors++;
                  }
                }
              } else {
                const err112 = { instancePath: instancePath + "/spec/rules/backup-removed", schemaPath: "#/properties/spec/properties/rules/properties/backup-removed/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err112];
                } else {
                  vErrors.push(err112);
                }
                errors++;
              }
            }
            if (data18["ignore-annotation"] !== void 0) {
              let data80 = data18["ignore-annotation"];
              if (data80 && typeof data80 == "object" && !Array.isArray(data80)) {
                for (const key23 in data80) {
                  if (!(key23 === "severity" || key23 === "mutate")) {
                    const err113 = { instancePath: instancePath + "/spec/rules/ignore-annotation", schemaPath: "#/properties/spec/properties/rules/properties/ignore-annotation/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key23 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err113];
                    } else {
                      vErrors.push(err113);
                    }
                    errors++;
                  }
                }
                if (data80.severity !== void 0) {
                  let data81 = data80.severity;
                  if (!(data81 === "error" || data81 === "warning" || data81 === "info" || data81 === "off")) {
                    const err114 = { instancePath: instancePath + "/spec/rules/ignore-annotation/severity", schemaPath: "#/properties/spec/properties/rules/properties/ignore-annotation/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.spec.properties.rules.properties["ignore-annotation"].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err114];
                    } else {
                      vErrors.push(err114);
                    }
                    errors++;
                  }
                }
                if (data80.mutate !== void 0) {
                  if (typeof data80.mutate !== "boolean") {
                    const err115 = { instancePath: instancePath + "/spec/rules/ignore-annotation/mutate", schemaPath: "#/properties/spec/properties/rules/properties/ignore-annotation/properties/mutate/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err115];
                    } else {
                      vErrors.push(err115);
                    }
                    errors++;
                  }
                }
              } else {
                const err116 = { instancePath: instancePath + "/spec/rules/ignore-annotation", schemaPath: "#/properties/spec/properties/rules/properties/ignore-annotation/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err116];
                } else {
                  vErrors.push(err116);
                }
                errors++;
              }
            }
          } else {
            const err117 = { instancePath: instancePath + "/spec/rules", schemaPath: "#/properties/spec/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err117];
            } else {
              vErrors.push(err117);
            }
            errors++;
          }
        }
      } else {
        const err118 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err118];
        } else {
          vErrors.push(err118);
        }
        errors++;
      }
    }
  } else {
    const err119 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err119];
    } else {
      vErrors.push(err119);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// pgwarden-validators:pgwarden-validators:defaults
import __ajvRuntime02 from "ajv/dist/runtime/ucs2length.js";
var rule0 = validate102;
var func22 = __ajvRuntime02.default;
function validate102(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.requireExplicit === void 0) {
      data.requireExplicit = true;
    }
    for (const key0 in data) {
      if (!(key0 === "allowed" || key0 === "default" || key0 === "requireExplicit")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.allowed !== void 0) {
      let data0 = data.allowed;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === "string") {
            if (func22(data1) < 1) {
              const err1 = { instancePath: instancePath + "/allowed/" + i0, schemaPath: "#/properties/allowed/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
          } else {
            const err2 = { instancePath: instancePath + "/allowed/" + i0, schemaPath: "#/properties/allowed/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/allowed", schemaPath: "#/properties/allowed/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.default !== void 0) {
      let data2 = data.default;
      if (typeof data2 === "string") {
        if (func22(data2) < 1) {
          const err4 = { instancePath: instancePath + "/default", schemaPath: "#/properties/default/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/default", schemaPath: "#/properties/default/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (typeof data.requireExplicit !== "boolean") {
      const err6 = { instancePath: instancePath + "/requireExplicit", schemaPath: "#/properties/requireExplicit/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate102.errors = vErrors;
  return errors === 0;
}
var rule1 = validate11;
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.requireHard === void 0) {
      data.requireHard = false;
    }
    for (const key0 in data) {
      if (!(key0 === "requireHard" || key0 === "topologyKey")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (typeof data.requireHard !== "boolean") {
      const err1 = { instancePath: instancePath + "/requireHard", schemaPath: "#/properties/requireHard/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.topologyKey !== void 0) {
      let data1 = data.topologyKey;
      if (typeof data1 === "string") {
        if (func22(data1) < 1) {
          const err2 = { instancePath: instancePath + "/topologyKey", schemaPath: "#/properties/topologyKey/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/topologyKey", schemaPath: "#/properties/topologyKey/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var rule2 = validate12;
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.min === void 0) {
      data.min = 2;
    }
    for (const key0 in data) {
      if (!(key0 === "min" || key0 === "max")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    let data0 = data.min;
    if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)))) {
      const err1 = { instancePath: instancePath + "/min", schemaPath: "#/properties/min/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (typeof data0 == "number") {
      if (data0 < 0 || isNaN(data0)) {
        const err2 = { instancePath: instancePath + "/min", schemaPath: "#/properties/min/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.max !== void 0) {
      let data1 = data.max;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)))) {
        const err3 = { instancePath: instancePath + "/max", schemaPath: "#/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data1 == "number") {
        if (data1 < 1 || isNaN(data1)) {
          const err4 = { instancePath: instancePath + "/max", schemaPath: "#/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate12.errors = vErrors;
  return errors === 0;
}
var rule3 = validate13;
var schema14 = { "type": "object", "properties": { "requireDigest": { "type": "boolean", "default": false, "description": "Require `@sha256:` digests." }, "allowedRegistries": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Registries (globs allowed, e.g. `registry.example.com`, `*.gcr.io`) images may come from." }, "pinned": { "type": "object", "additionalProperties": { "type": "string", "minLength": 1 }, "description": "Repository \u2192 the full pinned reference the fix writes, e.g. `postgres: postgres:16.4@sha256:\u2026`." }, "requireExplicit": { "type": "boolean", "default": false, "description": "Warn when the Postgres image is not written in the manifest, so the operator\u2019s default (which changes with operator upgrades) runs." }, "roles": { "type": "array", "items": { "enum": ["postgres", "backup", "pooler", "exporter", "sidecar", "init", "other"] }, "description": "Which images to check (default: all)." } }, "additionalProperties": false };
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.requireDigest === void 0) {
      data.requireDigest = false;
    }
    if (data.requireExplicit === void 0) {
      data.requireExplicit = false;
    }
    for (const key0 in data) {
      if (!(key0 === "requireDigest" || key0 === "allowedRegistries" || key0 === "pinned" || key0 === "requireExplicit" || key0 === "roles")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (typeof data.requireDigest !== "boolean") {
      const err1 = { instancePath: instancePath + "/requireDigest", schemaPath: "#/properties/requireDigest/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.allowedRegistries !== void 0) {
      let data1 = data.allowedRegistries;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === "string") {
            if (func22(data2) < 1) {
              const err2 = { instancePath: instancePath + "/allowedRegistries/" + i0, schemaPath: "#/properties/allowedRegistries/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
          } else {
            const err3 = { instancePath: instancePath + "/allowedRegistries/" + i0, schemaPath: "#/properties/allowedRegistries/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/allowedRegistries", schemaPath: "#/properties/allowedRegistries/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.pinned !== void 0) {
      let data3 = data.pinned;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key1 in data3) {
          let data4 = data3[key1];
          if (typeof data4 === "string") {
            if (func22(data4) < 1) {
              const err5 = { instancePath: instancePath + "/pinned/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/pinned/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/pinned/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/pinned/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/pinned", schemaPath: "#/properties/pinned/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (typeof data.requireExplicit !== "boolean") {
      const err8 = { instancePath: instancePath + "/requireExplicit", schemaPath: "#/properties/requireExplicit/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.roles !== void 0) {
      let data6 = data.roles;
      if (Array.isArray(data6)) {
        const len1 = data6.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data7 = data6[i1];
          if (!(data7 === "postgres" || data7 === "backup" || data7 === "pooler" || data7 === "exporter" || data7 === "sidecar" || data7 === "init" || data7 === "other")) {
            const err9 = { instancePath: instancePath + "/roles/" + i1, schemaPath: "#/properties/roles/items/enum", keyword: "enum", params: { allowedValues: schema14.properties.roles.items.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/roles", schemaPath: "#/properties/roles/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate13.errors = vErrors;
  return errors === 0;
}
var rule4 = validate14;
var pattern02 = new RegExp("^\\d+(\\.\\d+)?\\s*[wdhm]$", "u");
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.maxFullInterval === void 0) {
      data.maxFullInterval = "7d";
    }
    if (data.requireSchedule === void 0) {
      data.requireSchedule = true;
    }
    if (data.requireRetention === void 0) {
      data.requireRetention = true;
    }
    for (const key0 in data) {
      if (!(key0 === "maxFullInterval" || key0 === "requireSchedule" || key0 === "requireRetention")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    let data0 = data.maxFullInterval;
    if (typeof data0 === "string") {
      if (!pattern02.test(data0)) {
        const err1 = { instancePath: instancePath + "/maxFullInterval", schemaPath: "#/properties/maxFullInterval/pattern", keyword: "pattern", params: { pattern: "^\\d+(\\.\\d+)?\\s*[wdhm]$" }, message: 'must match pattern "^\\d+(\\.\\d+)?\\s*[wdhm]$"' };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    } else {
      const err2 = { instancePath: instancePath + "/maxFullInterval", schemaPath: "#/properties/maxFullInterval/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (typeof data.requireSchedule !== "boolean") {
      const err3 = { instancePath: instancePath + "/requireSchedule", schemaPath: "#/properties/requireSchedule/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (typeof data.requireRetention !== "boolean") {
      const err4 = { instancePath: instancePath + "/requireRetention", schemaPath: "#/properties/requireRetention/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate14.errors = vErrors;
  return errors === 0;
}
var rule5 = validate15;
function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate15.errors = vErrors;
  return errors === 0;
}
var rule6 = validate16;
function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate16.errors = vErrors;
  return errors === 0;
}
var rule7 = validate17;
function validate17(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate17.errors = vErrors;
  return errors === 0;
}
var rule8 = validate18;
function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate18.errors = vErrors;
  return errors === 0;
}
var rule9 = validate19;
function validate19(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate19.errors = vErrors;
  return errors === 0;
}
var rule10 = validate20;
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
var rule11 = validate21;
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
var rule12 = validate22;
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
var rule13 = validate23;
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
var rule14 = validate24;
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
var rule15 = validate25;
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}

// src/policies/validators.ts
var byRule = { "storage-class": rule0, "anti-affinity": rule1, "replicas": rule2, "image-tag": rule3, "backup-schedule": rule4, "password-reset": rule5, "invalid-manifest": rule6, "unknown-field": rule7, "cluster-removed": rule8, "storage-shrink": rule9, "storage-class-change": rule10, "major-upgrade": rule11, "immutable-field": rule12, "backup-removed": rule13, "ignore-annotation": rule14, "internal-error": rule15 };
function policyDocumentValidator() {
  return policyDocument;
}
function ruleOptionsValidator(ruleId) {
  const validate = byRule[ruleId];
  if (!validate) throw new Error(`no precompiled options validator for rule ${ruleId}: rebuild with npm run bundle`);
  return validate;
}

// src/policies/policy.ts
var POLICY_API_VERSION = "pgwarden.io/v1alpha1";
var POLICY_KIND = "PostgresPolicy";
var recommendedPolicy = Object.freeze({
  name: "recommended",
  source: "built-in preset",
  mode: "enforce",
  rules: {}
});
var presets = { recommended: recommendedPolicy };
var severitySchema = { enum: ["error", "warning", "info", "off"] };
function ruleSettingSchema(meta) {
  const optionProperties = meta.optionsSchema.properties ?? {};
  return {
    type: "object",
    description: `${meta.description} Docs: ${meta.docsUrl}`,
    properties: {
      severity: { ...severitySchema, description: `Default: ${meta.defaultSeverity}.` },
      mutate: { type: "boolean", description: "Webhook: apply this rule\u2019s safe fixes as a mutation." },
      ...optionProperties
    },
    additionalProperties: false
  };
}
function policySchema() {
  const globs = { type: "array", items: { type: "string", minLength: 1 } };
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: "https://github.com/pgwarden/pgwarden/blob/main/docs/policy.schema.json",
    title: "pgwarden PostgresPolicy",
    description: "One document of a pgwarden policy file. Generated from the rules; see docs/policy.md.",
    type: "object",
    required: ["apiVersion", "kind", "metadata", "spec"],
    properties: {
      apiVersion: { const: POLICY_API_VERSION },
      kind: { const: POLICY_KIND },
      metadata: {
        type: "object",
        required: ["name"],
        properties: {
          name: { type: "string", minLength: 1 },
          labels: { type: "object", additionalProperties: { type: "string" } },
          annotations: { type: "object", additionalProperties: { type: "string" } }
        },
        additionalProperties: false
      },
      spec: {
        type: "object",
        properties: {
          mode: {
            enum: ["enforce", "audit"],
            description: "enforce (default): the webhook denies on errors; audit: it only warns."
          },
          extends: {
            enum: ["recommended", "none"],
            description: "What unlisted rules get: recommended (default) or none (off)."
          },
          match: {
            type: "object",
            description: "All given conditions must hold. No match block: the policy applies to everything.",
            properties: {
              namespaces: { ...globs, description: "Namespace globs, e.g. `*-prod`." },
              labels: { type: "object", additionalProperties: { type: "string" }, description: "Labels the object must carry." },
              files: { ...globs, description: "Repo-relative file globs (CLI), e.g. `clusters/prod/**`." }
            },
            additionalProperties: false
          },
          rules: {
            type: "object",
            properties: Object.fromEntries(ruleMetas.map((meta) => [meta.id, ruleSettingSchema(meta)])),
            additionalProperties: false
          }
        },
        additionalProperties: false
      }
    },
    additionalProperties: false
  };
}
var PolicyError = class extends Error {
  problems;
  constructor(problems) {
    super(problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.field ? `${p.field}: ` : ""}${p.message}`).join("\n"));
    this.name = "PolicyError";
    this.problems = problems;
  }
};
function validateDocument(value) {
  const validate = policyDocumentValidator(policySchema);
  return validate(value) ? [] : [...validate.errors ?? []];
}
function decodePointer(pointer2) {
  if (pointer2 === "") return [];
  return pointer2.slice(1).split("/").map((token) => token.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function errorText(error) {
  const segments = decodePointer(error.instancePath);
  const params = error.params;
  const parent = segments.join(".");
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      if (parent === "spec.rules") {
        return {
          segments,
          atKey: key,
          message: (() => {
            const known = ruleMetas.map((m) => m.id);
            const guess = didYouMean(key, known);
            return `unknown rule "${key}"${guess ? ` (did you mean "${guess}"?)` : ""} (known: ${known.join(", ")})`;
          })()
        };
      }
      return { segments, atKey: key, message: `unknown field "${key}"` };
    }
    case "required":
      return { segments, message: `missing required field "${String(params.missingProperty)}"` };
    case "enum":
      return { segments, message: `must be one of: ${params.allowedValues.map(String).join(", ")}` };
    case "const":
      return { segments, message: `must be "${String(params.allowedValue)}"` };
    default:
      return { segments, message: error.message ?? "is invalid" };
  }
}
function positionOf(doc, lines, segments, atKey) {
  let node = doc.contents;
  let offset = doc.contents?.range?.[0] ?? 0;
  const path = atKey === void 0 ? segments : [...segments, atKey];
  for (const [i, segment] of path.entries()) {
    if (!(0, import_yaml.isMap)(node) && !(node && typeof node === "object" && "items" in node)) break;
    const items = node.items;
    let next;
    if ((0, import_yaml.isMap)(node)) {
      const pair = node.items.find((item) => {
        const key = item.key;
        return key !== null && typeof key === "object" && String(key.value) === segment;
      });
      if (!pair) break;
      const isLastKey = atKey !== void 0 && i === path.length - 1;
      const target = isLastKey ? pair.key : pair.value ?? pair.key;
      next = isLastKey ? void 0 : pair.value;
      if (target?.range) offset = target.range[0];
      if (isLastKey) break;
    } else {
      next = items[Number(segment)];
      const range = next?.range;
      if (!range) break;
      offset = range[0];
    }
    node = next;
  }
  const pos = lines.linePos(offset);
  return { line: pos.line, column: pos.col };
}
function asStringArray(value) {
  return Array.isArray(value) ? value.map(String) : void 0;
}
function parsePolicy(text, file = "policy.yaml") {
  const lines = new import_yaml.LineCounter();
  const documents = parseYamlStream(text, { lineCounter: lines, prettyErrors: true });
  const problems = [];
  const policies = [];
  const docs = documents;
  for (const doc of docs) {
    if (doc.errors.length > 0) {
      for (const error of doc.errors) {
        const pos = error.linePos?.[0] ?? lines.linePos(error.pos[0]);
        problems.push({ file, line: pos.line, column: pos.col, field: "", message: `YAML: ${error.message.split("\n")[0]}` });
      }
      continue;
    }
    if (doc.contents === null) continue;
    let value;
    try {
      value = yamlToJS(doc);
    } catch (e) {
      if (!(e instanceof YamlAliasError)) throw e;
      const pos = lines.linePos(e.offset);
      problems.push({ file, line: pos.line, column: pos.col, field: "", message: `YAML: ${e.message}` });
      continue;
    }
    const errors = validateDocument(value);
    if (errors.length > 0) {
      const seen = /* @__PURE__ */ new Set();
      for (const error of errors) {
        const { segments, message, atKey } = errorText(error);
        const field2 = [...segments, ...atKey === void 0 ? [] : [atKey]].join(".");
        const key = `${field2}|${message}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const pos = positionOf(doc, lines, segments, atKey);
        problems.push({ file, ...pos, field: field2, message });
      }
      continue;
    }
    const object = value;
    const start = lines.linePos(doc.contents.range?.[0] ?? 0);
    const policy = {
      name: object.metadata.name,
      source: `${file}:${start.line}`,
      mode: object.spec.mode ?? "enforce",
      rules: object.spec.rules ?? {}
    };
    if (object.spec.extends) policy.extends = object.spec.extends;
    if (object.spec.match) {
      const match = {};
      const namespaces = asStringArray(object.spec.match.namespaces);
      const files = asStringArray(object.spec.match.files);
      if (namespaces) match.namespaces = namespaces;
      if (files) match.files = files;
      if (object.spec.match.labels) match.labels = object.spec.match.labels;
      policy.match = match;
    }
    policies.push(policy);
  }
  if (problems.length === 0 && policies.length === 0) {
    problems.push({ file, line: 1, column: 1, field: "", message: `no ${POLICY_KIND} document found` });
  }
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  if (problems.length > 0) throw new PolicyError(problems);
  return { policies };
}
function tryParsePolicy(text, file = "policy.yaml") {
  try {
    return { policySet: parsePolicy(text, file) };
  } catch (error) {
    if (error instanceof PolicyError) return { problems: error.problems };
    throw error;
  }
}
function metadataOf(object) {
  if (object === null || typeof object !== "object") return { labels: {} };
  const metadata = object.metadata;
  if (metadata === null || typeof metadata !== "object") return { labels: {} };
  const { namespace, labels } = metadata;
  return {
    ...typeof namespace === "string" ? { namespace } : {},
    labels: labels !== null && typeof labels === "object" ? labels : {}
  };
}
var matcherCache = /* @__PURE__ */ new Map();
function globMatch(globs, text) {
  const key = globs.join("\0");
  let matcher = matcherCache.get(key);
  if (!matcher) {
    matcher = (0, import_picomatch2.default)(globs, { dot: true, windows: false });
    matcherCache.set(key, matcher);
  }
  return matcher(text);
}
function policyMatches(policy, input) {
  const match = policy.match;
  if (!match) return true;
  const { namespace, labels } = metadataOf(input.object);
  if (match.namespaces && (namespace === void 0 || !globMatch(match.namespaces, namespace))) return false;
  if (match.labels) {
    for (const [key, value] of Object.entries(match.labels)) {
      if (labels[key] !== value) return false;
    }
  }
  if (match.files) {
    if (input.file === void 0) return false;
    const file = input.file.replace(/\\/g, "/").replace(/^\.\//, "");
    if (!globMatch(match.files, file)) return false;
  }
  return true;
}
function policyFor(input, policySet) {
  if (!policySet) return recommendedPolicy;
  return policySet.policies.find((policy) => policyMatches(policy, input)) ?? recommendedPolicy;
}
function ruleSetting(policy, meta) {
  const setting = policy.rules[meta.id];
  if (!setting) {
    return { severity: policy.extends === "none" ? "off" : meta.defaultSeverity, mutate: false, options: {} };
  }
  const { severity, mutate, options, ...flat } = setting;
  return {
    severity: severity ?? meta.defaultSeverity,
    mutate: mutate === true,
    options: { ...options ?? {}, ...flat }
  };
}
function isEnabled(severity) {
  return severity !== "off";
}

// src/policies/engine.ts
var IGNORE_ANNOTATION_PREFIX = "ignore.pgwarden.io/";
function resolveOptions(meta, options) {
  const validate = ruleOptionsValidator(meta.id, meta.optionsSchema);
  const copy = structuredClone(options);
  if (!validate(copy)) {
    const problems = (validate.errors ?? []).map((e) => `${e.instancePath.slice(1).replace(/\//g, ".") || "options"} ${e.message ?? "is invalid"}`);
    throw new Error(`the policy's options for rule ${meta.id} are invalid: ${problems.join("; ")}`);
  }
  return Object.freeze(copy);
}
var resolvedByPolicy = /* @__PURE__ */ new WeakMap();
function optionsFor(policy, meta, written) {
  let perRule = resolvedByPolicy.get(policy);
  if (!perRule) {
    perRule = /* @__PURE__ */ new Map();
    resolvedByPolicy.set(policy, perRule);
  }
  let resolved = perRule.get(meta.id);
  if (!resolved) {
    resolved = resolveOptions(meta, written);
    perRule.set(meta.id, resolved);
  }
  return resolved;
}
function resourceOf2(object) {
  const record = object !== null && typeof object === "object" ? object : {};
  const metadata = record.metadata !== null && typeof record.metadata === "object" ? record.metadata : {};
  return {
    apiVersion: typeof record.apiVersion === "string" ? record.apiVersion : "",
    kind: typeof record.kind === "string" ? record.kind : "",
    name: typeof metadata.name === "string" ? metadata.name : "",
    ...typeof metadata.namespace === "string" ? { namespace: metadata.namespace } : {}
  };
}
function resourceKey(resource) {
  return `${resource.apiVersion}|${resource.kind}|${resource.namespace ?? ""}|${resource.name}`;
}
function annotationsOf(object) {
  if (object === null || typeof object !== "object") return {};
  const metadata = object.metadata;
  if (metadata === null || typeof metadata !== "object") return {};
  const annotations = metadata.annotations;
  return annotations !== null && typeof annotations === "object" ? annotations : {};
}
function escapePointerToken(token) {
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}
function internalError(what, error, objectIndex, inputs) {
  const reason = error instanceof Error ? error.message : String(error);
  const data = { what, reason };
  return {
    ruleId: internalErrorMeta.id,
    severity: "error",
    messageId: "failed",
    data,
    message: formatMessage(internalErrorMeta.messages.failed ?? "", data),
    resource: resourceOf2(inputs[objectIndex]?.object),
    objectIndex,
    path: ""
  };
}
var severityRank = { error: 0, warning: 1, info: 2 };
function compareFindings(a, b) {
  return a.objectIndex - b.objectIndex || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || severityRank[a.severity] - severityRank[b.severity] || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}
function modelFor(model, governs) {
  return {
    clusters: model.clusters.filter((cluster) => governs(cluster.objectIndex)),
    secrets: model.secrets,
    problems: model.problems.filter((problem) => governs(problem.objectIndex)),
    fieldViolations: (model.fieldViolations ?? []).filter((violation) => governs(violation.objectIndex))
  };
}
function problemsByRule(model) {
  const byRule2 = /* @__PURE__ */ new Map();
  for (const problem of model.problems) {
    if (problem.ruleId === void 0) continue;
    const list = byRule2.get(problem.ruleId);
    if (list) list.push(problem);
    else byRule2.set(problem.ruleId, [problem]);
  }
  return byRule2;
}
var settingsByPolicy = /* @__PURE__ */ new WeakMap();
function settingsOf(policy) {
  let settings = settingsByPolicy.get(policy);
  if (!settings) {
    settings = new Array(rules.length).fill(void 0);
    settingsByPolicy.set(policy, settings);
  }
  return settings;
}
function enabledSetting(policy, settings, ruleIndex) {
  let setting = settings[ruleIndex];
  if (setting === void 0) {
    const written = ruleSetting(policy, rules[ruleIndex].meta);
    setting = isEnabled(written.severity) ? { severity: written.severity, options: optionsFor(policy, rules[ruleIndex].meta, written.options) } : null;
    settings[ruleIndex] = setting;
  }
  return setting;
}
function runRule(ruleIndex, model, problems, policy, settings, options) {
  const rule = rules[ruleIndex];
  const setting = enabledSetting(policy, settings, ruleIndex);
  if (!setting) return void 0;
  const context = makeContext(rule.meta, setting.severity, setting.options, options.clusterStorageClasses);
  rule.check(model, context);
  if (rule.meta.id !== "invalid-manifest") {
    for (const problem of problems.get(rule.meta.id) ?? []) {
      context.report({
        severity: problem.severity ?? rule.meta.defaultSeverity,
        messageId: "problem",
        data: { problem: problem.message },
        resource: problem.resource,
        objectIndex: problem.objectIndex,
        pointer: problem.path
      });
    }
  }
  return { findings: context.findings, severity: setting.severity };
}
function readIgnores(inputs, policies, options) {
  const ignored = /* @__PURE__ */ new Map();
  const findings = [];
  for (let objectIndex = 0; objectIndex < inputs.length; objectIndex++) {
    const input = inputs[objectIndex];
    const annotations = annotationsOf(input.object);
    let any = false;
    for (const key in annotations) {
      if (key.startsWith(IGNORE_ANNOTATION_PREFIX) && Object.hasOwn(annotations, key)) {
        any = true;
        break;
      }
    }
    if (!any) continue;
    const policy = policies[objectIndex] ?? policyFor(input, options.policy);
    const setting = ruleSetting(policy, ignoreAnnotationMeta);
    const context = isEnabled(setting.severity) ? makeContext(ignoreAnnotationMeta, setting.severity, {}, options.clusterStorageClasses) : void 0;
    for (const [key, value] of Object.entries(annotations)) {
      if (!key.startsWith(IGNORE_ANNOTATION_PREFIX)) continue;
      const ruleId = key.slice(IGNORE_ANNOTATION_PREFIX.length);
      const path = `/metadata/annotations/${escapePointerToken(key)}`;
      const resource = resourceOf2(input.object);
      if (!knownRuleIds.has(ruleId)) {
        context?.report({ messageId: "unknownRule", data: { key, known: [...knownRuleIds].join(", ") }, resource, objectIndex, pointer: path });
        continue;
      }
      let set = ignored.get(objectIndex);
      if (!set) {
        set = /* @__PURE__ */ new Set();
        ignored.set(objectIndex, set);
      }
      set.add(ruleId);
      if (context && (typeof value !== "string" || value.trim() === "")) {
        context.report({ messageId: "noReason", data: { key, rule: ruleId }, resource, objectIndex, pointer: path });
      }
    }
    if (context) findings.push(...context.findings);
  }
  return { ignored, findings };
}
var knownRuleIds = new Set(ruleMetas.map((meta) => meta.id));
function sortedOnce(findings) {
  findings.sort(compareFindings);
  const kept = [];
  let runStart = 0;
  for (const finding of findings) {
    const first = kept[runStart];
    if (first === void 0 || first.objectIndex !== finding.objectIndex || first.path !== finding.path || first.ruleId !== finding.ruleId) {
      runStart = kept.length;
      kept.push(finding);
      continue;
    }
    let duplicate = false;
    for (let i = runStart; i < kept.length; i++) {
      if (kept[i].message === finding.message) {
        duplicate = true;
        break;
      }
    }
    if (!duplicate) kept.push(finding);
  }
  return kept;
}
function evaluate(inputs, options = {}) {
  try {
    return evaluateUnguarded(inputs, options);
  } catch (error) {
    return inputs.length > 0 ? [internalError("applying the policy", error, 0, inputs)] : [];
  }
}
function evaluateBuilt(inputs, model, options = {}) {
  try {
    return evaluateUnguarded(inputs, options, model);
  } catch (error) {
    return inputs.length > 0 ? [internalError("applying the policy", error, 0, inputs)] : [];
  }
}
function evaluateUnguarded(inputs, options, built) {
  const findings = [];
  const policies = inputs.map((input) => policyFor(input, options.policy));
  let model;
  try {
    model = built ?? buildModel(inputs);
  } catch (error) {
    return inputs.length > 0 ? [internalError("building the model", error, 0, inputs)] : [];
  }
  if (!options.schemaAppliedByApiserver) {
    try {
      model.fieldViolations = findFieldViolations(inputs, (objectIndex) => resourceOf2(inputs[objectIndex]?.object), options.crds);
    } catch (error) {
      findings.push(internalError("checking fields against the CRD schemas", error, 0, inputs));
    }
  }
  const distinct = policies.length === 1 ? policies : [...new Set(policies)];
  for (const policy of distinct) {
    const scoped = distinct.length === 1 ? model : modelFor(model, (objectIndex) => policies[objectIndex] === policy);
    if (scoped.clusters.length === 0 && scoped.problems.length === 0 && (scoped.fieldViolations?.length ?? 0) === 0) continue;
    const problems = problemsByRule(scoped);
    const settings = settingsOf(policy);
    for (let ruleIndex = 0; ruleIndex < rules.length; ruleIndex++) {
      const rule = rules[ruleIndex];
      try {
        const result = runRule(ruleIndex, scoped, problems, policy, settings, options);
        if (!result) continue;
        for (const finding of result.findings) findings.push(finding);
      } catch (error) {
        const first = scoped.clusters[0]?.objectIndex ?? scoped.problems[0]?.objectIndex ?? 0;
        findings.push(internalError(`rule ${rule.meta.id}`, error, first, inputs));
      }
    }
  }
  let ignores;
  try {
    ignores = readIgnores(inputs, policies, options);
  } catch (error) {
    ignores = { ignored: /* @__PURE__ */ new Map(), findings: [internalError("reading ignore annotations", error, 0, inputs)] };
  }
  let kept = findings;
  if (ignores.ignored.size > 0) {
    const indexByResource = /* @__PURE__ */ new Map();
    for (const [index] of ignores.ignored) {
      const key = resourceKey(resourceOf2(inputs[index]?.object));
      indexByResource.set(key, [...indexByResource.get(key) ?? [], index]);
    }
    const isIgnored = (finding) => ignores.ignored.get(finding.objectIndex)?.has(finding.ruleId) || (indexByResource.get(resourceKey(finding.resource)) ?? []).some((index) => ignores.ignored.get(index)?.has(finding.ruleId));
    kept = findings.filter((finding) => !isIgnored(finding));
  }
  for (const finding of ignores.findings) kept.push(finding);
  return sortedOnce(kept);
}

// src/policies/change.ts
function apiGroupOf2(apiVersion) {
  const slash = apiVersion.indexOf("/");
  return slash < 0 ? "" : apiVersion.slice(0, slash);
}
function pairKey(resource) {
  return `${apiGroupOf2(resource.apiVersion)}|${resource.kind}|${resource.namespace ?? ""}|${resource.name}`;
}
function pairClusters(baseModel, headModel) {
  const heads = /* @__PURE__ */ new Map();
  for (const cluster of headModel.clusters) if (!heads.has(pairKey(cluster.resource))) heads.set(pairKey(cluster.resource), cluster);
  const pairs = [];
  const paired = /* @__PURE__ */ new Set();
  const seenBase = /* @__PURE__ */ new Set();
  for (const base of baseModel.clusters) {
    const key = pairKey(base.resource);
    if (seenBase.has(key)) continue;
    seenBase.add(key);
    const head = heads.get(key);
    if (head) paired.add(head);
    pairs.push({ ...head ? { head } : {}, base, baseModel, headModel });
  }
  for (const head of headModel.clusters) if (!paired.has(head) && !seenBase.has(pairKey(head.resource))) pairs.push({ head, baseModel, headModel });
  return pairs;
}
function ignoreReason(object, ruleId) {
  const annotations = object?.metadata?.annotations;
  if (annotations === null || typeof annotations !== "object") return void 0;
  const value = annotations[`${IGNORE_ANNOTATION_PREFIX}${ruleId}`];
  return typeof value === "string" && value.trim() !== "" ? value : void 0;
}
function evaluateChange(baseInputs, headInputs, options = {}) {
  return evaluateChangeBuilt(baseInputs, headInputs, options);
}
function evaluateUpdate(baseInputs, headInputs, options = {}) {
  let headModel;
  try {
    headModel = buildModel(headInputs);
  } catch {
    return { head: evaluate(headInputs, options), change: evaluateChange(baseInputs, headInputs, options) };
  }
  const { ruleIds: _changeRulesOnly, ...evaluateOptions } = options;
  return { head: evaluateBuilt(headInputs, headModel, evaluateOptions), change: evaluateChangeBuilt(baseInputs, headInputs, options, headModel) };
}
function evaluateChangeBuilt(baseInputs, headInputs, options, builtHead) {
  const findings = [];
  let baseModel;
  let headModel;
  try {
    baseModel = withChangeProfiles(buildModel(baseInputs));
    headModel = withChangeProfiles(builtHead ?? buildModel(headInputs));
  } catch (error) {
    return [internalError2("building the model", error, headInputs.length > 0 ? "head" : "base", baseInputs, headInputs)];
  }
  const selected = options.ruleIds ? changeRules.filter((rule) => options.ruleIds?.includes(rule.meta.id)) : changeRules;
  for (const pair of pairClusters(baseModel, headModel)) {
    const governing = pair.head ? headInputs[pair.head.objectIndex] : pair.base ? baseInputs[pair.base.objectIndex] : void 0;
    if (!governing) continue;
    const policy = policyFor(governing, options.policy);
    for (const rule of selected) {
      const setting = ruleSetting(policy, rule.meta);
      if (!isEnabled(setting.severity)) continue;
      const configured = setting.severity;
      const ignored = [pair.head ? headInputs[pair.head.objectIndex]?.object : void 0, pair.base ? baseInputs[pair.base.objectIndex]?.object : void 0].some(
        (object) => object !== void 0 && ignoreReason(object, rule.meta.id) !== void 0
      );
      if (ignored) continue;
      const context = {
        ruleId: rule.meta.id,
        severity: configured,
        report(descriptor) {
          const side = descriptor.side ?? "head";
          const cluster = side === "base" ? pair.base : pair.head;
          if (!cluster) throw new Error(`rule ${rule.meta.id} reported on the ${side} side of a pair that has none`);
          const template = rule.meta.messages[descriptor.messageId];
          if (template === void 0) throw new Error(`rule ${rule.meta.id} reported unknown messageId "${descriptor.messageId}"`);
          const data = descriptor.data ?? {};
          findings.push({
            ruleId: rule.meta.id,
            severity: scaleSeverity(descriptor.severity ?? rule.meta.defaultSeverity, rule.meta.defaultSeverity, configured),
            messageId: descriptor.messageId,
            data,
            message: formatMessage(template, data),
            resource: cluster.resource,
            objectIndex: cluster.objectIndex,
            path: descriptor.pointer,
            side
          });
        }
      };
      try {
        rule.check(pair, context);
      } catch (error) {
        findings.push(internalError2(`rule ${rule.meta.id}`, error, pair.head ? "head" : "base", baseInputs, headInputs, (pair.head ?? pair.base)?.objectIndex ?? 0));
      }
    }
  }
  return findings.sort(
    (a, b) => (a.side === b.side ? 0 : a.side === "head" ? -1 : 1) || a.objectIndex - b.objectIndex || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}
function internalError2(what, error, side, baseInputs, headInputs, objectIndex = 0) {
  const reason = error instanceof Error ? error.message : String(error);
  const object = (side === "head" ? headInputs : baseInputs)[objectIndex]?.object;
  const resource = {
    apiVersion: typeof object?.apiVersion === "string" ? object.apiVersion : "",
    kind: typeof object?.kind === "string" ? object.kind : "",
    name: typeof object?.metadata?.name === "string" ? object.metadata.name : "",
    ...typeof object?.metadata?.namespace === "string" ? { namespace: object.metadata.namespace } : {}
  };
  return {
    ruleId: "internal-error",
    severity: "error",
    messageId: "internalError",
    data: { what, reason },
    message: `pgwarden failed in ${what}: ${reason}. The change was not fully checked; please report this with the manifests.`,
    resource,
    objectIndex,
    path: "",
    side
  };
}

export {
  buildModel,
  relatedNeeds,
  scaleSubject,
  defineChangeRule,
  parseQuantity,
  formatMessage,
  defineRule,
  changeRules,
  rules,
  ignoreAnnotationMeta,
  internalErrorMeta,
  ruleMetas,
  allRuleMetas,
  ruleById,
  didYouMean,
  POLICY_API_VERSION,
  POLICY_KIND,
  recommendedPolicy,
  presets,
  policySchema,
  PolicyError,
  parsePolicy,
  tryParsePolicy,
  policyMatches,
  policyFor,
  ruleSetting,
  isEnabled,
  IGNORE_ANNOTATION_PREFIX,
  resolveOptions,
  compareFindings,
  evaluate,
  pairKey,
  pairClusters,
  evaluateChange,
  evaluateUpdate
};
