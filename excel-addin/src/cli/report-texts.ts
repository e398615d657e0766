import type { Severity } from '../../../shared/engine';
import type { Lang } from '../../../shared/locale';

/** Every word the validate reports print, per language (Swedish is the default). */
export interface ReportTexts {
  readonly severity: Record<Severity, string>;
  readonly title: string;
  readonly generated: string;
  readonly sheet: string;
  readonly cell: string;
  readonly severityHeading: string;
  readonly message: string;
  readonly rule: string;
  readonly unreadable: string;
  readonly unknownTemplate: string;
  readonly unknownTemplateLine: string;
  readonly lookedFor: string;
  readonly noProblems: string;
  readonly template: string;
  readonly edition: string;
  readonly files: (n: number) => string;
  readonly errors: (n: number) => string;
  readonly warnings: (n: number) => string;
  readonly infos: (n: number) => string;
  readonly unreadableFiles: (n: number) => string;
  readonly unknownFiles: (n: number) => string;
  readonly total: string;
  readonly fileSummary: string;
}

const plural = (one: string, many: string) => (n: number) => `${n} ${n === 1 ? one : many}`;

export const REPORT_TEXTS: Record<Lang, ReportTexts> = {
  sv: {
    severity: { error: 'Fel', warning: 'Varning', info: 'Info' },
    title: 'Kontroll av mallar',
    generated: 'Skapad',
    sheet: 'Blad',
    cell: 'Cell',
    severityHeading: 'Allvarlighet',
    message: 'Meddelande',
    rule: 'Kontroll',
    unreadable: 'Kan inte läsas',
    unknownTemplate: 'Okänd mall',
    unknownTemplateLine: 'Inget blad i filen liknar någon av de mallar Nämndstöd känner till, så inget har kontrollerats.',
    lookedFor: 'Letade efter',
    noProblems: 'Inga fel hittades.',
    template: 'Mall',
    edition: 'Utgåva',
    files: plural('fil', 'filer'),
    errors: plural('fel', 'fel'),
    warnings: plural('varning', 'varningar'),
    infos: plural('upplysning', 'upplysningar'),
    unreadableFiles: plural('fil kunde inte läsas', 'filer kunde inte läsas'),
    unknownFiles: plural('fil med okänd mall', 'filer med okänd mall'),
    total: 'Totalt',
    fileSummary: 'Sammanfattning',
  },
  en: {
    severity: { error: 'Error', warning: 'Warning', info: 'Info' },
    title: 'Template check',
    generated: 'Created',
    sheet: 'Sheet',
    cell: 'Cell',
    severityHeading: 'Severity',
    message: 'Message',
    rule: 'Check',
    unreadable: 'Cannot be read',
    unknownTemplate: 'Unknown template',
    unknownTemplateLine: 'No sheet in the file looks like any template Nämndstöd knows, so nothing was checked.',
    lookedFor: 'Looked for',
    noProblems: 'No problems found.',
    template: 'Template',
    edition: 'Edition',
    files: plural('file', 'files'),
    errors: plural('error', 'errors'),
    warnings: plural('warning', 'warnings'),
    infos: plural('note', 'notes'),
    unreadableFiles: plural('file could not be read', 'files could not be read'),
    unknownFiles: plural('file with an unknown template', 'files with an unknown template'),
    total: 'Total',
    fileSummary: 'Summary',
  },
};

/** A symbol per severity, so the report reads the same without colour. */
export const SEVERITY_ICON: Record<Severity, string> = { error: '✖', warning: '⚠', info: 'ℹ' };
