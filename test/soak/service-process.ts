// The list service as a real process, `node dist/namndstod.cjs sharepoint --port 0 --data DIR`,
// started, SIGKILLed and started again on the same data directory.
import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../fuzz/support/fixtures';

export const bundlePath = (): string => join(repoRoot(), 'dist', 'namndstod.cjs');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** `npm test` and `npm run soak` build first; a bare jest run rebuilds the CLI bundle when its sources are newer. */
export function ensureBundle(): void {
  const root = repoRoot();
  const sources = Math.max(
    newestSource(join(root, 'teams-app/src/local-sharepoint')),
    newestSource(join(root, 'shared/lists')),
    statSync(join(root, 'excel-addin/src/cli/main.ts')).mtimeMs,
  );
  if (!existsSync(bundlePath()) || statSync(bundlePath()).mtimeMs < sources) {
    execFileSync(process.execPath, ['excel-addin/build/build-node.mjs'], { cwd: root, stdio: 'pipe' });
  }
}

export interface ServiceProcess {
  readonly child: ChildProcessWithoutNullStreams;
  /** `http://127.0.0.1:<port>` as the service printed it. */
  readonly url: string;
  readonly siteUrl: string;
  readonly exited: Promise<number | null>;
  readonly stderr: string[];
}

const START_TIMEOUT_MS = 20_000;

export function startService(dataDir: string): Promise<ServiceProcess> {
  const child = spawn(process.execPath, [bundlePath(), 'sharepoint', '--port', '0', '--data', dataDir, '--quiet'], { cwd: repoRoot() });
  const stdout: string[] = [];
  const stderr: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  child.stderr.on('data', (d: Buffer) => stderr.push(d.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the list service did not start: ${stdout.join('')}${stderr.join('')}`));
    }, START_TIMEOUT_MS);
    child.stdout.on('data', (d: Buffer) => {
      stdout.push(d.toString());
      const text = stdout.join('');
      const url = /listening on (\S+)/.exec(text);
      const site = /Site URL: (\S+)/.exec(text);
      if (url && site) {
        clearTimeout(timer);
        resolve({ child, url: url[1]!, siteUrl: site[1]!, exited, stderr });
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the list service exited (${code}) before it listened: ${stderr.join('')}`));
    });
  });
}

/** SIGKILL: no shutdown handler runs, whatever was in flight is cut. */
export async function killHard(service: ServiceProcess): Promise<void> {
  service.child.kill('SIGKILL');
  await service.exited;
}
