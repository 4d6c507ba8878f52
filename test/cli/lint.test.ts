import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runLint } from '../../src/cli/lint.js';
import { fakeRenderer } from './fake-renderer.js';

const fixtures = resolve(import.meta.dirname, '../fixtures/cli');

describe('runLint with the fake renderer', () => {
  it('lints overlays through their base once and loose manifests per directory', async () => {
    const cwd = resolve(fixtures, 'overlays');
    const { report, inputsByApp, diagnostics } = await runLint({ paths: [], cwd }, { renderer: fakeRenderer });
    console.log(JSON.stringify(report, null, 1), diagnostics);
    expect(Object.keys(inputsByApp).sort()).toEqual(['loose', 'overlays/dev', 'overlays/prod']);
  });
});
