import type { Sheet } from '../../../../shared/grid';
import { recognise as recogniseProjekt } from '../../../../shared/templates/projekt-over-50-mnkr/definition';
import type { ProjektLayout } from '../../../../shared/templates/projekt-over-50-mnkr/layout';
import { instanceAt } from '../../../fixtures/xlsx/instances';
import { patchSheet } from '../../../support/grid-literal';
import { filledSheet } from './filled-sheet';
import { readBackInstance } from './read-back';

function layoutOf(sheet: Sheet): ProjektLayout {
  const hit = recogniseProjekt(sheet);
  if (!hit) throw new Error(`Sheet ${sheet.name} is not recognised as T01`);
  return hit.layout;
}

/** The catalogue's decoded header of every column, e.g. '(6) 2021 Prognos Intäkt (-)', from the layout. */
function decodedHeaders(layout: ProjektLayout, width: number): string[] {
  const out: string[] = [];
  for (let col = 1; col < width; col++) {
    const pair = layout.pairs.find((p) => p.kostnad.col === col || p.intakt.col === col);
    if (pair) {
      const c = pair.kostnad.col === col ? pair.kostnad : pair.intakt;
      const year = pair.phase === 'ack' ? `Ack. t.o.m. ${pair.year}` : `${pair.year ?? '[year label missing in source]'} ${pair.phase[0]!.toUpperCase()}${pair.phase.slice(1)}`;
      out.push(`(${c.number}) ${year} ${c.kind === 'kostnad' ? 'Kostnad' : 'Intäkt (-)'}`);
      continue;
    }
    const total = [layout.totals.beslutat, layout.totals.prognos].flatMap((t) => [t.kostnad, t.intakt]).find((c) => c.col === col);
    if (total) {
      out.push(`(${total.number}) Total ${total.number < 13 ? 'Beslutat' : 'Prognos'} Total ${total.kind === 'kostnad' ? 'kostnad' : 'intäkt (-)'}`);
      continue;
    }
    const date = Object.values(layout.dates).find((d) => d.col === col);
    out.push(date ? `(${date.number}) ${date.number < 17 ? 'Beslutat' : 'Prognos'} ${date.number % 2 === 1 ? 'Start-datum' : 'Avslutn.datum'}` : `? column ${col}`);
  }
  return out;
}

