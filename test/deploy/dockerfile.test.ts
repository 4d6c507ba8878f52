// The image, without a container engine: the Dockerfile's COPY sources exist (and the build context keeps them),
// and the entrypoint runs from a directory laid out exactly as the final stage lays /app — what it COPYs from the
// repository, plus the production dependencies the `deps` stage installs (`npm ci --omit=dev`), emulated by
// symlinking only the non-dev packages of package-lock.json and resolving through the symlinks
// (--preserve-symlinks), so a bundle that needs a dev dependency fails here as it would in the image.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repoRoot = resolve(import.meta.dirname, '../..');

interface Instruction {
  keyword: string;
  args: string;
  line: number;
}

interface Stage {
  from: string;
  name?: string;
  instructions: Instruction[];
}

/** Dockerfile instructions, with `\` continuations joined and comments dropped (the subset this Dockerfile uses). */
function parseDockerfile(text: string): Stage[] {
  const stages: Stage[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const start = i + 1;
    let line = lines[i]!.trim();
    if (line === '' || line.startsWith('#')) continue;
    while (line.endsWith('\\') && i + 1 < lines.length) {
      i++;
      const next = lines[i]!.trim();
      line = `${line.slice(0, -1).trimEnd()} ${next.startsWith('#') ? '' : next}`;
    }
    const match = /^(\w+)\s+(.*)$/.exec(line);
    if (!match) throw new Error(`Dockerfile:${start}: cannot parse "${line}"`);
    const keyword = match[1]!.toUpperCase();
    const args = match[2]!;
    if (keyword === 'FROM') {
      const from = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args);
      if (!from) throw new Error(`Dockerfile:${start}: FROM ${args}`);
      stages.push({ from: from[1]!, ...(from[2] ? { name: from[2] } : {}), instructions: [] });
      continue;
    }
    const stage = stages.at(-1);
    if (!stage) throw new Error(`Dockerfile:${start}: ${keyword} before FROM`);
    stage.instructions.push({ keyword, args, line: start });
  }
  return stages;
}

interface Copy {
  from?: string;
  sources: string[];
  dest: string;
  line: number;
}

function copies(stage: Stage): Copy[] {
  return stage.instructions
    .filter((i) => i.keyword === 'COPY')
    .map((i) => {
      const words = i.args.split(/\s+/);
      const flags = words.filter((w) => w.startsWith('--'));
      const paths = words.filter((w) => !w.startsWith('--'));
      const from = flags.find((f) => f.startsWith('--from='))?.slice('--from='.length);
      return { ...(from ? { from } : {}), sources: paths.slice(0, -1), dest: paths.at(-1)!, line: i.line };
    });
}

function workdir(stage: Stage): string {
  return stage.instructions.filter((i) => i.keyword === 'WORKDIR').at(-1)?.args ?? '/';
}

const dockerfile = readFileSync(join(repoRoot, 'Dockerfile'), 'utf8');
const stages = parseDockerfile(dockerfile);
const final = stages.at(-1)!;

/** package-lock.json's top-level packages that `npm ci --omit=dev` installs. */
function productionPackages(): string[] {
  const lock = JSON.parse(readFileSync(join(repoRoot, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { dev?: boolean; devOptional?: boolean; optional?: boolean }>;
  };
  return Object.entries(lock.packages)
    .filter(([path, entry]) => /^node_modules\/(@[^/]+\/)?[^/]+$/.test(path) && !entry.dev && !entry.devOptional)
    .map(([path]) => path.slice('node_modules/'.length));
}

function entrypoint(): string[] {
  const instruction = final.instructions.filter((i) => i.keyword === 'ENTRYPOINT').at(-1);
  if (!instruction) throw new Error('the final stage has no ENTRYPOINT');
  return JSON.parse(instruction.args) as string[];
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(path));
    else out.push(path);
  }
  return out.sort();
}

