import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';

describe('skeleton', () => {
  it('CLI entry returns an exit code', async () => {
    expect(typeof (await main(['--version']))).toBe('number');
  });
});
