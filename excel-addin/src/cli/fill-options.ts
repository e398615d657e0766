import type { Lang } from '../../../shared/locale';
import { argTokens, langOf, oneOf } from './cli-args';

export type FillFormat = 'text' | 'json';

export interface FillOptions {
  readonly file: string;
  readonly out: string;
  readonly from?: string;
  readonly projects?: string;
  /** Apply suggestions too: values that replace what a person typed. */
  readonly yes: boolean;
  readonly force: boolean;
  readonly lang: Lang;
  readonly format: FillFormat;
  readonly help: boolean;
}

export type ParsedFillArgs = { ok: true; options: FillOptions } | { ok: false; lang: Lang; sv: string; en: string };

const FORMATS: readonly FillFormat[] = ['text', 'json'];
const LANGS: readonly Lang[] = ['sv', 'en'];

export const FILL_USAGE: Record<Lang, string> = {
  sv: `Användning: namndstod fill <fil.xlsx> --out <ny.xlsx> [--from <förra-årets.xlsx>] [--projects <projekt.json>] [--yes] [--force] [--lang sv|en] [--format text|json]

Fyller i det en mall låter räkna fram eller hämta (summor, 5 %-kolumner, avvikelser, förra årets
belopp, projekt ur nämndens lista) och skriver resultatet till en NY fil. Indatafilen ändras aldrig.
Först visas varje ändring: cell, gammalt → nytt värde, varför och varifrån.
  --out FIL        filen som skrivs (krävs; får inte vara någon av indatafilerna)
  --from FIL       förra periodens arbetsbok, för t.ex. Ack. t.o.m. förra året och Utfall N−1
  --projects FIL   nämndens projektlista som JSON (en lista av poster med externalId och title)
  --yes            skriv även förslag: värden som ersätter något en person har skrivit
  --force          ersätt --out om filen redan finns
  --lang           språk: sv (standard) eller en
  --format         loggens form: text (standard) eller json
Rättelser (tomma celler, mallens formelceller) skrivs utan att fråga; förslag bara med --yes.
Varje ändring kräver att cellen fortfarande har det värde som planen byggde på; annars avstås den.
Slutkod: 0 filen skrevs och inga fel återstår, 1 filen skrevs men fel återstår (eller en ändring
avstods), 2 oanvändbar indata: inget skrevs.
`,
  en: `Usage: namndstod fill <file.xlsx> --out <new.xlsx> [--from <last-year.xlsx>] [--projects <projects.json>] [--yes] [--force] [--lang sv|en] [--format text|json]

Fills in what a template lets the tool compute or fetch (sums, 5 % columns, deviations, last year's
amounts, projects from the nämnd's list) and writes the result to a NEW file. The input is never
changed. Every change is shown first: cell, old → new value, why and where from.
  --out FILE       the file to write (required; must not be one of the inputs)
  --from FILE      the previous period's workbook, for e.g. Ack. t.o.m. last year and Utfall N−1
  --projects FILE  the nämnd's project list as JSON (a list of items with externalId and title)
  --yes            also write suggestions: values that replace something a person typed
  --force          replace --out if it already exists
  --lang           language: sv (default) or en
  --format         log format: text (default) or json
Fixes (empty cells, the template's formula cells) are written without asking; suggestions only with
--yes. Each change requires the cell to still hold the value the plan was made from; else it is refused.
Exit code: 0 the file was written and no errors remain, 1 the file was written but errors remain (or
a change was refused), 2 unusable input: nothing was written.
`,
};

export function parseFillArgs(argv: readonly string[]): ParsedFillArgs {
  let lang: Lang = langOf(argv);
  const fail = (sv: string, en: string): ParsedFillArgs => ({ ok: false, lang, sv, en });
  const files: string[] = [];
  let out: string | undefined;
  let from: string | undefined;
  let projects: string | undefined;
  let format: FillFormat = 'text';
  let yes = false;
  let force = false;
  let help = false;
  for (const { raw: arg, name, takeValue } of argTokens(argv)) {
    if (name === undefined) {
      files.push(arg);
      continue;
    }
    const fileValue = (flag: string): string | ParsedFillArgs => {
      const v = takeValue();
      return v ? v : fail(`${flag} behöver ett filnamn.`, `${flag} needs a file name.`);
    };
    switch (name) {
      case '--out':
      case '-o':
      case '--from':
      case '--projects': {
        const v = fileValue(name === '-o' ? '--out' : name);
        if (typeof v !== 'string') return v;
        if (name === '--from') from = v;
        else if (name === '--projects') projects = v;
        else out = v;
        break;
      }
      case '--format': {
        const v = oneOf('--format', takeValue(), FORMATS);
        if (!v.ok) return fail(v.sv, v.en);
        format = v.value;
        break;
      }
      case '--lang': {
        const v = oneOf('--lang', takeValue(), LANGS);
        if (!v.ok) return fail(v.sv, v.en);
        lang = v.value;
        break;
      }
      case '--yes':
      case '-y':
        yes = true;
        break;
      case '--force':
        force = true;
        break;
      case '--help':
      case '-h':
        help = true;
        break;
      default:
        return fail(`Okänd flagga ${arg}.`, `Unknown option ${arg}.`);
    }
  }
  if (help) return { ok: true, options: { file: files[0] ?? '', out: out ?? '', from, projects, yes, force, lang, format, help } };
  if (files.length === 0) return fail('Ange arbetsboken som ska fyllas i.', 'Give the workbook to fill in.');
  if (files.length > 1) return fail(`Ange en arbetsbok åt gången (fick ${files.length}).`, `Give one workbook at a time (got ${files.length}).`);
  if (out === undefined) return fail('--out krävs: ifyllningen skrivs alltid till en ny fil.', '--out is required: the filled workbook is always written to a new file.');
  return { ok: true, options: { file: files[0]!, out, from, projects, yes, force, lang, format, help } };
}

