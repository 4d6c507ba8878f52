// Reading and checking the Action's inputs. Every error names the input, so a typo in a workflow is obvious.
import { extname } from 'node:path';

export type FailOn = 'error' | 'warning' | 'never';
export type ReportFormat = 'sarif' | 'json' | 'junit' | 'stylish';

export interface ActionInputs {
  paths: string[];
  policy?: string;
  changedOnly: boolean;
  failOn: FailOn;
  formatFile?: string;
  format?: ReportFormat;
  clusterStorageClasses?: string[];
  /** Paths to skip (gitignore syntax), as the CLI's --exclude. */
  exclude?: string[];
}

/** Reads one input the way @actions/core does (INPUT_<NAME upper-cased, spaces to _>), trimmed. */
export type InputReader = (name: string) => string;

/** A list input: one item per line or comma-separated; blank items and `#` comments are dropped. */
export function listInput(raw: string): string[] {
  return raw
    .split(/[\n,]/)
    .map((s) => s.replace(/#.*$/, '').trim())
    .filter((s) => s.length > 0);
}

function booleanInput(name: string, raw: string, fallback: boolean): boolean {
  if (raw === '') return fallback;
  if (/^(true|yes|on|1)$/i.test(raw)) return true;
  if (/^(false|no|off|0)$/i.test(raw)) return false;
  throw new Error(`input \`${name}\`: expected true or false, got ${JSON.stringify(raw)}`);
}

const formatsByExtension: [RegExp, ReportFormat][] = [
  [/\.sarif(\.json)?$/i, 'sarif'],
  [/\.json$/i, 'json'],
  [/\.xml$/i, 'junit'],
  [/\.(txt|log)$/i, 'stylish'],
];

/** The report format of `format-file`: the `format` input when given, else the file's extension. */
export function formatOf(file: string, explicit: string): ReportFormat {
  if (explicit !== '') {
    if (explicit === 'sarif' || explicit === 'json' || explicit === 'junit' || explicit === 'stylish') return explicit;
    throw new Error(`input \`format\`: expected sarif, json, junit or stylish, got ${JSON.stringify(explicit)}`);
  }
  for (const [pattern, format] of formatsByExtension) if (pattern.test(file)) return format;
  throw new Error(
    `input \`format-file\`: cannot tell the format from the extension ${JSON.stringify(extname(file))} of ${file}; use .sarif, .json, .xml (JUnit) or set the \`format\` input`,
  );
}

export function readInputs(input: InputReader): ActionInputs {
  const paths = listInput(input('path'));
  const failOn = input('fail-on') || 'error';
  if (failOn !== 'error' && failOn !== 'warning' && failOn !== 'never') {
    throw new Error(`input \`fail-on\`: expected error, warning or never, got ${JSON.stringify(failOn)}`);
  }
  const formatFile = input('format-file') || undefined;
  const explicitFormat = input('format');
  if (explicitFormat !== '' && formatFile === undefined) {
    throw new Error('input `format` is set but `format-file` is not: say where to write the report');
  }
  const classes = listInput(input('cluster-storage-classes'));
  const exclude = listInput(input('exclude'));
  return {
    paths: paths.length ? paths : ['.'],
    policy: input('policy') || undefined,
    changedOnly: booleanInput('changed-only', input('changed-only'), true),
    failOn,
    formatFile,
    format: formatFile === undefined ? undefined : formatOf(formatFile, explicitFormat),
    clusterStorageClasses: classes.length ? classes : undefined,
    exclude: exclude.length ? exclude : undefined,
  };
}
