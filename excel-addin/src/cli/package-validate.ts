import { execFile } from 'node:child_process';

/**
 * Microsoft's own manifest validator, office-addin-manifest, run as its CLI (it cannot be
 * imported into a CommonJS bundle or Jest). JSON (Teams) manifests are checked offline against
 * the schemas the package bundles; XML (add-in) manifests only by Microsoft's validation service
 * (ecosystem.md §1.3), so offline an XML check reports that it could not run.
 */

export type Verdict =
  | { readonly kind: 'valid'; readonly output: string }
  | { readonly kind: 'invalid'; readonly output: string }
  /** The validator could not run or could not reach its service (reason: the technical detail); not a verdict. */
  | { readonly kind: 'not-run'; readonly reason: string };

function validatorCli(): string | undefined {
  try {
    return require.resolve('office-addin-manifest/cli.js');
  } catch {
    return undefined;
  }
}

export function runValidator(args: readonly string[], timeoutMs = 60_000): Promise<{ code: number; output: string } | { missing: true }> {
  const cli = validatorCli();
  if (!cli) return Promise.resolve({ missing: true });
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { timeout: timeoutMs, maxBuffer: 4 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof (error as { code?: unknown }).code === 'number' ? (error as { code: number }).code : 1) : 0;
      resolve({ code, output: `${stdout}${stderr}`.trim() });
    });
  });
}

export async function validateManifest(path: string): Promise<Verdict> {
  const run = await runValidator(['validate', path]);
  if ('missing' in run) return { kind: 'not-run', reason: 'office-addin-manifest is not installed (npm ci installs it)' };
  if (/Unable to contact the manifest validation service/i.test(run.output)) {
    return { kind: 'not-run', reason: (/reason: ([^\n]+)/.exec(run.output)?.[1] ?? 'no network').trim() };
  }
  if (run.code === 0 && !/not valid/i.test(run.output)) return { kind: 'valid', output: run.output };
  return { kind: 'invalid', output: run.output };
}

/** `office-addin-manifest info`: parses an XML manifest offline; a manifest it cannot read is broken. */
export async function readableByOfficeTools(path: string): Promise<Verdict> {
  const run = await runValidator(['info', path]);
  if ('missing' in run) return { kind: 'not-run', reason: 'office-addin-manifest is not installed (npm ci installs it)' };
  return run.code === 0 && /Id:/.test(run.output) ? { kind: 'valid', output: run.output } : { kind: 'invalid', output: run.output };
}
