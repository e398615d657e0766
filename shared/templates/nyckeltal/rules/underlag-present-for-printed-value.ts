// Varje block har "Underlag 2019" (täljare och nämnare) bredvid "Nyckeltal 2019" (Verksamhets-
// berättelse 2019, 002 rad 1–286). Ett nyckeltal utan underlag går inte att kontrollera (NT 126
// skrev kvoten 0,75 med alla sex underlagsceller tomma); ett underlag utan nyckeltal är ofärdigt.
import { defineRule, type RuleContext } from '../../../engine';
import { isBlank } from '../../../grid';
import { printed } from '../display';
import type { NyckeltalLayout } from '../layout';

export default defineRule({
  meta: {
    id: 'nyckeltal/underlag-present-for-printed-value',
    severity: 'error',
    docs: {
      sv: 'Ett ifyllt nyckeltal har hela sitt underlag ifyllt, och ett ifyllt underlag har sitt nyckeltal.',
      en: 'A filled-in nyckeltal has all its underlag filled in, and a filled-in underlag has its nyckeltal.',
      source: 'Kolumngrupperna "Underlag 2019 | Nyckeltal 2019" i varje block (002 rad 1–286)',
    },
    messages: {
      missingUnderlag: {
        sv: 'Nyckeltal {{nt}} anger {{value}}, men underlaget ("{{header}}") är tomt, så värdet går inte att kontrollera. Fyll i underlaget.',
        en: 'Nyckeltal {{nt}} gives {{value}}, but the underlag ("{{header}}") is empty, so the value cannot be checked. Fill in the underlag.',
      },
      missingValue: {
        sv: 'Underlaget för nyckeltal {{nt}} är ifyllt, men nyckeltalet för {{year}} saknas.',
        en: 'The underlag of nyckeltal {{nt}} is filled in, but the nyckeltal for {{year}} is missing.',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<NyckeltalLayout>) {
    for (const block of layout.blocks) {
      const t = block.table;
      if (!t?.current || t.underlag.length === 0) continue;
      const valueCell = sheet.cell(t.dataRow, t.current.col);
      const blank = t.underlag.filter((u) => sheet.isBlank(t.dataRow, u.col));
      if (!isBlank(valueCell) && blank.length > 0) {
        const first = blank[0]!;
        yield {
          messageId: 'missingUnderlag',
          cell: { row: t.dataRow, col: first.col },
          related: [{ row: t.dataRow, col: t.current.col }, ...blank.slice(1).map((u) => ({ row: t.dataRow, col: u.col }))],
          data: { nt: block.id, value: printed(valueCell), header: first.header },
        } as const;
      } else if (isBlank(valueCell) && blank.length === 0) {
        yield { messageId: 'missingValue', cell: { row: t.dataRow, col: t.current.col }, data: { nt: block.id, year: String(t.current.year ?? t.year ?? '') } } as const;
      }
    }
  },
});
