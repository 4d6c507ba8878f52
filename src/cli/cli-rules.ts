// Findings the CLI itself produces (not the engine): files that cannot be read, parsed or rendered. They are
// errors at the file:line the parser or renderer reports, so one broken file never hides the rest of the tree.
import type { RuleMeta } from '../policies/index.js';

const DOCS = 'https://github.com/pgwarden/pgwarden/blob/main/docs/cli.md';

export const CLI_RULES: RuleMeta[] = [
  {
    id: 'yaml-syntax',
    docsUrl: `${DOCS}#yaml-syntax`,
    description: 'A YAML file in the tree does not parse; its objects are not checked until it does.',
    defaultSeverity: 'error',
    optionsSchema: {},
    fixable: false,
  },
  {
    id: 'render-error',
    docsUrl: `${DOCS}#render-error`,
    description:
      'An app (kustomization, Argo CD Application, Flux Kustomization) or a file could not be rendered or read (missing file, cycle, unreadable, binary or huge file), so its objects are not checked.',
    defaultSeverity: 'error',
    optionsSchema: {},
    fixable: false,
  },
  {
    id: 'render-incomplete',
    docsUrl: 'https://github.com/pgwarden/pgwarden/blob/main/docs/rules/render-incomplete.md',
    description:
      'An app was rendered without what a remote resource, a helmCharts entry or a KRM function would have supplied (kustomize could not build it here); the rest of the app was checked.',
    defaultSeverity: 'warning',
    optionsSchema: {},
    fixable: false,
  },
];
