// Rule docs kept true by a test (issue 11 §5): each docs/rules/<id>.md states the rule's default severity, whether it is
// fixable, and an options table whose names and defaults are the rule's schema.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRuleMetas } from '../../src/policies/index.js';
import { repoRoot } from './helpers.js';

function optionsTable(markdown: string): Map<string, string> {
  const rows = new Map<string, string>();
  const section = markdown.split(/^## Options\s*$/m)[1]?.split(/^## /m)[0] ?? '';
  for (const line of section.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    const name = /^`([^`]+)`$/.exec(cells[1] ?? '')?.[1];
    if (name && cells[1] !== '`option`') rows.set(name, cells[3] ?? '');
  }
  return rows;
}

function writtenDefault(value: unknown): string {
  return `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;
}

describe('docs/rules pages match the rules', () => {
  for (const meta of allRuleMetas) {
    it(`${meta.id}: default severity, fixable and options`, () => {
      const file = path.join(repoRoot, 'docs/rules', `${meta.id}.md`);
      expect(existsSync(file), `${file} is missing`).toBe(true);
      const markdown = readFileSync(file, 'utf8');
      const header = /\*\*Default severity:\*\*\s*(\w+)/.exec(markdown);
      expect(header?.[1], 'the page states the default severity').toBe(meta.defaultSeverity);
      const fixable = /\*\*Fixable:\*\*\s*(yes|no)/.exec(markdown);
      if (fixable) expect(fixable[1] === 'yes', 'the page says whether the rule is fixable').toBe(meta.fixable);
      const properties = (meta.optionsSchema.properties ?? {}) as Record<string, { default?: unknown }>;
      const table = optionsTable(markdown);
      expect([...table.keys()].sort(), 'options documented = options in the schema').toEqual(Object.keys(properties).sort());
      for (const [name, schema] of Object.entries(properties)) {
        const cell = table.get(name) ?? '';
        // No schema default: the page may explain what absence means ("any class"), but must not claim a value.
        if (schema.default === undefined) expect(cell.startsWith('`'), `option ${name} has no default, the page names one: ${cell}`).toBe(false);
        else expect(cell, `default of option ${name}`).toBe(writtenDefault(schema.default));
      }
    });
  }
});
