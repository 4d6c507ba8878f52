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
