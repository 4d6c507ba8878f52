import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);

// src/cli/errors.ts
var UsageError = class extends Error {
  name = "UsageError";
};
var PolicyFileError = class extends Error {
  name = "PolicyFileError";
};

export {
  UsageError,
  PolicyFileError
};
