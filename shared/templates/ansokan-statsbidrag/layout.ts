import type { CellPos, Sheet } from '../../grid';
import { fold, textAt, yearIn } from '../../engine';

/**
 * "Mall för ansökan – statsbidrag till socioekonomiskt eftersatta stadsdelar och stadens
 * integrationsarbete" as a sheet: labels in one column and their answers beside them (header
 * fields, cost and financing lines), numbered section headings ("1.4 Tematisk inriktning") with
 * their instruction and answer rows beneath, and the theme check boxes ("□ Boende" with an "X"
 * beside it when chosen).
 */

export type FieldKey = 'namn' | 'soktBelopp' | 'sokandeNamnd' | 'medsokande' | 'kontaktperson' | 'telefon' | 'epost' | 'geografi' | 'tidplan';
export type CostKey = 'lon' | 'overhead' | 'externa' | 'mote' | 'information' | 'andra';
export type FinansieringKey = 'statsbidrag' | 'egen';

export interface Field {
  readonly label: CellPos;
  /** Where the answer is, or is to be written. */
  readonly value: CellPos;
  /** The label as printed, without its colon. */
  readonly name: string;
}

export interface Line<K extends string> {
  readonly row: number;
  readonly key: K | undefined;
  readonly label: string;
}

export interface Total {
  readonly row: number;
  readonly label: string;
  /** The year the label names ("Summa kostnader 2021"). */
  readonly year: number | undefined;
}

export interface Heading {
  readonly row: number;
  /** '1', '1.1', '1.3' … as printed. */
  readonly number: string;
  readonly text: string;
}

export interface ThemeOption {
  readonly row: number;
  readonly label: string;
  /** The cell that holds, or would hold, the mark. */
  readonly mark: CellPos;
  readonly marked: boolean;
}

export interface StatsbidragLayout {
  readonly labelCol: number;
  readonly amountCol: number;
  readonly fields: Readonly<Partial<Record<FieldKey, Field>>>;
  readonly costLines: readonly Line<CostKey>[];
  readonly summaKostnader: Total | undefined;
  readonly finansieringLines: readonly Line<FinansieringKey>[];
  readonly summaFinansiering: Total | undefined;
  readonly headings: readonly Heading[];
  readonly tematisk: { readonly heading: Heading; readonly options: readonly ThemeOption[]; readonly annat: { readonly cell: CellPos; readonly text: string } | undefined } | undefined;
}

export const TITLE = /^mall for ansokan\b.*\bstatsbidrag\b/;

const HEADER_FIELDS: readonly (readonly [FieldKey, RegExp])[] = [
  ['namn', /^namn pa insats/],
  ['soktBelopp', /^sokt belopp/],
  ['sokandeNamnd', /^sokande namnd/],
  ['medsokande', /^ev\.? medsokande/],
  ['kontaktperson', /^kontaktperson/],
  ['telefon', /^telefon/],
  ['epost', /^e-?post/],
];

const COSTS: readonly (readonly [CostKey, RegExp])[] = [
  ['lon', /^lonekostnader/],
  ['overhead', /^overhead/],
  ['externa', /^externa tjanster/],
  ['mote', /^mote och konferens/],
  ['information', /^informationsspridning/],
  ['andra', /^andra verksamhetskostnader/],
];

const FINANSIERING: readonly (readonly [FinansieringKey, RegExp])[] = [
  ['statsbidrag', /statsbidrag/],
  ['egen', /^egen finansiering/],
];

/** "1. Beskrivning …", "1.3 Beskrivning av insatsen"; not an answer such as "1 juni 2021 – …". */
const HEADING = /^(\d+\.(?:\d+(?:\.\d+)*)?)\s+(\p{Lu}.*)$/u;
/** The template's own instruction lines under a heading, which are no answer. */
const INSTRUCTION = /^(ange|erfarenheter visar|statsbidraget kan anvandas|beskriv)\b/;
const BOX = /^[\u25a1\u2610\u2611\u2612\u25a0\uf06f\uf0a8\uf0fe]\s*/;
const MARK = /^[xX\u2713\u2714\u2611\u2612]$/;
const THEMES = /^(boende|utbildning|arbetsmarknad|demokrati och civilsamhalle|brottslighet)$/;

