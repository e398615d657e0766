import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type CellEdit, defineFill, defineTemplate, numberAt, planFills } from '../../shared/engine';
import { type Cell, Sheet, Workbook, columnLetters, num, text } from '../../shared/grid';
import { formatSvNumber } from '../../shared/locale';
import { templates } from '../../shared/templates';
import type { ProjektLayout } from '../../shared/templates/projekt-over-50-mnkr/layout';
import { fakeExcelFromWorkbook } from '../../excel-addin/src/excel-fake';
import { createOfficeHost } from '../../excel-addin/src/office-adapter/office-host';
import { ValidationSession } from '../../excel-addin/src/taskpane/session/validation-session';
import { parseWorkbook } from '../../excel-addin/src/xlsx-adapter/read-workbook';
import type { BenchSuite } from './suites';
import { buildT01Workbook } from '../fixtures/xlsx/t01-workbook';
import { medianOf } from './timing';

const LIMIT = 5 * 1024 * 1024;
const REPEATS = 7;

/**
 * The T01 sheet of the xlsx bench (its catalogued header, project rows repeated) cut or grown to
 * about `cells` cells, with the Summa row's SUM formulas spanning the project rows.
 */
function t01Workbook(base: Workbook, cells: number): Workbook {
  const sheet = base.sheets[0]!;
  const t01 = templates.find((t) => t.catalogId === 'T01')!;
  const layout = t01.recognise(sheet, base)!.layout as ProjektLayout;
  const first = layout.projectRows[0]!;
  const total = layout.totalRow!;
  const width = sheet.colCount;
  const rowOf = (r: number) => Array.from({ length: width }, (_, c) => sheet.cell(r, c));
  const header = Array.from({ length: first }, (_, r) => rowOf(r));
  const headerCells = header.flat().filter((c) => c.value.kind !== 'empty').length;
  const perRow = rowOf(first).filter((c) => c.value.kind !== 'empty').length;
  const n = Math.max(1, Math.round((cells - headerCells - perRow) / perRow));
  const projects = Array.from({ length: n }, (_, i) => {
    const source = rowOf(layout.projectRows[i % layout.projectRows.length]!);
    return source.map((c, col): Cell => (col === layout.nameCol && c.value.kind === 'text' ? { ...c, value: text(`Projekt ${i + 1}`) } : c));
  });
  const last = first + n - 1;
  const summa = rowOf(total).map((c, col): Cell => {
    if (c.formula === undefined) return c;
    let sum = 0;
    for (const p of projects) {
      const v = p[col]!.value;
      if (v.kind === 'number') sum += v.value;
    }
    const L = columnLetters(col);
    return { ...c, value: num(Math.round(sum * 10) / 10), formula: `SUM(${L}${first + 1}:${L}${last + 1})` };
  });
  const tail = Array.from({ length: sheet.rowCount - total - 1 }, (_, i) => rowOf(total + 1 + i));
  return new Workbook([new Sheet({ name: sheet.name, rows: [...header, ...projects, summa, ...tail], merges: sheet.merges })]);
}

// The fill of fill.test.ts: a computed column (varav 5 % of the budget) into every row.
const fivePercent = defineFill({
  meta: { id: 'bench/varav-5-procent', docs: { sv: '5 %', en: '5 %', source: 'bench' }, messages: { computed: { sv: '5 % av {{budget}}', en: '5 % of {{budget}}' } } },
  *plan({ sheet }) {
    for (let row = 1; row < sheet.rowCount; row++) {
      const budget = numberAt(sheet, row, 1);
      if (budget === undefined) continue;
      yield { messageId: 'computed', cell: { row, col: 2 }, value: num(Math.round(budget * 5) / 100), formula: `B${row + 1}*0.05`, data: { budget }, source: { kind: 'computed', fillId: 'bench/varav-5-procent' } } as const;
    }
  },
});
const demo = defineTemplate({
  id: 'bench-demo',
  catalogId: 'T99',
  title: { sv: 'Demo', en: 'Demo' },
  lookedFor: ['Demo'],
  recognise: (s) => (s.text(0, 0) === 'Demo' ? { edition: { id: 'x', label: 'X' }, layout: {} } : undefined),
  rules: [],
  fills: [fivePercent],
});

