export type WorkbookReadErrorCode = 'not-found' | 'empty' | 'not-xlsx' | 'encrypted' | 'corrupt' | 'too-large';

/**
 * Why a file could not be read, as one line in each language. The CLI prints `sv`/`en` next to the
 * file name, so the texts never repeat the path.
 */
export class WorkbookReadError extends Error {
  readonly code: WorkbookReadErrorCode;
  readonly sv: string;
  readonly en: string;

  constructor(code: WorkbookReadErrorCode, sv: string, en: string, options?: { cause?: unknown }) {
    super(en, options);
    this.name = 'WorkbookReadError';
    this.code = code;
    this.sv = sv;
    this.en = en;
  }
}

const MB = 1024 * 1024;
const mb = (bytes: number): string => String(Math.round(bytes / MB));

export const readErrors = {
  notFound: () => new WorkbookReadError('not-found', 'Filen finns inte.', 'The file does not exist.'),
  notAFile: () =>
    new WorkbookReadError('not-xlsx', 'Sökvägen är ingen fil.', 'The path is not a file.'),
  empty: () => new WorkbookReadError('empty', 'Filen är tom (0 byte).', 'The file is empty (0 bytes).'),
  notXlsx: () =>
    new WorkbookReadError(
      'not-xlsx',
      'Filen är inte en Excel-arbetsbok (.xlsx).',
      'The file is not an Excel workbook (.xlsx).',
    ),
  zipWithoutWorkbook: () =>
    new WorkbookReadError(
      'not-xlsx',
      'Filen är en zip-fil men ingen Excel-arbetsbok (xl/workbook.xml saknas).',
      'The file is a zip archive but not an Excel workbook (xl/workbook.xml is missing).',
    ),
  binaryWorkbook: () =>
    new WorkbookReadError(
      'not-xlsx',
      'Filen är en binär arbetsbok (.xlsb); spara den som .xlsx och försök igen.',
      'The file is a binary workbook (.xlsb); save it as .xlsx and try again.',
    ),
  encrypted: () =>
    new WorkbookReadError(
      'encrypted',
      'Filen kan inte läsas: den är lösenordsskyddad eller gammalt .xls-format. Spara den som .xlsx utan lösenord.',
      'The file cannot be read: it is password-protected or in the old .xls format. Save it as .xlsx without a password.',
    ),
  corrupt: (svDetail: string, enDetail: string, cause?: unknown) =>
    new WorkbookReadError(
      'corrupt',
      `Filen är skadad eller ofullständig (${svDetail}).`,
      `The file is damaged or incomplete (${enDetail}).`,
      { cause },
    ),
  unreadable: (cause?: unknown) =>
    new WorkbookReadError(
      'not-found',
      'Filen kan inte öppnas (behörighet saknas eller den är låst).',
      'The file cannot be opened (no permission, or it is locked).',
      { cause },
    ),
  fileTooLarge: (limit: number) =>
    new WorkbookReadError(
      'too-large',
      `Filen är för stor att kontrollera (mer än ${mb(limit)} MB).`,
      `The file is too large to check (more than ${mb(limit)} MB).`,
    ),
  unpacksTooLarge: (limit: number) =>
    new WorkbookReadError(
      'too-large',
      `Filen packas upp till mer än ${mb(limit)} MB och kontrolleras inte (möjlig zip-bomb).`,
      `The file unpacks to more than ${mb(limit)} MB and is not checked (possible zip bomb).`,
    ),
  compressionRatio: (ratio: number) =>
    new WorkbookReadError(
      'too-large',
      `Filen är packad orimligt hårt (mer än ${ratio}:1) och kontrolleras inte (möjlig zip-bomb).`,
      `The file is compressed implausibly hard (more than ${ratio}:1) and is not checked (possible zip bomb).`,
    ),
};
