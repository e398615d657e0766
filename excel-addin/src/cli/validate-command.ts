import { rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Lang } from '../../../shared/locale';
import { templates } from '../../../shared/templates';
import { collectWorkbooks } from './collect-workbooks';
import type { FileReport } from './file-report';
import { refuseOut } from './out-file';
import { renderHtml } from './render-html';
import { renderJson } from './render-json';
import { renderText } from './render-text';
import { renderXlsx } from './render-xlsx';
import { parseValidateArgs, type ReportFormat, VALIDATE_USAGE } from './validate-options';
import { validateTogether } from './validate-together';

export interface CliIo {
  readonly stdout: NodeJS.WriteStream;
  readonly stderr: NodeJS.WriteStream;
  readonly env: NodeJS.ProcessEnv;
}

const EXIT_OK = 0;
const EXIT_ERRORS = 1;
const EXIT_UNUSABLE = 2;

/**
 * `namndstod validate <file-or-folder>…`: reads each workbook (never writes to it), validates it
 * against every registered template, compares the files with one another and with any `--with`
 * partners (the cross-document rules), and prints one report. Exit 0 = no errors, 1 = errors found
 * (or a file could not be read), 2 = usage error or nothing could be read at all.
 */
export async function runValidate(argv: string[], io: CliIo = process): Promise<number> {
  const parsed = parseValidateArgs(argv);
  if (!parsed.ok) {
    io.stderr.write(`namndstod validate: ${parsed[parsed.lang]}\n\n${VALIDATE_USAGE[parsed.lang]}`);
    return EXIT_UNUSABLE;
  }
  const { options } = parsed;
  const { lang } = options;
  const say = (sv: string, en: string) => io.stderr.write(`${lang === 'sv' ? sv : en}\n`);
  if (options.help) {
    io.stdout.write(VALIDATE_USAGE[lang]);
    return EXIT_OK;
  }

  const input = await collectWorkbooks(options.paths);
  for (const folder of input.emptyFolders) say(`Mappen ${folder} innehåller inga .xlsx-filer.`, `The folder ${folder} holds no .xlsx files.`);
  if (input.files.length === 0) {
    say('Inga .xlsx-filer att kontrollera.', 'No .xlsx files to check.');
    return EXIT_UNUSABLE;
  }

  const partners = await collectWorkbooks(options.with);
  for (const folder of partners.emptyFolders) say(`Mappen ${folder} (--with) innehåller inga .xlsx-filer.`, `The folder ${folder} (--with) holds no .xlsx files.`);

  if (options.out !== undefined) {
    const refusal = await refuseOut(options.out, [...input.files, ...partners.files], options.force, {
      sv: 'är en av filerna som kontrolleras; den skrivs aldrig över.',
      en: 'is one of the files being checked; it is never overwritten.',
    });
    if (refusal) {
      say(refusal.sv, refusal.en);
      return EXIT_UNUSABLE;
    }
  }

  const progress = input.hadFolder ? progressLine(io.stderr, input.files.length) : undefined;
  const run = await validateTogether({ files: input.files, partners: partners.files, onProgress: progress }, templates);
  const reports: readonly FileReport[] = run.reports;
  for (const p of run.unreadablePartners) {
    say(`--with ${p.file} kunde inte läsas och jämförs inte: ${p.error?.sv ?? ''}`, `--with ${p.file} could not be read and is not compared: ${p.error?.en ?? ''}`);
  }

  const colour = options.format === 'text' && options.out === undefined && io.stdout.isTTY === true && io.env.NO_COLOR === undefined;
  const report = options.format === 'xlsx' ? await renderXlsx(reports, lang) : render(reports, options.format, lang, colour);
  if (options.out === undefined) {
    io.stdout.write(report);
  } else {
    try {
      await writeAtomically(options.out, report);
      say(`Rapporten sparades i ${options.out}.`, `The report was saved to ${options.out}.`);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      say(`Rapporten kunde inte sparas i ${options.out} (${detail}).`, `The report could not be saved to ${options.out} (${detail}).`);
      return EXIT_UNUSABLE;
    }
  }

  if (reports.every((r) => r.error)) return EXIT_UNUSABLE;
  const failed = reports.some((r) => r.error || r.problems.some((p) => p.severity === 'error'));
  return failed ? EXIT_ERRORS : EXIT_OK;
}

export function render(reports: readonly FileReport[], format: Exclude<ReportFormat, 'xlsx'>, lang: Lang, colour = false): string {
  if (format === 'json') return renderJson(reports, lang);
  if (format === 'html') return renderHtml(reports, lang);
  return renderText(reports, lang, colour);
}

/** `[3/40] fil.xlsx` per file; on a terminal the line is rewritten in place. */
function progressLine(stderr: NodeJS.WriteStream, total: number): (index: number, file: string) => void {
  const tty = stderr.isTTY === true;
  return (index, file) => {
    if (index >= total) {
      if (tty) stderr.write('\r\u001b[K');
      return;
    }
    const line = `[${index + 1}/${total}] ${file}`;
    stderr.write(tty ? `\r\u001b[K${line}` : `${line}\n`);
  };
}

/** Written beside the target and renamed into place, so a failed run never leaves half a report. */
async function writeAtomically(path: string, content: string | Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${process.pid}-${Date.now()}.namndstod-tmp`);
  try {
    await writeFile(temp, content, { flag: 'wx' });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
