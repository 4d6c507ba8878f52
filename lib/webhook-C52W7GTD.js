import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  POSTGRES_KINDS,
  auditCluster,
  clusterApi,
  collectionPath,
  emptinessOnly,
  policyReports,
  referencedSecrets,
  withTypeMeta,
  writePolicyReports
} from "./chunk-L27YVGZZ.js";
import {
  policyCompiler
} from "./chunk-R4D3TINW.js";
import {
  evaluate,
  evaluateChange,
  evaluateUpdate,
  parsePolicy,
  policyFor,
  relatedNeeds,
  scaleSubject
} from "./chunk-UKR6ZIRD.js";
import "./chunk-NUU3TWGB.js";
import {
  require_dist
} from "./chunk-KZPG3NJF.js";
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
    function hasOwnProperty(obj, key2) {
      return _hasOwnProperty.call(obj, key2);
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
      for (var key2 in root) {
        if (hasOwnProperty(root, key2)) {
          if (root[key2] === obj) {
            return escapePathComponent(key2) + "/";
          } else if (typeof root[key2] === "object") {
            found = _getPathRecursive(root[key2], obj);
            if (found != "") {
              return escapePathComponent(key2) + "/" + found;
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
      for (var key2 in args) {
        var value = typeof args[key2] === "object" ? JSON.stringify(args[key2], null, 2) : args[key2];
        if (typeof value !== "undefined") {
          messageParts.push(key2 + ": " + value);
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
      add: function(obj, key2, document) {
        obj[key2] = this.value;
        return { newDocument: document };
      },
      remove: function(obj, key2, document) {
        var removed = obj[key2];
        delete obj[key2];
        return { newDocument: document, removed };
      },
      replace: function(obj, key2, document) {
        var removed = obj[key2];
        obj[key2] = this.value;
        return { newDocument: document, removed };
      },
      move: function(obj, key2, document) {
        var removed = getValueByPointer(document, this.path);
        if (removed) {
          removed = helpers_js_1._deepClone(removed);
        }
        var originalValue = applyOperation(document, { op: "remove", path: this.from }).removed;
        applyOperation(document, { op: "add", path: this.path, value: originalValue });
        return { newDocument: document, removed };
      },
      copy: function(obj, key2, document) {
        var valueToCopy = getValueByPointer(document, this.from);
        applyOperation(document, { op: "add", path: this.path, value: helpers_js_1._deepClone(valueToCopy) });
        return { newDocument: document };
      },
      test: function(obj, key2, document) {
        return { newDocument: document, test: _areEquals(obj[key2], this.value) };
      },
      _get: function(obj, key2, document) {
        this.value = obj[key2];
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
        var key2 = void 0;
        var validateFunction = void 0;
        if (typeof validateOperation == "function") {
          validateFunction = validateOperation;
        } else {
          validateFunction = validator;
        }
        while (true) {
          key2 = keys[t];
          if (key2 && key2.indexOf("~") != -1) {
            key2 = helpers_js_1.unescapePathComponent(key2);
          }
          if (banPrototypeModifications && (key2 == "__proto__" || key2 == "prototype" && t > 0 && keys[t - 1] == "constructor")) {
            throw new TypeError("JSON-Patch: modifying `__proto__` or `constructor/prototype` prop is banned for security reasons, if this was on purpose, please set `banPrototypeModifications` flag false and pass it to this function. More info in fast-json-patch README");
          }
          if (validateOperation) {
            if (existingPathFragment === void 0) {
              if (obj[key2] === void 0) {
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
            if (key2 === "-") {
              key2 = obj.length;
            } else {
              if (validateOperation && !helpers_js_1.isInteger(key2)) {
                throw new exports.JsonPatchError("Expected an unsigned base-10 integer value, making the new referenced value the array element with the zero-based index", "OPERATION_PATH_ILLEGAL_ARRAY_INDEX", index, operation, document);
              } else if (helpers_js_1.isInteger(key2)) {
                key2 = ~~key2;
              }
            }
            if (t >= len) {
              if (validateOperation && operation.op === "add" && key2 > obj.length) {
                throw new exports.JsonPatchError("The specified index MUST NOT be greater than the number of elements in the array", "OPERATION_VALUE_OUT_OF_BOUNDS", index, operation, document);
              }
              var returnValue = arrOps[operation.op].call(operation, obj, key2, document);
              if (returnValue.test === false) {
                throw new exports.JsonPatchError("Test operation failed", "TEST_OPERATION_FAILED", index, operation, document);
              }
              return returnValue;
            }
          } else {
            if (t >= len) {
              var returnValue = objOps[operation.op].call(operation, obj, key2, document);
              if (returnValue.test === false) {
                throw new exports.JsonPatchError("Test operation failed", "TEST_OPERATION_FAILED", index, operation, document);
              }
              return returnValue;
            }
          }
          obj = obj[key2];
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
        var arrA = Array.isArray(a), arrB = Array.isArray(b), i, length, key2;
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
          key2 = keys[i];
          if (!_areEquals(a[key2], b[key2]))
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
        var key2 = oldKeys[t];
        var oldVal = mirror[key2];
        if (helpers_js_1.hasOwnProperty(obj, key2) && !(obj[key2] === void 0 && oldVal !== void 0 && Array.isArray(obj) === false)) {
          var newVal = obj[key2];
          if (typeof oldVal == "object" && oldVal != null && typeof newVal == "object" && newVal != null && Array.isArray(oldVal) === Array.isArray(newVal)) {
            _generate(oldVal, newVal, patches, path + "/" + helpers_js_1.escapePathComponent(key2), invertible);
          } else {
            if (oldVal !== newVal) {
              changed = true;
              if (invertible) {
                patches.push({ op: "test", path: path + "/" + helpers_js_1.escapePathComponent(key2), value: helpers_js_1._deepClone(oldVal) });
              }
              patches.push({ op: "replace", path: path + "/" + helpers_js_1.escapePathComponent(key2), value: helpers_js_1._deepClone(newVal) });
            }
          }
        } else if (Array.isArray(mirror) === Array.isArray(obj)) {
          if (invertible) {
            patches.push({ op: "test", path: path + "/" + helpers_js_1.escapePathComponent(key2), value: helpers_js_1._deepClone(oldVal) });
          }
          patches.push({ op: "remove", path: path + "/" + helpers_js_1.escapePathComponent(key2) });
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
        var key2 = newKeys[t];
        if (!helpers_js_1.hasOwnProperty(mirror, key2) && obj[key2] !== void 0) {
          patches.push({ op: "add", path: path + "/" + helpers_js_1.escapePathComponent(key2), value: helpers_js_1._deepClone(obj[key2]) });
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

// src/webhook/main.ts
import { parseArgs } from "node:util";

// src/webhook/audit-loop.ts
function parseDuration(value, flag) {
  const match = /^(\d+)(ms|s|m|h)$/.exec(value.trim());
  if (!match) throw new Error(`--${flag} must be a duration like 30s, 10m or 1h, got "${value}"`);
  const unit = { ms: 1, s: 1e3, m: 6e4, h: 36e5 }[match[2]];
  const ms = Number(match[1]) * unit;
  if (ms < 1e3) throw new Error(`--${flag} must be at least 1s, got "${value}"`);
  return ms;
}
function startAuditLoop(options) {
  const api = clusterApi(options.kubeConfig);
  let timer;
  let running;
  let stopped = false;
  let crdMissingLogged = false;
  const round = async () => {
    const started = Date.now();
    try {
      const policy = options.policy();
      const result = await auditCluster(api, { policy, secrets: options.readSecrets });
      const reports = policyReports(result);
      const outcome = await writePolicyReports(options.kubeConfig, reports);
      const totals = reports.reduce((t, r) => ({ fail: t.fail + r.summary.fail, warn: t.warn + r.summary.warn, pass: t.pass + r.summary.pass }), { fail: 0, warn: 0, pass: 0 });
      options.log.info(
        { namespaces: outcome.written.length, deleted: outcome.deleted.length, ...totals, policy: result.policySource, notes: result.notes, ms: Date.now() - started },
        "audit: PolicyReports written"
      );
      crdMissingLogged = false;
    } catch (error) {
      const code = error.code;
      if (code === 404) {
        if (!crdMissingLogged) options.log.error("audit: the PolicyReport CRD (wgpolicyk8s.io/v1alpha2) is not installed; apply deploy/policyreports/");
        crdMissingLogged = true;
      } else {
        options.log.error({ err: error.message?.split("\n")[0] ?? String(error), code }, "audit round failed; retrying at the next interval");
      }
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = round().finally(schedule);
    }, options.intervalMs);
    timer.unref();
  };
  running = round().finally(schedule);
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    await running?.catch(() => {
    });
  };
}

// src/webhook/cluster.ts
import {
  CoreV1Api,
  CustomObjectsApi,
  KubeConfig,
  StorageV1Api,
  Watch,
  makeInformer
} from "@kubernetes/client-node";
var POLICY_GROUP = "pgwarden.io";
var POLICY_VERSION = "v1alpha1";
var POLICY_PLURAL = "postgrespolicies";
function loadKubeConfig(kubeconfigPath) {
  const kc = new KubeConfig();
  if (kubeconfigPath) kc.loadFromFile(kubeconfigPath);
  else kc.loadFromCluster();
  return kc;
}
function storageClassInformer(kc) {
  const api = kc.makeApiClient(StorageV1Api);
  return () => makeInformer(kc, "/apis/storage.k8s.io/v1/storageclasses", () => api.listStorageClass());
}
function policyInformer(kc) {
  const api = kc.makeApiClient(CustomObjectsApi);
  const list = async () => await api.listClusterCustomObject({ group: POLICY_GROUP, version: POLICY_VERSION, plural: POLICY_PLURAL });
  return () => makeInformer(kc, `/apis/${POLICY_GROUP}/${POLICY_VERSION}/${POLICY_PLURAL}`, list);
}
var ZALANDO_CONFIG_GROUP = "acid.zalan.do";
function namespacedName(value, flag) {
  const match = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?)\/([a-z0-9]([-.a-z0-9]*[a-z0-9])?)$/.exec(value);
  if (!match) throw new Error(`--${flag} must be NAMESPACE/NAME, got "${value}"`);
  return { namespace: match[1], name: match[3] };
}
function statusOf(error) {
  if (typeof error !== "object" || error === null) return void 0;
  const record = error;
  const code = record.code ?? record.statusCode;
  return typeof code === "number" ? code : void 0;
}
var ListWatchInformer = class {
  constructor(kc, options) {
    this.kc = kc;
    this.options = options;
  }
  kc;
  options;
  items = /* @__PURE__ */ new Map();
  handlers = {};
  resourceVersion;
  controller;
  stopped = false;
  on(verb, cb) {
    const list = this.handlers[verb] ?? [];
    list.push(cb);
    this.handlers[verb] = list;
  }
  emit(verb, value) {
    for (const cb of this.handlers[verb] ?? []) cb(value);
  }
  list() {
    return [...this.items.values()];
  }
  async start() {
    this.stopped = false;
    let listed;
    try {
      listed = await this.options.list();
    } catch (error) {
      if (this.options.absentIsEmpty && statusOf(error) === 404) return;
      this.emit("error", error);
      return;
    }
    this.resourceVersion = listed.metadata?.resourceVersion;
    for (const item of listed.items ?? []) {
      const name = keyOf(item);
      this.items.set(name, item);
      this.emit("add", item);
    }
    void this.watch();
  }
  async watch() {
    if (this.stopped) return;
    const query = { allowWatchBookmarks: true };
    if (this.resourceVersion) query.resourceVersion = this.resourceVersion;
    if (this.options.fieldSelector) query.fieldSelector = this.options.fieldSelector;
    const started = Date.now();
    this.controller = await new Watch(this.kc).watch(
      this.options.path,
      query,
      (type, object) => {
        if (this.stopped) return;
        if (type === "ERROR") {
          this.stopped = true;
          this.controller?.abort();
          this.emit("error", Object.assign(new Error(`watch error ${JSON.stringify(object.code ?? "")}`), { statusCode: object.code }));
          return;
        }
        const rv = object.metadata?.resourceVersion;
        if (rv) this.resourceVersion = rv;
        if (type === "BOOKMARK") return;
        const name = keyOf(object);
        if (type === "DELETED") {
          this.items.delete(name);
          this.emit("delete", object);
        } else {
          const known = this.items.has(name);
          this.items.set(name, object);
          this.emit(known ? "update" : "add", object);
        }
      },
      (error) => {
        if (this.stopped) return;
        const normal = !error || error instanceof Error && error.name === "TimeoutError";
        if (normal && Date.now() - started >= 1e3) {
          void this.watch();
          return;
        }
        this.stopped = true;
        this.emit("error", error ?? new Error("watch ended at once"));
      }
    );
  }
  async stop() {
    this.stopped = true;
    this.controller?.abort();
  }
};
function keyOf(object) {
  const meta = object.metadata;
  return `${meta?.namespace ?? ""}/${meta?.name ?? ""}`;
}
var ZALANDO_CONFIG_PLURAL = "operatorconfigurations";
function operatorConfigurationInformer(kc, only) {
  const api = kc.makeApiClient(CustomObjectsApi);
  const base = { group: ZALANDO_CONFIG_GROUP, version: "v1", plural: ZALANDO_CONFIG_PLURAL };
  return () => new ListWatchInformer(
    kc,
    only ? {
      path: `/apis/${ZALANDO_CONFIG_GROUP}/v1/namespaces/${only.namespace}/${ZALANDO_CONFIG_PLURAL}`,
      fieldSelector: `metadata.name=${only.name}`,
      list: async () => await api.listNamespacedCustomObject({ ...base, namespace: only.namespace, fieldSelector: `metadata.name=${only.name}` }),
      absentIsEmpty: true
    } : {
      path: `/apis/${ZALANDO_CONFIG_GROUP}/v1/${ZALANDO_CONFIG_PLURAL}`,
      list: async () => await api.listClusterCustomObject(base),
      absentIsEmpty: true
    }
  );
}
function configMapInformer(kc, only) {
  const api = kc.makeApiClient(CoreV1Api);
  const fieldSelector = `metadata.name=${only.name}`;
  return () => new ListWatchInformer(kc, {
    path: `/api/v1/namespaces/${only.namespace}/configmaps`,
    fieldSelector,
    list: () => api.listNamespacedConfigMap({ namespace: only.namespace, fieldSelector })
  });
}
function customObjectGetter(kc) {
  const api = kc.makeApiClient(CustomObjectsApi);
  return async ({ group, version, resource, namespace, name }) => {
    try {
      return await api.getNamespacedCustomObject({ group, version, plural: resource, namespace, name });
    } catch (error) {
      if (statusOf(error) === 404) return void 0;
      throw error;
    }
  };
}

// src/webhook/log.ts
import { openSync, write, writeSync } from "node:fs";
import { pino } from "pino";
var BATCH_CHARS = 4096;
var FLUSH_MS = 1e3;
var MAX_BUFFERED_CHARS = 16 * 1024 * 1024;
var RETRY_MS = 100;
function webhookLogger(options = {}) {
  const destination = options.destination ?? 1;
  const stream = new LineBatcher(typeof destination === "number" ? destination : openSync(destination, "a"));
  return pino(
    {
      level: options.level ?? "info",
      base: { component: "pgwarden-webhook" },
      hooks: {
        logMethod(args, method, level) {
          method.apply(this, args);
          if (level >= 40) stream.flush();
        }
      }
    },
    stream
  );
}
var live = /* @__PURE__ */ new Set();
var exitHooked = false;
var LineBatcher = class {
  constructor(fd, maxChars = MAX_BUFFERED_CHARS) {
    this.fd = fd;
    this.maxChars = maxChars;
    this.timer = setInterval(() => this.flush(), FLUSH_MS);
    this.timer.unref();
    live.add(new WeakRef(this));
    if (!exitHooked) {
      exitHooked = true;
      process.once("exit", () => {
        for (const ref of live) ref.deref()?.flushSync();
      });
    }
  }
  fd;
  maxChars;
  pending = [];
  pendingChars = 0;
  inFlight;
  dropped = 0;
  /** A flush was asked for while a batch was in flight. */
  again = false;
  /** logger.flush callbacks, called when nothing waits and nothing is in flight. */
  waiting = [];
  timer;
  /** pino's stream interface: one line, ending in a newline. */
  write(line) {
    if (this.pendingChars + line.length > this.maxChars) {
      this.dropped++;
      return false;
    }
    if (this.dropped > 0) this.noteDropped();
    this.pending.push(line);
    this.pendingChars += line.length;
    if (this.inFlight === void 0 && this.pendingChars >= BATCH_CHARS) this.flush();
    return true;
  }
  /**
   * Starts writing what waits; with a batch in flight, right after it. `done` (pino's logger.flush) is called once
   * what waited has been written, or could not be.
   */
  flush(done) {
    if (done) this.waiting.push(done);
    if (this.inFlight !== void 0) {
      this.again = true;
      return;
    }
    if (this.pending.length === 0) {
      this.settle();
      return;
    }
    const batch = Buffer.from(this.pending.length === 1 ? this.pending[0] : this.pending.join(""));
    this.pending = [];
    this.pendingChars = 0;
    this.send(batch);
  }
  /** Writes what waits, synchronously: the process is exiting. Never throws. */
  flushSync() {
    if (this.pending.length === 0) return;
    const text = this.pending.join("");
    this.pending = [];
    this.pendingChars = 0;
    try {
      writeSync(this.fd, text);
    } catch {
    }
  }
  send(batch) {
    this.inFlight = batch;
    write(this.fd, batch, 0, batch.length, null, (error, written) => {
      if (error) {
        if (error.code === "EAGAIN") {
          setTimeout(() => this.send(batch), RETRY_MS).unref();
          return;
        }
        this.inFlight = void 0;
      } else if (written < batch.length) {
        this.send(batch.subarray(written));
        return;
      } else {
        this.inFlight = void 0;
      }
      if (this.again || this.pendingChars >= BATCH_CHARS || this.waiting.length > 0) {
        this.again = false;
        this.flush();
      }
    });
  }
  settle() {
    const waiting = this.waiting;
    this.waiting = [];
    for (const done of waiting) done();
  }
  noteDropped() {
    const line = `{"level":40,"time":${Date.now()},"component":"pgwarden-webhook","dropped":${this.dropped},"msg":"log lines dropped: stdout is not read fast enough"}
`;
    this.dropped = 0;
    this.pending.push(line);
    this.pendingChars += line.length;
  }
};
function writeLine(log, level, entry, msg) {
  if (!log.isLevelEnabled(level)) return;
  const internals = log;
  const stream = internals[pino.symbols.streamSym];
  const bindings = internals[pino.symbols.chindingsSym];
  if (typeof stream?.write !== "function" || typeof bindings !== "string" || internals[pino.symbols.timeSym] !== pino.stdTimeFunctions.epochTime || internals[pino.symbols.messageKeySym] !== "msg") {
    log[level](entry, msg);
    return;
  }
  const body = JSON.stringify(entry).slice(1, -1);
  stream.write(`{"level":${log.levels.values[level]},"time":${Date.now()}${bindings}${body ? `,${body}` : ""},"msg":${JSON.stringify(msg)}}
`);
}
var LOG_TEXT_MAX = 300;
var LOG_LIST_MAX = 20;
function boundedText(text, max = LOG_TEXT_MAX) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
}
function boundedList(items, max = LOG_LIST_MAX, itemMax = LOG_TEXT_MAX) {
  const shown = items.slice(0, max).map((item) => boundedText(item, itemMax));
  if (items.length > max) shown.push(`(${items.length - max} more)`);
  return shown;
}
function ruleCounts(findings) {
  const counts = {};
  for (const f of findings) {
    const key2 = `${f.ruleId}:${f.severity}`;
    counts[key2] = (counts[key2] ?? 0) + 1;
  }
  return counts;
}

// src/webhook/server.ts
import Fastify from "fastify";

// src/webhook/json-body.ts
var MAX_JSON_DEPTH = 100;
var QUOTE = 34;
var BACKSLASH = 92;
var OPEN_OBJECT = 123;
var CLOSE_OBJECT = 125;
var OPEN_ARRAY = 91;
var CLOSE_ARRAY = 93;
var COLON = 58;
var COMMA = 44;
var MAX_KEY = 64;
var MAX_UID = 256;
function isSpace(c) {
  return c === 32 || c === 10 || c === 13 || c === 9;
}
function decode(text, start, end, max) {
  if (end - start > max + 2) return void 0;
  let plain = true;
  for (let i = start + 1; i < end - 1; i++) {
    if (text.charCodeAt(i) === BACKSLASH) {
      plain = false;
      break;
    }
  }
  if (plain) return text.slice(start + 1, end - 1);
  try {
    const value = JSON.parse(text.slice(start, end));
    return typeof value === "string" ? value : void 0;
  } catch {
    return void 0;
  }
}
function scanJson(text, maxDepth = MAX_JSON_DEPTH) {
  const n = text.length;
  let depth = 0;
  let deepest = 0;
  let level1IsObject = false;
  let level2IsObject = false;
  let key1;
  let key2;
  let uid;
  const commasAt = [0];
  let commas = 0;
  let containers = 0;
  let maxCommas = 0;
  const result = () => ({
    depth: deepest,
    exceeded: deepest > maxDepth,
    ...uid !== void 0 ? { uid } : {},
    bounds: { values: 1 + commas + containers, entries: maxCommas + 1 }
  });
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      let j = i + 1;
      for (; ; ) {
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
          key2 = void 0;
        } else if (depth === 2 && level2IsObject && key1 === "request") {
          if (isKey) key2 = decode(text, i, end, MAX_KEY);
          else if (key2 === "uid") uid = decode(text, i, end, MAX_UID);
        }
      }
      i = end;
      continue;
    }
    if (c === COMMA) {
      commas++;
      if (depth === 2 && key2 === "uid") key2 = void 0;
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
        key2 = void 0;
      }
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      depth--;
    } else if (depth === 2 && key2 === "uid" && !isSpace(c) && c !== COLON) {
      key2 = void 0;
    }
    i++;
  }
  return result();
}
var PARSE_FIRST_MAX = 64 * 1024;
function measureValue(root, maxDepth = MAX_JSON_DEPTH) {
  let values = 0;
  let entries = 0;
  let deepest = 0;
  const stack = [root];
  const depths = [0];
  while (stack.length > 0) {
    const value = stack.pop();
    const depth = depths.pop();
    values++;
    if (typeof value !== "object" || value === null) continue;
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
      let count = 0;
      for (const key2 in value) {
        count++;
        stack.push(value[key2]);
        depths.push(level);
      }
      if (count > entries) entries = count;
    }
  }
  return { depth: deepest, bounds: { values, entries } };
}
function tooDeep(maxDepth, uid) {
  return {
    ok: false,
    message: `the JSON body is nested deeper than ${maxDepth} levels (the limit is ${maxDepth}); no Kubernetes object nests that deep`,
    ...uid ? { uid } : {}
  };
}
function parsedUid(value) {
  const request = typeof value === "object" && value !== null && !Array.isArray(value) ? value.request : void 0;
  const uid = typeof request === "object" && request !== null && !Array.isArray(request) ? request.uid : void 0;
  return typeof uid === "string" && uid.length <= MAX_UID ? uid : void 0;
}
function notJson(error, text, maxDepth) {
  const position = error instanceof SyntaxError ? /position \d+(?: \(line \d+ column \d+\))?/.exec(error.message)?.[0] : void 0;
  const detail = position ? ` (at ${position})` : "";
  const uid = scanJson(text, maxDepth).uid;
  return { ok: false, message: `the body is not valid JSON${detail}`, ...uid ? { uid } : {} };
}
function parseJsonBody(text, maxDepth = MAX_JSON_DEPTH) {
  if (text.trim() === "") return { ok: false, message: "the body is empty; send an AdmissionReview" };
  if (text.length <= PARSE_FIRST_MAX) {
    let value;
    try {
      value = JSON.parse(text);
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
    return { ok: true, value: JSON.parse(text), bounds: scan.bounds };
  } catch (error) {
    return notJson(error, text, maxDepth);
  }
}

// src/webhook/review.ts
var OPERATIONS = /* @__PURE__ */ new Set(["CREATE", "UPDATE", "DELETE", "CONNECT"]);
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function bad(message) {
  return { ok: false, status: 400, message };
}
function describe(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a JSON array";
  return `a ${typeof value}`;
}
function parseReview(body) {
  if (!isRecord(body)) return bad(`the body must be an AdmissionReview JSON object, got ${describe(body)}`);
  if (body.kind !== "AdmissionReview") {
    return bad(`kind must be "AdmissionReview", got ${JSON.stringify(body.kind ?? null).slice(0, 60)}`);
  }
  if (body.apiVersion !== "admission.k8s.io/v1") {
    return bad(
      `apiVersion must be "admission.k8s.io/v1" (set admissionReviewVersions: ["v1"]), got ${JSON.stringify(body.apiVersion ?? null).slice(0, 60)}`
    );
  }
  const request = body.request;
  if (!isRecord(request)) return bad("request is missing: an AdmissionReview sent to a webhook carries a request");
  if (typeof request.uid !== "string" || request.uid.length === 0) return bad("request.uid is missing or not a string");
  if (typeof request.operation !== "string" || !OPERATIONS.has(request.operation)) {
    return bad("request.operation must be one of CREATE, UPDATE, DELETE, CONNECT");
  }
  const kind = request.kind;
  if (!isRecord(kind) || typeof kind.kind !== "string" || typeof kind.version !== "string" || typeof kind.group !== "string") {
    return bad("request.kind must be {group, version, kind}");
  }
  const resource = request.resource;
  if (!isRecord(resource) || typeof resource.resource !== "string" || typeof resource.version !== "string" || typeof resource.group !== "string") {
    return bad("request.resource must be {group, version, resource}");
  }
  for (const field of ["name", "namespace", "subResource"]) {
    if (request[field] !== void 0 && typeof request[field] !== "string") return bad(`request.${field} must be a string`);
  }
  if (request.dryRun !== void 0 && typeof request.dryRun !== "boolean") return bad("request.dryRun must be a boolean");
  return {
    ok: true,
    request: { ...request, operation: request.operation }
  };
}
function reviewWith(response) {
  return { apiVersion: "admission.k8s.io/v1", kind: "AdmissionReview", response };
}
function uidOf(body) {
  if (!isRecord(body) || !isRecord(body.request)) return void 0;
  const uid = body.request.uid;
  return typeof uid === "string" && uid.length > 0 && uid.length <= 256 ? uid : void 0;
}

// src/webhook/admission.ts
var JSON_ERRORS = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: "unsupported Content-Type; send application/json",
  FST_ERR_CTP_BODY_TOO_LARGE: "the body is larger than the limit",
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: "Content-Length does not match the body"
};
var RefusedBody = class {
  constructor(message, uid) {
    this.message = message;
    this.uid = uid;
  }
  message;
  uid;
};
var AcceptedBody = class {
  constructor(value, bounds) {
    this.value = value;
    this.bounds = bounds;
  }
  value;
  bounds;
};
var parsedValue = (body) => body instanceof AcceptedBody ? body.value : body;
var admissionPlugin = async (app, options) => {
  const { judge, related, metrics, log, bodyLimit } = options;
  const maxDepth = options.maxDepth ?? MAX_JSON_DEPTH;
  app.removeAllContentTypeParsers();
  app.addContentTypeParser("application/json", { parseAs: "string", bodyLimit }, (_request, body, done) => {
    const parsed = parseJsonBody(typeof body === "string" ? body : body.toString("utf8"), maxDepth);
    done(null, parsed.ok ? new AcceptedBody(parsed.value, parsed.bounds) : new RefusedBody(parsed.message, parsed.uid));
  });
  const badRequest = (request, reply, status, reason, message, uid) => {
    metrics.badRequests.inc({ reason });
    log.warn({ path: boundedText(request.url, 100), status, reason: boundedText(message), ...uid ? { uid: boundedText(uid, 64) } : {} }, "bad request");
    if (uid) {
      return reply.send(reviewWith({ uid, allowed: false, status: { code: status, reason: "BadRequest", message: `pgwarden: ${message}` } }));
    }
    return reply.code(status).send({ error: "bad request", message });
  };
  app.addHook("onRequest", (request, reply, done) => {
    const declared = Number(request.headers["content-length"]);
    if (!(declared > bodyLimit) || declared > 4 * bodyLimit) {
      done();
      return;
    }
    const message = `${JSON_ERRORS.FST_ERR_CTP_BODY_TOO_LARGE} (${bodyLimit} bytes)`;
    const answer = () => {
      request.raw.removeListener("error", answer);
      void badRequest(request, reply, 413, "FST_ERR_CTP_BODY_TOO_LARGE", message);
    };
    request.raw.on("error", answer);
    request.raw.once("end", answer);
    request.raw.resume();
  });
  app.setErrorHandler((error, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const message = (error.code && JSON_ERRORS[error.code]) ?? boundedText(error.message, 200);
      const detail = error.code === "FST_ERR_CTP_BODY_TOO_LARGE" ? `${message} (${bodyLimit} bytes)` : message;
      return badRequest(request, reply, status, error.code ?? String(status), detail);
    }
    log.error({ path: boundedText(request.url, 100), err: boundedText(error.message) }, "internal error");
    const uid = uidOf(parsedValue(request.body));
    if (uid) return reply.send(reviewWith({ uid, allowed: false, status: { code: 500, reason: "InternalError", message: "pgwarden failed to answer; see its log" } }));
    return reply.code(500).send({ error: "internal error", message: "pgwarden failed to answer; see its log" });
  });
  const logDecision = (endpoint, request, result, ms, extra) => {
    const s = result.summary;
    const quiet = (s.decision === "allowed" || s.decision === "skipped") && s.findings.length === 0 && !s.refused && !result.response.warnings;
    if (quiet && !log.isLevelEnabled("debug")) return;
    const object = request.object;
    const name = typeof object?.metadata?.name === "string" ? object.metadata.name : request.name;
    const entry = {
      uid: boundedText(request.uid, 64),
      endpoint,
      operation: request.operation,
      kind: boundedText(`${request.kind.group ? `${request.kind.group}/` : ""}${request.kind.kind}${request.subResource ? `/${request.subResource}` : ""}`, 120),
      namespace: request.namespace === void 0 ? void 0 : boundedText(request.namespace, 64),
      name: name === void 0 ? void 0 : boundedText(name, 100),
      dryRun: request.dryRun === true,
      ...extra ? { related: extra.reason } : {},
      decision: s.decision,
      ...s.policy ? { policy: boundedText(s.policy, 100) } : {},
      ...s.mode ? { mode: s.mode } : {},
      rules: ruleCounts(s.findings),
      findings: s.findings.length,
      ...s.refused ? { refused: s.refused, reason: boundedText(result.response.status?.message ?? "") } : {},
      ms: Math.round(ms * 10) / 10
    };
    if (log.isLevelEnabled("debug")) {
      if (s.details && s.details.length > 0) entry.detail = boundedList(s.details);
      if (s.infos.length > 0) entry.info = boundedList(s.infos);
    }
    if (s.decision === "error") log.error({ ...entry, err: boundedText(s.error ?? "unknown") }, "admission");
    else writeLine(log, quiet ? "debug" : "info", entry, "admission");
  };
  const admit = (endpoint) => async (request, reply) => {
    const started = process.hrtime.bigint();
    const body = request.body;
    if (body instanceof RefusedBody) return badRequest(request, reply, 400, "invalid-json", body.message, body.uid);
    const value = parsedValue(body);
    const parsed = parseReview(value);
    if (!parsed.ok) return badRequest(request, reply, parsed.status, "invalid-review", parsed.message, uidOf(value));
    const extra = related ? await related.for(parsed.request) : void 0;
    const result = judge.decide(parsed.request, endpoint, extra, body instanceof AcceptedBody ? body.bounds : void 0);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    metrics.observeReview(endpoint, parsed.request.operation, result.summary.decision, seconds, result.summary.findings);
    logDecision(endpoint, parsed.request, result, seconds * 1e3, extra);
    return reply.send(reviewWith(result.response));
  };
  app.post("/validate", admit("validate"));
  app.post("/mutate", admit("mutate"));
};

// src/webhook/engine.ts
var realEngine = { evaluate, parsePolicy, policyFor, evaluateChange, evaluateUpdate, relatedNeeds, scaleSubject };

// src/webhook/decide.ts
var import_fast_json_patch = __toESM(require_fast_json_patch(), 1);
var MUTATED_ANNOTATION = "pgwarden.io/mutated";
var WARNING_MAX = 120;
var WARNINGS_TOTAL_MAX = 4096;
function isRecord2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function resourceLabel(request, object, engine) {
  const meta = isRecord2(object) && isRecord2(object.metadata) ? object.metadata : {};
  const name = typeof meta.name === "string" ? meta.name : request.name ?? "";
  const namespace = typeof meta.namespace === "string" ? meta.namespace : request.namespace;
  const sub = request.subResource ? `/${request.subResource}` : "";
  const kind = request.subResource ? engine.scaleSubject(request.resource.group, request.resource.resource)?.kind ?? request.resource.resource : request.kind.kind;
  return `${kind}${sub} ${namespace ? `${namespace}/` : ""}${name}`;
}
function withNamespace(object, namespace) {
  if (!namespace) return object;
  const meta = isRecord2(object.metadata) ? object.metadata : void 0;
  if (meta && typeof meta.namespace === "string" && meta.namespace !== "") return object;
  return { ...object, metadata: { ...meta ?? {}, namespace } };
}
function judgedInputs(request, engine, related) {
  const object = request.object;
  if (request.subResource === "scale") {
    if (!isRecord2(object)) return { invalid: "request.object must be an autoscaling/v1 Scale object" };
    const spec = object.spec;
    if (spec !== void 0 && !isRecord2(spec)) return { invalid: "Scale spec must be an object" };
    const replicas = spec?.replicas ?? 0;
    if (typeof replicas !== "number" || !Number.isInteger(replicas) || replicas < 0) {
      return { invalid: "Scale spec.replicas must be a non-negative integer" };
    }
    const meta = isRecord2(object.metadata) ? object.metadata : {};
    const name = typeof meta.name === "string" ? meta.name : request.name ?? "";
    const namespace = typeof meta.namespace === "string" ? meta.namespace : request.namespace;
    const subject2 = engine.scaleSubject(request.resource.group, request.resource.resource);
    if (!subject2) return { inputs: [], subjectIndex: 0 };
    return {
      inputs: [{ object: subject2.scaled(related?.stored, name, namespace, replicas) }],
      subjectIndex: 0,
      keep: (f) => f.ruleId === "replicas" || f.ruleId === "invalid-manifest" && f.path === subject2.replicasPath
    };
  }
  if (!isRecord2(object)) {
    return { invalid: `request.object must be the ${request.kind.kind} object, got ${object === null ? "null" : typeof object}` };
  }
  const subject = { object: withNamespace(object, request.namespace) };
  if (request.operation === "UPDATE" && isRecord2(request.oldObject)) {
    subject.oldObject = withNamespace(request.oldObject, request.namespace);
  }
  const inputs = [subject];
  const offset = inputs.length;
  for (const object2 of related?.objects ?? []) inputs.push({ object: object2 });
  const counted = related?.counted?.length ? new Set(related.counted.map((i) => offset + i)) : void 0;
  return { inputs, subjectIndex: 0, ...counted ? { counted } : {} };
}
function fieldOf(pointer) {
  let field = fields.get(pointer);
  if (field === void 0) {
    field = fieldOfPointer(pointer);
    if (fields.size >= 4096) fields.clear();
    fields.set(pointer, field);
  }
  return field;
}
var fields = /* @__PURE__ */ new Map();
function fieldOfPointer(pointer) {
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
function untidy(text) {
  let previousSpace = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (previousSpace) return true;
      previousSpace = true;
    } else if (c < 32 || c >= 127 && /\s/.test(text[i])) {
      return true;
    } else {
      previousSpace = false;
    }
  }
  return previousSpace && text.length > 0;
}
function oneLine(text) {
  return untidy(text) ? text.replace(/\s+/g, " ").trim() : text;
}
function truncate(text, max) {
  return text.length <= max ? text : `${text.slice(0, max - 3)}...`;
}
var MORE_LENGTH = "pgwarden:  more findings not shown; see pgwarden's log".length;
function boundedOneLineWarnings(lines) {
  const out = [];
  let total = 0;
  for (let i = 0; i < lines.length; i++) {
    const warning = truncate(lines[i] ?? "", WARNING_MAX - 1);
    if (out.includes(warning)) continue;
    if (total + warning.length > WARNINGS_TOTAL_MAX - (MORE_LENGTH + String(lines.length - i).length) - 8) {
      out.push(`pgwarden: ${lines.length - i} more findings not shown; see pgwarden's log`);
      break;
    }
    out.push(warning);
    total += warning.length;
  }
  return out;
}
function findingLine(finding) {
  return `[${finding.ruleId}] ${fieldOf(finding.path)}: ${oneLine(finding.message)}`;
}
function summarise(policy, findings, lines) {
  const pairs = [];
  const infos = [];
  const details = [];
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    pairs.push({ ruleId: f.ruleId, severity: f.severity });
    (f.severity === "info" ? infos : details).push(lines[i]);
  }
  return {
    decision: "allowed",
    ...policy ? { policy: policy.name } : {},
    mode: policy?.mode ?? "enforce",
    findings: pairs,
    infos,
    details
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
  const meta = isRecord2(document) && isRecord2(document.metadata) ? document.metadata : void 0;
  if (meta && isRecord2(meta.annotations)) {
    ops.push({ op: "add", path: `/metadata/annotations/${MUTATED_ANNOTATION.replace(/~/g, "~0").replace(/\//g, "~1")}`, value: record });
  } else if (meta) {
    ops.push({ op: "add", path: "/metadata/annotations", value: { [MUTATED_ANNOTATION]: record } });
  }
  return { ops, applied };
}
function decide(request, endpoint, context) {
  const uid = request.uid;
  if (request.operation === "DELETE") return decideDelete(request, endpoint, context);
  if (request.operation === "CONNECT") {
    return { response: allow(uid), summary: { decision: "skipped", findings: [], infos: [] } };
  }
  if (request.subResource && request.subResource !== "scale") {
    return { response: allow(uid), summary: { decision: "skipped", findings: [], infos: [] } };
  }
  if (request.subResource === "scale" && endpoint === "mutate") {
    return { response: allow(uid), summary: { decision: "skipped", findings: [], infos: [] } };
  }
  const judged = judgedInputs(request, context.engine, context.related);
  const label = resourceLabel(request, request.object, context.engine);
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
    const options = {
      // The apiserver pruned and validated the object against its live CRD before admission.
      schemaAppliedByApiserver: true,
      ...context.policy ? { policy: context.policy } : {},
      ...context.clusterStorageClasses ? { clusterStorageClasses: context.clusterStorageClasses } : {}
    };
    const ours = (f) => (f.objectIndex === judged.subjectIndex || judged.counted?.has(f.objectIndex) === true) && (!judged.keep || judged.keep(f));
    if (endpoint === "validate" && !request.subResource && subject.oldObject && context.engine.evaluateUpdate) {
      const before = judged.inputs.map((input, i) => ({ object: i === judged.subjectIndex ? subject.oldObject : input.object }));
      const { head, change } = context.engine.evaluateUpdate(before, judged.inputs, options);
      findings = head.filter(ours);
      for (const f of change) if (f.side === "head" && f.objectIndex === judged.subjectIndex) findings.push(f);
    } else {
      findings = context.engine.evaluate(judged.inputs, options).filter(ours);
    }
  } catch (error) {
    return internalError(uid, label, error);
  }
  return respond(request, endpoint, context, { label, policy, findings, subject: judged.inputs[judged.subjectIndex]?.object, subjectIndex: judged.subjectIndex });
}
var CLUSTER_REMOVED = "cluster-removed";
function decideDelete(request, endpoint, context) {
  const skipped = { response: allow(request.uid), summary: { decision: "skipped", findings: [], infos: [] } };
  const old = request.oldObject;
  if (endpoint !== "validate" || request.subResource || !isRecord2(old) || !context.policy || !context.engine.evaluateChange) return skipped;
  const subject = { object: withNamespace(old, request.namespace) };
  const label = resourceLabel(request, old, context.engine);
  let policy;
  let findings;
  try {
    policy = context.engine.policyFor(subject, context.policy);
    const setting = policy?.rules[CLUSTER_REMOVED];
    if (!setting || setting.severity === "off") return skipped;
    findings = context.engine.evaluateChange([subject], [], { policy: context.policy, ruleIds: [CLUSTER_REMOVED] }).filter((f) => f.objectIndex === 0);
  } catch (error) {
    return internalError(request.uid, label, error);
  }
  if (findings.length === 0) return skipped;
  return respond(request, endpoint, context, { label, policy, findings, subject: old, subjectIndex: 0 });
}
function internalError(uid, label, error) {
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
function respond(request, endpoint, context, judgement) {
  const uid = request.uid;
  const { label, policy, findings } = judgement;
  const lines = findings.map(findingLine);
  const summary = summarise(policy, findings, lines);
  const mode = summary.mode ?? "enforce";
  if (endpoint === "mutate") {
    const { ops, applied } = mutationPatch(judgement.subject, findings.filter((f) => f.objectIndex === judgement.subjectIndex), policy);
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
  const notes = (context.related?.notes ?? []).map(oneLine);
  const policyName = policy ? `policy ${policy.name}` : "built-in policy";
  const enforced = mode === "enforce" && findings.some((f) => f.severity === "error");
  let list = "";
  let count = 0;
  const shown = [];
  for (let i = 0; i < findings.length; i++) {
    const severity = findings[i].severity;
    if (severity === "error") {
      if (enforced) list += `${count++ === 0 ? "" : " "}(${count}) ${lines[i]}`;
      else shown.push(`audit: ${lines[i]}`);
    }
  }
  for (let i = 0; i < findings.length; i++) if (findings[i].severity === "warning") shown.push(lines[i]);
  shown.push(...notes);
  if (enforced) {
    const message = `pgwarden denied ${label} (${policyName}, enforce): ${list}`;
    const response = { uid, allowed: false, status: { code: 403, reason: "Forbidden", message } };
    if (shown.length > 0) response.warnings = boundedOneLineWarnings(shown);
    return { response, summary: { ...summary, decision: "denied" } };
  }
  if (shown.length === 0) return { response: allow(uid), summary };
  const findingsShown = shown.length > notes.length;
  return { response: { uid, allowed: true, warnings: boundedOneLineWarnings(shown) }, summary: findingsShown ? { ...summary, decision: "warned" } : summary };
}

// src/webhook/evaluator.ts
var DEFAULT_LIMITS = { maxValues: 2e4, maxEntries: 2e3 };
function isRecord3(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function withoutManagedFields(object) {
  if (!isRecord3(object) || !isRecord3(object.metadata) || !("managedFields" in object.metadata)) return object;
  const { managedFields: _dropped, ...metadata } = object.metadata;
  return { ...object, metadata };
}
function pathOf(parts) {
  let out = "";
  for (const part of parts) {
    if (typeof part === "number") out += `[${part}]`;
    else out += /^[A-Za-z_][\w-]*$/.test(part) ? out ? `.${part}` : part : `[${JSON.stringify(part.slice(0, 40))}]`;
  }
  return out || "(object)";
}
function overLimits(objects, limits) {
  let values = 0;
  const stack = [...objects];
  while (stack.length > 0) {
    const value = stack.pop();
    values++;
    if (values > limits.maxValues) return `the object holds more than ${limits.maxValues.toLocaleString("en-US")} values (the limit)`;
    if (typeof value !== "object" || value === null) continue;
    if (Array.isArray(value)) {
      if (value.length > limits.maxEntries) return tooManyEntries(objects, limits);
      for (let i = 0; i < value.length; i++) stack.push(value[i]);
    } else {
      let entries = 0;
      for (const key2 in value) {
        if (!Object.hasOwn(value, key2)) continue;
        if (++entries > limits.maxEntries) return tooManyEntries(objects, limits);
        stack.push(value[key2]);
      }
    }
  }
  return void 0;
}
function tooManyEntries(objects, limits) {
  const stack = objects.map((value) => ({ value, path: [] }));
  while (stack.length > 0) {
    const { value, path } = stack.pop();
    if (typeof value !== "object" || value === null) continue;
    const keys = Array.isArray(value) ? void 0 : Object.keys(value);
    const entries = keys ? keys.length : value.length;
    if (entries > limits.maxEntries) {
      return `${pathOf(path)} has ${entries.toLocaleString("en-US")} entries (the limit is ${limits.maxEntries.toLocaleString("en-US")})`;
    }
    if (keys) {
      for (const key2 of keys) stack.push({ value: value[key2], path: [...path, key2] });
    } else {
      const items = value;
      for (let i = 0; i < items.length; i++) stack.push({ value: items[i], path: [...path, i] });
    }
  }
  return void 0;
}
var Judge = class {
  constructor(engine, options = {}) {
    this.engine = engine;
    this.limits = options.limits ?? DEFAULT_LIMITS;
  }
  engine;
  policy;
  classes;
  limits;
  /** An already validated policy set (policy-source.ts); undefined = the engine's recommended preset. */
  setPolicy(policy) {
    this.policy = policy;
  }
  setStorageClasses(classes) {
    this.classes = classes;
  }
  /**
   * Never throws: whatever goes wrong is an answer carrying the request's uid. `bounds` (json-body.ts) are upper
   * bounds on the whole body's sizes: within the caps, the objects are too, and the walk is skipped.
   */
  decide(request, endpoint, related, bounds) {
    const uid = request.uid;
    const judged = {
      ...request,
      object: withoutManagedFields(request.object),
      oldObject: withoutManagedFields(request.oldObject)
    };
    const withinCaps = bounds !== void 0 && bounds.values <= this.limits.maxValues && bounds.entries <= this.limits.maxEntries;
    if (!withinCaps && (request.operation === "CREATE" || request.operation === "UPDATE")) {
      const over = overLimits([judged.object, judged.oldObject], this.limits);
      if (over) {
        const what = `${request.kind.kind} ${request.namespace ? `${request.namespace}/` : ""}${request.name ?? ""}`.slice(0, 300);
        return {
          response: {
            uid,
            allowed: false,
            status: { code: 400, reason: "BadRequest", message: `pgwarden: ${what}: ${over}; pgwarden bounds its work per request and judges nothing this large` }
          },
          summary: { decision: "denied", findings: [], infos: [], refused: "limits" }
        };
      }
    }
    try {
      return decide(judged, endpoint, {
        engine: this.engine,
        policy: this.policy,
        ...this.classes ? { clusterStorageClasses: this.classes } : {},
        ...related ? { related } : {}
      });
    } catch (error) {
      return {
        response: { uid, allowed: false, status: { code: 500, reason: "InternalError", message: "pgwarden: internal error while judging; see its log" } },
        summary: { decision: "error", findings: [], infos: [], error: error instanceof Error ? error.message : String(error) }
      };
    }
  }
};

// src/webhook/health.ts
var healthPlugin = async (app, { ready }) => {
  app.get("/healthz", async () => ({ status: "ok" }));
  app.get("/readyz", async (_request, reply) => {
    const state = ready();
    return reply.code(state.ready ? 200 : 503).send(state);
  });
};

// src/webhook/informers.ts
function errorText(error) {
  if (error instanceof Error) return error.message;
  if (typeof error === "object" && error !== null) {
    const record = error;
    return String(record.message ?? record.statusCode ?? record.code ?? "error");
  }
  return String(error);
}
var SupervisedInformer = class {
  constructor(options) {
    this.options = options;
    this.backoffMs = options.minBackoffMs ?? 500;
    this.state = { name: options.name, synced: false, healthy: false, restarts: 0, failingSince: Date.now() };
    options.metrics?.informerHealthy.set({ informer: options.name }, 0);
  }
  options;
  informer;
  generation = 0;
  backoffMs;
  retryTimer;
  resyncTimer;
  stopped = false;
  state;
  health() {
    return { ...this.state };
  }
  start() {
    this.stopped = false;
    void this.run();
  }
  async run() {
    const generation = ++this.generation;
    const informer = this.options.create();
    this.informer = informer;
    const current = () => generation === this.generation && !this.stopped;
    let listed = false;
    let failed = false;
    const changed = () => {
      if (listed && current()) this.options.onChange(informer.list());
    };
    informer.on("add", changed);
    informer.on("update", changed);
    informer.on("delete", changed);
    informer.on("error", (error) => {
      failed = true;
      if (current()) this.fail(informer, error);
    });
    const timeoutMs = this.options.startTimeoutMs ?? 3e4;
    let timeout;
    try {
      await Promise.race([
        informer.start(),
        new Promise((_, reject) => {
          timeout = setTimeout(() => reject(new Error(`no initial list within ${timeoutMs} ms`)), timeoutMs);
          timeout.unref();
        })
      ]);
    } catch (error) {
      if (current()) this.fail(informer, error);
      return;
    } finally {
      if (timeout) clearTimeout(timeout);
    }
    if (!current() || failed) return;
    listed = true;
    const wasHealthy = this.state.healthy;
    this.state = { ...this.state, synced: true, healthy: true, failingSince: void 0, lastError: void 0 };
    this.backoffMs = this.options.minBackoffMs ?? 500;
    this.options.metrics?.informerHealthy.set({ informer: this.options.name }, 1);
    if (!wasHealthy) this.options.log.info({ informer: this.options.name, objects: informer.list().length }, "informer synced");
    this.options.onChange(informer.list());
    this.resyncTimer = setTimeout(() => this.restart(informer, "periodic relist"), this.options.resyncMs ?? 3e5);
    this.resyncTimer.unref();
  }
  fail(informer, error) {
    const message = errorText(error);
    this.state = {
      ...this.state,
      healthy: false,
      failingSince: this.state.failingSince ?? Date.now(),
      lastError: message
    };
    this.options.metrics?.informerHealthy.set({ informer: this.options.name }, 0);
    this.options.log.warn({ informer: this.options.name, err: message, retryInMs: this.backoffMs }, "informer failed; restarting");
    if (this.resyncTimer) clearTimeout(this.resyncTimer);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const delay = this.backoffMs;
    this.backoffMs = Math.min(this.backoffMs * 2, this.options.maxBackoffMs ?? 3e4);
    this.retryTimer = setTimeout(() => this.restart(informer, message), delay);
    this.retryTimer.unref();
  }
  restart(informer, reason) {
    if (this.stopped) return;
    this.state = { ...this.state, restarts: this.state.restarts + 1 };
    this.options.metrics?.informerRestarts.inc({ informer: this.options.name });
    this.options.log.debug({ informer: this.options.name, reason }, "informer restart");
    informer.stop().catch(() => {
    });
    void this.run();
  }
  async stop() {
    this.stopped = true;
    this.generation++;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.resyncTimer) clearTimeout(this.resyncTimer);
    await this.informer?.stop().catch(() => {
    });
  }
};

// src/webhook/metrics.ts
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
var Tally = class {
  constructor(names) {
    this.names = names;
  }
  names;
  root = /* @__PURE__ */ new Map();
  cells = [];
  add(...values) {
    let level = this.root;
    for (let i = 0; i < values.length - 1; i++) {
      let next = level.get(values[i]);
      if (next === void 0) {
        next = /* @__PURE__ */ new Map();
        level.set(values[i], next);
      }
      level = next;
    }
    const last = values[values.length - 1];
    let cell = level.get(last);
    if (cell === void 0) {
      const labels = {};
      this.names.forEach((name, i) => {
        labels[name] = values[i];
      });
      cell = { labels, count: 0 };
      this.cells.push(cell);
      level.set(last, cell);
    }
    cell.count++;
  }
  /** Into `counter` (from its collect()): the totals so far. */
  publish(counter) {
    counter.reset();
    for (const { labels, count } of this.cells) counter.inc(labels, count);
  }
};
function createMetrics(defaultMetrics = true) {
  const registry = new Registry();
  const requestTally = new Tally(["endpoint", "operation", "result"]);
  const findingTally = new Tally(["rule", "severity"]);
  if (defaultMetrics) collectDefaultMetrics({ register: registry, prefix: "pgwarden_" });
  const metrics = {
    registry,
    requests: new Counter({
      name: "pgwarden_admission_requests_total",
      help: "Admission reviews answered, by endpoint, operation and result",
      labelNames: ["endpoint", "operation", "result"],
      registers: [registry],
      collect() {
        requestTally.publish(this);
      }
    }),
    latency: new Histogram({
      name: "pgwarden_admission_duration_seconds",
      help: "Time from a review arriving to its answer",
      labelNames: ["endpoint"],
      buckets: [5e-4, 1e-3, 25e-4, 5e-3, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry]
    }),
    findings: new Counter({
      name: "pgwarden_findings_total",
      help: "Findings reported in admission reviews, by rule and severity",
      labelNames: ["rule", "severity"],
      registers: [registry],
      collect() {
        findingTally.publish(this);
      }
    }),
    policyReloads: new Counter({
      name: "pgwarden_policy_reloads_total",
      help: "Policy loads, by source (file|crd) and result (applied|rejected)",
      labelNames: ["source", "result"],
      registers: [registry]
    }),
    tlsReloads: new Counter({
      name: "pgwarden_tls_reloads_total",
      help: "TLS certificate reloads, by result (applied|rejected)",
      labelNames: ["result"],
      registers: [registry]
    }),
    informerHealthy: new Gauge({
      name: "pgwarden_informer_healthy",
      help: "1 when the informer is synced and watching, 0 while it is failing or restarting",
      labelNames: ["informer"],
      registers: [registry]
    }),
    informerRestarts: new Counter({
      name: "pgwarden_informer_restarts_total",
      help: "Informer restarts by the supervisor (after an error or a silent stall)",
      labelNames: ["informer"],
      registers: [registry]
    }),
    badRequests: new Counter({
      name: "pgwarden_bad_requests_total",
      help: "Requests answered with a 4xx before judging, by reason",
      labelNames: ["reason"],
      registers: [registry]
    })
  };
  const latencyByEndpoint = /* @__PURE__ */ new Map();
  return {
    ...metrics,
    observeReview(endpoint, operation, result, seconds, found) {
      let latency = latencyByEndpoint.get(endpoint);
      if (latency === void 0) {
        latency = metrics.latency.labels(endpoint);
        latencyByEndpoint.set(endpoint, latency);
      }
      latency.observe(seconds);
      requestTally.add(endpoint, operation, result);
      for (let i = 0; i < found.length; i++) findingTally.add(found[i].ruleId, found[i].severity);
    }
  };
}
var metricsPlugin = async (app, { metrics }) => {
  app.get("/metrics", async (_request, reply) => {
    reply.header("content-type", metrics.registry.contentType);
    return metrics.registry.metrics();
  });
};

// src/webhook/policy-source.ts
var import_yaml = __toESM(require_dist(), 1);
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
function digestOf(documents) {
  const hash = createHash("sha256");
  for (const doc of documents) hash.update(doc.source).update("\0").update(doc.text).update("\0");
  return hash.digest("hex");
}
function firstError(results) {
  for (const result of results) if (!result.ok) return result.error;
  return void 0;
}
var PolicyState = class {
  constructor(compiler, judge, log, metrics) {
    this.compiler = compiler;
    this.judge = judge;
    this.log = log;
    this.metrics = metrics;
  }
  compiler;
  judge;
  log;
  metrics;
  digest = "";
  /** The last rejected candidate: the file watcher and the poller may both report one change; reject it once. */
  rejectedDigest = "";
  /** The set in force and where it came from (the audit loop judges the cluster with it). */
  set;
  sources = "recommended";
  /** Loads run one at a time, in the order they were asked for. */
  queue = Promise.resolve();
  loaded = false;
  /** Increments on every applied policy, for logs and tests. */
  version = 0;
  lastError;
  /** Compiles, validates and applies. Resolves false (last good policy kept) when any document is invalid. */
  apply(documents, source) {
    return this.enqueue(async () => {
      const digest = digestOf(documents);
      if (this.loaded && digest === this.digest) return true;
      if (digest === this.rejectedDigest) return false;
      let results;
      try {
        results = documents.length === 0 ? [] : await this.compiler.compile(documents);
      } catch (error2) {
        return this.reject(source, digest, error2.message);
      }
      const error = firstError(results);
      if (error !== void 0) return this.reject(source, digest, error);
      const policies = results.flatMap((r) => r.ok ? r.set.policies : []);
      this.install(policies.length > 0 ? { policies } : void 0, digest, source, documents);
      return true;
    });
  }
  /** A set already compiled and validated document by document (the CRD collector). */
  applyCompiled(set, documents, source) {
    return this.enqueue(async () => {
      const digest = digestOf(documents);
      if (this.loaded && digest === this.digest) return true;
      this.install(set, digest, source, documents);
      return true;
    });
  }
  /** Records a rejection that happened before compiling (an unreadable file). */
  rejectUnread(source, message) {
    this.lastError = message;
    this.metrics.policyReloads.inc({ source, result: "rejected" });
    this.log.error({ source, err: boundedText(message), keptVersion: this.version }, "policy rejected; the last good policy stays in force");
  }
  enqueue(task) {
    const run = this.queue.then(task);
    this.queue = run.catch(() => void 0);
    return run;
  }
  reject(source, digest, message) {
    this.rejectedDigest = digest;
    this.rejectUnread(source, message);
    return false;
  }
  /** The policy set in force (undefined = the recommended preset) and the documents it came from. */
  inForce() {
    return { set: this.set, source: this.sources };
  }
  install(set, digest, source, documents) {
    this.judge.setPolicy(set);
    this.set = set;
    this.sources = documents.length > 0 ? documents.map((d) => d.source).join(", ") : "recommended";
    this.digest = digest;
    this.rejectedDigest = "";
    this.loaded = true;
    this.version++;
    this.lastError = void 0;
    this.metrics.policyReloads.inc({ source, result: "applied" });
    const names = (set?.policies ?? []).slice(0, 20).map((policy) => policy.name.slice(0, 64));
    this.log.info({ source, version: this.version, documents: documents.length, policies: set?.policies.length ?? 0, names }, "policy applied");
  }
};
async function loadPolicyFile(state, file) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    state.rejectUnread("file", `cannot read policy file ${file}: ${error.code ?? "error"}`);
    return false;
  }
  return state.apply([{ text, source: file }], "file");
}
var CrdPolicyCollector = class {
  constructor(compiler, log, metrics) {
    this.compiler = compiler;
    this.log = log;
    this.metrics = metrics;
  }
  compiler;
  log;
  metrics;
  lastGood = /* @__PURE__ */ new Map();
  /** The text last rejected per resource, so a resync does not log the same rejection again. */
  rejected = /* @__PURE__ */ new Map();
  async collect(objects) {
    const seen = /* @__PURE__ */ new Set();
    const changed = [];
    for (const object of objects) {
      const name = object.metadata?.name;
      if (!name) continue;
      seen.add(name);
      const text = (0, import_yaml.stringify)({
        apiVersion: object.apiVersion ?? "pgwarden.io/v1alpha1",
        kind: object.kind ?? "PostgresPolicy",
        metadata: { name },
        spec: object.spec ?? {}
      });
      if (this.lastGood.get(name)?.document.text === text || this.rejected.get(name) === text) continue;
      changed.push({ name, document: { text, source: `PostgresPolicy/${name}` } });
    }
    const results = changed.length > 0 ? await this.compiler.compile(changed.map((c) => c.document)) : [];
    changed.forEach(({ name, document }, i) => {
      const result = results[i];
      if (result?.ok) {
        this.lastGood.set(name, { document, set: result.set });
        this.rejected.delete(name);
        return;
      }
      this.rejected.set(name, document.text);
      this.metrics.policyReloads.inc({ source: "crd", result: "rejected" });
      this.log.error(
        { source: "crd", policy: name, err: boundedText(result?.error ?? "not compiled"), kept: this.lastGood.has(name) ? "last good version" : "none" },
        "PostgresPolicy rejected"
      );
    });
    for (const name of [...this.lastGood.keys()]) if (!seen.has(name)) this.lastGood.delete(name);
    for (const name of [...this.rejected.keys()]) if (!seen.has(name)) this.rejected.delete(name);
    const ordered = [...this.lastGood.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([, good]) => good);
    const policies = ordered.flatMap((good) => good.set.policies);
    return { set: policies.length > 0 ? { policies } : void 0, documents: ordered.map((good) => good.document) };
  }
};

// src/webhook/related.ts
function isRecord4(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function isSecretNeed(need) {
  return need.need === "object" && need.group === "" && need.kind === "Secret";
}
function joined(first, second) {
  if (!first || !second) return first ?? second;
  const counted = [...first.counted ?? [], ...(second.counted ?? []).map((i) => first.objects.length + i)];
  const notes = [...first.notes ?? [], ...second.notes ?? []];
  return {
    objects: [...first.objects, ...second.objects],
    reason: `${first.reason}+${second.reason}`,
    ...notes.length > 0 ? { notes } : {},
    ...counted.length > 0 ? { counted } : {}
  };
}
function deadline(ms, timer) {
  return new Promise((_, reject) => {
    timer.id = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
}
var RelatedSource = class {
  constructor(options) {
    this.options = options;
    this.engine = options.engine ?? realEngine;
  }
  options;
  zalando = [];
  zalandoNote;
  engine;
  /** The cached operator configuration objects (already chosen: at most the one the operator reads). */
  setZalandoConfig(objects, note) {
    this.zalando = [...objects];
    this.zalandoNote = note;
  }
  zalandoConfig() {
    return this.zalando;
  }
  async for(request) {
    if (request.operation !== "CREATE" && request.operation !== "UPDATE") return void 0;
    if (request.subResource === "scale") return this.scaledObject(request);
    if (request.subResource || !isRecord4(request.object)) return void 0;
    const getSecret = this.options.getSecret;
    const needs = this.engine.relatedNeeds(request.object, request.namespace, { secrets: getSecret !== void 0 });
    let related;
    for (const need of needs) if (!isSecretNeed(need)) related = joined(related, await this.gather(need));
    const secrets = needs.filter(isSecretNeed);
    if (getSecret && secrets.length > 0) related = joined(related, await this.secretsOf(secrets, getSecret));
    return related;
  }
  async gather(need) {
    switch (need.need) {
      case "operator-configuration":
        return this.zalando.length === 0 && !this.zalandoNote ? void 0 : { objects: this.zalando, ...this.zalandoNote ? { notes: [this.zalandoNote] } : {}, reason: "zalando-operator-config" };
      case "secret-users": {
        const found = this.options.secretUsers?.(need.namespace, need.name) ?? [];
        return found.length > 0 ? { objects: [...found], reason: "secret-users" } : void 0;
      }
      case "object":
        return this.options.getObject ? this.namedObject(need, this.options.getObject) : void 0;
    }
  }
  /** `/scale`: the object being scaled, as the informer cache holds it (no GET on the scale path). */
  scaledObject(request) {
    const subject = this.engine.scaleSubject(request.resource.group, request.resource.resource);
    if (!subject || !this.options.cached || !request.namespace || !request.name) return void 0;
    const stored = this.options.cached(subject.group, subject.resource, request.namespace, request.name);
    return stored === void 0 ? void 0 : { objects: [], stored, reason: "scale-stored" };
  }
  /** `--read-secrets`: a workload arriving after its Secrets is judged with them (their emptiness only). */
  async secretsOf(needs, get) {
    const timeoutMs = this.options.lookupTimeoutMs ?? 1500;
    let timer;
    const fetched = await Promise.race([
      Promise.all(
        needs.map(
          (need) => get(need.namespace, need.name).then(
            (secret) => emptinessOnly(secret),
            (error) => {
              this.options.log.warn({ namespace: need.namespace, secret: need.name, err: error instanceof Error ? error.message : String(error) }, "could not read a referenced Secret; judging without it");
              return void 0;
            }
          )
        )
      ),
      new Promise((resolve) => {
        timer = setTimeout(() => resolve(void 0), timeoutMs);
      })
    ]).finally(() => clearTimeout(timer));
    const secrets = (fetched ?? []).filter((s) => s !== void 0);
    if (secrets.length === 0) return void 0;
    return { objects: secrets, reason: needs[0].id, counted: secrets.map((_, i) => i) };
  }
  /**
   * One object a profile names, read with a GET under the time cap. Not there (yet), or not readable: what the
   * profile says the operator reads in its place, and a note saying only the request's part was judged.
   */
  async namedObject(need, get) {
    const timeoutMs = this.options.lookupTimeoutMs ?? 1500;
    const timer = {};
    const what = `${need.kind} ${need.namespace}/${need.name}`;
    const inPlace = (reason, note) => ({
      objects: need.whenAbsent ? [need.whenAbsent()] : [],
      notes: [`pgwarden: ${note}; only ${need.judgedAlone} was judged`],
      reason: `${need.id}-${reason}`
    });
    try {
      const found = await Promise.race([get(need), deadline(timeoutMs, timer)]);
      if (found !== void 0) return { objects: [found], reason: need.id };
      return inPlace("missing", `${what} does not exist (yet)`);
    } catch (error) {
      this.options.log.warn(
        { namespace: need.namespace, name: need.name, kind: need.kind, err: error instanceof Error ? error.message : String(error) },
        `could not read ${need.role}; judging ${need.judgedAlone} alone`
      );
      return inPlace("unreadable", `could not read ${what}`);
    } finally {
      if (timer.id) clearTimeout(timer.id);
    }
  }
};

// src/webhook/secret-users.ts
import { CoreV1Api as CoreV1Api2, CustomObjectsApi as CustomObjectsApi2 } from "@kubernetes/client-node";
var key = (namespace, name) => `${namespace}/${name}`;
function slim(object) {
  if (!object.metadata?.managedFields) return object;
  const { managedFields: _dropped, ...metadata } = object.metadata;
  return { ...object, metadata };
}
var SecretUsers = class {
  /** group/plural → (namespace/name → entry) */
  byKind = /* @__PURE__ */ new Map();
  /** namespace/secret → the workloads that reference it */
  index = /* @__PURE__ */ new Map();
  /**
   * Replaces what is known about one kind with this full list (an informer's cache after a change). Items of a list
   * response carry no apiVersion/kind (watch events do): they are set from the kind, or the adapters would not know
   * a StatefulSet after a relist.
   */
  update(kind, listed) {
    const objects = listed.map((object) => withTypeMeta(object, kind));
    const previous = this.byKind.get(`${kind.group}/${kind.plural}`) ?? /* @__PURE__ */ new Map();
    const next = /* @__PURE__ */ new Map();
    const changed = [];
    for (const object of objects) {
      const id = key(object.metadata?.namespace ?? "", object.metadata?.name ?? "");
      const known = previous.get(id);
      if (known && known.resourceVersion !== void 0 && known.resourceVersion === object.metadata?.resourceVersion) next.set(id, known);
      else changed.push(object);
    }
    const refs = referencedSecrets(changed.map((object) => ({ object })));
    changed.forEach((object, i) => {
      const secrets = (refs.get(i) ?? []).map((r) => key(r.namespace, r.name));
      if (secrets.length === 0) return;
      next.set(key(object.metadata?.namespace ?? "", object.metadata?.name ?? ""), { resourceVersion: object.metadata?.resourceVersion, object: slim(object), secrets });
    });
    this.byKind.set(`${kind.group}/${kind.plural}`, next);
    this.rebuild();
  }
  rebuild() {
    const index = /* @__PURE__ */ new Map();
    for (const entries of this.byKind.values()) {
      for (const entry of entries.values()) {
        for (const secret of entry.secrets) {
          const list = index.get(secret) ?? [];
          list.push(entry.object);
          index.set(secret, list);
        }
      }
    }
    this.index = index;
  }
  /** The workloads that read their passwords from this Secret (empty when none is known). */
  usersOf(namespace, name) {
    return this.index.get(key(namespace, name)) ?? [];
  }
  /** One cached workload by resource (`/scale` judges the stored object with its new count); undefined when not cached. */
  find(group, resource, namespace, name) {
    return this.byKind.get(`${group}/${resource}`)?.get(key(namespace, name))?.object;
  }
  /** How many workloads are indexed (for the log). */
  size() {
    let n = 0;
    for (const entries of this.byKind.values()) n += entries.size;
    return n;
  }
};
function workloadInformer(kc, kind) {
  const api = kc.makeApiClient(CustomObjectsApi2);
  return () => new ListWatchInformer(kc, {
    path: collectionPath(kind),
    list: async () => await api.listClusterCustomObject({ group: kind.group, version: kind.version, plural: kind.plural }),
    // A 404 is an operator whose CRD is not installed (an empty cache, relisted every 5 minutes).
    absentIsEmpty: true
  });
}
function secretUserInformers(kc, users, log, metrics, timing) {
  return POSTGRES_KINDS.map(
    (kind) => new SupervisedInformer({
      name: `secret-users-${kind.plural}`,
      create: workloadInformer(kc, kind),
      onChange: (objects) => users.update(kind, objects),
      log,
      ...metrics ? { metrics } : {},
      ...timing
    })
  );
}
function secretGetter(kc) {
  const api = kc.makeApiClient(CoreV1Api2);
  return async (namespace, name) => {
    try {
      return emptinessOnly(await api.readNamespacedSecret({ namespace, name }));
    } catch (error) {
      const code = error.code;
      if (code === 404) return void 0;
      throw error;
    }
  };
}

// src/webhook/tls.ts
import { readFileSync } from "node:fs";
import { createSecureContext } from "node:tls";

// src/webhook/watch.ts
import { statSync, watch } from "node:fs";
import { dirname } from "node:path";
function fingerprint(paths) {
  return paths.map((path) => {
    try {
      const stat = statSync(path);
      return `${stat.ino}:${stat.size}:${stat.mtimeMs}`;
    } catch {
      return "missing";
    }
  }).join("|");
}
function watchFiles(paths, onChange, options = {}) {
  const debounceMs = options.debounceMs ?? 100;
  let timer;
  const trigger = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = void 0;
      onChange();
    }, debounceMs);
    timer.unref();
  };
  const watchers = [];
  for (const dir of new Set(paths.map((path) => dirname(path)))) {
    try {
      const watcher = watch(dir, { persistent: false }, trigger);
      watcher.on("error", () => {
      });
      watchers.push(watcher);
    } catch {
    }
  }
  let last = fingerprint(paths);
  const poll = setInterval(() => {
    const now = fingerprint(paths);
    if (now !== last) {
      last = now;
      trigger();
    }
  }, options.pollMs ?? 2e3);
  poll.unref();
  return () => {
    clearInterval(poll);
    if (timer) clearTimeout(timer);
    for (const watcher of watchers) watcher.close();
  };
}

// src/webhook/tls.ts
function readTls(files) {
  let cert;
  let key2;
  try {
    cert = readFileSync(files.certFile);
    key2 = readFileSync(files.keyFile);
  } catch (error) {
    throw new Error(`cannot read TLS files ${files.certFile} / ${files.keyFile}: ${error.code ?? "error"}`);
  }
  try {
    createSecureContext({ cert, key: key2 });
  } catch (error) {
    throw new Error(`TLS pair ${files.certFile} / ${files.keyFile} is not usable: ${error.message}`);
  }
  return { cert, key: key2 };
}
var tlsReloadPlugin = async (app, options) => {
  const { files, metrics, log } = options;
  let current = options.initial;
  const reload = () => {
    let next;
    try {
      next = readTls(files);
    } catch (error) {
      metrics.tlsReloads.inc({ result: "rejected" });
      log.error({ err: error.message }, "TLS reload rejected; the current certificate stays in use");
      return false;
    }
    if (next.cert.equals(current.cert) && next.key.equals(current.key)) return true;
    app.server.setSecureContext({ cert: next.cert, key: next.key });
    current = next;
    metrics.tlsReloads.inc({ result: "applied" });
    log.info({ certFile: files.certFile }, "TLS certificate reloaded");
    return true;
  };
  options.handle.reload = reload;
  const stop = watchFiles([files.certFile, files.keyFile], reload, { pollMs: options.pollMs });
  app.addHook("onClose", async () => stop());
};

// src/webhook/server.ts
var CONNECTION_DEFAULTS = {
  handshakeTimeoutMs: 1e4,
  headersTimeoutMs: 1e4,
  requestTimeoutMs: 1e4,
  checkIntervalMs: 1e3,
  keepAliveTimeoutMs: 75e3,
  maxConnections: 4096
};
var policyPlugin = async (app, { source, file, state, pollMs, handle }) => {
  if (source === "builtin") {
    await state.apply([], "builtin");
    return;
  }
  if (source !== "file" || !file) return;
  const reload = () => loadPolicyFile(state, file);
  handle.reload = reload;
  if (!await reload()) throw new Error(state.lastError ?? `invalid policy ${file}`);
  const stop = watchFiles([file], () => void reload(), { pollMs });
  app.addHook("onClose", async () => stop());
};
var clusterPlugin = async (app, { kubeConfig, secretUsers, options, judge, state, collector, related, supervised, log, metrics }) => {
  const timing = options.informerTiming ?? {};
  supervised.push(
    new SupervisedInformer({
      name: "storageclasses",
      create: storageClassInformer(kubeConfig),
      onChange: (objects) => {
        const names = objects.map((o) => o.metadata?.name).filter((n) => typeof n === "string");
        judge.setStorageClasses(names.sort());
      },
      log,
      metrics,
      ...timing
    })
  );
  if (collector) {
    supervised.push(
      new SupervisedInformer({
        name: "postgrespolicies",
        create: policyInformer(kubeConfig),
        onChange: (objects) => {
          void collector.collect(objects).then(
            ({ set, documents }) => state.applyCompiled(set, documents, "crd"),
            (error) => log.error({ err: error.message }, "PostgresPolicy compilation failed; the last good policy stays in force")
          );
        },
        log,
        metrics,
        ...timing
      })
    );
  }
  for (const informer of secretUserInformers(kubeConfig, secretUsers, log, metrics, timing)) supervised.push(informer);
  supervised.push(zalandoConfigInformer(kubeConfig, options.zalando ?? {}, related, log, metrics, timing));
  for (const informer of supervised) informer.start();
  const stopAudit = options.auditIntervalMs ? startAuditLoop({
    kubeConfig,
    intervalMs: options.auditIntervalMs,
    policy: () => state.inForce(),
    readSecrets: options.readSecrets === true,
    log
  }) : void 0;
  app.addHook("onClose", async () => {
    await stopAudit?.();
    for (const informer of supervised) await informer.stop();
  });
};
async function startServer(options) {
  const log = options.logger ?? webhookLogger();
  const engine = options.engine ?? realEngine;
  const metrics = createMetrics(options.defaultMetrics ?? true);
  const bodyLimit = options.bodyLimit ?? 3 * 1024 * 1024;
  const limits = { ...CONNECTION_DEFAULTS, ...options.connections };
  const source = options.policySource ?? (options.policyFile ? "file" : "builtin");
  if (source === "file" && !options.policyFile) throw new Error("--policy-source file needs --policy FILE");
  if (source === "crd" && !options.kubeConfig) throw new Error("--policy-source crd needs cluster access (in-cluster or --kubeconfig)");
  const pollMs = options.filePollMs ?? 2e3;
  const tls = readTls(options.tls);
  const judge = new Judge(engine, options.limits ? { limits: options.limits } : {});
  const compiler = policyCompiler(engine, engine === realEngine, options.policyWorkerScript);
  const policy = new PolicyState(compiler, judge, log, metrics);
  const secretUsers = new SecretUsers();
  const related = options.kubeConfig ? new RelatedSource({
    engine,
    getObject: customObjectGetter(options.kubeConfig),
    secretUsers: (namespace, name) => secretUsers.usersOf(namespace, name),
    cached: (group, resource, namespace, name) => secretUsers.find(group, resource, namespace, name),
    ...options.readSecrets ? { getSecret: secretGetter(options.kubeConfig) } : {},
    ...options.lookupTimeoutMs !== void 0 ? { lookupTimeoutMs: options.lookupTimeoutMs } : {},
    log
  }) : void 0;
  const supervised = [];
  const app = Fastify({
    https: {
      cert: tls.cert,
      key: tls.key,
      handshakeTimeout: limits.handshakeTimeoutMs,
      headersTimeout: limits.headersTimeoutMs,
      connectionsCheckingInterval: limits.checkIntervalMs
    },
    bodyLimit,
    logger: false,
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    // While closing, keep answering requests on open connections (a 503 there would hit failurePolicy); idle
    // keep-alive connections are closed so the drain finishes.
    return503OnClosing: false,
    forceCloseConnections: "idle"
  });
  app.server.maxConnections = limits.maxConnections;
  app.server.on("drop", () => metrics.badRequests.inc({ reason: "max-connections" }));
  app.addHook("onClose", async () => compiler.close());
  let draining = false;
  app.addHook("onSend", (_request, reply, payload, done) => {
    if (draining) reply.header("connection", "close");
    done(null, payload);
  });
  app.setNotFoundHandler((request, reply) => {
    reply.code(404).send({ error: "not found", message: `no route ${request.method} ${request.url.slice(0, 100)}; use POST /validate or POST /mutate` });
  });
  const graceMs = options.informerGraceMs ?? 12e4;
  const ready = () => {
    const informers = supervised.map((s) => s.health());
    const now = Date.now();
    const informersOk = informers.every((h) => h.synced && (h.healthy || h.failingSince !== void 0 && now - h.failingSince < graceMs));
    const checks = {
      policy: policy.loaded ? { version: policy.version, ...policy.lastError ? { lastRejected: policy.lastError } : {} } : "not loaded",
      informers: Object.fromEntries(
        informers.map((h) => [h.name, { synced: h.synced, healthy: h.healthy, restarts: h.restarts, ...h.lastError ? { lastError: h.lastError } : {} }])
      ),
      draining
    };
    return { ready: policy.loaded && informersOk && !draining, checks };
  };
  const policyHandle = {};
  const tlsHandle = {};
  await app.register(policyPlugin, { source, ...options.policyFile ? { file: options.policyFile } : {}, state: policy, pollMs, handle: policyHandle });
  if (options.kubeConfig && related) {
    const collector = source === "crd" ? new CrdPolicyCollector(compiler, log, metrics) : void 0;
    await app.register(clusterPlugin, { kubeConfig: options.kubeConfig, secretUsers, options, judge, state: policy, collector, related, supervised, log, metrics });
  }
  await app.register(admissionPlugin, { judge, ...related ? { related } : {}, metrics, log, bodyLimit });
  await app.register(healthPlugin, { ready });
  await app.register(metricsPlugin, { metrics });
  await app.register(tlsReloadPlugin, { files: options.tls, initial: tls, metrics, log, pollMs, handle: tlsHandle });
  try {
    await app.listen({ port: options.port ?? 8443, host: options.host ?? "127.0.0.1" });
  } catch (error) {
    await app.close();
    throw error;
  }
  const address = app.server.address();
  const host = options.host && options.host !== "0.0.0.0" && options.host !== "::" ? options.host : "127.0.0.1";
  log.info({ port: address.port, policySource: source, policyCompiler: compiler.where, cluster: Boolean(options.kubeConfig) }, "pgwarden webhook listening");
  let closing;
  return {
    url: `https://${host}:${address.port}`,
    port: address.port,
    app,
    metrics,
    policy,
    reloadPolicy: () => policyHandle.reload?.() ?? Promise.resolve(false),
    reloadTls: () => tlsHandle.reload?.() ?? false,
    ready,
    informers: () => supervised.map((s) => s.health()),
    beginDrain: () => {
      draining = true;
    },
    close: () => {
      closing ??= (async () => {
        draining = true;
        await app.close();
        log.info("pgwarden webhook stopped");
      })();
      return closing;
    }
  };
}
function withoutManagedFields2(object) {
  if (!object.metadata?.managedFields) return object;
  const { managedFields: _dropped, ...metadata } = object.metadata;
  return { ...object, metadata };
}
function zalandoConfigInformer(kc, zalando, related, log, metrics, timing) {
  const named = zalando.configMap ?? zalando.operatorConfiguration;
  const what = zalando.configMap ? "operator ConfigMap" : "OperatorConfiguration";
  let lastNote;
  return new SupervisedInformer({
    name: zalando.configMap ? "zalando-operator-configmap" : "zalando-operatorconfigurations",
    create: zalando.configMap ? configMapInformer(kc, zalando.configMap) : operatorConfigurationInformer(kc, zalando.operatorConfiguration),
    onChange: (objects) => {
      let note;
      let chosen = objects;
      if (named && objects.length === 0) {
        note = `pgwarden: ${what} ${named.namespace}/${named.name} not found; judged with the operator defaults`;
      } else if (!named && objects.length > 1) {
        chosen = [];
        note = `pgwarden: ${objects.length} OperatorConfigurations exist and none is named (--zalando-operator-configuration); judged with the operator defaults`;
      }
      related.setZalandoConfig(chosen.map(withoutManagedFields2), note);
      if (note !== lastNote && note) log.warn({ informer: "zalando", objects: objects.length }, note.replace(/^pgwarden: /, ""));
      lastNote = note;
    },
    log,
    metrics,
    ...timing
  });
}

// src/webhook/main.ts
var SERVE_HELP = `Usage: pgwarden serve [options]

Runs the admission webhook (HTTPS): POST /validate and POST /mutate take an admission.k8s.io/v1
AdmissionReview; GET /healthz, /readyz, /metrics.

Options:
  --port N                 port to listen on (default 8443)
  --host ADDR              address to bind (default 0.0.0.0)
  --tls-cert FILE          certificate (PEM), reloaded when the file changes (required)
  --tls-key FILE           private key (PEM), reloaded when the file changes (required)
  --policy FILE            policy file (PostgresPolicy YAML), reloaded when it changes
  --policy-source SOURCE   file | crd | builtin (default: file with --policy, else builtin)
                           crd: PostgresPolicy resources in the cluster, applied in name order
  --kubeconfig FILE        cluster access from this kubeconfig (default: in-cluster service account
                           when running in a pod; none otherwise)
  --no-cluster             no cluster access even in a pod (no informers, no Cluster look-ups)
  --zalando-operator-configmap NAMESPACE/NAME
                           the Zalando operator runs from this ConfigMap: watch exactly it and judge
                           postgresql anti-affinity with its settings (default: none; OperatorConfigurations
                           are watched instead)
  --zalando-operator-configuration NAMESPACE/NAME
                           the OperatorConfiguration the Zalando operator reads, when several exist
                           (default: every OperatorConfiguration, used when there is exactly one)
  --read-secrets           also judge a workload with the Secrets it references (GET, emptiness only;
                           needs get on secrets, off by default). Lone Secrets are always judged with the
                           workloads that reference them (list/watch of the Postgres kinds, no Secret access)
  --audit-interval DURATION
                           every DURATION (30s, 10m, 1h) audit every Postgres object in the cluster and
                           write one wgpolicyk8s.io/v1alpha2 PolicyReport per namespace (needs cluster
                           access and deploy/policyreports/); default off
  --body-limit BYTES       larger bodies get 413 (default 3145728)
  --shutdown-delay-ms N    on SIGTERM, stay up but unready this long before draining (default 0)
  --log-level LEVEL        pino level (default info)
  -h, --help               this help

Exit codes: 0 stopped by a signal after draining, 2 bad arguments or startup failure.
`;
function intOption(value, name, fallback) {
  if (value === void 0) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a non-negative integer, got "${value}"`);
  return n;
}
function inCluster() {
  return Boolean(process.env.KUBERNETES_SERVICE_HOST);
}
async function serveMain(argv) {
  let values;
  function parse(args) {
    return parseArgs({
      args,
      allowPositionals: false,
      options: {
        port: { type: "string" },
        host: { type: "string" },
        "tls-cert": { type: "string" },
        "tls-key": { type: "string" },
        policy: { type: "string" },
        "policy-source": { type: "string" },
        kubeconfig: { type: "string" },
        "no-cluster": { type: "boolean" },
        "zalando-operator-configmap": { type: "string" },
        "zalando-operator-configuration": { type: "string" },
        "read-secrets": { type: "boolean" },
        "audit-interval": { type: "string" },
        "body-limit": { type: "string" },
        "shutdown-delay-ms": { type: "string" },
        "log-level": { type: "string" },
        help: { type: "boolean", short: "h" }
      }
    });
  }
  try {
    values = parse(argv).values;
  } catch (error) {
    process.stderr.write(`pgwarden serve: ${error.message}
${SERVE_HELP}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(SERVE_HELP);
    return 0;
  }
  const log = webhookLogger({ level: values["log-level"] ?? "info" });
  let options;
  let shutdownDelayMs;
  try {
    const certFile = values["tls-cert"];
    const keyFile = values["tls-key"];
    if (!certFile || !keyFile) throw new Error("--tls-cert and --tls-key are required (the apiserver only calls webhooks over HTTPS)");
    const source = values["policy-source"] ?? (values.policy ? "file" : "builtin");
    if (source !== "file" && source !== "crd" && source !== "builtin") {
      throw new Error(`--policy-source must be file, crd or builtin, got "${source}"`);
    }
    if (source === "file" && !values.policy) throw new Error("--policy-source file needs --policy FILE");
    let kubeConfig;
    if (!values["no-cluster"] && (values.kubeconfig || inCluster())) kubeConfig = loadKubeConfig(values.kubeconfig);
    const zalandoConfigMap = values["zalando-operator-configmap"];
    const zalandoConfiguration = values["zalando-operator-configuration"];
    if (zalandoConfigMap && zalandoConfiguration) {
      throw new Error("--zalando-operator-configmap and --zalando-operator-configuration exclude each other: the operator reads one of them");
    }
    const zalando = {
      ...zalandoConfigMap ? { configMap: namespacedName(zalandoConfigMap, "zalando-operator-configmap") } : {},
      ...zalandoConfiguration ? { operatorConfiguration: namespacedName(zalandoConfiguration, "zalando-operator-configuration") } : {}
    };
    if ((zalandoConfigMap || zalandoConfiguration) && !kubeConfig) {
      throw new Error("--zalando-operator-configmap / --zalando-operator-configuration need cluster access (in-cluster or --kubeconfig, not --no-cluster)");
    }
    if (values["read-secrets"] && !kubeConfig) throw new Error("--read-secrets needs cluster access (in-cluster or --kubeconfig, not --no-cluster)");
    const auditIntervalMs = values["audit-interval"] !== void 0 ? parseDuration(values["audit-interval"], "audit-interval") : void 0;
    if (auditIntervalMs && !kubeConfig) throw new Error("--audit-interval needs cluster access (in-cluster or --kubeconfig, not --no-cluster)");
    shutdownDelayMs = intOption(values["shutdown-delay-ms"], "shutdown-delay-ms", 0);
    options = {
      port: intOption(values.port, "port", 8443),
      host: values.host ?? "0.0.0.0",
      tls: { certFile, keyFile },
      policySource: source,
      ...values.policy ? { policyFile: values.policy } : {},
      ...kubeConfig ? { kubeConfig, zalando, ...values["read-secrets"] ? { readSecrets: true } : {}, ...auditIntervalMs ? { auditIntervalMs } : {} } : {},
      bodyLimit: intOption(values["body-limit"], "body-limit", 3 * 1024 * 1024),
      logger: log
    };
  } catch (error) {
    process.stderr.write(`pgwarden serve: ${error.message}
`);
    return 2;
  }
  let server;
  try {
    server = await startServer(options);
  } catch (error) {
    log.fatal({ err: error.message }, "pgwarden webhook failed to start");
    return 2;
  }
  return new Promise((resolve) => {
    const stop = (signal) => {
      log.info({ signal, shutdownDelayMs }, "draining");
      server.beginDrain();
      setTimeout(() => {
        server.close().then(
          () => resolve(0),
          (error) => {
            log.error({ err: error.message }, "error while draining");
            resolve(1);
          }
        );
      }, shutdownDelayMs);
    };
    process.once("SIGTERM", stop);
    process.once("SIGINT", stop);
  });
}
export {
  CONNECTION_DEFAULTS,
  DEFAULT_LIMITS,
  MAX_JSON_DEPTH,
  SERVE_HELP,
  realEngine,
  serveMain,
  startServer,
  webhookLogger
};
/*! For license information please see webhook-C52W7GTD.js.LEGAL.txt */