/** `cells` cells in rows of ten: a name, a budget, an empty "varav 5 %" and seven more numbers. */
function fillWorkbook(cells: number): Workbook {
  const rows = Math.max(2, Math.round(cells / 10));
  const data: Cell[][] = [[{ value: text('Demo') }, { value: text('Budget') }, { value: text('Varav 5 %') }]];
  for (let r = 1; r < rows; r++) {
    data.push([{ value: text(`Enhet ${r}`) }, { value: num(1000 + r) }, { value: { kind: 'empty' } }, ...Array.from({ length: 7 }, (_, c) => ({ value: num(r + c) }))]);
  }
  return new Workbook([new Sheet({ name: 'Blad1', rows: data })]);
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2).replace('.', ',')} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;
const ms = (t: number) => `${t.toFixed(1).replace('.', ',')} ms`;

/** The minimum for data above the cap: ⌈bytes / 5 MB⌉ requests of data plus one for the sheet list. */
const minimum = (bytes: number) => (bytes <= LIMIT ? 2 : Math.ceil(bytes / LIMIT) + 1);

function findUp(path: string): string {
  for (let d = __dirname; ; d = dirname(d)) {
    try {
      readdirSync(join(d, path));
      return join(d, path);
    } catch {
      if (dirname(d) === d) throw new Error(`${path} not found above ${__dirname}`);
    }
  }
}

