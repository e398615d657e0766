import { basename } from 'node:path';
import { type FillSources, validateWorkbook } from '../../../shared/engine';
import type { Workbook } from '../../../shared/grid';
import { templates } from '../../../shared/templates';
import { PatchError } from '../xlsx-adapter/patch-cells';
import { readWorkbook } from '../xlsx-adapter/read-workbook';
import { WorkbookReadError } from '../xlsx-adapter/workbook-read-error';
import { checkWorkbookFile } from './file-report';
import { refuseOut } from './out-file';
import { FILL_USAGE, parseFillArgs } from './fill-options';
import { planWorkbookFill, writeFilledCopy } from './fill-workbook';
import { readProjectsFile } from './projects-file';
import { type FillReport, NOTHING_TO_FILL, renderFillJson, renderFillLogText, renderFillResultText } from './render-fill';
import type { CliIo } from './validate-command';

const EXIT_OK = 0;
const EXIT_REMAINING = 1;
const EXIT_UNUSABLE = 2;

type Said = { sv: string; en: string };

/**
 * `namndstod fill <file> --out <new.xlsx>`: plans every fill the recognised templates offer, prints
 * the log (fixes apart from suggestions), writes a new workbook where only the filled cells
 * differ, and validates what it wrote. The input is never written to. Exit 0 = written, no errors
 * left; 1 = written, but errors remain or a change was refused; 2 = unusable input, nothing written.
 */
export async function runFill(argv: string[], io: CliIo = process): Promise<number> {
  const parsed = parseFillArgs(argv);
  if (!parsed.ok) {
    io.stderr.write(`namndstod fill: ${parsed[parsed.lang]}\n\n${FILL_USAGE[parsed.lang]}`);
    return EXIT_UNUSABLE;
  }
  const o = parsed.options;
  const say = (m: Said) => io.stderr.write(`${m[o.lang]}\n`);
  if (o.help) {
    io.stdout.write(FILL_USAGE[o.lang]);
    return EXIT_OK;
  }

  const refusal = await refuseOut(o.out, [o.file, o.from, o.projects].filter((f): f is string => f !== undefined), o.force, {
    sv: 'är en av indatafilerna; ifyllningen skrivs alltid till en ny fil och aldrig över indata.',
    en: 'is one of the input files; the fill is always written to a new file, never over an input.',
  });
  if (refusal) {
    say(refusal);
    return EXIT_UNUSABLE;
  }

  let workbook: Workbook;
  try {
    workbook = await readWorkbook(o.file);
  } catch (error) {
    say(readFailure(o.file, error));
    return EXIT_UNUSABLE;
  }
  const sources: { previous?: FillSources['previous']; projects?: FillSources['projects'] } = {};
  if (o.from !== undefined) {
    try {
      sources.previous = { file: basename(o.from), workbook: await readWorkbook(o.from) };
    } catch (error) {
      say(readFailure(o.from, error));
      return EXIT_UNUSABLE;
    }
  }
  if (o.projects !== undefined) {
    const read = await readProjectsFile(o.projects);
    if (!read.ok) {
      say(read);
      return EXIT_UNUSABLE;
    }
    sources.projects = read.projects;
  }

  const recognised = validateWorkbook(workbook, templates);
  if (!recognised.template) {
    say({
      sv: `${o.file}: inget blad liknar någon mall Nämndstöd känner till, så det finns inget att fylla i. Inget har skrivits.`,
      en: `${o.file}: no sheet looks like any template Nämndstöd knows, so there is nothing to fill in. Nothing was written.`,
    });
    return EXIT_UNUSABLE;
  }

  const outcome = planWorkbookFill(workbook, templates, sources, o.yes);
  const report: FillReport = { file: o.file, out: o.out, workbook, outcome, yes: o.yes };
  if (o.format === 'text') {
    io.stdout.write(`${renderFillLogText(report, o.lang)}\n`);
    if (outcome.edits.length === 0 && outcome.pending.length === 0) io.stdout.write(`${NOTHING_TO_FILL[o.lang]}\n\n`);
  }

  let write;
  try {
    write = await writeFilledCopy(o.file, o.out, outcome.edits, o.force);
  } catch (error) {
    say(writeFailure(o.out, error));
    return EXIT_UNUSABLE;
  }
  say({
    sv: `Sparade ${o.out}: ${write.written.length} celler ifyllda, allt annat orört. ${o.file} är oförändrad.`,
    en: `Saved ${o.out}: ${write.written.length} cells filled, everything else untouched. ${o.file} is unchanged.`,
  });

  const remaining = await checkWorkbookFile(o.out, templates);
  const done: FillReport = { ...report, write, remaining };
  io.stdout.write(o.format === 'json' ? renderFillJson(done, o.lang) : renderFillResultText(done, o.lang));
  const errorsLeft = remaining.error !== undefined || remaining.problems.some((p) => p.severity === 'error');
  return errorsLeft || write.refused.length > 0 ? EXIT_REMAINING : EXIT_OK;
}

function readFailure(file: string, error: unknown): Said {
  if (error instanceof WorkbookReadError) return { sv: `${file}: ${error.sv}`, en: `${file}: ${error.en}` };
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return { sv: `${file}: filen finns inte.`, en: `${file}: the file does not exist.` };
  const detail = error instanceof Error ? error.message : String(error);
  return { sv: `${file} kunde inte läsas (${detail}).`, en: `${file} could not be read (${detail}).` };
}

function writeFailure(out: string, error: unknown): Said {
  if (error instanceof PatchError) return { sv: `Inget skrevs: ${error.sv}`, en: `Nothing was written: ${error.en}` };
  if ((error as NodeJS.ErrnoException | undefined)?.code === 'EEXIST') {
    return { sv: `Filen ${out} dök upp medan ifyllningen pågick; den ersätts inte utan --force.`, en: `The file ${out} appeared while filling; it is not replaced without --force.` };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { sv: `${out} kunde inte skrivas (${detail}). Inget skrevs.`, en: `${out} could not be written (${detail}). Nothing was written.` };
}
