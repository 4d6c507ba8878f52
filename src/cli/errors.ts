// Errors that end a run with exit code 2 (usage, policy, internal), as ESLint does. Everything else about the
// linted tree is a finding, never an exception.
export class UsageError extends Error {
  override name = 'UsageError';
}

export class PolicyFileError extends Error {
  override name = 'PolicyFileError';
}