export const taskpaneSuite: BenchSuite = {
  name: 'taskpane',
  async run() {
    const { bytes } = await buildT01Workbook();
    const base = parseWorkbook(bytes);
    const out: string[] = [];

    out.push('Re-check after a one-cell edit ÷ full pass, T01 at ~200 000 cells, pane session on the fake:');
    const wb = t01Workbook(base, 200_000);
    const fake = fakeExcelFromWorkbook(wb, { payloadLimit: LIMIT });
    const session = new ValidationSession(createOfficeHost(fake), templates);
    await session.start();
    for (let i = 0; i < 2; i++) await session.recheck(); // warm-up: the JIT, not the pane, is slow at first
    const full: number[] = [];
    for (let i = 0; i < REPEATS; i++) {
      const t0 = performance.now();
      await session.recheck();
      full.push(performance.now() - t0);
    }
    const fullMs = medianOf(full);
    const t01 = templates.find((t) => t.catalogId === 'T01')!;
    const layout = t01.recognise(wb.sheets[0]!, wb)!.layout as ProjektLayout;
    const mid = layout.projectRows[Math.floor(layout.projectRows.length / 2)]!;
    const edits: { label: string; col: number; values: string[] }[] = [
      { label: 'an amount (Prognos kostnad)', col: layout.prognos.kostnad.col, values: ['12,5', '13,5'] },
      { label: 'a project name', col: layout.nameCol, values: ['Projekt X', 'Projekt Y'] },
      { label: 'a date (prognos slut)', col: layout.dates.prognosSlut.col, values: ['2024-12-31', '2025-06-30'] },
    ];
    out.push(`  full pass (read through the fake, recognise, every rule, fills, formula index): median ${ms(fullMs)} of ${REPEATS}`);
    for (const e of edits) {
      const times: number[] = [];
      const pane: number[] = [];
      let ran = 0;
      let total = 0;
      for (let i = 0; i < REPEATS; i++) {
        const before = session.getState().lastPass;
        const t0 = performance.now();
        fake.book.typeCell(wb.sheets[0]!.name, `${columnLetters(e.col)}${mid + 1}`, e.values[i % 2]!);
        await new Promise((r) => setTimeout(r, 0));
        await session.settled();
        times.push(performance.now() - t0);
        const pass = session.getState().lastPass!;
        if (pass === before || pass.kind !== 'incremental') throw new Error('the edit did not trigger an incremental re-check');
        pane.push(pass.ms);
        ran = pass.ran;
        total = pass.ran + pass.reused;
      }
      const m = medianOf(times);
      const p = medianOf(pane);
      out.push(
        `  edit ${e.label.padEnd(30)} ${ms(m).padStart(9)} typed→settled (pane alone ${ms(p)})  ÷ full ${(m / fullMs).toFixed(3).replace('.', ',')} ` +
          `(pane alone ${(p / fullMs).toFixed(3).replace('.', ',')}; target ≤ 0,05); units re-run ${ran} of ${total}`,
      );
    }
    session.dispose();

    out.push('');
    out.push('Validation pass through the Office adapter on the Excel fake (5 MB cap on requests and responses):');
    out.push('  cells       syncs cold/warm (minimum)   refused   largest response   all responses   request bytes');
    for (const cells of [1_000, 100_000, 1_000_000]) {
      const wb = t01Workbook(base, cells);
      const fake = fakeExcelFromWorkbook(wb, { payloadLimit: LIMIT });
      const host = createOfficeHost(fake);
      await host.readWorkbook();
      const cold = { ...fake.book.stats, requestBytes: [...fake.book.stats.requestBytes], responseBytes: [...fake.book.stats.responseBytes] };
      fake.book.resetStats();
      await host.readWorkbook();
      const warm = fake.book.stats;
      const data = sum(warm.responseBytes);
      const actual = wb.sheets[0]!.filledCellCount;
      out.push(
        `  ${formatSvNumber(actual).padStart(9)}   ${String(cold.syncs).padStart(2)} / ${String(warm.syncs).padStart(2)} (${minimum(data)})`.padEnd(42) +
          `${String(cold.rejected).padStart(3)}       ${mb(Math.max(...warm.responseBytes)).padStart(9)}        ${mb(data).padStart(9)}     ${kb(sum(warm.requestBytes))}`,
      );
    }

    out.push('', 'Fill through the Office adapter (one computed column, every row a fix; If-Match read, then write):');
    out.push('  cells       edits     syncs (minimum)   largest request   all requests   check responses');
    for (const cells of [1_000, 100_000, 1_000_000]) {
      const wb = fillWorkbook(cells);
      const fake = fakeExcelFromWorkbook(wb, { payloadLimit: LIMIT });
      const host = createOfficeHost(fake);
      const edits: CellEdit[] = [...planFills(await host.readWorkbook(), [demo]).fixes];
      fake.book.resetStats();
      const outcome = await host.applyEdits(edits);
      if (outcome.refused.length > 0) throw new Error(`${outcome.refused.length} edits refused`);
      const s = fake.book.stats;
      const req = sum(s.requestBytes);
      const min = Math.max(1, Math.ceil(sum(s.responseBytes) / LIMIT)) + Math.max(1, Math.ceil(req / LIMIT));
      out.push(
        `  ${formatSvNumber(cells).padStart(9)}   ${formatSvNumber(edits.length).padStart(7)}   ${String(s.syncs).padStart(5)} (${min})`.padEnd(40) +
          `${mb(Math.max(...s.requestBytes)).padStart(9)}       ${mb(req).padStart(9)}      ${mb(sum(s.responseBytes))}`,
      );
    }

    out.push('', 'Task-pane bundle (dist/web/taskpane, production build):');
    const dir = findUp(join('dist', 'web', 'taskpane'));
    let raw = 0;
    let gz = 0;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.js'))) {
      const b = readFileSync(join(dir, f));
      raw += b.length;
      gz += gzipSync(b, { level: 9 }).length;
    }
    out.push(`  ${kb(raw)} raw, ${kb(gz)} gzipped (target ≤ 250 kB)`, '');
    process.stdout.write(out.join('\n'));
  },
};
