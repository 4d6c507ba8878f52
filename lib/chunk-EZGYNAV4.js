// src/cli/formatters/names.ts
var FORMATS = ["stylish", "json", "sarif", "junit", "github"];
function isFormatName(name) {
  return FORMATS.includes(name);
}

export {
  FORMATS,
  isFormatName
};
