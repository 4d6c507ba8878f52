// A repo built to inject GitHub workflow commands and Markdown through every string the linter repeats: an object
// name (issue 9's attack), a directory (an app name), a file name, and a value quoted in a message.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Issue 9's Cluster name, verbatim. */
export const ATTACK_NAME = 'db\n::error file=README.md::pwned\n::set-output name=errors::0\n::add-mask::Cluster';
/** Markdown and HTML that must stay text in the job summary. */
export const MARKDOWN_ATTACK = 'x](https://evil.example/a)![p](https://evil.example/p.png)<img src=x onerror=alert(1)>|`code`|@octocat $x$';
/** A directory (so an app name) with a carriage return: the runner splits lines on \r too. */
export const ATTACK_DIR = 'team\r::warning file=README.md::dir';
/** A file whose name starts with `::`. */
export const ATTACK_FILE = '::notice file=README.md::file.yaml';

function cluster(name: string, image: string): string {
  return ['apiVersion: postgresql.cnpg.io/v1', 'kind: Cluster', 'metadata:', `  name: ${JSON.stringify(name)}`, 'spec:', '  instances: 1', `  imageName: ${image}`, '  storage: {size: 1Gi}', ''].join('\n');
}

export function writeInjectionRepo(dir: string): void {
  const app = join(dir, 'app');
  mkdirSync(app, { recursive: true });
  writeFileSync(join(app, 'kustomization.yaml'), 'resources:\n- cluster.yaml\n- markdown.yaml\n');
  writeFileSync(join(app, 'cluster.yaml'), cluster(ATTACK_NAME, 'ghcr.io/cloudnative-pg/postgresql:latest'));
  // The image is quoted in the image-tag message.
  writeFileSync(join(app, 'markdown.yaml'), cluster(MARKDOWN_ATTACK, JSON.stringify(`ghcr.io/cloudnative-pg/postgresql:latest\n::error::img`)));
  const team = join(dir, ATTACK_DIR);
  mkdirSync(team, { recursive: true });
  writeFileSync(join(team, 'kustomization.yaml'), `resources:\n- ${JSON.stringify(ATTACK_FILE)}\n`);
  writeFileSync(join(team, ATTACK_FILE), cluster('team-db', 'postgres'));
}

const unescapeProperty = (v: string) =>
  v.replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');

/**
 * Lines the runner reads (it splits on \n, \r\n and \r) that start a workflow command other than the ones the
 * tool means: annotations on the repo's own files (`files`, repo-relative), groups and the stop-commands pair.
 */
export function foreignCommands(log: string, files: ReadonlySet<string>): string[] {
  const lines = log.split(/\r\n|\r|\n/);
  let stopToken: string | undefined;
  const foreign: string[] = [];
  for (const line of lines) {
    if (stopToken !== undefined) {
      if (line === `::${stopToken}::`) stopToken = undefined;
      continue;
    }
    if (!line.startsWith('::')) continue;
    const stop = /^::stop-commands::([0-9a-f-]{36})$/.exec(line);
    if (stop) {
      stopToken = stop[1];
      continue;
    }
    if (/^::(group::.*|endgroup::)$/.test(line)) continue;
    const annotation = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (annotation) {
      const props = new Map(
        (annotation[2] ?? '')
          .split(',')
          .filter(Boolean)
          .map((pair) => [pair.slice(0, pair.indexOf('=')), unescapeProperty(pair.slice(pair.indexOf('=') + 1))] as const),
      );
      const known = [...props.keys()].every((k) => ['title', 'file', 'line', 'endLine', 'col', 'endColumn'].includes(k));
      const file = props.get('file');
      if (known && (file === undefined || files.has(file))) continue;
    }
    foreign.push(line);
  }
  if (stopToken !== undefined) foreign.push(`(commands never resumed after ::stop-commands::${stopToken})`);
  return foreign;
}
