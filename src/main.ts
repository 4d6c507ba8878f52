// The composition root: `pgwarden serve` goes to the webhook door, everything else to the CLI door. The two doors
// never import each other; linting never loads fastify, serving never loads the renderer.
import { main as cliMain } from './cli/main.js';

export async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'serve') {
    const { serveMain } = await import('./webhook/index.js');
    return serveMain(argv.slice(1));
  }
  return cliMain(argv);
}