export function resolveLayout(sheet: Sheet): StatsbidragLayout | undefined {
  // The form is some fifty rows; a sheet whose cost table starts further down is another document.
  const costHeader = findLabel(sheet, /^typ av kostnader/, 200);
  if (!costHeader) return undefined;
  const labelCol = costHeader.col;
  const amountCol = findAmountCol(sheet, costHeader.row, labelCol);
  const summaKostnaderRow = findRowBelow(sheet, labelCol, costHeader.row, /^summa kostnader/);
  if (amountCol === undefined || summaKostnaderRow === undefined) return undefined;
  const titled = findLabel(sheet, TITLE, costHeader.row) !== undefined;
  const finHeader = findRowBelow(sheet, labelCol, summaKostnaderRow, /^typ av finansiering/);
  const summaFinRow = finHeader === undefined ? undefined : findRowBelow(sheet, labelCol, finHeader, /^summa finansiering/);
  const finansieringLines = finHeader === undefined ? [] : lines(sheet, labelCol, finHeader + 1, summaFinRow ?? sheet.rowCount, FINANSIERING);
  if (!titled && !finansieringLines.some((l) => l.key === 'statsbidrag')) return undefined;

  const headings = findHeadings(sheet, labelCol, costHeader.row);
  const fields: Partial<Record<FieldKey, Field>> = {};
  for (let row = 0; row < costHeader.row; row++) {
    const text = textAt(sheet, row, labelCol);
    const key = HEADER_FIELDS.find(([, re]) => re.test(fold(text)))?.[0];
    if (key && fields[key] === undefined) fields[key] = { label: { row, col: labelCol }, value: valueBeside(sheet, row, labelCol), name: text.replace(/:\s*$/, '') };
  }
  // Found by their words, not their numbers: the template's numbering has already slipped once.
  for (const [key, pattern] of [['geografi', /^geografiskt omrade/], ['tidplan', /^tids?plan\b/]] as const) {
    const h = headings.find((x) => pattern.test(fold(x.text)));
    if (h) fields[key] = { label: { row: h.row, col: labelCol }, value: answerBelow(sheet, labelCol, h, headings), name: `${h.number} ${h.text}` };
  }

  return {
    labelCol,
    amountCol,
    fields,
    costLines: lines(sheet, labelCol, costHeader.row + 1, summaKostnaderRow, COSTS),
    summaKostnader: total(sheet, summaKostnaderRow, labelCol),
    finansieringLines,
    summaFinansiering: summaFinRow === undefined ? undefined : total(sheet, summaFinRow, labelCol),
    headings,
    tematisk: themes(sheet, labelCol, headings),
  };
}

function findLabel(sheet: Sheet, pattern: RegExp, maxRows = sheet.rowCount): { row: number; col: number } | undefined {
  for (let row = 0; row < Math.min(sheet.rowCount, maxRows); row++) {
    for (let col = 0; col < Math.min(sheet.colCount, 6); col++) if (pattern.test(fold(textAt(sheet, row, col)))) return { row, col };
  }
  return undefined;
}

function findAmountCol(sheet: Sheet, row: number, labelCol: number): number | undefined {
  for (let col = labelCol + 1; col < Math.min(sheet.colCount, labelCol + 8); col++) if (/^kostnad i sek|^belopp|^kronor/.test(fold(textAt(sheet, row, col)))) return col;
  return undefined;
}

function findRowBelow(sheet: Sheet, col: number, from: number, pattern: RegExp): number | undefined {
  for (let row = from + 1; row < sheet.rowCount; row++) if (pattern.test(fold(textAt(sheet, row, col)))) return row;
  return undefined;
}

function lines<K extends string>(sheet: Sheet, labelCol: number, from: number, to: number, keys: readonly (readonly [K, RegExp])[]): Line<K>[] {
  const out: Line<K>[] = [];
  for (let row = from; row < to; row++) {
    const label = textAt(sheet, row, labelCol);
    if (label === '') continue;
    out.push({ row, key: keys.find(([, re]) => re.test(fold(label)))?.[0], label });
  }
  return out;
}

function total(sheet: Sheet, row: number, labelCol: number): Total {
  const label = textAt(sheet, row, labelCol);
  return { row, label, year: yearIn(label) };
}

function valueBeside(sheet: Sheet, row: number, col: number): CellPos {
  for (let c = col + 1; c < Math.min(sheet.colCount, col + 6); c++) if (textAt(sheet, row, c) !== '') return { row, col: c };
  return { row, col: col + 1 };
}

function findHeadings(sheet: Sheet, labelCol: number, before: number): Heading[] {
  const out: Heading[] = [];
  for (let row = 0; row < sheet.rowCount; row++) {
    const text = textAt(sheet, row, labelCol);
    const m = HEADING.exec(text);
    if (!m || text.length > 80 || (row > before && !/^2\b/.test(m[1]!))) continue;
    out.push({ row, number: m[1]!.replace(/\.$/, ''), text: m[2]!.trim() });
  }
  return out;
}

/** The first row under a heading that is neither instruction nor the next heading. */
function answerBelow(sheet: Sheet, labelCol: number, heading: Heading, headings: readonly Heading[]): CellPos {
  const next = headings.find((h) => h.row > heading.row)?.row ?? sheet.rowCount;
  let last = heading.row;
  for (let row = heading.row + 1; row < next; row++) {
    const t = textAt(sheet, row, labelCol);
    if (t === '') continue;
    if (INSTRUCTION.test(fold(t))) {
      last = row;
      continue;
    }
    return { row, col: labelCol };
  }
  return { row: last + 1, col: labelCol };
}

function themes(sheet: Sheet, labelCol: number, headings: readonly Heading[]): StatsbidragLayout['tematisk'] {
  const heading = headings.find((h) => /^tematisk inriktning/.test(fold(h.text)));
  if (!heading) return undefined;
  const next = headings.find((h) => h.row > heading.row)?.row ?? sheet.rowCount;
  const options: ThemeOption[] = [];
  let annat: { cell: CellPos; text: string } | undefined;
  for (let row = heading.row + 1; row < next; row++) {
    const raw = textAt(sheet, row, labelCol);
    if (raw === '' || INSTRUCTION.test(fold(raw))) continue;
    const markedInText = /^[xX\u2611\u2612]\s+/.test(raw) && !BOX.test(raw);
    const label = raw.replace(BOX, '').replace(/^[xX\u2611\u2612]\s+/, '').trim();
    if (THEMES.test(fold(label))) {
      const mark = { row, col: labelCol + 1 };
      options.push({ row, label, mark, marked: markedInText || MARK.test(textAt(sheet, row, labelCol + 1)) });
    } else if (options.length > 0 && annat === undefined) {
      annat = { cell: { row, col: labelCol }, text: raw };
    }
  }
  return { heading, options, annat };
}
