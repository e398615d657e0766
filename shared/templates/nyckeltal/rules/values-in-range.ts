// Varje nyckeltal i blanketten är en andel ("Andel tillsvidareanställningar", "Andel självförsörjande
// aspiranter", "Andel korttidssjukfrånvaro"), en kvot mellan två andelar ("Kvinnliga chefer (kvot)")
// eller en kostnad per årsarbetare i kronor (Verksamhetsberättelse 2019, 002 rad 1–286). En andel
// är en del av ett helt och ligger mellan 0 och 100 %, och inget av dem kan vara negativt. Föregående
// års värde skrivs av från förra rapporten och har inget underlag här att räknas mot; detta är den
// kontroll som finns för det.
import { defineRule, fold, type RuleContext } from '../../../engine';
import { displayOf, printed } from '../display';
import type { Block, NyckeltalLayout, ValueColumn } from '../layout';

/** A share: shown as a percentage, and named "andel" by its column, the year's column or the title. */
function isShare(block: Block, column: ValueColumn, current: ValueColumn, percent: boolean): boolean {
  return percent && [column.header, current.header, block.name].some((h) => /\bandel/.test(fold(h)));
}

export default defineRule({
  meta: {
    id: 'nyckeltal/values-in-range',
    severity: 'error',
    docs: {
      sv: 'En andel ligger mellan 0 och 100 %, och inget nyckeltal (andel, kvot mellan andelar, kostnad per årsarbetare) är negativt – årets värde som föregående års.',
      en: 'A share lies between 0 and 100 %, and no nyckeltal (a share, a quotient of shares, a cost per full-time employee) is negative – this year’s value and the previous year’s alike.',
      source: 'Rubrikerna "Andel …", "(kvot)" och "Kostnad sjukfrånvaro per årsarbetare, kronor" i varje block (002 rad 1–286)',
    },
    messages: {
      shareOutOfRange: {
        sv: 'Nyckeltal {{nt}} ({{year}}) visar {{value}}, men en andel ligger mellan 0 och 100 %.',
        en: 'Nyckeltal {{nt}} ({{year}}) shows {{value}}, but a share lies between 0 and 100 %.',
      },
      negative: {
        sv: 'Nyckeltal {{nt}} ({{year}}) visar {{value}}; en kvot mellan andelar eller en kostnad per årsarbetare kan inte vara negativ.',
        en: 'Nyckeltal {{nt}} ({{year}}) shows {{value}}; a quotient of shares or a cost per full-time employee cannot be negative.',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<NyckeltalLayout>) {
    for (const block of layout.blocks) {
      const t = block.table;
      if (!t?.current) continue;
      for (const column of [t.current, t.previous]) {
        if (!column) continue;
        const cell = sheet.cell(t.dataRow, column.col);
        if (cell.value.kind !== 'number') continue;
        const value = cell.value.value;
        const d = displayOf(cell);
        const share = isShare(block, column, t.current, d?.percent ?? false);
        const data = { nt: block.id, year: String(column.year ?? ''), value: printed(cell) };
        const at = { row: t.dataRow, col: column.col };
        if (share && (value < 0 || value > 1)) yield { messageId: 'shareOutOfRange', cell: at, data } as const;
        else if (!share && value < 0) yield { messageId: 'negative', cell: at, data } as const;
      }
    }
  },
});
