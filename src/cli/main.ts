// CLI entry. OWNER: CLI helper (issue 4). Returns the process exit code.
export async function main(argv: string[]): Promise<number> {
  process.stderr.write(`pgwarden: not implemented yet (${argv.join(' ')})\n`);
  return 2;
}
