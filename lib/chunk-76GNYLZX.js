import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);

// src/cli/formatters/names.ts
var FORMATS = ["stylish", "json", "sarif", "junit", "github"];
function isFormatName(name) {
  return FORMATS.includes(name);
}

// src/cli/visible.ts
var INVISIBLE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function visible(text) {
  return text.replace(INVISIBLE, (c) => {
    if (c === "\n") return "\\n";
    if (c === "\r") return "\\r";
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}

export {
  FORMATS,
  isFormatName,
  visible
};
