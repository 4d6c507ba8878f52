import { describe, expect, it } from 'vitest';
import { formatOf, listInput, readInputs } from '../../github-action/src/inputs.js';

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('Action inputs', () => {
  it('uses the documented defaults', () => {
    expect(readInputs(reader({}))).toEqual({
      paths: ['.'],
      policy: undefined,
      changedOnly: true,
      failOn: 'error',
      formatFile: undefined,
      format: undefined,
      clusterStorageClasses: undefined,
    });
  });

  it('reads lists one per line or comma-separated, skipping blanks and comments', () => {
    expect(listInput('fast-ssd, encrypted-gp3\n\n  standard # the HDD one\n')).toEqual(['fast-ssd', 'encrypted-gp3', 'standard']);
    const inputs = readInputs(reader({ path: 'examples\nclusters/prod', 'cluster-storage-classes': 'a,b', 'changed-only': 'false' }));
    expect(inputs.paths).toEqual(['examples', 'clusters/prod']);
    expect(inputs.clusterStorageClasses).toEqual(['a', 'b']);
    expect(inputs.changedOnly).toBe(false);
    // `exclude`: the CLI's --exclude globs (gitignore syntax).
    expect(readInputs(reader({ exclude: 'charts/\nvendor/**, generated/*.yaml' })).exclude).toEqual(['charts/', 'vendor/**', 'generated/*.yaml']);
  });

  it('takes the report format from the extension unless `format` says otherwise', () => {
    expect(formatOf('out/pgwarden.sarif', '')).toBe('sarif');
    expect(formatOf('out/pgwarden.sarif.json', '')).toBe('sarif');
    expect(formatOf('report.json', '')).toBe('json');
    expect(formatOf('junit.xml', '')).toBe('junit');
    expect(formatOf('report.out', 'sarif')).toBe('sarif');
  });

  it('names the input in every error', () => {
    expect(() => readInputs(reader({ 'fail-on': 'errors' }))).toThrow(/input `fail-on`.*"errors"/);
    expect(() => readInputs(reader({ 'changed-only': 'maybe' }))).toThrow(/input `changed-only`/);
    expect(() => readInputs(reader({ 'format-file': 'report.html' }))).toThrow(/input `format-file`.*\.html/);
    expect(() => readInputs(reader({ 'format-file': 'r.out', format: 'html' }))).toThrow(/input `format`/);
    expect(() => readInputs(reader({ format: 'sarif' }))).toThrow(/`format-file` is not/);
  });
});
