import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REPO = resolve(__dirname, '../../..');
export const CLI = join(REPO, 'dist/namndstod.cjs');

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the built CLI as a user would: a real node process, output captured through pipes.
 * nodeArgs go to node itself, before the script (a V8 trace flag, say).
 */
export function runCli(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}, nodeArgs: readonly string[] = []): Promise<CliRun> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [...nodeArgs, CLI, ...args], { cwd, env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('error', fail);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr });
    });
  });
}

/**
 * The CLI tests run dist/namndstod.cjs, which `npm test` builds first. Run on their own, they fail
 * here with the fix rather than testing a missing bundle or one older than the CLI's own sources
 * (shared/ is left out: in a shared checkout it changes under every run).
 */
export function assertBuiltCli(): void {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` (npm test does it first).`);
  const built = statSync(CLI).mtimeMs;
  const newest = newestSource([join(REPO, 'excel-addin/src/cli'), join(REPO, 'excel-addin/src/xlsx-adapter')]);
  if (newest.mtime > built) {
    throw new Error(`${CLI} is older than ${newest.path}: run \`npm run build\` (npm test does it first).`);
  }
}

function newestSource(dirs: readonly string[]): { path: string; mtime: number } {
  let best = { path: '', mtime: 0 };
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.tsx?$/.test(e.name)) {
        const m = statSync(p).mtimeMs;
        if (m > best.mtime) best = { path: p, mtime: m };
      }
    }
  };
  for (const d of dirs) if (existsSync(d)) walk(d);
  return best;
}
