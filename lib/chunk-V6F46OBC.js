import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);

// src/cli/formatters/names.ts
var FORMATS = ["stylish", "json", "sarif", "junit", "github"];
function isFormatName(name) {
  return FORMATS.includes(name);
}

export {
  FORMATS,
  isFormatName
};
