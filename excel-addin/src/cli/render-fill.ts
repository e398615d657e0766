import type { CellEdit, FillSource } from '../../../shared/engine';
import { type CellValue, type Workbook, parseA1 } from '../../../shared/grid';
import { type Lang, formatSvNumber, formatSvPercent } from '../../../shared/locale';
import type { FileReport } from './file-report';
import type { FillEdit, FillOutcome, WriteResult } from './fill-workbook';
import { renderJson } from './render-json';
import { renderText } from './render-text';

/** One line of the fill log: where, old → new, why and from where. */
export interface LoggedEdit {
  readonly sheet: string;
  readonly cell: string;
  readonly old: string;
  readonly new: string;
  readonly formula?: string;
  readonly reason: string;
  readonly source: string;
  readonly fillId: string;
}

const WORDS = {
  sv: {
    title: (file: string, out: string) => `Ifyllning av ${file} → ${out}`,
    fixes: (n: number) => `Rättelser, skrivs utan att fråga (tomma celler och mallens formelceller): ${n}`,
    suggestionsPending: (n: number) => `Förslag, skrivs INTE utan --yes (ersätter något en person har skrivit): ${n}`,
    suggestionsApplied: (n: number) => `Förslag, skrivs eftersom --yes angavs (ersätter något en person har skrivit): ${n}`,
    conflicts: (n: number) => `Konflikter, skrivs inte (två ifyllningar vill olika): ${n}`,
    refused: (n: number) => `Avstådda, cellen har ändrats sedan planeringen: ${n}`,
    unsettled: 'Ifyllningarna blev inte stabila; kontrollera resultatet.',
    empty: '(tom)',
    source: 'Källa',
    computed: (id: string) => `beräknad (${id})`,
    previous: (s: Extract<FillSource, { kind: 'previous-workbook' }>) => `förra periodens fil ${s.file}, ${s.sheet}!${s.cell}`,
    listItem: (s: Extract<FillSource, { kind: 'list-item' }>) => `listan ${s.list}, post ${s.itemId}, fält ${s.field}`,
    kolada: (s: Extract<FillSource, { kind: 'kolada' }>) => `Kolada ${s.kpi} (${s.attribution})`,
    remaining: 'Kvar i den ifyllda filen:',
    nothing: 'Inget att fylla i.',
  },
  en: {
    title: (file: string, out: string) => `Filling ${file} → ${out}`,
    fixes: (n: number) => `Fixes, written without asking (empty cells and the template's formula cells): ${n}`,
    suggestionsPending: (n: number) => `Suggestions, NOT written without --yes (they replace something a person typed): ${n}`,
    suggestionsApplied: (n: number) => `Suggestions, written because --yes was given (they replace something a person typed): ${n}`,
    conflicts: (n: number) => `Conflicts, not written (two fills want different values): ${n}`,
    refused: (n: number) => `Refused, the cell changed since planning: ${n}`,
    unsettled: 'The fills did not settle; check the result.',
    empty: '(empty)',
    source: 'Source',
    computed: (id: string) => `computed (${id})`,
    previous: (s: Extract<FillSource, { kind: 'previous-workbook' }>) => `previous period's file ${s.file}, ${s.sheet}!${s.cell}`,
    listItem: (s: Extract<FillSource, { kind: 'list-item' }>) => `list ${s.list}, item ${s.itemId}, field ${s.field}`,
    kolada: (s: Extract<FillSource, { kind: 'kolada' }>) => `Kolada ${s.kpi} (${s.attribution})`,
    remaining: 'What remains in the filled file:',
    nothing: 'Nothing to fill in.',
  },
} as const;

/** A cell value as the sheet shows it: the cell's percent format honoured, dates ISO, text quoted. */
export function showValue(v: CellValue, numFmt: string | undefined, lang: Lang): string {
  switch (v.kind) {
    case 'empty':
      return WORDS[lang].empty;
    case 'number': {
      const pct = /0(?:\.(0+))?%/.exec(numFmt ?? '');
      if (lang === 'en') {
        const d = pct ? (pct[1]?.length ?? 0) : undefined;
        const en = new Intl.NumberFormat('en-US', d === undefined ? { maximumFractionDigits: 4 } : { minimumFractionDigits: d, maximumFractionDigits: d });
        return pct ? `${en.format(v.value * 100)}%` : en.format(v.value);
      }
      return pct ? formatSvPercent(v.value, pct[1]?.length ?? 0) : formatSvNumber(v.value, { maxDecimals: 4 });
    }
    case 'text':
      return `"${v.value}"`;
    default:
      return String(v.value);
  }
}

export function showSource(s: FillSource, lang: Lang): string {
  const w = WORDS[lang];
  switch (s.kind) {
    case 'computed':
      return w.computed(s.fillId);
    case 'previous-workbook':
      return w.previous(s);
    case 'list-item':
      return w.listItem(s);
    case 'kolada':
      return w.kolada(s);
  }
}

