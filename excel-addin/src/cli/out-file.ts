import { realpath, stat } from 'node:fs/promises';
import { resolve } from 'node:path';

/**
 * Why `--out` may not be written, or undefined when it may: it is one of the files the command
 * reads (`isInput` says so in the command's words), a folder, or a file that exists without
 * `--force`. Paths are compared after resolving links, so no spelling of an input slips through.
 */
export async function refuseOut(
  out: string,
  inputs: readonly string[],
  force: boolean,
  isInput: { readonly sv: string; readonly en: string },
): Promise<{ sv: string; en: string } | undefined> {
  const target = await realpath(out).catch(() => resolve(out));
  for (const file of inputs) {
    const source = await realpath(file).catch(() => resolve(file));
    if (source === target) return { sv: `--out ${out} ${isInput.sv}`, en: `--out ${out} ${isInput.en}` };
  }
  const existing = await stat(out).catch(() => undefined);
  if (existing?.isDirectory()) return { sv: `--out ${out} är en mapp.`, en: `--out ${out} is a folder.` };
  if (existing && !force) {
    return {
      sv: `Filen ${out} finns redan. Välj ett annat namn eller lägg till --force för att ersätta den.`,
      en: `The file ${out} already exists. Choose another name or add --force to replace it.`,
    };
  }
  return undefined;
}
