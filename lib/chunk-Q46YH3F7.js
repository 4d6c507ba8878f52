import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  evaluate,
  parsePolicy,
  policyFor
} from "./chunk-BDTKAFLH.js";
import {
  __commonJS,
  __toESM
} from "./chunk-ED6WIMI7.js";

// node_modules/fast-json-patch/commonjs/helpers.js
var require_helpers = __commonJS({
  "node_modules/fast-json-patch/commonjs/helpers.js"(exports) {
    var __extends = exports && exports.__extends || /* @__PURE__ */ (function() {
      var extendStatics = function(d, b) {
        extendStatics = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(d2, b2) {
          d2.__proto__ = b2;
        } || function(d2, b2) {
          for (var p in b2) if (b2.hasOwnProperty(p)) d2[p] = b2[p];
        };
        return extendStatics(d, b);
      };
      return function(d, b) {
        extendStatics(d, b);
        function __() {
          this.constructor = d;
        }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    var _hasOwnProperty = Object.prototype.hasOwnProperty;
    function hasOwnProperty(obj, key) {
      return _hasOwnProperty.call(obj, key);
    }
    exports.hasOwnProperty = hasOwnProperty;
    function _objectKeys(obj) {
      if (Array.isArray(obj)) {
        var keys_1 = new Array(obj.length);
        for (var k = 0; k < keys_1.length; k++) {
          keys_1[k] = "" + k;
        }
        return keys_1;
      }
      if (Object.keys) {
        return Object.keys(obj);
      }
      var keys = [];
      for (var i in obj) {
        if (hasOwnProperty(obj, i)) {
          keys.push(i);
        }
      }
      return keys;
    }
    exports._objectKeys = _objectKeys;
    function _deepClone(obj) {
      switch (typeof obj) {
        case "object":
          return JSON.parse(JSON.stringify(obj));
        //Faster than ES5 clone - http://jsperf.com/deep-cloning-of-objects/5
        case "undefined":
          return null;
        //this is how JSON.stringify behaves for array items
        default:
          return obj;
      }
    }
    exports._deepClone = _deepClone;
    function isInteger(str) {
      var i = 0;
      var len = str.length;
      var charCode;
      while (i < len) {
        charCode = str.charCodeAt(i);
        if (charCode >= 48 && charCode <= 57) {
          i++;
          continue;
        }
        return false;
      }
      return true;
    }
    exports.isInteger = isInteger;
    function escapePathComponent(path) {
      if (path.indexOf("/") === -1 && path.indexOf("~") === -1)
        return path;
      return path.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapePathComponent = escapePathComponent;
    function unescapePathComponent(path) {
      return path.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapePathComponent = unescapePathComponent;
    function _getPathRecursive(root, obj) {
      var found;
      for (var key in root) {
        if (hasOwnProperty(root, key)) {
          if (root[key] === obj) {
            return escapePathComponent(key) + "/";
          } else if (typeof root[key] === "object") {
            found = _getPathRecursive(root[key], obj);
            if (found != "") {
              return escapePathComponent(key) + "/" + found;
            }
          }
        }
      }
      return "";
    }
    exports._getPathRecursive = _getPathRecursive;
    function getPath(root, obj) {
      if (root === obj) {
        return "/";
      }
      var path = _getPathRecursive(root, obj);
      if (path === "") {
        throw new Error("Object not found in root");
      }
      return "/" + path;
    }
    exports.getPath = getPath;
    function hasUndefined(obj) {
      if (obj === void 0) {
        return true;
      }
      if (obj) {
        if (Array.isArray(obj)) {
          for (var i_1 = 0, len = obj.length; i_1 < len; i_1++) {
            if (hasUndefined(obj[i_1])) {
              return true;
            }
          }
        } else if (typeof obj === "object") {
          var objKeys = _objectKeys(obj);
          var objKeysLength = objKeys.length;
          for (var i = 0; i < objKeysLength; i++) {
            if (hasUndefined(obj[objKeys[i]])) {
              return true;
            }
          }
        }
      }
      return false;
    }
    exports.hasUndefined = hasUndefined;
    function patchErrorMessageFormatter(message, args) {
      var messageParts = [message];
      for (var key in args) {
        var value = typeof args[key] === "object" ? JSON.stringify(args[key], null, 2) : args[key];
        if (typeof value !== "undefined") {
          messageParts.push(key + ": " + value);
        }
      }
      return messageParts.join("\n");
    }
    var PatchError = (
      /** @class */
      (function(_super) {
        __extends(PatchError2, _super);
        function PatchError2(message, name, index, operation, tree) {
          var _newTarget = this.constructor;
          var _this = _super.call(this, patchErrorMessageFormatter(message, { name, index, operation, tree })) || this;
          _this.name = name;
          _this.index = index;
          _this.operation = operation;
          _this.tree = tree;
          Object.setPrototypeOf(_this, _newTarget.prototype);
          _this.message = patchErrorMessageFormatter(message, { name, index, operation, tree });
          return _this;
        }
        return PatchError2;
      })(Error)
    );
    exports.PatchError = PatchError;
  }
});

// node_modules/fast-json-patch/commonjs/core.js
var require_core = __commonJS({
  "node_modules/fast-json-patch/commonjs/core.js"(exports) {
    Object.defineProperty(exports, "__esModule", { value: true });
    var helpers_js_1 = require_helpers();
    exports.JsonPatchError = helpers_js_1.PatchError;
    exports.deepClone = helpers_js_1._deepClone;
    var objOps = {
      add: function(obj, key, document) {
        obj[key] = this.value;
        return { newDocument: document };
      },
      remove: function(obj, key, document) {
        var removed = obj[key];
        delete obj[key];
        return { newDocument: document, removed };
      },
      replace: function(obj, key, document) {
        var removed = obj[key];
        obj[key] = this.value;
        return { newDocument: document, removed };
      },
      move: function(obj, key, document) {
        var removed = getValueByPointer(document, this.path);
        if (removed) {
          removed = helpers_js_1._deepClone(removed);
        }
        var originalValue = applyOperation(document, { op: "remove", path: this.from }).removed;
        applyOperation(document, { op: "add", path: this.path, value: originalValue });
        return { newDocument: document, removed };
      },
      copy: function(obj, key, document) {
        var valueToCopy = getValueByPointer(document, this.from);
        applyOperation(document, { op: "add", path: this.path, value: helpers_js_1._deepClone(valueToCopy) });
        return { newDocument: document };
      },
      test: function(obj, key, document) {
        return { newDocument: document, test: _areEquals(obj[key], this.value) };
      },
      _get: function(obj, key, document) {
        this.value = obj[key];
        return { newDocument: document };
      }
    };
    var arrOps = {
      add: function(arr, i, document) {
        if (helpers_js_1.isInteger(i)) {
          arr.splice(i, 0, this.value);
        } else {
          arr[i] = this.value;
        }
        return { newDocument: document, index: i };
      },
      remove: function(arr, i, document) {
        var removedList = arr.splice(i, 1);
        return { newDocument: document, removed: removedList[0] };
      },
      replace: function(arr, i, document) {
        var removed = arr[i];
        arr[i] = this.value;
        return { newDocument: document, removed };
      },
      move: objOps.move,
      copy: objOps.copy,
      test: objOps.test,
      _get: objOps._get
    };
    function getValueByPointer(document, pointer) {
      if (pointer == "") {
        return document;
      }
      var getOriginalDestination = { op: "_get", path: pointer };
      applyOperation(document, getOriginalDestination);
      return getOriginalDestination.value;
    }
    exports.getValueByPointer = getValueByPointer;
    function applyOperation(document, operation, validateOperation, mutateDocument, banPrototypeModifications, index) {
      if (validateOperation === void 0) {
        validateOperation = false;
      }
      if (mutateDocument === void 0) {
        mutateDocument = true;
      }
      if (banPrototypeModifications === void 0) {
        banPrototypeModifications = true;
      }
      if (index === void 0) {
        index = 0;
      }
      if (validateOperation) {
        if (typeof validateOperation == "function") {
          validateOperation(operation, 0, document, operation.path);
        } else {
          validator(operation, 0);
        }
      }
      if (operation.path === "") {
        var returnValue = { newDocument: document };
        if (operation.op === "add") {
          returnValue.newDocument = operation.value;
          return returnValue;
        } else if (operation.op === "replace") {
          returnValue.newDocument = operation.value;
          returnValue.removed = document;
          return returnValue;
        } else if (operation.op === "move" || operation.op === "copy") {
          returnValue.newDocument = getValueByPointer(document, operation.from);
          if (operation.op === "move") {
            returnValue.removed = document;
          }
          return returnValue;
        } else if (operation.op === "test") {
          returnValue.test = _areEquals(document, operation.value);
          if (returnValue.test === false) {
            throw new exports.JsonPatchError("Test operation failed", "TEST_OPERATION_FAILED", index, operation, document);
          }
          returnValue.newDocument = document;
          return returnValue;
        } else if (operation.op === "remove") {
          returnValue.removed = document;
          returnValue.newDocument = null;
          return returnValue;
        } else if (operation.op === "_get") {
          operation.value = document;
          return returnValue;
        } else {
          if (validateOperation) {
            throw new exports.JsonPatchError("Operation `op` property is not one of operations defined in RFC-6902", "OPERATION_OP_INVALID", index, operation, document);
          } else {
            return returnValue;
          }
        }
      } else {
        if (!mutateDocument) {
          document = helpers_js_1._deepClone(document);
        }
        var path = operation.path || "";
        var keys = path.split("/");
        var obj = document;
        var t = 1;
        var len = keys.length;
        var existingPathFragment = void 0;
        var key = void 0;
        var validateFunction = void 0;
        if (typeof validateOperation == "function") {
          validateFunction = validateOperation;
        } else {
          validateFunction = validator;
        }
        while (true) {
          key = keys[t];
          if (key && key.indexOf("~") != -1) {
            key = helpers_js_1.unescapePathComponent(key);
          }
          if (banPrototypeModifications && (key == "__proto__" || key == "prototype" && t > 0 && keys[t - 1] == "constructor")) {
            throw new TypeError("JSON-Patch: modifying `__proto__` or `constructor/prototype` prop is banned for security reasons, if this was on purpose, please set `banPrototypeModifications` flag false and pass it to this function. More info in fast-json-patch README");
          }
          if (validateOperation) {
            if (existingPathFragment === void 0) {
              if (obj[key] === void 0) {
                existingPathFragment = keys.slice(0, t).join("/");
              } else if (t == len - 1) {
                existingPathFragment = operation.path;
              }
              if (existingPathFragment !== void 0) {
                validateFunction(operation, 0, document, existingPathFragment);
              }
            }
          }
          t++;
          if (Array.isArray(obj)) {
            if (key === "-") {
              key = obj.length;
            } else {
              if (validateOperation && !helpers_js_1.isInteger(key)) {
                throw new exports.JsonPatchError("Expected an unsigned base-10 integer value, making the new referenced value the array element with the zero-based index", "OPERATION_PATH_ILLEGAL_ARRAY_INDEX", index, operation, document);
              } else if (helpers_js_1.isInteger(key)) {
                key = ~~key;
              }
            }
            if (t >= len) {
              if (validateOperation && operation.op === "add" && key > obj.length) {
                throw new exports.JsonPatchError("The specified index MUST NOT be greater than the number of elements in the array", "OPERATION_VALUE_OUT_OF_BOUNDS", index, operation, document);
              }
              var returnValue = arrOps[operation.op].call(operation, obj, key, document);
              if (returnValue.test === false) {
                throw new exports.JsonPatchError("Test operation failed", "TEST_OPERATION_FAILED", index, operation, document);
              }
              return returnValue;
            }
          } else {
            if (t >= len) {
              var returnValue = objOps[operation.op].call(operation, obj, key, document);
              if (returnValue.test === false) {
                throw new exports.JsonPatchError("Test operation failed", "TEST_OPERATION_FAILED", index, operation, document);
              }
              return returnValue;
            }
          }
          obj = obj[key];
          if (validateOperation && t < len && (!obj || typeof obj !== "object")) {
            throw new exports.JsonPatchError("Cannot perform operation at the desired path", "OPERATION_PATH_UNRESOLVABLE", index, operation, document);
          }
        }
      }
    }
    exports.applyOperation = applyOperation;
    function applyPatch(document, patch, validateOperation, mutateDocument, banPrototypeModifications) {
      if (mutateDocument === void 0) {
        mutateDocument = true;
      }
      if (banPrototypeModifications === void 0) {
        banPrototypeModifications = true;
      }
      if (validateOperation) {
        if (!Array.isArray(patch)) {
          throw new exports.JsonPatchError("Patch sequence must be an array", "SEQUENCE_NOT_AN_ARRAY");
        }
      }
      if (!mutateDocument) {
        document = helpers_js_1._deepClone(document);
      }
      var results = new Array(patch.length);
      for (var i = 0, length_1 = patch.length; i < length_1; i++) {
        results[i] = applyOperation(document, patch[i], validateOperation, true, banPrototypeModifications, i);
        document = results[i].newDocument;
      }
      results.newDocument = document;
      return results;
    }
    exports.applyPatch = applyPatch;
    function applyReducer(document, operation, index) {
      var operationResult = applyOperation(document, operation);
      if (operationResult.test === false) {
        throw new exports.JsonPatchError("Test operation failed", "TEST_OPERATION_FAILED", index, operation, document);
      }
      return operationResult.newDocument;
    }
    exports.applyReducer = applyReducer;
    function validator(operation, index, document, existingPathFragment) {
      if (typeof operation !== "object" || operation === null || Array.isArray(operation)) {
        throw new exports.JsonPatchError("Operation is not an object", "OPERATION_NOT_AN_OBJECT", index, operation, document);
      } else if (!objOps[operation.op]) {
        throw new exports.JsonPatchError("Operation `op` property is not one of operations defined in RFC-6902", "OPERATION_OP_INVALID", index, operation, document);
      } else if (typeof operation.path !== "string") {
        throw new exports.JsonPatchError("Operation `path` property is not a string", "OPERATION_PATH_INVALID", index, operation, document);
      } else if (operation.path.indexOf("/") !== 0 && operation.path.length > 0) {
        throw new exports.JsonPatchError('Operation `path` property must start with "/"', "OPERATION_PATH_INVALID", index, operation, document);
      } else if ((operation.op === "move" || operation.op === "copy") && typeof operation.from !== "string") {
        throw new exports.JsonPatchError("Operation `from` property is not present (applicable in `move` and `copy` operations)", "OPERATION_FROM_REQUIRED", index, operation, document);
      } else if ((operation.op === "add" || operation.op === "replace" || operation.op === "test") && operation.value === void 0) {
        throw new exports.JsonPatchError("Operation `value` property is not present (applicable in `add`, `replace` and `test` operations)", "OPERATION_VALUE_REQUIRED", index, operation, document);
      } else if ((operation.op === "add" || operation.op === "replace" || operation.op === "test") && helpers_js_1.hasUndefined(operation.value)) {
        throw new exports.JsonPatchError("Operation `value` property is not present (applicable in `add`, `replace` and `test` operations)", "OPERATION_VALUE_CANNOT_CONTAIN_UNDEFINED", index, operation, document);
      } else if (document) {
        if (operation.op == "add") {
          var pathLen = operation.path.split("/").length;
          var existingPathLen = existingPathFragment.split("/").length;
          if (pathLen !== existingPathLen + 1 && pathLen !== existingPathLen) {
            throw new exports.JsonPatchError("Cannot perform an `add` operation at the desired path", "OPERATION_PATH_CANNOT_ADD", index, operation, document);
          }
        } else if (operation.op === "replace" || operation.op === "remove" || operation.op === "_get") {
          if (operation.path !== existingPathFragment) {
            throw new exports.JsonPatchError("Cannot perform the operation at a path that does not exist", "OPERATION_PATH_UNRESOLVABLE", index, operation, document);
          }
        } else if (operation.op === "move" || operation.op === "copy") {
          var existingValue = { op: "_get", path: operation.from, value: void 0 };
          var error = validate([existingValue], document);
          if (error && error.name === "OPERATION_PATH_UNRESOLVABLE") {
            throw new exports.JsonPatchError("Cannot perform the operation from a path that does not exist", "OPERATION_FROM_UNRESOLVABLE", index, operation, document);
          }
        }
      }
    }
    exports.validator = validator;
    function validate(sequence, document, externalValidator) {
      try {
        if (!Array.isArray(sequence)) {
          throw new exports.JsonPatchError("Patch sequence must be an array", "SEQUENCE_NOT_AN_ARRAY");
        }
        if (document) {
          applyPatch(helpers_js_1._deepClone(document), helpers_js_1._deepClone(sequence), externalValidator || true);
        } else {
          externalValidator = externalValidator || validator;
          for (var i = 0; i < sequence.length; i++) {
            externalValidator(sequence[i], i, document, void 0);
          }
        }
      } catch (e) {
        if (e instanceof exports.JsonPatchError) {
          return e;
        } else {
          throw e;
        }
      }
    }
    exports.validate = validate;
    function _areEquals(a, b) {
      if (a === b)
        return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        var arrA = Array.isArray(a), arrB = Array.isArray(b), i, length, key;
        if (arrA && arrB) {
          length = a.length;
          if (length != b.length)
            return false;
          for (i = length; i-- !== 0; )
            if (!_areEquals(a[i], b[i]))
              return false;
          return true;
        }
        if (arrA != arrB)
          return false;
        var keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length)
          return false;
        for (i = length; i-- !== 0; )
          if (!b.hasOwnProperty(keys[i]))
            return false;
        for (i = length; i-- !== 0; ) {
          key = keys[i];
          if (!_areEquals(a[key], b[key]))
            return false;
        }
        return true;
      }
      return a !== a && b !== b;
    }
    exports._areEquals = _areEquals;
  }
});

// node_modules/fast-json-patch/commonjs/duplex.js
var require_duplex = __commonJS({
  "node_modules/fast-json-patch/commonjs/duplex.js"(exports) {
    Object.defineProperty(exports, "__esModule", { value: true });
    var helpers_js_1 = require_helpers();
    var core_js_1 = require_core();
    var beforeDict = /* @__PURE__ */ new WeakMap();
    var Mirror = (
      /** @class */
      /* @__PURE__ */ (function() {
        function Mirror2(obj) {
          this.observers = /* @__PURE__ */ new Map();
          this.obj = obj;
        }
        return Mirror2;
      })()
    );
    var ObserverInfo = (
      /** @class */
      /* @__PURE__ */ (function() {
        function ObserverInfo2(callback, observer) {
          this.callback = callback;
          this.observer = observer;
        }
        return ObserverInfo2;
      })()
    );
    function getMirror(obj) {
      return beforeDict.get(obj);
    }
    function getObserverFromMirror(mirror, callback) {
      return mirror.observers.get(callback);
    }
    function removeObserverFromMirror(mirror, observer) {
      mirror.observers.delete(observer.callback);
    }
    function unobserve(root, observer) {
      observer.unobserve();
    }
    exports.unobserve = unobserve;
    function observe(obj, callback) {
      var patches = [];
      var observer;
      var mirror = getMirror(obj);
      if (!mirror) {
        mirror = new Mirror(obj);
        beforeDict.set(obj, mirror);
      } else {
        var observerInfo = getObserverFromMirror(mirror, callback);
        observer = observerInfo && observerInfo.observer;
      }
      if (observer) {
        return observer;
      }
      observer = {};
      mirror.value = helpers_js_1._deepClone(obj);
      if (callback) {
        observer.callback = callback;
        observer.next = null;
        var dirtyCheck = function() {
          generate(observer);
        };
        var fastCheck = function() {
          clearTimeout(observer.next);
          observer.next = setTimeout(dirtyCheck);
        };
        if (typeof window !== "undefined") {
          window.addEventListener("mouseup", fastCheck);
          window.addEventListener("keyup", fastCheck);
          window.addEventListener("mousedown", fastCheck);
          window.addEventListener("keydown", fastCheck);
          window.addEventListener("change", fastCheck);
        }
      }
      observer.patches = patches;
      observer.object = obj;
      observer.unobserve = function() {
        generate(observer);
        clearTimeout(observer.next);
        removeObserverFromMirror(mirror, observer);
        if (typeof window !== "undefined") {
          window.removeEventListener("mouseup", fastCheck);
          window.removeEventListener("keyup", fastCheck);
          window.removeEventListener("mousedown", fastCheck);
          window.removeEventListener("keydown", fastCheck);
          window.removeEventListener("change", fastCheck);
        }
      };
      mirror.observers.set(callback, new ObserverInfo(callback, observer));
      return observer;
    }
    exports.observe = observe;
    function generate(observer, invertible) {
      if (invertible === void 0) {
        invertible = false;
      }
      var mirror = beforeDict.get(observer.object);
      _generate(mirror.value, observer.object, observer.patches, "", invertible);
      if (observer.patches.length) {
        core_js_1.applyPatch(mirror.value, observer.patches);
      }
      var temp = observer.patches;
      if (temp.length > 0) {
        observer.patches = [];
        if (observer.callback) {
          observer.callback(temp);
        }
      }
      return temp;
    }
    exports.generate = generate;
    function _generate(mirror, obj, patches, path, invertible) {
      if (obj === mirror) {
        return;
      }
      if (typeof obj.toJSON === "function") {
        obj = obj.toJSON();
      }
      var newKeys = helpers_js_1._objectKeys(obj);
      var oldKeys = helpers_js_1._objectKeys(mirror);
      var changed = false;
      var deleted = false;
      for (var t = oldKeys.length - 1; t >= 0; t--) {
        var key = oldKeys[t];
        var oldVal = mirror[key];
        if (helpers_js_1.hasOwnProperty(obj, key) && !(obj[key] === void 0 && oldVal !== void 0 && Array.isArray(obj) === false)) {
          var newVal = obj[key];
          if (typeof oldVal == "object" && oldVal != null && typeof newVal == "object" && newVal != null && Array.isArray(oldVal) === Array.isArray(newVal)) {
            _generate(oldVal, newVal, patches, path + "/" + helpers_js_1.escapePathComponent(key), invertible);
          } else {
            if (oldVal !== newVal) {
              changed = true;
              if (invertible) {
                patches.push({ op: "test", path: path + "/" + helpers_js_1.escapePathComponent(key), value: helpers_js_1._deepClone(oldVal) });
              }
              patches.push({ op: "replace", path: path + "/" + helpers_js_1.escapePathComponent(key), value: helpers_js_1._deepClone(newVal) });
            }
          }
        } else if (Array.isArray(mirror) === Array.isArray(obj)) {
          if (invertible) {
            patches.push({ op: "test", path: path + "/" + helpers_js_1.escapePathComponent(key), value: helpers_js_1._deepClone(oldVal) });
          }
          patches.push({ op: "remove", path: path + "/" + helpers_js_1.escapePathComponent(key) });
          deleted = true;
        } else {
          if (invertible) {
            patches.push({ op: "test", path, value: mirror });
          }
          patches.push({ op: "replace", path, value: obj });
          changed = true;
        }
      }
      if (!deleted && newKeys.length == oldKeys.length) {
        return;
      }
      for (var t = 0; t < newKeys.length; t++) {
        var key = newKeys[t];
        if (!helpers_js_1.hasOwnProperty(mirror, key) && obj[key] !== void 0) {
          patches.push({ op: "add", path: path + "/" + helpers_js_1.escapePathComponent(key), value: helpers_js_1._deepClone(obj[key]) });
        }
      }
    }
    function compare(tree1, tree2, invertible) {
      if (invertible === void 0) {
        invertible = false;
      }
      var patches = [];
      _generate(tree1, tree2, patches, "", invertible);
      return patches;
    }
    exports.compare = compare;
  }
});

// node_modules/fast-json-patch/index.js
var require_fast_json_patch = __commonJS({
  "node_modules/fast-json-patch/index.js"(exports) {
    var core = require_core();
    Object.assign(exports, core);
    var duplex = require_duplex();
    Object.assign(exports, duplex);
    var helpers = require_helpers();
    exports.JsonPatchError = helpers.PatchError;
    exports.deepClone = helpers._deepClone;
    exports.escapePathComponent = helpers.escapePathComponent;
    exports.unescapePathComponent = helpers.unescapePathComponent;
  }
});

// src/webhook/engine.ts
var realEngine = { evaluate, parsePolicy, policyFor };
async function loadEngine(moduleUrl) {
  if (!moduleUrl) return realEngine;
  const mod = await import(moduleUrl);
  const { evaluate: ev, parsePolicy: parse, policyFor: pick } = mod;
  if (typeof ev !== "function" || typeof parse !== "function" || typeof pick !== "function") {
    throw new Error(`${moduleUrl} does not export evaluate, parsePolicy and policyFor`);
  }
  return { evaluate: ev, parsePolicy: parse, policyFor: pick };
}

// src/webhook/decide.ts
var import_fast_json_patch = __toESM(require_fast_json_patch(), 1);
var MUTATED_ANNOTATION = "pgwarden.io/mutated";
var WARNING_MAX = 120;
var WARNINGS_TOTAL_MAX = 4096;
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
var SCALE_PARENTS = {
  "apps/statefulsets": {
    kind: "StatefulSet",
    replicasPath: "/spec/replicas",
    build: (name, namespace, replicas) => ({
      apiVersion: "apps/v1",
      kind: "StatefulSet",
      metadata: { name, namespace },
      // The namespace opted in to StatefulSet scale checks (deploy/webhooks.yaml) declares its StatefulSets to be
      // Postgres; the image only lets the engine recognise the synthetic object as one.
      spec: { replicas, template: { spec: { containers: [{ name: "postgres", image: "postgres" }] } } }
    })
  },
  "postgresql.cnpg.io/clusters": {
    kind: "Cluster",
    replicasPath: "/spec/instances",
    build: (name, namespace, replicas) => ({
      apiVersion: "postgresql.cnpg.io/v1",
      kind: "Cluster",
      metadata: { name, namespace },
      spec: { instances: replicas, storage: { size: "1Gi" } }
    })
  }
};
function resourceLabel(request, object) {
  const meta = isRecord(object) && isRecord(object.metadata) ? object.metadata : {};
  const name = typeof meta.name === "string" ? meta.name : request.name ?? "";
  const namespace = typeof meta.namespace === "string" ? meta.namespace : request.namespace;
  const sub = request.subResource ? `/${request.subResource}` : "";
  const kind = request.subResource ? SCALE_PARENTS[`${request.resource.group}/${request.resource.resource}`]?.kind ?? request.resource.resource : request.kind.kind;
  return `${kind}${sub} ${namespace ? `${namespace}/` : ""}${name}`;
}
function withNamespace(object, namespace) {
  if (!namespace) return object;
  const meta = isRecord(object.metadata) ? object.metadata : void 0;
  if (meta && typeof meta.namespace === "string" && meta.namespace !== "") return object;
  return { ...object, metadata: { ...meta ?? {}, namespace } };
}
var PGO_CLUSTER_LABEL = "postgres-operator.crunchydata.com/cluster";
var PGO_USER_LABEL = "postgres-operator.crunchydata.com/pguser";
function pgoUserSecretContext(secret) {
  const meta = isRecord(secret.metadata) ? secret.metadata : void 0;
  const labels = meta && isRecord(meta.labels) ? meta.labels : void 0;
  const cluster = labels?.[PGO_CLUSTER_LABEL];
  const name = meta?.name;
  if (typeof cluster !== "string" || typeof name !== "string" || !name.startsWith(`${cluster}-pguser-`)) return void 0;
  const labelledUser = labels?.[PGO_USER_LABEL];
  const user = typeof labelledUser === "string" ? labelledUser : name.slice(`${cluster}-pguser-`.length);
  if (user === "") return void 0;
  return {
    apiVersion: "postgres-operator.crunchydata.com/v1beta1",
    kind: "PostgresCluster",
    metadata: { name: cluster, namespace: meta?.namespace },
    spec: { instances: [{ name: "instance1" }], users: [{ name: user }] }
  };
}
function judgedInputs(request, related) {
  const object = request.object;
  if (request.subResource === "scale") {
    if (!isRecord(object)) return { invalid: "request.object must be an autoscaling/v1 Scale object" };
    const spec = object.spec;
    if (spec !== void 0 && !isRecord(spec)) return { invalid: "Scale spec must be an object" };
    const replicas = spec?.replicas ?? 0;
    if (typeof replicas !== "number" || !Number.isInteger(replicas) || replicas < 0) {
      return { invalid: "Scale spec.replicas must be a non-negative integer" };
    }
    const meta = isRecord(object.metadata) ? object.metadata : {};
    const name = typeof meta.name === "string" ? meta.name : request.name ?? "";
    const namespace = typeof meta.namespace === "string" ? meta.namespace : request.namespace;
    const parent = SCALE_PARENTS[`${request.resource.group}/${request.resource.resource}`];
    if (!parent) return { inputs: [], subjectIndex: 0 };
    return {
      inputs: [{ object: parent.build(name, namespace, replicas) }],
      subjectIndex: 0,
      keep: (f) => f.ruleId === "replicas" || f.ruleId === "invalid-manifest" && f.path === parent.replicasPath
    };
  }
  if (!isRecord(object)) {
    return { invalid: `request.object must be the ${request.kind.kind} object, got ${object === null ? "null" : typeof object}` };
  }
  const subject = { object: withNamespace(object, request.namespace) };
  if (request.operation === "UPDATE" && isRecord(request.oldObject)) {
    subject.oldObject = withNamespace(request.oldObject, request.namespace);
  }
  const inputs = [subject];
  if (request.kind.group === "" && request.kind.kind === "Secret") {
    const cluster = pgoUserSecretContext(subject.object);
    if (cluster) inputs.push({ object: cluster });
  }
  const offset = inputs.length;
  for (const object2 of related?.objects ?? []) inputs.push({ object: object2 });
  const counted = related?.counted?.length ? new Set(related.counted.map((i) => offset + i)) : void 0;
  return { inputs, subjectIndex: 0, ...counted ? { counted } : {} };
}
function fieldOf(pointer) {
  if (pointer === "" || pointer === "/") return "(object)";
  let out = "";
  for (const raw of pointer.split("/").slice(1)) {
    const part = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (/^\d+$/.test(part)) out += `[${part}]`;
    else if (/^[A-Za-z_][\w-]*$/.test(part)) out += out === "" ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}
function oneLine(text) {
  return text.replace(/\s+/g, " ").trim();
}
function truncate(text, max) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
}
function boundedWarnings(lines) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  let total = 0;
  for (let i = 0; i < lines.length; i++) {
    const warning = truncate(oneLine(lines[i] ?? ""), WARNING_MAX - 1);
    if (seen.has(warning)) continue;
    const more = `pgwarden: ${lines.length - i} more findings not shown; see pgwarden's log`;
    if (total + warning.length > WARNINGS_TOTAL_MAX - more.length - 8) {
      out.push(more);
      break;
    }
    seen.add(warning);
    out.push(warning);
    total += warning.length;
  }
  return out;
}
function findingLine(finding) {
  return `[${finding.ruleId}] ${fieldOf(finding.path)}: ${oneLine(finding.message)}`;
}
function summarise(policy, findings) {
  return {
    decision: "allowed",
    ...policy ? { policy: policy.name } : {},
    mode: policy?.mode ?? "enforce",
    findings: findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity })),
    infos: findings.filter((f) => f.severity === "info").map(findingLine),
    details: findings.filter((f) => f.severity !== "info").map(findingLine)
  };
}
function allow(uid) {
  return { uid, allowed: true };
}
function mutationPatch(object, findings, policy) {
  const optedIn = findings.filter((f) => f.fix && f.fix.patch.length > 0 && policy?.rules[f.ruleId]?.mutate === true);
  if (optedIn.length === 0) return { ops: [], applied: [] };
  let document = import_fast_json_patch.default.deepClone(object);
  const ops = [];
  const applied = [];
  for (const finding of optedIn) {
    const patch = finding.fix?.patch ?? [];
    try {
      const trial = import_fast_json_patch.default.deepClone(document);
      document = import_fast_json_patch.default.applyPatch(trial, import_fast_json_patch.default.deepClone(patch), true, true).newDocument;
      ops.push(...patch);
      applied.push(finding);
    } catch {
    }
  }
  if (applied.length === 0) return { ops: [], applied };
  const record = applied.map((f) => `${f.ruleId}: ${oneLine(f.fix?.description ?? "")}`).join("; ");
  const meta = isRecord(document) && isRecord(document.metadata) ? document.metadata : void 0;
  if (meta && isRecord(meta.annotations)) {
    ops.push({ op: "add", path: `/metadata/annotations/${MUTATED_ANNOTATION.replace(/~/g, "~0").replace(/\//g, "~1")}`, value: record });
  } else if (meta) {
    ops.push({ op: "add", path: "/metadata/annotations", value: { [MUTATED_ANNOTATION]: record } });
  }
  return { ops, applied };
}
function decide(request, endpoint, context) {
  const uid = request.uid;
  if (request.operation === "DELETE" || request.operation === "CONNECT") {
    return { response: allow(uid), summary: { decision: "skipped", findings: [], infos: [] } };
  }
  if (request.subResource && request.subResource !== "scale") {
    return { response: allow(uid), summary: { decision: "skipped", findings: [], infos: [] } };
  }
  if (request.subResource === "scale" && endpoint === "mutate") {
    return { response: allow(uid), summary: { decision: "skipped", findings: [], infos: [] } };
  }
  const judged = judgedInputs(request, request.subResource ? void 0 : context.related);
  const label = resourceLabel(request, request.object);
  if ("invalid" in judged) {
    return {
      response: { uid, allowed: false, status: { code: 400, reason: "BadRequest", message: `pgwarden: ${label}: ${judged.invalid}` } },
      summary: { decision: "denied", findings: [], infos: [] }
    };
  }
  if (judged.inputs.length === 0) {
    return { response: allow(uid), summary: { decision: "skipped", findings: [], infos: [] } };
  }
  let findings;
  let policy;
  try {
    const subject = judged.inputs[judged.subjectIndex];
    policy = context.engine.policyFor(subject, context.policy);
    findings = context.engine.evaluate(judged.inputs, {
      ...context.policy ? { policy: context.policy } : {},
      ...context.clusterStorageClasses ? { clusterStorageClasses: context.clusterStorageClasses } : {}
    }).filter((f) => (f.objectIndex === judged.subjectIndex || judged.counted?.has(f.objectIndex) === true) && (!judged.keep || judged.keep(f)));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      response: {
        uid,
        allowed: false,
        status: { code: 500, reason: "InternalError", message: `pgwarden: internal error judging ${label}: ${oneLine(reason).slice(0, 300)}` }
      },
      summary: { decision: "error", findings: [], infos: [] }
    };
  }
  const summary = summarise(policy, findings);
  const mode = summary.mode ?? "enforce";
  if (endpoint === "mutate") {
    const { ops, applied } = mutationPatch(judged.inputs[judged.subjectIndex].object, findings.filter((f) => f.objectIndex === judged.subjectIndex), policy);
    if (ops.length === 0) return { response: allow(uid), summary };
    return {
      response: {
        uid,
        allowed: true,
        patchType: "JSONPatch",
        patch: Buffer.from(JSON.stringify(ops)).toString("base64"),
        auditAnnotations: { mutated: applied.map((f) => f.ruleId).join(",") }
      },
      summary: { ...summary, decision: "mutated" }
    };
  }
  const errors = findings.filter((f) => f.severity === "error");
  const notes = context.related?.notes ?? [];
  const warnings = findings.filter((f) => f.severity === "warning");
  const policyName = policy ? `policy ${policy.name}` : "built-in policy";
  if (errors.length > 0 && mode === "enforce") {
    const list = errors.map((f, i) => `(${i + 1}) ${findingLine(f)}`).join(" ");
    const message = `pgwarden denied ${label} (${policyName}, enforce): ${list}`;
    const response = { uid, allowed: false, status: { code: 403, reason: "Forbidden", message } };
    const shown = [...warnings.map(findingLine), ...notes];
    if (shown.length > 0) response.warnings = boundedWarnings(shown);
    return { response, summary: { ...summary, decision: "denied" } };
  }
  const lines = [...errors.map((f) => `audit: ${findingLine(f)}`), ...warnings.map(findingLine)];
  if (lines.length === 0) return { response: notes.length > 0 ? { uid, allowed: true, warnings: boundedWarnings(notes) } : allow(uid), summary };
  lines.push(...notes);
  return { response: { uid, allowed: true, warnings: boundedWarnings(lines) }, summary: { ...summary, decision: "warned" } };
}