describe('Dockerfile', () => {
  it('is multi-stage: production dependencies installed in their own stage, nothing compiled, a non-root user', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of stages) expect(stage.from).toMatch(/^node:24\.\d+\.\d+-/);
    const runs = stages.flatMap((s) => s.instructions.filter((i) => i.keyword === 'RUN').map((i) => i.args));
    expect(runs.some((r) => /npm ci\b.*--omit=dev/.test(r))).toBe(true);
    expect(runs.join('\n')).not.toMatch(/\btsc\b|npm run bundle|esbuild/);
    const user = final.instructions.filter((i) => i.keyword === 'USER').at(-1)?.args;
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^(root|0)(:|$)/);
    expect(final.instructions.filter((i) => i.keyword === 'RUN')).toEqual([]);
  });

  it('every COPY source from the build context exists in the repository and is not excluded by .dockerignore', () => {
    const ignore = readFileSync(join(repoRoot, '.dockerignore'), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.startsWith('#'));
    // This .dockerignore is an allow-list: `*` then `!path` lines.
    expect(ignore[0]).toBe('*');
    const allowed = ignore.slice(1).map((l) => l.replace(/^!/, '').replace(/\/$/, ''));
    const names = new Set(stages.map((s) => s.name));
    let checked = 0;
    for (const stage of stages) {
      for (const copy of copies(stage)) {
        if (copy.from) {
          expect(names.has(copy.from), `Dockerfile:${copy.line}: --from=${copy.from} names no stage`).toBe(true);
          continue;
        }
        for (const source of copy.sources) {
          expect(existsSync(join(repoRoot, source)), `Dockerfile:${copy.line}: COPY ${source}: no such file in the repository`).toBe(true);
          expect(allowed, `Dockerfile:${copy.line}: ${source} is excluded from the build context by .dockerignore`).toContain(source.replace(/\/$/, ''));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(4);
  });

  it('the bundle bin/pgwarden loads is committed (lib/ is copied, not built)', () => {
    const bin = readFileSync(join(repoRoot, 'bin/pgwarden'), 'utf8');
    const target = /(?:from |import\()'\.\.\/(lib\/[^']+)'/.exec(bin)?.[1];
    expect(target).toBeDefined();
    const tracked = execFileSync('git', ['ls-files', 'lib'], { cwd: repoRoot, encoding: 'utf8' }).split('\n');
    expect(tracked).toContain(target);
  });

  describe('the entrypoint, from a directory laid out as the final stage lays it', () => {
    let root: string;
    let app: string;
    const run = (...args: string[]) => {
      const [program, ...rest] = entrypoint();
      expect(program).toBe('node');
      const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: root, NODE_ENV: 'production' };
      for (const instruction of final.instructions.filter((i) => i.keyword === 'ENV')) {
        const [key, value] = instruction.args.split('=');
        env[key!] = value;
      }
      return spawnSync(process.execPath, ['--preserve-symlinks', ...rest!, ...args], { cwd: app, env, encoding: 'utf8', timeout: 30_000 });
    };

    beforeAll(() => {
      root = mkdtempSync(join(tmpdir(), 'pgwarden-image-'));
      const dir = workdir(final);
      expect(posix.isAbsolute(dir)).toBe(true);
      app = join(root, dir);
      mkdirSync(app, { recursive: true });
      for (const copy of copies(final)) {
        const dest = join(app, copy.dest);
        if (copy.from) {
          // The deps stage's node_modules: the production packages only, each a symlink into this checkout.
          expect(copy.sources).toEqual([`${workdir(stages.find((s) => s.name === copy.from)!)}/node_modules`]);
          mkdirSync(dest, { recursive: true });
          for (const pkg of productionPackages()) {
            const source = join(repoRoot, 'node_modules', pkg);
            if (!existsSync(source)) continue; // an optional package for another platform
            mkdirSync(dirname(join(dest, pkg)), { recursive: true });
            symlinkSync(source, join(dest, pkg), 'dir');
          }
          continue;
        }
        for (const source of copy.sources) {
          const target = copy.dest.endsWith('/') ? join(dest, source) : dest;
          mkdirSync(dirname(target), { recursive: true });
          cpSync(join(repoRoot, source), target, { recursive: statSync(join(repoRoot, source)).isDirectory() });
        }
      }
    });

    afterAll(() => {
      if (root) rmSync(root, { recursive: true, force: true });
    });

    it('holds only what the Dockerfile copies: no sources, no dev dependencies', () => {
      expect(existsSync(join(app, 'src'))).toBe(false);
      expect(existsSync(join(app, 'node_modules', 'vitest'))).toBe(false);
      expect(existsSync(join(app, 'node_modules', 'esbuild'))).toBe(false);
      expect(existsSync(join(app, 'node_modules', 'fastify'))).toBe(true);
    });

    it('`--version` prints package.json version, `serve --help` the serve usage, and neither writes a file', () => {
      const before = listFiles(app);
      const version = run('--version');
      expect(version.stderr).toBe('');
      expect(version.status).toBe(0);
      expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version);
      const help = run('serve', '--help');
      expect(help.stderr).toBe('');
      expect(help.status).toBe(0);
      expect(help.stdout).toContain('Usage: pgwarden serve');
      // The default CMD without its mounted certificate: a clear startup error and exit 2, not a crash.
      const cmd = JSON.parse(final.instructions.filter((i) => i.keyword === 'CMD').at(-1)!.args) as string[];
      const serve = run(...cmd);
      expect(serve.status).toBe(2);
      expect(serve.stdout + serve.stderr).toMatch(/tls/i);
      expect(listFiles(app)).toEqual(before);
    });
  });
});