describe('T01 layout', () => {
  it.each([
    [0, 26, 11],
    [1, 26, 11],
    [2, 22, 9],
  ])('decodes instance %i from its .xlsx into the catalogue columns (%i amounts, %i pairs, 4 dates)', async (index, amounts, pairs) => {
    const instance = instanceAt(index);
    const sheet = (await readBackInstance(index)).sheets[0]!;
    const layout = layoutOf(sheet);
    expect(decodedHeaders(layout, instance.headers.length)).toEqual(instance.headers.slice(1));
    expect(layout.amountColumns).toHaveLength(amounts);
    expect(layout.amountCols).toEqual(layout.amountColumns.map((c) => c.col));
    expect(layout.pairs).toHaveLength(pairs);
    expect(new Set(Object.values(layout.dates).map((d) => d.col)).size).toBe(4);
  });

  it.each([0, 1, 2])('finds the five project rows and the Summa row of instance %i, not the instruction lines', async (index) => {
    const sheet = (await readBackInstance(index)).sheets[0]!;
    const layout = layoutOf(sheet);
    expect(layout.projectRows).toHaveLength(5);
    expect(layout.subtotalRows).toEqual([]);
    expect(sheet.text(layout.totalRow!, 0)).toBe('Summa');
    expect(layout.projectRows.every((r) => r < layout.totalRow!)).toBe(true);
  });

  it('reads the same columns when the group headers are not merged', () => {
    const merged = layoutOf(filledSheet(0));
    const unmerged = layoutOf(filledSheet(0, undefined, { unmerged: true }));
    expect(decodedHeaders(unmerged, 31)).toEqual(decodedHeaders(merged, 31));
  });

  it('reads "Intäkt (-)" written in one wrapped cell instead of two rows', () => {
    const sheet = filledSheet(0);
    const patch: Record<string, string | null> = {};
    // Kind rows 8 and 9: move each "(-)" up into its "Intäkt" cell.
    for (const col of ['C', 'E', 'G', 'I', 'K', 'M', 'O', 'Q', 'S', 'U', 'W']) {
      patch[`${col}8`] = 'Intäkt\n(-)';
      patch[`${col}9`] = null;
    }
    expect(decodedHeaders(layoutOf(patchSheet(sheet, patch)), 31)).toEqual(instanceAt(0).headers.slice(1));
  });

  it('tells inserted delsummeringar from projects and keeps the Summa row last', () => {
    const named = layoutOf(filledSheet(0, undefined, { subtotalAfter: 3, subtotalName: 'Delsumma grupp A' }));
    expect(named.subtotalRows).toEqual([12]);
    expect(named.projectRows).toEqual([9, 10, 11, 13, 14]);
    expect(named.totalRow).toBe(15);
    const unnamed = layoutOf(filledSheet(0, undefined, { subtotalAfter: 2, subtotalName: '' }));
    expect(unnamed.subtotalRows).toEqual([11]);
    expect(unnamed.projectRows).toEqual([9, 10, 12, 13, 14]);
  });

  it.each([
    ['Delsumma grupp A', 'Summa'],
    ['DELSUMMA GRUPP A', 'SUMMA'],
    ['delsumma  grupp A', ' Summa '],
    ['Delsumma för grupp Ä', 'Summa\n'],
    ['S:a grupp A', 'Totalt'],
  ])('finds the subtotal %j and the total %j whatever their case and spacing', (subtotalName, total) => {
    const layout = layoutOf(patchSheet(filledSheet(0, undefined, { subtotalAfter: 3, subtotalName }), { A16: total }));
    expect(layout.subtotalRows).toEqual([12]);
    expect(layout.totalRow).toBe(15);
  });

  it.each(['Vid behov kan egna delsummeringar infogas', 'VID BEHOV kan egna delsummeringar infogas', 'Vid  behov kan egna delsummeringar infogas', 'OBS att summaformeln kan behöva ändras'])(
    'ends the table at the instruction line %j',
    (line) => {
      const layout = layoutOf(patchSheet(filledSheet(0), { A15: null, A16: line }));
      expect(layout.totalRow).toBeUndefined();
      expect(layout.projectRows).toEqual([9, 10, 11, 12, 13]);
    },
  );

  it('keeps a project row whose amounts are horizontal formulas', () => {
    const layout = layoutOf(patchSheet(filledSheet(0), { Z10: { f: 'B10+F10+J10+N10+R10+V10', v: 30.4 } }));
    expect(layout.projectRows).toEqual([9, 10, 11, 12, 13]);
    expect(layout.subtotalRows).toEqual([]);
  });

  it('ends the table at the instruction lines when no row is named Summa', () => {
    // Row 15 keeps its =SUM() formulas under another name: a sum, but not the form's Summa row.
    const layout = layoutOf(patchSheet(filledSheet(0), { A15: 'Totalt för gruppen', A14: 'Projekt 5' }));
    expect(layout.totalRow).toBe(14);
    const unnamed = layoutOf(patchSheet(filledSheet(0), { A15: null }));
    expect(unnamed.totalRow).toBeUndefined();
    expect(unnamed.projectRows).toEqual([9, 10, 11, 12, 13]);
    expect(unnamed.subtotalRows).toEqual([14]);
  });

  it('finds a Kommentar column after the dates, and none in the printed editions', () => {
    expect(layoutOf(filledSheet(0, undefined, { commentColumn: true })).commentCol).toBe(31);
    expect([0, 1, 2].map((i) => layoutOf(filledSheet(i)).commentCol)).toEqual([undefined, undefined, undefined]);
  });

  it('knows the current year and the later Prognos pairs of each edition', () => {
    const years = (i: number) => {
      const l = layoutOf(filledSheet(i));
      return { current: l.currentYear, later: l.laterPrognoses.map((p) => p.year ?? null) };
    };
    expect(years(0)).toEqual({ current: 2021, later: [2022, 2023, 2024, 2025] });
    expect(years(1)).toEqual({ current: 2020, later: [2021, 2022, 2023, 2024] });
    expect(years(2)).toEqual({ current: 2022, later: [2023, 2024, 2025, null] });
  });
});