export function logged(e: CellEdit, workbook: Workbook, lang: Lang): LoggedEdit {
  const numFmt = workbook.sheet(e.sheet)?.at(e.cell).numFmt;
  const old = `${showValue(e.expected.value, numFmt, lang)}${e.expected.formula !== undefined ? ` (=${e.expected.formula})` : ''}`;
  return {
    sheet: e.sheet,
    cell: e.cell,
    old,
    new: showValue(e.value, numFmt, lang),
    ...(e.formula !== undefined ? { formula: `=${e.formula}` } : {}),
    reason: e.reason[lang],
    source: showSource(e.source, lang),
    fillId: e.fillId,
  };
}

/** Sheet by sheet as the workbook orders them, then row by row: how a person reads the sheet. */
export function inSheetOrder<E extends CellEdit>(edits: readonly E[], workbook: Workbook): E[] {
  const sheetIndex = (name: string) => workbook.sheets.findIndex((s) => s.name === name);
  const key = (e: CellEdit) => [sheetIndex(e.sheet), parseA1(e.cell).row, parseA1(e.cell).col] as const;
  return [...edits].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  });
}

export interface FillReport {
  readonly file: string;
  readonly out: string;
  readonly workbook: Workbook;
  readonly outcome: FillOutcome;
  /** --yes: suggestions are written with the fixes. */
  readonly yes: boolean;
  readonly write?: WriteResult;
  readonly remaining?: FileReport;
}

/** The log before anything is written: fixes, suggestions and conflicts, each under its own heading. */
export function renderFillLogText(r: FillReport, lang: Lang): string {
  const w = WORDS[lang];
  const fixes = r.outcome.edits.filter((e) => e.kind === 'fix');
  const applied = r.outcome.edits.filter((e) => e.kind === 'suggestion');
  const lines = [w.title(r.file, r.out), ''];
  const section = (heading: string, edits: readonly CellEdit[]) => {
    lines.push(heading);
    for (const e of inSheetOrder(edits, r.workbook).map((x) => logged(x, r.workbook, lang))) {
      lines.push(`  ${e.sheet}!${e.cell}: ${e.old} → ${e.new}${e.formula ? ` (${e.formula})` : ''}`);
      lines.push(`      ${e.reason}`);
      lines.push(`      ${w.source}: ${e.source}`);
    }
    lines.push('');
  };
  section(w.fixes(fixes.length), fixes);
  if (r.yes) section(w.suggestionsApplied(applied.length), applied);
  else section(w.suggestionsPending(r.outcome.pending.length), r.outcome.pending);
  if (r.outcome.conflicts.length > 0) {
    lines.push(w.conflicts(r.outcome.conflicts.length));
    for (const c of r.outcome.conflicts) lines.push(`  ${c.sheet}!${c.cell}: ${c.edits.map((e) => `${showValue(e.value, undefined, lang)} (${e.fillId})`).join(' / ')}`);
    lines.push('');
  }
  if (!r.outcome.settled) lines.push(w.unsettled, '');
  return `${lines.join('\n')}`;
}

/** After writing: what was refused, and the validation of the written file. */
export function renderFillResultText(r: FillReport, lang: Lang): string {
  const w = WORDS[lang];
  const lines: string[] = [];
  if (r.write && r.write.refused.length > 0) {
    lines.push(w.refused(r.write.refused.length));
    for (const x of r.write.refused) {
      const numFmt = r.workbook.sheet(x.edit.sheet)?.at(x.edit.cell).numFmt;
      lines.push(`  ${x.edit.sheet}!${x.edit.cell}: ${showValue(x.edit.expected.value, numFmt, lang)} → ${showValue(x.actual, numFmt, lang)}`);
    }
    lines.push('');
  }
  if (r.remaining) lines.push(w.remaining, renderText([r.remaining], lang, false));
  return lines.join('\n');
}

export function renderFillJson(r: FillReport, lang: Lang): string {
  const entry = (e: CellEdit) => ({ ...logged(e, r.workbook, lang), value: e.value, source: e.source, sourceText: showSource(e.source, lang) });
  const applied = (k: FillEdit['kind']) => inSheetOrder(r.outcome.edits.filter((e) => e.kind === k), r.workbook).map(entry);
  const remaining = r.remaining ? (JSON.parse(renderJson([r.remaining], lang)) as { files: unknown[] }).files[0] : null;
  return `${JSON.stringify(
    {
      file: r.file,
      out: r.out,
      written: r.write !== undefined,
      fixes: applied('fix'),
      suggestions: { applied: applied('suggestion'), pending: inSheetOrder(r.outcome.pending, r.workbook).map(entry) },
      conflicts: r.outcome.conflicts.map((c) => ({ sheet: c.sheet, cell: c.cell, values: c.edits.map((e) => ({ value: e.value, fillId: e.fillId })) })),
      refused: (r.write?.refused ?? []).map((x) => ({ sheet: x.edit.sheet, cell: x.edit.cell, expected: x.edit.expected.value, actual: x.actual })),
      settled: r.outcome.settled,
      remaining,
    },
    null,
    2,
  )}\n`;
}

export const NOTHING_TO_FILL = { sv: WORDS.sv.nothing, en: WORDS.en.nothing };