// src/webhook/evaluator.ts
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
function buildPolicySet(engine, documents) {
  if (documents.length === 0) return void 0;
  const policies = documents.flatMap((doc) => engine.parsePolicy(doc.text, doc.source).policies);
  return { policies };
}
function timedOut(request, budgetMs, onTimeout) {
  const message = `pgwarden could not judge ${request.kind.kind} ${request.namespace ? `${request.namespace}/` : ""}${request.name ?? ""} within its ${budgetMs} ms budget`;
  const response = onTimeout === "deny" ? { uid: request.uid, allowed: false, status: { code: 503, reason: "Timeout", message: `${message}; retry, or see pgwarden's log` } } : { uid: request.uid, allowed: true, warnings: [`${message}; allowed unjudged`.slice(0, 119)] };
  return { response, summary: { decision: "timeout", findings: [], infos: [] } };
}
var InlineEvaluator = class {
  constructor(engine) {
    this.engine = engine;
  }
  engine;
  policy;
  classes;
  setPolicy(documents) {
    this.policy = buildPolicySet(this.engine, documents);
  }
  setStorageClasses(classes) {
    this.classes = classes;
  }
  async decide(request, endpoint, _budgetMs, related) {
    return decide(request, endpoint, {
      engine: this.engine,
      policy: this.policy,
      ...this.classes ? { clusterStorageClasses: this.classes } : {},
      ...related ? { related } : {}
    });
  }
  async close() {
  }
};
function defaultWorkerScript() {
  return new URL("./eval-worker.js", import.meta.url);
}
var WorkerPoolEvaluator = class {
  constructor(options) {
    this.options = options;
    this.script = options.script ?? defaultWorkerScript();
    const path = this.script instanceof URL ? fileURLToPath(this.script) : this.script;
    if (!existsSync(path)) throw new Error(`evaluation worker ${path} is missing; run \`npm run bundle\` or use --workers 0`);
    for (let i = 0; i < Math.max(1, options.size); i++) this.slots.push(this.spawn());
  }
  options;
  slots = [];
  pending = /* @__PURE__ */ new Map();
  nextId = 1;
  documents = [];
  classes;
  closed = false;
  /** Set when a worker cannot load the engine: respawning would loop, so answer with the timeout decision. */
  fatal;
  script;
  spawn() {
    const worker = new Worker(this.script, { workerData: { engineModule: this.options.engineModule } });
    const slot = { worker, inFlight: 0, ready: false };
    worker.on("message", (message) => {
      if (message.type === "fatal") {
        this.fatal = message.message;
        return;
      }
      if (message.type === "ready") {
        slot.ready = true;
        return;
      }
      const pending = this.pending.get(message.id);
      if (!pending) return;
      this.pending.delete(message.id);
      clearTimeout(pending.timer);
      slot.inFlight--;
      pending.resolve(message.result);
    });
    worker.on("error", (error) => this.replace(slot, `worker error: ${error.message}`));
    worker.on("exit", (code) => {
      if (!this.closed && this.slots.includes(slot)) this.replace(slot, `worker exited with code ${code}`);
    });
    worker.postMessage({ type: "policy", documents: this.documents });
    worker.postMessage({ type: "storageClasses", classes: this.classes });
    worker.unref();
    return slot;
  }
  /** Ends a stuck or dead worker: its other requests get the timeout answer, a fresh worker takes its place. */
  replace(slot, reason) {
    const index = this.slots.indexOf(slot);
    if (index < 0 || this.closed) return;
    if (!this.fatal) this.slots[index] = this.spawn();
    else this.slots.splice(index, 1);
    for (const [id, pending] of this.pending) {
      if (pending.slot !== slot) continue;
      this.pending.delete(id);
      clearTimeout(pending.timer);
      pending.resolve(timedOut(pending.request, pending.budgetMs, this.options.onTimeout));
    }
    void slot.worker.terminate();
    this.options.onWorkerReplaced?.(reason);
  }
  async heapUsed() {
    const stats = await Promise.all(this.slots.map((slot) => slot.worker.getHeapStatistics().catch(() => void 0)));
    return stats.reduce((sum, s) => sum + (s?.used_heap_size ?? 0), 0);
  }
  /** Warm workers / all workers, for /readyz. */
  readiness() {
    return { ready: this.slots.filter((s) => s.ready).length, total: this.slots.length };
  }
  setPolicy(documents) {
    this.documents = documents;
    for (const slot of this.slots) slot.worker.postMessage({ type: "policy", documents });
  }
  setStorageClasses(classes) {
    this.classes = classes;
    for (const slot of this.slots) slot.worker.postMessage({ type: "storageClasses", classes });
  }
  decide(request, endpoint, budgetMs, related) {
    const first = this.slots[0];
    if (this.closed || !first) return Promise.resolve(timedOut(request, budgetMs, this.options.onTimeout));
    let slot = this.slots.find((s) => s.ready) ?? first;
    for (const candidate of this.slots) {
      if ((candidate.ready || !slot.ready) && candidate.inFlight < slot.inFlight) slot = candidate;
    }
    const id = this.nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        if (!this.pending.has(id)) return;
        this.replace(slot, `a request outlived its ${budgetMs} ms budget`);
      }, budgetMs);
      this.pending.set(id, { request, budgetMs, timer, resolve, slot });
      slot.inFlight++;
      slot.worker.postMessage({ type: "decide", id, request, endpoint, ...related ? { related } : {} });
    });
  }
  async close() {
    this.closed = true;
    for (const [id, pending] of this.pending) {
      this.pending.delete(id);
      clearTimeout(pending.timer);
      pending.resolve(timedOut(pending.request, pending.budgetMs, this.options.onTimeout));
    }
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }
};

export {
  loadEngine,
  decide,
  buildPolicySet,
  InlineEvaluator,
  WorkerPoolEvaluator
};
/*! For license information please see chunk-Q46YH3F7.js.LEGAL.txt */
