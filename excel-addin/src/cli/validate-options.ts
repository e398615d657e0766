import type { Lang } from '../../../shared/locale';
import { argTokens, langOf, oneOf } from './cli-args';

export type ReportFormat = 'text' | 'json' | 'html' | 'xlsx';

export interface ValidateOptions {
  readonly paths: readonly string[];
  /** Partner documents for the cross-document rules: read, never reported on (`--with`). */
  readonly with: readonly string[];
  readonly format: ReportFormat;
  readonly lang: Lang;
  readonly out?: string;
  readonly force: boolean;
  readonly help: boolean;
}

export type ParsedArgs = { ok: true; options: ValidateOptions } | { ok: false; lang: Lang; sv: string; en: string };

const FORMATS: readonly ReportFormat[] = ['text', 'json', 'html', 'xlsx'];
const LANGS: readonly Lang[] = ['sv', 'en'];

export const VALIDATE_USAGE: Record<Lang, string> = {
  sv: `Användning: namndstod validate <fil-eller-mapp>… [--format text|json|html|xlsx] [--lang sv|en] [--out FIL] [--force] [--with FIL]…

Kontrollerar .xlsx-filer mot Nämndstöds mallar. Mappar gås igenom rekursivt. Filerna
kontrolleras tillsammans: en rapport jämförs med de andra (t.ex. projektbilagan med förra
rapportens och med statsbidragsansökan).
  --format   rapportens form: text (standard), json, html eller xlsx (en arbetsbok, kräver --out)
  --lang     språk för rapporten: sv (standard) eller en
  --out FIL  skriv rapporten till FIL i stället för till skärmen
  --force    ersätt FIL om den redan finns
  --with FIL jämför också med FIL (eller mappen FIL) utan att rapportera om den; kan upprepas
Slutkod: 0 inga fel (varningar tillåtna), 1 fel hittades, 2 oanvändbar indata.
`,
  en: `Usage: namndstod validate <file-or-folder>… [--format text|json|html|xlsx] [--lang sv|en] [--out FILE] [--force] [--with FILE]…

Checks .xlsx files against Nämndstöd's templates. Folders are searched recursively. The files
are checked together: a report is compared with the others (the project annex with the previous
report's and with the grant application, for instance).
  --format   report format: text (default), json, html or xlsx (a workbook, needs --out)
  --lang     report language: sv (default) or en
  --out FILE write the report to FILE instead of standard output
  --force    replace FILE if it already exists
  --with FILE also compare with FILE (or the folder FILE) without reporting on it; repeatable
Exit code: 0 no errors (warnings allowed), 1 errors found, 2 unusable input.
`,
};

export function parseValidateArgs(argv: readonly string[]): ParsedArgs {
  const paths: string[] = [];
  const partners: string[] = [];
  let format: ReportFormat = 'text';
  let lang: Lang = langOf(argv);
  let out: string | undefined;
  let force = false;
  let help = false;
  const fail = (sv: string, en: string): ParsedArgs => ({ ok: false, lang, sv, en });
  for (const { raw: arg, name, takeValue } of argTokens(argv)) {
    if (name === undefined) {
      paths.push(arg);
      continue;
    }
    switch (name) {
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
      case '--out':
      case '-o': {
        const v = takeValue();
        if (!v) return fail('--out behöver ett filnamn.', '--out needs a file name.');
        out = v;
        break;
      }
      case '--with': {
        const v = takeValue();
        if (!v) return fail('--with behöver en fil eller mapp.', '--with needs a file or folder.');
        partners.push(v);
        break;
      }
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
  if (!help && paths.length === 0) return fail('Ange minst en fil eller mapp att kontrollera.', 'Give at least one file or folder to check.');
  // A workbook is bytes, not text for a terminal.
  if (!help && format === 'xlsx' && out === undefined) return fail('--format xlsx kräver --out FIL.xlsx.', '--format xlsx needs --out FILE.xlsx.');
  return { ok: true, options: { paths, with: partners, format, lang, out, force, help } };
}
